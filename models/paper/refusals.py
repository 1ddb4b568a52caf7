"""Why nothing was printed: codes the screens (ui/kit/refusals/sheets.py) and the command line
(controllers/commands/refusal_text.py) word in the interface language."""
from __future__ import annotations

from models.errors import Refusal


class PaperRefusal(Refusal):
    # No installed font draws Chinese: a PDF would show empty boxes where the names are.
    NO_CHINESE_FONT = "paper_no_chinese_font"
