"""Helpers for sync tests: laptops in one process exchanging real bundle files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core.models import Person
from app.core.store import Store
from app.sync import exchange, state


def digest(store: Store) -> str:
    with store.read() as s:
        return state.sync_digest(s)


def send(src: Store, dst: Store, folder: Path, full: bool = False) -> exchange.Receipt:
    """src exports what dst lacks (as far as src knows); dst imports it, trusting src."""
    folder.mkdir(parents=True, exist_ok=True)
    dst_name = dst.require_identity().device_name
    with src.read() as s:
        known = dst_name in state.device_names(s).values()
    result = exchange.export_bundle(src, folder, for_peer=None if full or not known else dst_name)
    receipt = exchange.import_file(dst, result.path)
    if receipt.status == "held":
        _, receipts = exchange.trust(dst, src.require_identity().device_name)
        receipt = receipts[0]
    assert receipt.status in ("applied", "known"), receipt
    return receipt


def person(store: Store, person_id: str) -> Person:
    with store.read() as s:
        row = s.scalars(select(Person).where(Person.id == person_id)).one()
        s.expunge(row)
        return row
