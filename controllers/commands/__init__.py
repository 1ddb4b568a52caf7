"""Sub-commands of `canvass`: one module each, with add_parser(subparsers) and a handler that
returns the exit code (0 done, 1 refused with a reason, 2 usage or unreadable input, 3 the
database cannot be used: catalogue.py EPILOG). Each runs in the interface language, as a
signed-in Canvass user (signing_in.py), through running.py, which also turns Ctrl+C (130) and
a bug (70) into one line on stderr and logs the command's outcome.

Nothing is imported here: catalogue.py lists the modules, and main.py imports only the one a
command line names (`canvass --help` imports none of them, nor the data layer)."""
