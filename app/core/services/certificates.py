"""Certificate eligibility, the coordinator's overrides, and the numbered register.

Numbers are unique network-wide without a server, by construction:
- A number is "<prefix>-<serial>". The prefix is 8 base32 characters derived from the
  issuing installation's replica id; the serial counts that replica's certificates and
  is one more than the highest serial it ever gave (register rows are never erased: a
  deleted certificate stays as a tombstone, so a serial is never handed out twice).
- A restored or copied database gets a fresh replica id at start-up (app/core/identity.py),
  hence a fresh prefix and serials from 1 again: a backup can never re-issue numbers.
- Two installations have the same prefix only if 40 bits of their random replica ids
  agree. Prefixes already seen in the register (from other laptops, through sync) are
  skipped: the prefix is the first of SHA-256("<replica id>:<k>"), k = 0, 1, ..., that
  no other issuer uses. So a clash with a laptop whose certificates this one has seen
  is impossible, and with one not seen yet it takes two random 40-bit values to agree
  (for 1,000 laptops: about 1 in 2 million).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.core import settings
from app.core.errors import N_, InputError
from app.core.identity import private_key
from app.core.models import (
    Certificate,
    CertificateOverride,
    Enrolment,
    Person,
    Training,
    link_id,
    new_id,
)
from app.core.one_person import counted_ids
from app.core.progress import NO_PROGRESS, Progress
from app.core.services.attendance import attendance_grid
from app.core.services.common import require_row
from app.core.services.verification import Facts, format_number, network_id, qr_payload, sign
from app.core.store import Store
from app.core.text import clean

LANGUAGES = ("ky", "ru", "en", "ky+ru")
DECISIONS = ("include", "exclude")


# -- eligibility -------------------------------------------------------------------------
@dataclass(frozen=True)
class Eligibility:
    """One enrolled person's standing against the training's certificate rule."""

    person_id: str
    full_name: str
    attended_sessions: int
    total_sessions: int
    attended_hours: float
    total_hours: float
    meets_rule: bool
    decision: str | None  # "include" | "exclude" | None (the rule decides)
    reason: str | None
    decided_by: str | None

    @property
    def eligible(self) -> bool:
        if self.decision is not None:
            return self.decision == "include"
        return self.meets_rule


@dataclass(frozen=True)
class EligibilityList:
    training_id: str
    rule: str
    threshold: int
    people: tuple[Eligibility, ...]  # in the grid's order

    @property
    def eligible(self) -> tuple[Eligibility, ...]:
        return tuple(p for p in self.people if p.eligible)


def meets_rule(
    rule: str, threshold: int, sessions: int, total: int, hours: float, total_hours: float
) -> bool:
    """Whether attendance satisfies the rule: all sessions, or threshold % of sessions/hours."""
    if total == 0:
        return False
    if rule == "percent_sessions":
        return sessions * 100 >= threshold * total
    if rule == "percent_hours":
        if total_hours <= 0:  # hours not entered: count sessions instead
            return sessions * 100 >= threshold * total
        return hours * 100 >= threshold * total_hours - 1e-9
    return sessions == total


def eligibility(store: Store, training_id: str) -> EligibilityList:
    """Who earns a certificate for a training, from the marks, the rule and the overrides."""
    with store.read() as s:
        require_row(s, Training, training_id, "training")
        t = s.get_one(Training, training_id)
        rule, threshold = t.certificate_rule or "all_sessions", t.certificate_threshold or 100
        found = list(
            s.scalars(
                select(CertificateOverride).where(
                    CertificateOverride.training_id == training_id,
                    CertificateOverride.deleted.is_(False),
                )
            )
        )
        who = counted_ids(s, [o.person_id for o in found])
        overrides = {who[o.person_id]: o for o in found}
    grid = attendance_grid(store, training_id)
    total = len(grid.sessions)
    total_hours = sum(x.hours for x in grid.sessions)
    people = []
    for p in grid.participants:
        n, h = grid.attended_sessions(p.person_id), grid.attended_hours(p.person_id)
        o = overrides.get(p.person_id)
        people.append(
            Eligibility(
                p.person_id,
                p.full_name,
                n,
                total,
                h,
                total_hours,
                meets_rule(rule, threshold, n, total, h, total_hours),
                o.decision if o else None,
                o.reason if o else None,
                o.decided_by if o else None,
            )
        )
    return EligibilityList(training_id, rule, threshold, tuple(people))


def set_override(
    store: Store, training_id: str, person_id: str, decision: str | None, reason: str = ""
) -> None:
    """Include or exclude a person whatever the rule says, with a reason (None: let the
    rule decide again). The decision, who made it and why travel by sync."""
    if decision is not None and decision not in DECISIONS:
        raise InputError(
            N_("{value} is not a decision; use include or exclude."),
            field="decision",
            value=decision,
        )
    why = clean(reason or "")
    if decision is not None and not why:
        raise InputError(
            N_("Give a reason for including or excluding this person."), field="reason"
        )
    row_id = link_id("certificate_override", training_id, person_id)
    with store.write() as w:
        require_row(w.session, Training, training_id, "training")
        records = w.session.scalars(
            select(Enrolment.person_id).where(
                Enrolment.training_id == training_id, Enrolment.deleted.is_(False)
            )
        ).all()
        who = counted_ids(w.session, [*records, person_id])
        if who[person_id] not in {who[r] for r in records}:
            raise InputError(N_("This person is not enrolled in the training."), field="person_id")
        current = w.session.get(CertificateOverride, row_id)
        if decision is None:
            if current is not None and not current.deleted:
                w.delete(CertificateOverride, row_id)
            return
        values = {
            "training_id": training_id,
            "person_id": person_id,
            "decision": decision,
            "reason": why,
            "decided_by": store.require_identity().user_name,
            "decided_at": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
        }
        if current is None or current.deleted:
            w.create(CertificateOverride, values, row_id)
        else:
            w.update(CertificateOverride, row_id, values)


# -- the register ------------------------------------------------------------------------
@dataclass(frozen=True)
class IssuedCertificate:
    """A register entry ready to print."""

    id: str
    number: str
    code: str
    qr_payload: str
    facts: Facts
    language: str
    person_id: str
    training_id: str
    issued_by: str


def number_prefix(replica_id: str, attempt: int) -> str:
    digest = hashlib.sha256(f"{replica_id}:{attempt}".encode()).digest()
    return (
        base64.b32encode(digest[:5])
        .decode("ascii")[:8]
        .translate(
            str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        )
    )


def _prefix_and_serial(s: DbSession, replica_id: str) -> tuple[str, int]:
    """This replica's number prefix and the next serial (see the module docstring)."""
    last = s.execute(
        select(Certificate.number, Certificate.serial)
        .where(Certificate.issuer_replica == replica_id)
        .order_by(Certificate.serial.desc())
        .limit(1)
    ).first()
    if last is not None:
        return last[0].split("-")[0], last[1] + 1
    for attempt in range(1000):
        prefix = number_prefix(replica_id, attempt)
        taken = s.scalar(
            select(func.count())
            .select_from(Certificate)
            .where(Certificate.number.like(f"{prefix}-%"), Certificate.issuer_replica != replica_id)
        )
        if not taken:
            return prefix, 1
    raise RuntimeError("no free certificate number prefix")  # pragma: no cover


def _issued(row: Certificate) -> IssuedCertificate:
    facts = Facts(
        row.number,
        row.person_name,
        row.training_title,
        row.start_date,
        row.end_date,
        row.hours,
        row.organisation,
        row.issued_on,
    )
    return IssuedCertificate(
        row.id,
        row.number,
        row.code,
        qr_payload(row.code, facts),
        facts,
        row.language,
        row.person_id,
        row.training_id,
        row.issued_by,
    )


def organisation_name(store: Store, override: str | None = None) -> str:
    name = clean(override or "") or settings.get(store.home, "organisation", "name") or ""
    if not name:
        raise InputError(
            N_("Set the organisation's name for certificates first (--org-name)."),
            field="organisation",
        )
    return name


def issue_certificates(
    store: Store,
    training_id: str,
    language: str,
    *,
    organisation: str | None = None,
    person_ids: Iterable[str] | None = None,
    issued_on: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> tuple[IssuedCertificate, ...]:
    """Number and sign the certificates of everyone eligible (or of `person_ids` among them).

    A person who already has a certificate for this training keeps its number; it is
    signed again only if its facts changed (a corrected name, new dates). Returns the
    entries in the grid's order.
    """
    if language not in LANGUAGES:
        raise InputError(
            N_("{value} is not a certificate language; use one of: {options}."),
            field="language",
            value=language,
            options=", ".join(LANGUAGES),
        )
    org = organisation_name(store, organisation)
    who = eligibility(store, training_id)
    wanted = set(person_ids) if person_ids is not None else None
    people = [p for p in who.eligible if wanted is None or p.person_id in wanted]
    if not people:
        raise InputError(
            N_("Nobody in this training has earned a certificate yet."), field="training_id"
        )
    ident = store.require_identity()
    key = private_key(store.home)
    network = network_id(store)
    today = issued_on or date.today()
    out: list[IssuedCertificate] = []
    with store.write() as w:
        s = w.session
        t = s.get_one(Training, training_id)
        total_hours = people[0].total_hours
        names = dict(
            s.execute(
                select(Person.id, Person.full_name).where(
                    Person.id.in_([p.person_id for p in people])
                )
            ).all()
        )
        issued = list(
            s.scalars(
                select(Certificate)
                .where(Certificate.training_id == training_id, Certificate.deleted.is_(False))
                .order_by(Certificate.issued_on, Certificate.number)
            )
        )
        counted = counted_ids(s, [c.person_id for c in issued])
        # A certificate held under a record merged into her stays hers (same number).
        existing = {counted[c.person_id]: c for c in reversed(issued)}
        prefix, serial = _prefix_and_serial(s, ident.replica_id)
        for i, p in enumerate(people):
            if i % 50 == 0:
                progress.step(i, len(people), "certificates")
            row = existing.get(p.person_id)
            number = row.number if row else format_number(prefix, serial)
            facts = Facts(
                number,
                names[p.person_id],
                t.title,
                t.start_date,
                t.end_date,
                total_hours,
                org,
                row.issued_on if row else today,
            )
            if row is not None:
                old = _issued(row).facts
                changes: dict[str, object] = {}
                if old != facts:
                    changes = {
                        "person_name": facts.person_name,
                        "training_title": facts.training_title,
                        "start_date": facts.start_date,
                        "end_date": facts.end_date,
                        "hours": facts.hours,
                        "organisation": facts.organisation,
                        "issued_by": ident.user_name,
                        "issuer_key": ident.public_key,
                        "network_id": network,
                        "code": sign(key, ident.public_key, network, facts),
                    }
                if row.language != language:
                    changes["language"] = language
                if changes:
                    w.update(Certificate, row.id, changes)
                    s.expire(row)
                out.append(_issued(s.get_one(Certificate, row.id)))
                continue
            serial += 1
            code = sign(key, ident.public_key, network, facts)
            row_id = w.create(
                Certificate,
                {
                    "number": number,
                    "issuer_replica": ident.replica_id,
                    "serial": serial - 1,
                    "training_id": training_id,
                    "person_id": p.person_id,
                    "person_name": facts.person_name,
                    "training_title": facts.training_title,
                    "start_date": facts.start_date,
                    "end_date": facts.end_date,
                    "hours": facts.hours,
                    "organisation": org,
                    "issued_on": facts.issued_on,
                    "language": language,
                    "issued_by": ident.user_name,
                    "issuer_key": ident.public_key,
                    "network_id": network,
                    "code": code,
                },
                new_id(),
            )
            out.append(
                IssuedCertificate(
                    row_id,
                    number,
                    code,
                    qr_payload(code, facts),
                    facts,
                    language,
                    p.person_id,
                    training_id,
                    ident.user_name,
                )
            )
    progress.step(len(people), len(people), "certificates")
    return tuple(out)


def list_register(store: Store, training_id: str | None = None) -> tuple[IssuedCertificate, ...]:
    """The certificate register (all, or one training's), by number."""
    with store.read() as s:
        q = select(Certificate).where(Certificate.deleted.is_(False))
        if training_id is not None:
            q = q.where(Certificate.training_id == training_id)
        return tuple(_issued(r) for r in s.scalars(q.order_by(Certificate.number)))
