"""Results of organisations and local authorities: a local development plan or programme
that took up a gender issue, a budget line, a local council decision, with the
organisations and meetings that advocated it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.models import (
    District,
    LocalResult,
    LocalResultLink,
    Meeting,
    Organisation,
    Project,
    Region,
    link_id,
    new_id,
)
from app.core.services.common import require_row
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    apply_rules,
    choice,
    long_text,
    reference,
    text,
)
from app.core.vocab import LOCAL_RESULT_KINDS
from app.core.writer import Writer


def record_local_result_in(
    w: Writer,
    values: Mapping[str, Any],
    organisation_ids: Iterable[str] = (),
    meeting_ids: Iterable[str] = (),
) -> str:
    """Record a local result and who advocated it; returns its id."""
    s = w.session
    rules: dict[str, Rule] = {
        "kind": choice(LOCAL_RESULT_KINDS, required=True, label="kind of result"),
        "title": text(required=True, label="Title"),
        "date": a_date(required=True, label="Date"),
        "region_id": reference(Region, s, label="region"),
        "district_id": reference(District, s, label="district"),
        "project_id": reference(Project, s, label="project"),
        "description": long_text("Description"),
        "document": long_text("Document"),
    }
    clean = apply_rules(rules, values, partial=False)
    result_id = w.create(LocalResult, clean, new_id())
    # Who advocated it: each link names an organisation or a meeting, never both.
    for what, model, ids in (
        ("organisation", Organisation, organisation_ids),
        ("meeting", Meeting, meeting_ids),
    ):
        for other in sorted(set(ids)):
            require_row(s, model, other, what)
            links = {"organisation_id": None, "meeting_id": None, f"{what}_id": other}
            w.create(
                LocalResultLink, {"result_id": result_id, **links}, link_id(result_id, what, other)
            )
    return result_id


record_local_result = in_one_unit(record_local_result_in)
