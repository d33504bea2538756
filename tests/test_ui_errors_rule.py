"""UI code catches only errors it can explain (docs/architecture.md, "Errors").

A broad `except Exception` in a screen would show a bug as if it were the user's problem
and keep its traceback out of tirek.log. Only the runner, which hands every error of
background work over to the GUI thread, may catch everything.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "app" / "ui"
BROAD = {"Exception", "BaseException"}
ALLOWED = {"runner.py": "delivers every error of background work to the GUI thread"}


def broad_handlers(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ExceptHandler):
            continue
        caught = node.type
        names = (
            [caught] if caught is None or not isinstance(caught, ast.Tuple) else list(caught.elts)
        )
        for name in names:
            if name is None or (isinstance(name, ast.Name) and name.id in BROAD):
                lines.append(node.lineno)
    return lines


def test_screens_catch_only_tirek_errors() -> None:
    offenders = [
        f"{path.relative_to(UI.parent.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        if str(path.relative_to(UI)) not in ALLOWED
        for line in broad_handlers(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "catch TirekError; bugs go to the crash dialog and the log"


def test_the_check_sees_broad_handlers() -> None:
    assert broad_handlers("try:\n    x()\nexcept Exception:\n    pass\n") == [3]
    assert broad_handlers("try:\n    x()\nexcept:\n    pass\n") == [3]
    assert broad_handlers("try:\n    x()\nexcept (OSError, BaseException):\n    pass\n") == [3]
    assert broad_handlers("try:\n    x()\nexcept TirekError:\n    pass\n") == []
