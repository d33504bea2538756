"""Certificate numbers stay unique when laptops issue offline, by construction.

The sync commands are built by another issue; until they exist these tests move the
register rows between laptops the way an import would (rows with their ids and
numbers, inserted as they are) and check that no number is ever given twice.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from random import Random

from hypothesis import given
from hypothesis import settings as settings_h
from hypothesis import strategies as st
from sqlalchemy import select

from app.core import settings
from app.core.models import Certificate
from app.core.models.base import RowId
from app.core.opcodec import row_key
from app.core.services import verification as v
from app.core.services.certificates import issue_certificates, list_register, number_prefix
from app.core.store import Store
from tests.documents.cert_fixtures import make_training, mark_all, own_network
from tests.rawdb import connect_raw

NAMES = tuple(f"Катышуучу Ңурбекова {i:02d}" for i in range(12))


def _laptop(make_store: Callable[..., Store], name: str, network: str) -> Store:
    store = make_store(name, device=name, role="coordinator")
    own_network(store, network)
    # No start time: sync's merge cannot store a session's time yet (reported).
    s = make_training(store, names=NAMES, start=None)
    mark_all(store, s)
    issue_certificates(store, s.training_id, "ky")
    return store


def _receive(into: Store, sender: Store) -> None:
    """What an import does to the register: the sender's rows arrive unchanged."""
    with sender.read() as s:
        rows = [
            {c.key: getattr(r, c.key) for c in Certificate.__table__.columns}
            for r in s.scalars(select(Certificate))
        ]
    # The training and people would arrive in the same bundle; only the register matters
    # here, so the rows go in on a plain connection (foreign keys not enforced).
    cols = list(rows[0])
    table = Certificate.__table__
    with connect_raw(into.home.database) as raw:
        have = {r[0] for r in raw.execute("select row_text(id) from certificate")}
        rows = [r for r in rows if r["id"] not in have]  # already there: nothing to do
        # Stored as the app stores them: ids and references as RowId keeps them (16 bytes).
        raw.executemany(
            f"insert into certificate ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
            [
                tuple(
                    row_key(x)
                    if isinstance(table.c[c].type, RowId) and x is not None
                    else str(x)
                    if hasattr(x, "isoformat")
                    else x
                    for c, x in r.items()
                )
                for r in rows
            ],
        )


def _coordinators(*stores: Store) -> None:
    """Both laptops hold issuer keys of the network (two coordinators)."""
    keys = " ".join(s.require_identity().public_key for s in stores)
    for s in stores:
        settings.put(s.home, "network", "issuer_keys", keys)


def test_two_laptops_offline_never_share_a_number(make_store: Callable[..., Store]) -> None:
    a = _laptop(make_store, "Osh-1", "0A0B0C0D")
    b = _laptop(make_store, "Naryn-1", "0A0B0C0D")
    numbers_a = {c.number for c in list_register(a)}
    numbers_b = {c.number for c in list_register(b)}
    assert len(numbers_a) == len(numbers_b) == len(NAMES)
    assert not numbers_a & numbers_b
    # Each laptop's numbers carry its own prefix and count 1, 2, 3, ...
    for store, numbers in ((a, numbers_a), (b, numbers_b)):
        prefix = number_prefix(store.require_identity().replica_id, 0)
        assert numbers == {f"{prefix}-{i:04d}" for i in range(1, len(NAMES) + 1)}
    # After the exchange both registers hold all 24 distinct numbers (the UNIQUE
    # constraint on the number would refuse a clash), and each laptop goes on counting.
    _receive(a, b)
    _receive(b, a)
    for store in (a, b):
        assert len({c.number for c in list_register(store)}) == 2 * len(NAMES)
    more = make_training(a, names=("Жаңы Катышуучу",))
    mark_all(a, more)
    [new] = issue_certificates(a, more.training_id, "ru")
    assert new.number == f"{number_prefix(a.require_identity().replica_id, 0)}-0013"
    # B's own certificates verify on B; A's, received, only once B knows A's key as one
    # of the network's issuer keys (trusting A's sync data is not enough).
    statuses = {c.issued_by: v.verify(b, c.code).status for c in list_register(b)}
    assert statuses == {"Naryn-1": v.VALID, "Osh-1": v.UNKNOWN_ISSUER}
    _coordinators(a, b)
    statuses = {c.issued_by: v.verify(b, c.code).status for c in list_register(b)}
    assert statuses == {"Naryn-1": v.VALID, "Osh-1": v.VALID}


def test_a_prefix_seen_from_another_laptop_is_skipped(make_store: Callable[..., Store]) -> None:
    b = _laptop(make_store, "Naryn-1", "0A0B0C0D")
    a = make_store("Osh-1", device="Osh-1")
    own_network(a, "0A0B0C0D")
    # Forge the unlucky case: B's rows carry the prefix A would choose first.
    mine = number_prefix(a.require_identity().replica_id, 0)
    with b.engine.begin() as conn:
        for r in conn.execute(select(Certificate.id, Certificate.serial)).all():
            conn.execute(
                Certificate.__table__.update()
                .where(Certificate.id == r.id)
                .values(number=f"{mine}-{r.serial:04d}")
            )
    _receive(a, b)
    s = make_training(a, names=NAMES)
    mark_all(a, s)
    issued = issue_certificates(a, s.training_id, "ky")
    second = number_prefix(a.require_identity().replica_id, 1)
    assert {c.number.split("-")[0] for c in issued} == {second}


def test_a_restored_database_does_not_reissue_numbers(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    a = _laptop(make_store, "Osh-1", "0A0B0C0D")
    before = {c.number for c in list_register(a)}
    a.close()
    # The database copied onto a second laptop (its own home folder and marker).
    (tmp_path / "copy").mkdir()
    shutil.copy(a.home.database, tmp_path / "copy" / "tirek.sqlite3")
    shutil.copytree(a.home.keys, tmp_path / "copy" / "keys")
    shutil.copy(a.home.settings, tmp_path / "copy" / "settings.ini")
    copy = make_store("copy")
    assert copy.retired_replica is not None  # it knows it is a copy
    s = make_training(copy, names=("Жаңы Катышуучу",))
    mark_all(copy, s)
    [new] = issue_certificates(copy, s.training_id, "ky")
    assert new.number not in before
    assert new.number.endswith("-0001")


def test_two_laptops_issue_offline_then_sync_through_a_folder(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    from app.sync import exchange

    shared = tmp_path / "shared"
    shared.mkdir()
    a = _laptop(make_store, "Osh-1", "0A0B0C0D")
    b = _laptop(make_store, "Naryn-1", "0A0B0C0D")
    mine = {s: {c.number for c in list_register(s)} for s in (a, b)}
    for _ in range(2):
        for s in (a, b):
            exchange.sync_folder(s, shared)
    exchange.trust(a, "Naryn-1")
    exchange.trust(b, "Osh-1")
    _coordinators(a, b)
    for _ in range(2):
        for s in (a, b):
            exchange.sync_folder(s, shared)
    for s in (a, b):
        register = list_register(s)
        numbers = [c.number for c in register]
        assert len(numbers) == len(set(numbers)) == 2 * len(NAMES)
        assert set(numbers) == mine[a] | mine[b]
        # Each laptop now trusts the other: every code verifies, whoever issued it.
        assert {v.verify(s, c.code).status for c in register} == {v.VALID}
    # Issuing goes on after the sync without touching the other laptop's numbers.
    more = make_training(b, names=("Жаңы Катышуучу",))
    mark_all(b, more)
    [new] = issue_certificates(b, more.training_id, "ky")
    assert new.number not in mine[a] | mine[b]


@settings_h(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["p1", "p2"]),
            st.sampled_from(["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"]),
            st.integers(1, 9),
            st.integers(0, 3),
            st.integers(1, 2),
        ),
        min_size=1,
        max_size=12,
        unique_by=lambda r: (r[1], r[2], r[4]),
    ),
    seed=st.randoms(),
)
def test_one_number_per_person_whatever_order_the_rows_arrive_in(
    rows: list[tuple[str, str, int, int, int]], seed: Random
) -> None:
    """Every laptop picks the same certificate per person, in any arrival order."""
    from datetime import date
    from types import SimpleNamespace

    from app.core.services.certificates import canonical

    made = [
        SimpleNamespace(training_id="t", person_id=p, number=f"{prefix}-{serial:04d}",
                        issued_on=date(2026, 10, 1 + day), version=version)
        for p, prefix, serial, day, version in rows
    ]  # fmt: skip
    first = {k: (r.number, r.version) for k, r in canonical(made).items()}  # type: ignore[arg-type]
    shuffled = made[:]
    seed.shuffle(shuffled)
    again = {k: (r.number, r.version) for k, r in canonical(shuffled).items()}  # type: ignore[arg-type]
    assert first == again
    assert set(first) == {("t", p) for p, *_ in rows}
