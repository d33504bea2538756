"""The session template behind `make_fast_store`: every copy is its own installation."""

from __future__ import annotations

from collections.abc import Callable

from app.core.models import Region
from app.core.services.people import create_person
from app.core.store import Store
from app.sync import exchange
from tests.conftest import op_count
from tests.sync.helpers import digest


def test_copies_of_the_template_are_separate_installations(
    make_fast_store: Callable[..., Store], tmp_path
) -> None:
    a = make_fast_store("a", "Osh-1")
    b = make_fast_store("b", "Naryn-1", "coordinator")
    ia, ib = a.require_identity(), b.require_identity()
    assert ia.replica_id != ib.replica_id
    assert ia.public_key != ib.public_key
    assert ia.incarnation != ib.incarnation
    assert (a.home.incarnation_marker).read_text() == ia.incarnation
    assert ib.role == "coordinator"
    assert a.schema_version() == Store.open(tmp_path / "fresh").schema_version()
    with a.read() as s:
        assert s.query(Region).count() > 0  # the reference rows every installation makes
    # They are real peers: a file from one applies on the other.
    create_person(a, {"full_name": "Aida"})
    sent = exchange.export_bundle(a, tmp_path)
    assert exchange.import_file(b, sent.path).status == "held"
    _, receipts = exchange.trust(b, "Osh-1")
    assert receipts[0].status == "applied"
    assert op_count(b) == op_count(a) == 1
    assert digest(a) == digest(b)
