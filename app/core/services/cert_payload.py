"""The signed facts of a certificate in a few hundred bytes, and its short typeable code.

The QR code of a certificate holds a link to the network's verify page whose fragment is
the compact payload in Crockford base32 (the QR's alphanumeric mode: 5.5 bits a
character instead of 8). The payload is binary:

    format 1 (2, +0x80 when the body is deflated) | network 4 | key id 4
    | number 8 (prefix 5, serial 3) | version 1 | body | Ed25519 signature 64

    body = start, end, issued (days since 2000-01-01, 2 bytes each) | hours x 100 (3)
           | name NUL title NUL organisation   (text in the one-byte alphabet below)

The signature covers everything before it (after SIGNED_CONTEXT). Cyrillic letters, the
Kyrgyz ң ө ү and common punctuation are one byte each (TEXT_TABLE, bytes 0x80-0xFF);
any other character is ESCAPE then its UTF-8. The body is deflated (raw deflate) only
when that makes it shorter; browsers inflate it with DecompressionStream, so the verify
page needs no library for it. A long Kyrgyz name and a 200-letter title fit in about
330 bytes: a QR code of version 14 or so, which scans when printed small.

The short code is what a person reads out on the phone: the register number and a
4-character check, e.g. 7EG5B0TY-0001-K3QX. The check is 20 bits of SHA-256 over the
network, number, version and facts, so it stays the same on every reprint and after a
coordinator signs a draft, picks the version, and catches a typing mistake.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

if TYPE_CHECKING:
    from app.core.models import Certificate

FORMAT = 2
DEFLATED = 0x80
SIGNED_CONTEXT = b"tirek-certificate-2\x00"
CHECK_CONTEXT = b"tirek-check\x00"
HEADER = 18
SIGNATURE = 64
EPOCH = date(2000, 1, 1)
ESCAPE = 0x01

# Bytes 0x80-0xFF. The verify page gets this very string, so both sides agree.
TEXT_TABLE = (
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
    "ЁёҢңӨөҮү«»–—№’“”„…ӘәҒғҚқҰұҺһІіЇїЄєЎўҲҳӢӣӮӯҶҷҠҡҪҫ‘ʼ°·"
)
TEXT_TABLE += "".join(chr(0x2460 + i) for i in range(128 - len(TEXT_TABLE)))  # ①…: unused
assert len(TEXT_TABLE) == 128 and len(set(TEXT_TABLE)) == 128
_TO_BYTE = {ch: 0x80 + i for i, ch in enumerate(TEXT_TABLE)}

_RFC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_RFC, CROCKFORD)
_FROM_CROCKFORD = str.maketrans(CROCKFORD, _RFC)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def b32(data: bytes) -> str:
    """Crockford base32 without padding."""
    return base64.b32encode(data).decode("ascii").rstrip("=").translate(_TO_CROCKFORD)


def unb32(text: str) -> bytes:
    text = text.upper().translate(_LOOKALIKES)
    if any(ch not in CROCKFORD for ch in text):
        raise ValueError("not base32")
    rfc = text.translate(_FROM_CROCKFORD)
    return base64.b32decode(rfc + "=" * (-len(rfc) % 8))


def key_id(public_key_b64: str) -> bytes:
    return hashlib.sha256(base64.b64decode(public_key_b64)).digest()[:4]


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
    version: int = 1

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.number,
            "v": self.version,
            "name": self.person_name,
            "training": self.training_title,
            "from": self.start_date.isoformat(),
            "to": self.end_date.isoformat(),
            "hours": round(self.hours, 2),
            "org": self.organisation,
            "issued": self.issued_on.isoformat(),
        }

    def corrected(self, **changes: Any) -> Facts:
        return replace(self, version=self.version + 1, **changes)


# -- text and numbers --------------------------------------------------------------------


def row_facts(row: Certificate) -> Facts:
    """The facts a register row holds, as signed and printed."""
    return Facts(
        row.number,
        row.person_name,
        row.training_title,
        row.start_date,
        row.end_date,
        row.hours,
        row.organisation,
        row.issued_on,
        row.version,
    )


def encode_text(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if 0x20 <= o < 0x7F:
            out.append(o)
        elif ch in _TO_BYTE:
            out.append(_TO_BYTE[ch])
        else:
            out.append(ESCAPE)
            out += ch.encode("utf-8")
    return bytes(out)


def decode_text(data: bytes) -> str:
    out: list[str] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b == ESCAPE:
            lead = data[i + 1]
            n = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
            out.append(data[i + 1 : i + 1 + n].decode("utf-8"))
            i += 1 + n
            continue
        out.append(chr(b) if b < 0x80 else TEXT_TABLE[b - 0x80])
        i += 1
    return "".join(out)


def format_number(prefix: str, serial: int) -> str:
    return f"{prefix}-{serial:04d}"


def number_bytes(number: str) -> bytes:
    prefix, serial = number.split("-")
    return unb32(prefix) + int(serial).to_bytes(3, "big")


def number_from_bytes(data: bytes) -> str:
    return format_number(b32(data[:5]), int.from_bytes(data[5:8], "big"))


def _day(d: date) -> bytes:
    return (d - EPOCH).days.to_bytes(2, "big")


def _from_day(data: bytes) -> date:
    return EPOCH + timedelta(days=int.from_bytes(data, "big"))


def facts_body(f: Facts) -> bytes:
    """The facts (all but number and version, which are in the header), uncompressed."""
    return (
        _day(f.start_date)
        + _day(f.end_date)
        + _day(f.issued_on)
        + round(f.hours * 100).to_bytes(3, "big")
        + b"\x00".join(encode_text(x) for x in (f.person_name, f.training_title, f.organisation))
    )


def facts_from_body(number: str, version: int, body: bytes) -> Facts:
    name, title, org = (decode_text(x) for x in body[9:].split(b"\x00"))
    return Facts(
        number,
        name,
        title,
        _from_day(body[0:2]),
        _from_day(body[2:4]),
        int.from_bytes(body[6:9], "big") / 100,
        org,
        _from_day(body[4:6]),
        version,
    )


def check(network: str, f: Facts) -> str:
    """The 4-character check of the short code (same for every signature of these facts)."""
    digest = hashlib.sha256(
        CHECK_CONTEXT
        + bytes.fromhex(network)
        + number_bytes(f.number)
        + bytes([f.version])
        + facts_body(f)
    ).digest()
    return b32(digest[:3])[:4]


def short_code(network: str, f: Facts) -> str:
    return f"{f.number}-{check(network, f)}"


SHORT_CODE = re.compile(
    r"^\s*([0-9A-Za-z]{8})[\s\-–—]*([0-9OoIiLl]{1,7})[\s\-–—]*([0-9A-Za-z]{4})\s*$"
)


def parse_short_code(text: str) -> tuple[str, str] | None:
    """(number, check) of a typed short code, lookalike letters forgiven; None if not one."""
    m = SHORT_CODE.match(text)
    if m is None:
        return None
    try:
        prefix = b32(unb32(m.group(1)))[:8]  # normalises O/0, I/L/1
        tail = b32(unb32(m.group(3) + "0000"))[:4]
    except ValueError:
        return None
    serial = int(m.group(2).upper().translate(_LOOKALIKES))
    return format_number(prefix, serial), tail


# -- the signed payload ------------------------------------------------------------------
def sign(key: Ed25519PrivateKey, public_key_b64: str, network: str, f: Facts) -> bytes:
    """The compact signed payload of `f` for `network`, signed by `key`."""
    body = facts_body(f)
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = packed.compress(body) + packed.flush()
    flag, body = (DEFLATED, deflated) if len(deflated) < len(body) else (0, body)
    head = (
        bytes([FORMAT | flag])
        + bytes.fromhex(network)
        + key_id(public_key_b64)
        + number_bytes(f.number)
        + bytes([f.version])
    )
    signed = head + body
    return signed + key.sign(SIGNED_CONTEXT + signed)


@dataclass(frozen=True)
class Payload:
    """A decoded payload: who signed it for which network, and the facts it states."""

    network: str
    key_id: bytes
    facts: Facts
    signed: bytes  # what the signature covers (context included)
    signature: bytes


def decode(raw: bytes) -> Payload | None:
    """The payload's parts, or None when it is not a complete Tirek payload."""
    if len(raw) < HEADER + 9 + SIGNATURE or raw[0] & 0x7F != FORMAT:
        return None
    head, body, signature = raw[:HEADER], raw[HEADER:-SIGNATURE], raw[-SIGNATURE:]
    try:
        if raw[0] & DEFLATED:
            body = zlib.decompress(body, -15)
        facts = facts_from_body(number_from_bytes(head[9:17]), head[17], body)
    except (zlib.error, ValueError, IndexError, UnicodeDecodeError, OverflowError):
        return None
    return Payload(
        head[1:5].hex().upper(),
        head[5:9],
        facts,
        SIGNED_CONTEXT + raw[:-SIGNATURE],
        signature,
    )


def qr_text(verify_url: str, payload: bytes) -> str:
    """What the QR code holds: the verify page's address, '#', the payload in base32."""
    return f"{verify_url}#{b32(payload)}"


def payload_in_text(text: str) -> bytes | None:
    """The payload of a scanned QR text (the link, or the base32 alone); None if none."""
    text = text.strip()
    tail = text.rsplit("#", 1)[-1].strip()
    if len(tail) < 100:
        return None
    try:
        return unb32(re.sub(r"\s+", "", tail))
    except ValueError:
        return None
