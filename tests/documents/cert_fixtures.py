"""Small real data for the document tests: a training with Kyrgyz names, a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from app.core import settings
from app.core.models import Meeting
from app.core.services import attendance, meetings, people, trainings
from app.core.store import Store

KYRGYZ_NAMES = (
    "Айгүл Өмүрбекова",
    "Үмүт Ңаматова",
    "Гүлнара Төлөгөнова",
    "Жаңыл Сүйүнбаева",
    "Нурбүбү Үсөнова",
)
TITLE = "Аялдардын тынчтыкты бекемдөөдөгү ролу: БУУнун Коопсуздук Кеңешинин 1325-резолюциясы"


@dataclass(frozen=True)
class Sample:
    training_id: str
    session_ids: tuple[str, ...]
    people: dict[str, str]  # name -> person id


def own_network(store: Store, network: str = "0A0B0C0D") -> str:
    """A network whose issuer is this laptop (the tests' shortcut for start/join)."""
    if not settings.get(store.home, "network", "id"):
        settings.put_many(
            store.home,
            {
                ("network", "id"): network,
                ("network", "issuer_keys"): store.require_identity().public_key,
            },
        )
    return settings.get(store.home, "network", "id") or ""


def make_training(
    store: Store,
    names: tuple[str, ...] = KYRGYZ_NAMES,
    rule: str = "all_sessions",
    threshold: int = 100,
    hours: tuple[float, ...] = (6.0, 6.0, 3.0),
    start: time | None = time(9),
) -> Sample:
    own_network(store)
    settings.put(store.home, "organisation", "name", "Кыргызстандын аялдар уюмдарынын форуму")
    ids = {
        n: people.create_person(
            store, {"full_name": n, "sex": "female", "birth_year": 1980 + i % 20}
        )
        for i, n in enumerate(names)
    }
    tid = trainings.create_training(
        store,
        {
            "title": TITLE,
            "venue": "Ош шаары, «Ала-Тоо» мейманканасы",
            "start_date": date(2026, 10, 5),
            "end_date": date(2026, 10, 7),
            "certificate_rule": rule,
            "certificate_threshold": threshold,
        },
        trainer_ids=[ids[names[0]]],
    )
    sessions = tuple(
        trainings.add_session(
            store,
            tid,
            {
                "date": date(2026, 10, 5 + i),
                "start_time": start,
                "hours": h,
                "topic": f"Күн {i + 1}",
            },
        )
        for i, h in enumerate(hours)
    )
    trainings.enrol(store, tid, ids.values())
    return Sample(tid, sessions, ids)


def mark_all(store: Store, sample: Sample, status: str = "present") -> None:
    for s in sample.session_ids:  # as the attendance grid saves a day's column
        attendance.mark_attendance(store, s, dict.fromkeys(sample.people.values(), status))


def make_approved_meeting(store: Store) -> str:
    mid = meetings.create_meeting(
        store,
        {
            "kind": "ngo",
            "title": "Ош облусунун аялдар уюмдарынын жолугушуусу",
            "series": "Ош, ай сайын",
            "date": date(2026, 11, 12),
            "place": "Ош, «Аялдар үйү»",
            "agenda": (
                "1. Жергиликтүү шайлоого даярдык\n2. Зомбулукка каршы иш-чаралар\n3. Ар түрдүү"
            ),
            "minutes": (
                "Жыйынды Айгүл Өмүрбекова ачты. Катышуучулар жергиликтүү кеңештерге аялдарды "
                "көрсөтүү боюнча тажрыйба алмашышты. " * 6
            ),
        },
    )
    pid = people.create_person(store, {"full_name": "Айгүл Өмүрбекова", "sex": "female"})
    meetings.add_attendee(store, mid, person_id=pid)
    meetings.add_attendee(
        store,
        mid,
        guest_name="Бакыт Ңурланов",
        guest_role="Депутат",
        guest_organisation="Ош шаардык кеңеши",
    )
    meetings.add_decision(store, mid, "Ар бир райондо аялдар үчүн шайлоо мектебин ачуу.")
    meetings.add_decision(store, mid, "Кийинки жолугушууну декабрда өткөрүү.")
    meetings.add_action_item(
        store,
        mid,
        {
            "text": "Шайлоо мектебинин программасын даярдоо",
            "owner_person_id": pid,
            "due_date": date(2026, 12, 1),
        },
    )
    # The coordinator's approval as it reaches a trainer's laptop by sync (the service
    # itself is a coordinator's right, app/core/rights.py): written through the Writer.
    with store.write() as w:
        w.update(
            Meeting,
            mid,
            {"approved_by": "Гүлнара Төлөгөнова", "approved_at": datetime(2026, 10, 20, 18, 0)},
        )
    return mid
