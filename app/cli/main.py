"""Entry point of the `tirek` command (and `python -m app`).

Each command lives in a module of app/cli with `register(subparsers)`, which adds its
parser and sets `handler(store_or_none, args) -> exit code`. User errors print one line
and exit non-zero; anything else is a bug: logged with its traceback, one line printed.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from app import __version__
from app.cli import basic
from app.cli.output import error
from app.core import logs
from app.core.errors import TirekError
from app.core.paths import Home, resolve_home

log = logging.getLogger("tirek.cli")

# Command modules of app/cli, in the order `tirek --help` lists them, and the commands each
# registers (tests/cli/test_lazy_commands.py holds the two together). A command loads only
# its own module: `tirek backup` does not pay for loading PDF, spreadsheet and sync code
# (the whole set takes over a second to import on a field laptop). `tirek --help`, a
# mistyped command and anything else unclear build the whole command line. Opening the
# window (`tirek`, `tirek gui`) builds none of it.
COMMAND_MODULES: tuple[str, ...] = (
    "basic",
    "documents",
    "issuing",
    "records",
    "people",
    "backup",
    "exchange",
    "network",
    "results",
    "screenshots",
    "sync",
    "audit",
    "passphrases",
)
COMMANDS: dict[str, str] = {
    **dict.fromkeys(("gui", "init", "demo", "info"), "basic"),
    **dict.fromkeys(("certificates", "register", "verify", "sheet", "minutes"), "documents"),
    **dict.fromkeys(("network", "approve", "revoke"), "issuing"),
    **dict.fromkeys(("training", "person", "meeting"), "records"),
    "people": "people",
    **dict.fromkeys(("backup", "backup-settings", "restore"), "backup"),
    **dict.fromkeys(("export", "import", "report", "duplicates"), "exchange"),
    **dict.fromkeys(("assessment", "nap", "region"), "network"),
    "results": "results",
    "screenshots": "screenshots",
    "sync": "sync",
    "audit": "audit",
    "passphrase": "passphrases",
}


def command_modules(names: Sequence[str] = COMMAND_MODULES) -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"app.cli.{name}") for name in names)


EXIT_USER_ERROR = 2
EXIT_BUG = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what `yes | head -1` leaves, as other tools do


def _reader_went_away() -> int:
    """The output's reader closed it (`tirek verify x.pdf | head -1`): end quietly.

    What is still buffered cannot be written; point stdout at the null device so that
    Python's own flush at exit does not complain either.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass
    return EXIT_BROKEN_PIPE


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One clear line instead of argparse's usage dump.
        error(f"{message} (see: {self.prog} --help)")
        raise SystemExit(EXIT_USER_ERROR)


@functools.cache
def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> Parser:
    """The command line with the commands of `modules`, built once per process: about a
    hundred parsers, which cost more to build than most commands take to run (a process
    that runs several, as the test suite does, parses each with the same one; parsing
    changes nothing in it)."""
    parser = Parser(prog="tirek", description="Tirek: trainings, attendance and meetings.")
    parser.add_argument("--version", action="version", version=f"tirek {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="installation folder (default: $TIREK_HOME or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in command_modules(modules):
        module.register(sub)
    return parser


def _split_home(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """A leading `--home DIR` (or `--home=DIR`) and the rest of the command line."""
    rest = list(argv)
    if len(rest) >= 2 and rest[0] == "--home":
        return rest[1], rest[2:]
    if rest and rest[0].startswith("--home="):
        return rest[0].split("=", 1)[1], rest[1:]
    return None, rest


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules parsing `argv` needs: the one registering the command it names
    after `--home DIR`, none for `--version`, else all (--help, a mistyped command)."""
    _home, rest = _split_home(argv)
    if rest and rest[0] in COMMANDS:
        return (COMMANDS[rest[0]],)
    return () if rest == ["--version"] else COMMAND_MODULES


def _gui_fast_path(argv: Sequence[str]) -> argparse.Namespace | None:
    """`tirek [--home DIR] [gui]` without building the whole command line."""
    home, rest = _split_home(argv)
    if rest not in ([], ["gui"]):
        return None
    return argparse.Namespace(home=home, command="gui", handler=basic.run_gui, without_store=True)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = _gui_fast_path(argv) or build_parser(_modules_for(argv)).parse_args(argv)
    except TirekError as err:  # an option's value said why it is not one (app/cli/dates.py)
        error(err.message)
        return EXIT_USER_ERROR
    if args.command is None:
        args.command = "gui"
        args.handler = basic.run_gui
        args.without_store = True
    home = resolve_home(args.home)
    args.home_dir = home
    try:
        logs.setup(home)
        # A command may run without opening the store (`tirek restore`: the current
        # database may be the damaged one); its handler then gets None.
        store = None
        if not getattr(args, "without_store", False):
            from app.cli import passphrases  # the window asks in its own way (app/ui/lock.py)
            from app.core.store import Store

            store = Store.open(home, passphrases.for_opening(home))
            passphrases.recovery_notice(store)
    except TirekError as err:
        error(err.message)
        return EXIT_USER_ERROR
    try:
        code = int(args.handler(store, args))
        sys.stdout.flush()  # a reader that went away is found here, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except TirekError as err:
        error(err.message)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        error("stopped; everything finished before stopping is saved.")
        return 130
    except Exception:
        log.exception("unexpected error in `tirek %s`", args.command)
        error(f"unexpected error; details are in {Home(home).log_file}")
        return EXIT_BUG
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
