"""The bundle file: a signed manifest and the ops in one file, optionally encrypted.

Layout (format version 1): MAGIC, then three length-prefixed sections, then the SHA-256
of everything before it (so any flipped byte or a cut-short copy is caught first):
    manifest       what the file is: format and schema version, sender (replica id, name,
                   role, public key), bundle id, the sender's vector (its acknowledgement),
                   the per-origin seq ranges carried, the devices those origins belong to,
                   and the SHA-256 of ops.bin
    signature      Ed25519 signature of manifest.json by the sender's key
    ops            the ops, columnar, LZMA-compressed (see `encode_ops_sized`)
An encrypted bundle wraps those bytes: MAGIC_ENC, scrypt salt, nonce, AES-GCM ciphertext.

`read_bundle` checks everything (wrapper, checksum, format version, signature, digest, ranges
against the ops) and raises `BundleRefused` with a message saying why; nothing here writes
to the database.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import lzma
import os
import re
import struct
import uuid
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.core.atomic import write_whole
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
# Files are read in chunks of this size: a 1 GB file never sits in memory whole.
CHUNK = 1 << 20
MAX_MANIFEST = 16 * 1024**2
MAX_SIGNATURE = 1024
# How far ops may unpack, relative to the compressed size: what a file declares
# (`payload.raw_size`) may not exceed MAX_RATIO times it; a file from before the
# declaration gets RAW_RATIO. Real payloads unpack 3-10x (see docs/sync.md).
RAW_RATIO = 100
MAX_RATIO = 1000
RAW_SLACK = 4 * 1024**2
BOMB = N_(
    "The file's changes unpack to far more than its size allows (a decompression bomb?); "
    "nothing imported."
)
WRONG_PASSPHRASE = N_(
    "Wrong network passphrase (or the encrypted file was damaged); nothing imported."
)
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
    # Where the verified, still compressed ops are: (open file, offset, size); `load`
    # unpacks them (only once the sender is trusted).
    source: tuple[BinaryIO, int, int] | None = None
    plain: Path | None = None  # a verified unencrypted copy of the file (open_bundle)
    checksum: str = ""  # the file's own SHA-256 trailer: a name Tirek chooses for it
    loaded: bool = False

    def load(self) -> list[OpRow]:
        """Unpack and decode the ops (streamed, bounded by `raw_limit`); refuse bad ones."""
        if self.loaded:
            return self.ops
        assert self.source is not None
        fh, offset, size = self.source
        fh.seek(offset)

        def chunks() -> Iterator[bytes]:
            left = size
            while left > 0:
                chunk = fh.read(min(CHUNK, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk

        try:
            raw = unpack(chunks(), raw_limit(self.manifest))
            declared = self.manifest["payload"].get("raw_size")
            if declared is not None and len(raw) != declared:
                raise ValueError("raw size")
            ops = decode_raw(raw, self.ranges)
            del raw
        except PayloadTooLarge:
            raise BundleRefused(BOMB) from None
        except (ValueError, KeyError, IndexError, TypeError, lzma.LZMAError, struct.error):
            raise BundleRefused(
                N_("The file's ops cannot be read (damaged); nothing imported.")
            ) from None
        if len(ops) != int(self.manifest["op_count"]):
            raise BundleRefused(N_("The file's op count does not match its manifest."))
        check_ops(ops)
        self.ops = ops
        self.loaded = True
        return ops

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


def encode_ops_sized(ops: Sequence[OpRow]) -> tuple[bytes, int]:
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
    return lzma.compress(raw, filters=_filters(len(raw))), len(raw)


# LZMA preset 1 (fast, and within a few percent of the best ratio on op columns) with a
# dictionary no larger than the payload: a dictionary longer than the data finds no more
# matches, so the output is just as small, but preset 1's 1 MiB one is set up for every
# bundle, which cost more than compressing a typical small bundle (0.8 ms against 0.3 ms
# for a few KB). Readers take any dictionary size from the stream's header.
_DICT_MIN, _DICT_MAX = 1 << 12, 1 << 20


def _filters(size: int) -> list[dict[str, int]]:
    dict_size = min(_DICT_MAX, max(_DICT_MIN, 1 << (max(size, 1) - 1).bit_length()))
    return [{"id": lzma.FILTER_LZMA2, "preset": 1, "dict_size": dict_size}]


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def unpack(chunks: Iterator[bytes], limit: int) -> bytes:
    """Stream LZMA-compressed chunks into at most `limit` bytes; a bomb stops at the limit."""
    dec = lzma.LZMADecompressor()
    out = bytearray()
    for chunk in chunks:
        data = chunk
        while True:
            out += dec.decompress(data, max_length=limit + 1 - len(out))
            if len(out) > limit:
                raise PayloadTooLarge
            if dec.eof or dec.needs_input:
                break
            data = b""
        if dec.eof:
            break
    if not dec.eof:
        raise ValueError("payload truncated")
    return bytes(out)


class PayloadTooLarge(ValueError):
    """The ops unpack to more than the file declares (a decompression bomb)."""


def decode_raw(raw: bytes, ranges: dict[str, tuple[int, int]]) -> list[OpRow]:
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


def build_bundle(manifest: dict[str, Any], ops: Sequence[OpRow], key: Ed25519PrivateKey) -> bytes:
    """The bytes of a signed bundle (the manifest gets the payload digest filled in)."""
    payload, raw_size = encode_ops_sized(ops)
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "op_count": len(ops),
        "payload": {
            "encoding": PAYLOAD_ENCODING,
            "size": len(payload),
            "raw_size": raw_size,  # the reader's limit for unpacking (see raw_limit)
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
        raise BundleRefused(WRONG_PASSPHRASE) from None


def decrypt_file(source: BinaryIO, size: int, passphrase: str | None, target: BinaryIO) -> None:
    """Decrypt an encrypted bundle chunk by chunk into `target` (never whole in memory).

    The plaintext is only trusted once the tag checks at the end; callers read `target`
    only after this returns.
    """
    if passphrase is None:
        raise BundleRefused(N_("The file is encrypted: give the network passphrase to import it."))
    head = len(MAGIC_ENC) + 16 + 12
    if size < head + 16:
        raise BundleRefused(N_("The encrypted file is incomplete (cut short while copying?)."))
    source.seek(len(MAGIC_ENC))
    salt, nonce = source.read(16), source.read(12)
    source.seek(size - 16)
    tag = source.read(16)
    source.seek(head)
    dec = Cipher(algorithms.AES(_key_from(passphrase, salt)), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(MAGIC_ENC)
    left = size - head - 16
    while left > 0:
        chunk = source.read(min(CHUNK, left))
        if not chunk:
            raise BundleRefused(N_("The encrypted file is incomplete (cut short while copying?)."))
        left -= len(chunk)
        target.write(dec.update(chunk))
    try:
        target.write(dec.finalize())
    except InvalidTag:
        raise BundleRefused(WRONG_PASSPHRASE) from None
    target.flush()


def write_file(path: Path, data: bytes) -> Path:
    """Write under a temporary name, then rename: readers never see half a file."""
    return write_whole(path, data, private=True)  # a bundle carries names and phones


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BundleRefused(INCOMPLETE)
    return data


def _verify_container(fh: BinaryIO, size: int) -> tuple[bytes, bytes, int, int, str]:
    """Check the container in chunks: (manifest, signature, payload offset and size, sha).

    The section lengths are read first and must add up to the file's size, so a file
    whose declared sizes disagree with it is refused before the rest is read; then the
    whole file is hashed in chunks against its trailing checksum.
    """
    fh.seek(0)
    head = fh.read(len(MAGIC))
    if head != MAGIC:
        raise BundleRefused(N_("This is not a Tirek sync file."))
    whole = hashlib.sha256(head)
    parts: list[bytes] = []
    pos = len(MAGIC)
    for cap in (MAX_MANIFEST, MAX_SIGNATURE):
        if pos + 8 > size:
            raise BundleRefused(INCOMPLETE)
        raw = _read_exact(fh, 8)
        (n,) = struct.unpack("<Q", raw)
        pos += 8
        if pos + n + 32 > size:
            raise BundleRefused(INCOMPLETE)
        if n > cap:
            raise BundleRefused(DAMAGED)
        data = _read_exact(fh, n)
        whole.update(raw + data)
        parts.append(data)
        pos += n
    if pos + 8 > size:
        raise BundleRefused(INCOMPLETE)
    raw = _read_exact(fh, 8)
    (n,) = struct.unpack("<Q", raw)
    whole.update(raw)
    pos += 8
    if pos + n + 32 != size:
        raise BundleRefused(INCOMPLETE if pos + n + 32 > size else DAMAGED)
    try:  # the signed manifest declares the payload's size: refuse a mismatch early
        declared = json.loads(parts[0])["payload"]["size"]
    except (ValueError, TypeError, KeyError):
        declared = n  # a damaged manifest: the checksum below says so
    if declared != n:
        raise BundleRefused(DAMAGED)
    payload_sha = hashlib.sha256()
    left = n
    while left > 0:
        chunk = fh.read(min(CHUNK, left))
        if not chunk:
            raise BundleRefused(INCOMPLETE)
        left -= len(chunk)
        whole.update(chunk)
        payload_sha.update(chunk)
    if fh.read(32) != whole.digest():
        raise BundleRefused(DAMAGED)
    return parts[0], parts[1], pos, n, payload_sha.hexdigest()


def _verify_manifest(text: bytes, signature: bytes, payload_size: int, payload_sha: str) -> Bundle:
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
    info = manifest.get("payload")
    if not isinstance(info, dict) or info.get("sha256") != payload_sha:
        raise BundleRefused(
            N_("The file's contents do not match its signed digest (damaged); nothing imported.")
        )
    if info.get("size") != payload_size:
        raise BundleRefused(
            N_("The file's contents do not match its signed digest (damaged); nothing imported.")
        )
    if info.get("encoding") != PAYLOAD_ENCODING:
        raise BundleRefused(
            N_("The file uses an op encoding this version of Tirek does not know ({encoding})."),
            encoding=info.get("encoding"),
        )
    check_manifest(manifest)
    bundle = Bundle(manifest)
    for origin, (_first, last) in bundle.ranges.items():
        if bundle.vector.get(origin, 0) < last:
            raise BundleRefused(N_("The file's manifest is inconsistent (vector behind its ops)."))
    return bundle


def raw_limit(manifest: dict[str, Any]) -> int:
    """How far this file's ops may unpack: what it declares, itself bounded by its size."""
    info = manifest["payload"]
    size = int(info["size"])
    declared = info.get("raw_size")
    if declared is None:  # written before files declared it
        return min(MAX_RAW_PAYLOAD, RAW_RATIO * size + RAW_SLACK)
    return int(declared)


def read_bundle(data: bytes, passphrase: str | None = None) -> Bundle:
    """Decode and verify a bundle held in memory completely; raise `BundleRefused` saying why."""
    if data.startswith(MAGIC_ENC):
        data = decrypt(data, passphrase)
    fh = io.BytesIO(data)
    text, signature, offset, size, sha = _verify_container(fh, len(data))
    bundle = _verify_manifest(text, signature, size, sha)
    bundle.source = (fh, offset, size)
    bundle.load()
    return bundle


@contextmanager
def open_bundle(path: Path, passphrase: str | None, scratch: Path) -> Iterator[Bundle]:
    """Verify a bundle file in chunks (never whole in memory); its ops load on `load()`.

    An encrypted file is decrypted into a temporary file under `scratch` first. While
    the context is open, `bundle.plain` is a verified, unencrypted copy to hold.
    """
    try:
        fh: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as err:
        raise BundleRefused(
            N_("Cannot read the file ({reason})."), reason=err.strerror or err
        ) from None
    tmp: Path | None = None
    try:
        size = os.fstat(fh.fileno()).st_size
        plain = Path(path)
        if fh.read(len(MAGIC_ENC)) == MAGIC_ENC:
            scratch.mkdir(parents=True, exist_ok=True)
            tmp = scratch / f".incoming-{uuid.uuid4().hex}.part"
            with open(tmp, "wb") as out:
                decrypt_file(fh, size, passphrase, out)
            fh.close()
            fh = open(tmp, "rb")  # noqa: SIM115
            size = os.fstat(fh.fileno()).st_size
            plain = tmp
        text, signature, offset, n, sha = _verify_container(fh, size)
        bundle = _verify_manifest(text, signature, n, sha)
        bundle.source = (fh, offset, n)
        bundle.plain = plain
        bundle.checksum = _trailer(fh, size)
        yield bundle
    finally:
        fh.close()
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _trailer(fh: BinaryIO, size: int) -> str:
    fh.seek(size - 32)
    return fh.read(32).hex()


# -- untrusted identifiers ---------------------------------------------------------------
_REPLICA = re.compile(r"[A-Za-z0-9-]{1,36}")
_BUNDLE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_ROW = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
ROLES = ("trainer", "coordinator", "viewer")


def _bad(what: str) -> BundleRefused:
    return BundleRefused(
        N_("The file's manifest is damaged or not from Tirek (bad {what}); nothing imported."),
        what=what,
    )


def _device_name(value: Any) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= 100
        and value == value.strip()
        and value.isprintable()
    )


def _key(value: Any, empty_ok: bool = False) -> bool:
    if not isinstance(value, str) or (not value and not empty_ok):
        return False
    if not value:
        return True
    try:
        return len(base64.b64decode(value, validate=True)) == 32
    except ValueError:
        return False


def check_manifest(m: dict[str, Any]) -> None:
    """Every identifier a file brings is data: checked for charset and length before use."""
    if not isinstance(m.get("bundle_id"), str) or not _BUNDLE_ID.fullmatch(m["bundle_id"]):
        raise _bad("bundle id")
    sender = m.get("sender")
    if not isinstance(sender, dict):
        raise _bad("sender")
    if not isinstance(sender.get("replica_id"), str) or not _REPLICA.fullmatch(
        sender["replica_id"]
    ):
        raise _bad("sender id")
    if not _device_name(sender.get("device_name")):
        raise _bad("device name")
    if sender.get("role") not in ROLES:
        raise _bad("role")
    if not _key(sender.get("public_key")):
        raise _bad("key")
    for section in ("vector", "ranges"):
        value = m.get(section)
        if not isinstance(value, dict):
            raise _bad(section)
        for origin, item in value.items():
            if not _REPLICA.fullmatch(origin):
                raise _bad(section)
            nums = item if section == "ranges" else [item]
            if not isinstance(nums, list) or not all(
                isinstance(x, int) and 0 <= x < 2**62 for x in nums
            ):
                raise _bad(section)
            if section == "ranges" and (len(nums) != 2 or not 1 <= nums[0] <= nums[1]):
                raise _bad(section)
    devices = m.get("devices", {})
    if not isinstance(devices, dict):
        raise _bad("devices")
    for origin, dev in devices.items():
        if not _REPLICA.fullmatch(origin) or not isinstance(dev, dict):
            raise _bad("devices")
        if not _device_name(dev.get("device_name", "?")) or not _key(
            dev.get("public_key", ""), empty_ok=True
        ):
            raise _bad("devices")
    info = m["payload"]
    for name in ("size", "raw_size"):
        value = info.get(name, 0)
        if not isinstance(value, int) or value < 0:
            raise _bad("payload size")
    raw = info.get("raw_size")
    if raw is not None and raw > min(MAX_RAW_PAYLOAD, MAX_RATIO * info["size"] + RAW_SLACK):
        raise BundleRefused(BOMB)
    if not isinstance(m.get("op_count"), int):
        raise _bad("op count")


def check_ops(ops: Sequence[OpRow]) -> None:
    for o in ops:
        if not (
            _NAME.fullmatch(o[3])
            and _ROW.fullmatch(o[4])
            and (o[5] is None or _NAME.fullmatch(o[5]))
            and len(o[9]) <= 200
        ):
            raise _bad("change")
