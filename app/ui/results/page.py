"""The Results page: what changed after the trainings.

Four tabs: the project's framework (indicators against targets, the records behind a
number, xlsx/PDF), knowledge test scores of a training, the follow-up list, and the
regions at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.results import knowledge, outcomes
from app.core.services.results.framework import period_bounds
from app.core.services.trainings import TrainingRow, list_trainings
from app.core.store import Store
from app.ui.errors import show_error
from app.ui.loading import LoadingPanel
from app.ui.network.common import Chooser, follow_changes
from app.ui.results.follow_up import FollowUpList
from app.ui.results.framework import FrameworkTab
from app.ui.results.regions import RegionTiles
from app.ui.results.scores import ScoresGrid
from app.ui.runner import Runner

RECENT = 200  # trainings offered in the choosers: the newest first


def recent_trainings(store: Store) -> tuple[TrainingRow, ...]:
    return list_trainings(store, limit=RECENT).rows


def fill_trainings(box: Chooser, rows: tuple[TrainingRow, ...]) -> None:
    box.reset()
    for t in rows:
        box.add(f"{t.start_date.strftime('%d.%m.%Y')} · {t.title}", t.id)


class TrainingTab(LoadingPanel):
    """A tab about one of the recent trainings, chosen in `training`: `chosen()` runs once
    the trainings are read (`read_trainings()`, when the tab is built) and on every choice."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)
        self.training = Chooser()
        self.training.activated.connect(lambda _i: self.chosen())

    def read_trainings(self) -> None:
        self.loader.load(lambda: recent_trainings(self.store), self._trainings)

    def _trainings(self, rows: tuple[TrainingRow, ...]) -> None:
        fill_trainings(self.training, rows)
        self.chosen()

    def chosen(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ScoresTab(TrainingTab):
    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)
        self.training.setObjectName("scoresTraining")
        self.test = Chooser()
        self.test.setObjectName("scoresTest")
        self.give = QPushButton(self.tr("&Give a test at this training…"))
        self.give.clicked.connect(self.give_test)
        self.grid = ScoresGrid(store)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Training:")))
        top.addWidget(self.training, 2)
        top.addWidget(QLabel(self.tr("Test:")))
        top.addWidget(self.test, 1)
        top.addWidget(self.give)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        self.test.activated.connect(lambda _i: self.load_grid())
        self.read_trainings()

    def chosen(self) -> None:
        self.load_tests()

    def load_tests(self) -> None:
        store, tid = self.store, self.training.value()
        self.loader.load(lambda: knowledge.tests_of(store, tid) if tid else [], self._tests)

    def _tests(self, tests: list[knowledge.TestRow]) -> None:
        self.test.reset()
        for t in tests:
            self.test.add(t.title, t.id)
        self.load_grid()

    def load_grid(self) -> None:
        tid, test = self.training.value(), self.test.value()
        if tid and test:
            self.grid.load(tid, test)
            self.grid.view.setFocus()

    def give_test(self) -> None:
        tid = self.training.value()
        tests = knowledge.list_tests(self.store)
        if not tid or not tests:
            return
        titles = [t.title for t in tests]
        title, ok = QInputDialog.getItem(
            self, self.tr("Give a test"), self.tr("Test:"), titles, 0, False
        )
        if not ok:
            return
        try:
            knowledge.attach_test(self.store, tid, tests[titles.index(title)].id)
        except TirekError as err:
            show_error(self, err)
            return
        self.load_tests()


class FollowUpTab(TrainingTab):
    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)
        self.months = Chooser()
        for m in (3, 6):
            self.months.add(self.tr("{n} months after").format(n=m), m)
        self.list = FollowUpList(store)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Training:")))
        top.addWidget(self.training, 2)
        top.addWidget(self.months)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.months.activated.connect(lambda _i: self.load())
        self.read_trainings()

    def chosen(self) -> None:
        self.load()

    def load(self) -> None:
        store, tid, months = self.store, self.training.value(), self.months.value()
        if tid:
            self.loader.load(
                lambda: outcomes.follow_up_list(store, tid, months),
                lambda rows: self.list.show_rows(tid, months, rows),
            )


class ResultsPage(QWidget):
    """With the window's runner every tab loads on it behind a "Loading…" veil (the
    framework's indicators take seconds on a large installation); without one, at once."""

    def __init__(
        self, store: Store, runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.framework = FrameworkTab(store, runner=runner)
        self.scores = ScoresTab(store, runner=runner)
        self.follow_up = FollowUpTab(store, runner=runner)
        self.regions = RegionTiles(store, runner=runner)
        self.regions.setObjectName("regionTiles")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.framework, self.tr("Results framework"))
        self.tabs.addTab(self.scores, self.tr("Knowledge tests"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.tabs.addTab(self.regions, self.tr("Regions"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        follow_changes(store, self.changed)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.regions:
            try:
                start, end = period_bounds(self.framework.period.text())
            except TirekError:
                start, end = date(date.today().year, 1, 1), date(date.today().year, 12, 31)
            self.regions.load(start, end, self.framework.project.value())

    def changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"result_indicator", "indicator_target", "indicator_value", "project"}:
            self.framework.loader.on_gui(self.framework.load_projects)
