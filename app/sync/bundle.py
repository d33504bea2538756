"""The bundle file: a signed manifest and the ops in one file, optionally encrypted.

Layout (format version 1): MAGIC, then three length-prefixed sections, then the SHA-256
of everything before it (so any flipped byte or a cut-short copy is caught first):
    manifest       what the file is: format and schema version, sender (replica id, name,
                   role, public key), bundle id, the sender's vector (its acknowledgement),
                   the per-origin seq ranges carried, the devices those origins belong to,
                   and the SHA-256 of ops.bin
    signature      Ed25519 signature of manifest.json by the sender's key
    ops            the ops, columnar, LZMA-compressed (see `encode_ops`)
An encrypted bundle wraps those bytes: MAGIC_ENC, scrypt salt, nonce, AES-GCM ciphertext.

`read_bundle` checks everything (wrapper, checksum, format version, signature, digest, ranges
against the ops) and raises `BundleRefused` with a message saying why; nothing here writes
to the database.
"""

from __future__ import annotations

import base64
import hashlib
import json
import lzma
import os
import struct
import uuid
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.core.errors import N_, TirekError

FORMAT = "tirek-bundle"
FORMAT_VERSION = 1
PAYLOAD_ENCODING = "columnar-lzma-1"
MAGIC = b"TIREK-BUNDLE\n"
MAGIC_ENC = b"TIREK-ENC1\n"
INCOMPLETE = N_("The file is incomplete or damaged (cut short while copying?); nothing imported.")
DAMAGED = N_("The file is damaged (its checksum does not match); nothing imported.")
SUFFIX = ".tirek"
MAX_RAW_PAYLOAD = 4 * 1024**3  # refuse a decompression bomb
# scrypt with 32 MiB: slow enough to make guessing a passphrase from a lost stick costly.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

# One op as stored in op_log, in column order.
OpRow = tuple[str, int, int, str, str, str | None, str, str | None, str | None, str]
KINDS = ("create", "set", "delete", "merge")


class BundleRefused(TirekError):
    """A file was refused before anything was written; the message says why."""


@dataclass(frozen=True)
class Sender:
    replica_id: str
    device_name: str
    role: str
    public_key: str


@dataclass
class Bundle:
    manifest: dict[str, Any]
    ops: list[OpRow] = field(default_factory=list)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def sender(self) -> Sender:
        s = self.manifest["sender"]
        return Sender(s["replica_id"], s["device_name"], s["role"], s["public_key"])

    @property
    def vector(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.manifest["vector"].items()}

    @property
    def ranges(self) -> dict[str, tuple[int, int]]:
        return {k: (int(a), int(b)) for k, (a, b) in self.manifest["ranges"].items()}

    @property
    def devices(self) -> dict[str, dict[str, str]]:
        return dict(self.manifest.get("devices", {}))


# -- op payload ------------------------------------------------------------------------
def _index(values: Sequence[Any]) -> tuple[list[Any], list[int]]:
    seen: dict[Any, int] = {}
    idx = [seen.setdefault(v, len(seen)) for v in values]
    return list(seen), idx


def encode_ops(ops: Sequence[OpRow]) -> bytes:
    """Columns, each one homogeneous, so LZMA finds the repetition (< 50 bytes per op).

    Ops are ordered by origin then seq (the manifest's ranges), so neither is stored.
    Row ids are a dictionary of 16-byte UUIDs; entities, fields, kinds and authors are
    small dictionaries; clock stamps are deltas.
    """
    entities, ent_idx = _index([o[3] for o in ops])
    rows, row_idx = _index([o[4] for o in ops])
    fields, field_idx = _index([o[5] for o in ops])
    authors, author_idx = _index([o[9] for o in ops])
    row_blob = bytearray()
    odd_rows: list[str] = []
    for r in rows:
        try:
            u = uuid.UUID(r)
            ok = str(u) == r
        except ValueError:
            ok = False
        if ok:
            row_blob += u.bytes
        else:
            row_blob += b"\0" * 16
            odd_rows.append(r)
    odd_flags = bytes(0 if _is_uuid(r) else 1 for r in rows)
    hlc = array("q")
    prev = 0
    for o in ops:
        hlc.append(o[2] - prev)
        prev = o[2]
    flags = bytes((o[7] is None) | ((o[8] is None) << 1) for o in ops)
    header = {
        "n": len(ops),
        "entities": entities,
        "fields": fields,
        "authors": authors,
        "odd_rows": odd_rows,
        "kinds": list(KINDS),
    }
    sections = [
        json.dumps(header, ensure_ascii=False).encode(),
        hlc.tobytes(),
        array("H", ent_idx).tobytes(),
        array("I", row_idx).tobytes(),
        bytes(row_blob),
        odd_flags,
        array("H", field_idx).tobytes(),
        bytes(KINDS.index(o[6]) for o in ops),
        array("H", author_idx).tobytes(),
        flags,
        "\n".join(o[7] or "" for o in ops).encode(),
        "\n".join(o[8] or "" for o in ops).encode(),
    ]
    raw = b"".join(struct.pack("<Q", len(s)) + s for s in sections)
    return lzma.compress(raw, preset=1)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def decode_ops(blob: bytes, ranges: dict[str, tuple[int, int]]) -> list[OpRow]:
    dec = lzma.LZMADecompressor()
    raw = dec.decompress(blob, max_length=MAX_RAW_PAYLOAD)
    if not dec.eof:
        raise ValueError("payload truncated or too large")
    sections: list[bytes] = []
    pos = 0
    while pos < len(raw):
        (n,) = struct.unpack_from("<Q", raw, pos)
        pos += 8
        sections.append(raw[pos : pos + n])
        pos += n
    if len(sections) != 12:
        raise ValueError("payload sections")
    header = json.loads(sections[0])
    n = int(header["n"])
    hlc_d = array("q")
    hlc_d.frombytes(sections[1])
    ent = array("H")
    ent.frombytes(sections[2])
    row = array("I")
    row.frombytes(sections[3])
    blob_rows, odd_flags = sections[4], sections[5]
    odd = iter(header["odd_rows"])
    rows = [
        next(odd) if odd_flags[i] else str(uuid.UUID(bytes=blob_rows[16 * i : 16 * i + 16]))
        for i in range(len(odd_flags))
    ]
    fld = array("H")
    fld.frombytes(sections[6])
    kinds = sections[7]
    auth = array("H")
    auth.frombytes(sections[8])
    flags = sections[9]
    values = sections[10].decode().split("\n") if n else []
    parents = sections[11].decode().split("\n") if n else []
    cols = (hlc_d, ent, row, fld, kinds, auth, flags, values, parents)
    if any(len(c) != n for c in cols):
        raise ValueError("column lengths")
    origins: list[tuple[str, int]] = []
    for origin, (first, last) in ranges.items():
        origins.extend((origin, s) for s in range(first, last + 1))
    if len(origins) != n:
        raise ValueError("op count does not match the ranges")
    ops: list[OpRow] = []
    stamp = 0
    ents, fields, authors, kind_names = (
        header["entities"],
        header["fields"],
        header["authors"],
        header["kinds"],
    )
    for i in range(n):
        stamp += hlc_d[i]
        f = flags[i]
        ops.append(
            (
                origins[i][0],
                origins[i][1],
                stamp,
                ents[ent[i]],
                rows[row[i]],
                fields[fld[i]],
                kind_names[kinds[i]],
                None if f & 1 else values[i],
                None if f & 2 else parents[i],
                authors[auth[i]],
            )
        )
    return ops


# -- signing and the file --------------------------------------------------------------
def public_key_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def build_bundle(manifest: dict[str, Any], ops: Sequence[OpRow], key: Ed25519PrivateKey) -> bytes:
    """The bytes of a signed bundle (the manifest gets the payload digest filled in)."""
    payload = encode_ops(ops)
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "op_count": len(ops),
        "payload": {
            "encoding": PAYLOAD_ENCODING,
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        },
    }
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    body = MAGIC + b"".join(struct.pack("<Q", len(p)) + p for p in (text, key.sign(text), payload))
    return body + hashlib.sha256(body).digest()


def _key_from(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_key_from(passphrase, salt)).encrypt(nonce, data, MAGIC_ENC)
    return MAGIC_ENC + salt + nonce + sealed


def decrypt(data: bytes, passphrase: str | None) -> bytes:
    if passphrase is None:
        raise BundleRefused(N_("The file is encrypted: give the network passphrase to import it."))
    body = data[len(MAGIC_ENC) :]
    if len(body) < 16 + 12 + 16:
        raise BundleRefused(N_("The encrypted file is incomplete (cut short while copying?)."))
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        return AESGCM(_key_from(passphrase, salt)).decrypt(nonce, sealed, MAGIC_ENC)
    except InvalidTag:
        raise BundleRefused(
            N_("Wrong network passphrase (or the encrypted file was damaged); nothing imported.")
        ) from None


def write_file(path: Path, data: bytes) -> Path:
    """Write under a temporary name, then rename: readers never see half a file."""
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def _sections(data: bytes) -> tuple[bytes, bytes, bytes]:
    if not data.startswith(MAGIC):
        raise BundleRefused(N_("This is not a Tirek sync file."))
    parts: list[bytes] = []
    pos = len(MAGIC)
    for _ in range(3):
        if pos + 8 > len(data):
            raise BundleRefused(INCOMPLETE)
        (n,) = struct.unpack_from("<Q", data, pos)
        pos += 8
        if pos + n + 32 > len(data):
            raise BundleRefused(INCOMPLETE)
        parts.append(data[pos : pos + n])
        pos += n
    if len(data) != pos + 32:
        raise BundleRefused(INCOMPLETE if len(data) < pos + 32 else DAMAGED)
    if hashlib.sha256(data[:pos]).digest() != data[pos:]:
        raise BundleRefused(DAMAGED)
    return parts[0], parts[1], parts[2]


def read_bundle(data: bytes, passphrase: str | None = None) -> Bundle:
    """Decode and verify a bundle completely; raise `BundleRefused` saying why."""
    if data.startswith(MAGIC_ENC):
        data = decrypt(data, passphrase)
    text, signature, payload = _sections(data)
    try:
        manifest = json.loads(text)
        fmt, version = manifest.get("format"), int(manifest.get("format_version", 0))
    except (ValueError, TypeError, AttributeError):
        raise BundleRefused(N_("The file's manifest is damaged; nothing imported.")) from None
    if fmt != FORMAT:
        raise BundleRefused(N_("This is not a Tirek sync file."))
    if version > FORMAT_VERSION:
        raise BundleRefused(
            N_(
                "The file was written by a newer version of Tirek (bundle format {version}); "
                "update Tirek on this laptop to import it."
            ),
            version=version,
        )
    try:
        public = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(manifest["sender"]["public_key"])
        )
        public.verify(signature, text)
    except (InvalidSignature, ValueError, KeyError, TypeError):
        raise BundleRefused(
            N_(
                "The signature does not match the file: it was changed after its sender "
                "wrote it, or forged; nothing imported."
            )
        ) from None
    info = manifest["payload"]
    if hashlib.sha256(payload).hexdigest() != info["sha256"] or len(payload) != info["size"]:
        raise BundleRefused(
            N_("The file's contents do not match its signed digest (damaged); nothing imported.")
        )
    if info.get("encoding") != PAYLOAD_ENCODING:
        raise BundleRefused(
            N_("The file uses an op encoding this version of Tirek does not know ({encoding})."),
            encoding=info.get("encoding"),
        )
    bundle = Bundle(manifest)
    try:
        bundle.ops = decode_ops(payload, bundle.ranges)
    except (ValueError, KeyError, IndexError, TypeError, lzma.LZMAError, struct.error):
        raise BundleRefused(
            N_("The file's ops cannot be read (damaged); nothing imported.")
        ) from None
    if len(bundle.ops) != int(manifest["op_count"]):
        raise BundleRefused(N_("The file's op count does not match its manifest."))
    for origin, (_first, last) in bundle.ranges.items():
        if bundle.vector.get(origin, 0) < last:
            raise BundleRefused(N_("The file's manifest is inconsistent (vector behind its ops)."))
    return bundle
