"""Sync import with origin signatures verified, on a home of its own (no large demo needed).

100,000 ops (people created in bulk) are exported with their origin's checkpoint and
imported into an empty installation; beside it, raw sqlite3 `executemany` of the same op
rows (as in bench_sync), and the verification alone (hash chain over the ops plus one
Ed25519 signature check).
"""

from __future__ import annotations

import shutil
import time

from app.core import chain
from app.core.models import Person, new_id
from app.core.store import Store
from app.sync import exchange, signing
from app.sync.bundle import read_bundle
from benchmarks.bench_sync import N_IMPORT, _bundle_of, _raw_insert, _receiver
from benchmarks.harness import DATA, Context


def run(ctx: Context) -> None:
    home = DATA / "bench-signed"
    out = DATA / "bench-signed-out"
    for p in (home, out):
        shutil.rmtree(p, ignore_errors=True)
    out.mkdir(parents=True)
    store = Store.open(home)
    store.initialise("Bench-Origin")
    with store.write() as w:
        w.create_many(
            Person,
            [{"id": new_id(), "full_name": f"Bench {i}", "notes": str(i)} for i in range(N_IMPORT)],
        )
    ident = store.require_identity()
    bundle = _bundle_of(store, 1, N_IMPORT, out)
    with store.read() as s:
        rows = exchange._read_ops(s, ident.replica_id, 1, N_IMPORT)
    raw = _raw_insert(list(rows))

    decoded = read_bundle(bundle.read_bytes())
    cp = decoded.manifest["checkpoints"][ident.replica_id]
    t = time.perf_counter()
    value = chain.extend(chain.genesis(ident.replica_id), decoded.ops)
    good = signing.verify(ident.public_key, ident.replica_id, N_IMPORT, value, cp["sig"])
    verify_s = time.perf_counter() - t
    assert good and value.hex() == cp["chain"]
    ctx.row("sync signed", "verify chain + signature of 100,000 ops", verify_s, "s", baseline=raw)

    empty = _receiver("bench-signed-empty", store)
    t = time.perf_counter()
    receipt = exchange.import_file(empty, bundle)
    seconds = time.perf_counter() - t
    assert receipt.status == "applied" and receipt.ops_new == N_IMPORT, receipt
    ctx.row(
        "sync signed",
        "import 100,000 signed ops into an empty installation",
        seconds,
        "s",
        baseline=raw,
        aim="<= 3x raw",
    )
    rate = N_IMPORT / seconds
    ctx.row("sync signed", "rate, signatures verified", rate, "ops/s", aim=">= 40,000")
    empty.close()

    # The same import with the signature check switched off: today's flow, same run.
    unsigned = _receiver("bench-signed-plain", store)
    original = signing.verify_import
    signing.verify_import = lambda *_args: []  # type: ignore[assignment]
    try:
        t = time.perf_counter()
        receipt = exchange.import_file(unsigned, bundle)
        plain = time.perf_counter() - t
    finally:
        signing.verify_import = original  # type: ignore[assignment]
    assert receipt.ops_new == N_IMPORT, receipt
    ctx.row("sync signed", "the same import without the signature check", plain, "s", baseline=raw)
    ctx.row("sync signed", "raw sqlite3 executemany of 100,000 op rows", raw, "s")
    unsigned.close()
    store.close()
    for name in ("bench-signed", "bench-signed-out", "bench-signed-empty", "bench-signed-plain"):
        shutil.rmtree(DATA / name, ignore_errors=True)
