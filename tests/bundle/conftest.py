"""Run the bundle's smoke test only when what the bundle is made from has changed.

Building and starting the frozen bundle takes a minute; a local re-run of `make test`
after an edit that cannot change the bundle (a test, a doc) skips it, saying why. See
tests/bundle/inputs.py for when it runs.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest
from pluggy import Result

from tests.bundle import inputs

HERE = Path(__file__).resolve().parent
_bundle_items: set[str] = set()
_passed: set[str] = set()


def _key(item: pytest.Item) -> str:
    # pytest-xdist's loadgroup appends "@<group>" to a grouped test's id after collection.
    return item.nodeid.split("@", 1)[0]


def _here(item: pytest.Item) -> bool:
    return HERE in Path(str(item.path)).resolve().parents


@pytest.hookimpl(tryfirst=True)  # before -k / -m deselect: all of them must pass
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mine = [item for item in items if _here(item)]
    _bundle_items.update(_key(item) for item in mine)
    if not mine or os.environ.get(inputs.FORCE_ENV) == "always":
        return
    if inputs.recorded(inputs.PASSED_WITH) == inputs.digest():
        # A mark, not a fixture: the module's fixture would build the bundle first.
        skip = pytest.mark.skip(
            reason="the bundle's inputs are unchanged since its smoke test last passed "
            f"({inputs.PASSED_WITH.relative_to(inputs.ROOT)}); `make bundle-smoke` runs it"
        )
        for item in mine:
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Result[pytest.TestReport], None]:
    outcome = yield
    report = outcome.get_result()
    if not _here(item):
        return
    if report.when == "call" and report.passed:
        _passed.add(_key(item))
    elif report.failed or report.skipped:
        _passed.discard(_key(item))
        _bundle_items.add("failed: " + _key(item))  # never all passed in this run


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _bundle_items and _bundle_items == _passed:
        inputs.record(inputs.PASSED_WITH)
