"""The ``pledgecard`` command: a thin layer over the library API.

Each subcommand lives in its own module under :mod:`pledgecard.commands` and exposes
``register(subparsers)``; the module names are listed in :data:`COMMANDS` (a new command: its
module plus its name there). Errors become one-line messages and exit codes (0 ok; 1 when
`extract` could not read a file or a finding reached ``--fail-on``; 2 usage; 3 internal error;
4 output folder; 5 warehouse; 6 no input or nothing converted; 130 interrupted, see
:mod:`pledgecard.errors`); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any, NoReturn

from pledgecard.errors import OutputError, PledgecardError
from pledgecard.version import __version__

COMMANDS = ["extract", "eval", "validate", "run", "export", "correct", "inspect"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 without a traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pledgecard", description="Pledge management cards into validated data.")
    parser.add_argument("--version", action="version", version=f"pledgecard {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"pledgecard.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"pledgecard.commands.{name}":
                continue  # a command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    program = argv is None  # the pledgecard program itself, not a caller in Python
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    parser = build_parser()
    args = parser.parse_args(argv)
    if program and getattr(args, "end_process", False):
        args.func = _ending(args.func)
    try:
        return int(args.func(args) or 0)
    except PledgecardError as exc:
        if debug:
            traceback.print_exc()
        print(f"pledgecard: {exc.reason}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # an output written outside a stage's guard: still one line, exit 4
        if debug:
            traceback.print_exc()
        err = OutputError.from_os(exc, stage=args.command, path=getattr(args, "output", None))
        print(f"pledgecard: {err.reason}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("pledgecard: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: no traceback for users
        if debug:
            traceback.print_exc()
        else:
            print(
                f"pledgecard: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
                file=sys.stderr,
            )
        return 3


def _ending(func: Any) -> Any:
    """``func``, ending the process as soon as it returns: see :func:`end_process`."""

    def call(args: argparse.Namespace) -> int:
        end_process(int(func(args) or 0))

    return call


def end_process(code: int) -> NoReturn:
    """End the program with ``code`` without tearing its modules down one by one (a command that
    loaded Great Expectations, pandas and DuckDB spends a second of CPU on it): what the
    interpreter does first on exit is done (threads joined, exit handlers run: multiprocessing's,
    logging's; the standard streams flushed), then ``os._exit``. Only for a command that set
    ``end_process=True`` on its parser, run as the program (``main()`` without ``argv``)."""
    import atexit
    import os
    import threading

    shutdown = getattr(threading, "_shutdown", None)  # what Py_Finalize calls: joins non-daemon threads
    if shutdown is not None:
        shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120  # as Python does when stdout cannot be flushed
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
