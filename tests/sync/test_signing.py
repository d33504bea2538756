"""Ops signed by their origin, through the `tirek` command (run in this process:
tests/cli_runner.py) between real home folders:
a hand-copied backup converges, a forged relay and a retired laptop's later work are
refused naming the relayer, lost keys lead to a new key the coordinator approves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.core import chain
from app.core.identity import private_key
from app.core.store import Store
from app.sync import exchange, signing, state
from tests.cli_runner import tirek
from tests.sync.cli_helpers import digest_of, ok
from tests.sync.helpers import bundle_from

TRAINING = ("training", "add", "--start", "2026-03-01", "--end", "2026-03-02", "--title")


def _export(home: Path, out: Path, *extra: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    return Path(ok(home, "sync", "export", "--out", str(out), *extra).strip())


def _give(src: Path, dst: Path, out: Path, *extra: str) -> str:
    """src exports (for dst when named), dst imports; approves the sender if it is held."""
    file = _export(src, out, *extra)
    done = tirek(dst, "sync", "import", str(file))
    if done.returncode == 3:
        name = ok(src, "sync", "status").split()[2]
        return ok(dst, "sync", "trust", name)
    assert done.returncode == 0, (done.stdout, done.stderr)
    return done.stdout


def _training(home: Path, title: str) -> str:
    return ok(home, *TRAINING, title).strip().rsplit(" ", 1)[1]


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """Osh-1 (a trainer) and Bishkek-office (the coordinator), approved both ways."""
    a, c = tmp_path / "a", tmp_path / "c"
    ok(a, "init", "--device-name", "Osh-1")
    ok(c, "init", "--device-name", "Bishkek-office", "--role", "coordinator")
    _training(a, "Лидерлик")
    _give(a, c, tmp_path / "f0")
    _give(c, a, tmp_path / "f1")
    return a, c


def _copy_db(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
        if Path(f"{src}{suffix}").exists():
            shutil.copy(f"{src}{suffix}", f"{dst}{suffix}")


def test_a_hand_copied_backup_converges(tmp_path: Path) -> None:
    a, c = _pair(tmp_path)
    _copy_db(a / "tirek.sqlite3", tmp_path / "backup.sqlite3")
    t2 = _training(a, "Second, lost with the copy")
    assert "1 new changes" in _give(a, c, tmp_path / "f2", "--for", "Bishkek-office")
    # The backup is copied over the database by hand: the marker in the folder still
    # names its incarnation, but it is behind the sequence the folder reached.
    _copy_db(tmp_path / "backup.sqlite3", a / "tirek.sqlite3")
    t3 = _training(a, "Third, after the copy")
    receipt = _give(a, c, tmp_path / "f3", "--for", "Bishkek-office")
    assert "REFUSED" not in receipt and "1 new changes" in receipt
    back = _give(c, a, tmp_path / "f4", "--for", "Osh-1")
    assert "REFUSED" not in back and "1 new changes" in back  # its lost training returns
    assert digest_of(a) == digest_of(c)
    for home in (a, c):
        assert "Second" in ok(home, "sync", "log", "training", t2)
        assert "Third" in ok(home, "sync", "log", "training", t3)


def test_a_whole_home_copy_collision_is_explained_and_repaired(tmp_path: Path) -> None:
    a, c = _pair(tmp_path)
    shutil.copytree(a, tmp_path / "home-copy")
    _training(a, "Made before the copy came back")
    _give(a, c, tmp_path / "f2", "--for", "Bishkek-office")
    shutil.rmtree(a)
    shutil.copytree(tmp_path / "home-copy", a)  # marker and all: nothing local can tell
    _training(a, "Same number, other change")
    clash = tirek(c, "sync", "import", str(_export(a, tmp_path / "f3", "--for", "Bishkek-office")))
    assert clash.returncode == 1
    assert "Osh-1 made two different changes under number 2" in clash.stdout
    # The coordinator's full file carries its copy of Osh-1's ops: Osh-1 keeps those and
    # re-issues its own divergent change under a fresh replica id.
    repaired = _give(c, a, tmp_path / "f4")
    assert "REFUSED" not in repaired
    again = _give(a, c, tmp_path / "f5", "--for", "Bishkek-office")
    assert "REFUSED" not in again and "1 new changes" in again
    _give(c, a, tmp_path / "f6", "--for", "Osh-1")
    assert digest_of(a) == digest_of(c)
    log = ok(c, "sync", "status")
    assert log.count("Osh-1") >= 2  # its old and its new replica id


def _forge(relayer_home: Path, victim_name: str, out: Path, signed: bool) -> Path:
    """The relayer (a trusted laptop) writes a change under the victim's replica id."""
    relayer = Store.open(relayer_home)
    try:
        with relayer.read() as s:
            victim = next(r for r, n in state.device_names(s).items() if n == victim_name)
            top = state.vector(s)[victim]
            last = exchange._read_ops(s, victim, top, top)[0]
            start = chain.tip(s.connection(), victim, top)
        forged = (
            victim,
            top + 1,
            last[2] + 1,
            "training",
            last[4],
            "venue",
            "set",
            json.dumps("Forged"),
            None,
            victim_name,
        )
        ranges = {victim: [top + 1, top + 1]}
        value = chain.extend(start, [forged])
        cps = (
            {
                victim: {
                    "seq": top + 1,
                    "chain": value.hex(),
                    "sig": signing.sign(private_key(relayer.home), victim, top + 1, value),
                }
            }
            if signed
            else {}
        )
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"forged-{signed}.tirek"
        path.write_bytes(bundle_from(relayer, [forged], ranges, cps))
        return path
    finally:
        relayer.close()


def test_a_forged_relay_is_refused_naming_the_relayer(tmp_path: Path) -> None:
    a, c = _pair(tmp_path)
    b = tmp_path / "b"
    ok(b, "init", "--device-name", "Naryn-2")
    _give(c, b, tmp_path / "f2")  # Naryn-2 holds Osh-1's training, relayed
    _give(b, c, tmp_path / "f3")  # and is approved by the coordinator
    before = digest_of(c)
    for signed in (True, False):
        done = tirek(c, "sync", "import", str(_forge(b, "Osh-1", tmp_path / "forged", signed)))
        assert done.returncode == 1, done.stdout
        assert "REFUSED: Naryn-2 sent changes" in done.stdout and "of Osh-1" in done.stdout
        assert digest_of(c) == before  # nothing written
    # Osh-1's next real change (the same number the forger used) still imports.
    _training(a, "Real next change")
    receipt = _give(a, c, tmp_path / "f4", "--for", "Bishkek-office")
    assert "REFUSED" not in receipt and "1 new changes" in receipt


def test_a_retired_laptops_later_work_is_refused_when_relayed(tmp_path: Path) -> None:
    a, c = _pair(tmp_path)
    b = tmp_path / "b"
    ok(b, "init", "--device-name", "Naryn-2")
    _give(a, b, tmp_path / "f2")  # Naryn-2 gets Osh-1's work directly
    _give(b, c, tmp_path / "f3")
    _give(c, b, tmp_path / "f3b")
    earlier = _training(a, "Written before the retirement")
    _give(a, b, tmp_path / "f4")
    assert "1 new changes" in _give(b, c, tmp_path / "f5", "--for", "Bishkek-office")
    out = ok(c, "sync", "retire", "Osh-1", "--reason", "stolen")
    assert "Retired Osh-1" in out
    after = _training(a, "Written after the retirement")
    _give(a, b, tmp_path / "f6")  # Naryn-2 has not heard of the retirement yet
    before = digest_of(c)
    f7 = _export(b, tmp_path / "f7", "--for", "Bishkek-office")
    relayed = tirek(c, "sync", "import", str(f7))
    assert relayed.returncode == 1
    assert "REFUSED: Naryn-2 relayed changes that Osh-1 made after it was retired" in relayed.stdout
    assert digest_of(c) == before
    assert "Written before" in ok(c, "sync", "log", "training", earlier)  # earlier work stays
    # The retirement travels: Naryn-2 takes it, refuses Osh-1's direct files, and its own
    # news reaches the coordinator again without Osh-1's later work.
    _give(c, b, tmp_path / "f8", "--for", "Naryn-2")
    direct = tirek(b, "sync", "import", str(_export(a, tmp_path / "f9")))
    assert direct.returncode == 1 and "Osh-1 was retired by" in direct.stdout
    _training(b, "Naryn-2's own news")
    news = _give(b, c, tmp_path / "f10", "--for", "Bishkek-office")
    assert "REFUSED" not in news and "1 new changes" in news
    assert ok(c, "sync", "log", "training", after).strip() == ""


def test_lost_keys_give_a_message_then_rekey_and_approval(tmp_path: Path) -> None:
    a, c = _pair(tmp_path)
    unsent = _training(a, "Made before the key was lost")
    shutil.rmtree(a / "keys")
    failed = tirek(a, "sync", "export", "--out", str(tmp_path))
    assert failed.returncode == 2, failed
    assert "signing key is missing" in failed.stderr and "tirek sync rekey" in failed.stderr
    out = ok(a, "sync", "rekey")
    fingerprint = out.split("New signing key for Osh-1: ")[1].split()[0]
    assert "1 changes not yet acknowledged" in out
    held = tirek(c, "sync", "import", str(_export(a, tmp_path / "f2", "--for", "Bishkek-office")))
    assert held.returncode == 3 and fingerprint in held.stdout  # held until approved
    approved = ok(c, "sync", "trust", fingerprint)
    assert "REFUSED" not in approved and "applied" in approved
    _give(c, a, tmp_path / "f3", "--for", fingerprint)  # two keys are called Osh-1 now
    assert digest_of(a) == digest_of(c)
    assert "Made before the key was lost" in ok(c, "sync", "log", "training", unsent)


def test_a_file_showing_this_laptops_later_ops_reincarnates_it_before_it_writes(
    tmp_path: Path,
) -> None:
    """A whole home folder put back (marker too) that has not written yet: the peer's file
    holds its later ops, signed with its own key, so it takes a fresh id before writing."""
    from app.core.services.people import create_person
    from tests.sync.helpers import digest, put_back_from_copy, send

    a, c = Store.open(tmp_path / "a"), Store.open(tmp_path / "c")
    a.initialise("Osh-1")
    c.initialise("Bishkek-office", "coordinator")
    create_person(a, {"full_name": "Айдана"})
    send(a, c, tmp_path / "f1")
    a = put_back_from_copy(a, c, tmp_path)
    old = a.require_identity().replica_id
    try:
        receipt = send(c, a, tmp_path / "f3", full=True)
        assert receipt.ops_new == 1
        assert a.require_identity().replica_id != old  # before it wrote anything
        create_person(a, {"full_name": "After the copy"})
        assert send(a, c, tmp_path / "f4").ops_new == 1
        assert digest(a) == digest(c)
    finally:
        a.close()
        c.close()


def test_a_forged_change_beyond_a_gap_is_refused_and_never_waits(tmp_path: Path) -> None:
    """Ops that continue an earlier file not here yet wait in the buffer; a forged one must
    not wait there to slip in once the gap fills: its origin's signature is checked on
    arrival, and buffered ops enter the op log only where their chain matches it."""
    a, c = _pair(tmp_path)
    b = tmp_path / "b"
    ok(b, "init", "--device-name", "Naryn-2")
    _give(c, b, tmp_path / "f2")
    _give(b, c, tmp_path / "f3")
    forged = _forge(b, "Osh-1", tmp_path / "forged", signed=True)
    # Move the forged op one step on, so it lies beyond a gap on the coordinator's side.
    relayer = Store.open(b)
    try:
        with relayer.read() as s:
            victim = next(r for r, n in state.device_names(s).items() if n == "Osh-1")
            top = state.vector(s)[victim]
            last = exchange._read_ops(s, victim, top, top)[0]
        op = (victim, top + 2, last[2] + 2, "training", last[4], "venue", "set",
              json.dumps("Forged"), None, "Osh-1")  # fmt: skip
        value = chain.extend(bytes(32), [op])
        sig = signing.sign(private_key(relayer.home), victim, top + 2, value)
        cps = {victim: {"seq": top + 2, "chain": value.hex(), "sig": sig}}
        forged.write_bytes(bundle_from(relayer, [op], {victim: [top + 2, top + 2]}, cps))
    finally:
        relayer.close()
    before = digest_of(c)
    done = tirek(c, "sync", "import", str(forged))
    assert done.returncode == 1 and "REFUSED: Naryn-2 sent changes" in done.stdout, done.stdout
    assert digest_of(c) == before
    # Osh-1's real next two changes arrive and apply; nothing forged was waiting for them.
    _training(a, "Real one")
    _training(a, "Real two")
    receipt = _give(a, c, tmp_path / "f4", "--for", "Bishkek-office")
    assert "REFUSED" not in receipt and "2 new changes" in receipt, receipt
    store = Store.open(c)
    try:
        with store.read() as s:
            venues = [v for (v,) in s.connection().exec_driver_sql("SELECT venue FROM training")]
            waiting = s.connection().exec_driver_sql("SELECT count(*) FROM sync_buffer").scalar()
    finally:
        store.close()
    assert "Forged" not in venues and waiting == 0
