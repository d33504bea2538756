"""Property: whatever the marks, scores and merges, a computed indicator equals a count
made independently from the raw tables (one project per example, in one installation)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.services import attendance, duplicates, people, projects, trainings
from app.core.services.results import framework, indicators, knowledge
from app.core.store import Store
from tests.rawdb import connect_raw

STATUSES = st.sampled_from(["present", "late", "left_early", "excused", "absent", None])
SEX = st.sampled_from(["female", "male", None])

scenario = st.fixed_dictionaries(
    {
        "people": st.lists(st.tuples(SEX, st.integers(1950, 2008)), min_size=1, max_size=7),
        "days": st.lists(st.integers(0, 364), min_size=1, max_size=4),
        "marks": st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3), STATUSES), max_size=25),
        "scores": st.lists(
            st.tuples(st.integers(0, 6), st.sampled_from(["pre", "post"]), st.integers(0, 10)),
            max_size=14,
        ),
        "merges": st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=3),
        "margin": st.integers(0, 4),
    }
)


def _independent(db: str, project: str, start: date, end: date, margin: int) -> tuple:
    con = connect_raw(db)
    into = dict(con.execute("SELECT id, merged_into_id FROM person"))

    def kept(p: str) -> str:
        seen = [p]
        while into.get(p):
            p = into[p]
            if p in seen:
                return min(seen[seen.index(p) :])
            seen.append(p)
        return p

    sex = dict(con.execute("SELECT id, coalesce(sex, 'unknown') FROM person WHERE deleted = 0"))
    trained: dict[str, int] = {}
    for (pid,) in con.execute(
        "SELECT am.person_id FROM attendance_mark am JOIN session s ON s.id = am.session_id "
        "JOIN training t ON t.id = s.training_id WHERE t.project_id = op_key(?) AND am.deleted = 0 "
        "AND s.deleted = 0 AND t.deleted = 0 AND am.status IN ('present','late','left_early') "
        "AND s.date BETWEEN ? AND ?",
        (project, start.isoformat(), end.isoformat()),
    ):
        trained[kept(pid)] = 1
    by_sex: dict[str, float] = {}
    for p in trained:
        by_sex[sex[kept(p)]] = by_sex.get(sex[kept(p)], 0) + 1
    best: dict[tuple[str, str], dict[str, float]] = {}
    for tid, pid, phase, score in con.execute(
        "SELECT ks.training_id, ks.person_id, ks.phase, ks.score FROM knowledge_score ks "
        "JOIN training t ON t.id = ks.training_id WHERE t.project_id = op_key(?) "
        "AND ks.deleted = 0 "
        "AND ks.score IS NOT NULL AND t.start_date BETWEEN ? AND ?",
        (project, start.isoformat(), end.isoformat()),
    ):
        got = best.setdefault((tid, kept(pid)), {})
        got[phase] = max(score, got.get(phase, score))
    con.close()
    both = [v for v in best.values() if len(v) == 2]
    rose = sum(v["post"] - v["pre"] >= margin for v in both)
    share = round(100 * rose / len(both), 1) if both else None
    return float(len(trained)), dict(sorted(by_sex.items())), share


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=scenario)
def test_computed_indicators_equal_an_independent_count(
    make_store: Callable[..., Store], data: dict
) -> None:
    store = make_store("home", role="coordinator")
    project = projects.create_project(store, {"name": "P"})
    st_id = framework.add_statement(store, project, {"level": "output", "code": "1", "text": "T"})
    trained = framework.add_indicator(
        store, st_id, {"code": "a", "name": "trained", "definition": "people_trained"}
    )
    share = framework.add_indicator(
        store,
        st_id,
        {"code": "b", "name": "share", "definition": "knowledge_increased_share",
         "margin": data["margin"]},
    )  # fmt: skip
    start = date(2026, 1, 1)
    days = sorted({start + timedelta(days=d) for d in data["days"]})
    tid = trainings.create_training(
        store, {"title": "T", "project_id": project, "start_date": days[0], "end_date": days[-1]}
    )
    sessions = [trainings.add_session(store, tid, {"date": d}) for d in days]
    pids = [
        people.create_person(store, {"full_name": f"P{i}", "sex": s, "birth_year": y})
        for i, (s, y) in enumerate(data["people"])
    ]
    trainings.enrol(store, tid, pids)
    marks: dict[tuple[str, str], str | None] = {}
    for who, day, status in data["marks"]:
        if who < len(pids) and day < len(sessions):
            marks[(sessions[day], pids[who])] = status
    by_session: dict[str, dict[str, str | None]] = {}
    for (s, p), v in marks.items():
        by_session.setdefault(s, {})[p] = v
    for s, day in by_session.items():
        attendance.mark_attendance(store, s, day)
    test_id = knowledge.create_test(store, "K", [knowledge.Question("q", points=10)])
    knowledge.attach_test(store, tid, test_id)
    for who, phase, score in data["scores"]:
        if who < len(pids):
            knowledge.record_scores(store, tid, test_id, phase, {pids[who]: score})
    for a, b in data["merges"]:
        if a < len(pids) and b < len(pids) and a != b:
            try:
                duplicates.merge_people(store, pids[a], pids[b])
            except Exception as err:  # a refused merge (already merged, ...) is fine here
                assert type(err).__name__ in ("InputError", "NotFoundError"), err
    got = {r.indicator_id: r for r in indicators.compute_indicators(store, project, "2026")}
    count, by_sex, want_share = _independent(
        str(store.home.database), project, date(2026, 1, 1), date(2026, 12, 31), data["margin"]
    )
    assert got[trained].value == count
    assert got[trained].by_sex == by_sex
    assert got[share].value == want_share
    store.close()
