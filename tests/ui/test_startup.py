"""The window's start (docs/architecture.md, "Start-up"): it paints before SQLAlchemy, the
models, backups, sync, documents and their libraries are imported, then the page on
screen shows its real rows. Run as `tirek gui` runs, in a process of its own, so that
nothing another test imported hides a slow import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.core.services.trainings import create_training
from app.core.store import Store
from tests.ui.conftest import run_gui_script

# What the first paint must not wait for.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "app.core.models",
    "app.core.services",
    "app.core.backup",
    "app.core.writer",
    "app.sync",
    "app.documents",
    "reportlab",
    "openpyxl",
    "PIL",
    "phonenumbers",
    "keyring",
)

# `tirek --home DIR gui`, recording what is imported when the window first paints and what
# the page on screen shows when the smoke exit ("rows") finds it loaded.
WATCH = """
import json, sys
import app.ui.main_window as mw

HEAVY = {heavy!r}
seen = {{}}
paint, grab = mw.MainWindow.paintEvent, mw.MainWindow.grab

def first_paint(self, event):
    if "loaded" not in seen:
        seen["loaded"] = sorted(
            {{h for h in HEAVY for m in list(sys.modules) if m == h or m.startswith(h + ".")}}
        )
        seen["page"] = type(self.pages.currentWidget()).__name__
    paint(self, event)

def last_grab(self, *args):
    page = self.pages.currentWidget()
    seen["shown"] = type(page).__name__
    seen["rows"] = [page.model.rowCount(), [r.title for r in page.model.rows]]
    return grab(self, *args)

mw.MainWindow.paintEvent = first_paint
mw.MainWindow.grab = last_grab
from app.cli.main import main
code = main(["--home", sys.argv[1], "gui"])
print("WATCHED " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def test_the_window_paints_before_the_orm_and_then_shows_the_real_rows(
    make_store: Callable[..., Store],
) -> None:
    store = make_store()
    titles = {"Тынчтык куруу", "Аялдар жана коопсуздук", "Жаштар форуму"}
    for i, title in enumerate(sorted(titles)):
        create_training(
            store, {"title": title, "start_date": f"2026-0{i + 1}-01", "end_date": "2026-09-01"}
        )
    home: Path = store.home.root
    store.close()
    done = run_gui_script(WATCH.format(heavy=HEAVY), home, smoke="rows")
    line = next(x for x in done.stdout.splitlines() if x.startswith("WATCHED "))
    seen = json.loads(line.removeprefix("WATCHED "))
    assert seen["loaded"] == [], "imported before the first paint"
    assert seen["page"] == "QLabel"  # "Loading…" where the page will be
    assert seen["shown"] == "TrainingsPage"
    count, shown_titles = seen["rows"]
    assert count == 3 and set(shown_titles) == titles
