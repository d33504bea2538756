"""Hypothesis: three laptops create and edit people, a coordinator erases some, files
travel in random orders (old files too). Erased people never reappear on any laptop, and
once everyone has exchanged everything, all laptops hold the same data (same digest)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from app.core.erasure import ERASABLE, erased_people
from app.core.models import Person
from app.core.services import privacy
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange
from tests.sync.helpers import digest, installation, scratch, send

LAPTOPS = ("coord", "osh", "naryn")


class ErasureMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="tirek-erasure-", dir=scratch()))
        self.stores: dict[str, Store] = {
            "coord": installation(self.root / "coord", "Bishkek-office", "coordinator"),
            "osh": installation(self.root / "osh", "Osh-1"),
            "naryn": installation(self.root / "naryn", "Naryn-2"),
        }
        self.people: dict[str, tuple[str, str]] = {}  # id -> (name, phone) ever written
        self.erased: set[str] = set()
        self.files: list[Path] = []
        self.phones: dict[str, set[str]] = {}  # every phone ever given to a person
        self.n = 0

    def teardown(self) -> None:
        for s in self.stores.values():
            s.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def _known(self, laptop: str) -> list[str]:
        store = self.stores[laptop]
        with store.read() as s:
            ids = set(s.scalars(select(Person.id)))
            gone = erased_people(s)
        return sorted(i for i in ids if i in self.people and i not in gone)

    @rule(laptop=st.sampled_from(LAPTOPS))
    def add_person(self, laptop: str) -> None:
        self.n += 1
        name, phone = f"Жаңыл Тест{self.n:03d}кызы", f"+99655500{self.n:04d}"
        pid = create_person(self.stores[laptop], {"full_name": name, "phone": phone})
        self.people[pid] = (name, phone)
        self.phones[pid] = {phone}

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 50))
    def edit_phone(self, laptop: str, pick: int) -> None:
        known = self._known(laptop)
        if not known:
            return
        pid = known[pick % len(known)]
        self.n += 1
        phone = f"+99670000{self.n:04d}"
        update_person(self.stores[laptop], pid, {"phone": phone, "notes": f"call {phone}"})
        self.people[pid] = (self.people[pid][0], phone)
        self.phones.setdefault(pid, set()).add(phone)

    @precondition(lambda self: bool(self.people))
    @rule(pick=st.integers(0, 50))
    def erase(self, pick: int) -> None:
        known = self._known("coord")
        if not known:
            return
        pid = known[pick % len(known)]
        privacy.erase_person(self.stores["coord"], pid, "her request")
        self.erased.add(pid)

    @rule(src=st.sampled_from(LAPTOPS), dst=st.sampled_from(LAPTOPS))
    def sync(self, src: str, dst: str) -> None:
        if src != dst:
            send(self.stores[src], self.stores[dst], self.root / "files" / f"{src}-{dst}")

    @rule(src=st.sampled_from(LAPTOPS))
    def keep_a_file(self, src: str) -> None:
        folder = self.root / "old" / str(len(self.files))
        folder.mkdir(parents=True)
        self.files.append(exchange.export_bundle(self.stores[src], folder).path)

    @precondition(lambda self: bool(self.files))
    @rule(dst=st.sampled_from(LAPTOPS), pick=st.integers(0, 50))
    def import_an_old_file(self, dst: str, pick: int) -> None:
        path = self.files[pick % len(self.files)]
        store = self.stores[dst]
        receipt = exchange.import_file(store, path)
        if receipt.status == "held":
            receipt = exchange.trust(store, receipt.sender)[1][0]
        assert receipt.status in ("applied", "known"), receipt

    @invariant()
    def erased_people_never_reappear(self) -> None:
        for laptop, store in self.stores.items():
            with store.read() as s:
                here = erased_people(s)
                conn = s.connection()
                for pid in here:
                    name, _phone = self.people[pid]
                    secrets = [name, *self.phones.get(pid, set())]
                    rows = [
                        repr(tuple(r))
                        for entity in ERASABLE
                        for r in conn.exec_driver_sql(f'SELECT * FROM "{entity}"')
                    ]
                    values = [
                        v
                        for (v,) in conn.exec_driver_sql(
                            "SELECT value FROM op_log WHERE value IS NOT NULL"
                        )
                    ]
                    blob = "\n".join(rows + values)
                    for secret in secrets:
                        assert secret not in blob, (laptop, secret)

    def converge(self) -> None:
        for _ in range(2):
            for src in LAPTOPS:
                for dst in LAPTOPS:
                    self.sync(src, dst)
        assert len({digest(s) for s in self.stores.values()}) == 1
        for store in self.stores.values():
            with store.read() as s:
                assert erased_people(s) == self.erased


class _Run(ErasureMachine):
    def teardown(self) -> None:
        try:
            self.converge()
            self.erased_people_never_reappear()
        finally:
            super().teardown()


_Run.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=14,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
TestErasureMachine = pytest.mark.long(15)(_Run.TestCase)
