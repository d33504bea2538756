"""One way to write a file whole (app/core/atomic.py), used by the settings, the key
files, the marker, backups, bundles and printouts: a failure or a kill at any step leaves
the old file as it was, and a finished write leaves no temporary file behind."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from app.core import atomic
from app.core.atomic import part_of, replacing, write_whole

OLD, NEW = b"old content\n" * 100, b"new content\n" * 1000


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "settings.ini"
    path.write_bytes(OLD)
    return path


def test_a_write_replaces_the_file_and_leaves_nothing_beside_it(target: Path) -> None:
    assert write_whole(target, NEW) == target
    assert target.read_bytes() == NEW
    write_whole(target, "ключ = мандат\n")  # text as UTF-8
    assert target.read_text(encoding="utf-8") == "ключ = мандат\n"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "replace"])
def test_a_failure_at_any_step_keeps_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if step == "write":
        with pytest.raises(OSError), replacing(target) as tmp:
            tmp.write_bytes(NEW[:100])  # half of it, then the disk is full
            fail()
    else:
        monkeypatch.setattr(atomic.os, step, fail)
        if step == "chmod":
            monkeypatch.setattr(atomic, "make_private", fail)
        with pytest.raises(OSError):
            write_whole(target, NEW, private=True)
    assert target.read_bytes() == OLD
    assert not part_of(target).exists()


def test_without_sync_no_fsync_is_asked(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(atomic.os, "fsync", calls.append)
    write_whole(target, NEW, synced=False)
    assert calls == [] and target.read_bytes() == NEW
    write_whole(target, OLD)
    assert len(calls) == 1 and target.read_bytes() == OLD


@pytest.mark.skipif(os.name == "nt", reason="Windows has no file modes")
def test_a_private_file_is_never_readable_by_others(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: list[int] = []
    with replacing(target, private=True) as tmp:
        modes.append(stat.S_IMODE(tmp.stat().st_mode))  # before a byte is written
        tmp.write_bytes(NEW)
    assert modes == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a writer")
@pytest.mark.parametrize("point", ["write", "fsync", "replace"])
def test_a_writer_killed_before_the_rename_leaves_the_old_file(target: Path, point: str) -> None:
    pid = os.fork()
    if pid == 0:  # the child: killed at `point`, with no chance to clean up
        try:
            if point == "write":
                with replacing(target) as tmp, open(tmp, "wb") as fh:
                    fh.write(NEW[:500])
                    fh.flush()
                    os._exit(9)
            setattr(atomic.os, point, lambda *_a: os._exit(9))
            write_whole(target, NEW)
        finally:
            os._exit(1)  # not reached: the kill is the point
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9
    assert target.read_bytes() == OLD
    write_whole(target, NEW)  # the next write is not stopped by the leftover
    assert target.read_bytes() == NEW and not part_of(target).exists()


def test_the_callers_go_through_it() -> None:
    """No other module names a `.part` file to rename it into place by hand (bundle.py's
    is a scratch copy of an incoming bundle: read, then removed, never renamed)."""
    app = Path(__file__).resolve().parents[2] / "app"
    named = sorted(
        p.relative_to(app).as_posix()
        for p in app.rglob("*.py")
        if re.search(r"\.part[\"']", p.read_text(encoding="utf-8"))
    )
    assert named == ["core/atomic.py", "sync/bundle.py"]
