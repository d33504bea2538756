"""Donor report figures: participations and unique people, broken down as donors ask.

Definitions (also in docs/reports.md):

- A training is in scope when it belongs to the project and/or overlaps the period.
- A *participation* is one person in one training in scope, enrolled, with at least one
  attended session (present, late or left early). Someone enrolled who never came is not
  a participant.
- *Unique people* counts each person once however many trainings she attended. A merged
  duplicate counts as the person she was merged into, so one woman entered twice and
  merged is one person, and her attendance under both records is one participation.
- A participation is *completed* when it meets the training's own certificate rule (all
  sessions, or the threshold of sessions or hours).
- Age is the age in the year the training started; a person's age band among unique
  people is the one of her first participation in scope.
- Disability follows the Washington Group short set: "with disability" when any domain is
  answered "a lot of difficulty" or "cannot do at all"; "not recorded" when no domain was
  answered.
- Person attributes (sex, region, category, ...) are those of the person counted (after
  a merge: the record kept).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from app.core.errors import N_, InputError
from app.core.one_person import IDENTITY_SQL
from app.core.opcodec import row_key
from app.core.services.certificates import meets_rule
from app.core.store import Store
from app.core.vocab import (
    ORGANISATION_KINDS,
    PARTICIPANT_CATEGORIES,
    SEXES,
    WG_DOMAINS,
)

UNKNOWN = "unknown"
DIMENSIONS = ("sex", "age", "disability", "region", "district", "category", "organisation_kind")
DISABILITY_GROUPS = ("with_disability", "without_disability", "not_recorded")
# People whose age is known but falls outside every band asked for (bands with gaps).
OTHER_AGES = "other_ages"

# The words of a report's groups and titles, in the language the report is made in (the
# interface's, or --lang): a donor report is read as printed, never as codes.
REPORT_WORDS: dict[str, tuple[str, str, str]] = {  # code -> (en, ru, ky)
    "female": ("Female", "Женщины", "Аялдар"),
    "male": ("Male", "Мужчины", "Эркектер"),
    "other": ("Other", "Другое", "Башка"),
    UNKNOWN: ("Not recorded", "Не указано", "Көрсөтүлгөн эмес"),
    OTHER_AGES: ("Other ages", "Другой возраст", "Башка курак"),
    "none": ("No organisation", "Без организации", "Уюму жок"),
    "with_disability": ("With a disability", "С инвалидностью", "Майыптыгы бар"),
    "without_disability": ("Without a disability", "Без инвалидности", "Майыптыгы жок"),
    "not_recorded": ("Not recorded", "Не указано", "Көрсөтүлгөн эмес"),
    "ngo_member": ("NGO member", "Член НПО", "БӨУ мүчөсү"),
    "womens_group_member": ("Women's group member", "Член женской группы", "Аялдар тобунун мүчөсү"),
    "local_council_deputy": ("Local council deputy", "Депутат местного кенеша",
                             "Жергиликтүү кеңештин депутаты"),
    "youth": ("Youth", "Молодёжь", "Жаштар"),
    "activist": ("Activist", "Активист(ка)", "Активист"),
    "government_official": ("Government official", "Госслужащий", "Мамлекеттик кызматкер"),
    "womens_ngo": ("Women's NGO", "Женская НПО", "Аялдар БӨУсу"),
    "womens_group": ("Women's group", "Женская группа", "Аялдар тобу"),
    "local_council": ("Local council", "Местный кенеш", "Жергиликтүү кеңеш"),
    "youth_group": ("Youth group", "Молодёжная группа", "Жаштар тобу"),
    "state_body": ("State body", "Государственный орган", "Мамлекеттик орган"),
    "partner_ngo": ("Partner NGO", "Партнёрская НПО", "Өнөктөш БӨУ"),
    "international": ("International organisation", "Международная организация", "Эл аралык уюм"),
    "sex": ("Sex", "Пол", "Жынысы"),
    "age": ("Age band", "Возрастная группа", "Курак тобу"),
    "disability": ("Disability (Washington Group)", "Инвалидность (Вашингтонская группа)",
                   "Майыптык (Вашингтон тобу)"),
    "region": ("Region", "Область", "Облус"),
    "district": ("District", "Район", "Район"),
    "category": ("Participant category", "Категория участников", "Катышуучулардын категориясы"),
    "organisation_kind": ("Organisation type", "Тип организации", "Уюмдун түрү"),
}  # fmt: skip


def report_word(code: str, lang: str) -> str:
    """A group's or a title's words in ky, ru or en (a code not listed reads as words)."""
    words = REPORT_WORDS.get(code)
    if words is None:
        return _words(code)
    return {"ru": words[1], "ky": words[2]}.get(lang, words[0])


DEFAULT_AGE_BANDS = "0-17,18-24,25-34,35-54,55+"


@dataclass(frozen=True)
class AgeBand:
    label: str
    lo: int
    hi: int | None  # None: no upper end

    def holds(self, age: int) -> bool:
        return self.lo <= age and (self.hi is None or age <= self.hi)


_BAND = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)|(\+))\s*$")


def parse_age_bands(spec: str = DEFAULT_AGE_BANDS) -> tuple[AgeBand, ...]:
    """Bands written as "0-17,18-24,25-34,35-54,55+" (ascending, not overlapping)."""
    bands: list[AgeBand] = []
    for part in spec.split(","):
        m = _BAND.match(part)
        if not m:
            raise InputError(
                N_("{part} is not an age band; write bands like 0-17,18-24,55+."),
                field="age_bands",
                part=part.strip(),
            )
        lo, hi = int(m[1]), (int(m[2]) if m[2] else None)
        if (hi is not None and hi < lo) or (bands and (bands[-1].hi is None or lo <= bands[-1].hi)):
            raise InputError(
                N_("The age bands must go up without overlapping ({part})."),
                field="age_bands",
                part=part.strip(),
            )
        label = f"{lo}+" if hi is None else f"{lo}-{hi}"
        bands.append(AgeBand(label, lo, hi))
    return tuple(bands)


@dataclass(frozen=True)
class ReportScope:
    project_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class Group:
    code: str  # a vocabulary code, a region/district id, an age band label or "unknown"
    label: str
    participations: int
    people: int
    completed: int

    @property
    def completion_rate(self) -> float:
        return self.completed / self.participations if self.participations else 0.0


@dataclass(frozen=True)
class Breakdown:
    dimension: str
    title: str
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class DonorReport:
    scope: ReportScope
    project_name: str | None
    donor: str | None
    age_bands: tuple[AgeBand, ...]
    trainings_held: int
    sessions_held: int
    participations: int
    unique_people: int
    completed: int
    meetings_held: int
    meeting_attendances: int  # registered people present (a person twice at one meeting: once)
    meeting_people: int  # unique registered people at meetings
    meeting_guests: int
    breakdowns: tuple[Breakdown, ...]

    @property
    def completion_rate(self) -> float:
        return self.completed / self.participations if self.participations else 0.0


_TRAININGS = """
SELECT id, start_date, certificate_rule, certificate_threshold FROM training
WHERE deleted = 0
  AND (:project IS NULL OR project_id = :project)
  AND (:dfrom IS NULL OR end_date >= :dfrom)
  AND (:dto IS NULL OR start_date <= :dto)
"""

_PARTICIPATIONS = f"""
WITH tr AS ({_TRAININGS}),
ses AS (SELECT s.id, s.training_id, s.hours FROM tr CROSS JOIN session s
        ON s.training_id = tr.id WHERE s.deleted = 0),
att AS (SELECT ses.training_id AS tid, m.person_id AS pid, count(*) AS n, sum(ses.hours) AS h
        FROM ses CROSS JOIN attendance_mark m ON m.session_id = ses.id
        WHERE m.deleted = 0 AND m.status IN ('present', 'late', 'left_early')
        GROUP BY ses.training_id, m.person_id)
SELECT att.tid, att.pid, q.id, att.n, att.h,
       q.sex, q.birth_year, row_text(q.region_id), row_text(q.district_id), q.category, o.kind,
       {", ".join(f"q.wg_{d}" for d in WG_DOMAINS)}
FROM att
JOIN enrolment e ON e.training_id = att.tid AND e.person_id = att.pid AND e.deleted = 0
JOIN person p ON p.id = att.pid AND p.deleted = 0
LEFT JOIN ({IDENTITY_SQL}) ident ON ident.id = p.id
JOIN person q ON q.id = coalesce(ident.counted_as, p.id)
LEFT JOIN organisation o ON o.id = q.organisation_id AND o.deleted = 0
"""

_ATTENDED = """
SELECT DISTINCT s.id, s.hours FROM attendance_mark m JOIN session s ON s.id = m.session_id
WHERE s.training_id = ? AND m.person_id = ? AND s.deleted = 0 AND m.deleted = 0
  AND m.status IN ('present', 'late', 'left_early')
"""

_SESSIONS = f"""
WITH tr AS ({_TRAININGS})
SELECT s.training_id, count(*), coalesce(sum(s.hours), 0) FROM session s
JOIN tr ON tr.id = s.training_id WHERE s.deleted = 0 GROUP BY s.training_id
"""

_MEETINGS = """
SELECT id FROM meeting WHERE deleted = 0
  AND (:project IS NULL OR project_id = :project)
  AND (:dfrom IS NULL OR date >= :dfrom)
  AND (:dto IS NULL OR date <= :dto)
"""

_ATTENDEES = f"""
SELECT a.meeting_id, coalesce(ident.counted_as, p.id), a.person_id IS NULL
FROM meeting_attendee a JOIN ({_MEETINGS}) m ON m.id = a.meeting_id
LEFT JOIN person p ON p.id = a.person_id
LEFT JOIN ({IDENTITY_SQL}) ident ON ident.id = p.id
WHERE a.deleted = 0 AND (a.person_id IS NULL OR p.deleted = 0)
"""


def _disability(answers: Sequence[str | None]) -> str:
    if any(a in ("a_lot_of_difficulty", "cannot_do_at_all") for a in answers):
        return "with_disability"
    if any(a is not None for a in answers):
        return "without_disability"
    return "not_recorded"


def _band(bands: Sequence[AgeBand], year: int | None, start_year: int) -> str:
    if year is None:
        return UNKNOWN
    age = start_year - year
    return next((b.label for b in bands if b.holds(age)), OTHER_AGES)


def _words(code: str) -> str:
    return code.replace("_", " ").capitalize()


def donor_report(
    store: Store,
    scope: ReportScope,
    *,
    age_bands: str | Sequence[AgeBand] = DEFAULT_AGE_BANDS,
    lang: str = "en",
) -> DonorReport:
    """The figures of a donor report for a project and/or a period (see module doc)."""
    if scope.project_id is None and scope.date_from is None and scope.date_to is None:
        raise InputError(N_("Choose a project or a period for the report."), field="project_id")
    if scope.date_from and scope.date_to and scope.date_to < scope.date_from:
        raise InputError(N_("The period ends before it starts."), field="date_to")
    bands = parse_age_bands(age_bands) if isinstance(age_bands, str) else tuple(age_bands)
    # Ids are bound and read as stored (16 bytes, app/core/models/base.py).
    project_key = None if scope.project_id is None else row_key(scope.project_id)
    params = {
        "project": project_key,
        "dfrom": scope.date_from.isoformat() if scope.date_from else None,
        "dto": scope.date_to.isoformat() if scope.date_to else None,
    }
    name_col = {"ru": "name_ru", "ky": "name_ky"}.get(lang, "name_en")
    with store.read() as s:
        project = None
        if scope.project_id:
            project = s.execute(
                text("SELECT name, donor FROM project WHERE id = :id AND deleted = 0"),
                {"id": project_key},
            ).one_or_none()
            if project is None:
                raise InputError(
                    N_("No project with id {id}."), field="project_id", id=scope.project_id
                )
        # Hundreds of thousands of rows: read them through the driver's cursor, which is
        # several times faster than result objects (the statements are fixed text).
        cur = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        trainings = {
            r[0]: (date.fromisoformat(r[1]), r[2], r[3])
            for r in cur.execute(_TRAININGS, params).fetchall()
        }
        totals = {r[0]: (r[1], r[2]) for r in cur.execute(_SESSIONS, params).fetchall()}
        # (training, person counted) -> (sessions attended, hours attended)
        parts: dict[tuple[str, str], tuple[int, float]] = {}
        first_raw: dict[tuple[str, str], str] = {}
        shared: dict[tuple[str, str], list[str]] = {}  # merged records in one training
        people: dict[str, tuple[object, ...]] = {}  # person counted -> her facts
        for tid, raw, pid, n, h, *facts in cur.execute(_PARTICIPATIONS, params).fetchall():
            key = (tid, pid)
            if key in parts:
                shared.setdefault(key, [first_raw[key]]).append(raw)
            parts[key] = (n, h or 0.0)
            first_raw[key] = raw
            if pid not in people:
                people[pid] = tuple(facts)
        for (tid, pid), raws in shared.items():
            if raws:
                # One woman under two merged records in one training (rare): a session
                # marked under both counts once.
                attended: dict[str, float] = {}
                for raw in raws:
                    attended.update(cur.execute(_ATTENDED, (tid, raw)).fetchall())
                parts[(tid, pid)] = (len(attended), sum(h or 0.0 for h in attended.values()))
        meetings = [r[0] for r in cur.execute(_MEETINGS, params).fetchall()]
        attendees = cur.execute(_ATTENDEES, params).fetchall()
        regions = dict(cur.execute(f"SELECT row_text(id), {name_col} FROM region").fetchall())
        districts = dict(cur.execute(f"SELECT row_text(id), {name_col} FROM district").fetchall())
        cur.close()

    dims = DIMENSIONS
    # Count participations per combination of groups first (many share one), then spread
    # the combinations over the dimensions.
    fixed: dict[str, tuple[str, ...]] = {}  # person -> her groups (birth year for age)
    ages: dict[tuple[str, int], str] = {}  # (birth year, training year) -> age band
    combos: dict[tuple[str, ...], list[int]] = {}
    first: dict[str, tuple[date, str, tuple[str, ...]]] = {}
    completed = 0
    # Per training once: its start, and whether attending n sessions / h hours completes it.
    rules = {
        tid: (start, rule, thr, *totals.get(tid, (0, 0.0)))
        for tid, (start, rule, thr) in trainings.items()
    }
    for (tid, pid), (n, h) in parts.items():
        start, rule, thr, total, total_h = rules[tid]
        done = n == total if rule == "all_sessions" else meets_rule(rule, thr, n, total, h, total_h)
        completed += done
        combo = _combo(people[pid], fixed, ages, pid, bands, start)
        c = combos.get(combo)
        if c is None:
            c = combos[combo] = [0, 0, 0]
        c[0] += 1
        c[1] += done
        old = first.get(pid)
        if old is None or (start, tid) < old[:2]:
            first[pid] = (start, tid, combo)
    for _start, _tid, combo in first.values():
        combos[combo][2] += 1
    acc: dict[str, dict[str, list[int]]] = {d: {} for d in dims}
    for combo, (n_part, n_done, n_people) in combos.items():
        for d, code in zip(dims, combo, strict=True):
            g = acc[d].setdefault(code, [0, 0, 0])
            g[0] += n_part
            g[1] += n_done
            g[2] += n_people

    order = {
        "sex": list(SEXES),
        "age": [b.label for b in bands] + [OTHER_AGES, UNKNOWN],
        "disability": list(DISABILITY_GROUPS),
        "region": list(regions),
        "district": sorted(districts, key=lambda k: districts[k]),
        "category": list(PARTICIPANT_CATEGORIES),
        "organisation_kind": [*ORGANISATION_KINDS, "none"],
    }
    labels = {"region": regions, "district": districts}
    breakdowns = []
    for d in dims:
        codes = [c for c in order[d] if c in acc[d]] + sorted(
            c for c in acc[d] if c not in order[d]
        )
        groups_out = []
        for c in codes:
            named = labels.get(d, {}).get(c)
            is_band = d == "age" and c not in (OTHER_AGES, UNKNOWN)
            label = named or (c if is_band else report_word(c, lang))
            n_part, n_done, n_people = acc[d][c]
            groups_out.append(Group(c, label, n_part, n_people, n_done))
        breakdowns.append(Breakdown(d, report_word(d, lang), tuple(groups_out)))

    registered = {(m, p) for m, p, guest in attendees if not guest}
    return DonorReport(
        scope=scope,
        project_name=project[0] if project else None,
        donor=project[1] if project else None,
        age_bands=bands,
        trainings_held=len(trainings),
        sessions_held=sum(n for n, _ in totals.values()),
        participations=len(parts),
        unique_people=len({pid for _, pid in parts}),
        completed=completed,
        meetings_held=len(meetings),
        meeting_attendances=len(registered),
        meeting_people=len({p for _, p in registered}),
        meeting_guests=sum(1 for *_, guest in attendees if guest),
        breakdowns=tuple(breakdowns),
    )


def _combo(
    p: Sequence[object],
    cache: dict[str, tuple[str, ...]],
    ages: dict[tuple[str, int], str],
    pid: str,
    bands: Sequence[AgeBand],
    start: date,
) -> tuple[str, ...]:
    """The person's group in each dimension (DIMENSIONS order) for a training start."""
    rest = cache.get(pid)
    if rest is None:
        sex, year, region, district, category, kind, *wg = p
        rest = cache[pid] = (
            str(sex or UNKNOWN),
            str(year) if isinstance(year, int) else "",
            _disability([w if isinstance(w, str) else None for w in wg]),
            str(region or UNKNOWN),
            str(district or UNKNOWN),
            str(category or UNKNOWN),
            str(kind or "none"),
        )
    key = (rest[1], start.year)
    age = ages.get(key)
    if age is None:
        age = ages[key] = _band(bands, int(rest[1]) if rest[1] else None, start.year)
    return (rest[0], age, *rest[2:])
