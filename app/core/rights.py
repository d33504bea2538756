"""What each role may do: one table, checked by the services (so the CLI and GUI obey it).

A laptop's role (trainer, coordinator, viewer) is in its identity. Services call
`require(store, right)` first thing in every guarded use case; screens call
`allowed(identity, right)` to hide or disable what the role lacks, and still show the
service's message if an action is reached anyway. A viewer (a donor visit, an auditor)
writes nothing at all: the Writer refuses (`refuse_viewer`, app/core/writer.py).

The role stored on one laptop decides only what that laptop's own services do. Across
laptops it is never believed: a change only a coordinator may make (`COORDINATOR_ONLY`)
that arrives by sync from a laptop the network does not know as a coordinator is held
(app/sync/held.py, listed by `tirek sync status`) until it is.
"""

from __future__ import annotations

import json
from typing import Protocol, runtime_checkable

from app.core.errors import N_, TirekError

TRAINER = "trainer"
COORDINATOR = "coordinator"
VIEWER = "viewer"
ROLES = (TRAINER, COORDINATOR, VIEWER)

# right -> (what it lets a laptop do, in the users' words; the roles that hold it)
RIGHTS: dict[str, tuple[str, frozenset[str]]] = {
    "edit_records": (
        N_("change records (people, trainings, meetings, marks)"),
        frozenset({TRAINER, COORDINATOR}),
    ),
    "print_training_papers": (
        N_("print a training's sign-in sheets, certificate drafts and workbook"),
        frozenset({TRAINER, COORDINATOR}),
    ),
    # Local only (decides what this laptop reads); a viewer needs it to receive anything.
    "approve_senders": (
        N_("approve a laptop's files for this laptop"),
        frozenset({TRAINER, COORDINATOR, VIEWER}),
    ),
    "issue_certificates": (
        N_("sign or revoke certificates"),
        frozenset({COORDINATOR}),
    ),
    "approve_minutes": (N_("approve minutes"), frozenset({COORDINATOR})),
    "merge_people": (N_("merge or unmerge people"), frozenset({COORDINATOR})),
    "trust_peers": (
        N_("retire a laptop for the whole network"),
        frozenset({COORDINATOR}),
    ),
    "export_names": (
        N_("export whole lists or reports with names"),
        frozenset({COORDINATOR}),
    ),
    "erase_person": (N_("erase a person's personal data"), frozenset({COORDINATOR})),
    "manage_network": (
        N_("manage the network (invitations, issuers, assessment frameworks)"),
        frozenset({COORDINATOR}),
    ),
}

ROLE_WORDS = {
    TRAINER: N_("a trainer's laptop"),
    COORDINATOR: N_("a coordinator's laptop"),
    VIEWER: N_("a viewer's laptop (read only)"),
}

# Changes by sync that only a coordinator may make: (entity, field or "*", kind or "*")
# -> the right. "*" matches any field / any kind. A create counts for entity-wide rules
# only (a person's record is created by anyone; a retirement only by a coordinator).
COORDINATOR_ONLY: dict[tuple[str, str, str], str] = {
    ("person", "merged_into_id", "*"): "merge_people",
    ("meeting", "approved_at", "*"): "approve_minutes",
    ("meeting", "approved_by", "*"): "approve_minutes",
    ("device_retirement", "*", "*"): "trust_peers",
    ("issuer_statement", "*", "*"): "manage_network",
    ("certificate_revocation", "*", "*"): "issue_certificates",
    ("*", "*", "erase"): "erase_person",
}


# sync_waiting_row.waiting_for of a row holding such changes: this prefix, then the
# origins held, comma-separated (app/sync/held.py writes it, rowmerge.read_ops obeys it).
HOLD_PREFIX = "coordinator:"


class NotAllowed(TirekError):
    """This laptop's role does not hold the right for what was asked; nothing was written."""

    def __init__(self, role: str, right: str) -> None:
        self.role = role
        self.right = right
        super().__init__(
            N_("This is {role_words}: it cannot {action}. Ask the network's coordinator."),
            role_words=ROLE_WORDS.get(role, role),
            action=RIGHTS[right][0],
        )


@runtime_checkable
class _HasRole(Protocol):
    @property
    def role(self) -> str: ...


@runtime_checkable
class _HasIdentity(Protocol):
    def require_identity(self) -> _HasRole: ...


def allowed(who: _HasRole | None, right: str) -> bool:
    """Whether the identity `who` holds `right` (no identity yet: nothing is allowed)."""
    if right not in RIGHTS:
        raise KeyError(right)  # a typo in a right's name is our bug, not the user's
    return who is not None and who.role in RIGHTS[right][1]


def require(who: _HasIdentity | _HasRole, right: str) -> None:
    """Raise NotAllowed unless this laptop's role holds `right` (a store or an identity)."""
    ident = who.require_identity() if isinstance(who, _HasIdentity) else who
    if not allowed(ident, right):
        raise NotAllowed(ident.role, right)


def refuse_viewer(role: str | None) -> None:
    """The Writer's check: a viewer's laptop writes no syncable data at all."""
    if role == VIEWER:
        raise NotAllowed(VIEWER, "edit_records")


def coordinator_only(entity: str, field: str | None, kind: str, value: str | None = None) -> bool:
    """Whether an op (as stored in the op log) is one only a coordinator's laptop may make.

    A create counts for entity-wide rules, and for a field rule when its body already
    sets that field (a meeting created approved, a person created merged).
    """
    for e, f, k in COORDINATOR_ONLY:
        if e not in ("*", entity) or k not in ("*", kind):
            continue
        if f == "*" or (kind != "create" and f == field):
            return True
        if kind == "create" and value and f in value:
            body = json.loads(value)
            if isinstance(body, dict) and body.get(f) not in (None, ""):
                return True
    return False
