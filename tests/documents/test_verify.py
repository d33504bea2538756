"""Offline verification: genuine, altered, another network, damaged, unknown issuer."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, update

from app.core.models import Certificate, Peer
from app.core.services import verification as v
from app.core.services.certificates import IssuedCertificate, issue_certificates
from app.core.store import Store
from app.documents.certificates import print_certificates
from app.documents.verify_pdf import codes_in_pdf
from tests.documents.cert_fixtures import make_training, mark_all


def _issue(store: Store) -> tuple[IssuedCertificate, ...]:
    s = make_training(store)
    mark_all(store, s)
    return issue_certificates(store, s.training_id, "ky")


def test_a_genuine_code_and_qr_payload_verify_and_show_the_facts(store: Store) -> None:
    cert = _issue(store)[0]
    for text in (cert.code, cert.code.lower().replace(" ", ""), cert.qr_payload):
        result = v.verify(store, text)
        assert result.status == v.VALID, result.message
        assert result.facts == cert.facts
        assert result.issuer == "Osh-1"
    assert "Айгүл Өмүрбекова" in v.verify(store, cert.code).message


def test_typed_code_forgives_lookalike_letters(store: Store) -> None:
    cert = _issue(store)[0]
    typed = cert.code.replace("0", "O").replace("1", "l")
    assert v.verify(store, typed).status == v.VALID


def _payload_with(cert: IssuedCertificate, **changes: object) -> str:
    head, body = cert.qr_payload.split("\n", 1)
    facts = json.loads(body)
    facts.update(changes)
    return head + "\n" + json.dumps(facts, ensure_ascii=False)


def test_any_changed_fact_is_altered(store: Store) -> None:
    cert = _issue(store)[0]
    for change in (
        {"name": "Айгүл Өмүрбекова "},  # one extra space
        {"name": "Айгул Омурбекова"},  # Kyrgyz letters replaced
        {"training": "Башка окуу"},
        {"hours": 16},
        {"from": "2026-10-04"},
        {"to": "2026-10-08"},
        {"issued": "2025-11-28"},
        {"org": "Башка уюм"},
        {"n": "AAAAAAAA-0001"},
    ):
        result = v.verify(store, _payload_with(cert, **change))
        assert result.status == v.ALTERED, change
        assert "altered" in result.message


def test_a_changed_register_row_is_altered(store: Store) -> None:
    cert = _issue(store)[0]
    with store.engine.begin() as conn:  # someone edits the database behind Tirek's back
        conn.execute(update(Certificate).where(Certificate.id == cert.id).values(hours=40.0))
    assert v.verify(store, cert.code).status == v.ALTERED


def test_a_code_from_another_network_has_its_own_message(
    make_store: Callable[..., Store],
) -> None:
    ours = make_store("ours")
    theirs = make_store("theirs", device="Naryn-1")
    v.set_network_id(ours, "0A0B0C0D")
    v.set_network_id(theirs, "11223344")
    cert = _issue(theirs)[0]
    result = v.verify(ours, cert.qr_payload)
    assert result.status == v.OTHER_NETWORK
    assert "another network (11223344)" in result.message


def test_a_corrupted_code_has_its_own_message(store: Store) -> None:
    cert = _issue(store)[0]
    raw = cert.code.replace(" ", "")
    flipped = raw[:40] + ("A" if raw[40] != "A" else "B") + raw[41:]
    for text in (flipped, raw[:-5], raw + "Q", "hello", "", cert.qr_payload.split("\n")[0] + "\n{"):
        result = v.verify(store, text)
        assert result.status == v.DAMAGED, text
        assert "typing mistakes" in result.message


def test_unknown_issuer_then_known_once_the_peer_is_trusted(
    make_store: Callable[..., Store],
) -> None:
    coordinator = make_store("coord", device="Bishkek-Office", role="coordinator")
    trainer = make_store("trainer", device="Osh-2")
    network = v.network_id(coordinator)
    v.set_network_id(trainer, network)
    cert = _issue(trainer)[0]
    result = v.verify(coordinator, cert.qr_payload)
    assert result.status == v.UNKNOWN_ISSUER
    assert "does not know" in result.message
    ident = trainer.require_identity()
    now = datetime.now(UTC).replace(tzinfo=None)
    with coordinator.write() as w:
        w.session.execute(
            insert(Peer).values(
                replica_id=ident.replica_id,
                device_name=ident.device_name,
                public_key=ident.public_key,
                first_seen_at=now,
                trusted_at=None,
            )
        )
    assert v.verify(coordinator, cert.qr_payload).status == v.UNKNOWN_ISSUER  # not trusted yet
    with coordinator.write() as w:
        w.session.execute(update(Peer).values(trusted_at=now, trusted_by="Coordinator"))
    result = v.verify(coordinator, cert.qr_payload)
    assert result.status == v.VALID
    assert result.issuer == "Osh-2"
    # A typed code alone: genuine, but the facts are not in this register until sync.
    typed = v.verify(coordinator, cert.code)
    assert typed.status == v.NOT_IN_REGISTER
    assert typed.facts is None


def test_every_status_has_a_different_message(
    make_store: Callable[..., Store],
) -> None:
    store = make_store()
    cert = _issue(store)[0]
    other = make_store("other", device="Talas-1")
    v.set_network_id(other, v.network_id(store))
    foreign = _issue(other)[0]
    messages = {
        v.verify(store, cert.code).template,
        v.verify(store, _payload_with(cert, hours=99)).template,
        v.verify(store, "XXXXX").template,
        v.verify(store, foreign.code).template,
    }
    v.set_network_id(store, "DEADBEEF")
    messages.add(v.verify(store, cert.code).template)
    assert len(messages) == 5


def test_a_dropped_pdf_verifies(store: Store, tmp_path: Path) -> None:
    s = make_training(store)
    mark_all(store, s)
    result = print_certificates(
        store, s.training_id, out=tmp_path / "all.pdf", each_dir=tmp_path / "each"
    )
    codes = codes_in_pdf(tmp_path / "all.pdf")
    assert len(codes) == len(result.certificates)
    checked = [v.verify(store, c) for c in codes]
    assert all(r.status == v.VALID for r in checked)
    assert [r.facts for r in checked] == [c.facts for c in result.certificates]
    one = next((tmp_path / "each").iterdir())
    [payload] = codes_in_pdf(one)
    assert v.verify(store, payload).valid


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
