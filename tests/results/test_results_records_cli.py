"""The records a results framework counts, entered from the command line: a project with
its partners, a knowledge test, a local result (`tirek results project-add ...`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.core.models import LocalResult, LocalResultLink
from app.core.services import projects
from app.core.services.reference import region_id
from app.core.services.results import knowledge
from app.core.store import Store
from tests.network.helpers import make_org


def test_a_project_a_test_and_a_local_result_from_the_command_line(
    make_store: Callable[..., Store], capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(role="coordinator")
    a, b = make_org(store, "ОФ «Үмүт»"), make_org(store, "ОФ «Ынтымак»", "batken")
    home = str(store.home.root)
    store.close()

    def run(*argv: str, code: int = 0) -> str:
        assert main(["--home", home, "results", *argv]) == code
        out = capsys.readouterr()
        return (out.out if code == 0 else out.err).strip()

    project = run("project-add", "--name", "Women in local elections", "--donor", "UN Women",
                  "--start", "2026-01-01", "--end", "2027-12-31",
                  "--partner", a).split()[-1]  # fmt: skip
    assert run("project-edit", project, "--partner", b, "--partner", a, "--donor", "EU") == (
        "Changed: donor"
    )
    assert "before the start date" in run("project-edit", project, "--end", "2025-01-01", code=2)
    assert f"{project}\tWomen in local elections\tEU\t2026-01-01..2027-12-31\t2 partner(s)" in run(
        "projects"
    )
    out = run("test-add", "--title", "1325 basics", "--question", "What is 1325?|A resolution|2",
              "--question", "Name one pillar")  # fmt: skip
    assert "(2 question(s))" in out
    assert "TEXT|ANSWER|POINTS" in run("test-add", "--title", "X", "--question", "q|a|many",
                                       code=2)  # fmt: skip
    run("local-result", "--kind", "council_decision", "--title", "A women's council in Kara-Suu",
        "--date", "2026-11-02", "--region", "Osh", "--project", project,
        "--organisation", a, "--organisation", a)  # fmt: skip

    store = Store.open(home)
    try:
        [p] = projects.list_projects(store)
        assert (p.donor, sorted(p.partner_ids)) == ("EU", sorted([a, b]))
        [t] = knowledge.list_tests(store)
        assert (t.title, t.max_score) == ("1325 basics", 3.0)
        assert t.questions[0] == knowledge.Question("What is 1325?", "A resolution", 2.0)
        assert t.questions[1] == knowledge.Question("Name one pillar", None, 1.0)
        with store.read() as s:
            [r] = s.scalars(select(LocalResult)).all()
            assert (r.kind, r.region_id, r.project_id) == ("council_decision", region_id("osh"),
                                                          project)  # fmt: skip
            links = s.scalars(select(LocalResultLink.organisation_id)).all()
            assert links == [a]  # the same organisation named twice is one link
    finally:
        store.close()
