"""Eligibility rules, the coordinator's overrides, the register, and the printed PDFs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import InputError
from app.core.models import Certificate, CertificateOverride, Op
from app.core.services import attendance
from app.core.services.certificates import eligibility, issue_certificates, set_override
from app.core.store import Store
from app.documents.certificates import print_certificates
from tests.documents.cert_fixtures import KYRGYZ_NAMES, Sample, make_training, mark_all
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text


def _eligible(store: Store, sample: Sample) -> set[str]:
    ids = {v: k for k, v in sample.people.items()}
    return {ids[p.person_id] for p in eligibility(store, sample.training_id).eligible}


def _miss(store: Store, sample: Sample, name: str, session: int, status: str = "absent") -> None:
    attendance.mark_one(store, sample.session_ids[session], sample.people[name], status)


def test_all_sessions_rule_needs_every_session(store: Store) -> None:
    s = make_training(store)
    mark_all(store, s)
    _miss(store, s, KYRGYZ_NAMES[0], 2)
    _miss(store, s, KYRGYZ_NAMES[1], 0, "excused")  # excused is not attended
    _miss(store, s, KYRGYZ_NAMES[2], 1, "late")  # late counts as attended
    assert _eligible(store, s) == set(KYRGYZ_NAMES) - {KYRGYZ_NAMES[0], KYRGYZ_NAMES[1]}


def test_percent_of_sessions(store: Store) -> None:
    s = make_training(store, rule="percent_sessions", threshold=60)
    mark_all(store, s)
    _miss(store, s, KYRGYZ_NAMES[0], 2)  # 2 of 3 = 67% >= 60%
    _miss(store, s, KYRGYZ_NAMES[1], 0)
    _miss(store, s, KYRGYZ_NAMES[1], 1)  # 1 of 3 = 33%
    assert _eligible(store, s) == set(KYRGYZ_NAMES) - {KYRGYZ_NAMES[1]}


def test_percent_of_hours_weighs_long_days_more(store: Store) -> None:
    # Hours 6 + 6 + 3 = 15; 80% = 12 hours.
    s = make_training(store, rule="percent_hours", threshold=80)
    mark_all(store, s)
    _miss(store, s, KYRGYZ_NAMES[0], 2)  # missed the short day: 12 h = 80%
    _miss(store, s, KYRGYZ_NAMES[1], 0)  # missed a long day: 9 h = 60%
    assert _eligible(store, s) == set(KYRGYZ_NAMES) - {KYRGYZ_NAMES[1]}
    row = next(
        p for p in eligibility(store, s.training_id).people if p.full_name == KYRGYZ_NAMES[0]
    )
    assert (row.attended_hours, row.total_hours, row.meets_rule) == (12.0, 15.0, True)


def test_no_marks_no_certificate(store: Store) -> None:
    s = make_training(store)
    assert _eligible(store, s) == set()
    with pytest.raises(InputError, match="Nobody"):
        issue_certificates(store, s.training_id, "ky")


def test_manual_include_and_exclude_with_reason(store: Store) -> None:
    s = make_training(store)
    mark_all(store, s)
    absent, present = KYRGYZ_NAMES[0], KYRGYZ_NAMES[1]
    _miss(store, s, absent, 0)
    set_override(store, s.training_id, s.people[absent], "include", "Медициналык справка бар")
    set_override(store, s.training_id, s.people[present], "exclude", "Тесттен өткөн жок")
    assert _eligible(store, s) == set(KYRGYZ_NAMES) - {present}
    row = next(p for p in eligibility(store, s.training_id).people if p.full_name == absent)
    assert (row.meets_rule, row.decision, row.reason) == (
        False,
        "include",
        "Медициналык справка бар",
    )
    assert row.decided_by == "Osh-1"
    # The decision travels: it is in the op log.
    with store.read() as db:
        assert db.scalar(select(Op).where(Op.entity == "certificate_override")) is not None
    # Cleared: the rule decides again.
    set_override(store, s.training_id, s.people[present], None)
    assert present in _eligible(store, s)


def test_override_needs_a_reason_and_an_enrolled_person(store: Store) -> None:
    s = make_training(store)
    with pytest.raises(InputError, match="reason") as err:
        set_override(store, s.training_id, s.people[KYRGYZ_NAMES[0]], "include", "  ")
    assert err.value.field == "reason"
    with pytest.raises(InputError, match="include or exclude"):
        set_override(store, s.training_id, s.people[KYRGYZ_NAMES[0]], "maybe", "x")
    other = make_training(store, names=("Бегимай Асанова",))
    with pytest.raises(InputError, match="not enrolled"):
        set_override(store, s.training_id, other.people["Бегимай Асанова"], "include", "x")
    with store.read() as db:
        assert db.scalar(select(CertificateOverride)) is None


def test_a_reprint_is_the_same_certificate_and_a_correction_a_new_version(store: Store) -> None:
    from app.core.services import verification as v

    s = make_training(store)
    mark_all(store, s)
    first = issue_certificates(store, s.training_id, "ky")
    assert len({c.number for c in first}) == len(KYRGYZ_NAMES)
    again = issue_certificates(store, s.training_id, "ru", organisation="Башка аталыш")
    assert [c.number for c in again] == [c.number for c in first]
    assert [c.code for c in again] == [c.code for c in first]  # same signed facts
    assert [c.qr_payload for c in again] == [c.qr_payload for c in first]
    assert {c.language for c in again} == {"ru"}
    from app.core.services.people import update_person

    pid = s.people[KYRGYZ_NAMES[0]]
    update_person(store, pid, {"full_name": "Айгүл Өмүрбек кызы"})
    # A plain reprint still prints what was signed; a correction makes version 2.
    third = {c.person_id: c for c in issue_certificates(store, s.training_id, "ky")}
    old = {c.person_id: c for c in first}
    assert third[pid].code == old[pid].code
    fixed = {c.person_id: c for c in issue_certificates(store, s.training_id, "ky", correct=True)}
    assert fixed[pid].number == old[pid].number and fixed[pid].version == 2
    assert fixed[pid].facts.person_name == "Айгүл Өмүрбек кызы"
    assert fixed[pid].code != old[pid].code
    other = next(p for p in fixed if p != pid)
    assert fixed[other].code == old[other].code  # unchanged facts: untouched
    said = v.verify(store, old[pid].code)
    assert said.status == v.SUPERSEDED and fixed[pid].code in said.message
    assert "altered" not in said.message
    assert v.verify(store, old[pid].qr_payload).status == v.SUPERSEDED
    assert v.verify(store, fixed[pid].code).status == v.VALID
    with store.read() as db:
        names = db.scalars(select(Certificate.person_name).where(Certificate.person_id == pid))
        assert sorted(names) == ["Айгүл Өмүрбек кызы", "Айгүл Өмүрбекова"]


@pytest.mark.parametrize("lang", ["ky", "ru", "en", "ky+ru"])
def test_one_pdf_holds_every_certificate_with_exact_kyrgyz_names(
    store: Store, tmp_path: Path, lang: str
) -> None:
    s = make_training(store)
    mark_all(store, s)
    out = tmp_path / "all.pdf"
    result = print_certificates(store, s.training_id, lang=lang, out=out)
    pages = pages_text(out)
    assert len(pages) == len(KYRGYZ_NAMES)
    for cert, text in zip(result.certificates, pages, strict=True):
        assert cert.facts.person_name in text
        assert cert.number in text
        assert cert.code.split(" ")[0] in text
    assert {n for n in KYRGYZ_NAMES} == {c.facts.person_name for c in result.certificates}
    assert_fonts_embedded(out)
    words = {"ky": "Бул сертификат", "ru": "Настоящий сертификат", "en": "This is to certify"}
    for part in lang.split("+"):
        assert words[part] in pages[0]


def test_one_pdf_per_person_with_transliterated_names(store: Store, tmp_path: Path) -> None:
    s = make_training(store)
    mark_all(store, s)
    result = print_certificates(store, s.training_id, lang="ky", each_dir=tmp_path / "each")
    names = sorted(p.name for p in (tmp_path / "each").iterdir())
    assert len(names) == len(KYRGYZ_NAMES)
    assert all(n.isascii() and " " not in n and n.endswith(".pdf") for n in names)
    umut = next(c for c in result.certificates if c.facts.person_name == "Үмүт Ңаматова")
    path = tmp_path / "each" / f"{umut.number.replace('-', '_')}_Umut_Ngamatova.pdf"
    assert "Үмүт Ңаматова" in pages_text(path)[0]
    assert_fonts_embedded(path)


def test_a_very_long_name_and_title_are_shrunk_or_wrapped_never_cut(
    store: Store, tmp_path: Path
) -> None:
    long_name = "Айжаркын-Гүлнара Бакытбековна Мамбетжунусова-Төлөгөнова-Ңурбекова кызы"
    s = make_training(store, names=(long_name,))
    mark_all(store, s)
    out = tmp_path / "long.pdf"
    print_certificates(store, s.training_id, lang="ru", out=out)
    text = " ".join(pages_text(out)[0].split())
    assert long_name in text
    assert "БУУнун Коопсуздук Кеңешинин 1325-резолюциясы" in text


def test_bad_language_and_missing_organisation_write_nothing(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    store = make_store()
    s = make_training(store)
    mark_all(store, s)
    with pytest.raises(InputError, match="not a certificate language"):
        issue_certificates(store, s.training_id, "de")
    (store.home.settings).unlink()
    with pytest.raises(InputError, match="organisation"):
        print_certificates(store, s.training_id, out=tmp_path / "x.pdf")
    with store.read() as db:
        assert db.scalar(select(Certificate)) is None
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_place_is_a_message_and_leaves_no_half_file(
    store: Store, tmp_path: Path
) -> None:
    s = make_training(store)
    mark_all(store, s)
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(InputError, match="Cannot save"):
        print_certificates(store, s.training_id, out=tmp_path / "a-file" / "x.pdf")
    with pytest.raises(InputError, match="Cannot make the folder"):
        print_certificates(store, s.training_id, each_dir=tmp_path / "a-file" / "each")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "home"]  # home: the store
