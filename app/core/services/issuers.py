"""Who may issue certificates for the network, and the network a laptop belongs to.

Trusting a laptop's sync data and trusting its certificates are two separate things:

- The network's ISSUER KEYS are the coordinators' keys. They come with the network: the
  coordinator who starts it is its first issuer, and every other laptop joins with an
  invitation (a file or a code) that carries the network id and the issuer keys
  (settings.ini, [network] id and issuer_keys). A laptop never joins by accident: without
  a network, issuing and verifying stop with a message saying how to join.
- An issuer can DELEGATE issuing to another laptop's key for a period, and WITHDRAW a
  key from a date: its signatures on certificates issued on or after that date are
  refused, older ones stay valid. Both are signed `issuer_statement` rows that travel by
  sync; a statement not signed by an issuer key is ignored.
- A laptop without authority (a trainer's) still prints: its certificates are drafts
  until a coordinator signs them (`approve`), which keeps number and facts.
- A REVOCATION is a signed, dated `certificate_revocation` row with a reason (by sync).
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import settings
from app.core.errors import N_, InputError
from app.core.identity import private_key
from app.core.models import (
    CertificateRevocation,
    DeviceRetirement,
    Installation,
    IssuerStatement,
    Op,
    PastReplica,
    Peer,
    link_id,
    new_id,
)
from app.core.opcodec import row_key
from app.core.rights import allowed, require
from app.core.services.cert_payload import b32, key_id, unb32
from app.core.store import Store
from app.core.text import clean

DEFAULT_VERIFY_URL = "tirek-verify.html"
STATEMENT_CONTEXT = b"tirek-issuer-statement\x00"
REVOCATION_CONTEXT = b"tirek-revocation\x00"
INVITATION_MAGIC = "TIREK-NETWORK"


# -- the network -------------------------------------------------------------------------
def clean_network_id(value: str) -> str:
    """A typed network id in its clean form (spaces and dashes dropped, upper case)."""
    text = value.strip().replace(" ", "").replace("-", "").upper()
    if len(text) != 8 or any(ch not in "0123456789ABCDEF" for ch in text):
        raise InputError(
            N_("A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0)."),
            field="network_id",
        )
    return text


def joined(store: Store) -> bool:
    return bool(settings.get(store.home, "network", "id"))


def network_id(store: Store) -> str:
    """This laptop's network id; a laptop that has not joined one is told how to."""
    current = settings.get(store.home, "network", "id")
    if not current:
        raise InputError(
            N_(
                "This laptop has not joined a network yet: ask the coordinator for an "
                "invitation and enter it in Settings (or tirek network join). A coordinator "
                "starting a new network uses tirek network start."
            ),
            field="network_id",
        )
    return current


def set_network_id(store: Store, value: str) -> str:
    """Use the coordinator's network id (issuer keys come with an invitation)."""
    net = clean_network_id(value)
    settings.put(store.home, "network", "id", net)
    return net


def issuer_keys(store: Store) -> tuple[str, ...]:
    return tuple((settings.get(store.home, "network", "issuer_keys") or "").split())


def verify_url(store: Store) -> str:
    return settings.get(store.home, "network", "verify_url") or DEFAULT_VERIFY_URL


def start_network_refused() -> None:
    raise InputError(
        N_("Only a coordinator starts a network; a trainer joins with an invitation."),
        field="role",
    )


def start_network(store: Store, url: str | None = None) -> str:
    """A coordinator starts a new network: a fresh id, this laptop's key its first issuer."""
    ident = store.require_identity()
    if not allowed(ident, "manage_network"):
        start_network_refused()
    if joined(store):
        raise InputError(
            N_("This laptop already belongs to network {network}."),
            field="network_id",
            network=network_id(store),
        )
    net = secrets.token_hex(4).upper()
    settings.put_many(
        store.home,
        {
            ("network", "id"): net,
            ("network", "issuer_keys"): ident.public_key,
            ("network", "verify_url"): url or None,
        },
    )
    return net


@dataclass(frozen=True)
class Invitation:
    network: str
    issuer_keys: tuple[str, ...]
    verify_url: str

    def code(self) -> str:
        """The invitation as a code to type or paste (network id and issuer keys)."""
        raw = bytes.fromhex(self.network) + b"".join(base64.b64decode(k) for k in self.issuer_keys)
        text = b32(raw)
        return "-".join(text[i : i + 6] for i in range(0, len(text), 6))

    def as_json(self) -> str:
        return json.dumps(
            {
                "tirek": INVITATION_MAGIC,
                "network": self.network,
                "issuer_keys": list(self.issuer_keys),
                "verify_url": self.verify_url,
            },
            indent=1,
        )


def invitation(store: Store) -> Invitation:
    require(store, "manage_network")
    keys = issuer_keys(store)
    if not keys:
        raise InputError(N_("This laptop knows no issuer keys to invite anyone with."))
    return Invitation(network_id(store), keys, verify_url(store))


def read_invitation(text: str) -> Invitation:
    """An invitation from a file's path, its contents, or the typed code."""
    text = text.strip()
    path = Path(text)
    if len(text) < 300 and path.suffix and path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(N_("Cannot read {path}: {reason}"), path=path, reason=err) from err
    bad = InputError(
        N_("This is not a Tirek network invitation; ask the coordinator for a new one."),
        field="network_id",
    )
    if text.startswith("{"):
        try:
            data = json.loads(text)
            if data.get("tirek") != INVITATION_MAGIC:
                raise bad
            keys = tuple(str(k) for k in data["issuer_keys"])
            for k in keys:
                if len(base64.b64decode(k)) != 32:
                    raise bad
            return Invitation(
                clean_network_id(str(data["network"])),
                keys,
                str(data.get("verify_url") or DEFAULT_VERIFY_URL),
            )
        except (ValueError, KeyError, TypeError) as err:
            raise bad from err
    try:
        raw = unb32(text.replace("-", "").replace(" ", ""))
    except ValueError as err:
        raise bad from err
    if len(raw) < 36 or (len(raw) - 4) % 32:
        raise bad
    keys = tuple(base64.b64encode(raw[i : i + 32]).decode("ascii") for i in range(4, len(raw), 32))
    return Invitation(raw[:4].hex().upper(), keys, DEFAULT_VERIFY_URL)


def join_network(store: Store, inv: Invitation) -> str:
    """Take the network (id, issuer keys, verify page) from the coordinator's invitation."""
    current = settings.get(store.home, "network", "id")
    if current and current != inv.network:
        raise InputError(
            N_(
                "This laptop already belongs to network {network}; the invitation is for "
                "{other}. Moving a laptop to another network is not possible."
            ),
            field="network_id",
            network=current,
            other=inv.network,
        )
    known = [k for k in issuer_keys(store) if k not in inv.issuer_keys]
    settings.put_many(
        store.home,
        {
            ("network", "id"): inv.network,
            ("network", "issuer_keys"): " ".join((*inv.issuer_keys, *known)),
            ("network", "verify_url"): inv.verify_url,
        },
    )
    return inv.network


# -- issuer statements -------------------------------------------------------------------
def _statement_bytes(kind: str, subject: str, start: date, until: date | None, why: str) -> bytes:
    body = [kind, subject, start.isoformat(), until.isoformat() if until else "", why]
    return STATEMENT_CONTEXT + json.dumps(body, ensure_ascii=False).encode("utf-8")


def _good(public_key: str, signature: str, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(
            base64.b64decode(signature), message
        )
        return True
    except (InvalidSignature, ValueError):
        return False


def laptop_key(store: Store, who: str) -> tuple[str, str]:
    """(public key, device name) of a laptop known here, by its name."""
    ident = store.require_identity()
    if who.strip().casefold() == ident.device_name.casefold():
        return ident.public_key, ident.device_name
    with store.read() as s:
        rows = s.execute(select(Peer.public_key, Peer.device_name)).all()
    found = [r for r in rows if r[1].casefold() == who.strip().casefold()]
    if len(found) != 1:
        raise InputError(
            N_("No laptop called {name} is known here (sync with it first)."),
            field="laptop",
            name=who,
        )
    return found[0][0], found[0][1]


def _require_issuer(store: Store) -> tuple[str, str]:
    require(store, "manage_network")
    ident = store.require_identity()
    network_id(store)
    if ident.public_key not in issuer_keys(store):
        raise InputError(
            N_("Only a coordinator holding one of the network's issuer keys can do this."),
            field="role",
        )
    return ident.public_key, ident.user_name


def _state(store: Store, kind: str, who: str, start: date, until: date | None, why: str) -> str:
    signer, by = _require_issuer(store)
    subject, name = laptop_key(store, who)
    signature = private_key(store.home).sign(_statement_bytes(kind, subject, start, until, why))
    with store.write() as w:
        return w.create(
            IssuerStatement,
            {
                "kind": kind,
                "subject_key": subject,
                "subject_name": name,
                "from_date": start,
                "until_date": until,
                "reason": why,
                "signed_by": by,
                "signer_key": signer,
                "signature": base64.b64encode(signature).decode("ascii"),
            },
            new_id(),
        )


def delegate(store: Store, who: str, start: date, until: date, reason: str = "") -> str:
    """Let laptop `who` issue certificates from `start` to `until` (inclusive)."""
    if until < start:
        raise InputError(N_("The period ends before it starts."), field="until")
    return _state(store, "delegate", who, start, until, clean(reason))


def withdraw(store: Store, who: str, start: date, reason: str) -> str:
    """Refuse laptop `who`'s signatures on certificates issued on or after `start`."""
    why = clean(reason)
    if not why:
        raise InputError(N_("Give a reason."), field="reason")
    return _state(store, "withdraw", who, start, None, why)


@dataclass(frozen=True)
class Standing:
    """What a key may do on a date: issue (as an issuer or a delegate), or not, and why."""

    may_issue: bool
    kind: str  # "issuer" | "delegate" | "withdrawn" | "none"
    since: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Authority:
    """The network's issuing authority as this laptop knows it."""

    roots: frozenset[str]
    delegations: tuple[tuple[str, date, date], ...]
    withdrawals: dict[str, tuple[date, str]]  # key -> (earliest from-date, reason)

    def standing(self, public_key: str, on: date) -> Standing:
        gone = self.withdrawals.get(public_key)
        if gone is not None and on >= gone[0]:
            return Standing(False, "withdrawn", gone[0], gone[1])
        if public_key in self.roots:
            return Standing(True, "issuer")
        for key, start, until in self.delegations:
            if key == public_key and start <= on <= until:
                return Standing(True, "delegate", start)
        return Standing(False, "none")


def authority(store: Store) -> Authority:
    roots = frozenset(issuer_keys(store))
    delegations: list[tuple[str, date, date]] = []
    withdrawals: dict[str, tuple[date, str]] = {}
    with store.read() as s:
        rows = s.scalars(select(IssuerStatement).where(IssuerStatement.deleted.is_(False)))
        for r in rows:
            if r.signer_key not in roots:
                continue
            message = _statement_bytes(r.kind, r.subject_key, r.from_date, r.until_date, r.reason)
            if not _good(r.signer_key, r.signature, message):
                continue
            if r.kind == "delegate" and r.until_date is not None:
                delegations.append((r.subject_key, r.from_date, r.until_date))
            elif r.kind == "withdraw":
                old = withdrawals.get(r.subject_key)
                if old is None or r.from_date < old[0]:
                    withdrawals[r.subject_key] = (r.from_date, r.reason)
        for key, (day, why) in _retired_by_an_issuer(s, roots).items():
            old = withdrawals.get(key)
            if old is None or day < old[0]:
                withdrawals[key] = (day, why)
    return Authority(roots, tuple(delegations), withdrawals)


def _retired_by_an_issuer(s: Session, roots: frozenset[str]) -> dict[str, tuple[date, str]]:
    """Laptops a coordinator retired (`tirek sync retire`, a record that travels by sync):
    their certificates issued from the retirement's date on are refused, like an issuer's
    withdrawal; older ones stay valid. Only a retirement written on an issuer's laptop
    counts (whose laptop wrote it is read from the op log, not from the record)."""
    keys: dict[str, str] = {p.replica_id: p.public_key for p in s.scalars(select(Peer))}
    for replica, key in s.execute(select(PastReplica.replica_id, PastReplica.public_key)):
        if key:
            keys.setdefault(replica, key)
    for replica, key in s.execute(select(Installation.replica_id, Installation.public_key)):
        if key:
            keys[replica] = key
    out: dict[str, tuple[date, str]] = {}
    for r in s.scalars(select(DeviceRetirement).where(DeviceRetirement.deleted.is_(False))):
        writer = s.scalar(
            select(Op.replica_id)
            .where(
                Op.entity == "device_retirement", Op.row_key == row_key(r.id), Op.kind == "create"
            )
            .order_by(Op.hlc)
            .limit(1)
        )
        if writer is not None and keys.get(writer) in roots:
            day = r.retired_at.date()
            if r.public_key not in out or day < out[r.public_key][0]:
                out[r.public_key] = (day, r.reason or f"{r.device_name} retired")
    return out


# -- revocation --------------------------------------------------------------------------
def _revocation_bytes(number: str, on: date, why: str) -> bytes:
    return REVOCATION_CONTEXT + json.dumps([number, on.isoformat(), why]).encode("utf-8")


def revoke(store: Store, number: str, reason: str, on: date | None = None) -> str:
    """Revoke certificate `number` (every version of it), signed by this coordinator."""
    require(store, "issue_certificates")
    from app.core.models import Certificate

    why = clean(reason)
    if not why:
        raise InputError(N_("Give a reason for revoking the certificate."), field="reason")
    signer, by = _require_issuer(store)
    day = on or datetime.now(UTC).date()
    row_id = link_id("certificate_revocation", number)
    signature = private_key(store.home).sign(_revocation_bytes(number, day, why))
    with store.write() as w:
        known = w.session.scalar(select(Certificate.id).where(Certificate.number == number))
        if known is None:
            raise InputError(N_("There is no certificate {number} in the register."), number=number)
        values = {
            "number": number,
            "revoked_on": day,
            "reason": why,
            "revoked_by": by,
            "signer_key": signer,
            "signature": base64.b64encode(signature).decode("ascii"),
        }
        if w.session.get(CertificateRevocation, row_id) is None:
            w.create(CertificateRevocation, values, row_id)
        else:
            w.update(CertificateRevocation, row_id, values)
    return row_id


@dataclass(frozen=True)
class Revocation:
    number: str
    revoked_on: date
    reason: str
    revoked_by: str


def revocations(store: Store, auth: Authority | None = None) -> dict[str, Revocation]:
    """Number -> revocation, only those signed by a key that may issue on that day."""
    auth = auth or authority(store)
    out: dict[str, Revocation] = {}
    with store.read() as s:
        for r in s.scalars(
            select(CertificateRevocation).where(CertificateRevocation.deleted.is_(False))
        ):
            if not auth.standing(r.signer_key, r.revoked_on).may_issue:
                continue
            if _good(
                r.signer_key, r.signature, _revocation_bytes(r.number, r.revoked_on, r.reason)
            ):
                out[r.number] = Revocation(r.number, r.revoked_on, r.reason, r.revoked_by)
    return out


def key_names(store: Store) -> dict[bytes, tuple[str, str]]:
    """Key id -> (public key, name) of every key this laptop can check a signature with."""
    found: dict[bytes, tuple[str, str]] = {}
    me = store.require_identity()
    found[key_id(me.public_key)] = (me.public_key, me.device_name)
    with store.read() as s:
        for k, name in s.execute(select(Peer.public_key, Peer.device_name)):
            found.setdefault(key_id(k), (k, name))
        for k, name in s.execute(select(IssuerStatement.subject_key, IssuerStatement.subject_name)):
            found.setdefault(key_id(k), (k, name))
    for i, k in enumerate(issuer_keys(store)):
        found.setdefault(key_id(k), (k, f"issuer {i + 1}"))
    return found
