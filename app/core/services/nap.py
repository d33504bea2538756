"""Monitoring of the National Action Plan on UNSCR 1325: structure, progress, evidence.

The monitoring matrix and the monitoring report are both built by `monitoring()`, so
they cannot disagree: a cell (indicator x period) shows the LATEST progress entry dated
within the period (in the chosen region, or in any region when none is chosen); the
report's "status at the end of the period" is the latest entry of the whole period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError, NotFoundError
from app.core.models import (
    ActionItem,
    Decision,
    Meeting,
    NapEvidence,
    NapIndicator,
    NapObjective,
    NapPlan,
    NapProgress,
    NapTask,
    Region,
    Training,
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
    flag,
    integer,
    long_text,
    parse_date,
    reference,
    text,
)
from app.core.store import Store
from app.core.vocab import NAP_EVIDENCE_KINDS, NAP_PERIODS, NAP_STATUSES
from app.core.writer import Writer

# The status of an indicator as reported in a progress entry. "no_data" is never stored:
# it is what a matrix cell shows when no entry falls in its period.
NO_DATA = "no_data"
# One colour per status, shared by the matrix on screen and the printed/xlsx report.
STATUS_COLOURS = {
    "not_started": "#B8C2CC",
    "in_progress": "#F2C14E",
    "delayed": "#E0605E",
    "achieved": "#4CAF7A",
    NO_DATA: "#FFFFFF",
}
STATUS_NAMES = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "delayed": "Delayed",
    "achieved": "Achieved",
    NO_DATA: "No data",
}

# -- what the services return ------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    code: str
    title: str
    unit: str | None
    baseline: float | None
    target: float | None
    responsible: str | None
    deadline: date | None


@dataclass(frozen=True)
class TaskRow:
    id: str
    code: str
    title: str
    responsible: str | None
    deadline: date | None
    indicators: tuple[IndicatorRow, ...]


@dataclass(frozen=True)
class ObjectiveRow:
    id: str
    code: str
    title: str
    tasks: tuple[TaskRow, ...]


@dataclass(frozen=True)
class PlanDetails:
    id: str
    title: str
    start_year: int | None
    end_year: int | None
    notes: str | None
    is_example: bool
    objectives: tuple[ObjectiveRow, ...]

    def indicators(self) -> list[tuple[ObjectiveRow, TaskRow, IndicatorRow]]:
        return [(o, t, i) for o in self.objectives for t in o.tasks for i in t.indicators]


@dataclass(frozen=True)
class PlanRow:
    id: str
    title: str
    start_year: int | None
    end_year: int | None
    is_example: bool


@dataclass(frozen=True)
class ProgressRow:
    id: str
    indicator_id: str
    date: date
    region_id: str | None
    value: float | None
    status: str
    narrative: str | None
    source: str | None


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    indicator_id: str
    kind: str
    record_id: str
    title: str  # the training's title, meeting's title, decision's or action item's text
    date: date | None
    region_id: str | None
    note: str | None


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date  # inclusive


@dataclass(frozen=True)
class Cell:
    status: str  # one of NAP_STATUSES, or NO_DATA
    value: float | None
    entries: int  # progress entries in the period


@dataclass(frozen=True)
class IndicatorMonitoring:
    indicator: IndicatorRow
    objective_code: str
    task_code: str
    cells: tuple[Cell, ...]  # one per period
    latest: Cell  # the latest entry of the whole range
    entries: tuple[ProgressRow, ...]  # every entry in the range, oldest first
    evidence: tuple[EvidenceRow, ...]  # evidence dated in the range (and region)


@dataclass(frozen=True)
class Monitoring:
    plan: PlanRow
    region_id: str | None
    start: date
    end: date
    periods: tuple[Period, ...]
    rows: tuple[IndicatorMonitoring, ...]

    def counts(self) -> dict[str, int]:
        """How many indicators end the range in each status (NO_DATA included)."""
        out = dict.fromkeys((*NAP_STATUSES, NO_DATA), 0)
        for r in self.rows:
            out[r.latest.status] += 1
        return out


# -- plan structure ------------------------------------------------------------------------


def plan_rules() -> dict[str, Rule]:
    return {
        "title": text(required=True, label="Title"),
        "start_year": integer(1990, 2100, label="First year"),
        "end_year": integer(1990, 2100, label="Last year"),
        "notes": long_text("Notes"),
        "is_example": flag(),
    }


def objective_rules() -> dict[str, Rule]:
    return {
        "code": text(required=True, max_len=32, label="Objective no."),
        "title": text(required=True, max_len=2000, label="Objective"),
        "position": integer(0, 100_000, label="Position"),
    }


def task_rules() -> dict[str, Rule]:
    return {
        "code": text(required=True, max_len=32, label="Task no."),
        "title": text(required=True, max_len=2000, label="Task"),
        "responsible": text(max_len=2000, label="Responsible bodies"),
        "deadline": a_date(label="Deadline"),
        "position": integer(0, 100_000, label="Position"),
    }


def _optional_number(label: str) -> Rule:
    def rule(field: str, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return float(str(value).replace(",", ".").strip())
        except ValueError:
            raise InputError(N_("{label} must be a number."), field=field, label=label) from None

    return rule


def indicator_rules() -> dict[str, Rule]:
    return {
        "code": text(required=True, max_len=32, label="Indicator no."),
        "title": text(required=True, max_len=2000, label="Indicator"),
        "unit": text(max_len=100, label="Unit"),
        "baseline": _optional_number("Baseline"),
        "target": _optional_number("Target"),
        "responsible": text(max_len=2000, label="Responsible bodies"),
        "deadline": a_date(label="Deadline"),
        "position": integer(0, 100_000, label="Position"),
    }


def _check_years(values: Mapping[str, Any]) -> None:
    a, b = values.get("start_year"), values.get("end_year")
    if a is not None and b is not None and b < a:
        raise InputError(N_("The last year cannot be before the first year."), field="end_year")


def create_plan_in(w: Writer, values: Mapping[str, Any]) -> str:
    """Add an (empty) plan: title, start_year, end_year, notes, is_example."""
    clean = apply_rules(plan_rules(), values, partial=False)
    _check_years(clean)
    return w.create(NapPlan, clean, new_id())


create_plan = in_one_unit(create_plan_in)


def _position(values: dict[str, Any], s: DbSession, model: Any, where: Any) -> dict[str, Any]:
    if values.get("position") is None:
        rows = s.scalars(select(model.position).where(where, model.deleted.is_(False))).all()
        values["position"] = max(rows, default=0) + 1
    return values


def _add_part(
    w: Writer,
    model: Any,
    rules: dict[str, Rule],
    under: tuple[Any, str, str],
    values: Mapping[str, Any],
    **more: Any,
) -> str:
    """A part of a plan (objective, task, indicator) under its parent, placed last unless
    its position is given. `under`: the parent's table, the linking field, the parent id."""
    parent, fk, parent_id = under
    clean = apply_rules(rules, values, partial=False)
    require_row(w.session, parent, parent_id, parent.__tablename__.removeprefix("nap_"))
    _position(clean, w.session, model, getattr(model, fk) == parent_id)
    return str(w.create(model, {fk: parent_id, **more, **clean}, new_id()))


def add_objective_in(w: Writer, plan_id: str, values: Mapping[str, Any]) -> str:
    """Add an objective (code, title) to a plan."""
    return _add_part(w, NapObjective, objective_rules(), (NapPlan, "plan_id", plan_id), values)


add_objective = in_one_unit(add_objective_in)


def add_task_in(w: Writer, objective_id: str, values: Mapping[str, Any]) -> str:
    """Add a task (code, title, responsible bodies, deadline) to an objective."""
    under = (NapObjective, "objective_id", objective_id)
    return _add_part(w, NapTask, task_rules(), under, values)


add_task = in_one_unit(add_task_in)


def add_indicator_in(w: Writer, task_id: str, values: Mapping[str, Any]) -> str:
    """Add an indicator (code, title, unit, baseline, target, responsible, deadline)."""
    require_row(w.session, NapTask, task_id, "task")
    task = w.session.get_one(NapTask, task_id)
    plan_id = w.session.get_one(NapObjective, task.objective_id).plan_id
    under = (NapTask, "task_id", task_id)
    return _add_part(w, NapIndicator, indicator_rules(), under, values, plan_id=plan_id)


add_indicator = in_one_unit(add_indicator_in)


_EDITABLE: dict[str, tuple[Any, Any]] = {
    "objective": (NapObjective, objective_rules),
    "task": (NapTask, task_rules),
    "indicator": (NapIndicator, indicator_rules),
}


def delete_part_in(w: Writer, what: str, row_id: str) -> None:
    """Delete an objective, task or indicator with everything under it."""
    model, _ = _EDITABLE[what]
    s = w.session
    require_row(s, model, row_id, what)
    tasks = [row_id] if what == "task" else []
    indicators = [row_id] if what == "indicator" else []
    if what == "objective":
        tasks = list(s.scalars(select(NapTask.id).where(_alive(NapTask, objective_id=row_id))))
    for t in tasks:
        indicators += list(
            s.scalars(select(NapIndicator.id).where(_alive(NapIndicator, task_id=t)))
        )
    for i in indicators:
        for m in (NapProgress, NapEvidence):
            for rid in s.scalars(select(m.id).where(_alive(m, indicator_id=i))).all():
                w.delete(m, rid)
        w.delete(NapIndicator, i)
    for t in tasks:
        w.delete(NapTask, t)
    if what == "objective":
        w.delete(NapObjective, row_id)


delete_part = in_one_unit(delete_part_in)


def _alive(model: Any, **eq: str) -> Any:
    cond = model.deleted.is_(False)
    for k, v in eq.items():
        cond = cond & (getattr(model, k) == v)
    return cond


def list_plans(store: Store) -> list[PlanRow]:
    """Every plan, by title."""
    with store.read() as s:
        rows = s.scalars(select(NapPlan).where(NapPlan.deleted.is_(False)).order_by(NapPlan.title))
        return [PlanRow(p.id, p.title, p.start_year, p.end_year, p.is_example) for p in rows]


def _indicator_row(i: NapIndicator) -> IndicatorRow:
    return IndicatorRow(
        i.id, i.code, i.title, i.unit, i.baseline, i.target, i.responsible, i.deadline
    )


def _plan(s: DbSession, plan_id: str) -> PlanDetails:
    require_row(s, NapPlan, plan_id, "plan")
    p = s.get_one(NapPlan, plan_id)
    objectives = []
    for o in s.scalars(
        select(NapObjective)
        .where(_alive(NapObjective, plan_id=plan_id))
        .order_by(NapObjective.position, NapObjective.code)
    ):
        tasks = []
        for t in s.scalars(
            select(NapTask)
            .where(_alive(NapTask, objective_id=o.id))
            .order_by(NapTask.position, NapTask.code)
        ):
            inds = s.scalars(
                select(NapIndicator)
                .where(_alive(NapIndicator, task_id=t.id))
                .order_by(NapIndicator.position, NapIndicator.code)
            )
            tasks.append(
                TaskRow(
                    t.id,
                    t.code,
                    t.title,
                    t.responsible,
                    t.deadline,
                    tuple(_indicator_row(i) for i in inds),
                )
            )
        objectives.append(ObjectiveRow(o.id, o.code, o.title, tuple(tasks)))
    return PlanDetails(
        p.id, p.title, p.start_year, p.end_year, p.notes, p.is_example, tuple(objectives)
    )


def get_plan(store: Store, plan_id: str) -> PlanDetails:
    """A plan with its objectives, tasks and indicators, in order."""
    with store.read() as s:
        return _plan(s, plan_id)


def find_indicator(store: Store, plan_id: str, code: str) -> IndicatorRow:
    """The indicator of a plan with the given number (e.g. "1.2.1")."""
    with store.read() as s:
        require_row(s, NapPlan, plan_id, "plan")
        i = s.scalars(
            select(NapIndicator).where(_alive(NapIndicator, plan_id=plan_id, code=code.strip()))
        ).first()
        if i is None:
            raise NotFoundError(N_("This plan has no indicator {code}."), code=code)
        return _indicator_row(i)


# -- progress entries ----------------------------------------------------------------------


def _progress_rules(s: DbSession) -> dict[str, Rule]:
    return {
        "date": a_date(required=True, label="Date"),
        "region_id": reference(Region, s, label="region"),
        "value": _optional_number("Value"),
        "status": choice(NAP_STATUSES, label="status"),
        "narrative": long_text("Narrative"),
        "source": text(max_len=300, label="Source"),
    }


def derived_status(value: float | None, baseline: float | None, target: float | None) -> str:
    """The status of an entry that gives a value but no status.

    "achieved" when the value has reached the target (in the direction from the baseline
    to the target: a target below the baseline is reached by going down), otherwise
    "in_progress"; "in_progress" when there is no target.
    """
    if value is None or target is None:
        return "in_progress"
    down = baseline is not None and target < baseline
    reached = value <= target if down else value >= target
    return "achieved" if reached else "in_progress"


def add_progress_in(w: Writer, indicator_id: str, values: Mapping[str, Any]) -> str:
    """Record progress on an indicator: date, region_id, value and/or status, narrative,
    source. Without a status, the status follows from the value (`derived_status`)."""
    s = w.session
    require_row(s, NapIndicator, indicator_id, "indicator")
    clean = apply_rules(_progress_rules(s), values, partial=False)
    if clean["status"] is None:
        if clean["value"] is None:
            raise InputError(N_("Give a value or a status."), field="status")
        ind = s.get_one(NapIndicator, indicator_id)
        clean["status"] = derived_status(clean["value"], ind.baseline, ind.target)
    return w.create(NapProgress, {"indicator_id": indicator_id, **clean}, new_id())


add_progress = in_one_unit(add_progress_in)


def _progress_row(p: NapProgress) -> ProgressRow:
    return ProgressRow(
        p.id, p.indicator_id, p.date, p.region_id, p.value, p.status, p.narrative, p.source
    )


def list_progress(
    store: Store,
    indicator_id: str,
    *,
    region_id: str | None = None,
) -> list[ProgressRow]:
    """Progress entries of an indicator, oldest first (of one region when given)."""
    q = select(NapProgress).where(_alive(NapProgress, indicator_id=indicator_id))
    if region_id:
        q = q.where(NapProgress.region_id == region_id)
    with store.read() as s:
        return [_progress_row(p) for p in s.scalars(q.order_by(NapProgress.date, NapProgress.id))]


# -- evidence ------------------------------------------------------------------------------

_EVIDENCE_MODELS: dict[str, Any] = {
    "training": Training,
    "meeting": Meeting,
    "decision": Decision,
    "action_item": ActionItem,
}


def link_evidence_in(
    w: Writer, indicator_id: str, kind: str, record_id: str, note: str | None = None
) -> str:
    """Link a training, meeting, decision or action item to an indicator as evidence.

    Linking the same record twice (here or on another laptop) makes one link.
    """
    kind = choice(NAP_EVIDENCE_KINDS, required=True, label="kind of evidence")("kind", kind)
    clean_note = long_text("Note")("note", note)
    s = w.session
    require_row(s, NapIndicator, indicator_id, "indicator")
    model = _EVIDENCE_MODELS[kind]
    require_row(s, model, record_id, kind.replace("_", " "))
    row_id = link_id("nap_evidence", indicator_id, kind, record_id)
    existing = s.get(NapEvidence, row_id)
    values = {
        "indicator_id": indicator_id,
        "kind": kind,
        "record_id": record_id,
        "note": clean_note,
    }
    if existing is not None and not existing.deleted:
        w.update(NapEvidence, row_id, {"note": clean_note})
    else:
        w.create(NapEvidence, values, row_id)
    return row_id


link_evidence = in_one_unit(link_evidence_in)


def _evidence_rows(s: DbSession, indicator_ids: list[str]) -> list[EvidenceRow]:
    """Evidence of the indicators with the title, date and region of what it links."""
    out = []
    links = s.scalars(
        select(NapEvidence).where(
            NapEvidence.indicator_id.in_(indicator_ids), NapEvidence.deleted.is_(False)
        )
    ).all()
    for e in links:
        facts = _facts(s, e.kind, e.record_id)
        if facts is None:  # the record was deleted: the link no longer shows
            continue
        title, day, region = facts
        out.append(
            EvidenceRow(e.id, e.indicator_id, e.kind, e.record_id, title, day, region, e.note)
        )
    return sorted(out, key=lambda r: (r.date or date.min, r.kind, r.title))


def _facts(s: DbSession, kind: str, record_id: str) -> tuple[str, date | None, str | None] | None:
    if kind == "training":
        t = s.get(Training, record_id)
        return None if t is None or t.deleted else (t.title, t.start_date, t.region_id)
    meeting_id = record_id
    title = ""
    if kind in ("decision", "action_item"):
        item = s.get(_EVIDENCE_MODELS[kind], record_id)
        if item is None or item.deleted:
            return None
        meeting_id, title = item.meeting_id, item.text
    m = s.get(Meeting, meeting_id)
    if m is None or m.deleted:
        return None
    return (title or m.title, m.date, m.region_id)


def list_evidence(store: Store, indicator_id: str) -> list[EvidenceRow]:
    """Everything linked to an indicator as evidence, oldest first."""
    with store.read() as s:
        require_row(s, NapIndicator, indicator_id, "indicator")
        return _evidence_rows(s, [indicator_id])


# -- the matrix and the report -------------------------------------------------------------


def periods(start: date, end: date, size: str = "quarter") -> tuple[Period, ...]:
    """Calendar months, quarters or years covering start..end (clipped to the range)."""
    if size not in NAP_PERIODS:
        raise InputError(
            N_("The period must be one of: {options}."), options=", ".join(NAP_PERIODS)
        )
    if end < start:
        raise InputError(N_("The end of the period is before its start."), field="end")
    step = {"month": 1, "quarter": 3, "year": 12}[size]
    y, m = start.year, ((start.month - 1) // step) * step + 1
    out = []
    while date(y, m, 1) <= end:
        ny, nm = (y, m + step) if m + step <= 12 else (y + 1, m + step - 12)
        p_end = date(ny, nm, 1) - timedelta(days=1)
        label = {
            "month": f"{y}-{m:02d}",
            "quarter": f"{y} Q{(m - 1) // 3 + 1}",
            "year": str(y),
        }[size]
        out.append(Period(label, max(start, date(y, m, 1)), min(end, p_end)))
        y, m = ny, nm
        if len(out) > 400:
            raise InputError(N_("Choose a shorter range or longer periods."), field="period")
    return tuple(out)


def _cell(entries: list[ProgressRow]) -> Cell:
    if not entries:
        return Cell(NO_DATA, None, 0)
    last = entries[-1]  # entries are sorted by (date, id)
    value = next((e.value for e in reversed(entries) if e.value is not None), None)
    return Cell(last.status, value, len(entries))


def monitoring(
    store: Store,
    plan_id: str,
    *,
    start: date | str,
    end: date | str,
    region_id: str | None = None,
    period: str = "quarter",
) -> Monitoring:
    """The monitoring matrix / report of a plan for a region (all when None) and range.

    A cell shows the status of the latest entry dated in its period and the latest value
    given in it; `latest` does the same for the whole range (the report's status).
    Evidence counts when what it links is dated in the range and, with a region chosen,
    happened in that region.
    """
    try:
        d0, d1 = parse_date(start), parse_date(end)
    except ValueError as err:
        raise InputError(
            N_("{value} is not a date. Write it as 2026-03-15 or 15.03.2026."), value=err.args[0]
        ) from None
    if d0 is None or d1 is None:
        raise InputError(N_("Give the start and the end of the period."))
    cols = periods(d0, d1, period)
    with store.read() as s:
        if region_id:
            require_row(s, Region, region_id, "region")
        plan = _plan(s, plan_id)
        ids = [i.id for _, _, i in plan.indicators()]
        q = select(NapProgress).where(
            NapProgress.indicator_id.in_(ids),
            NapProgress.deleted.is_(False),
            NapProgress.date >= d0,
            NapProgress.date <= d1,
        )
        if region_id:
            q = q.where(NapProgress.region_id == region_id)
        by_ind: dict[str, list[ProgressRow]] = {i: [] for i in ids}
        for p in s.scalars(q.order_by(NapProgress.date, NapProgress.id)):
            by_ind[p.indicator_id].append(_progress_row(p))
        evidence: dict[str, list[EvidenceRow]] = {i: [] for i in ids}
        for e in _evidence_rows(s, ids):
            if e.date is not None and not d0 <= e.date <= d1:
                continue
            if region_id and e.region_id != region_id:
                continue
            evidence[e.indicator_id].append(e)
    rows = []
    for o, t, i in plan.indicators():
        entries = by_ind[i.id]
        cells = tuple(_cell([e for e in entries if p.start <= e.date <= p.end]) for p in cols)
        rows.append(
            IndicatorMonitoring(
                i, o.code, t.code, cells, _cell(entries), tuple(entries), tuple(evidence[i.id])
            )
        )
    return Monitoring(
        PlanRow(plan.id, plan.title, plan.start_year, plan.end_year, plan.is_example),
        region_id,
        d0,
        d1,
        cols,
        tuple(rows),
    )
