"""Three installations through the command line only: A -> C -> B, B edits, B -> C -> A."""

from __future__ import annotations

import re
from pathlib import Path

from app.core.services.trainings import update_training
from app.core.store import Store
from tests.cli_runner import tirek
from tests.sync.cli_helpers import digest_of, ok


def _export(home: Path, out: Path, *extra: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    return Path(ok(home, "sync", "export", "--out", str(out), *extra).strip())


def _import_trusting(home: Path, file: Path, sender: str) -> str:
    first = tirek(home, "sync", "import", str(file))
    if first.returncode == 3:  # held until someone approves the sender
        assert "not approved here yet" in first.stdout
        assert sender in ok(home, "sync", "held")
        return ok(home, "sync", "trust", sender)
    assert first.returncode == 0, (first.stdout, first.stderr)
    return first.stdout


def test_a_training_travels_a_to_c_to_b_and_an_edit_comes_back(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    ok(a, "init", "--device-name", "Osh-1")
    ok(b, "init", "--device-name", "Naryn-2")
    ok(c, "init", "--device-name", "Bishkek-office", "--role", "coordinator")
    out = ok(
        a, "training", "add", "--title", "Лидерлик", "--start", "2026-03-01", "--end", "2026-03-02"
    )
    training = out.strip().rsplit(" ", 1)[1]

    f1 = _export(a, tmp_path / "usb1")
    assert "applied from Osh-1: 1 new changes" in _import_trusting(c, f1, "Osh-1")
    f2 = _export(c, tmp_path / "usb2")  # C relays what A made
    assert "1 new changes" in _import_trusting(b, f2, "Bishkek-office")
    assert "Лидерлик" in ok(b, "sync", "log", "training", training)

    # B edits the training it received (through the Python service: no CLI edit command)
    store_b = Store.open(b)
    update_training(store_b, training, {"venue": "Нарын"})
    store_b.close()
    f3 = _export(b, tmp_path / "usb3", "--for", "Bishkek-office")
    assert "1 new changes" in _import_trusting(c, f3, "Naryn-2")
    f4 = _export(c, tmp_path / "usb4", "--for", "Osh-1")
    receipt = _import_trusting(a, f4, "Bishkek-office")
    assert "1 new changes" in receipt
    # re-import is a no-op
    again = tirek(a, "sync", "import", str(f4))
    assert again.returncode == 0 and "already imported" in again.stdout

    digests = {digest_of(h) for h in (a, b, c)}
    assert len(digests) == 1
    for home in (a, b, c):
        log = ok(home, "sync", "log", "training", training)
        lines = log.strip().splitlines()
        assert re.search(r"on Osh-1: create", lines[0])
        assert re.search(r"on Naryn-2: set venue \"Нарын\"", lines[1])


def test_import_exit_codes_are_0_1_and_3(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok(a, "init", "--device-name", "Osh-1")
    ok(b, "init", "--device-name", "Naryn-2")
    ok(a, "training", "add", "--title", "T", "--start", "2026-03-01", "--end", "2026-03-01")
    good = _export(a, tmp_path / "usb")
    junk = tmp_path / "usb" / "letter.tirek"
    junk.write_text("not a bundle")
    held = tirek(b, "sync", "import", str(good))
    assert held.returncode == 3
    both = tirek(b, "sync", "import", str(good), str(junk))
    assert both.returncode == 1
    assert "letter.tirek: REFUSED: This is not a Tirek sync file." in both.stdout
    ok(b, "sync", "trust", "Osh-1")
    assert tirek(b, "sync", "import", str(good)).returncode == 0
    assert digest_of(a) == digest_of(b)
