"""A pytest plugin: skip a folder's tests while their inputs are those they last passed with,
and record the inputs' digest when every one of them ran and passed in this run.

tests/bundle/conftest.py registers it for the bundle's smoke test; tests/
test_bundle_passed_record.py runs it on a folder of stand-in tests, in one process and
under pytest-xdist as `make test` runs it.

Under pytest-xdist the controller collects nothing and runs nothing: every worker collects
all the tests and runs some, and the folder's tests may run on different workers (xdist's
`xdist_group` does not hold with pytest 9: loadgroup renames tests through an attribute
pytest no longer reads). So the controller decides: it receives every test's report, and
each worker tells it, when it finishes, which of the folder's tests it collected before any
`-k`/`-m` deselection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# What a worker hands the controller (config.workeroutput) when it finishes.
_COLLECTED = "tirek_passed_record_collected"


def _key(nodeid: str) -> str:
    # pytest-xdist's loadgroup may append "@<group>" to a grouped test's id.
    return nodeid.split("@", 1)[0]


class PassedRecord:
    def __init__(
        self,
        folder: Path,
        rootpath: Path,
        digest: Callable[[], str],
        record: Path,
        *,
        always: bool,
        skip_reason: str,
    ) -> None:
        self.folder = folder.resolve()
        self.rootpath = rootpath
        self.digest = digest
        self.record = record
        self.always = always
        self.skip_reason = skip_reason
        self.collected: set[str] = set()
        self.passed: set[str] = set()
        self.failed = False

    def _mine(self, nodeid: str) -> bool:
        return self.folder in (self.rootpath / nodeid.split("::", 1)[0]).resolve().parents

    def recorded(self) -> str | None:
        try:
            return self.record.read_text(encoding="ascii").strip()
        except OSError:
            return None

    @pytest.hookimpl(tryfirst=True)  # before -k / -m deselect: all of them must pass
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        mine = [item for item in items if self._mine(item.nodeid)]
        self.collected.update(_key(item.nodeid) for item in mine)
        if not mine or self.always or self.recorded() != self.digest():
            return
        # A mark, not a fixture: a module's fixture (the bundle's build) would run first.
        skip = pytest.mark.skip(reason=self.skip_reason)
        for item in mine:
            item.add_marker(skip)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # In one process and in xdist's controller (it replays every worker's reports).
        if not self._mine(report.nodeid):
            return
        if report.when == "call" and report.passed:
            self.passed.add(_key(report.nodeid))
        elif report.failed or report.skipped:
            self.failed = True  # never all passed in this run

    @pytest.hookimpl(optionalhook=True)  # pytest-xdist's, in the controller
    def pytest_testnodedown(self, node: Any, error: object | None) -> None:
        self.collected.update(getattr(node, "workeroutput", {}).get(_COLLECTED, ()))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        config: Any = session.config
        if hasattr(config, "workerinput"):  # an xdist worker: the controller decides
            config.workeroutput[_COLLECTED] = sorted(self.collected)
            return
        if self.collected and not self.failed and self.collected == self.passed:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            self.record.write_text(self.digest() + "\n", encoding="ascii")
