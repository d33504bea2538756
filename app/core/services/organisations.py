"""Organisations: women's NGOs, groups, councils, state bodies, partners."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.models import District, Organisation, Person, Region, new_id
from app.core.services.common import DEFAULT_PAGE, Page, like_prefix, require_row
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    apply_rules,
    choice,
    integer,
    long_text,
    phone,
    reference,
    text,
)
from app.core.store import Store
from app.core.text import fold
from app.core.vocab import ORGANISATION_KINDS
from app.core.writer import Writer

# An organisation's relation to the network: a member, or a partner (not a member).
NETWORK_STATUSES = ("member", "partner")


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    kind: str
    region_id: str | None
    district_id: str | None
    phone: str | None
    email: str | None
    address: str | None
    notes: str | None
    people: int = 0
    # The profile (issue 8).
    founding_year: int | None = None
    registration_number: str | None = None
    registration_date: date | None = None
    focus_areas: str | None = None
    membership_size: int | None = None
    contact_person: str | None = None
    network_status: str | None = None  # "member" | "partner" (NETWORK_STATUSES)


def _rules(session: Session) -> dict[str, Rule]:
    return {
        "name": text(required=True, label="Name"),
        "kind": choice(ORGANISATION_KINDS, required=True, label="type of organisation"),
        "region_id": reference(Region, session, label="region"),
        "district_id": reference(District, session, label="district"),
        "phone": phone(),
        "email": text(max_len=200, label="E-mail"),
        "address": text(label="Address"),
        "notes": long_text("Notes"),
        "founding_year": integer(1900, 2100, label="Founding year"),
        "registration_number": text(max_len=64, label="Registration number"),
        "registration_date": a_date(label="Registration date"),
        "focus_areas": long_text("Focus areas"),
        "membership_size": integer(0, 10_000_000, label="Membership size"),
        "contact_person": text(max_len=200, label="Contact person"),
        "network_status": choice(NETWORK_STATUSES, label="relation to the network"),
    }


def create_organisation_in(w: Writer, values: Mapping[str, Any]) -> str:
    """Add an organisation to the registry; returns its id."""
    clean = apply_rules(_rules(w.session), values, partial=False)
    return w.create(Organisation, clean, new_id())


create_organisation = in_one_unit(create_organisation_in)


def update_organisation_in(w: Writer, org_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change some fields of an organisation; returns the fields that changed."""
    clean = apply_rules(_rules(w.session), changes, partial=True)
    return w.update(Organisation, org_id, clean)


update_organisation = in_one_unit(update_organisation_in)


def _row(o: Organisation, people: int = 0) -> OrganisationRow:
    return OrganisationRow(
        o.id,
        o.name,
        o.kind,
        o.region_id,
        o.district_id,
        o.phone,
        o.email,
        o.address,
        o.notes,
        people,
        o.founding_year,
        o.registration_number,
        o.registration_date,
        o.focus_areas,
        o.membership_size,
        o.contact_person,
        o.network_status,
    )


def get_organisation(store: Store, org_id: str) -> OrganisationRow:
    with store.read() as s:
        require_row(s, Organisation, org_id, "organisation")
        org = s.get_one(Organisation, org_id)
        people = s.scalar(
            select(func.count()).where(Person.organisation_id == org_id, Person.deleted.is_(False))
        )
        return _row(org, people or 0)


def list_organisations(
    store: Store,
    *,
    text: str = "",
    region_id: str | None = None,
    kind: str | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
) -> Page[OrganisationRow]:
    """Organisations whose name contains `text`, sorted by name."""
    q = select(Organisation).where(Organisation.deleted.is_(False))
    if text.strip():
        q = q.where(Organisation.name_key.like(f"%{like_prefix(fold(text))}%", escape="\\"))
    if region_id:
        q = q.where(Organisation.region_id == region_id)
    if kind:
        q = q.where(Organisation.kind == kind)
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        rows = s.scalars(q.order_by(Organisation.name_key).offset(offset).limit(limit))
        return Page(tuple(_row(o) for o in rows), total, offset)
