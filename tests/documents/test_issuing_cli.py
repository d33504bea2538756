"""Issuing authority, revocation, reprints and duplicates through the real `tirek` command,
between real home folders that meet in a shared sync folder.

A coordinator's laptop starts the network; a trainer's laptop joins it with the
invitation file. Training records are made through the services (there is no CLI for
marks yet); everything about certificates goes through the CLI's `main`, in this
process (tests/cli_runner.py). The two laptops are set up once and copied for each test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.store import Store
from tests.cli_runner import tirek
from tests.documents.cert_fixtures import make_training, mark_all


def ok(home: Path, *args: str) -> str:
    done = tirek(home, *args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


ORG = "Кыргызстандын аялдар уюмдарынын форуму"


def _seed(home: Path, *names: str) -> str:
    store = Store.open(home)
    try:
        s = make_training(store, names=names, start=None)
        mark_all(store, s)
        return s.training_id
    finally:
        store.close()


def _sync(shared: Path, *homes: Path) -> None:
    for _ in range(2):
        for h in homes:
            done = tirek(h, "sync", "folder", str(shared))
            assert done.returncode in (0, 3), (done.stdout, done.stderr)


def _print(home: Path, training: str, out: Path, *extra: str) -> dict[str, tuple[str, str]]:
    """name -> (number, short code) as `tirek certificates` prints them."""
    if "--org-name" not in extra:
        extra = (*extra, "--org-name", ORG)
    said = ok(home, "certificates", "--training", training, "--out", str(out), *extra)
    rows = [line.split("\t") for line in said.splitlines() if "\t" in line]
    return {r[2]: (r[0], r[1]) for r in rows}


def _verify(home: Path, code: str) -> str:
    return tirek(home, "verify", code).stdout.split(":", 1)[0]


def _start_network(folder: Path) -> None:
    coord, trainer, shared = folder / "coord", folder / "trainer", folder / "shared"
    shared.mkdir()
    ok(coord, "init", "--device-name", "Bishkek-office", "--role", "coordinator", "--new-network")
    ok(coord, "network", "invite", "--out", str(folder / "invite.json"))
    ok(trainer, "init", "--device-name", "Osh-2", "--invitation", str(folder / "invite.json"))
    _sync(shared, coord, trainer)
    ok(coord, "sync", "trust", "Osh-2")
    ok(trainer, "sync", "trust", "Bishkek-office")


@pytest.fixture
def network(
    copy_of: Callable[[object, Callable[[Path], None], Path], Path], tmp_path: Path
) -> tuple[Path, Path, Path]:
    """A coordinator's and a trainer's laptop that have met (made once, copied per test)."""
    folder = copy_of("issuing network", _start_network, tmp_path / "network")
    return folder / "coord", folder / "trainer", folder / "shared"


def test_a_trainer_prints_drafts_valid_only_once_a_coordinator_signs(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    coord, trainer, shared = network
    training = _seed(coord, "Айгүл Өмүрбекова", "Үмүт Ңаматова")
    _sync(shared, coord, trainer)
    said = ok(
        trainer, "certificates", "--training", training, "--out", str(tmp_path / "d.pdf"),
        "--org-name", ORG,
    )  # fmt: skip
    assert "DRAFT" in said
    code = said.splitlines()[0].split("\t")[1]
    assert _verify(trainer, code) == "NOT APPROVED"
    _sync(shared, trainer, coord)
    assert _verify(coord, code) == "NOT APPROVED"
    assert "Signed 2" in ok(coord, "approve", "--training", training)
    _sync(shared, coord, trainer)
    for home in (coord, trainer):
        assert _verify(home, code) == "VALID"  # the same typed code, now signed
    # A reprint on the trainer's laptop now carries the coordinator's signature.
    again = _print(trainer, training, tmp_path / "final.pdf", "--lang", "ru")
    assert "DRAFT" not in ok(trainer, "verify", str(tmp_path / "final.pdf"))
    assert again["Айгүл Өмүрбекова"][1] == code
    assert ok(coord, "verify", str(tmp_path / "final.pdf")).count("VALID:") == 2


def test_a_withdrawn_laptop_is_refused_from_its_date_on_older_papers_stay_valid(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    coord, trainer, shared = network
    first = _seed(coord, "Айгүл Өмүрбекова")
    second = _seed(coord, "Гүлнара Төлөгөнова")
    ok(coord, "network", "delegate", "Osh-2", "--from", "2026-10-01", "--until", "2026-12-31")
    _sync(shared, coord, trainer)
    before = _print(trainer, first, tmp_path / "a.pdf", "--issued-on", "2026-10-08")
    [(_, old_code)] = before.values()
    assert _verify(trainer, old_code) == "VALID"
    ok(coord, "network", "withdraw", "Osh-2", "--from", "2026-11-01", "--reason", "laptop stolen")
    _sync(shared, coord, trainer)
    after = _print(trainer, second, tmp_path / "b.pdf", "--issued-on", "2026-11-05")
    [(_, new_code)] = after.values()
    _sync(shared, trainer, coord)
    for home in (coord, trainer):
        assert _verify(home, old_code) == "VALID"
        said = tirek(home, "verify", new_code)
        assert said.returncode == 1 and said.stdout.startswith("WITHDRAWN:")
        assert "2026-11-01" in said.stdout and "laptop stolen" in said.stdout


def test_revoked_on_a_laptop_that_synced_the_revocation(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    coord, trainer, shared = network
    training = _seed(coord, "Жаңыл Сүйүнбаева")
    [(number, code)] = _print(coord, training, tmp_path / "c.pdf").values()
    _sync(shared, coord, trainer)
    assert _verify(trainer, code) == "VALID"
    ok(coord, "revoke", number, "--reason", "excluded: did not attend day 3")
    assert _verify(trainer, code) == "VALID"  # not synced yet; freshness says so
    assert "Never synced" not in tirek(trainer, "verify", code).stdout
    _sync(shared, coord, trainer)
    said = tirek(trainer, "verify", code)
    assert said.returncode == 1 and said.stdout.startswith("REVOKED:")
    assert "excluded: did not attend day 3" in said.stdout
    assert "Revocations known here: 1" in said.stdout and "Bishkek-office" in said.stdout
    assert tirek(trainer, "verify", str(tmp_path / "c.pdf")).stdout.startswith("REVOKED:")


def test_earlier_papers_stay_valid_after_a_reprint_in_another_language(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    coord, *_ = network
    training = _seed(coord, "Нурбүбү Үсөнова", "Үмүт Ңаматова")
    ky = _print(coord, training, tmp_path / "ky.pdf", "--lang", "ky")
    ru = _print(coord, training, tmp_path / "ru.pdf", "--lang", "ru", "--org-name", "Форум")
    assert ky == ru
    for paper in ("ky.pdf", "ru.pdf"):
        assert ok(coord, "verify", str(tmp_path / paper)).count("VALID:") == 2
    for _, code in ky.values():
        assert _verify(coord, code) == "VALID"


def test_a_page_whose_visible_name_was_replaced_is_not_plain_valid(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import SANS, register_fonts
    from app.documents.verify_pdf import HIDDEN_MARK, pages_in_pdf

    coord, *_ = network
    training = _seed(coord, "Айгүл Өмүрбекова")
    _print(coord, training, tmp_path / "real.pdf")
    [(qr, _)] = pages_in_pdf(tmp_path / "real.pdf")
    # A forger keeps the genuine QR (and its hidden text) and types another name.
    register_fonts()
    c = Canvas(str(tmp_path / "forged.pdf"), initialFontName=SANS)
    c.setFont(SANS, 20)
    c.drawString(60, 500, "Бүбүсара Асанова")
    c.setFont(SANS, 1)
    c.drawString(60, 30, HIDDEN_MARK + qr)
    c.showPage()
    c.save()
    said = tirek(coord, "verify", str(tmp_path / "forged.pdf"))
    assert said.returncode == 1 and said.stdout.startswith("PAGE DIFFERS:")
    assert "name" in said.stdout and "Айгүл Өмүрбекова" in said.stdout


def test_two_laptops_printing_one_training_end_with_one_number_per_person(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    coord, trainer, shared = network
    names = ("Айгүл Өмүрбекова", "Үмүт Ңаматова", "Гүлнара Төлөгөнова")
    training = _seed(coord, *names)
    ok(coord, "network", "delegate", "Osh-2", "--until", "2099-12-31")
    _sync(shared, coord, trainer)
    on_c = _print(coord, training, tmp_path / "c.pdf")
    on_t = _print(trainer, training, tmp_path / "t.pdf")  # offline: its own numbers
    assert {n for n, _ in on_c.values()}.isdisjoint({n for n, _ in on_t.values()})
    _sync(shared, coord, trainer, coord)
    after = [_print(h, training, tmp_path / f"{h.name}2.pdf") for h in (coord, trainer)]
    assert after[0] == after[1]  # the same number per person on both laptops
    assert len({n for n, _ in after[0].values()}) == len(names)
    for paper in (*on_c.values(), *on_t.values()):  # every paper printed still verifies
        for home in (coord, trainer):
            assert _verify(home, paper[1]) == "VALID"


def test_a_laptop_retired_by_the_coordinator_issues_nothing_valid_after_its_retirement(
    network: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """`tirek sync retire` (not only `network withdraw`) ends a laptop's issuing: papers it
    signs from the retirement's date on are refused, older ones stay valid."""
    coord, trainer, shared = network
    first = _seed(coord, "Айгүл Өмүрбекова")
    second = _seed(coord, "Гүлнара Төлөгөнова")
    ok(coord, "network", "delegate", "Osh-2", "--from", "2026-10-01", "--until", "2027-12-31")
    _sync(shared, coord, trainer)
    before = _print(trainer, first, tmp_path / "a.pdf", "--issued-on", "2026-10-08")
    [(_, old_code)] = before.values()
    _sync(shared, trainer, coord)
    ok(coord, "sync", "retire", "Osh-2", "--reason", "laptop stolen")
    after = _print(trainer, second, tmp_path / "b.pdf", "--issued-on", "2027-01-05")
    assert _verify(coord, old_code) == "VALID"
    said = tirek(coord, "verify", str(tmp_path / "b.pdf"))
    assert said.returncode != 0 and "VALID:" not in said.stdout.replace("NOT VALID", ""), said
    assert "laptop stolen" in said.stdout or "retired" in said.stdout.lower(), said.stdout
    assert after  # the stolen laptop could still print: the paper is what is refused
