"""Sync import when ops arrive out of order, and memory for hostile files.

- The buffer's cost: one laptop's 50,000 ops in 10 files, each holding only the news since
  the previous one, imported into an empty installation in order, then in reverse order
  (9 files wait in the buffer; the last one releases everything).
- Rows waiting for another laptop's rows: 5,000 enrolments by B of people created on A,
  B's file imported before A's, against A's file first.
- Memory: a 1 GiB file from a stranger (verified in chunks and held), a file whose sizes
  disagree with it, and a 1 MiB decompression bomb from a trusted key; each imported in
  its own process, whose peak resident memory (VmHWM) is reported.
"""

from __future__ import annotations

import base64
import hashlib
import json
import lzma
import shutil
import struct
import subprocess
import sys
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.identity import private_key
from app.core.models import Enrolment, Person, new_id
from app.core.services.trainings import create_training, enrol
from app.core.store import Store
from app.sync import bundle as fmt
from app.sync import exchange, state
from benchmarks.bench_sync import _receiver
from benchmarks.harness import DATA, ROOT, Context

FILES = 10
PER_FILE = 5_000
LINKS = 5_000


def _fresh(name: str) -> Store:
    home = DATA / name
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    store.initialise(name)
    return store


def _import_all(name: str, files: list[Path], sender: Store) -> float:
    """Seconds to import `files` in this order into a fresh installation (sender trusted)."""
    dst = _receiver(name, sender)
    t = time.perf_counter()
    for f in files:
        exchange.import_file(dst, f)
    seconds = time.perf_counter() - t
    with dst.read() as s:
        count = s.query(Person).count()
    dst.close()
    shutil.rmtree(DATA / name, ignore_errors=True)
    assert count >= PER_FILE, count
    return seconds


def _buffer(ctx: Context, out: Path) -> None:
    src = _fresh("bench-buf-a")
    files: list[Path] = []
    base: dict[str, int] = {}
    for k in range(FILES):
        with src.write() as w:
            w.create_many(
                Person, [{"id": new_id(), "full_name": f"P {k}-{i}"} for i in range(PER_FILE)]
            )
        files.append(exchange.export_bundle(src, out, base=base).path)
        with src.read() as s:
            base = state.vector(s)
    # Warm the page cache and code paths once, then time in order and in reverse.
    _import_all("bench-buf-warm", files[:1], src)
    ordered = _import_all("bench-buf-in", files, src)
    reverse = _import_all("bench-buf-rev", files[::-1], src)
    n = FILES * PER_FILE
    ctx.row("sync buffer", f"{n:,} ops in {FILES} files, in order", ordered, "s")
    ctx.row(
        "sync buffer",
        f"{n:,} ops in {FILES} files, reverse order",
        reverse,
        "s",
        baseline=ordered,
        aim="<= 2x in order",
    )
    src.close()


def _waiting_rows(ctx: Context, out: Path) -> None:
    a, b = _fresh("bench-wait-a"), _fresh("bench-wait-b")
    tid = create_training(a, {"title": "T", "start_date": "2026-01-10", "end_date": "2026-01-11"})
    people = [new_id() for _ in range(LINKS)]
    with a.write() as w:
        w.create_many(Person, [{"id": p, "full_name": f"P {p[:6]}"} for p in people])
    from_a = exchange.export_bundle(a, out).path
    exchange.import_file(b, from_a)
    exchange.trust(b, "bench-wait-a")
    enrol(b, tid, people)
    with a.read() as s:
        only_b = exchange.export_bundle(b, out, base=state.vector(s)).path
    for label, order in (
        ("A's file first", [from_a, only_b]),
        ("B's file first", [only_b, from_a]),
    ):
        dst = _fresh("bench-wait-c")
        for f in order:  # hold both, then approve: the timing covers applying them
            exchange.import_file(dst, f)
        t = time.perf_counter()
        exchange.trust(dst, "bench-wait-a" if order[0] == from_a else "bench-wait-b")
        exchange.trust(dst, "bench-wait-b" if order[0] == from_a else "bench-wait-a")
        seconds = time.perf_counter() - t
        with dst.read() as s:
            assert s.query(Enrolment).count() == LINKS
        dst.close()
        ctx.row("sync buffer", f"{LINKS:,} enrolments of another laptop's people, {label}",
                seconds, "s")  # fmt: skip
    a.close()
    b.close()


CHILD = """
import sys, time
from pathlib import Path
from app.core.store import Store
from app.sync import exchange
store = Store.open(Path(sys.argv[1]))
t = time.perf_counter()
receipt = exchange.import_file(store, Path(sys.argv[2]))
seconds = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux carries the parent's peak over into a child's ru_maxrss.
with open("/proc/self/status") as fh:
    peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
print(receipt.status, seconds, peak)
"""


def _child(home: Path, file: Path) -> tuple[str, float, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(home), str(file)],
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    status, seconds, peak = done.stdout.split()[-3:]
    return status, float(seconds), float(peak)


def _hostile_file(path: Path, size: int, declared: int) -> None:
    """A correctly signed stranger's file whose payload is `size` bytes of zeros."""
    key = Ed25519PrivateKey.generate()
    replica = str(uuid.uuid4())
    chunk = bytes(1 << 20)
    sha = hashlib.sha256()
    for _ in range(size >> 20):
        sha.update(chunk)
    manifest = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-12-01T10:00:00",
        "schema_version": "0006",
        "sender": {
            "replica_id": replica,
            "device_name": "Stranger",
            "role": "trainer",
            "public_key": base64.b64encode(key.public_key().public_bytes_raw()).decode(),
        },
        "vector": {replica: 1},
        "ranges": {replica: [1, 1]},
        "devices": {},
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "op_count": 1,
        "payload": {"encoding": fmt.PAYLOAD_ENCODING, "size": declared, "sha256": sha.hexdigest()},
    }
    text = json.dumps(manifest).encode()
    head = fmt.MAGIC + b"".join(struct.pack("<Q", len(p)) + p for p in (text, key.sign(text)))
    head += struct.pack("<Q", size)
    whole = hashlib.sha256(head)
    with open(path, "wb") as fh:
        fh.write(head)
        for _ in range(size >> 20):
            fh.write(chunk)
            whole.update(chunk)
        fh.write(whole.digest())


def _memory(ctx: Context, out: Path) -> None:
    dst = _fresh("bench-mem")
    dst.close()
    big = out / "hostile-1g.tirek"
    _hostile_file(big, 1 << 30, 1 << 30)
    status, seconds, peak = _child(DATA / "bench-mem", big)
    assert status == "held", status
    ctx.row("hostile files", "1 GiB stranger's file: verified and held", seconds, "s")
    ctx.row("hostile files", "1 GiB stranger's file: peak memory", peak, "MB", aim="< 200")
    _hostile_file(big, 1 << 30, 1 << 20)
    status, seconds, peak = _child(DATA / "bench-mem", big)
    assert status == "refused", status
    ctx.row("hostile files", "1 GiB file whose sizes disagree: refused", seconds, "s")
    ctx.row("hostile files", "1 GiB file whose sizes disagree: peak memory", peak, "MB",
            aim="< 200")  # fmt: skip
    big.unlink()
    # A 1 MiB bomb (1 GiB of zeros) signed by a trusted key.
    a = _fresh("bench-mem-a")
    exchange.import_file(Store.open(DATA / "bench-mem"), exchange.export_bundle(a, out).path)
    mem = Store.open(DATA / "bench-mem")
    exchange.trust(mem, "bench-mem-a")
    mem.close()
    ident = a.require_identity()
    comp = lzma.LZMACompressor(preset=1)
    payload = b"".join(comp.compress(bytes(1 << 20)) for _ in range(1024)) + comp.flush()
    manifest = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-12-01T10:00:00",
        "schema_version": "0006",
        "sender": {
            "replica_id": ident.replica_id,
            "device_name": ident.device_name,
            "role": ident.role,
            "public_key": ident.public_key,
        },
        "vector": {ident.replica_id: 10**6},
        "ranges": {ident.replica_id: [1, 10**6]},
        "devices": {},
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "op_count": 10**6,
        "payload": {
            "encoding": fmt.PAYLOAD_ENCODING,
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        },
    }
    text = json.dumps(manifest).encode()
    key = private_key(a.home)
    body = fmt.MAGIC + b"".join(
        struct.pack("<Q", len(p)) + p for p in (text, key.sign(text), payload)
    )
    bomb = out / "bomb.tirek"
    bomb.write_bytes(body + hashlib.sha256(body).digest())
    status, seconds, peak = _child(DATA / "bench-mem", bomb)
    assert status == "refused", status
    ctx.row("hostile files", f"bomb: {len(payload) >> 10} KiB unpacking to 1 GiB: refused",
            seconds, "s")  # fmt: skip
    ctx.row("hostile files", "bomb: peak memory", peak, "MB", aim="< 200")
    a.close()


def run(ctx: Context) -> None:
    out = DATA / "bench-buf-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    try:
        _buffer(ctx, out)
        _waiting_rows(ctx, out)
        _memory(ctx, out)
    finally:
        for name in ("bench-buf-out", "bench-buf-a", "bench-wait-a", "bench-wait-b",
                     "bench-wait-c", "bench-mem", "bench-mem-a"):  # fmt: skip
            shutil.rmtree(DATA / name, ignore_errors=True)
