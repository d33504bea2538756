"""A command loads only the module of app/cli that registers it, and parses as it would on
the whole command line (app/cli/main.py: COMMANDS)."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

import pytest

from app.cli.main import COMMAND_MODULES, COMMANDS, Parser, build_parser, command_modules
from tests.cli_runner import ROOT


def _commands_of(module: str) -> list[str]:
    parser = Parser(prog="tirek")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    (loaded,) = command_modules([module])
    loaded.register(sub)
    return list(sub.choices)


def test_the_table_names_the_module_that_registers_each_command() -> None:
    registered = {name: module for module in COMMAND_MODULES for name in _commands_of(module)}
    assert registered == COMMANDS
    assert list(registered) == list(COMMANDS)  # `tirek --help` lists them in this order


def _help(parser: Parser, *argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        parser.parse_args([*argv, "--help"])
    assert stop.value.code == 0
    return out.getvalue()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_alone_parses_as_on_the_whole_command_line(command: str) -> None:
    alone, whole = build_parser((COMMANDS[command],)), build_parser()
    assert _help(alone, command) == _help(whole, command)
    sub = next(a for a in alone._actions if a.dest == "command")
    for action in sub.choices[command]._actions:  # type: ignore[index]
        for deeper in getattr(action, "choices", None) or ():
            if isinstance(action.choices, dict):  # sub-commands: `sync status`
                assert _help(alone, command, deeper) == _help(whole, command, deeper)


def test_parsing_a_command_loads_neither_pdf_nor_spreadsheet_code() -> None:
    """`tirek backup`, `tirek info`: a real process, as a user starts it."""
    script = (
        "import json, sys\n"
        "from app.cli.main import _modules_for, build_parser\n"
        "for argv in (['backup', '--list'], ['info'], ['--home', 'X', 'restore', 'f']):\n"
        "    build_parser(_modules_for(argv)).parse_args(argv)\n"
        "heavy = ('reportlab', 'openpyxl', 'segno', 'app.documents', 'app.sync')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
