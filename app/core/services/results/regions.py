"""Trainings, people trained and outcomes per region: the map-like overview of results.

Each region is a tile placed roughly where it lies (TILES), so a glance shows where the
work happened: Talas, Chui, Bishkek and Issyk-Kul along the north, Jalal-Abad and Naryn in
the middle, Batken, Osh region and Osh city in the south.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.core.models import AttendanceMark, Outcome, Region, Session, Training
from app.core.services.common import stream
from app.core.services.results.people import canonical
from app.core.store import Store
from app.core.vocab import ATTENDED

# region code -> (column, row) of its tile; a 4 x 3 grid drawn north up.
TILES: dict[str, tuple[int, int]] = {
    "talas": (0, 0),
    "chui": (1, 0),
    "bishkek": (2, 0),
    "issyk-kul": (3, 0),
    "jalal-abad": (0, 1),
    "naryn": (2, 1),
    "batken": (0, 2),
    "osh": (1, 2),
    "osh-city": (2, 2),
}


@dataclass(frozen=True)
class RegionResults:
    region_id: str
    code: str
    names: dict[str, str]  # language -> name
    tile: tuple[int, int]
    trainings: int
    people_trained: int
    outcomes: int  # outcomes of people trained there, after their training


def region_overview(
    store: Store, start: date, end: date, project_id: str | None = None
) -> list[RegionResults]:
    """Per region: trainings started in the period, unique people who attended one, and
    outcomes of those people dated in the period after their first attended session."""
    with store.read() as s:
        regions = list(s.scalars(select(Region).where(Region.deleted.is_(False))))
        tq = select(Training.id, Training.region_id).where(
            Training.deleted.is_(False), Training.start_date >= start, Training.start_date <= end
        )
        if project_id is not None:
            tq = tq.where(Training.project_id == project_id)
        trainings = {tid: rid for tid, rid in s.execute(tq)}
        canon = canonical(s)
        first: dict[tuple[str, str], date] = {}
        marks = stream(
            s,
            select(AttendanceMark.person_id, Session.training_id, Session.date)
            .join(Session, Session.id == AttendanceMark.session_id)
            .where(
                Session.training_id.in_(list(trainings)),
                Session.deleted.is_(False),
                AttendanceMark.deleted.is_(False),
                AttendanceMark.status.in_(ATTENDED),
            ),
        )
        for pid, tid, day in marks:
            key = (trainings[tid] or "", canon.get(pid, pid))
            if key not in first or day < first[key]:
                first[key] = day
        outcomes: dict[str, list[date]] = defaultdict(list)
        for pid, day in stream(
            s,
            select(Outcome.person_id, Outcome.date).where(
                Outcome.deleted.is_(False), Outcome.date >= start, Outcome.date <= end
            ),
        ):
            outcomes[canon.get(pid, pid)].append(day)
    count_t: dict[str, int] = defaultdict(int)
    for rid in trainings.values():
        count_t[rid or ""] += 1
    people: dict[str, int] = defaultdict(int)
    done: dict[str, int] = defaultdict(int)
    for (rid, pid), day in first.items():
        people[rid] += 1
        done[rid] += sum(1 for d in outcomes.get(pid, ()) if d >= day)
    return [
        RegionResults(
            r.id,
            r.code,
            {"en": r.name_en, "ru": r.name_ru, "ky": r.name_ky},
            TILES.get(r.code, (3, 2)),
            count_t[r.id],
            people[r.id],
            done[r.id],
        )
        for r in sorted(regions, key=lambda r: (TILES.get(r.code, (9, 9))[::-1], r.code))
    ]
