"""Projects (donor-funded programmes) and their partner organisations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.core.errors import N_, InputError
from app.core.models import Organisation, Project, ProjectPartner, new_id
from app.core.services.common import require_row, set_links
from app.core.services.unit import in_one_unit
from app.core.services.validation import Rule, a_date, apply_rules, long_text, reference, text
from app.core.store import Store
from app.core.writer import Writer


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    donor: str | None
    start_date: date | None
    end_date: date | None
    objectives: str | None
    partner_ids: tuple[str, ...] = ()


def _rules() -> dict[str, Rule]:
    return {
        "name": text(required=True, label="Project name"),
        "donor": text(label="Donor"),
        "start_date": a_date(label="Start date"),
        "end_date": a_date(label="End date"),
        "objectives": long_text("Objectives"),
    }


def _check_period(values: Mapping[str, Any]) -> None:
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        raise InputError(N_("The end date is before the start date."), field="end_date")


def _set_partners(w: Writer, project_id: str, org_ids: Iterable[str]) -> None:
    rule = reference(Organisation, w.session, label="organisation")
    wanted = {rule("partner_ids", o) for o in org_ids}
    set_links(w, ProjectPartner, "project_id", project_id, "organisation_id", wanted)


def create_project_in(w: Writer, values: Mapping[str, Any], partner_ids: Iterable[str] = ()) -> str:
    """Add a project; returns its id."""
    clean = apply_rules(_rules(), values, partial=False)
    _check_period(clean)
    pid = w.create(Project, clean, new_id())
    _set_partners(w, pid, partner_ids)
    return pid


create_project = in_one_unit(create_project_in)


def update_project_in(
    w: Writer,
    project_id: str,
    changes: Mapping[str, Any],
    partner_ids: Iterable[str] | None = None,
) -> set[str]:
    """Change a project's details (and, when given, its partner organisations)."""
    clean = apply_rules(_rules(), changes, partial=True)
    require_row(w.session, Project, project_id, "project")
    p = w.session.get_one(Project, project_id)
    _check_period({"start_date": p.start_date, "end_date": p.end_date, **clean})
    changed = w.update(Project, project_id, clean)
    if partner_ids is not None:
        _set_partners(w, project_id, partner_ids)
    return changed


update_project = in_one_unit(update_project_in)


def list_projects(store: Store) -> list[ProjectRow]:
    with store.read() as s:
        partners: dict[str, list[str]] = {}
        for pp in s.scalars(select(ProjectPartner).where(ProjectPartner.deleted.is_(False))):
            partners.setdefault(pp.project_id, []).append(pp.organisation_id)
        rows = s.scalars(select(Project).where(Project.deleted.is_(False)).order_by(Project.name))
        return [
            ProjectRow(
                p.id,
                p.name,
                p.donor,
                p.start_date,
                p.end_date,
                p.objectives,
                tuple(sorted(partners.get(p.id, ()))),
            )
            for p in rows
        ]
