"""A project's results framework filled from the records of two laptops.

Two trainings with pre/post scores and follow-up outcomes are recorded on two laptops,
synced through real bundle files, and every computed indicator value is checked, per
period and by sex, against an independent count made with plain sqlite3 on each
laptop's database file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from app.core.services import attendance, duplicates, people, projects, trainings
from app.core.services.results import framework, indicators, knowledge, local, outcomes
from app.core.store import Store
from tests.rawdb import connect_raw
from tests.sync.helpers import digest, send

ATTENDED = ("present", "late", "left_early")


def _training(store: Store, project: str, title: str, day: date, names: list[tuple[str, str, int]]):
    tid = trainings.create_training(
        store, {"title": title, "project_id": project, "start_date": day, "end_date": day}
    )
    sid = trainings.add_session(store, tid, {"date": day, "hours": 6})
    pids = [
        people.create_person(store, {"full_name": n, "sex": sex, "birth_year": year})
        for n, sex, year in names
    ]
    trainings.enrol(store, tid, pids)
    return tid, sid, pids


def _independent(db: Path, project: str, start: str, end: str) -> dict[str, object]:
    """The same numbers as the indicators, counted directly in SQL and Python."""
    con = connect_raw(db)
    try:
        into = dict(con.execute("SELECT id, merged_into_id FROM person").fetchall())

        def kept(pid: str) -> str:
            seen = {pid}
            while into.get(pid):
                pid = into[pid]
                if pid in seen:
                    break
                seen.add(pid)
            return pid

        sex = dict(con.execute("SELECT id, sex FROM person WHERE deleted = 0").fetchall())
        marks = con.execute(
            "SELECT am.person_id, s.date FROM attendance_mark am "
            "JOIN session s ON s.id = am.session_id JOIN training t ON t.id = s.training_id "
            "WHERE t.project_id = op_key(?) AND t.deleted = 0 AND s.deleted = 0 "
            "AND am.deleted = 0 "
            f"AND am.status IN {ATTENDED!r}",
            (project,),
        ).fetchall()
        first: dict[str, str] = {}
        for pid, day in marks:
            k = kept(pid)
            if k in sex and (k not in first or day < first[k]):
                first[k] = day
        # Trained in the period: attended a session within it (whatever she attended before).
        trained = {kept(p) for p, d in marks if start <= d <= end and kept(p) in sex}
        women = {p for p in trained if sex[p] == "female"}
        scores: dict[tuple[str, str], dict[str, float]] = {}
        for tid, pid, phase, score in con.execute(
            "SELECT ks.training_id, ks.person_id, ks.phase, ks.score FROM knowledge_score ks "
            "JOIN training t ON t.id = ks.training_id WHERE t.project_id = op_key(?) "
            "AND t.deleted = 0 "
            "AND ks.deleted = 0 AND ks.score IS NOT NULL AND t.start_date BETWEEN ? AND ?",
            (project, start, end),
        ):
            k = kept(pid)
            got = scores.setdefault((tid, k), {})
            got[phase] = max(got.get(phase, score), score)
        both = {key: v for key, v in scores.items() if "pre" in v and "post" in v}
        rose = [key for key, v in both.items() if v["post"] - v["pre"] >= 2]
        candidates = set()
        for pid, day in con.execute(
            "SELECT person_id, date FROM outcome WHERE kind = 'candidate' AND deleted = 0 "
            "AND date BETWEEN ? AND ?",
            (start, end),
        ):
            k = kept(pid)
            if k in first and first[k] <= day:
                candidates.add(k)
        results = con.execute(
            "SELECT count(*) FROM local_result WHERE project_id = op_key(?) AND deleted = 0 "
            "AND date BETWEEN ? AND ?",
            (project, start, end),
        ).fetchone()[0]
    finally:
        con.close()
    return {
        "trained": len(trained),
        "trained_by_sex": {
            s: float(sum(1 for p in trained if sex[p] == s))
            for s in sorted({sex[p] for p in trained})
        },
        "women": len(women),
        "share": round(100 * len(rose) / len(both), 1) if both else None,
        "candidates": len(candidates),
        "local": results,
    }


def test_indicators_computed_on_two_laptops_match_an_independent_count(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    office = make_store("office", device="Bishkek-office", role="coordinator")
    osh = make_store("osh", device="Osh-1", role="trainer")
    project = projects.create_project(
        office, {"name": "Women in local elections", "donor": "UN Women"}
    )
    outcome_st = framework.add_statement(
        office, project, {"level": "outcome", "code": "1", "text": "Women run and are elected"}
    )
    output_st = framework.add_statement(
        office, project, {"level": "output", "code": "1.1", "text": "Women trained"}
    )
    ind = {
        "trained": framework.add_indicator(
            office,
            output_st,
            {"code": "1.1.a", "name": "People trained", "definition": "people_trained"},
        ),
        "women": framework.add_indicator(
            office,
            output_st,
            {
                "code": "1.1.b",
                "name": "Women trained",
                "definition": "people_trained",
                "sex": "female",
            },
        ),
        "share": framework.add_indicator(
            office,
            output_st,
            {
                "code": "1.1.c",
                "name": "Knowledge up by 2 points",
                "definition": "knowledge_increased_share",
                "margin": 2,
                "unit": "%",
            },
        ),
        "candidates": framework.add_indicator(
            office,
            outcome_st,
            {"code": "1.a", "name": "Trained who ran", "definition": "trained_candidates"},
        ),
        "local": framework.add_indicator(
            office,
            outcome_st,
            {"code": "1.b", "name": "Local plans with gender", "definition": "local_results"},
        ),
        "manual": framework.add_indicator(
            office,
            outcome_st,
            {"code": "1.c", "name": "Media mentions", "definition": "manual", "baseline": 0},
        ),
    }
    framework.set_target(office, ind["trained"], "2026", 30)
    framework.set_target(office, ind["trained"], "2026-H1", 10)
    framework.set_value(office, ind["manual"], "2026", 4, "press clippings folder, p. 1-4")
    test_id = knowledge.create_test(
        office,
        "Local elections: what a candidate needs",
        [knowledge.Question(f"Question {i}", "b", 1) for i in range(10)],
    )
    send(office, osh, tmp_path / "to-osh")

    # Office: a training in March; Osh: one in September, recorded on the trainer's laptop.
    t1, s1, p1 = _training(
        office,
        project,
        "Bishkek: running for the local council",
        date(2026, 3, 10),
        [("Асанова Жаңыл", "female", 1980), ("Бекова Айгүл", "female", 2001),
         ("Токтогулов Бакыт", "male", 1975), ("Осмонова Гүлзат", "female", 1990)],
    )  # fmt: skip
    t2, s2, p2 = _training(
        osh,
        project,
        "Osh: women in local councils",
        date(2026, 9, 2),
        [("Мамытова Нургүл", "female", 1985), ("Сыдыкова Алтынай", "female", 1999),
         ("Жумабаев Эрлан", "male", 1988), ("Асанова Жаныл", "female", 1980)],
    )  # fmt: skip
    attendance.mark_attendance(
        office, s1, {p1[0]: "present", p1[1]: "late", p1[2]: "present", p1[3]: "absent"}
    )
    attendance.mark_attendance(osh, s2, {p: "present" for p in p2})
    knowledge.attach_test(office, t1, test_id)
    knowledge.attach_test(osh, t2, test_id)
    knowledge.record_scores(office, t1, test_id, "pre", {p1[0]: 3, p1[1]: 5, p1[2]: 4})
    knowledge.record_scores(office, t1, test_id, "post", {p1[0]: 8, p1[1]: 6, p1[2]: 7})
    knowledge.record_scores(osh, t2, test_id, "pre", {p: 2 for p in p2})
    knowledge.record_scores(osh, t2, test_id, "post", {p2[0]: 9, p2[1]: 3, p2[2]: 5, p2[3]: 4})
    outcomes.record_outcome(
        osh,
        p2[0],
        {"kind": "candidate", "date": date(2026, 10, 20), "source": "election_commission"},
        [t2],
    )
    outcomes.record_outcome(
        office,
        p1[0],
        {"kind": "candidate", "date": date(2026, 2, 1), "source": "phone_follow_up"},
    )  # before her training: not counted
    outcomes.record_outcome(
        office,
        p1[1],
        {"kind": "candidate", "date": date(2026, 5, 4), "source": "phone_follow_up"},
        [t1],
    )
    local.record_local_result(
        osh,
        {
            "kind": "development_plan",
            "title": "Kara-Suu plan: shelter line",
            "date": date(2026, 11, 2),
            "project_id": project,
        },
    )

    send(osh, office, tmp_path / "to-office")
    # The same woman was registered on both laptops: the coordinator merges her records.
    duplicates.merge_people(office, p2[3], p1[0])
    send(office, osh, tmp_path / "to-osh")
    assert digest(office) == digest(osh)

    for period, (start, end) in {
        "2026": ("2026-01-01", "2026-12-31"),
        "2026-H1": ("2026-01-01", "2026-06-30"),
        "2026-Q3": ("2026-07-01", "2026-09-30"),
        "2026-H2": ("2026-07-01", "2026-12-31"),
    }.items():
        for store in (office, osh):
            got = {r.indicator_id: r for r in indicators.compute_indicators(store, project, period)}
            want = _independent(store.home.database, project, start, end)
            assert got[ind["trained"]].value == want["trained"], period
            assert got[ind["trained"]].by_sex == want["trained_by_sex"], period
            assert got[ind["women"]].value == want["women"], period
            assert got[ind["share"]].value == want["share"], period
            assert got[ind["candidates"]].value == want["candidates"], period
            assert got[ind["local"]].value == want["local"], period
    year = {r.indicator_id: r for r in indicators.compute_indicators(osh, project, "2026")}
    # The numbers themselves, so a wrong independent count cannot hide a wrong indicator:
    # 6 people (Жаңыл counted once after the merge; Гүлзат was absent), 4 women.
    assert year[ind["trained"]].value == 6
    assert year[ind["trained"]].target == 30
    assert year[ind["women"]].value == 4
    assert year[ind["candidates"]].value == 2  # Нургүл (Oct) and Айгүл (May); not Feb
    assert year[ind["local"]].value == 1
    assert year[ind["share"]].value == 71.4  # 5 of 7 (participant, training) pairs rose by 2+
    assert year[ind["manual"]].value == 4 and year[ind["manual"]].baseline == 0
    assert "press clippings" in year[ind["manual"]].records[0].detail


def test_a_number_traces_to_its_records(make_store: Callable[..., Store]) -> None:
    store = make_store(role="coordinator")
    project = projects.create_project(store, {"name": "Peace-building in Batken"})
    st = framework.add_statement(
        store, project, {"level": "output", "code": "1", "text": "Trained"}
    )
    women = framework.add_indicator(
        store,
        st,
        {"code": "1.a", "name": "Women trained", "definition": "people_trained", "sex": "female"},
    )
    _t, s, pids = _training(
        store,
        project,
        "Batken: dialogue",
        date(2026, 4, 1),
        [("Айтбаева Чолпон", "female", 1970), ("Керимов Азамат", "male", 1980),
         ("Шарипова Мээрим", "female", 1995)],
    )  # fmt: skip
    attendance.mark_attendance(
        store, s, {pids[0]: "present", pids[1]: "present", pids[2]: "excused"}
    )
    traced = indicators.trace_indicator(store, women, "2026")
    assert traced.value == 1
    assert [(r.kind, r.id, r.label) for r in traced.records] == [
        ("person", pids[0], "Айтбаева Чолпон")
    ]


def test_the_command_line_lists_traces_and_exports(
    make_store: Callable[..., Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    from app.cli.main import main

    store = make_store(role="coordinator")
    project = projects.create_project(store, {"name": '=HYPERLINK("x")'})
    _t, s, pids = _training(
        store, project, "Naryn", date(2026, 6, 1), [("Исакова Бермет", "female", 1990)]
    )
    attendance.mark_attendance(store, s, {pids[0]: "present"})
    store.close()

    def run(*argv: str) -> str:
        assert main(["--home", str(store.home.root), "results", *argv]) == 0
        return capsys.readouterr().out.strip()

    st = run("statement", "--project", project, "--level", "output", "--code", "1",
             "--text", "Women trained")  # fmt: skip
    ind = run("indicator", "--statement", st, "--code", "1.a", "--name", "People trained",
              "--definition", "people_trained")  # fmt: skip
    run("target", ind, "--period", "2026", "--target", "2")
    run("outcome", pids[0], "--kind", "candidate", "--date", "2026-09-01",
        "--source", "phone_follow_up")  # fmt: skip
    assert main(["--home", str(store.home.root), "results", "value", ind, "--period", "2026",
                 "--value", "3", "--evidence", "x"]) == 2  # fmt: skip
    assert "computes this indicator" in capsys.readouterr().err
    home = str(store.home.root)
    assert (
        main(["--home", home, "results", "indicators", "--project", project, "--period", "2026"])
        == 0
    )
    out = capsys.readouterr().out
    assert "People trained" in out and " 1 " in out and "female=1" in out
    assert main(["--home", home, "results", "trace", ind, "--period", "2026"]) == 0
    assert "Исакова Бермет" in capsys.readouterr().out
    assert main(["--home", home, "results", "trace", ind, "--period", "20x6"]) == 2
    assert "not a period" in capsys.readouterr().err
    xlsx = tmp_path / "framework.xlsx"
    argv = ["--home", home, "results", "export", "--project", project, "--period", "2026"]
    assert main([*argv, "--out", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    sheet = wb["Framework"]
    assert sheet["A1"].data_type == "s" and sheet["A1"].value.startswith("'=")
    row = [c.value for c in sheet[3]]
    assert row[3:8] == ["People trained", None, None, 2, 1]
    evidence = [[c.value for c in r] for r in wb["Evidence"].iter_rows(min_row=2)]
    assert evidence == [["2026", "1.a", "person", pids[0], "Исакова Бермет", "2026-06-01"]]
