"""Certificate codes: signing at issue, and offline verification of a typed or scanned code.

The printed code is 91 bytes written in Crockford base32 (146 characters, in groups of
five; 0/O, 1/I/L are read alike so a hand-typed code forgives them):

    version 1 | network 4 | issuer key id 4 | number 8 (prefix 5, serial 3)
    | facts hash 8 | Ed25519 signature 64 | check 2

- The signature (by the issuing installation's key) covers everything before it, and
  the facts hash is the first 8 bytes of SHA-256 over the certificate's facts in a
  canonical JSON form. An Ed25519 signature is 64 bytes and cannot be shortened; the
  other fields are as small as they can be while still telling the cases apart.
- The check bytes (SHA-256 of the rest) catch typing mistakes, so a mistyped code is
  "damaged", not "altered".
- The QR code carries the code plus the facts themselves, so a scan verifies on its own;
  a typed code takes the facts from this installation's register (synced rows).

The network is identified by a 4-byte id kept in settings.ini ([network] id, 8 hex
digits). A code signed for another network is rejected with its own message before
its issuer is even looked at.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from app.core import settings
from app.core.errors import N_, InputError
from app.core.models import Certificate, Peer
from app.core.store import Store

VERSION = 1
SIGNED_CONTEXT = b"tirek-certificate\x00"
QR_PREFIX = "TIREK-CERT:"
CODE_BYTES = 91
GROUP = 5

_RFC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_RFC, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _RFC)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_NOT_CODE = re.compile(r"[\s\-–—.]+")


def b32(data: bytes) -> str:
    """Crockford base32 without padding."""
    return base64.b32encode(data).decode("ascii").rstrip("=").translate(_TO_CROCKFORD)


def unb32(text: str) -> bytes:
    text = text.upper().translate(_LOOKALIKES)
    if any(ch not in _CROCKFORD for ch in text):
        raise ValueError("not base32")
    rfc = text.translate(_FROM_CROCKFORD)
    return base64.b32decode(rfc + "=" * (-len(rfc) % 8))


def key_id(public_key_b64: str) -> bytes:
    return hashlib.sha256(base64.b64decode(public_key_b64)).digest()[:4]


# -- the network -------------------------------------------------------------------------
def network_id(store: Store) -> str:
    """This installation's network id (8 hex digits), made on first use if not set."""
    current = settings.get(store.home, "network", "id")
    if current:
        return current
    made = secrets.token_hex(4).upper()
    settings.put(store.home, "network", "id", made)
    return made


def clean_network_id(value: str) -> str:
    """A typed network id in its clean form (spaces and dashes dropped, upper case)."""
    clean = value.strip().replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"[0-9A-F]{8}", clean):
        raise InputError(
            N_("A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0)."),
            field="network_id",
        )
    return clean


def set_network_id(store: Store, value: str) -> str:
    """Join a network: the coordinator's network id (8 hex digits) is used from now on."""
    clean = clean_network_id(value)
    settings.put(store.home, "network", "id", clean)
    return clean


# -- facts, numbers and codes ------------------------------------------------------------
@dataclass(frozen=True)
class Facts:
    """What a certificate states; the signature covers exactly these."""

    number: str
    person_name: str
    training_title: str
    start_date: date
    end_date: date
    hours: float
    organisation: str
    issued_on: date

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.number,
            "name": self.person_name,
            "training": self.training_title,
            "from": self.start_date.isoformat(),
            "to": self.end_date.isoformat(),
            "hours": round(self.hours, 2),
            "org": self.organisation,
            "issued": self.issued_on.isoformat(),
        }

    def canonical(self) -> bytes:
        return json.dumps(
            self.as_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")

    def digest(self) -> bytes:
        return hashlib.sha256(self.canonical()).digest()[:8]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Facts:
        return cls(
            number=str(data["n"]),
            person_name=str(data["name"]),
            training_title=str(data["training"]),
            start_date=date.fromisoformat(data["from"]),
            end_date=date.fromisoformat(data["to"]),
            hours=float(data["hours"]),
            organisation=str(data["org"]),
            issued_on=date.fromisoformat(data["issued"]),
        )


def format_number(prefix: str, serial: int) -> str:
    return f"{prefix}-{serial:04d}"


def number_bytes(number: str) -> bytes:
    prefix, serial = number.split("-")
    return unb32(prefix) + int(serial).to_bytes(3, "big")


def number_from_bytes(data: bytes) -> str:
    return format_number(b32(data[:5]), int.from_bytes(data[5:8], "big"))


def group(code: str) -> str:
    return " ".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def sign(key: Ed25519PrivateKey, public_key_b64: str, network: str, facts: Facts) -> str:
    """The printed code of `facts`, signed by `key` for `network` (grouped in fives)."""
    header = (
        bytes([VERSION])
        + bytes.fromhex(network)
        + key_id(public_key_b64)
        + number_bytes(facts.number)
        + facts.digest()
    )
    signature = key.sign(SIGNED_CONTEXT + header)
    body = header + signature
    return group(b32(body + hashlib.sha256(body).digest()[:2]))


def qr_payload(code: str, facts: Facts) -> str:
    """What the QR code holds: the code and the facts, enough to verify on its own."""
    return f"{QR_PREFIX}{code.replace(' ', '')}\n{facts.canonical().decode('utf-8')}"


# -- verification ------------------------------------------------------------------------
VALID = "valid"
ALTERED = "altered"
UNKNOWN_ISSUER = "unknown_issuer"
OTHER_NETWORK = "other_network"
DAMAGED = "damaged"
NOT_IN_REGISTER = "not_in_register"


@dataclass(frozen=True)
class Verification:
    """The answer to "is this certificate genuine?", with the facts when they are known."""

    status: str
    template: str
    params: Mapping[str, Any]
    number: str | None = None
    facts: Facts | None = None
    issuer: str | None = None  # device name, when the issuer is known

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class _Decoded:
    network: str
    key_id: bytes
    number: str
    facts_hash: bytes
    signed: bytes
    signature: bytes


def _decode(code: str) -> _Decoded | None:
    try:
        raw = unb32(_NOT_CODE.sub("", code))
    except ValueError:
        return None
    if len(raw) != CODE_BYTES or raw[0] != VERSION:
        return None
    body, check = raw[:-2], raw[-2:]
    if hashlib.sha256(body).digest()[:2] != check:
        return None
    header = body[:25]
    return _Decoded(
        network=header[1:5].hex().upper(),
        key_id=header[5:9],
        number=number_from_bytes(header[9:17]),
        facts_hash=header[17:25],
        signed=SIGNED_CONTEXT + header,
        signature=body[25:],
    )


def known_issuers(store: Store) -> dict[bytes, tuple[str, str]]:
    """Key id -> (public key, device name) of this installation and its trusted peers."""
    me = store.require_identity()
    found = {key_id(me.public_key): (me.public_key, me.device_name)}
    with store.read() as s:
        for public_key, device in s.execute(
            select(Peer.public_key, Peer.device_name).where(Peer.trusted_at.is_not(None))
        ):
            found.setdefault(key_id(public_key), (public_key, device))
    return found


def register_facts(store: Store, number: str) -> Facts | None:
    with store.read() as s:
        row = s.scalars(
            select(Certificate).where(Certificate.number == number, Certificate.deleted.is_(False))
        ).first()
        if row is None:
            return None
        return Facts(
            row.number,
            row.person_name,
            row.training_title,
            row.start_date,
            row.end_date,
            row.hours,
            row.organisation,
            row.issued_on,
        )


def _split_payload(text: str) -> tuple[str, Facts | None, bool]:
    """(code, facts from the QR payload or None, payload damaged?)."""
    text = text.strip()
    if not text.upper().startswith(QR_PREFIX):
        return text, None, False
    parts = text[len(QR_PREFIX) :].split(None, 1)  # a newline in the QR, a space in a PDF
    code, rest = parts[0], parts[1] if len(parts) > 1 else ""
    try:
        return code, Facts.from_json(json.loads(rest)), False
    except (ValueError, KeyError, TypeError):
        return code, None, True


def verify(store: Store, text: str) -> Verification:
    """Check a typed code or a scanned QR payload, offline.

    Answers, each with its own message: valid (with the facts), altered (a fact or the
    code was changed after signing), unknown issuer, another network, damaged (not a
    complete Tirek code: a typing mistake or a torn print), or genuine but not yet in
    this installation's register (the typed code alone cannot show the facts).
    """
    code, payload_facts, payload_damaged = _split_payload(text)
    decoded = _decode(code)
    if decoded is None or payload_damaged:
        return Verification(
            DAMAGED,
            N_(
                "This is not a complete certificate code: check it for typing mistakes "
                "(it has 146 letters and digits)."
            ),
            {},
        )
    number = decoded.number
    mine = network_id(store)
    if decoded.network != mine:
        return Verification(
            OTHER_NETWORK,
            N_(
                "Certificate {number} was issued in another network ({network}); this "
                "installation belongs to network {mine} and cannot vouch for it."
            ),
            {"number": number, "network": decoded.network, "mine": mine},
            number,
        )
    issuers = known_issuers(store)
    issuer = issuers.get(decoded.key_id)
    if issuer is None:
        return Verification(
            UNKNOWN_ISSUER,
            N_(
                "Certificate {number} was signed by an installation this one does not know "
                "(key {key}). Approve that laptop in sync first, or ask the coordinator."
            ),
            {"number": number, "key": decoded.key_id.hex().upper()},
            number,
        )
    public_key, device = issuer
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(
            decoded.signature, decoded.signed
        )
    except InvalidSignature:
        return _altered(number, device, None)
    facts = payload_facts or register_facts(store, number)
    if facts is None:
        return Verification(
            NOT_IN_REGISTER,
            N_(
                "The code of certificate {number} is genuine (signed by {issuer}), but this "
                "installation has no record of it yet: scan the QR code or sync, then check "
                "again to see its details."
            ),
            {"number": number, "issuer": device},
            number,
            None,
            device,
        )
    if facts.number != number or facts.digest() != decoded.facts_hash:
        return _altered(number, device, facts)
    return Verification(
        VALID,
        N_("Certificate {number} is genuine: issued to {name} by {issuer}."),
        {"number": number, "name": facts.person_name, "issuer": device},
        number,
        facts,
        device,
    )


def _altered(number: str, device: str, facts: Facts | None) -> Verification:
    return Verification(
        ALTERED,
        N_(
            "Certificate {number} has been altered: its details no longer match what "
            "{issuer} signed. Do not accept it."
        ),
        {"number": number, "issuer": device},
        number,
        facts,
        device,
    )


CODE_IN_TEXT = re.compile(r"(?:[0-9A-Z]{5}[ \n]){29}[0-9A-Z]{1}")


def codes_in_text(text: str) -> list[str]:
    """Certificate codes found in text extracted from a PDF (one per certificate page)."""
    return [m.group(0).replace("\n", " ") for m in CODE_IN_TEXT.finditer(text)]
