"""NAP 1325 monitoring: import from the template, progress, evidence, matrix and report."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.core import vocab
from app.core.errors import InputError
from app.core.models import NapEvidence
from app.core.services import nap
from app.core.services.meetings import add_decision, create_meeting
from app.core.services.nap_import import COLUMNS, ImportRejected, import_plan
from app.core.services.reference import region_id
from app.core.services.trainings import create_training
from app.core.store import Store
from app.documents.network.pdf import write_monitoring_pdf
from app.documents.network.xlsx import write_monitoring_xlsx, write_nap_template
from tests.conftest import op_count
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text
from tests.network.helpers import make_plan

HEADERS = [c.header for c in COLUMNS]


def sheet(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


PLAN_ROWS: list[list[Any]] = [
    ["1", "Participation", "1.1", "Councils", "CEC; councils", "31.12.2026", "1.1.1",
     "Women deputies", "%", 28, 35],
    [None, None, None, None, None, None, "1.1.2", "Candidates trained", "people", 0, 400],
    [None, None, "1.2", "Police", "MIA", "2025-12-31", "1.2.1", "Centres", "centres", "12",
     "60,5"],
    ["2", "Prevention", "2.1", "Initiative groups", "Akimiats", None, "2.1.1", "Groups", None,
     None, None],
]  # fmt: skip


def test_import_from_the_template(store: Store, tmp_path: Path) -> None:
    result = import_plan(store, sheet(tmp_path / "nap.xlsx", PLAN_ROWS), title="NAP 2024-2027")
    assert (result.objectives, result.tasks, result.indicators) == (2, 3, 4)
    plan = nap.get_plan(store, result.plan_id)
    assert plan.title == "NAP 2024-2027"
    assert [(o.code, [t.code for t in o.tasks]) for o in plan.objectives] == [
        ("1", ["1.1", "1.2"]),
        ("2", ["2.1"]),
    ]
    rows = {i.code: (t.code, i) for _, t, i in plan.indicators()}
    assert rows["1.1.2"][0] == "1.1"  # an empty task number repeats the one above
    i = rows["1.2.1"][1]
    assert (i.baseline, i.target, i.deadline, i.responsible) == (
        12.0, 60.5, date(2025, 12, 31), "MIA"
    )  # fmt: skip
    assert rows["1.1.1"][1].deadline == date(2026, 12, 31)


def test_a_bad_spreadsheet_is_refused_row_by_row_and_nothing_is_written(
    store: Store, tmp_path: Path
) -> None:
    rows = [list(r) for r in PLAN_ROWS]
    rows[0][5] = "someday"  # deadline (row 2)
    rows[1][9] = "many"  # baseline (row 3)
    rows[2][7] = None  # indicator text (row 4)
    rows.append(["3", None, "3.1", "Task", None, None, "3.1.1", "X", None, None, None])
    rows.append(["2", None, "2.1", None, None, None, "2.1.1", "Again", None, None, None])
    ops = op_count(store)
    with pytest.raises(ImportRejected) as err:
        import_plan(store, sheet(tmp_path / "bad.xlsx", rows), title="Bad")
    found = [(p.row, p.column) for p in err.value.problems]
    assert found == [
        (2, "Deadline"),
        (3, "Baseline"),
        (4, "Indicator"),
        (6, "Objective"),
        (7, "Indicator no."),  # 2.1.1 is on row 5 already
    ]
    assert "nothing was saved" in err.value.message
    assert "row 2, Deadline: someday is not a date" in err.value.message
    assert op_count(store) == ops
    assert nap.list_plans(store) == []


def test_missing_columns_and_other_files_are_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"lacks the column.*Target"):
        import_plan(store, sheet(tmp_path / "a.xlsx", [], HEADERS[:-1]), title="X")
    with pytest.raises(InputError, match="no rows under its headers"):
        import_plan(store, sheet(tmp_path / "b.xlsx", []), title="X")
    junk = tmp_path / "c.xlsx"
    junk.write_text("not a spreadsheet")
    with pytest.raises(InputError, match=r"cannot be read as an \.xlsx"):
        import_plan(store, junk, title="X")
    with pytest.raises(InputError, match="There is no file"):
        import_plan(store, tmp_path / "none.xlsx", title="X")


def test_the_written_template_imports_once_filled(store: Store, tmp_path: Path) -> None:
    path = write_nap_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    assert [c.value for c in wb["Plan"][1]] == HEADERS
    for row in wb["Example"].iter_rows(min_row=2, values_only=True):
        wb["Plan"].append(list(row))
    wb.save(path)
    result = import_plan(store, path, title="From the template")
    assert result.indicators == 3


def test_progress_status_follows_the_value_when_not_given(store: Store) -> None:
    p = make_plan(store)
    i = p.indicators["1.1.1"]  # baseline 20, target 30
    e1 = nap.add_progress(store, i, {"date": "2025-01-10", "value": 25})
    e2 = nap.add_progress(store, i, {"date": "2025-06-10", "value": "30,0"})
    rows = nap.list_progress(store, i)
    assert [(r.id, r.status) for r in rows] == [(e1, "in_progress"), (e2, "achieved")]
    assert nap.derived_status(2, 10, 2) == "achieved"  # a target below the baseline
    assert nap.derived_status(5, 10, 2) == "in_progress"
    with pytest.raises(InputError, match="Give a value or a status"):
        nap.add_progress(store, i, {"date": "2025-01-10"})
    with pytest.raises(InputError, match="not a valid status"):
        nap.add_progress(store, i, {"date": "2025-01-10", "status": "great"})


def test_evidence_links_once_and_shows_what_it_links(store: Store) -> None:
    p = make_plan(store)
    i = p.indicators["1.1.2"]
    t = create_training(
        store, {"title": "1325 and local elections", "start_date": "2025-04-01",
                "end_date": "2025-04-02", "region_id": region_id("osh")},
    )  # fmt: skip
    m = create_meeting(
        store, {"kind": "stakeholder", "title": "Akimiat meeting", "date": "2025-05-05",
                "region_id": region_id("naryn")},
    )  # fmt: skip
    d = add_decision(store, m, "Open a women's council")
    first = nap.link_evidence(store, i, "training", t)
    assert nap.link_evidence(store, i, "training", t, "trained 24") == first
    nap.link_evidence(store, i, "meeting", m)
    nap.link_evidence(store, i, "decision", d)
    ev = nap.list_evidence(store, i)
    assert [(e.kind, e.title, e.date) for e in ev] == [
        ("training", "1325 and local elections", date(2025, 4, 1)),
        ("decision", "Open a women's council", date(2025, 5, 5)),
        ("meeting", "Akimiat meeting", date(2025, 5, 5)),
    ]
    assert ev[0].note == "trained 24"
    linked = [  # the indicators the training is evidence for, as `tirek nap show` counts
        ind.code
        for _o, _t, ind in nap.get_plan(store, p.plan_id).indicators()
        if any(e.record_id == t for e in nap.list_evidence(store, ind.id))
    ]
    assert linked == ["1.1.2"]
    with store.read() as s:
        assert s.query(NapEvidence).count() == 3
    with pytest.raises(InputError, match="not a valid kind of evidence"):
        nap.link_evidence(store, i, "photo", t)
    m_osh = nap.monitoring(
        store, p.plan_id, start="2025-01-01", end="2025-12-31", region_id=region_id("osh")
    )
    assert [e.kind for e in m_osh.rows[1].evidence] == ["training"]
    m_2024 = nap.monitoring(store, p.plan_id, start="2024-01-01", end="2024-12-31")
    assert m_2024.rows[1].evidence == ()


def test_periods() -> None:
    ps = nap.periods(date(2024, 2, 10), date(2024, 12, 31), "quarter")
    assert [(p.label, p.start, p.end) for p in ps][:2] == [
        ("2024 Q1", date(2024, 2, 10), date(2024, 3, 31)),
        ("2024 Q2", date(2024, 4, 1), date(2024, 6, 30)),
    ]
    assert len(ps) == 4
    assert [p.label for p in nap.periods(date(2024, 11, 1), date(2025, 1, 5), "month")] == [
        "2024-11", "2024-12", "2025-01"
    ]  # fmt: skip
    with pytest.raises(InputError, match="before its start"):
        nap.periods(date(2025, 1, 1), date(2024, 1, 1))


def _expected(entries: list[tuple[date, str, float | None]], lo: date, hi: date) -> str:
    inside = [e for e in entries if lo <= e[0] <= hi]
    return inside[-1][1] if inside else nap.NO_DATA


def test_the_matrix_and_the_report_agree_with_the_progress_entries(
    store: Store, tmp_path: Path
) -> None:
    p = make_plan(store)
    rng = random.Random(7)
    osh = region_id("osh")
    entries: dict[str, list[tuple[date, str, float | None, str]]] = {}
    for code, iid in p.indicators.items():
        for _ in range(25):
            day = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
            status = rng.choice(vocab.NAP_STATUSES)
            region = rng.choice([osh, region_id("batken")])
            value = rng.choice([None, float(rng.randrange(100))])
            nap.add_progress(
                store, iid, {"date": day, "status": status, "value": value, "region_id": region}
            )
            entries.setdefault(code, []).append((day, status, value, region))
    m = nap.monitoring(store, p.plan_id, start="2024-01-01", end="2026-12-31", region_id=osh)
    assert len(m.periods) == 12
    by_code = {r.indicator.code: r for r in m.rows}
    for code, all_entries in entries.items():
        # Same day, same indicator: the later-written entry (by id) is the "latest" one.
        ids = {(e.date, e.status, e.value): e.id for e in by_code[code].entries}
        mine = sorted(
            ((d, s, v) for d, s, v, r in all_entries if r == osh),
            key=lambda e: (e[0], ids[e]),
        )
        for period, cell in zip(m.periods, by_code[code].cells, strict=True):
            assert cell.status == _expected(mine, period.start, period.end)
            assert cell.entries == sum(period.start <= d <= period.end for d, _, _ in mine)
        assert by_code[code].latest.status == mine[-1][1]

    # The spreadsheet report shows the same cells and statuses.
    xlsx = write_monitoring_xlsx(store, m, tmp_path / "report.xlsx")
    ws = load_workbook(xlsx)["Matrix"]
    header = [c.value for c in ws[1]]
    assert header[7:19] == [pp.label for pp in m.periods]
    for row in ws.iter_rows(min_row=2, values_only=True):
        r = by_code[str(row[2])]
        shown = list(row[7:19])
        assert shown == [nap.STATUS_NAMES[c.status] if c.entries else None for c in r.cells]
        assert row[-1] == nap.STATUS_NAMES[r.latest.status]
    progress = load_workbook(xlsx)["Progress"]
    assert progress.max_row - 1 == sum(len(r.entries) for r in m.rows)

    # The PDF report lists each indicator's final status and every entry.
    pdf = write_monitoring_pdf(store, m, tmp_path / "report.pdf")
    assert_fonts_embedded(pdf)
    text = " ".join(pages_text(pdf))
    counts = m.counts()
    summary = ", ".join(f"{nap.STATUS_NAMES[k]} {v}" for k, v in counts.items())
    assert summary in text
    for r in m.rows:
        assert f"status {nap.STATUS_NAMES[r.latest.status]}." in text
    assert text.count("Osh Region") >= sum(len(r.entries) for r in m.rows)


def test_deleting_an_objective_takes_its_tasks_indicators_and_entries(store: Store) -> None:
    p = make_plan(store)
    nap.add_progress(store, p.indicators["1.1.1"], {"date": "2025-01-01", "status": "delayed"})
    objective = nap.get_plan(store, p.plan_id).objectives[0].id
    nap.delete_part(store, "objective", objective)
    assert nap.get_plan(store, p.plan_id).objectives == ()
    m = nap.monitoring(store, p.plan_id, start="2025-01-01", end="2025-12-31")
    assert m.rows == ()
