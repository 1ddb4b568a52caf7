"""Which workstation an attempt comes from: where sign-in failures are counted and delayed
(models/accounts/sign_in_delays.py), and what the audit entry of each attempt names.

The workstation id in the settings when someone set one (PCs cloned from one image share a host
name), else the host name. It is the workstation's own word, like the name typed at sign-in:
it decides whose failures slow whom, never who may sign in.
"""
from __future__ import annotations

import socket

from controllers.runtime.settings import WORKSTATION, Settings

LIMIT = 64


def workstation_name(settings: Settings | None = None) -> str:
    """This PC's name for the sign-in counters: the setting, else the host name ('?' if none)."""
    chosen = (settings or Settings.for_user()).get(WORKSTATION).strip()
    if not chosen:
        try:
            chosen = socket.gethostname().strip()
        except OSError:
            chosen = ""
    return chosen[:LIMIT] or "?"
