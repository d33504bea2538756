"""The indicators Tirek computes from the records, each traceable to its records.

Every definition (vocab.INDICATOR_DEFINITIONS) is one function of the database, the
project and the period's first and last day, returning the number, its breakdown by sex
where it counts people, and the records behind it. The same function serves the value
and its trace, so the list a coordinator opens is by construction what was counted.

People are counted once after duplicates were merged (`people.canonical`); deleted rows
never count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import (
    Assessment,
    AssessmentScore,
    IndicatorTarget,
    IndicatorValue,
    LocalResult,
    Organisation,
    Outcome,
    Project,
    ProjectPartner,
    ResultIndicator,
    ResultStatement,
    Training,
)
from app.core.services.assessments import compute_scores, percent
from app.core.services.common import driver_rows, require_row
from app.core.services.results.framework import normal_period, period_bounds
from app.core.services.results.knowledge import paired_scores
from app.core.services.results.people import UNKNOWN, canonical
from app.core.store import Store
from app.core.vocab import ATTENDED


@dataclass(frozen=True)
class Record:
    """One record behind a number: what it is, its id, and a line a person can read."""

    kind: str  # "person" | "outcome" | "local_result" | "organisation" | "value"
    id: str
    label: str
    detail: str = ""
    code: str = ""  # a vocabulary code that screens and printouts show in words


@dataclass(frozen=True)
class Computed:
    value: float | None
    by_sex: dict[str, float] = field(default_factory=dict)
    records: tuple[Record, ...] = ()


@dataclass(frozen=True)
class IndicatorResult:
    indicator_id: str
    code: str
    name: str
    definition: str
    period: str
    value: float | None
    baseline: float | None
    target: float | None
    by_sex: dict[str, float]
    records: tuple[Record, ...]


class _Context:
    """What several definitions share within one computation, each read once."""

    def __init__(self, s: DbSession, project_id: str) -> None:
        self.s = s
        self.project_id = project_id
        self._canon: dict[str, str] | None = None
        self._people: dict[str, tuple[str, str]] | None = None
        self._attended: dict[tuple[date, date | None], dict[str, date]] = {}
        self._marks: tuple[tuple[date, date], dict[str, date]] | None = None

    @property
    def canon(self) -> dict[str, str]:
        if self._canon is None:
            self._canon = canonical(self.s)
        return self._canon

    def first_days(self, until: date, since: date) -> dict[str, date]:
        """Person kept -> the first day from `since` to `until` she attended one of the
        project's sessions: read with the driver (a large project has 250,000 marks)."""
        if self._marks is None or self._marks[0] != (until, since):
            rows = driver_rows(
                self.s,
                # Ids as stored (16 bytes): bound and read through op_key / row_text.
                "SELECT row_text(am.person_id), s.date FROM training t "
                "JOIN session s ON s.training_id = t.id "
                "JOIN attendance_mark am ON am.session_id = s.id "
                "WHERE t.project_id = op_key(?) AND t.deleted = 0 AND s.deleted = 0 "
                "AND am.deleted = 0 "
                f"AND am.status IN ({', '.join(repr(a) for a in sorted(ATTENDED))}) "
                "AND s.date BETWEEN ? AND ?",
                (self.project_id, since.isoformat(), until.isoformat()),
            )
            # ISO dates compare as text: keep the first day per person, convert that one.
            first: dict[str, str] = {}
            canon = self.canon
            for pid, day in rows:
                k = canon.get(pid, pid)
                if day < first.get(k, "9999"):
                    first[k] = day
            self._marks = (
                (until, since),
                {p: date.fromisoformat(d) for p, d in first.items() if self.person(p)[0]},
            )
        return self._marks[1]

    def person(self, pid: str) -> tuple[str, str]:
        """(full name, sex) of a person kept after merges; ("", "") when deleted."""
        if self._people is None:
            # One read of the registry beats one query per person counted (thousands).
            self._people = {
                i: (name, sex or UNKNOWN)
                for i, name, sex in driver_rows(
                    self.s, "SELECT row_text(id), full_name, sex FROM person WHERE deleted = 0"
                )
            }
        return self._people.get(pid, ("", ""))


def _attended(ctx: _Context, until: date, since: date | None = None) -> dict[str, date]:
    """Person kept -> the first day she attended a session of the project's trainings up
    to `until` (from `since`, when given); each pair of bounds is read once."""
    key = (until, since)
    if key not in ctx._attended:
        ctx._attended[key] = ctx.first_days(until, since or date(1, 1, 1))
    return ctx._attended[key]


def _people_result(
    ctx: _Context, pids: Sequence[str], sex: str | None, detail: dict[str, str]
) -> Computed:
    chosen = [p for p in pids if sex is None or ctx.person(p)[1] == sex]
    by_sex: dict[str, float] = defaultdict(float)
    for p in chosen:
        by_sex[ctx.person(p)[1]] += 1
    records = tuple(
        Record("person", p, ctx.person(p)[0], detail.get(p, ""))
        for p in sorted(chosen, key=lambda p: (ctx.person(p)[0].casefold(), p))
    )
    return Computed(float(len(chosen)), dict(sorted(by_sex.items())), records)


def _people_trained(ctx: _Context, ind: ResultIndicator, start: date, end: date) -> Computed:
    first = _attended(ctx, end, start)
    return _people_result(ctx, list(first), ind.sex, {p: d.isoformat() for p, d in first.items()})


def _knowledge_share(ctx: _Context, ind: ResultIndicator, start: date, end: date) -> Computed:
    trainings = list(
        ctx.s.scalars(
            select(Training.id).where(
                Training.project_id == ctx.project_id,
                Training.deleted.is_(False),
                Training.start_date >= start,
                Training.start_date <= end,
            )
        )
    )
    margin = ind.margin if ind.margin is not None else 1.0
    tested = 0
    rose = 0
    by_sex_n: dict[str, int] = defaultdict(int)
    by_sex_rose: dict[str, int] = defaultdict(int)
    records = []
    for _training, pairs in sorted(paired_scores(ctx.s, trainings, ctx.canon).items()):
        for pid, (pre, post) in sorted(pairs.items()):
            if not ctx.person(pid)[0]:
                continue
            sex = ctx.person(pid)[1]
            if ind.sex is not None and sex != ind.sex:
                continue
            up = post - pre >= margin
            tested += 1
            rose += up
            by_sex_n[sex] += 1
            by_sex_rose[sex] += up
            detail = f"{pre:g} → {post:g}" + (" ✓" if up else "")
            records.append(Record("person", pid, ctx.person(pid)[0], detail))
    if not tested:
        return Computed(None, {}, ())
    by_sex = {k: round(100 * by_sex_rose[k] / n, 1) for k, n in sorted(by_sex_n.items())}
    return Computed(round(100 * rose / tested, 1), by_sex, tuple(records))


def _trained_outcome(kind: str) -> Callable[[_Context, ResultIndicator, date, date], Computed]:
    def compute(ctx: _Context, ind: ResultIndicator, start: date, end: date) -> Computed:
        first = _attended(ctx, end)
        counted: dict[str, str] = {}
        for o in ctx.s.scalars(
            select(Outcome)
            .where(
                Outcome.kind == kind,
                Outcome.deleted.is_(False),
                Outcome.date >= start,
                Outcome.date <= end,
            )
            .order_by(Outcome.date, Outcome.id)
        ):
            k = ctx.canon.get(o.person_id, o.person_id)
            # Counted when it followed her first attended day of the project's trainings.
            if k in first and first[k] <= o.date and k not in counted:
                counted[k] = o.date.isoformat()
        return _people_result(ctx, list(counted), ind.sex, counted)

    return compute


def _local_results(ctx: _Context, ind: ResultIndicator, start: date, end: date) -> Computed:
    rows = list(
        ctx.s.scalars(
            select(LocalResult)
            .where(
                LocalResult.project_id == ctx.project_id,
                LocalResult.deleted.is_(False),
                LocalResult.date >= start,
                LocalResult.date <= end,
            )
            .order_by(LocalResult.date, LocalResult.id)
        )
    )
    records = tuple(Record("local_result", r.id, r.title, r.date.isoformat(), r.kind) for r in rows)
    return Computed(float(len(rows)), {}, records)


def _capacity_rose(ctx: _Context, ind: ResultIndicator, start: date, end: date) -> Computed:
    orgs = set(
        ctx.s.scalars(
            select(ProjectPartner.organisation_id).where(
                ProjectPartner.project_id == ctx.project_id, ProjectPartner.deleted.is_(False)
            )
        )
    )
    assessments = list(
        ctx.s.scalars(
            select(Assessment)
            .where(
                Assessment.organisation_id.in_(orgs),
                Assessment.deleted.is_(False),
                Assessment.date <= end,
            )
            .order_by(Assessment.date, Assessment.id)
        )
    )
    scores: dict[str, list[tuple[str, float, int | None]]] = defaultdict(list)
    for sc in ctx.s.scalars(
        select(AssessmentScore).where(
            AssessmentScore.assessment_id.in_([a.id for a in assessments]),
            AssessmentScore.deleted.is_(False),
        )
    ):
        scores[sc.assessment_id].append((sc.dimension_id, sc.weight, sc.score))
    history: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for a in assessments:
        overall = percent(compute_scores(scores[a.id])[1], a.scale_min, a.scale_max)
        if overall is not None:
            history[a.organisation_id].append((a.date, overall))
    records = []
    for org, seq in history.items():
        latest = [i for i, (d, _) in enumerate(seq) if start <= d <= end]
        if not latest or latest[-1] == 0:
            continue
        i = latest[-1]
        if seq[i][1] > seq[i - 1][1]:
            name = ctx.s.scalar(select(Organisation.name).where(Organisation.id == org)) or ""
            records.append(
                Record("organisation", org, name, f"{seq[i - 1][1]:g}% → {seq[i][1]:g}%")
            )
    records.sort(key=lambda r: (r.label.casefold(), r.id))
    return Computed(float(len(records)), {}, tuple(records))


DEFINITIONS: dict[str, Callable[[_Context, ResultIndicator, date, date], Computed]] = {
    "people_trained": _people_trained,
    "knowledge_increased_share": _knowledge_share,
    "trained_candidates": _trained_outcome("candidate"),
    "trained_elected": _trained_outcome("elected"),
    "local_results": _local_results,
    "organisations_capacity_rose": _capacity_rose,
}


def _one(ctx: _Context, ind: ResultIndicator, period: str) -> IndicatorResult:
    start, end = period_bounds(period)
    if ind.definition == "manual":
        row = ctx.s.scalar(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == ind.id,
                IndicatorValue.period == period,
                IndicatorValue.deleted.is_(False),
            )
        )
        got = Computed(
            row.value if row else None,
            {},
            (Record("value", row.id, f"{row.value:g}", row.evidence or ""),) if row else (),
        )
    else:
        got = DEFINITIONS[ind.definition](ctx, ind, start, end)
    target = ctx.s.scalar(
        select(IndicatorTarget.target).where(
            IndicatorTarget.indicator_id == ind.id,
            IndicatorTarget.period == period,
            IndicatorTarget.deleted.is_(False),
        )
    )
    return IndicatorResult(
        ind.id,
        ind.code,
        ind.name,
        ind.definition,
        period,
        got.value,
        ind.baseline,
        target,
        got.by_sex,
        got.records,
    )


def compute_indicators(store: Store, project_id: str, period: str) -> list[IndicatorResult]:
    """Every indicator of the project's framework for one period, in framework order."""
    period = normal_period(period)
    with store.read() as s:
        require_row(s, Project, project_id, "project")
        ctx = _Context(s, project_id)
        inds = s.scalars(
            select(ResultIndicator)
            .join(ResultStatement, ResultStatement.id == ResultIndicator.statement_id)
            .where(ResultIndicator.project_id == project_id, ResultIndicator.deleted.is_(False))
            .order_by(ResultStatement.position, ResultIndicator.position, ResultIndicator.code)
        ).all()
        return [_one(ctx, ind, period) for ind in inds]


def trace_indicator(store: Store, indicator_id: str, period: str) -> IndicatorResult:
    """One indicator's value for a period with every record behind it."""
    period = normal_period(period)
    with store.read() as s:
        ind = s.get(ResultIndicator, indicator_id)
        if ind is None or ind.deleted:
            raise InputError(N_("No such indicator."), field="indicator")
        return _one(_Context(s, ind.project_id), ind, period)
