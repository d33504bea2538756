"""A framework and a NAP plan edited part by part from the command line, as a coordinator
does after the spreadsheet (`tirek assessment dimension-add ...`, `tirek nap task-add ...`)."""

from __future__ import annotations

from pathlib import Path

from app.core.services import assessments as asm
from app.core.services import nap
from app.core.store import Store
from tests.cli.test_cli import tirek
from tests.network.helpers import make_org


def _last_word(out: str) -> str:
    return out.strip().split()[-1]


def test_a_framework_is_built_edited_versioned_and_a_score_corrected(tmp_path: Path) -> None:
    trainer = tmp_path / "trainer"
    tirek(trainer, "init", "--device-name", "Osh-1")
    refused = tirek(trainer, "assessment", "framework-add", "--name", "Ours", check=False)
    assert refused.returncode == 2 and "cannot manage the network" in refused.stderr

    home = tmp_path / "coordinator"
    tirek(home, "init", "--device-name", "Bishkek-0", "--role", "coordinator")
    out = tirek(home, "assessment", "framework-add", "--name", "Ours", "--scale", "1-5").stdout
    framework, version = out.split("Framework created: ")[1].split(". Version id: ")
    version = version.strip()
    dim = _last_word(tirek(home, "assessment", "dimension-add", "--version", version,
                           "--code", "gov", "--name", "Governance").stdout)  # fmt: skip
    spare = _last_word(tirek(home, "assessment", "dimension-add", "--version", version,
                             "--code", "x", "--name", "Spare").stdout)  # fmt: skip
    q1 = _last_word(tirek(home, "assessment", "question-add", "--dimension", dim,
                          "--text", "A board meets", "--weight", "2").stdout)  # fmt: skip
    q2 = _last_word(tirek(home, "assessment", "question-add", "--dimension", dim,
                          "--text", "Minutes are kept").stdout)  # fmt: skip
    tirek(home, "assessment", "dimension-edit", dim, "--name", "Good governance")
    tirek(home, "assessment", "question-edit", q2, "--text", "Minutes are written and kept")
    tirek(home, "assessment", "question-delete", q1)
    tirek(home, "assessment", "dimension-delete", spare)
    out = tirek(home, "assessment", "version-edit", version, "--scale", "1-4").stdout
    assert "scale_max" in out
    shown = tirek(home, "assessment", "framework", "--version", version).stdout
    assert "Good governance" in shown and "Minutes are written and kept" in shown
    assert "A board meets" not in shown and "Spare" not in shown

    store = Store.open(home)
    try:
        d = asm.get_framework(store, version)
        assert (d.scale_min, d.scale_max) == (1, 4)
        assert [(x.code, [q.text for q in x.questions]) for x in d.dimensions] == [
            ("gov", ["Minutes are written and kept"])
        ]
        org = make_org(store)
        assessment = asm.record_assessment(
            store,
            {"organisation_id": org, "version_id": version, "date": "2026-05-01",
             "assessor": "Айгүл"},
            {q2: 2},
        )  # fmt: skip
    finally:
        store.close()
    used = tirek(home, "assessment", "question-edit", q2, "--text", "Other", check=False)
    assert used.returncode == 2 and "Traceback" not in used.stderr  # the version is in use now
    tirek(home, "assessment", "score", assessment, "--question", q2, "--score", "4",
          "--note", "checked the minutes")  # fmt: skip
    nxt = _last_word(tirek(home, "assessment", "version-new", framework).stdout)
    assert nxt != version
    store = Store.open(home)
    try:
        score = asm.get_assessment(store, assessment).scores[0]
        assert (score.score, score.note) == (4, "checked the minutes")
        assert asm.get_framework(store, nxt).number == 2
    finally:
        store.close()
    tirek(home, "assessment", "score", assessment, "--question", q2, "--not-applicable")
    store = Store.open(home)
    try:
        assert asm.get_assessment(store, assessment).scores[0].score is None
    finally:
        store.close()


def test_a_nap_plan_is_built_and_pruned_part_by_part(tmp_path: Path) -> None:
    home = tmp_path / "coordinator"
    tirek(home, "init", "--device-name", "Bishkek-0", "--role", "coordinator")
    plan = _last_word(tirek(home, "nap", "plan-add", "--title", "NAP 2025", "--years",
                            "2025-2027").stdout)  # fmt: skip
    tirek(home, "nap", "objective-add", "--plan", plan, "--code", "1", "--title", "Participation")
    tirek(home, "nap", "task-add", "--plan", plan, "--objective", "1", "--code", "1.1",
          "--title", "Train candidates", "--deadline", "2026-12-31")  # fmt: skip
    tirek(home, "nap", "indicator-add", "--plan", plan, "--task", "1.1", "--code", "1.1.1",
          "--title", "Women trained", "--unit", "people", "--target", "300")  # fmt: skip
    tirek(home, "nap", "indicator-add", "--plan", plan, "--task", "1.1", "--code", "1.1.2",
          "--title", "Candidates elected", "--baseline", "2,5")  # fmt: skip
    tirek(home, "nap", "progress", "--plan", plan, "--indicator", "1.1.1", "--date",
          "2025-05-01", "--value", "120")  # fmt: skip
    missing = tirek(home, "nap", "task-add", "--plan", plan, "--objective", "9", "--code",
                    "9.1", "--title", "Nowhere", check=False)  # fmt: skip
    assert missing.returncode == 2 and "This plan has no objective 9." in missing.stderr
    shown = tirek(home, "nap", "show", "--plan", plan).stdout
    assert "1.1.1\tWomen trained\t1 progress, 0 evidence" in shown

    tirek(home, "nap", "delete", "--plan", plan, "--indicator", "1.1.2")
    store = Store.open(home)
    try:
        p = nap.get_plan(store, plan)
        assert (p.title, p.start_year, p.end_year) == ("NAP 2025", 2025, 2027)
        [(_o, t, i)] = p.indicators()
        assert (t.code, str(t.deadline), i.code, i.unit, i.target) == (
            "1.1",
            "2026-12-31",
            "1.1.1",
            "people",
            300.0,
        )
    finally:
        store.close()
    tirek(home, "nap", "delete", "--plan", plan, "--objective", "1")  # with all under it
    assert "1.1" not in tirek(home, "nap", "show", "--plan", plan).stdout
