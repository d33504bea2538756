"""Organisations: editor with field errors; the people and trainings of one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.services.organisations import create_organisation, get_organisation
from app.core.services.people import create_person
from app.core.services.trainings import create_training, enrol
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.organisations import OrganisationEditor, OrganisationsPage
from tests.conftest import op_count
from tests.ui.conftest import Boxes, settle, type_text


def test_organisation_editor_bad_input_then_saved(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    before = op_count(store)
    editor = OrganisationEditor(desk)
    qtbot.addWidget(editor)
    type_text(editor.form.fields["name"], "Аял-Ордо")
    assert not editor.save()
    assert editor.form.error_of("kind") == "Choose the type of organisation."
    editor.form.fields["kind"].set_value("womens_ngo")  # type: ignore[attr-defined]
    type_text(editor.form.fields["founding_year"], "1800")
    assert not editor.save()
    assert "Founding year" in editor.form.error_of("founding_year")
    assert op_count(store) == before and not boxes.shown
    type_text(editor.form.fields["founding_year"], "2004")
    assert editor.save() and editor.org_id
    assert get_organisation(store, editor.org_id).founding_year == 2004


def test_organisation_page_lists_its_people_and_trainings(
    qtbot: QtBot, qtmodeltester: object, store: Store, desk: Desk
) -> None:
    org = create_organisation(store, {"name": "Аялдар үнү", "kind": "womens_group"})
    create_organisation(store, {"name": "Жаштар борбору", "kind": "youth_group"})
    people = [
        create_person(store, {"full_name": n, "organisation_id": org})
        for n in ("Сүйүн Бекова", "Ноорузгүл Ажыбаева")
    ]
    create_person(store, {"full_name": "Башка Адам"})
    tid = create_training(
        store, {"title": "Укуктар", "start_date": "2026-01-01", "end_date": "2026-01-01"}
    )
    enrol(store, tid, people)
    page = OrganisationsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, desk)
    assert [r.name for r in page.model.rows] == ["Аялдар үнү", "Жаштар борбору"]
    type_text(page.search, "үнү")
    assert [r.name for r in page.model.rows] == ["Аялдар үнү"]
    page.view.selectRow(0)
    assert sorted(r.full_name for r in page.people.rows) == ["Ноорузгүл Ажыбаева", "Сүйүн Бекова"]
    assert [(t.title, t.participants) for t in page.trainings.rows] == [("Укуктар", 2)]
    assert "2 people" in page.facts.text()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
