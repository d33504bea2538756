"""Offline verification of a certificate: a typed short code, a scanned QR, or a PDF.

The format of the payload and of the short code is in cert_payload.py; who may issue
and revocation in issuers.py. A typed short code (number and check) is looked up in
this laptop's register (rows arrive by sync); a QR carries its own signed facts, so it
verifies without the register, which is still asked about approval by a coordinator,
revocation and corrections. Every answer also says how fresh this laptop's knowledge
is: the latest revocation it holds and its last exchange with an issuer's laptop.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select, text

from app.core.errors import N_
from app.core.models import Certificate, CertificateRevocation, Peer, SyncPeerInfo
from app.core.services.cert_payload import (
    Facts,
    Payload,
    check,
    decode,
    format_number,
    parse_short_code,
    payload_in_text,
    row_facts,
    short_code,
    unb32,
)
from app.core.services.issuers import (
    Authority,
    Revocation,
    Standing,
    authority,
    clean_network_id,
    issuer_keys,
    key_names,
    network_id,
    revocations,
    set_network_id,
)
from app.core.store import Store

__all__ = [
    "Facts",
    "clean_network_id",
    "format_number",
    "network_id",
    "set_network_id",
    "verify",
]

VALID = "valid"
ALTERED = "altered"
REVOKED = "revoked"
SUPERSEDED = "superseded"
NOT_APPROVED = "not_approved"
WITHDRAWN = "withdrawn"
PAGE_DIFFERS = "page_differs"
UNKNOWN_ISSUER = "unknown_issuer"
OTHER_NETWORK = "other_network"
DAMAGED = "damaged"
NOT_IN_REGISTER = "not_in_register"


Said = tuple[tuple[str, dict[str, Any]], ...]  # (template, params) sentences


@dataclass(frozen=True)
class Verification:
    """The answer to "is this certificate genuine?", with the facts when they are known."""

    status: str
    template: str
    params: Mapping[str, Any]
    number: str | None = None
    facts: Facts | None = None
    issuer: str | None = None  # who signed it, when known
    note: str = ""  # e.g. "the same certificate as ..." (printed twice before a sync)
    fresh: Said = ()  # how fresh this laptop's knowledge is

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def freshness(self) -> str:
        return " ".join(t.format(**p) for t, p in self.fresh)


def _signature_good(public_key: str, p: Payload) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(
            p.signature, p.signed
        )
        return True
    except (InvalidSignature, ValueError):
        return False


@dataclass(frozen=True)
class _Context:
    network: str
    auth: Authority
    keys: dict[bytes, tuple[str, str]]
    revoked: dict[str, Revocation]
    freshness: Said


# What verification knows besides the certificate rows (issuers, keys, revocations, how
# fresh), kept while nothing it depends on changed: every syncable write adds an op, a
# new peer adds a peer row, an import stamps sync_peer_info, and the network's issuer
# keys live in settings.ini. Checking that costs one small query instead of ten.
_CACHE: dict[str, tuple[tuple[object, ...], _Context]] = {}


def _marker(store: Store) -> tuple[object, ...]:
    with store.read() as s:
        row = s.execute(
            text(
                "SELECT (SELECT max(id) FROM op_row), (SELECT count(*) FROM peer), "
                "(SELECT max(last_import_at) FROM sync_peer_info)"
            )
        ).one()
    path = store.home.settings
    stamp = path.stat().st_mtime_ns if path.exists() else 0
    return (*row, stamp)


def _context(store: Store) -> _Context:
    marker = _marker(store)
    key = str(store.home.database)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == marker:
        return hit[1]
    auth = authority(store)
    ctx = _Context(
        network_id(store), auth, key_names(store), revocations(store, auth), freshness(store)
    )
    _CACHE[key] = (marker, ctx)
    return ctx


def freshness(store: Store) -> Said:
    """How fresh this laptop's knowledge is: its revocations and its last sync with an
    issuer's laptop, as sentences to translate (the CLI prints them in English)."""
    with store.read() as s:
        count, latest = s.execute(
            select(func.count(), func.max(CertificateRevocation.revoked_on)).where(
                CertificateRevocation.deleted.is_(False)
            )
        ).one()
        by = None
        if latest is not None:
            by = s.scalar(
                select(CertificateRevocation.revoked_by)
                .where(CertificateRevocation.revoked_on == latest)
                .limit(1)
            )
        roots = set(issuer_keys(store))
        last = s.execute(
            select(Peer.device_name, SyncPeerInfo.last_import_at)
            .join(SyncPeerInfo, SyncPeerInfo.replica_id == Peer.replica_id)
            .where(Peer.public_key.in_(roots), SyncPeerInfo.last_import_at.is_not(None))
            .order_by(SyncPeerInfo.last_import_at.desc())
            .limit(1)
        ).first()
    me = store.require_identity()
    said: list[tuple[str, dict[str, Any]]] = []
    if latest is not None:
        said.append(
            (
                N_("Revocations known here: {count}, the latest of {date} by {by}."),
                {"count": count, "date": latest.isoformat(), "by": by},
            )
        )
    else:
        said.append((N_("Revocations known here: {count}."), {"count": count}))
    if me.public_key in roots:
        said.append((N_("This laptop is an issuer."), {}))
    elif last is not None:
        said.append(
            (
                N_("Last sync with an issuer: {name} on {when}."),
                {"name": last[0], "when": f"{last[1]:%Y-%m-%d %H:%M}"},
            )
        )
    else:
        said.append((N_("Never synced with an issuer's laptop: its answers may be stale."), {}))
    return tuple(said)


def verify(store: Store, code: str) -> Verification:
    """Check a typed short code, a scanned QR text (link or payload), offline."""
    ctx = _context(store)
    result = _verify(store, ctx, code)
    return Verification(
        result.status,
        result.template,
        result.params,
        result.number,
        result.facts,
        result.issuer,
        result.note,
        ctx.freshness,
    )


def _damaged() -> Verification:
    return Verification(
        DAMAGED,
        N_(
            "This is not a complete certificate code: check it for typing mistakes (a "
            "code looks like 7EG5B0TY-0001-K3QX)."
        ),
        {},
    )


def _verify(store: Store, ctx: _Context, code: str) -> Verification:
    typed = parse_short_code(code)
    if typed is not None:
        number, want = typed
        with store.read() as s:
            rows = list(
                s.scalars(
                    select(Certificate).where(
                        Certificate.number == number, Certificate.deleted.is_(False)
                    )
                )
            )
        if not rows:
            return Verification(
                NOT_IN_REGISTER,
                N_(
                    "Certificate {number} is not in this laptop's register yet: sync with "
                    "the coordinator, or scan the QR code."
                ),
                {"number": number},
                number,
            )
        match = [r for r in rows if check(r.network_id, row_facts(r)) == want]
        if not match:
            return Verification(
                DAMAGED,
                N_(
                    "The check letters do not match certificate {number}: look for a typing "
                    "mistake. If they are typed right, the paper was changed: do not accept it."
                ),
                {"number": number},
                number,
            )
        row = match[0]
        try:
            p = decode(unb32(row.code))
        except ValueError:
            p = None
        if p is None or p.facts != row_facts(row):
            return _altered(number, row.issued_by, row_facts(row))
        return _check(store, ctx, p)
    raw = payload_in_text(code)
    p = decode(raw) if raw is not None else None
    if p is None:
        return _damaged()
    return _check(store, ctx, p)


def _check(store: Store, ctx: _Context, p: Payload) -> Verification:
    f = p.facts
    number = f.number
    if p.network != ctx.network:
        return Verification(
            OTHER_NETWORK,
            N_(
                "Certificate {number} was issued in another network ({network}); this "
                "laptop belongs to network {mine} and cannot vouch for it."
            ),
            {"number": number, "network": p.network, "mine": ctx.network},
            number,
        )
    signer = ctx.keys.get(p.key_id)
    with store.read() as s:
        rows = list(
            s.scalars(
                select(Certificate).where(
                    Certificate.number == number, Certificate.deleted.is_(False)
                )
            )
        )
        same = [r for r in rows if r.version == f.version]
        group = []
        if rows:
            group = list(
                s.scalars(
                    select(Certificate).where(
                        Certificate.training_id == rows[0].training_id,
                        Certificate.person_id == rows[0].person_id,
                        Certificate.deleted.is_(False),
                    )
                )
            )
    if signer is None:
        approved = _approval(ctx, same, f)
        if approved is None:
            return Verification(
                UNKNOWN_ISSUER,
                N_(
                    "Certificate {number} was signed by a laptop this one does not know "
                    "(key {key}). Sync with the coordinator, then check again."
                ),
                {"number": number, "key": p.key_id.hex().upper()},
                number,
            )
        # A draft signed by a laptop unknown here, whose exact facts an issuer signed in
        # the register: the issuer's signature is what counts.
        public_key, name = approved
        standing = Standing(True, "issuer")
    else:
        public_key, name = signer
        if not _signature_good(public_key, p):
            return _altered(number, name, f)
        standing = ctx.auth.standing(public_key, f.issued_on)
    if not standing.may_issue:
        approved = _approval(ctx, same, f)
        if approved is not None:
            name = approved[1]
        elif standing.kind == "withdrawn":
            return Verification(
                WITHDRAWN,
                N_(
                    "Certificate {number} was signed by {issuer}, whose right to issue "
                    "certificates was withdrawn from {since} ({reason}). Do not accept it."
                ),
                {
                    "number": number,
                    "issuer": name,
                    "since": standing.since.isoformat() if standing.since else "",
                    "reason": standing.reason,
                },
                number,
                f,
                name,
            )
        else:
            return Verification(
                NOT_APPROVED,
                N_(
                    "Certificate {number} is a draft printed by {issuer}: no coordinator has "
                    "signed it yet, so it is not valid."
                ),
                {"number": number, "issuer": name},
                number,
                f,
                name,
            )
    numbers = {r.number for r in group} | {number}
    hit = next((ctx.revoked[n] for n in sorted(numbers) if n in ctx.revoked), None)
    if hit is not None:
        return Verification(
            REVOKED,
            N_(
                "Certificate {number} was revoked on {date} by {by}: {reason}. Do not accept it."
            ),
            {"number": number, "date": hit.revoked_on.isoformat(), "by": hit.revoked_by,
             "reason": hit.reason},
            number,
            f,
            name,
        )  # fmt: skip
    newer = [r for r in group if r.number == number and r.version > f.version]
    if newer:
        current = max(newer, key=lambda r: r.version)
        return Verification(
            SUPERSEDED,
            N_(
                "Certificate {number} (version {version}) is genuine but was corrected: the "
                "current version is {current_version}, code {current}, issued on {date}."
            ),
            {"number": number, "version": f.version, "current_version": current.version,
             "current": short_code(current.network_id, row_facts(current)),
             "date": current.issued_on.isoformat()},
            number,
            f,
            name,
        )  # fmt: skip
    note = ""
    canonical = _canonical_number(group)
    if canonical is not None and canonical != number:
        note = f"the same certificate as {canonical} (printed on two laptops before a sync)"
    return Verification(
        VALID,
        N_("Certificate {number} is genuine: issued to {name}, signed by {issuer}."),
        {"number": number, "name": f.person_name, "issuer": name},
        number,
        f,
        name,
        note,
    )


def _approval(ctx: _Context, same: list[Certificate], f: Facts) -> tuple[str, str] | None:
    """An issuer's signature in the register over exactly these facts (a signed draft)."""
    for r in same:
        try:
            p = decode(unb32(r.code))
        except ValueError:
            continue
        if p is None or p.facts != f or row_facts(r) != f:
            continue
        signer = ctx.keys.get(p.key_id)
        if signer is None or not _signature_good(signer[0], p):
            continue
        if ctx.auth.standing(signer[0], f.issued_on).may_issue:
            return signer[0], r.approved_by or signer[1]
    return None


def _canonical_number(group: list[Certificate]) -> str | None:
    """One number per person and training: the first issued (then the smallest) wins."""
    firsts = [r for r in group if r.version == 1]
    if not firsts:
        return None
    return min(firsts, key=lambda r: (r.issued_on, r.number)).number


def _altered(number: str, issuer: str, facts: Facts | None) -> Verification:
    return Verification(
        ALTERED,
        N_(
            "Certificate {number} has been altered: its details no longer match what "
            "{issuer} signed. Do not accept it."
        ),
        {"number": number, "issuer": issuer},
        number,
        facts,
        issuer,
    )


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def verify_page(store: Store, code: str, page_text: str) -> Verification:
    """Verify the payload found on a PDF page, and compare the page's visible text with
    the signed facts: a page whose name or title was replaced is not plain VALID."""
    result = verify(store, code)
    f = result.facts
    if f is None or result.status not in (VALID, SUPERSEDED):
        return result
    visible = _squash(page_text)
    missing = [
        label
        for label, value in (("name", f.person_name), ("training", f.training_title),
                             ("number", f.number))
        if _squash(value) not in visible
    ]  # fmt: skip
    if not missing:
        return result
    return Verification(
        PAGE_DIFFERS,
        N_(
            "The QR code of certificate {number} is genuine, but the page does not show what "
            "was signed ({fields} differ): it was edited. Trust only the details below."
        ),
        {"number": f.number, "fields": ", ".join(missing)},
        f.number,
        f,
        result.issuer,
        result.note,
        result.fresh,
    )
