"""A refusal reads the same on the command line as on screen: each sentence the commands borrow
(controllers/commands/refusal_text.py) is the screen's own, in the screen's context, so one
translation serves both and they cannot drift apart."""
from __future__ import annotations

from controllers.commands.refusal_text import COMMAND, SENTENCES
from models.errors import Refusal
from ui.communities.labels import ERRORS as COVERAGE
from ui.dashboard.report import REPORT_REFUSALS as REPORT
from ui.kit import error_text
from ui.register.duplicate_texts import BY_CODE as MERGE
from ui.register.import_texts import REFUSALS as IMPORT

SCREENS: dict[str, dict[Refusal, str]] = {
    "Errors": error_text.BY_CODE, "ImportWizard": IMPORT, "CoverageErrors": COVERAGE,
    "MergeErrors": MERGE, "DashboardReport": REPORT}


def test_borrowed_sentences_are_the_screens_own() -> None:
    for code, (context, source) in SENTENCES.items():
        if context == COMMAND:
            continue
        assert SCREENS[context].get(code) == source, (code, context)
