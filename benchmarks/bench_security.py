"""Encryption at rest (issue 16): the large installation (100,000 people) encrypted beside
the same installation plain, in the same run.

A copy of the large installation is converted (timed once: the one-time cost of the first
start after the update); then start-up, search-as-you-type, a sync import and a backup run
on both. The key derivation (scrypt, paid once per start) is reported on its own and left
out of the start-up rows. Aim: within 1.3x of plain.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from datetime import datetime

from sqlalchemy import insert

from app.core import backup, passphrase
from app.core.backup import BackupPolicy
from app.core.models import Peer
from app.core.paths import Home
from app.core.services.people import list_people
from app.core.store import Store
from app.sync import exchange, state
from benchmarks.bench_sync import _bundle_of
from benchmarks.harness import DATA, Context, copy_home, large_home, timed

PASSPHRASE = "benchmark passphrase of Osh"
N_IMPORT = 20_000
TYPED = ["Асанова Жаныл", "Asanova Janyl", "Гулнара Омурбекова", "Aigul Bek", "Бермет То"]


def _open(home: object, secret: str | None) -> Store:
    return Store.open(home, secret)  # type: ignore[arg-type]


def _start(home: object, secret: str | None) -> float:
    """Open, check the identity and show the first page of people, as the window does."""

    def once() -> None:
        store = _open(home, secret)
        store.require_identity()
        list_people(store, limit=100, with_total=True)
        store.close()

    seconds, _ = timed(once, repeat=5)
    return seconds


def _search(store: Store) -> float:
    times = []
    for text in TYPED:
        for n in range(1, len(text) + 1):
            t = time.perf_counter()
            list_people(store, text=text[:n], limit=100, with_total=False)
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def _receiver(name: str, sender: Store, secret: str | None) -> Store:
    home = DATA / name
    shutil.rmtree(home, ignore_errors=True)
    store = _open(home, secret)
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


def run(ctx: Context) -> None:
    os.environ.pop(passphrase.ENV, None)  # each side says its passphrase (None: plain)
    plain_home = copy_home(large_home(), "bench-security-plain")
    secret_home = copy_home(large_home(), "bench-security-encrypted")
    out = DATA / "bench-security-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    try:
        size_mb = (plain_home / "tirek.sqlite3").stat().st_size / 1_000_000
        _open(plain_home, None).close()  # migrated if the cached copy is older
        t = time.perf_counter()
        converted = _open(secret_home, PASSPHRASE)
        ctx.row("security", f"convert the plain database ({size_mb:.0f} MB), once",
                time.perf_counter() - t, "s", aim="once, at the first start")  # fmt: skip
        assert converted.converted
        converted.close()

        passphrase._DERIVED.clear()
        kdf, _ = timed(lambda: passphrase.unlock(Home(secret_home), PASSPHRASE))
        ctx.row("security", "key derivation (scrypt N=2^17, r=8), once per start", kdf, "s",
                aim="< 1 s")  # fmt: skip

        plain_start = _start(plain_home, None)
        secret_start = _start(secret_home, PASSPHRASE)
        ctx.row("security", "start-up: open + first page of people (encrypted)",
                secret_start * 1000, "ms", plain_start * 1000, "<= 1.3x plain")  # fmt: skip

        plain = _open(plain_home, None)
        secret = _open(secret_home, PASSPHRASE)
        ctx.row("security", "search keystroke median at 100,000 people (encrypted)",
                _search(secret) * 1000, "ms", _search(plain) * 1000, "<= 1.3x plain")  # fmt: skip

        bundle = _bundle_of(plain, 1, N_IMPORT, out)
        times = {}
        for name, key in (("plain", None), ("encrypted", PASSPHRASE)):
            receiver = _receiver(f"bench-security-receiver-{name}", plain, key)
            t = time.perf_counter()
            receipt = exchange.import_file(receiver, bundle)
            times[name] = time.perf_counter() - t
            assert receipt.status == "applied", receipt
            receiver.close()
        ctx.row("security", f"sync import of {N_IMPORT:,} ops (encrypted)", times["encrypted"],
                "s", times["plain"], "<= 1.3x plain")  # fmt: skip

        policy = BackupPolicy(keep_daily=100)
        now = datetime(2026, 11, 28, 12, 0, 0)
        made = {}
        for name, store in (("plain", plain), ("encrypted", secret)):
            seconds, result = timed(lambda s=store: backup.make_backup(s, now, policy))
            # This backup's manifest and chunks (the copied home may hold older backups).
            files = [result.path, *result.path.parent.joinpath("chunks").iterdir()]
            made[name] = (seconds, sum(f.stat().st_size for f in files) / 1_000_000)
        ctx.row("security", "make_backup, first backup: chunks compressed, sealed (encrypted)",
                made["encrypted"][0], "s", made["plain"][0], "<= 1.3x plain")  # fmt: skip
        ctx.row("security", "backup size: manifest and chunks (encrypted)",
                made["encrypted"][1], "MB", made["plain"][1])  # fmt: skip
        ctx.row("machine", "load average (1 min) at the end", os.getloadavg()[0], "")
        plain.close()
        secret.close()
    finally:
        for path in (plain_home, secret_home, out):
            shutil.rmtree(path, ignore_errors=True)
        for name in ("plain", "encrypted"):
            shutil.rmtree(DATA / f"bench-security-receiver-{name}", ignore_errors=True)
