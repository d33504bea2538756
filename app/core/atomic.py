"""Files written whole or not at all: under a temporary name beside the target, then
renamed over it. After a crash, a full disk or a stopped program the target is the old
file or the new one, never half of each; the temporary file does not stay behind.

The temporary name starts with a dot and ends in `.part`, so that nothing that lists a
folder (a shared sync folder, the backups) takes it for a finished file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.paths import PRIVATE_MODE, make_private


def part_of(path: Path) -> Path:
    """Where `path` is written before it is renamed into place."""
    return path.with_name(f".{path.name}.part")


@contextmanager
def replacing(path: Path, *, private: bool = False, synced: bool = True) -> Iterator[Path]:
    """Yield the temporary path to write; when the block ends without an error, it
    replaces `path`. `private`: this user's only from the first byte (names, keys).
    `synced`: on the disk before the rename, so a power cut cannot leave an empty file
    under the real name (off only where a lost write costs nothing, see the callers)."""
    tmp = part_of(path)
    try:
        if private:  # made with its mode before a byte is written into it
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE))
        yield tmp
        if synced:
            with open(tmp, "rb+") as fh:  # writable: Windows syncs only such handles
                os.fsync(fh.fileno())
        if private:
            make_private(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_whole(
    path: Path, data: bytes | str, *, private: bool = False, synced: bool = True
) -> Path:
    """Write `data` (text as UTF-8) to `path` through `replacing`; returns `path`."""
    with replacing(path, private=private, synced=synced) as tmp, open(tmp, "wb") as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path
