"""Organisations, people and projects through their services, on a migrated database."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.errors import InputError, NotFoundError
from app.core.services import deletion, organisations, people, projects
from app.core.services.reference import district_id, list_districts, list_regions, region_id
from app.core.store import Store
from tests.conftest import op_count, ops

OSH = region_id("osh")


def org(store: Store, **over: Any) -> str:
    return organisations.create_organisation(
        store, {"name": "ОФ «Мээрим»", "kind": "womens_ngo", "region_id": OSH, **over}
    )


def test_reference_data_lists_regions_and_districts_in_three_languages(store: Store) -> None:
    regions = {r.code: r for r in list_regions(store)}
    assert regions["issyk-kul"].name("ky") == "Ысык-Көл облусу"
    assert regions["chui"].name("ru") == "Чуйская область"
    districts = {d.code for d in list_districts(store, OSH)}
    assert "osh-uzgen" in districts and "chui-kemin" not in districts


def test_organisation_create_update_list(store: Store) -> None:
    oid = org(store, phone="0555 12-34-56")
    assert organisations.update_organisation(store, oid, {"name": "ОФ «Мээрим» Ош"}) == {"name"}
    page = organisations.list_organisations(store, text="мээрим")
    assert [o.name for o in page.rows] == ["ОФ «Мээрим» Ош"]
    assert page.rows[0].phone == "+996555123456"
    assert [(o.kind, o.field) for o in ops(store)] == [("create", None), ("set", "name")]


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"name": "  "}, "name", "required"),
        ({"kind": "bank"}, "kind", "not a valid"),
        ({"region_id": "no-such-region"}, "region_id", "no longer exists"),
        ({"phone": "call me"}, "phone", "phone number"),
    ],
)
def test_bad_organisation_input_is_refused_and_writes_nothing(
    store: Store, values: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(InputError, match=words) as err:
        org(store, **values)
    assert err.value.field == field
    assert op_count(store) == 0


def test_person_lifecycle_and_search(store: Store) -> None:
    oid = org(store)
    pid = people.create_person(
        store,
        {
            "full_name": "  Айгүл   Бекова ",
            "sex": "female",
            "birth_date": "14.03.1991",
            "phone": "0700 123 456",
            "organisation_id": oid,
            "category": "ngo_member",
            "region_id": OSH,
            "district_id": district_id("osh-uzgen"),
            "wg_walking": "some_difficulty",
        },
    )
    details = people.get_person(store, pid)
    assert details.values["full_name"] == "Айгүл Бекова"
    assert details.values["birth_year"] == 1991
    assert details.values["phone"] == "+996700123456"
    # Search-as-you-type: any word's start, any case, Kyrgyz letters folded as people type
    # them (ү/у, a soft sign) and Latin spellings.
    for typed in ("айгүл", "БЕК", "Бекова Ай", "123456", "айгуль", "Aigul"):
        assert [p.id for p in people.list_people(store, text=typed).rows] == [pid], typed
    assert people.list_people(store, text="айгерим").rows == ()
    assert people.list_people(store, name_prefix="Айг").total == 1
    assert people.update_person(store, pid, {"category": "activist"}) == {"category"}
    deletion.delete(store, "person", pid)
    assert people.list_people(store).total == 0
    with pytest.raises(NotFoundError):
        people.get_person(store, pid)
    assert [o.kind for o in ops(store)] == ["create", "create", "set", "delete"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"full_name": ""}, "full_name"),
        ({"full_name": "X" * 201}, "full_name"),
        ({"sex": "f"}, "sex"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_year": "nineteen"}, "birth_year"),
        ({"birth_date": "31.02.1990"}, "birth_date"),
        ({"birth_date": "2099-01-01"}, "birth_date"),
        ({"birth_date": "1990-05-01", "birth_year": 1991}, "birth_year"),
        ({"category": "vip"}, "category"),
        ({"wg_seeing": "blind"}, "wg_seeing"),
        ({"organisation_id": "gone"}, "organisation_id"),
    ],
)
def test_bad_person_input_is_refused_and_writes_nothing(
    store: Store, values: dict[str, Any], field: str
) -> None:
    with pytest.raises(InputError) as err:
        people.create_person(store, {"full_name": "Гүлнара Алымова", **values})
    assert err.value.field == field
    assert err.value.message
    assert op_count(store) == 0


def test_bad_person_edit_writes_nothing(store: Store) -> None:
    pid = people.create_person(store, {"full_name": "Гүлнара Алымова", "birth_year": 1980})
    before = op_count(store)
    with pytest.raises(InputError) as err:
        people.update_person(store, pid, {"birth_date": "1975-01-01"})
    assert err.value.field == "birth_year"
    assert op_count(store) == before


def test_people_paging_and_sorting(store: Store) -> None:
    for name in ("Чолпон Исакова", "Асель Кадырова", "Бермет Эсенова", "Өмүркан Ниязова"):
        people.create_person(store, {"full_name": name})
    page = people.list_people(store, limit=2)
    assert page.total == 4
    assert [p.full_name for p in page.rows] == ["Асель Кадырова", "Бермет Эсенова"]
    last = people.list_people(store, offset=2, limit=2, descending=True)
    assert [p.full_name for p in last.rows] == ["Бермет Эсенова", "Асель Кадырова"]


def test_project_with_partners(store: Store) -> None:
    a, b = org(store), org(store, name="ОО «Ынтымак»")
    pid = projects.create_project(
        store,
        {
            "name": "Women in Peace Building",
            "donor": "UN Women",
            "start_date": "2025-01-01",
            "end_date": "2026-12-31",
        },
        partner_ids=[a, b],
    )
    projects.update_project(store, pid, {}, partner_ids=[b])
    (row,) = projects.list_projects(store)
    assert row.partner_ids == (b,)
    with pytest.raises(InputError) as err:
        projects.update_project(store, pid, {"end_date": "2024-01-01"})
    assert err.value.field == "end_date"
