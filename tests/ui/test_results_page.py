"""The Results page: 40 scores typed down one column from the keyboard, and a number
traced to its records from the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.core.services import attendance, people, projects, trainings
from app.core.services.results import framework, knowledge
from app.core.store import Store
from app.ui.results.framework import TraceDialog
from app.ui.results.page import ResultsPage


def _training_with(store: Store, n: int) -> tuple[str, str, list[str]]:
    project = projects.create_project(store, {"name": "Women in local elections"})
    tid = trainings.create_training(
        store,
        {"title": "Osh: running for the council", "project_id": project,
         "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 4)},
    )  # fmt: skip
    sid = trainings.add_session(store, tid, {"date": date(2026, 3, 2), "hours": 6})
    pids = [
        people.create_person(
            store, {"full_name": f"Участница {i:02d}", "sex": "female" if i % 4 else "male"}
        )
        for i in range(n)
    ]
    trainings.enrol(store, tid, pids)
    attendance.mark_attendance(store, sid, {p: "present" for p in pids})
    return project, tid, pids


def _type(qtbot: QtBot, view: QAbstractItemView, text: str) -> int:
    """Type into the grid as a person does: the first key opens the cell's editor, the
    rest go to that editor, Enter saves. Returns the keys pressed."""
    qtbot.keyClick(view, text[0])
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return len(text) + 1


def test_forty_scores_typed_down_one_column(store: Store, qtbot: QtBot) -> None:
    _project, tid, pids = _training_with(store, 40)
    test_id = knowledge.create_test(
        store, "Local elections", [knowledge.Question(f"Q{i}") for i in range(10)]
    )
    knowledge.attach_test(store, tid, test_id)
    page = ResultsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.scores)
    page.scores.training.select(tid)  # as chosen in the list
    page.scores.load_tests()
    assert page.scores.test.value() == test_id
    view = page.scores.grid.view
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 1
    keystrokes = 0
    typed = [(i * 3) % 11 for i in range(40)]  # 0..10, the test has 10 points
    for score in typed:
        keystrokes += _type(qtbot, view, str(score))
    # One pass down the column: every score landed, in order, and nothing else was typed.
    saved = knowledge.scores_of(store, tid, test_id)
    by_name = sorted(range(40), key=lambda i: f"Участница {i:02d}")
    assert [saved.get((pids[i], "pre")) for i in by_name] == [float(s) for s in typed]
    assert keystrokes <= 40 * 3
    # A bad score is refused in words, and the grid says why; nothing is saved.
    view.setCurrentIndex(page.scores.grid.model.index(0, 2))
    _type(qtbot, view, "12")
    assert "from 0 to 10" in page.scores.grid.problem.text()
    assert (pids[by_name[0]], "post") not in knowledge.scores_of(store, tid, test_id)


def test_a_number_traced_to_its_records_in_the_window(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _tid, _pids = _training_with(store, 5)
    st = framework.add_statement(store, project, {"level": "output", "code": "1", "text": "T"})
    framework.add_indicator(
        store, st, {"code": "1.a", "name": "Women trained", "definition": "people_trained",
                    "sex": "female"},
    )  # fmt: skip
    page = ResultsPage(store)
    qtbot.addWidget(page)
    page.framework.period.setText("2026")
    page.framework.refresh()
    model = page.framework.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 4)) == "3"  # actual: 3 women of 5 participants
    shown: list[TraceDialog] = []
    monkeypatch.setattr(TraceDialog, "exec", lambda self: shown.append(self) or 0)
    page.framework.trace()
    rows = shown[0].table.model()
    names = {rows.data(rows.index(r, 0)) for r in range(rows.rowCount())}
    assert names == {f"Участница {i:02d}" for i in range(5) if i % 4}
