"""Linked evidence, assessments and progress travel by `tirek sync` to another laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.services import assessments as asm
from app.core.services import nap
from app.core.services.meetings import add_action_item, create_meeting
from app.core.services.nap_import import import_plan
from app.core.services.reference import region_id
from app.core.services.trainings import create_training
from app.core.store import Store
from app.documents.network.xlsx import write_nap_template
from tests.cli.test_cli import tirek
from tests.network.helpers import make_framework, make_org

pytestmark = pytest.mark.slow  # demo data and many commands


def _exchange(sender: Path, receiver: Path, folder: Path, sender_name: str) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    tirek(sender, "sync", "export", "--out", str(folder))
    files = [str(f) for f in folder.iterdir()]
    proc = tirek(receiver, "sync", "import", *files, check=False)
    if proc.returncode == 3:  # held until the sender is approved, as a person would do
        tirek(receiver, "sync", "trust", sender_name)
    else:
        assert proc.returncode == 0, proc.stderr


def test_linked_evidence_survives_sync_and_appears_on_another_installation(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "A", tmp_path / "B"
    for home, device, role in ((a, "Osh-1", "coordinator"), (b, "Naryn-2", "trainer")):
        laptop = Store.open(home)
        laptop.initialise(device, role)
        laptop.close()
    template = write_nap_template(tmp_path / "nap.xlsx")
    wb = load_workbook(template)
    for row in wb["Example"].iter_rows(min_row=2, values_only=True):
        wb["Plan"].append(list(row))
    wb.save(template)

    # On laptop A: a training, a meeting with an action item, linked as evidence; progress;
    # an assessment.
    store = Store.open(a)
    try:
        plan_id = import_plan(store, template, title="NAP 1325").plan_id
        osh = region_id("osh")
        training = create_training(
            store, {"title": "1325 for candidates", "start_date": "2025-04-01",
                    "end_date": "2025-04-02", "region_id": osh},
        )  # fmt: skip
        meeting = create_meeting(
            store, {"kind": "stakeholder", "title": "Akimiat", "date": "2025-06-01",
                    "region_id": osh},
        )  # fmt: skip
        item = add_action_item(store, meeting, {"text": "Propose women to the council"})
        ind = nap.find_indicator(store, plan_id, "1.1.2").id
        nap.link_evidence(store, ind, "training", training, "24 women trained")
        nap.link_evidence(store, ind, "action_item", item)
        nap.add_progress(store, ind, {"date": "2025-06-30", "value": 120, "region_id": osh,
                                      "narrative": "Half-year report"})  # fmt: skip
        fw = make_framework(store)
        org = make_org(store)
        qs = [q for qq in fw.questions.values() for q in qq]
        assessment = asm.record_assessment(
            store, {"organisation_id": org, "version_id": fw.version_id, "date": "2025-02-01",
                    "assessor": "Айгүл"}, dict.fromkeys(qs, 3),
        )  # fmt: skip
        report_a = nap.monitoring(store, plan_id, start="2025-01-01", end="2025-12-31")
    finally:
        store.close()

    _exchange(a, b, tmp_path / "ab", "Osh-1")

    store = Store.open(b)
    try:
        ind_b = nap.find_indicator(store, plan_id, "1.1.2").id
        assert ind_b == ind
        evidence = nap.list_evidence(store, ind_b)
        assert [(e.kind, e.title, e.note) for e in evidence] == [
            ("training", "1325 for candidates", "24 women trained"),
            ("action_item", "Propose women to the council", None),
        ]
        report_b = nap.monitoring(store, plan_id, start="2025-01-01", end="2025-12-31")
        assert report_b == report_a
        assert asm.get_assessment(store, assessment).overall == 3.0
        # Laptop B adds progress of its own and links its own meeting.
        naryn = region_id("naryn")
        m2 = create_meeting(
            store, {"kind": "ngo", "title": "Naryn NGOs", "date": "2025-09-01",
                    "region_id": naryn},
        )  # fmt: skip
        nap.link_evidence(store, ind_b, "meeting", m2)
        nap.add_progress(store, ind_b, {"date": "2025-09-30", "status": "delayed",
                                        "region_id": naryn})  # fmt: skip
    finally:
        store.close()

    _exchange(b, a, tmp_path / "ba", "Naryn-2")

    pdf = tmp_path / "report.pdf"
    out = tirek(a, "nap", "report", "--plan", plan_id, "--from", "2025-01-01", "--to",
                "2025-12-31", "--region", "naryn", "--out", str(pdf)).stdout  # fmt: skip
    assert "delayed 1" in out
    store = Store.open(a)
    try:
        kinds = [e.kind for e in nap.list_evidence(store, ind)]
        assert sorted(kinds) == ["action_item", "meeting", "training"]
        m = nap.monitoring(store, plan_id, start="2025-01-01", end="2025-12-31", region_id=naryn)
        row = next(r for r in m.rows if r.indicator.id == ind)
        assert row.latest.status == "delayed"
        assert [e.title for e in row.evidence] == ["Naryn NGOs"]
    finally:
        store.close()
