"""Changes only a coordinator may make, held until their laptop is known as a coordinator.

A laptop's role is a word in its own database: anyone holding the laptop could change
it. So a receiving laptop never believes it. An op that `rights.coordinator_only` names
(a merge of people, an approval of minutes, a retirement, an issuer statement, a
revocation, an erasure) is applied only when its origin's key is one of the network's
coordinator keys as this laptop knows them (the issuer keys its invitation brought,
not withdrawn: app/core/services/issuers.py). Otherwise the row it touches waits in
`sync_waiting_row` like any other waiting row, with `waiting_for` = "coordinator:" and
the origins held, and `tirek sync status` lists it. The rest of that row's changes are
shown; the held ops are left out of its state (`rowmerge.read_ops`). A row whose held op
is its creation (a retirement by a trainer) is not shown at all. Every import, approval
and `tirek network join` checks held rows again: once the origin is known as a
coordinator they are applied, the same on every laptop that knows the same network.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import rights
from app.core.models import Installation, PastReplica, Peer
from app.core.services.issuers import authority, issuer_keys
from app.core.store import Store
from app.sync.bundle import OpRow

HOLD = rights.HOLD_PREFIX
MAX_LISTED = 2  # origins named in one waiting_for (120 characters); more: the row waits whole


def coordinator_keys(store: Store) -> frozenset[str] | None:
    """The public keys this laptop knows as the network's coordinators today (None: this
    laptop belongs to no network)."""
    if not issuer_keys(store):  # no network: nothing to read or verify (every import asks)
        return None
    auth = authority(store)
    today = date.today()
    return frozenset(k for k in auth.roots if auth.standing(k, today).may_issue)


class Origins:
    """Which origins (replica ids) are coordinators, by their pinned key; cached."""

    def __init__(self, session: Session, keys: frozenset[str] | None) -> None:
        self.session = session
        self.keys = keys or frozenset()
        # A laptop in no network knows no coordinator keys: nothing can be told apart,
        # so nothing is held (as before roles were enforced; docs/roles.md, limits).
        self.active = keys is not None
        self._known: dict[str, bool] = {}

    def coordinator(self, origin: str) -> bool:
        if origin not in self._known:
            key = (
                self.session.scalar(select(Peer.public_key).where(Peer.replica_id == origin))
                or self.session.scalar(
                    select(PastReplica.public_key).where(PastReplica.replica_id == origin)
                )
                or self.session.scalar(
                    select(Installation.public_key).where(Installation.replica_id == origin)
                )
            )
            self._known[origin] = key is not None and key in self.keys
        return self._known[origin]

    def held(self, ops: Iterable[OpRow]) -> tuple[list[str], bool]:
        """The origins of coordinator-only ops among `ops` that are not coordinators, and
        whether one of those ops is a creation (the row then waits whole)."""
        out: set[str] = set()
        creates = False
        if not self.active:
            return [], False
        for o in ops:
            if rights.coordinator_only(o[3], o[5], o[6], o[7]) and not self.coordinator(o[0]):
                out.add(o[0])
                creates = creates or o[6] == "create"
        return sorted(out), creates


def reason(origins: list[str]) -> str:
    return HOLD + ",".join(origins[:MAX_LISTED])


def held_origins(waiting_for: str | None) -> list[str]:
    if not waiting_for or not waiting_for.startswith(HOLD):
        return []
    return waiting_for[len(HOLD) :].split(",")
