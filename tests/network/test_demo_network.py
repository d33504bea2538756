"""The demo holds an example framework and an example plan, the same for the same seed."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from app.core.demo import load_demo
from app.core.demo_network import load_network_demo
from app.core.models import SYNCABLE
from app.core.services import assessments as asm
from app.core.services import nap
from app.core.store import Store

NETWORK_TABLES = [name for name in SYNCABLE if name.startswith(("assessment", "framework", "nap_"))]


def _ids(store: Store) -> dict[str, list[str]]:
    with store.read() as s:
        return {
            t: sorted(s.scalars(select(SYNCABLE[t].id)))  # type: ignore[attr-defined]
            for t in NETWORK_TABLES
        }


def test_demo_framework_and_plan_are_marked_examples_and_deterministic(
    make_store: Callable[..., Store],
) -> None:
    a, b = make_store("a"), make_store("b", device="Naryn-2")
    load_demo(a, "small", seed=3)
    load_demo(b, "small", seed=3)
    assert _ids(a) == _ids(b)
    assert all(_ids(a).values()), "every network table has demo rows"

    frameworks = asm.list_frameworks(a)
    assert [(f.is_example, "EXAMPLE" in f.name) for f in frameworks] == [(True, True)]
    plans = nap.list_plans(a)
    assert [(p.is_example, "EXAMPLE" in p.title) for p in plans] == [(True, True)]
    # Organisations were assessed more than once, on two versions of the framework.
    results = asm.list_assessments(a)
    assert {r.version_number for r in results} == {1, 2}
    by_org: dict[str, int] = {}
    for r in results:
        by_org[r.organisation_id] = by_org.get(r.organisation_id, 0) + 1
    assert min(by_org.values()) >= 2
    m = nap.monitoring(a, plans[0].id, start="2024-01-01", end="2026-12-31")
    assert all(r.entries for r in m.rows)
    assert sum(len(r.evidence) for r in m.rows) > 0
    # A second run with the same seed adds nothing.
    assert load_network_demo(a, seed=3) is False
