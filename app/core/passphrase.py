"""The database key and the passphrase that unlocks it (encryption at rest, docs/security.md).

The database is encrypted by SQLCipher with a random 256-bit key (the *database key*). It
is never typed: it sits in the home's key file (`tirek.key`) wrapped twice with AES-GCM,

- under a key derived from the passphrase with scrypt (memory-hard: 128 MB, so guessing
  passphrases on a stolen laptop's file is slow), with a random salt kept in the file;
- under the *recovery key*, a random key printed once at set-up for the coordinator.

So changing the passphrase, or setting a new one with the recovery key, rewrites this small
file only; the database is never re-encrypted. The GCM tag is the key check: a wrong
passphrase is refused before the database file is even opened.

The derived key is kept for the life of the process (`_DERIVED`), so the slow derivation
is paid once per start however often the installation is opened. The window starts it
ahead (`unlock_ahead`) on a thread of its own while Qt and the screens are imported:
scrypt runs in OpenSSL without Python's lock, so on a second core it costs no time.
`cryptography` itself is imported on that thread too, not on the way to the window.

"Remember on this computer" keeps in the system's keyring the key scrypt derived from the
passphrase for this key file (its salt), never the passphrase: a remembered start unwraps
the database key at once, without scrypt, and the passphrase, which people reuse, is
nowhere on disk. Whoever can read that keyring entry can open this installation, as with a
remembered passphrase, and nothing else. A passphrase changed here is remembered anew; one
changed where this keyring is not reachable leaves the entry stale: its check fails and the
passphrase is asked. Entries of older versions (the passphrase itself) are replaced on
their first use.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import secrets
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import write_whole
from app.core.errors import N_, InputError, SetupError
from app.core.paths import Home

log = logging.getLogger(__name__)

ENV = "TIREK_PASSPHRASE"  # the CLI (and scripts) read the passphrase from here first
KEYRING_SERVICE = "Tirek"  # older versions: the passphrase itself (read once, then replaced)
KEPT_KEY_SERVICE = "Tirek unlocking key"  # the scrypt-derived key of "Remember on this computer"
MIN_LENGTH = 8
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits: 32 letters and digits, in 8 groups of 4
# scrypt's cost: N=2**17, r=8 takes 128 MB and about half a second on a field laptop.
# TIREK_TEST_SCRYPT_N (a power of two) makes new key files cheaper to open, for the test
# suite only (docs/development.md): a key file keeps the cost it was made with.
PRODUCTION_N = 2**17


def _scrypt_n(setting: str | None) -> int:
    """The setting if it is a power of two from 2^10 to 2^17; anything else (unset, a typo)
    gives the production cost: a setting can only ever lower it, and never break start-up."""
    n = int(setting) if setting and setting.isdigit() else 0
    return n if 2**10 <= n <= PRODUCTION_N and n & (n - 1) == 0 else PRODUCTION_N


SCRYPT_N = _scrypt_n(os.environ.get("TIREK_TEST_SCRYPT_N"))
SCRYPT_R = 8
SCRYPT_P = 1
_FORMAT = 1
_AD_PASSPHRASE = b"tirek database key 1 / passphrase"
_AD_RECOVERY = b"tirek database key 1 / recovery key"

# sha256(salt, cost, passphrase) -> derived key: paid once per process. A derivation under
# way (started ahead, or by another thread) is waited for, never run twice.
_DERIVED: dict[bytes, Future[bytes]] = {}
_DERIVING = threading.Lock()
# database file -> its key, once opened in this process (a restore or a backup reopens it).
_UNLOCKED: dict[Path, bytes] = {}


class PassphraseNeeded(InputError):
    """The database is encrypted and no passphrase was given."""


@dataclass(frozen=True)
class NewKeys:
    database_key: bytes
    recovery_key: str  # shown once, to be written down by the coordinator


# -- the key file -------------------------------------------------------------------------
def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    tag = hashlib.sha256(salt + f"{n}/{r}/{p}/".encode() + passphrase.encode()).digest()
    with _DERIVING:
        future = _DERIVED.get(tag)
        mine = future is None
        if future is None:
            future = _DERIVED[tag] = Future()
    if mine:
        try:
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            kdf = Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p)
            future.set_result(kdf.derive(passphrase.encode("utf-8")))
        except BaseException as err:  # e.g. out of memory: the next call tries again
            with _DERIVING:
                _DERIVED.pop(tag, None)
            future.set_exception(err)
    return future.result()


def unlock_ahead(home: Home) -> None:
    """Start unlocking `home` on a thread of its own while the window loads: with
    TIREK_PASSPHRASE (scrypt), else with the key this computer remembers (the keyring).
    Opening then waits for that work instead of starting over. Nothing is reported from
    here: opening asks again and says what is wrong in its own words."""
    if not is_encrypted(home):
        return

    def derive() -> None:
        try:
            chosen = from_environment()
            if chosen is None:
                unlock_remembered(home)
                return
            kdf = _read(home)["kdf"]
            if isinstance(kdf, dict):
                _derive(chosen, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
        except Exception:
            log.info("unlocking ahead failed", exc_info=True)

    threading.Thread(target=derive, name="tirek-unlock", daemon=True).start()


def _recovery_wrapping_key(recovery: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # The recovery key is random (160 bits): a fast derivation is enough.
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=_AD_RECOVERY).derive(recovery)


def _wrap(wrapping_key: bytes, database_key: bytes, ad: bytes) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return (nonce + AESGCM(wrapping_key).encrypt(nonce, database_key, ad)).hex()


def _unwrap(wrapping_key: bytes, wrapped: str, ad: bytes, refused: InputError) -> bytes:
    """The database key, or `refused` when the wrapping key is not the one it was made with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = bytes.fromhex(wrapped)
    try:
        return AESGCM(wrapping_key).decrypt(blob[:12], blob[12:], ad)
    except InvalidTag:
        raise refused from None


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise InputError(
            N_("This is not a recovery key: it has 8 groups of 4 letters and digits."),
            field="recovery_key",
        )
    return raw


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise InputError(
            N_("The passphrase is too short: use at least {count} characters."),
            field="passphrase",
            count=MIN_LENGTH,
        )


def _passphrase_entry(passphrase: str, database_key: bytes) -> dict[str, object]:
    salt = os.urandom(16)
    if SCRYPT_N < PRODUCTION_N:  # only the test suite sets it; say so wherever it is set
        log.warning(
            "key file made at the test suite's scrypt cost N=%d (TIREK_TEST_SCRYPT_N)", SCRYPT_N
        )
    wrapping = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
        "by_passphrase": _wrap(wrapping, database_key, _AD_PASSPHRASE),
    }


def _write(path: Path, content: dict[str, object]) -> None:
    # The old wrapping or the new one, never half of each.
    write_whole(path, json.dumps(content, indent=1), private=True)


def _read(home: Home) -> dict[str, object]:
    try:
        content = json.loads(home.key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SetupError(
            N_("The key file {path} cannot be read ({reason}). Restore it from a copy."),
            path=home.key_file,
            reason=err,
        ) from err
    if not isinstance(content, dict) or content.get("format") != _FORMAT:
        raise SetupError(
            N_("The key file {path} was written by another version of Tirek."),
            path=home.key_file,
        )
    return content


def create_keys(home: Home, passphrase: str, target: Path | None = None) -> NewKeys:
    """A new database key, wrapped under `passphrase` and a new recovery key, written to
    `target` (the home's key file unless given: a conversion writes it aside first)."""
    check_new_passphrase(passphrase)
    database_key = secrets.token_bytes(KEY_BYTES)
    recovery = secrets.token_bytes(RECOVERY_BYTES)
    content: dict[str, object] = {"format": _FORMAT}
    content.update(_passphrase_entry(passphrase, database_key))
    content["by_recovery_key"] = _wrap(_recovery_wrapping_key(recovery), database_key, _AD_RECOVERY)
    _write(target or home.key_file, content)
    return NewKeys(database_key, format_recovery_key(recovery))


def unlock(home: Home, passphrase: str) -> bytes:
    """The database key, or InputError when the passphrase is wrong (nothing is touched)."""
    content = _read(home)
    kdf = content["kdf"]
    assert isinstance(kdf, dict)
    wrapping = _derive(passphrase, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
    return _unwrap(wrapping, str(content["by_passphrase"]), _AD_PASSPHRASE, _not_right())


def _not_right() -> InputError:
    return InputError(
        N_("The passphrase is not right. Nothing was opened or changed; try again."),
        field="passphrase",
    )


def unlock_with_recovery_key(home: Home, recovery_key: str) -> bytes:
    content = _read(home)
    wrapping = _recovery_wrapping_key(parse_recovery_key(recovery_key))
    wrong = InputError(
        N_("This recovery key does not belong to this installation. Nothing was changed."),
        field="recovery_key",
    )
    return _unwrap(wrapping, str(content["by_recovery_key"]), _AD_RECOVERY, wrong)


def _rewrap(home: Home, database_key: bytes, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    content = _read(home)
    content.update(_passphrase_entry(new_passphrase, database_key))
    _write(home.key_file, content)
    if is_remembered(home):
        remember(home, new_passphrase)  # the new salt's key; scrypt was just paid for it


def change(home: Home, old: str, new: str) -> None:
    """Set a new passphrase: the database key is re-wrapped, the database is untouched."""
    _rewrap(home, unlock(home, old), new)


def recover(home: Home, recovery_key: str, new: str) -> None:
    """A forgotten passphrase: the coordinator's recovery key sets a new one."""
    _rewrap(home, unlock_with_recovery_key(home, recovery_key), new)


def is_encrypted(home: Home) -> bool:
    return home.key_file.exists()


# -- where the passphrase comes from ------------------------------------------------------
def from_environment() -> str | None:
    return os.environ.get(ENV) or None


def _kept(service: str, home: Home) -> str | None:
    """The keyring's entry for this installation, if any (None: no usable keyring here)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(service, str(home.root))
        except KeyringError:
            return None
    except Exception:  # no usable keyring back end on this system: the user is asked
        log.info("no keyring available", exc_info=True)
        return None


def _keep(service: str, home: Home, value: str | None) -> bool:
    """Set (or with None, delete) the keyring's entry; False when the keyring refused."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        if value is not None:
            keyring.set_password(service, str(home.root), value)
            return True
        with contextlib.suppress(PasswordDeleteError):  # nothing was kept
            keyring.delete_password(service, str(home.root))
        return True
    except Exception:
        log.info("the keyring refused to keep or forget an entry", exc_info=True)
        return False


def remember(home: Home, passphrase: str) -> bool:
    """ "Remember on this computer": keep the key scrypt derives from `passphrase` for this
    key file (paid for already: the passphrase was just used), never the passphrase."""
    content = _read(home)
    kdf = content["kdf"]
    assert isinstance(kdf, dict)
    wrapping = _derive(passphrase, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
    _unwrap(wrapping, str(content["by_passphrase"]), _AD_PASSPHRASE, _not_right())  # it must fit
    if not _keep(KEPT_KEY_SERVICE, home, wrapping.hex()):
        return False
    _keep(KEYRING_SERVICE, home, None)  # an older version's passphrase entry
    return True


def is_remembered(home: Home) -> bool:
    return _kept(KEPT_KEY_SERVICE, home) is not None or _kept(KEYRING_SERVICE, home) is not None


def forget(home: Home) -> None:
    _keep(KEPT_KEY_SERVICE, home, None)
    _keep(KEYRING_SERVICE, home, None)


# Unlocking with the remembered key: under way on the start-up thread, or done. A call
# while it is under way waits for it; a call after it reads the keyring afresh.
_REMEMBERING: dict[Path, Future[bytes | None]] = {}


def unlock_remembered(home: Home) -> bytes | None:
    """The database key from what this computer remembers, without scrypt; None when it
    remembers nothing for `home` or what it keeps no longer fits (the passphrase was
    changed where this keyring was not reachable): then the passphrase is asked."""
    root = home.root.resolve()
    with _DERIVING:
        future = _REMEMBERING.get(root)
        mine = future is None or future.done()
        if mine:
            future = _REMEMBERING[root] = Future()
    assert future is not None
    if mine:
        try:
            key = _unlock_remembered_now(home)
            if key is not None:
                register(home.database, key)
            future.set_result(key)
        except BaseException as err:
            future.set_exception(err)
    return future.result()


def _unlock_remembered_now(home: Home) -> bytes | None:
    kept = _kept(KEPT_KEY_SERVICE, home)
    if kept is not None:
        content = _read(home)
        wrapped = str(content["by_passphrase"])
        try:
            return _unwrap(bytes.fromhex(kept), wrapped, _AD_PASSPHRASE, _not_right())
        except (ValueError, InputError):
            log.info("the remembered key no longer opens %s: the passphrase is asked", home.root)
    old = _kept(KEYRING_SERVICE, home)  # a passphrase an older version remembered
    if old is None:
        return None
    try:
        key = unlock(home, old)
    except InputError:
        return None
    remember(home, old)  # from now on the derived key, not the passphrase
    return key


# -- keys opened in this process ----------------------------------------------------------
def register(db_file: Path, key: bytes | None) -> None:
    if key is None:
        _UNLOCKED.pop(db_file.resolve(), None)
    else:
        _UNLOCKED[db_file.resolve()] = key


def unlocked_key(db_file: Path) -> bytes | None:
    """The key this process opened `db_file` with (a backup or a restore reopens it)."""
    return _UNLOCKED.get(db_file.resolve())


def key_file_missing(home: Home) -> bytes:
    """The database file is not plain SQLite and there is no key file: it is encrypted
    and its key file is gone, or it is damaged. Say what to put back."""
    raise SetupError(
        N_(
            "The database cannot be read: it is damaged, or it is encrypted and its key file "
            "{path} is missing. Put the key file back, or restore a backup."
        ),
        path=home.key_file,
    )
