"""Organisation profiles and the organisations of a region."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.services import assessments as asm
from app.core.services.meetings import add_attendee, create_meeting
from app.core.services.org_profiles import organisation_profile, region_organisations
from app.core.services.organisations import (
    create_organisation,
    get_organisation,
    update_organisation,
)
from app.core.services.people import create_person
from app.core.services.reference import district_id, region_id
from app.core.services.trainings import create_training, enrol
from app.core.store import Store
from app.documents.network.pdf import write_profile_pdf
from tests.conftest import op_count
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text
from tests.network.helpers import make_framework, make_org

PROFILE = {
    "name": "ОФ «Ак Жол» аялдар борбору",
    "kind": "womens_ngo",
    "region_id": region_id("osh"),
    "founding_year": "2004",
    "registration_number": "12345-3301-ОФ",
    "registration_date": "12.05.2004",
    "focus_areas": "UNSCR 1325\nLocal elections",
    "membership_size": 45,
    "contact_person": "Гүлнара Асанова",
    "network_status": "member",
    "phone": "0555 123 456",
}


def test_the_profile_fields_are_kept_and_checked(store: Store) -> None:
    org = create_organisation(store, PROFILE)
    o = get_organisation(store, org)
    assert (o.founding_year, o.registration_date, o.membership_size, o.network_status) == (
        2004, date(2004, 5, 12), 45, "member"
    )  # fmt: skip
    assert o.phone == "+996555123456"
    assert update_organisation(store, org, {"network_status": "partner"}) == {"network_status"}
    ops = op_count(store)
    for bad, message in (
        ({"network_status": "friend"}, "not a valid relation to the network"),
        ({"founding_year": "1800"}, "Founding year must be between"),
        ({"membership_size": "many"}, "Membership size must be a whole number"),
        ({"registration_date": "yesterday"}, "not a date"),
    ):
        with pytest.raises(InputError, match=message):
            update_organisation(store, org, bad)
    assert op_count(store) == ops


def test_the_organisations_of_a_region_with_people_trainings_meetings(store: Store) -> None:
    osh = region_id("osh")
    a = create_organisation(store, PROFILE)
    b = make_org(store, "Бирге")
    make_org(store, "Нарын", region="naryn")
    people = [
        create_person(store, {"full_name": f"Айгүл {n}", "organisation_id": a}) for n in range(3)
    ]
    create_person(store, {"full_name": "Нургүл", "organisation_id": b})
    t1 = create_training(
        store, {"title": "1325", "start_date": "2025-03-01", "end_date": "2025-03-01"}
    )
    t2 = create_training(
        store, {"title": "Elections", "start_date": "2025-04-01", "end_date": "2025-04-01"}
    )
    enrol(store, t1, people[:2])  # two of her people in one training: counts once
    enrol(store, t2, people[2:])
    m = create_meeting(
        store, {"kind": "ngo", "title": "Monthly", "date": "2025-05-01", "region_id": osh,
                "district_id": district_id("osh-kara-suu")},
    )  # fmt: skip
    add_attendee(store, m, person_id=people[0])
    fw = make_framework(store)
    qs = [q for qq in fw.questions.values() for q in qq]
    for day, score in (("2024-01-10", 2), ("2025-01-10", 3)):
        asm.record_assessment(
            store,
            {"organisation_id": a, "version_id": fw.version_id, "date": day, "assessor": "X"},
            dict.fromkeys(qs, score),
        )
    rows = region_organisations(store, osh)
    assert [(r.name, r.people, r.trainings, r.meetings, r.assessments, r.latest_overall)
            for r in rows] == [
        ("Бирге", 1, 0, 0, 0, None),
        ("ОФ «Ак Жол» аялдар борбору", 3, 2, 1, 2, 3.0),
    ]  # fmt: skip
    assert len(region_organisations(store, None)) == 3


def test_the_profile_pdf(store: Store, tmp_path: Path) -> None:
    org = create_organisation(store, PROFILE)
    fw = make_framework(store)
    qs = fw.questions
    for day, score in (("2024-01-10", 1), ("2026-01-10", 4)):
        asm.record_assessment(
            store,
            {"organisation_id": org, "version_id": fw.version_id, "date": day,
             "assessor": "Айгүл Токтосунова"},
            {q: score for qq in qs.values() for q in qq},
        )  # fmt: skip
    profile = organisation_profile(store, org)
    assert [a.overall for a in profile.assessments] == [1.0, 4.0]
    pdf = write_profile_pdf(store, org, tmp_path / "profile.pdf")
    text = "\n".join(pages_text(pdf))
    for expected in ("ОФ «Ак Жол» аялдар борбору", "12345-3301-ОФ / 2004-05-12",
                     "Member of the network", "Гүлнара Асанова", "Governance", "Advocacy",
                     "2024-01-10", "2026-01-10", "Board meets"):  # fmt: skip
        assert expected in text
    assert_fonts_embedded(pdf)  # no base-14 font: Cyrillic prints
