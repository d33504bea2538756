"""Offline verification: genuine, altered, another network, damaged, unknown issuer,
drafts, revoked, a page that differs from its QR code, and the QR itself scanned."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.core.models import Certificate
from app.core.services import cert_payload as cp
from app.core.services import issuers
from app.core.services import verification as v
from app.core.services.certificates import IssuedCertificate, issue_certificates
from app.core.store import Store
from app.documents.certificates import print_certificates
from app.documents.verify_pdf import pages_in_pdf
from tests.documents.cert_fixtures import make_training, mark_all


def _issue(store: Store) -> tuple[IssuedCertificate, ...]:
    s = make_training(store)
    mark_all(store, s)
    return issue_certificates(store, s.training_id, "ky")


def test_a_genuine_code_and_qr_verify_and_show_the_facts(store: Store) -> None:
    cert = _issue(store)[0]
    assert len(cert.code) == len("7EG5B0TY-0001-K3QX")
    for text in (cert.code, cert.code.lower(), cert.code.replace("-", " "), cert.qr_payload):
        result = v.verify(store, text)
        assert result.status == v.VALID, result.message
        assert result.facts == cert.facts
        assert result.issuer == "Osh-1"
        assert "Revocations known here: 0" in result.freshness
    assert "Айгүл Өмүрбекова" in v.verify(store, cert.code).message


def test_typed_code_forgives_lookalike_letters(store: Store) -> None:
    cert = _issue(store)[0]
    typed = cert.code.replace("0", "O").replace("1", "l")
    assert v.verify(store, typed).status == v.VALID


def _payload_with(store: Store, cert: IssuedCertificate, **changes: object) -> str:
    """The QR text with a fact changed but the old signature kept (a forger's edit)."""
    raw = cp.payload_in_text(cert.qr_payload)
    assert raw is not None
    p = cp.decode(raw)
    assert p is not None
    forged = cp.sign(
        Ed25519PrivateKey.generate(),
        store.require_identity().public_key,
        p.network,
        replace(p.facts, **changes),  # type: ignore[arg-type]
    )
    return cp.qr_text("x", forged[:-64] + raw[-64:])


def test_any_changed_fact_is_altered(store: Store) -> None:
    from datetime import date

    cert = _issue(store)[0]
    for change in (
        {"person_name": "Айгүл Өмүрбекова "},
        {"person_name": "Айгул Омурбекова"},
        {"training_title": "Башка окуу"},
        {"hours": 16.0},
        {"start_date": date(2026, 10, 4)},
        {"issued_on": date(2025, 11, 28)},
        {"organisation": "Башка уюм"},
        {"version": 2},
    ):
        result = v.verify(store, _payload_with(store, cert, **change))
        assert result.status == v.ALTERED, change
        assert "altered" in result.message


def test_a_changed_register_row_is_altered(store: Store) -> None:
    cert = _issue(store)[0]
    with store.engine.begin() as conn:  # someone edits the database behind Tirek's back
        conn.execute(update(Certificate).where(Certificate.id == cert.id).values(hours=40.0))
    # The typed check no longer matches the row's facts: a mistake or a changed paper.
    assert v.verify(store, cert.code).status == v.DAMAGED
    with store.engine.begin() as conn:
        conn.execute(
            update(Certificate)
            .where(Certificate.id == cert.id)
            .values(hours=cert.facts.hours, code=cp.b32(b"\x02" + b"\x00" * 100))
        )
    assert v.verify(store, cert.code).status == v.ALTERED


def test_a_code_from_another_network_has_its_own_message(
    make_store: Callable[..., Store],
) -> None:
    from tests.documents.cert_fixtures import own_network

    ours = make_store("ours")
    theirs = make_store("theirs", device="Naryn-1")
    own_network(ours, "0A0B0C0D")
    own_network(theirs, "11223344")
    cert = _issue(theirs)[0]
    result = v.verify(ours, cert.qr_payload)
    assert result.status == v.OTHER_NETWORK
    assert "another network (11223344)" in result.message


def test_a_corrupted_code_has_its_own_message(store: Store) -> None:
    cert = _issue(store)[0]
    wrong_check = cert.code[:-1] + ("A" if cert.code[-1] != "A" else "B")
    assert v.verify(store, wrong_check).status == v.DAMAGED
    for text in ("hello", "", cert.qr_payload[:-40], cert.qr_payload + "QQ", "ABCDE-12345"):
        result = v.verify(store, text)
        assert result.status == v.DAMAGED, text
        assert "typing mistakes" in result.message


def test_a_laptop_not_in_the_network_cannot_verify_or_issue(
    make_store: Callable[..., Store],
) -> None:
    from app.core.errors import InputError

    lone = make_store("lone", device="Talas-1")
    with pytest.raises(InputError, match="not joined a network"):
        v.verify(lone, "7EG5B0TY-0001-K3QX")


@settings(max_examples=40, deadline=None)
@given(
    name=st.text(min_size=1, max_size=80).filter(lambda x: "\x00" not in x),
    title=st.text(min_size=1, max_size=200).filter(lambda x: "\x00" not in x),
    hours=st.integers(min_value=0, max_value=99999),
)
def test_the_compact_payload_round_trips_any_text(name: str, title: str, hours: int) -> None:
    from datetime import date

    key = Ed25519PrivateKey.generate()
    facts = cp.Facts(
        "7EG5B0TY-0001", name, title, date(2026, 1, 2), date(2026, 1, 5), hours / 100,
        "Org", date(2026, 1, 6), 3,
    )  # fmt: skip
    raw = cp.sign(key, issuers.base64.b64encode(b"k" * 32).decode(), "0A0B0C0D", facts)
    p = cp.decode(cp.unb32(cp.b32(raw)))
    assert p is not None and p.facts == facts


def test_the_payload_is_compact_for_the_longest_name_and_title(store: Store) -> None:
    from tests.documents.test_qr_scan import LONGEST_NAME, LONGEST_TITLE

    s = make_training(store, names=(LONGEST_NAME,))
    from app.core.services import trainings

    trainings.update_training(store, s.training_id, {"title": LONGEST_TITLE})
    mark_all(store, s)
    [cert] = issue_certificates(store, s.training_id, "ky")
    raw = cp.payload_in_text(cert.qr_payload)
    assert raw is not None and len(raw) <= 400
    assert v.verify(store, cert.qr_payload).valid


def test_a_dropped_pdf_verifies_and_its_visible_text_is_compared(
    store: Store, tmp_path: Path
) -> None:
    s = make_training(store)
    mark_all(store, s)
    result = print_certificates(
        store, s.training_id, out=tmp_path / "all.pdf", each_dir=tmp_path / "each"
    )
    pages = pages_in_pdf(tmp_path / "all.pdf")
    assert len(pages) == len(result.certificates)
    checked = [v.verify_page(store, qr, visible) for qr, visible in pages]
    assert all(r.status == v.VALID for r in checked), [r.message for r in checked]
    assert [r.facts for r in checked] == [c.facts for c in result.certificates]
    one = next((tmp_path / "each").iterdir())
    [(payload, _)] = pages_in_pdf(one)
    assert v.verify(store, payload).valid
    # The same page with another name typed over the visible one.
    qr, visible = pages[0]
    name = result.certificates[0].facts.person_name
    forged = v.verify_page(store, qr, visible.replace(name, "Бүбүсара Асанова"))
    assert forged.status == v.PAGE_DIFFERS and "name" in forged.message


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools to render and scan the page",
)
def test_the_printed_qr_code_scans_and_verifies(store: Store, tmp_path: Path) -> None:
    s = make_training(store)
    mark_all(store, s)
    result = print_certificates(store, s.training_id, lang="ky", out=tmp_path / "c.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(tmp_path / "c.pdf"),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    [png] = tmp_path.glob("page*.png")
    scanned = (
        subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, check=True)
        .stdout.decode("utf-8")
        .rstrip("\n")
    )
    assert scanned == result.certificates[0].qr_payload
    assert v.verify(store, scanned).valid
