"""Certificate eligibility, the coordinator's overrides, and the numbered register.

Numbers are unique network-wide without a server, by construction:
- A number is "<prefix>-<serial>". The prefix is 8 base32 characters derived from the
  issuing installation's replica id; the serial counts that replica's certificates and
  is one more than the highest serial it ever gave (register rows are never erased: a
  deleted certificate stays as a tombstone, so a serial is never handed out twice).
- A restored or copied database gets a fresh replica id at start-up (app/core/identity.py),
  hence a fresh prefix and serials from 1 again: a backup can never re-issue numbers.
- Two laptops that print the same training before they sync give a person two numbers.
  Both stay genuine (the papers are out there); the register shows, and reprints use,
  one of them, the same on every laptop: the first issued, then the smallest number
  (`canonical`). Verifying the other says it is the same certificate.
- A reprint (another language or layout) reuses the register row exactly: same number,
  same signed facts, same code. Only a correction (`correct=True`) makes a new version.
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
from collections import defaultdict
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
from app.core.rights import require
from app.core.services.attendance import attendance_grid
from app.core.services.cert_payload import (
    Facts,
    b32,
    format_number,
    qr_text,
    row_facts,
    short_code,
    sign,
    unb32,
)
from app.core.services.common import require_row
from app.core.services.issuers import authority, network_id, verify_url
from app.core.services.unit import in_one_unit
from app.core.services.validation import require_one_of
from app.core.store import Store
from app.core.text import clean
from app.core.writer import Writer

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


def set_override_in(
    w: Writer, training_id: str, person_id: str, decision: str | None, reason: str = ""
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
        "decided_by": w.author,
        "decided_at": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
    }
    if current is None or current.deleted:
        w.create(CertificateOverride, values, row_id)
    else:
        w.update(CertificateOverride, row_id, values)


set_override = in_one_unit(set_override_in)


# -- the register ------------------------------------------------------------------------
@dataclass(frozen=True)
class IssuedCertificate:
    """A register entry ready to print."""

    id: str
    number: str
    code: str  # the short code people type: number and check
    qr_payload: str  # what the QR holds: the verify page's link with the signed facts
    facts: Facts
    language: str
    person_id: str
    training_id: str
    issued_by: str
    draft: bool = False  # signed by a laptop that may not issue (yet): not valid
    version: int = 1


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


def _issued(row: Certificate, url: str, draft: bool = False) -> IssuedCertificate:
    facts = row_facts(row)
    return IssuedCertificate(
        row.id,
        row.number,
        short_code(row.network_id, facts),
        qr_text(url, unb32(row.code)),
        facts,
        row.language,
        row.person_id,
        row.training_id,
        row.issued_by,
        draft,
        row.version,
    )


def canonical(rows: Iterable[Certificate]) -> dict[tuple[str, str], Certificate]:
    """(training, person) -> the certificate the register shows: the canonical number
    (first issued, then smallest), at its latest version."""
    groups: dict[tuple[str, str], list[Certificate]] = defaultdict(list)
    for r in rows:
        groups[(r.training_id, r.person_id)].append(r)
    out = {}
    for key, group in groups.items():
        firsts = [r for r in group if r.version == 1] or group
        number = min(firsts, key=lambda r: (r.issued_on, r.number)).number
        out[key] = max((r for r in group if r.number == number), key=lambda r: r.version)
    return out


def organisation_name(store: Store, override: str | None = None) -> str:
    name = clean(override or "") or settings.get(store.home, "organisation", "name") or ""
    if not name:
        raise InputError(
            N_("Set the organisation's name for certificates first (--org-name)."),
            field="organisation",
        )
    return name


class _Signer:
    """This laptop's key, read once for a whole batch."""

    def __init__(self, store: Store, network: str) -> None:
        self.key = private_key(store.home)
        self.public_key = store.require_identity().public_key
        self.network = network

    def __call__(self, facts: Facts) -> tuple[str, str]:
        """(base32 payload, public key) of `facts` signed by this laptop."""
        return b32(sign(self.key, self.public_key, self.network, facts)), self.public_key


def issue_certificates(
    store: Store,
    training_id: str,
    language: str,
    *,
    organisation: str | None = None,
    person_ids: Iterable[str] | None = None,
    issued_on: date | None = None,
    correct: bool = False,
    progress: Progress = NO_PROGRESS,
) -> tuple[IssuedCertificate, ...]:
    """Number and sign the certificates of everyone eligible (or of `person_ids` among them).

    A person who already has a certificate for this training gets it again exactly as
    registered (number, facts, signature): a reprint never changes a paper already out.
    With `correct`, one whose facts changed since (a corrected name, new dates) gets a
    new version of the same number that supersedes the old. Returns the entries in the
    grid's order.
    """
    require(store, "print_training_papers")  # a trainer's are drafts (no authority)
    require_one_of(
        language,
        LANGUAGES,
        N_("{value} is not a certificate language; use one of: {options}."),
        "language",
    )
    org = organisation_name(store, organisation)
    network = network_id(store)
    who = eligibility(store, training_id)
    wanted = set(person_ids) if person_ids is not None else None
    people = [p for p in who.eligible if wanted is None or p.person_id in wanted]
    if not people:
        raise InputError(
            N_("Nobody in this training has earned a certificate yet."), field="training_id"
        )
    ident = store.require_identity()
    auth = authority(store)
    url = verify_url(store)
    today = issued_on or date.today()
    signer = _Signer(store, network)
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
        by_record = canonical(
            s.scalars(
                select(Certificate).where(
                    Certificate.training_id == training_id, Certificate.deleted.is_(False)
                )
            )
        )
        counted = counted_ids(s, [person for _t, person in by_record])
        # A certificate held under a record merged into her stays hers (same number): the
        # earliest issued wins when two of her records hold one.
        existing: dict[tuple[str, str], Certificate] = {}
        for (tid, person), cert in sorted(
            by_record.items(), key=lambda kv: (kv[1].issued_on, kv[1].number), reverse=True
        ):
            existing[(tid, counted[person])] = cert
        prefix, serial = _prefix_and_serial(s, ident.replica_id)
        for i, p in enumerate(people):
            if i % 50 == 0:
                progress.step(i, len(people), "certificates")
            row = existing.get((training_id, p.person_id))
            if row is not None:
                old = row_facts(row)
                now = Facts(old.number, names[p.person_id], t.title, t.start_date, t.end_date,
                            total_hours, org, old.issued_on, old.version)  # fmt: skip
                if correct and now != old:
                    new = now.corrected(issued_on=today)
                    code, key = signer(new)
                    row_id = w.create(
                        Certificate,
                        {**_values(new, row.training_id, row.person_id, language),
                         "issuer_replica": row.issuer_replica, "serial": row.serial,
                         "issued_by": ident.user_name, "issuer_key": key,
                         "network_id": network, "code": code},
                        link_id("certificate", new.number, str(new.version)),
                    )  # fmt: skip
                    row = s.get_one(Certificate, row_id)
                elif row.language != language:
                    w.update(Certificate, row.id, {"language": language})
                    s.expire(row)
                draft = not auth.standing(row.issuer_key, row.issued_on).may_issue
                out.append(_issued(row, url, draft))
                continue
            facts = Facts(
                format_number(prefix, serial),
                names[p.person_id],
                t.title,
                t.start_date,
                t.end_date,
                total_hours,
                org,
                today,
            )
            serial += 1
            code, key = signer(facts)
            row_id = w.create(
                Certificate,
                {
                    **_values(facts, training_id, p.person_id, language),
                    "issuer_replica": ident.replica_id,
                    "serial": serial - 1,
                    "issued_by": ident.user_name,
                    "issuer_key": key,
                    "network_id": network,
                    "code": code,
                },
                new_id(),
            )
            draft = not auth.standing(key, today).may_issue
            out.append(
                IssuedCertificate(
                    row_id, facts.number, short_code(network, facts), qr_text(url, unb32(code)),
                    facts, language, p.person_id, training_id, ident.user_name, draft,
                )
            )  # fmt: skip
    progress.step(len(people), len(people), "certificates")
    return tuple(out)


def _values(f: Facts, training_id: str, person_id: str, language: str) -> dict[str, object]:
    return {
        "number": f.number,
        "version": f.version,
        "training_id": training_id,
        "person_id": person_id,
        "person_name": f.person_name,
        "training_title": f.training_title,
        "start_date": f.start_date,
        "end_date": f.end_date,
        "hours": f.hours,
        "organisation": f.organisation,
        "issued_on": f.issued_on,
        "language": language,
    }


def approve(store: Store, training_id: str) -> int:
    """A coordinator signs the drafts of a training (same number, same facts): their
    short codes verify from now on, and a reprint carries the coordinator's signature.
    Returns how many were signed."""
    require(store, "issue_certificates")
    ident = store.require_identity()
    auth = authority(store)
    network = network_id(store)
    if not auth.standing(ident.public_key, date.today()).may_issue:
        raise InputError(
            N_("Only a coordinator holding one of the network's issuer keys can do this."),
            field="role",
        )
    done = 0
    signer = _Signer(store, network)
    with store.write() as w:
        rows = w.session.scalars(
            select(Certificate).where(
                Certificate.training_id == training_id, Certificate.deleted.is_(False)
            )
        ).all()
        for row in rows:
            if auth.standing(row.issuer_key, row.issued_on).may_issue:
                continue
            code, key = signer(row_facts(row))
            w.update(
                Certificate,
                row.id,
                {"code": code, "issuer_key": key, "approved_by": ident.user_name},
            )
            done += 1
    return done


def list_register(store: Store, training_id: str | None = None) -> tuple[IssuedCertificate, ...]:
    """The certificate register (all, or one training's): one entry per person and
    training (the canonical number at its current version), by number."""
    url = verify_url(store)
    auth = authority(store)
    with store.read() as s:
        q = select(Certificate).where(Certificate.deleted.is_(False))
        if training_id is not None:
            q = q.where(Certificate.training_id == training_id)
        rows = sorted(canonical(s.scalars(q)).values(), key=lambda r: r.number)
        return tuple(
            _issued(r, url, not auth.standing(r.issuer_key, r.issued_on).may_issue) for r in rows
        )
