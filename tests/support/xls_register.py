"""A register as an older Excel saves it (.xls, BIFF8 in an OLE2 compound file), for the fuzzing
of the importers: no Python library writes .xls any more, so the file is kept here, made once by
LibreOffice from a three-person register with every column as text:

    soffice --headless --infilter="CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2" \\
        --convert-to xls:"MS Excel 97" register.csv

(zlib-compressed, base64). Its header: 姓名,身份证号,联系电话,社区,楼栋,单元,门牌号."""
from __future__ import annotations

import base64
import zlib

_PACKED = (
    "eNrtWG9sU1UUP/f1tXvdv3b/REFHnVIG28i6CQ4VNthQSIANNv6ZJdiVbhTKunRbIgnGMuSLiNEQ9QuJIRkfDMY/wcgHTdz8"
    "pIlG1JCgiQn4CSIfitEQIlv93fPue+2WTtdBTNTdl/Pu/Z337j2n75x7zj29+E3JlTMfLrxK09qT5KDJlJtcGTwBclvAS6Qp"
    "3mQqlbLYqfn2r2oTqpc21GE/J0jaPA9kKNvmq36+/ffadorhGiIfbaB+9HE6TLm0++AxmevNZs7kLN+bbZuXP3f5Mn7LOO4A"
    "Zdv/Mt7L/V8AKgQVgYpBHjMFUAmoFFQGKgdVsE8QLQDdD3oAtBC0CPQg6CFQJWgxyAd6GFQFegT0KGgJyK90rFa9pBqMaxVe"
    "MR+P7llzG7Ciy0mfFH0lTc62vwqP+EAfZ7/4GdRNA9I3WoPRkO+fautZh6CQOozBSddgJOg0uMX0PnM/5fsa9j60FvI1KY/e"
    "rbWw7if5XsX3YpLzL/CcH5kTgJ99IXfPi6+pTVAg2ihMByhIO2kY3tmJUT8N4s2FmW/KXSLWIVJG8Dx6l09XTdOhTOyCDv20"
    "DRpI6Xvwpo+24B7CrBjGG/E8QpV6IY3KXfpMuD8cD0YrdRedlbu55Qrvw1H6PeXL2PNjPsmXQpj/2+z4Wo58+t/xR/Htsn3n"
    "GvP95HT+shn4tTPwl8/Ad2flOy19jOl6njX5hWn+KQ17OkEp2XsTDu5LEi7uSxM692WJPO7LE87Uc7x3jiPqfyuTBETEw32R"
    "waFw/BVEB4FrXBggoq6Tgn6hZ2WOSG5naa6kzAUyiFg1QyY1UkFS7uLPsKZBRwVyjjEmWnBvocqbXjPrGFDdQFYxbiHx3KEb"
    "nF3KedOI7/cUdUGFc69ObB0/casTw67EH0dWDv90Ag/XHn6iE92RSMF+dDs6W7c5SFx7Y3P8lmT79i5uh+zHGuoD9Q2B1U31"
    "6HEFViHhBRoBzYYlm6LOfrkWNA6AGpAxG+sDWOLE4PmRLEs0NkxZIsDvNxjkdlDzm92d3X1f9lygga0DWy+GZNo1k6+Tsqy0"
    "cncKObicPtdNA4aMClDa5ypUr8lEbQZ075SAXoiPtA/mkCGwhE3gxYe+887N77b0dDTvZX4i7TO0RLoGbHMUT8b15Tyjhu8j"
    "/G45UjgSur/VX9UWPhDcOezrDMcjvbXrY7GDVf5Ag39dBRK67y/e6Aj2hX3+jmO86Et890OBRm7Xm5dmjKsxPlZ3eaTucrJ5"
    "Wcb4DCK7Gz9L8DVCtaJWWHOsXtAOrG3QC8rxk4Ue7iWWs66VprGGa0HGcweuj/LSWIdxXtbT2IVrsSuN8bVFRb5HmaKYlMNb"
    "ZynNa43NPCA8zBNZeFoWnjqf2bwJPpVZtjeRABI20oA0GzmAHDbSgXQbOYGcNnIBuRQSLCHPRgJnO8NGGpDbRlJCvo10PCuw"
    "kROo0EYuoCKFNJZQbCMpwWMjKcFro0wJ2hQJ2hQJGksoUcjBEkptJLB+mY2sNW9Qh9wgyY3m5kgaKjbJz+QhR7Kez7x6spr5"
    "7qQ3y7lao3yeJ+fI77lWK6WPXebhhOgp+CrxCdjDOlkC0PoQ2PqMzIWEdZbP/5uzvMBJ2JFv1gBeQzNju/noaXnm3hIJxWOD"
    "sd4h34bnQ+Gob/XjdV3BnnA0GmYjr4/09jbdTe0hzJA+5zaZIvakLOvSleNv/3q7fb/33OsG1Sw9/4O0wREV0uTzJlWftKjv"
    "tFnVKbtVrbJP1SsDqsa5PmHWHnJcr+ZZbTbjXPSXHO3S15dOr1jkPfUW9K+9/V6b3GvTeN2qTrJyoTdD15n497Ldy/qf9Zzm"
    "g9nmSO8fKzDHuyA9Tgeph/U4mLP+pRwlzEibyqGuHnVbftYKuYfgI+3Q4cCc5DsyavDZzFkK2mT7eTvqgPCc7SejXa71/zJ1"
    "cuJqBFXOMH7/IVQb0vab4AW9bBPJGUKlEQNn5lat5Dtz+P7LQe/a8tsgIcQ6hNkDc9OnaQ6/vw40NP//D7c/AR6yUHk="
)


def register_xls() -> bytes:
    return zlib.decompress(base64.b64decode("".join(_PACKED)))
