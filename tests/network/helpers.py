"""Small frameworks and plans built through the real services, shared by the tests."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.services import assessments as asm
from app.core.services import nap
from app.core.services.organisations import create_organisation
from app.core.services.reference import region_id
from app.core.store import Store


@dataclass(frozen=True)
class Framework:
    framework_id: str
    version_id: str
    # question ids by dimension code, in order
    questions: dict[str, list[str]]


def make_framework(store: Store) -> Framework:
    """Two dimensions: governance (weights 2, 1) and advocacy (weights 1, 1, 1); scale 1-4."""
    fid, vid = asm.create_framework(store, {"name": "Capacity", "scale_min": 1, "scale_max": 4})
    gov = asm.add_dimension(store, vid, {"code": "governance", "name": "Governance"})
    adv = asm.add_dimension(store, vid, {"code": "advocacy", "name": "Advocacy"})
    qs = {
        "governance": [
            asm.add_question(store, gov, {"text": "Board meets", "weight": 2}),
            asm.add_question(store, gov, {"text": "Decisions minuted"}),
        ],
        "advocacy": [asm.add_question(store, adv, {"text": f"Advocacy {n}"}) for n in range(1, 4)],
    }
    return Framework(fid, vid, qs)


def make_org(store: Store, name: str = "ОФ «Үмүт»", region: str = "osh") -> str:
    return create_organisation(
        store, {"name": name, "kind": "womens_ngo", "region_id": region_id(region)}
    )


@dataclass(frozen=True)
class Plan:
    plan_id: str
    indicators: dict[str, str]  # code -> id


def make_plan(store: Store) -> Plan:
    pid = nap.create_plan(store, {"title": "NAP 1325", "start_year": 2024, "end_year": 2027})
    o = nap.add_objective(store, pid, {"code": "1", "title": "Participation"})
    t = nap.add_task(store, o, {"code": "1.1", "title": "Councils", "deadline": "2026-12-31"})
    i1 = nap.add_indicator(
        store, t, {"code": "1.1.1", "title": "Women deputies", "unit": "%", "baseline": 20,
                   "target": 30},
    )  # fmt: skip
    i2 = nap.add_indicator(
        store, t, {"code": "1.1.2", "title": "Candidates trained", "baseline": 0, "target": 100}
    )
    return Plan(pid, {"1.1.1": i1, "1.1.2": i2})
