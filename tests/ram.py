"""Where the tests keep their folders on RAM, if anywhere (one rule for the suite)."""

from __future__ import annotations

import os
import shutil

# A run keeps about 1 GB there (the last run's folders, pyproject.toml). A container's
# /dev/shm is often 64 MB: a full RAM folder would fail tests that have nothing wrong.
ENOUGH = 4 * 2**30


def ram_folder() -> str | None:
    """/dev/shm (or TIREK_TEST_TMP) when it is there, writable and roomy; None to use the
    system's temporary folder (also when TIREK_TEST_TMP=disk)."""
    ram = os.environ.get("TIREK_TEST_TMP") or "/dev/shm"
    if ram == "disk" or not (os.path.isdir(ram) and os.access(ram, os.W_OK)):
        return None
    return ram if shutil.disk_usage(ram).free >= ENOUGH else None
