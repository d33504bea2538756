"""The bundle's smoke test records the inputs it passed with (tests/bundle/recording.py).

Stand-in tests take the smoke test's place (building the bundle takes minutes), run by a
real pytest as `make test` runs it (pytest-xdist on two workers) and as
`make bundle-smoke` does (one process).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]

CONFTEST = """
import os
from pathlib import Path

from tests.bundle.recording import PassedRecord


def pytest_configure(config):
    here = Path(__file__).resolve().parent
    config.pluginmanager.register(
        PassedRecord(
            here / "smoke",
            config.rootpath,
            lambda: os.environ["STAND_IN_DIGEST"],
            here / "passed-with.sha256",
            always=os.environ.get("STAND_IN_ALWAYS") == "always",
            skip_reason="inputs unchanged",
        ),
        "stand-in-record",
    )
"""

SMOKE = """
import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def where_it_ran():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with (Path(__file__).parents[1] / "workers.txt").open("a") as log:
        log.write(worker + " ")


def test_starts():
    pass


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_prints(lang):
    assert os.environ.get("STAND_IN_FAIL") != lang
"""

OTHER = """
import pytest


@pytest.mark.parametrize("n", range(6))
def test_elsewhere(n):
    pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.mkpydir("smoke").joinpath("test_smoke.py").write_text(SMOKE)
    pytester.mkpydir("other").joinpath("test_other.py").write_text(OTHER)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv("STAND_IN_FAIL", raising=False)
    monkeypatch.delenv("STAND_IN_ALWAYS", raising=False)
    return pytester


def record(suite: pytest.Pytester) -> str | None:
    path = suite.path / "passed-with.sha256"
    return path.read_text(encoding="ascii") if path.exists() else None


# Without the Qt and Hypothesis plugins: the stand-ins need neither, and they start faster.
PLUGINS_OFF = ("-p", "no:pytest-qt", "-p", "no:hypothesispytest")


def xdist(suite: pytest.Pytester, *args: str) -> pytest.RunResult:
    """As `make test` runs it: xdist's controller and two worker processes."""
    return suite.runpytest_subprocess(*PLUGINS_OFF, "-n", "2", "--dist", "load", *args)


def one_process(suite: pytest.Pytester, *args: str) -> pytest.RunResult:
    """As `make bundle-smoke` runs it."""
    return suite.runpytest_inprocess(*PLUGINS_OFF, "-p", "no:xdist", *args)


def test_under_xdist_a_passing_run_records_its_inputs_and_a_failing_one_does_not(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAND_IN_DIGEST", "first")
    # Three tests on two workers: xdist deals them out one by one, so no worker runs all.
    xdist(suite, "smoke").assert_outcomes(passed=3)
    assert set((suite.path / "workers.txt").read_text().split()) == {"gw0", "gw1"}
    assert record(suite) == "first\n"

    # Other inputs and one smoke test fails: the record is not moved on.
    monkeypatch.setenv("STAND_IN_DIGEST", "second")
    monkeypatch.setenv("STAND_IN_FAIL", "ru")
    xdist(suite, "smoke").assert_outcomes(passed=2, failed=1)
    assert record(suite) == "first\n"
    # Only some of them ran (-k): not all of them passed in this run.
    monkeypatch.delenv("STAND_IN_FAIL")
    xdist(suite, "-k", "ky or starts").assert_outcomes(passed=2)  # 7 deselected
    assert record(suite) == "first\n"


def test_in_one_process_every_smoke_test_must_have_run_and_passed(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAND_IN_DIGEST", "first")
    # Only some of them ran (-k): nothing is recorded.
    one_process(suite, "-k", "ky or starts").assert_outcomes(passed=2, deselected=7)
    assert record(suite) is None

    one_process(suite).assert_outcomes(passed=9)
    assert record(suite) == "first\n"

    # Same inputs: the smoke tests are skipped, the record stays.
    one_process(suite).assert_outcomes(passed=6, skipped=3)
    assert record(suite) == "first\n"

    # `make bundle-smoke`: run even though the inputs are unchanged.
    monkeypatch.setenv("STAND_IN_ALWAYS", "always")
    one_process(suite, "smoke").assert_outcomes(passed=3)
    assert record(suite) == "first\n"
