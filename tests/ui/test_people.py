"""The registry: search-as-you-type (Cyrillic, Kyrgyz letters), person page, editors."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.services.attendance import mark_one
from app.core.services.meetings import add_attendee, create_meeting
from app.core.services.people import create_person, get_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.people.editor import PersonEditor, QuickAddDialog
from app.ui.people.page import PeoplePage
from app.ui.people.search import PeopleModel
from tests.conftest import op_count
from tests.ui.conftest import Boxes, settle, type_text


def _people(store: Store) -> dict[str, str]:
    names = [
        "Айгүл Өмүрова",
        "Айгуль Омурова",
        "Бүбүсара Ңаматова",
        "Мария Попова",
        "Жаңыл Токтогулова",
    ]
    return {
        n: create_person(store, {"full_name": n, "phone": f"0555 12 34 {i:02d}"})
        for i, n in enumerate(names)
    }


def test_search_finds_a_person_typed_in_cyrillic_with_a_kyrgyz_letter(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    ids = _people(store)
    page = PeoplePage(desk)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, desk)
    assert len(page.model.rows) == 5
    assert page.count.text().startswith("5")
    type_text(page.search, "жаң")
    assert [r.id for r in page.model.rows] == [ids["Жаңыл Токтогулова"]]
    # Kyrgyz letters fold as people type them: ө/о, ү/у find both spellings of one name.
    type_text(page.search, "өмүр")
    assert [r.full_name for r in page.model.rows] == ["Айгуль Омурова", "Айгүл Өмүрова"]
    type_text(page.search, "омур")
    assert [r.full_name for r in page.model.rows] == ["Айгуль Омурова", "Айгүл Өмүрова"]
    type_text(page.search, "попова мария")  # words in any order
    assert [r.full_name for r in page.model.rows] == ["Мария Попова"]
    # The count follows once typing pauses.
    qtbot.waitUntil(lambda: page.count.text().startswith("1 "), timeout=3000)
    # Selecting shows the person page.
    page.view.selectRow(0)
    assert page.panel.title.text() == "Мария Попова"


def test_person_page_shows_trainings_attendance_and_meetings(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    pid = create_person(store, {"full_name": "Айгүл Өмүрова", "birth_year": 1988})
    tid = create_training(
        store, {"title": "Тынчтык", "start_date": "2026-02-01", "end_date": "2026-02-02"}
    )
    enrol(store, tid, [pid])
    s1 = add_session(store, tid, {"date": "2026-02-01"})
    add_session(store, tid, {"date": "2026-02-02"})
    mark_one(store, s1, pid, "present")
    mid = create_meeting(store, {"kind": "ngo", "title": "Форум", "date": "2026-02-10"})
    add_attendee(store, mid, person_id=pid)
    page = PeoplePage(desk)
    qtbot.addWidget(page)
    page.panel.show_person(pid)
    t = page.panel.trainings
    assert [t.data(t.index(0, c)) for c in range(3)] == ["Тынчтык", "2026-02-01", "1 of 2"]
    m = page.panel.meetings
    assert m.data(m.index(0, 0)) == "Форум"
    assert m.data(m.index(0, 2)) == "Regular NGO meeting"


def test_person_editor_bad_input_at_the_field_writes_nothing(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    pid = create_person(store, {"full_name": "Айгүл Өмүрова"})
    before = op_count(store)
    editor = PersonEditor(desk, pid)
    qtbot.addWidget(editor)
    f = editor.form.fields
    type_text(f["birth_year"], "19x5")
    assert not editor.save()
    assert "Year of birth" in editor.form.error_of("birth_year")
    type_text(f["birth_year"], "1985")
    type_text(f["phone"], "12")
    assert not editor.save()
    assert editor.form.error_of("phone") and not editor.form.error_of("birth_year")
    type_text(f["phone"], "")
    type_text(f["full_name"], "")
    assert not editor.save()
    assert editor.form.error_of("full_name") == "Full name is required."
    assert op_count(store) == before and not boxes.shown
    type_text(f["full_name"], "Айгүл Өмүрова-Садыкова")
    assert editor.save()
    assert get_person(store, pid).values["birth_year"] == 1985


def test_quick_add_warns_about_a_similar_person(qtbot: QtBot, store: Store, desk: Desk) -> None:
    ids = _people(store)
    dialog = QuickAddDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.fields["full_name"], "Aigul Omurova")  # Latin, as on a donor list
    found = dialog.check_similar()
    assert {p.person_id for p in found} >= {ids["Айгүл Өмүрова"]}
    assert dialog.warning.isVisible() and dialog.similar.count() >= 1
    # Taking the existing person creates nothing.
    before = op_count(store)
    dialog._use_existing()
    assert dialog.person_id in ids.values() and op_count(store) == before

    other = QuickAddDialog(desk)
    qtbot.addWidget(other)
    other.show()
    type_text(other.form.fields["full_name"], "Зуура Качкынбаева")
    assert other.check_similar() == [] and not other.warning.isVisible()
    type_text(other.form.fields["birth_year"], "3000")
    assert not other.save()
    assert other.form.error_of("birth_year")


def test_people_model_fetches_page_by_page(
    qtbot: QtBot, qtmodeltester: object, store: Store
) -> None:
    from app.core.models import Person, new_id

    with store.write() as w:
        w.create_many(Person, [{"id": new_id(), "full_name": f"Адам {i:04d}"} for i in range(450)])
    model = PeopleModel(store)
    model.reload()
    assert model.rowCount() == model.PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_enter_acts_only_on_a_highlighted_single_or_exact_match(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    from app.ui.people.search import PersonSearch

    gul = create_person(store, {"full_name": "Гүлнара Осмонова"})
    create_person(store, {"full_name": "Гүлмира Асанова"})
    janyl = create_person(store, {"full_name": "Жаңыл Асанова"})
    search = PersonSearch(store)
    qtbot.addWidget(search)
    chosen: list[str] = []
    search.chosen.connect(lambda p: chosen.append(p.id))
    type_text(search.line, "Гүл")  # two partial matches: nothing taken, the first shown
    search.line.returnPressed.emit()
    assert chosen == []
    search.line.returnPressed.emit()  # now it is highlighted: Enter takes what is seen
    assert chosen == [search.model.row_at(0).id]
    chosen.clear()
    search.line.clear()
    type_text(search.line, "Асанова Жаныл")  # typed on a Russian keyboard: one match
    search.line.returnPressed.emit()
    assert chosen == [janyl]
    chosen.clear()
    search.line.clear()
    type_text(search.line, "гулнара осмонова")  # exact (folded) name
    search.line.returnPressed.emit()
    assert chosen == [gul]
