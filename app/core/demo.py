"""Realistic, deterministic demo data, written through the one write path.

`small` is a usable demo; `large` is the benchmark size of the foundation issue. The same
seed always gives the same rows (ids included), so a second run with the same seed finds
its data already there and adds nothing. Work is committed in batches: stopping half-way
(Ctrl+C, a killed process) keeps whole batches and never a broken database.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.core import demo_names as names
from app.core.models import (
    ActionItem,
    AttendanceMark,
    Decision,
    District,
    Enrolment,
    Meeting,
    MeetingAttendee,
    Organisation,
    Person,
    Project,
    Region,
    Session,
    Training,
    TrainingTopic,
    TrainingTrainer,
    link_id,
)
from app.core.progress import NO_PROGRESS, Progress
from app.core.store import Store
from app.core.vocab import (
    ATTENDANCE_STATUSES,
    ORGANISATION_KINDS,
    PARTICIPANT_CATEGORIES,
    WG_ANSWERS,
    WG_DOMAINS,
)


@dataclass(frozen=True)
class Scale:
    people: int
    organisations: int
    projects: int
    trainings: int
    sessions_per_training: int
    participants_per_training: int
    meetings: int


SCALES = {
    "small": Scale(
        people=400,
        organisations=40,
        projects=3,
        trainings=30,
        sessions_per_training=3,
        participants_per_training=20,
        meetings=24,
    ),
    # 5,000 trainings x 4 sessions = 20,000 sessions; x 50 people = 1,000,000 marks.
    "large": Scale(
        people=100_000,
        organisations=2_000,
        projects=4,
        trainings=5_000,
        sessions_per_training=4,
        participants_per_training=50,
        meetings=2_000,
    ),
}

FIRST_DAY = date(2024, 1, 15)
DAYS_SPAN = 1000  # trainings spread from January 2024 to autumn 2026
BATCH = 10_000


@dataclass(frozen=True)
class DemoResult:
    added: bool
    counts: dict[str, int]


def surname(stem: str) -> str:
    """The Russian-style surname of a Kyrgyz name stem: Бек -> Беков, Жумабай -> Жумабаев,
    Сатыбалды -> Сатыбалдиев (add "а" for a woman)."""
    if stem.endswith("й"):
        return stem[:-1] + "ев"
    if stem[-1] in "ыи":
        return stem[:-1] + "иев"
    return stem + "ов"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def phone(self) -> str:
        prefix = self.pick(("555", "700", "701", "770", "772", "777", "550", "502", "999"))
        return f"+996{prefix}{self.rng.randrange(1_000_000):06d}"

    def person_name(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.12:
            stem = self.pick(names.SURNAME_STEMS_KY)
            return f"{self.pick(names.MALE)} {surname(stem)}", "male"
        if r < 0.22:
            first = self.pick(names.FEMALE_RU)
            return f"{first} {self.pick(names.SURNAME_RU)[0]}", "female"
        stem = self.pick(names.SURNAME_STEMS_KY)
        if r < 0.30:  # the Kyrgyz patronymic form, e.g. "Айгүл Бекмурат кызы"
            return f"{self.pick(names.FEMALE_KY)} {stem} кызы", "female"
        return f"{self.pick(names.FEMALE_KY)} {surname(stem)}а", "female"


def _places(store: Store) -> list[tuple[str, list[str], dict[str, str]]]:
    """(region id, its district ids, district id -> Kyrgyz name) for every region."""
    with store.read() as s:
        regions = list(s.scalars(select(Region).order_by(Region.position)))
        out = []
        for r in regions:
            ds = list(
                s.scalars(
                    select(District).where(District.region_id == r.id).order_by(District.code)
                )
            )
            out.append((r.id, [d.id for d in ds], {d.id: d.name_ky for d in ds}))
        return out


def load_demo(
    store: Store, scale: str = "small", seed: int = 1, progress: Progress = NO_PROGRESS
) -> DemoResult:
    """Fill the database with demo data of the given scale and seed."""
    sc = SCALES[scale]
    g = _Gen(seed)
    identity = store.require_identity()
    places = _places(store)
    topics = list(names.TOPIC_TITLES)

    # -- organisations and projects --------------------------------------------------
    orgs: list[dict[str, Any]] = []
    for i in range(sc.organisations):
        region, districts, dnames = places[i % len(places)]
        district = g.pick(districts)
        # The kinds a local organisation has (not international, not other); three in
        # eight are women's NGOs.
        kind = g.pick(("womens_ngo", "womens_ngo", *ORGANISATION_KINDS[:6]))
        word = g.pick(names.NGO_WORDS)
        dname = dnames[district].replace(" району", "")
        name = {
            "womens_ngo": f"ОФ «{word}» ({dname})",
            "womens_group": f"«{word}» аялдар тобу ({dname})",
            "local_council": f"{dname} айылдык кеңеши",
            "youth_group": f"«{word}» жаштар демилгеси",
            "state_body": f"{dname} районунун мамлекеттик администрациясы",
            "partner_ngo": f"ОО «{word}» ({dname})",
        }[kind]
        if i >= len(places) * 8:
            name = f"{name} №{i}"
        orgs.append(
            {
                "id": g.uid(),
                "name": name,
                "kind": kind,
                "region_id": region,
                "district_id": district,
                "phone": g.phone(),
                "email": None,
                "address": None,
                "notes": None,
            }
        )

    first_id = orgs[0]["id"] if orgs else None
    with store.read() as s:
        if first_id and s.get(Organisation, first_id) is not None:
            return DemoResult(False, store.row_counts())

    projects = []
    for i in range(sc.projects):
        pname, donor = names.PROJECTS[i % len(names.PROJECTS)]
        start = FIRST_DAY + timedelta(days=300 * (i % 3) - 30)
        projects.append(
            {
                "id": g.uid(),
                "name": pname
                if i < len(names.PROJECTS)
                else f"{pname} {i // len(names.PROJECTS) + 1}",
                "donor": donor,
                "start_date": start,
                "end_date": start + timedelta(days=730),
                "objectives": "Аялдардын тынчтык жана коопсуздук маселелерине катышуусун күчөтүү.",
            }
        )
    with store.write() as w:
        w.create_many(Organisation, orgs)
        w.create_many(Project, projects)

    # -- people ----------------------------------------------------------------------
    people_by_region: dict[str, list[str]] = {p[0]: [] for p in places}
    names_by_id: dict[str, str] = {}
    total_steps = sc.people + sc.trainings + sc.meetings
    done = 0
    batch: list[dict[str, Any]] = []
    for i in range(sc.people):
        region, districts, _ = places[g.rng.randrange(len(places))]
        full_name, sex = g.person_name()
        year = 1950 + g.rng.randrange(58)
        disabled = g.rng.random() < 0.06
        person = {
            "id": g.uid(),
            "full_name": full_name,
            "sex": sex,
            "birth_year": year,
            "birth_date": None,
            "phone": g.phone() if g.rng.random() < 0.8 else None,
            "email": None,
            "organisation_id": orgs[g.rng.randrange(len(orgs))]["id"]
            if g.rng.random() < 0.7
            else None,
            "category": g.pick(PARTICIPANT_CATEGORIES),
            "region_id": region,
            "district_id": g.pick(districts),
            "consent_data": True,
            "consent_photo": g.rng.random() < 0.6,
            "notes": None,
            "merged_into_id": None,
        }
        for domain in WG_DOMAINS:
            person[f"wg_{domain}"] = (
                g.pick(WG_ANSWERS[1:]) if disabled and domain == "walking" else "no_difficulty"
            )
        people_by_region[region].append(person["id"])
        names_by_id[person["id"]] = full_name
        batch.append(person)
        if len(batch) >= BATCH or i == sc.people - 1:
            with store.write() as w:
                w.create_many(Person, batch)
            done += len(batch)
            batch = []
            progress.step(done, total_steps, "people")

    # -- trainings, sessions, enrolment, attendance ----------------------------------
    all_people = [p for lst in people_by_region.values() for p in lst]
    per_tx = max(1, BATCH // (sc.participants_per_training * sc.sessions_per_training))
    rows: dict[type[Any], list[dict[str, Any]]] = {}

    def flush() -> None:
        with store.write() as w:
            for model in (
                Training,
                TrainingTopic,
                TrainingTrainer,
                Session,
                Enrolment,
                AttendanceMark,
            ):
                w.create_many(model, rows.get(model, []))
        rows.clear()

    statuses = ATTENDANCE_STATUSES
    weights = (80, 6, 4, 4, 6)
    for i in range(sc.trainings):
        region, districts, dnames = places[g.rng.randrange(len(places))]
        district = g.pick(districts)
        topic = g.pick(topics)
        ky, ru = names.TOPIC_TITLES[topic]
        start = FIRST_DAY + timedelta(days=g.rng.randrange(DAYS_SPAN))
        days = sc.sessions_per_training
        tid = g.uid()
        rows.setdefault(Training, []).append(
            {
                "id": tid,
                "title": ky if g.rng.random() < 0.6 else ru,
                "project_id": projects[i % len(projects)]["id"],
                "venue": f"{dnames[district].replace(' району', '')}, айыл өкмөтүнүн залы",
                "region_id": region,
                "district_id": district,
                "start_date": start,
                "end_date": start + timedelta(days=days - 1),
                "notes": None,
                "created_on": identity.replica_id,
                "certificate_rule": "all_sessions",
                "certificate_threshold": 100,
            }
        )
        rows.setdefault(TrainingTopic, []).append(
            {
                "id": link_id(tid, link_id("topic", topic)),
                "training_id": tid,
                "topic_id": link_id("topic", topic),
            }
        )
        pool = people_by_region[region] if len(people_by_region[region]) > 60 else all_people
        chosen = g.rng.sample(pool, min(len(pool), sc.participants_per_training + 1))
        trainer, participants = chosen[0], chosen[1:]
        rows.setdefault(TrainingTrainer, []).append(
            {"id": link_id(tid, trainer), "training_id": tid, "person_id": trainer}
        )
        for pid in participants:
            rows.setdefault(Enrolment, []).append(
                {"id": link_id(tid, pid), "training_id": tid, "person_id": pid}
            )
        for d in range(days):
            sid = g.uid()
            rows.setdefault(Session, []).append(
                {
                    "id": sid,
                    "training_id": tid,
                    "date": start + timedelta(days=d),
                    "start_time": time(9, 30),
                    "end_time": time(16, 30) if d < days - 1 else time(13, 0),
                    "topic": f"{ky} — {d + 1}",
                    "hours": 6.0 if d < days - 1 else 3.0,
                }
            )
            picks = g.rng.choices(statuses, weights, k=len(participants))
            rows.setdefault(AttendanceMark, []).extend(
                {"id": link_id(sid, pid), "session_id": sid, "person_id": pid, "status": st}
                for pid, st in zip(participants, picks, strict=True)
            )
        if (i + 1) % per_tx == 0 or i == sc.trainings - 1:
            flush()
            done = sc.people + i + 1
            progress.step(done, total_steps, "trainings")

    # -- meetings --------------------------------------------------------------------
    series_names = [
        f"{r[2][r[1][0]].replace(' району', '')}: аял уюмдарынын айлык жолугушуусу" for r in places
    ]
    mrows: dict[type[Any], list[dict[str, Any]]] = {}
    for i in range(sc.meetings):
        ri = g.rng.randrange(len(places))
        region, districts, dnames = places[ri]
        kind = g.pick(("ngo", "ngo", "stakeholder", "other"))
        day = FIRST_DAY + timedelta(days=g.rng.randrange(DAYS_SPAN))
        mid = g.uid()
        pool = people_by_region[region] or all_people
        present = g.rng.sample(pool, min(len(pool), 5 + g.rng.randrange(10)))
        approved = day < FIRST_DAY + timedelta(days=DAYS_SPAN - 60)
        mrows.setdefault(Meeting, []).append(
            {
                "id": mid,
                "kind": kind,
                "title": series_names[ri]
                if kind == "ngo"
                else f"Жергиликтүү өнөктөштөр менен жолугушуу ({dnames[districts[0]]})",
                "series": series_names[ri] if kind == "ngo" else None,
                "date": day,
                "place": f"{dnames[g.pick(districts)]}",
                "region_id": region,
                "district_id": g.pick(districts),
                "project_id": g.pick(projects)["id"],
                "agenda": g.pick(names.AGENDA),
                "minutes": g.pick(names.MINUTES).format(n=len(present) + 2),
                "approved_by": "Координатор" if approved else None,
                "approved_at": datetime.combine(day + timedelta(days=3), time(10, 0))
                if approved
                else None,
                "created_on": identity.replica_id,
            }
        )
        for pid in present:
            mrows.setdefault(MeetingAttendee, []).append(
                {
                    "id": g.uid(),
                    "meeting_id": mid,
                    "person_id": pid,
                    "guest_name": None,
                    "guest_role": None,
                    "guest_organisation": None,
                }
            )
        for _ in range(1 + g.rng.randrange(2)):
            mrows.setdefault(MeetingAttendee, []).append(
                {
                    "id": g.uid(),
                    "meeting_id": mid,
                    "person_id": None,
                    "guest_name": g.person_name()[0],
                    "guest_role": g.pick(names.GUEST_ROLES),
                    "guest_organisation": None,
                }
            )
        for pos in range(1, 2 + g.rng.randrange(2)):
            mrows.setdefault(Decision, []).append(
                {"id": g.uid(), "meeting_id": mid, "position": pos, "text": g.pick(names.DECISIONS)}
            )
        for pos in range(1, 2 + g.rng.randrange(2)):
            owner = g.pick(present)
            mrows.setdefault(ActionItem, []).append(
                {
                    "id": g.uid(),
                    "meeting_id": mid,
                    "position": pos,
                    "text": g.pick(names.ACTIONS),
                    "owner_person_id": owner,
                    "owner_name": names_by_id[owner],
                    "due_date": day + timedelta(days=30),
                    "status": "done" if approved and g.rng.random() < 0.7 else "open",
                }
            )
        if (i + 1) % 500 == 0 or i == sc.meetings - 1:
            with store.write() as w:
                for model in (Meeting, MeetingAttendee, Decision, ActionItem):
                    w.create_many(model, mrows.get(model, []))
            mrows.clear()
            progress.step(sc.people + sc.trainings + i + 1, total_steps, "meetings")
    from app.core.demo_network import load_network_demo  # issue 8: example framework and plan

    load_network_demo(store, seed)
    from app.core.demo_results import load_results_demo  # a results framework, scores, outcomes

    load_results_demo(store, seed)
    return DemoResult(True, store.row_counts())
