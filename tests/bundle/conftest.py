"""Run the bundle's smoke test only when what the bundle is made from has changed.

Building and starting the frozen bundle takes a minute; a local re-run of `make test`
after an edit that cannot change the bundle (a test, a doc) skips it, saying why. See
tests/bundle/inputs.py for when it runs and tests/bundle/recording.py for how.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bundle import inputs
from tests.bundle.recording import PassedRecord


def register(config: pytest.Config) -> None:
    """Called from tests/conftest.py: under pytest-xdist the controller, which writes the
    record, loads only the conftest files of its arguments' folders, never this one."""
    config.pluginmanager.register(
        PassedRecord(
            Path(__file__).resolve().parent,
            config.rootpath,
            inputs.digest,
            inputs.PASSED_WITH,
            always=os.environ.get(inputs.FORCE_ENV) == "always",
            skip_reason="the bundle's inputs are unchanged since its smoke test last passed "
            f"({inputs.PASSED_WITH.relative_to(inputs.ROOT)}); `make bundle-smoke` runs it",
        ),
        "tirek-bundle-passed-with",
    )
