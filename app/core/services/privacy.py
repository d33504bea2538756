"""Consent as data and erasure of a person (issue 16; docs/privacy-erasure.md).

Consent: every statement (given or withdrawn, for data, photos or being contacted) is a
`consent_record` row, never edited; the current value of a kind is the latest statement
(by when it was given, then id), so two laptops recording offline never conflict and
the whole history is kept. A person with no statement of a kind has the value of the
old box on her record (`person.consent_data` / `consent_photo`): it is shown as "paper
sheet, before records". Quick add, self-registration, the person editor and the
attendance grid all record statements through `record_consent_in`.

Erasure: `erase_person` writes a `person_erasure` record (it travels by sync) and
scrubs her values here (app/core/erasure.py); every laptop that imports it does the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.core import erasure
from app.core.errors import N_, InputError
from app.core.identity import load_identity
from app.core.models import ConsentRecord, Person, PersonErasure, link_id, new_id
from app.core.opcodec import row_key, row_text
from app.core.rights import require
from app.core.services.common import require_row
from app.core.services.unit import in_one_unit
from app.core.store import Store
from app.core.vocab import CONSENT_KINDS, CONSENT_WAYS
from app.core.writer import Writer

BEFORE_RECORDS = "before_records"

# The current data consent of person alias `p` (SQL): the latest statement, else the box.
_CURRENT = (
    "COALESCE((SELECT c.given FROM consent_record c WHERE c.person_id = {p}.id "
    "AND c.kind = '{kind}' AND c.deleted = 0 ORDER BY c.given_at DESC, c.id DESC LIMIT 1), "
    "{fallback})"
)


def current_sql(alias: str = "person", kind: str = "data") -> str:
    """SQL for a person's current consent of `kind` (1/0), for reports and exports."""
    fallback = f"{alias}.consent_{kind}" if kind in ("data", "photo") else "0"
    return _CURRENT.format(p=alias, kind=kind, fallback=fallback)


@dataclass(frozen=True)
class Statement:
    id: str | None  # None: the box on the record before statements existed
    kind: str
    given: bool
    given_at: datetime | None
    how: str
    witness: str | None
    recorded_by: str | None
    recorded_on: str | None


@dataclass(frozen=True)
class Consent:
    person_id: str
    current: dict[str, bool]  # kind -> given now
    history: list[Statement]  # newest first
    erased: bool


def _check(kind: str, how: str, witness: str | None) -> None:
    if kind not in CONSENT_KINDS:
        raise InputError(
            N_("{value} is not a kind of consent (data, photo or contact)."),
            field="kind",
            value=kind,
        )
    if how not in CONSENT_WAYS or how == BEFORE_RECORDS:
        raise InputError(
            N_("{value} is not a way of giving consent (paper_sheet, self_registration, verbal)."),
            field="how",
            value=how,
        )
    if how == "verbal" and not (witness or "").strip():
        raise InputError(N_("Consent given verbally needs the name of a witness."), field="witness")


def record_consent_in(
    w: Writer,
    person_id: str,
    kind: str,
    given: bool,
    how: str,
    witness: str | None = None,
    given_at: datetime | None = None,
) -> str:
    """Record one consent statement of a registered person (the screens, the command line;
    inside another unit of work: quick add, registration, the person form)."""
    _check(kind, how, witness)
    if given_at is not None and given_at.date() > date.today():
        # The latest statement is the current consent: one dated ahead would outrank every
        # withdrawal recorded until that day.
        raise InputError(
            N_("Consent cannot be dated in the future ({value}): give the day she gave it."),
            field="given_at",
            value=given_at.date().isoformat(),
        )
    require_row(w.session, Person, person_id, "person")
    ident = load_identity(w.session)
    return w.create(
        ConsentRecord,
        {
            "person_id": person_id,
            "kind": kind,
            "given": bool(given),
            # To the microsecond: two statements in one second (ticked, then cleared) keep
            # their order; the latest one is the current consent.
            "given_at": given_at or datetime.now(),
            "how": how,
            "witness": (witness or "").strip() or None,
            "recorded_by": w.author,
            "recorded_on": ident.device_name if ident else None,
        },
        new_id(),
    )


record_consent = in_one_unit(record_consent_in)


def consent_of(store: Store, person_id: str) -> Consent:
    with store.read() as s:
        require_row(s, Person, person_id, "person")
        person = s.get_one(Person, person_id)
        rows = s.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.person_id == person_id, ConsentRecord.deleted.is_(False))
            .order_by(ConsentRecord.given_at.desc(), ConsentRecord.id.desc())
        ).all()
        history = [
            Statement(
                r.id, r.kind, r.given, r.given_at, r.how, r.witness, r.recorded_by, r.recorded_on
            )
            for r in rows
        ]
        current: dict[str, bool] = {}
        for st in history:
            current.setdefault(st.kind, st.given)
        for kind, box in (("data", person.consent_data), ("photo", person.consent_photo)):
            if kind not in current:
                current[kind] = bool(box)
                if box:
                    history.append(
                        Statement(None, kind, True, None, BEFORE_RECORDS, None, None, None)
                    )
        current.setdefault("contact", False)
        return Consent(person_id, current, history, is_erased(s, person_id))


def with_data_consent(session: Session, person_ids: Iterable[str]) -> set[str]:
    """Those of `person_ids` whose current data consent is given."""
    ids = sorted(set(person_ids))
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ", ".join(f":p{n}" for n in range(len(part)))
        sql = f"SELECT person.id FROM person WHERE person.id IN ({marks}) AND {current_sql()} = 1"
        # Ids bound and read as the table stores them (16 bytes, app/core/models/base.py).
        params: dict[str, Any] = {f"p{n}": row_key(pid) for n, pid in enumerate(part)}
        out.update(row_text(i) for i in session.scalars(text(sql), params))
    return out


# -- erasure ------------------------------------------------------------------------------
def is_erased(session: Session, person_id: str) -> bool:
    row = session.get(PersonErasure, link_id("erasure", person_id))
    return row is not None and not row.deleted


def erase_person(store: Store, person_id: str, reason: str) -> str:
    """Erase a person on her request; returns the placeholder name she is shown under.

    Cannot be undone: her values are overwritten here and, as the record travels, on
    every laptop that imports it.
    """
    require(store, "erase_person")
    if not (reason or "").strip():
        raise InputError(
            N_("Say why the person is erased (e.g. her request of a date)."), field="reason"
        )
    ident = store.require_identity()
    with store.write() as w:
        require_row(w.session, Person, person_id, "person")
        if is_erased(w.session, person_id):
            raise InputError(N_("This person was erased already."))
        w.create(
            PersonErasure,
            {
                "person_id": person_id,
                "erased_at": datetime.now().replace(microsecond=0),
                "erased_by": w.author,
                "erased_on": ident.device_name,
                "reason": reason.strip(),
            },
            link_id("erasure", person_id),
        )
        erasure.apply_erasure(w.session, person_id)
    erasure.wipe_freed_pages(store)
    return erasure.placeholder(person_id)
