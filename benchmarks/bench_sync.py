"""Sync on the large demo: full and incremental export, import of a 100,000-op bundle.

Beside the imports, raw sqlite3 `executemany` of the same number of op rows into a table
shaped like op_log (same columns and indexes), in the same run.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from sqlalchemy import insert

from app.core.identity import private_key
from app.core.models import Peer, Person, SyncPeerVector, new_id
from app.core.store import Store
from app.sync import exchange, signing, state
from app.sync.bundle import build_bundle
from benchmarks.harness import DATA, Context, copy_home, large_home

N_IMPORT = 100_000


def _bundle_of(store: Store, first: int, last: int, out: Path) -> Path:
    ident = store.require_identity()
    with store.read() as s:
        ops = exchange._read_ops(s, ident.replica_id, first, last)
    manifest = {
        "bundle_id": new_id(),
        "created_at": "2026-01-01T00:00:00",
        "schema_version": store.schema_version(),
        "sender": {
            "replica_id": ident.replica_id,
            "device_name": ident.device_name,
            "role": ident.role,
            "public_key": ident.public_key,
        },
        "vector": {ident.replica_id: last},
        "ranges": {ident.replica_id: [first, last]},
        "devices": {
            ident.replica_id: {"device_name": ident.device_name, "public_key": ident.public_key}
        },
    }
    with store.read() as s:  # the origin's checkpoint: the import verifies it
        signing.add_checkpoints(store, s, manifest)
    path = out / f"ops-{first}-{last}.tirek"
    path.write_bytes(build_bundle(manifest, ops, private_key(store.home)))
    return path


def _receiver(name: str, sender: Store) -> Store:
    home = DATA / name
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    store.initialise(name)
    ident = sender.require_identity()
    with store.write() as w:  # the sender is already approved here
        w.session.execute(
            insert(Peer).values(
                replica_id=ident.replica_id,
                device_name=ident.device_name,
                role=ident.role,
                public_key=ident.public_key,
                first_seen_at=state.now(),
                trusted_at=state.now(),
                trusted_by="bench",
                retired_at=None,
            )
        )
    return store


def _raw_insert(rows: list[tuple[object, ...]]) -> float:
    path = DATA / "bench-sync-raw.sqlite3"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(
        "CREATE TABLE op_log (replica_id TEXT, seq INTEGER, hlc INTEGER, entity TEXT, "
        "row_id TEXT, field TEXT, kind TEXT, value TEXT, parents TEXT, author TEXT, "
        "PRIMARY KEY (replica_id, seq))"
    )
    con.execute("CREATE INDEX ix1 ON op_log (entity, row_id)")
    con.execute("CREATE INDEX ix2 ON op_log (hlc)")
    t = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO op_log VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute("COMMIT")
    seconds = time.perf_counter() - t
    con.close()
    path.unlink(missing_ok=True)
    return seconds


def run(ctx: Context) -> None:
    home = copy_home(large_home(), "bench-sync")
    out = DATA / "bench-sync-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    store = Store.open(home)
    # The cached large demo predates the `peer` table of the initial schema: add it to the
    # copy (the same DDL the migration makes) rather than rebuilding 1.1 GB.
    Peer.__table__.create(store.engine, checkfirst=True)
    ident = store.require_identity()

    t = time.perf_counter()
    full = exchange.export_bundle(store, out)
    ctx.row("sync export", f"full bundle ({full.op_count:,} ops)", time.perf_counter() - t, "s")
    ctx.row(
        "sync export", "full bundle size per op", full.size / full.op_count, "bytes", aim="< 50"
    )

    # Incremental: a peer that has everything so far; then 1,000 new ops.
    with store.read() as s:
        have = state.vector(s)
    peer_id = new_id()
    with store.write() as w:
        w.session.execute(
            insert(Peer).values(
                replica_id=peer_id,
                device_name="Bench-Peer",
                role="trainer",
                public_key="AAAA",
                first_seen_at=state.now(),
                trusted_at=state.now(),
                trusted_by="bench",
                retired_at=None,
            )
        )
        for origin, seq in have.items():
            w.session.execute(
                insert(SyncPeerVector).values(peer_id=peer_id, origin_id=origin, seq=seq)
            )
    with store.write() as w:
        w.create_many(Person, [{"id": new_id(), "full_name": f"Bench {i}"} for i in range(1000)])
    t = time.perf_counter()
    inc = exchange.export_bundle(store, out, for_peer="Bench-Peer")
    ctx.row(
        "sync export", "incremental (1,000 new ops)", time.perf_counter() - t, "s", aim="< 0.3 s"
    )
    assert inc.op_count == 1000

    bundle = _bundle_of(store, 1, N_IMPORT, out)
    half = _bundle_of(store, 1, N_IMPORT // 2, out)
    ctx.row(
        "sync import",
        "bundle size per op (100,000 ops)",
        bundle.stat().st_size / N_IMPORT,
        "bytes",
        aim="< 50",
    )
    with store.read() as s:
        rows = exchange._read_ops(s, ident.replica_id, 1, N_IMPORT)
    raw = _raw_insert(list(rows))

    empty = _receiver("bench-sync-empty", store)
    t = time.perf_counter()
    receipt = exchange.import_file(empty, bundle)
    seconds = time.perf_counter() - t
    assert receipt.status == "applied" and receipt.ops_new == N_IMPORT, receipt
    ctx.row(
        "sync import",
        "100,000 ops into an empty installation",
        seconds,
        "s",
        baseline=raw,
        aim="<= 5x raw",
    )
    ctx.row(
        "sync import",
        "rate into an empty installation",
        N_IMPORT / seconds,
        "ops/s",
        aim=">= 40,000",
    )
    empty.close()

    halfway = _receiver("bench-sync-half", store)
    assert exchange.import_file(halfway, half).status == "applied"
    t = time.perf_counter()
    receipt = exchange.import_file(halfway, bundle)
    seconds = time.perf_counter() - t
    assert receipt.ops_new == N_IMPORT // 2 and receipt.ops_known == N_IMPORT // 2, receipt
    ctx.row(
        "sync import", "100,000 ops, half already here", seconds, "s", baseline=raw, aim="<= 5x raw"
    )
    ctx.row("sync import", "rate, half already here", N_IMPORT / seconds, "ops/s", aim=">= 40,000")
    ctx.row("sync import", "raw sqlite3 executemany of 100,000 op rows", raw, "s")
    halfway.close()
    store.close()
    for name in ("bench-sync", "bench-sync-out", "bench-sync-empty", "bench-sync-half"):
        shutil.rmtree(DATA / name, ignore_errors=True)
