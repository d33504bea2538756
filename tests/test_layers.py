"""The dependency rule of docs/architecture.md, checked on the source itself."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# What each layer may import from the app (besides itself). Qt only under app/ui.
ALLOWED = {
    "core": set(),
    "sync": {"core"},
    "documents": {"core"},
    "cli": {"core", "sync", "documents"},
}


@functools.cache  # each file is read by two rules per layer: parsed once
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imports(path: Path, top_level_only: bool = False) -> list[str]:
    tree = _tree(path)
    names: list[str] = []
    for node in tree.body if top_level_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def modules(layer: str) -> list[Path]:
    return sorted((APP / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_qt_outside_the_ui(layer: str) -> None:
    offenders = [
        f"{p.relative_to(APP.parent)} imports {name}"
        for p in modules(layer)
        for name in imports(p)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer: str) -> None:
    offenders = []
    for p in modules(layer):
        # The command line may open the GUI (`tirek gui`, `tirek screenshots`) by importing
        # app.ui inside the command's function; at module level every layer stays Qt-free.
        for name in imports(p, top_level_only=layer == "cli"):
            parts = name.split(".")
            if (
                parts[0] == "app"
                and len(parts) > 1
                and parts[1] != layer
                and parts[1] not in ALLOWED[layer]
            ):
                offenders.append(f"{p.relative_to(APP.parent)} imports {name}")
    assert offenders == []


def test_the_checks_see_the_code() -> None:
    assert len(modules("core")) > 10
    assert "sqlalchemy" in {n.split(".")[0] for p in modules("core") for n in imports(p)}
