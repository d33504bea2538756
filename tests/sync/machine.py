"""A network of laptops for the sync state machine (tests/sync/test_state_machine.py).

Each laptop is a real installation in its own home folder (copied from the session's
template database, then set up with its own identity and key), driven in-process through
the real services. Every bundle any laptop writes goes into one pool of files, so any
laptop may later import any of them, in any order, again and again: a shared folder, a
USB stick passed around, an e-mail read twice.

The checks are the ones a user relies on:
- an import (file, trust, shared folder) ends with a receipt, or with a Tirek error a
  user can read; any other exception is what the CLI reports as exit 70;
- a refusal is only ever "import the earlier file first" (a gap) for files written by
  honest laptops; anything else ("forged", "differs") is a bug here;
- each laptop's op log holds, per origin, a prefix 1..n, never shrinks, and holds every
  op of every file it imported;
- after a final exchange through the coordinator, every laptop has the same ops, the
  same rows in every syncable table and the same state digest.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import struct
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.core import clock
from app.core.models import SYNCABLE, Peer
from app.core.store import Store
from app.sync import exchange, state
from app.sync.bundle import MAGIC
from tests.sync.helpers import scratch

START_MS = 1_780_000_000_000  # 2026-05-28: where the stepping clock starts


class SteppingClock:
    """Stands in for the `time` module in app.core.clock: every laptop reads one clock
    that steps 1 ms per reading, so clock stamps (and so which of two concurrent values
    is shown) replay exactly when hypothesis replays an example."""

    def __init__(self, start_ms: int) -> None:
        self.ms = start_ms

    def time_ns(self) -> int:
        self.ms += 1
        return self.ms * 1_000_000


def _stepping_datetime(start: datetime) -> type[datetime]:
    """`datetime` for the meetings service: each approval happens one second after the
    previous one, so two approvals of one meeting always differ (a conflict) on replay."""
    ticks = [0]

    class SteppingDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            ticks[0] += 1
            return (start + timedelta(seconds=ticks[0])).replace(tzinfo=tz)

    return SteppingDatetime


@contextmanager
def deterministic(seed: int, start_ms: int) -> Iterator[None]:
    """Seeded uuid4 (row, replica and bundle ids), a stepping clock for clock stamps and
    approval times: what decides which concurrent value shows replays exactly."""
    from app.core.services import meetings

    rng = random.Random(seed)
    saved = uuid.uuid4, clock.time, meetings.datetime
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]
    clock.time = SteppingClock(start_ms)  # type: ignore[assignment]
    meetings.datetime = _stepping_datetime(  # type: ignore[misc]
        datetime.fromtimestamp(start_ms / 1000, UTC)
    )
    try:
        yield
    finally:
        uuid.uuid4, clock.time, meetings.datetime = saved  # type: ignore[assignment,misc]


Vector = dict[str, int]
OP_COLUMNS = "replica_id, seq, hlc, entity, row_id, field, kind, value, parents, author"


class Exit70(AssertionError):
    """An exception a user could cause that is not a Tirek error: the CLI's exit 70."""


class Refused(AssertionError):
    """An honest file refused for a reason other than a gap."""


class Lost(AssertionError):
    """An op log that is not a prefix per origin, shrank, or misses an imported op."""


class Diverged(AssertionError):
    """Laptops holding the same ops show different data, conflicts or ops."""


GAP = "continues an earlier file"
# Exploring: failure classes to skip (comma-separated parts of `kind` in `fail`), so
# that one frequent failure does not hide the others. Never set in the default run.
IGNORED = [k for k in os.environ.get("TIREK_SM_IGNORE", "").split(",") if k]


def fail(kind: str, error: AssertionError) -> None:
    """Raise `error`, or drop the example when its class is being ignored (exploring)."""
    if any(k in kind for k in IGNORED):
        from hypothesis import reject

        reject()
    raise error


def exit_70(what: str, err: Exception) -> None:
    name = type(getattr(err, "orig", None) or err).__name__
    fail(f"exit70:{what}:{name}", Exit70(f"{what}: {type(err).__name__}: {err}"))


def manifest_of(path: Path) -> dict[str, Any]:
    """The manifest of a bundle we wrote ourselves (no verification: a test's peek)."""
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    (n,) = struct.unpack_from("<Q", data, len(MAGIC))
    start = len(MAGIC) + 8
    return dict(json.loads(data[start : start + n]))


@dataclass
class Laptop:
    name: str
    store: Store
    seen: Vector = field(default_factory=dict)  # the vector last checked (never shrinks)
    _raw: Any = None  # a pooled DB-API connection of the store's, for the checks below

    @property
    def replica(self) -> str:
        return self.store.require_identity().replica_id

    def read(self, sql: str) -> list[Any]:
        """The rows of one read, each statement seeing what is committed. The checks run
        after every step of every example: through the driver they skip SQLAlchemy's
        statement machinery, which costs more than these reads do (the same raw values
        as `exec_driver_sql`)."""
        if self._raw is None:
            self._raw = self.store.engine.raw_connection()
        return list(self._raw.driver_connection.execute(sql))

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()  # back to the pool
            self._raw = None

    def vector(self) -> Vector:
        """Max seq per origin (what `state.vector` says, in one query)."""
        rows = self.read("SELECT replica_id, max(seq) FROM op_log GROUP BY 1")
        return {o: int(n) for o, n in rows}


@dataclass(frozen=True)
class Sent:
    path: Path
    sender: int  # index of the laptop that wrote it
    ranges: dict[str, tuple[int, int]]


class Network:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.pool: list[Sent] = []
        self.exports = 0
        self.laptops: list[Laptop] = []
        self.out = root / "files"
        self.shared = root / "shared"
        for folder in (self.out, self.shared):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)

    def add(self, name: str, role: str = "trainer") -> Laptop:
        lap = Laptop(name, reopen(self.root / name, None, name, role))
        self.laptops.append(lap)
        return lap

    def close(self) -> None:
        for lap in self.laptops:
            lap.close()
            lap.store.engine.dispose()

    # -- files ---------------------------------------------------------------------------
    def remember(self, path: Path, sender: int) -> Sent:
        ranges = {o: (int(a), int(b)) for o, (a, b) in manifest_of(path)["ranges"].items()}
        sent = Sent(path, sender, ranges)
        self.pool.append(sent)
        return sent

    def export(self, i: int, **kw: Any) -> Sent | None:
        """`tirek sync export` on laptop i (None: refused with a message, e.g. an unknown
        peer)."""
        self.exports += 1
        out = self.out / f"{self.exports:04d}"
        out.mkdir()
        store = self.laptops[i].store
        result = self.guarded("sync export", exchange.export_bundle, store, out, **kw)
        return None if result is None else self.remember(result.path, i)

    def must_export(self, i: int, **kw: Any) -> Sent:
        sent = self.export(i, **kw)
        if sent is None:
            fail("stalled", Diverged(f"{self.laptops[i].name} cannot export ({kw})"))
        assert sent is not None
        return sent

    # -- checked imports -------------------------------------------------------------------
    def check_receipt(self, i: int, receipt: exchange.Receipt | None, sent: Sent | None) -> None:
        if receipt is None:
            return
        if receipt.status == "refused" and GAP not in receipt.message:
            fail(
                "refused",
                Refused(f"{self.laptops[i].name} refused {receipt.file}: {receipt.message}"),
            )
        if receipt.status in ("applied", "known") and sent is not None:
            self.check_holds(i, sent)

    def check_holds(self, i: int, sent: Sent) -> None:
        have = self.laptops[i].vector()
        for origin, (_first, last) in sent.ranges.items():
            if have.get(origin, 0) < last:
                fail(
                    "lost",
                    Lost(
                        f"{self.laptops[i].name} imported {sent.path.name} but holds "
                        f"{have.get(origin, 0)} < {last} ops of {origin[:8]}"
                    ),
                )

    def guarded(self, what: str, fn: Any, *args: Any, **kw: Any) -> Any:
        """Run an import-like call: its result, or None after a Tirek error (a message the
        user reads); anything else is what the CLI reports as exit 70."""
        from app.core.errors import TirekError

        try:
            return fn(*args, **kw)
        except TirekError:
            return None
        except Exception as err:
            exit_70(what, err)

    def import_file(self, i: int, sent: Sent) -> exchange.Receipt | None:
        receipt = self.guarded(
            "sync import", exchange.import_file, self.laptops[i].store, sent.path
        )
        self.check_receipt(i, receipt, sent)
        return receipt

    def trust(self, i: int, j: int) -> None:
        lap, other = self.laptops[i], self.laptops[j]
        done = self.guarded("sync trust", exchange.trust, lap.store, other.name)
        for r in done[1] if done else ():
            self.check_receipt(i, r, None)

    def trusts(self, i: int, j: int) -> bool | None:
        """Whether laptop i approved laptop j (None: i never heard of j)."""
        key = self.laptops[j].store.require_identity().public_key
        with self.laptops[i].store.read() as s:
            peers = list(s.scalars(select(Peer).where(Peer.public_key == key)))
        if not peers:
            return None
        return any(p.trusted_at is not None for p in peers)

    def introduce_all(self) -> None:
        """Every laptop sends a sync request; every other laptop imports it and approves."""
        requests = [self.must_export(j, empty=True) for j in range(len(self.laptops))]
        for i in range(len(self.laptops)):
            for j, request in enumerate(requests):
                if i != j:
                    self.import_file(i, request)
                    self.trust(i, j)

    # -- the checks after every step -------------------------------------------------------
    def check_logs(self) -> None:
        for lap in self.laptops:
            rows = lap.read(
                "SELECT replica_id, count(*), min(seq), max(seq) FROM op_log GROUP BY 1"
            )
            have: Vector = {}
            for origin, n, lo, hi in rows:
                if lo != 1 or n != hi:
                    fail("lost", Lost(f"{lap.name}: ops of {origin[:8]} are {n} in {lo}..{hi}"))
                have[origin] = hi
            for origin, seq in lap.seen.items():
                if have.get(origin, 0) < seq:
                    fail("lost", Lost(f"{lap.name} lost ops of {origin[:8]}: {seq}"))
            lap.seen = have

    # -- the final exchange ------------------------------------------------------------------
    def settle_everything(self) -> None:
        """Everyone approves everyone, then full exchanges through laptop 0 until quiet."""
        n = len(self.laptops)
        keys = [lap.store.require_identity().public_key for lap in self.laptops]
        for i in range(n):
            with self.laptops[i].store.read() as s:
                known = {p.public_key: p.trusted_at is not None for p in s.scalars(select(Peer))}
            for j in range(n):
                if i != j and not known.get(keys[j]):
                    if keys[j] not in known:
                        self.import_file(i, self.must_export(j, empty=True))
                    self.trust(i, j)
        for _round in range(3):
            for i in range(1, n):
                self.import_file(0, self.must_export(i))
            everything = self.must_export(0)
            for i in range(1, n):
                self.import_file(i, everything)
            after = [lap.vector() for lap in self.laptops]
            if all(v == after[0] for v in after):
                return
        fail("stalled", Diverged(f"no quiescence after 3 full rounds: {after}"))

    def check_converged(self) -> None:
        first = self.laptops[0]
        want_ops = ops_of(first.store)
        want_dump = dump(first.store)
        want_digest = digest(first.store)
        for lap in self.laptops[1:]:
            ops = ops_of(lap.store)
            if ops != want_ops:
                fail(
                    "diverged:ops",
                    Diverged(
                        f"op sets differ: {first.name} {len(want_ops)}, {lap.name} {len(ops)}; "
                        f"only on {first.name}: {sorted(want_ops - ops)[:2]}, "
                        f"only on {lap.name}: {sorted(ops - want_ops)[:2]}"
                    ),
                )
            rows = dump(lap.store)
            if rows != want_dump:
                diff = describe(want_dump, rows, first.name, lap.name)
                fail("diverged:rows", Diverged(f"rows differ: {diff}"))
            got = digest(lap.store)
            if got != want_digest:
                fail(
                    "diverged:conflicts",
                    Diverged(
                        f"same rows, different open conflicts: {first.name} vs {lap.name}: "
                        f"{conflicts(first.store)} vs {conflicts(lap.store)}"
                    ),
                )


def digest(store: Store) -> str:
    with store.read() as s:
        return state.sync_digest(s)


def ops_of(store: Store) -> set[tuple[Any, ...]]:
    with store.read() as s:
        return {tuple(r) for r in s.execute(text(f"SELECT {OP_COLUMNS} FROM op_log"))}


def dump(store: Store) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every row of every syncable table (tombstones too), by table and id."""
    out: dict[str, dict[str, tuple[Any, ...]]] = {}
    with store.read() as s:
        raw = s.connection().connection.driver_connection  # in the session's snapshot
        assert raw is not None
        for name in sorted(SYNCABLE):
            rows = raw.execute(f"SELECT * FROM {name} ORDER BY id")
            out[name] = {r[0]: tuple(r) for r in rows}
    return out


def conflicts(store: Store) -> list[tuple[Any, ...]]:
    with store.read() as s:
        heads = s.execute(
            text(
                "SELECT entity, row_id, field, count(*) FROM field_head "
                "GROUP BY entity, row_id, field HAVING count(*) > 1"
            )
        ).all()
        deleted = s.execute(text("SELECT entity, row_id, edits FROM sync_conflict")).all()
    return [tuple(r) for r in heads] + [tuple(r) for r in deleted]


def describe(a: dict[str, Any], b: dict[str, Any], name_a: str, name_b: str) -> str:
    for table in a:
        if a[table] != b[table]:
            for row_id in sorted(set(a[table]) | set(b[table])):
                ra, rb = a[table].get(row_id), b[table].get(row_id)
                if ra != rb:
                    return f"{table} {row_id[:8]}: {name_a} {ra} / {name_b} {rb}"
    return "?"


# -- networks set up once per test session ----------------------------------------------------
_SNAPSHOTS: dict[int, tuple[Path, list[str], list[str]]] = {}


def _network_snapshot(n: int) -> tuple[Path, list[str], list[str]]:
    """n laptops that approved each other and share a little work: made once per session.

    Each laptop is a real installation made from the template with its own identity;
    every example copies these home folders (marker, keys and all), so within one
    example no two laptops share a replica id or a key, and examples never share files.
    The shared start (four people enrolled in a training of two sessions, a meeting) is
    made by the coordinator and sent to everyone, so edits collide from the first step.
    """
    if n not in _SNAPSHOTS:
        from app.core.services import meetings, people, trainings

        root = Path(tempfile.mkdtemp(prefix=f"tirek-net{n}-", dir=scratch()))
        atexit.register(shutil.rmtree, root, True)
        with deterministic(1000 + n, START_MS):
            net = Network(root)
            net.add("Coordinator", "coordinator")
            for k in range(1, n):  # a second coordinator: merges and approvals on two laptops
                net.add(f"Osh-{k}", "coordinator" if k == 1 else "trainer")
            net.introduce_all()
            coord = net.laptops[0].store
            ids = [people.create_person(coord, {"full_name": f"Person {k}"}) for k in range(4)]
            tid = trainings.create_training(
                coord, {"title": "First aid", "start_date": "2026-03-02", "end_date": "2026-03-04"}
            )
            trainings.enrol(coord, tid, ids)
            sids = [trainings.add_session(coord, tid, {"date": f"2026-03-0{d}"}) for d in (2, 3)]
            mid = meetings.create_meeting(
                coord, {"kind": "ngo", "title": "M", "date": "2026-03-02"}
            )
            everything = net.must_export(0)
            for i in range(1, n):
                net.import_file(i, everything)
            acks = [net.must_export(j, empty=True) for j in range(n)]  # who has what, everywhere
            for i in range(n):
                for j in range(n):
                    if i != j:
                        net.import_file(i, acks[j])
            net.close()
        _SNAPSHOTS[n] = (root, [lap.name for lap in net.laptops], [*ids, tid, *sids, mid])
    return _SNAPSHOTS[n]


def copied_network(n: int) -> tuple[Network, list[str]]:
    """A fresh copy of the n-laptop network; returns it and the ids of the shared rows."""
    source, names, ids = _network_snapshot(n)
    net = Network(_run_root() / f"net{n}")
    for name in names:
        net.laptops.append(Laptop(name, reopen(net.root / name, source / name)))
    return net, ids


_ROOT: list[Path] = []
_OPEN: dict[Path, Store] = {}


def _run_root() -> Path:
    if not _ROOT:
        _ROOT.append(Path(tempfile.mkdtemp(prefix="tirek-sm-", dir=scratch())))
        atexit.register(shutil.rmtree, _ROOT[0], True)
    return _ROOT[0]


def reopen(home: Path, source: Path | None, device: str = "", role: str = "trainer") -> Store:
    """An installation in `home`: a copy of the home folder `source`, or a new one.

    Examples reuse the same home paths and the same `Store` objects: between examples
    the engine's connections are closed and the home folder is replaced whole (database,
    marker, keys), which is what opening a copied home would find. Reusing the engine
    keeps SQLAlchemy's compiled statements, which make up most of a short example.
    """
    store = _OPEN.get(home)
    if store is not None:
        store.engine.dispose()
        shutil.rmtree(home)
        store.forget_identity_cache()
    if source is not None:
        shutil.copytree(source, home)
    if store is None:
        store = Store.open(home)  # a new home: the test session's template copied in
        if device and store.identity() is None:
            store.initialise(device, role)
        _OPEN[home] = store
        atexit.register(store.close)
    elif source is None:
        Store.open(home).close()
        store.initialise(device, role)
    return store
