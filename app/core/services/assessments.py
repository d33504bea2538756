"""Capacity assessments of women's organisations: frameworks kept as data, and scores.

Versioning rule: a framework version that any assessment uses is frozen. Editing it is
refused with a message that says to start a new version (`new_version` copies the latest
one, which the coordinator then edits). Each score row also keeps the question's
dimension and weight as they were, and the assessment keeps its scale, so past scores are
computed from the assessment's own rows only (`compute_scores`; docs/network.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import (
    Assessment,
    AssessmentDimension,
    AssessmentFramework,
    AssessmentQuestion,
    AssessmentScore,
    FrameworkVersion,
    Organisation,
    link_id,
    new_id,
)
from app.core.rights import require
from app.core.services.common import require_row
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    apply_rules,
    flag,
    integer,
    long_text,
    number,
    reference,
    text,
)
from app.core.store import Store
from app.core.vocab import ASSESSMENT_SCALE
from app.core.writer import Writer

# -- what the services return ------------------------------------------------------------


@dataclass(frozen=True)
class QuestionRow:
    id: str
    position: int
    text: str
    guidance: str | None
    weight: float


@dataclass(frozen=True)
class DimensionRow:
    id: str
    position: int
    code: str
    name: str
    guidance: str | None
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True)
class FrameworkDetails:
    framework_id: str
    name: str
    description: str | None
    is_example: bool
    version_id: str
    number: int
    scale_min: int
    scale_max: int
    scale_labels: str | None
    dimensions: tuple[DimensionRow, ...]
    assessments: int  # how many assessments use this version (> 0: frozen)

    @property
    def frozen(self) -> bool:
        return self.assessments > 0


@dataclass(frozen=True)
class FrameworkRow:
    id: str
    name: str
    is_example: bool
    latest_version_id: str
    latest_number: int


@dataclass(frozen=True)
class ScoreRow:
    question_id: str
    dimension_id: str
    dimension_code: str
    question: str
    score: int | None
    note: str | None


@dataclass(frozen=True)
class DimensionScore:
    code: str
    name: str
    score: float | None  # on the assessment's scale; None when nothing was answered
    percent: float | None  # 0-100: (score - min) / (max - min) x 100


@dataclass(frozen=True)
class AssessmentResult:
    id: str
    organisation_id: str
    organisation: str
    region_id: str | None
    date: date
    assessor: str
    note: str | None
    framework: str
    version_number: int
    scale_min: int
    scale_max: int
    dimensions: tuple[DimensionScore, ...]
    overall: float | None
    overall_percent: float | None
    scores: tuple[ScoreRow, ...]

    def dimension(self, code: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.code == code), None)


# -- the score formula ---------------------------------------------------------------------


def compute_scores(
    rows: Iterable[tuple[str, float, int | None]],
) -> tuple[dict[str, float | None], float | None]:
    """Dimension and overall scores from (dimension id, weight, score) rows.

    - A dimension's score is the weighted mean of its answered questions:
      sum(weight x score) / sum(weight); unanswered (None) questions are left out.
    - The overall score is the plain mean of the dimension scores that have a value:
      every dimension counts the same, however many questions it has.
    - Both are rounded to 2 decimals at the end (the overall from unrounded dimensions).
    """
    sums: dict[str, list[float]] = {}
    for dim, weight, score in rows:
        acc = sums.setdefault(dim, [0.0, 0.0])
        if score is not None and weight > 0:
            acc[0] += weight * score
            acc[1] += weight
    raw = {dim: (s / w if w else None) for dim, (s, w) in sums.items()}
    answered = [v for v in raw.values() if v is not None]
    overall = round(sum(answered) / len(answered), 2) if answered else None
    return {d: (None if v is None else round(v, 2)) for d, v in raw.items()}, overall


def percent(score: float | None, lo: int, hi: int) -> float | None:
    """Where a score sits on its scale, 0-100 (so scales of different length compare)."""
    if score is None or hi <= lo:
        return None
    return round((score - lo) / (hi - lo) * 100, 1)


# -- frameworks ----------------------------------------------------------------------------


def version_rules() -> dict[str, Rule]:
    return {
        "scale_min": integer(0, 10, label="Lowest score", required=True),
        "scale_max": integer(1, 100, label="Highest score", required=True),
        "scale_labels": long_text("Meaning of the scores"),
        "note": long_text("Note"),
    }


def dimension_rules() -> dict[str, Rule]:
    return {
        "code": text(required=True, max_len=64, label="Code"),
        "name": text(required=True, label="Dimension"),
        "guidance": long_text("Guidance"),
        "position": integer(0, 10_000, label="Position"),
    }


def question_rules() -> dict[str, Rule]:
    return {
        "text": text(required=True, max_len=2000, label="Question"),
        "guidance": long_text("Guidance"),
        "weight": number(0.0, 100.0, label="Weight"),
        "position": integer(0, 10_000, label="Position"),
    }


def _check_scale(values: Mapping[str, Any]) -> None:
    lo, hi = values.get("scale_min"), values.get("scale_max")
    if lo is not None and hi is not None and hi <= lo:
        raise InputError(N_("The highest score must be above the lowest score."), field="scale_max")


def require_coordinator(store: Store) -> None:
    """Frameworks are the network's shared yardstick: only a coordinator changes them."""
    require(store, "manage_network")


def _uses(s: DbSession, version_id: str) -> int:
    return (
        s.scalar(
            select(func.count()).where(
                Assessment.version_id == version_id, Assessment.deleted.is_(False)
            )
        )
        or 0
    )


def _editable(s: DbSession, version_id: str) -> FrameworkVersion:
    require_row(s, FrameworkVersion, version_id, "framework version")
    version = s.get_one(FrameworkVersion, version_id)
    used = _uses(s, version_id)
    if used:
        raise InputError(
            N_(
                "Version {number} of this framework is used by {count} assessment(s) and can "
                "no longer change, so that their scores stay as they were. Start a new "
                "version to edit the framework."
            ),
            number=version.number,
            count=used,
        )
    return version


def create_framework_in(
    w: Writer,
    values: Mapping[str, Any],
) -> tuple[str, str]:
    """Add a framework with an empty version 1; returns (framework id, version id).

    `values`: name, description, is_example, scale_min, scale_max, scale_labels.
    """
    fw_rules: dict[str, Rule] = {
        "name": text(required=True, label="Name"),
        "description": long_text("Description"),
        "is_example": flag(),
    }
    fw = {k: v for k, v in values.items() if k in fw_rules}
    ver = {k: v for k, v in values.items() if k not in fw_rules}
    ver.setdefault("scale_min", ASSESSMENT_SCALE[0])
    ver.setdefault("scale_max", ASSESSMENT_SCALE[1])
    clean_fw = apply_rules(fw_rules, fw, partial=False)
    clean_ver = apply_rules(version_rules(), ver, partial=False)
    _check_scale(clean_ver)
    fid = w.create(AssessmentFramework, clean_fw, new_id())
    vid = w.create(FrameworkVersion, {"framework_id": fid, "number": 1, **clean_ver}, new_id())
    return fid, vid


create_framework = in_one_unit(create_framework_in, right="manage_network")


def update_version_in(w: Writer, version_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change the scale or notes of a version that no assessment uses yet."""
    clean = apply_rules(version_rules(), changes, partial=True)
    v = _editable(w.session, version_id)
    _check_scale({"scale_min": v.scale_min, "scale_max": v.scale_max, **clean})
    return w.update(FrameworkVersion, version_id, clean)


update_version = in_one_unit(update_version_in, right="manage_network")


def add_dimension_in(w: Writer, version_id: str, values: Mapping[str, Any]) -> str:
    """Add a dimension (code, name, guidance) to a version that no assessment uses yet."""
    clean = apply_rules(dimension_rules(), values, partial=False)
    _editable(w.session, version_id)
    return _create_in_order(
        w, AssessmentDimension, AssessmentDimension.version_id, version_id, clean
    )


add_dimension = in_one_unit(add_dimension_in, right="manage_network")


def update_dimension_in(w: Writer, dimension_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change a dimension of a version that no assessment uses yet."""
    clean = apply_rules(dimension_rules(), changes, partial=True)
    _editable(w.session, _version_of_dimension(w.session, dimension_id))
    return w.update(AssessmentDimension, dimension_id, clean)


update_dimension = in_one_unit(update_dimension_in, right="manage_network")


def delete_dimension_in(w: Writer, dimension_id: str) -> None:
    """Delete a dimension (and its questions) of a version that no assessment uses yet."""
    _editable(w.session, _version_of_dimension(w.session, dimension_id))
    for qid in w.session.scalars(
        select(AssessmentQuestion.id).where(
            AssessmentQuestion.dimension_id == dimension_id,
            AssessmentQuestion.deleted.is_(False),
        )
    ).all():
        w.delete(AssessmentQuestion, qid)
    w.delete(AssessmentDimension, dimension_id)


delete_dimension = in_one_unit(delete_dimension_in, right="manage_network")


def _create_in_order(
    w: Writer,
    model: type[AssessmentDimension] | type[AssessmentQuestion],
    parent: InstrumentedAttribute[str],
    parent_id: str,
    clean: dict[str, Any],
) -> str:
    """Create a dimension of a version (or a question of a dimension), `parent` being its
    column naming the version (or dimension): at the position given, else after the last."""
    if clean["position"] is None:
        last = w.session.scalar(select(func.max(model.position)).where(parent == parent_id))
        clean["position"] = int(last or 0) + 1
    return w.create(model, {parent.key: parent_id, **clean}, new_id())


def _version_of_dimension(s: DbSession, dimension_id: str) -> str:
    require_row(s, AssessmentDimension, dimension_id, "dimension")
    return s.get_one(AssessmentDimension, dimension_id).version_id


def add_question_in(w: Writer, dimension_id: str, values: Mapping[str, Any]) -> str:
    """Add a question (text, guidance, weight) to a dimension of an unused version."""
    vals = {"weight": 1.0, **values}
    clean = apply_rules(question_rules(), vals, partial=False)
    _editable(w.session, _version_of_dimension(w.session, dimension_id))
    return _create_in_order(
        w, AssessmentQuestion, AssessmentQuestion.dimension_id, dimension_id, clean
    )


add_question = in_one_unit(add_question_in, right="manage_network")


def update_question_in(w: Writer, question_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change a question (text, guidance, weight) of a version no assessment uses yet."""
    clean = apply_rules(question_rules(), changes, partial=True)
    require_row(w.session, AssessmentQuestion, question_id, "question")
    q = w.session.get_one(AssessmentQuestion, question_id)
    _editable(w.session, _version_of_dimension(w.session, q.dimension_id))
    return w.update(AssessmentQuestion, question_id, clean)


update_question = in_one_unit(update_question_in, right="manage_network")


def delete_question_in(w: Writer, question_id: str) -> None:
    """Delete a question of a version that no assessment uses yet."""
    require_row(w.session, AssessmentQuestion, question_id, "question")
    q = w.session.get_one(AssessmentQuestion, question_id)
    _editable(w.session, _version_of_dimension(w.session, q.dimension_id))
    w.delete(AssessmentQuestion, question_id)


delete_question = in_one_unit(delete_question_in, right="manage_network")


def new_version_in(w: Writer, framework_id: str) -> str:
    """Start the next version of a framework as an editable copy of its latest version."""
    s = w.session
    require_row(s, AssessmentFramework, framework_id, "framework")
    latest = _latest_version(s, framework_id)
    vid = w.create(
        FrameworkVersion,
        {
            "framework_id": framework_id,
            "number": latest.number + 1,
            "scale_min": latest.scale_min,
            "scale_max": latest.scale_max,
            "scale_labels": latest.scale_labels,
            "note": None,
        },
        new_id(),
    )
    for d in _dimensions(s, latest.id):
        did = w.create(
            AssessmentDimension,
            {
                "version_id": vid,
                "position": d.position,
                "code": d.code,
                "name": d.name,
                "guidance": d.guidance,
            },
            new_id(),
        )
        for q in _questions(s, d.id):
            w.create(
                AssessmentQuestion,
                {
                    "dimension_id": did,
                    "position": q.position,
                    "text": q.text,
                    "guidance": q.guidance,
                    "weight": q.weight,
                },
                new_id(),
            )
    return vid


new_version = in_one_unit(new_version_in, right="manage_network")


def _latest_version(s: DbSession, framework_id: str) -> FrameworkVersion:
    v = s.scalars(
        select(FrameworkVersion)
        .where(FrameworkVersion.framework_id == framework_id, FrameworkVersion.deleted.is_(False))
        .order_by(FrameworkVersion.number.desc(), FrameworkVersion.id)
        .limit(1)
    ).first()
    if v is None:
        raise InputError(N_("This framework has no version."))
    return v


def _dimensions(s: DbSession, version_id: str) -> list[AssessmentDimension]:
    d = AssessmentDimension
    return _live(s, d, d.version_id == version_id, d.position, d.code)


def _questions(s: DbSession, dimension_id: str) -> list[AssessmentQuestion]:
    q = AssessmentQuestion
    return _live(s, q, q.dimension_id == dimension_id, q.position, q.id)


_Part = TypeVar("_Part", AssessmentDimension, AssessmentQuestion)


def _live(s: DbSession, model: type[_Part], of: Any, *order: Any) -> list[_Part]:
    """The parts of a version (or of a dimension) that are not deleted, in their order."""
    return list(s.scalars(select(model).where(of, model.deleted.is_(False)).order_by(*order)))


def list_frameworks(store: Store) -> list[FrameworkRow]:
    """Every framework with its latest version."""
    with store.read() as s:
        out = []
        for f in s.scalars(
            select(AssessmentFramework)
            .where(AssessmentFramework.deleted.is_(False))
            .order_by(AssessmentFramework.name)
        ):
            v = _latest_version(s, f.id)
            out.append(FrameworkRow(f.id, f.name, f.is_example, v.id, v.number))
        return out


def get_framework(store: Store, version_id: str) -> FrameworkDetails:
    """A framework version with its dimensions and questions, in order."""
    with store.read() as s:
        require_row(s, FrameworkVersion, version_id, "framework version")
        v = s.get_one(FrameworkVersion, version_id)
        f = s.get_one(AssessmentFramework, v.framework_id)
        dims = tuple(
            DimensionRow(
                d.id,
                d.position,
                d.code,
                d.name,
                d.guidance,
                tuple(
                    QuestionRow(q.id, q.position, q.text, q.guidance, q.weight)
                    for q in _questions(s, d.id)
                ),
            )
            for d in _dimensions(s, version_id)
        )
        return FrameworkDetails(
            f.id,
            f.name,
            f.description,
            f.is_example,
            v.id,
            v.number,
            v.scale_min,
            v.scale_max,
            v.scale_labels,
            dims,
            _uses(s, version_id),
        )


# -- assessments ---------------------------------------------------------------------------

ScoreInput = int | None | tuple[int | None, str | None]


def _split(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, tuple):
        return value[0], value[1]
    return value, None


def record_assessment_in(
    w: Writer,
    values: Mapping[str, Any],
    scores: Mapping[str, ScoreInput],
) -> str:
    """Record an assessment of an organisation; returns its id.

    `values`: organisation_id, version_id, date, assessor, note. `scores`: question id ->
    score, or (score, note); a score of None means not applicable. Questions of the
    version left out of `scores` are recorded as not answered.
    """
    s = w.session
    rules: dict[str, Rule] = {
        "organisation_id": reference(Organisation, s, label="organisation"),
        "version_id": reference(FrameworkVersion, s, label="framework version"),
        "date": a_date(required=True, label="Date"),
        "assessor": text(required=True, max_len=200, label="Assessor"),
        "note": long_text("Note"),
    }
    clean = apply_rules(rules, values, partial=False)
    if clean["organisation_id"] is None:
        raise InputError(N_("Choose the organisation."), field="organisation_id")
    if clean["version_id"] is None:
        raise InputError(N_("Choose the framework version."), field="version_id")
    v = s.get_one(FrameworkVersion, clean["version_id"])
    questions = {q.id: q for d in _dimensions(s, v.id) for q in _questions(s, d.id)}
    if not questions:
        raise InputError(N_("This framework version has no questions yet."))
    unknown = set(scores) - set(questions)
    if unknown:
        raise InputError(
            N_("{count} score(s) are for questions that are not in this framework version."),
            field="scores",
            count=len(unknown),
        )
    rows = []
    aid = new_id()
    check = _score_rule(v.scale_min, v.scale_max)
    for qid, q in questions.items():
        score, note = _split(scores.get(qid))
        rows.append(
            {
                "id": link_id(aid, qid),
                "assessment_id": aid,
                "question_id": qid,
                "dimension_id": q.dimension_id,
                "weight": q.weight,
                "score": check("score", score),
                "note": long_text("Note")("note", note),
            }
        )
    w.create(Assessment, {**clean, "scale_min": v.scale_min, "scale_max": v.scale_max}, aid)
    w.create_many(AssessmentScore, rows)
    return aid


record_assessment = in_one_unit(record_assessment_in)


def _score_rule(lo: int, hi: int) -> Rule:
    return integer(lo, hi, label="Score")


def set_score_in(
    w: Writer, assessment_id: str, question_id: str, score: int | None, note: str | None
) -> set[str]:
    """Correct one score (and its note) of an assessment; the weight stays as recorded."""
    require_row(w.session, Assessment, assessment_id, "assessment")
    a = w.session.get_one(Assessment, assessment_id)
    clean = {
        "score": _score_rule(a.scale_min, a.scale_max)("score", score),
        "note": long_text("Note")("note", note),
    }
    sid = link_id(assessment_id, question_id)
    require_row(w.session, AssessmentScore, sid, "score")
    return w.update(AssessmentScore, sid, clean)


set_score = in_one_unit(set_score_in)


def _result(s: DbSession, a: Assessment) -> AssessmentResult:
    org = s.get_one(Organisation, a.organisation_id)
    v = s.get_one(FrameworkVersion, a.version_id)
    f = s.get_one(AssessmentFramework, v.framework_id)
    rows = list(
        s.execute(
            select(AssessmentScore, AssessmentQuestion.text)
            .join(AssessmentQuestion, AssessmentQuestion.id == AssessmentScore.question_id)
            .where(AssessmentScore.assessment_id == a.id, AssessmentScore.deleted.is_(False))
            .order_by(AssessmentQuestion.position, AssessmentQuestion.id)
        )
    )
    by_dim, overall = compute_scores((r.dimension_id, r.weight, r.score) for r, _ in rows)
    dims = {d.id: d for d in s.scalars(
        select(AssessmentDimension).where(AssessmentDimension.id.in_(list(by_dim)))
    )}  # fmt: skip
    ordered = sorted(by_dim, key=lambda d: (dims[d].position, dims[d].code))
    lo, hi = a.scale_min, a.scale_max
    dim_of_q = {r.question_id: r.dimension_id for r, _ in rows}
    score_rows = sorted(
        (
            ScoreRow(r.question_id, r.dimension_id, dims[r.dimension_id].code, t, r.score, r.note)
            for r, t in rows
        ),
        key=lambda x: ordered.index(dim_of_q[x.question_id]),
    )
    return AssessmentResult(
        a.id,
        a.organisation_id,
        org.name,
        org.region_id,
        a.date,
        a.assessor,
        a.note,
        f.name,
        v.number,
        lo,
        hi,
        tuple(
            DimensionScore(dims[d].code, dims[d].name, by_dim[d], percent(by_dim[d], lo, hi))
            for d in ordered
        ),
        overall,
        percent(overall, lo, hi),
        tuple(score_rows),
    )


def get_assessment(store: Store, assessment_id: str) -> AssessmentResult:
    """One assessment with its scores, dimension scores and overall score."""
    with store.read() as s:
        require_row(s, Assessment, assessment_id, "assessment")
        return _result(s, s.get_one(Assessment, assessment_id))


def list_assessments(
    store: Store, *, organisation_id: str | None = None, region_id: str | None = None
) -> list[AssessmentResult]:
    """Assessments (of one organisation, or of the organisations of a region), oldest first."""
    q = (
        select(Assessment)
        .join(Organisation, Organisation.id == Assessment.organisation_id)
        .where(Assessment.deleted.is_(False), Organisation.deleted.is_(False))
    )
    if organisation_id:
        q = q.where(Assessment.organisation_id == organisation_id)
    if region_id:
        q = q.where(Organisation.region_id == region_id)
    with store.read() as s:
        found = s.scalars(q.order_by(Organisation.name_key, Assessment.date, Assessment.id))
        return [_result(s, a) for a in found]


def organisation_history(store: Store, organisation_id: str) -> list[AssessmentResult]:
    """An organisation's assessments over time (oldest first): the growth chart."""
    with store.read() as s:
        require_row(s, Organisation, organisation_id, "organisation")
    return sorted(list_assessments(store, organisation_id=organisation_id), key=lambda r: r.date)


def region_comparison(store: Store, region_id: str | None) -> list[AssessmentResult]:
    """The latest assessment of each assessed organisation of a region (all when None)."""
    latest: dict[str, AssessmentResult] = {}
    for r in list_assessments(store, region_id=region_id):
        if r.organisation_id not in latest or r.date >= latest[r.organisation_id].date:
            latest[r.organisation_id] = r
    return sorted(latest.values(), key=lambda r: r.organisation)
