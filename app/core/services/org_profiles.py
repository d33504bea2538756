"""Organisation profiles and the organisations of a region at a glance.

"Trainings attended" counts the distinct trainings in which at least one of the
organisation's people was enrolled; "meetings held" counts the distinct meetings that at
least one of its people attended. People merged into another record are not counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session as DbSession

from app.core.models import (
    Organisation,
    Person,
)
from app.core.one_person import is_counted
from app.core.services.assessments import AssessmentResult, list_assessments
from app.core.services.gatherings import MEETINGS, TRAININGS, Gathering
from app.core.services.organisations import OrganisationRow, get_organisation
from app.core.store import Store


@dataclass(frozen=True)
class RegionOrganisation:
    id: str
    name: str
    kind: str
    district_id: str | None
    network_status: str | None
    membership_size: int | None
    people: int
    trainings: int
    meetings: int
    assessments: int
    latest_overall: float | None  # the latest assessment's overall score
    latest_percent: float | None


@dataclass(frozen=True)
class OrganisationProfile:
    organisation: OrganisationRow
    trainings: int
    meetings: int
    assessments: tuple[AssessmentResult, ...]  # oldest first


def _attended(s: DbSession, people: ColumnElement[bool], g: Gathering) -> dict[str, int]:
    """organisation id -> the distinct trainings (or meetings) its `people` took part in."""
    rows = s.execute(
        select(Person.organisation_id, func.count(distinct(g.link_to)))
        .join(g.link, g.link.person_id == Person.id)
        .join(g.model, g.model.id == g.link_to)
        .where(people, g.live)
        .group_by(Person.organisation_id)
    )
    return {str(org): n for org, n in rows}


def _counts(
    store: Store, region_id: str | None, org_id: str | None = None
) -> dict[str, tuple[int, int, int]]:
    """organisation id -> (people, trainings, meetings)."""
    alive_person = (
        Person.deleted.is_(False) & is_counted(Person.id) & Person.organisation_id.is_not(None)
    )
    scope: Any = Organisation.deleted.is_(False)
    if region_id:
        scope = scope & (Organisation.region_id == region_id)
    if org_id:
        scope = scope & (Organisation.id == org_id)
    orgs = select(Organisation.id).where(scope)
    people_of = alive_person & Person.organisation_id.in_(orgs)
    with store.read() as s:
        people = dict(
            s.execute(
                select(Person.organisation_id, func.count())
                .where(people_of)
                .group_by(Person.organisation_id)
            ).all()
        )
        trainings = _attended(s, people_of, TRAININGS)
        meetings = _attended(s, people_of, MEETINGS)
        ids = list(s.scalars(orgs))
    return {i: (people.get(i, 0), trainings.get(i, 0), meetings.get(i, 0)) for i in ids}


def region_organisations(store: Store, region_id: str | None) -> list[RegionOrganisation]:
    """The organisations of a region (all when None) with their people, trainings attended,
    meetings held and latest assessment, sorted by name."""
    counts = _counts(store, region_id)
    latest: dict[str, AssessmentResult] = {}
    n_assessed: dict[str, int] = {}
    for a in list_assessments(store, region_id=region_id):
        n_assessed[a.organisation_id] = n_assessed.get(a.organisation_id, 0) + 1
        if a.organisation_id not in latest or a.date >= latest[a.organisation_id].date:
            latest[a.organisation_id] = a
    q = select(Organisation).where(Organisation.id.in_(list(counts)))
    with store.read() as s:
        orgs = list(s.scalars(q.order_by(Organisation.name_key)))
    out = []
    for o in orgs:
        people, trainings, meetings = counts[o.id]
        last = latest.get(o.id)
        out.append(
            RegionOrganisation(
                o.id,
                o.name,
                o.kind,
                o.district_id,
                o.network_status,
                o.membership_size,
                people,
                trainings,
                meetings,
                n_assessed.get(o.id, 0),
                last.overall if last else None,
                last.overall_percent if last else None,
            )
        )
    return out


def organisation_profile(store: Store, org_id: str) -> OrganisationProfile:
    """One organisation's profile, activity counts and assessments (for the PDF profile)."""
    org = get_organisation(store, org_id)
    _, trainings, meetings = _counts(store, None, org_id).get(org_id, (0, 0, 0))
    history = sorted(list_assessments(store, organisation_id=org_id), key=lambda a: a.date)
    return OrganisationProfile(org, trainings, meetings, tuple(history))
