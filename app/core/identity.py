"""Who this installation is: replica id, device name, role, key pair, incarnation.

The incarnation is a random marker kept both in the database and in a file of the home
folder. A database restored from a backup, or copied into another home folder, no longer
matches its folder's marker: it then takes a fresh replica id, so two laptops can never
hand out the same (replica, sequence number) pair for different changes. The marker also
remembers the next sequence number this folder's database had reached after its last
write: a backup copied over tirek.sqlite3 by hand (same incarnation, fewer ops) is behind
it, and re-incarnates the same way before it writes anything.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core import rights
from app.core.atomic import write_whole
from app.core.errors import N_, InputError, SetupError
from app.core.paths import Home

if TYPE_CHECKING:  # cryptography is imported where keys are made or read, not at start-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy.orm import Session
    from sqlcipher3 import dbapi2 as sqlcipher

# SQLAlchemy and the models are imported inside the functions that write: opening the
# window reads the identity through a plain connection (`read_identity`) before either
# is loaded (docs/architecture.md, "Start-up").

ROLES = rights.ROLES
KEY_FILE = "device_ed25519.pem"


@dataclass(frozen=True)
class Identity:
    replica_id: str
    device_name: str
    role: str
    user_name: str
    public_key: str
    incarnation: str

    @property
    def fingerprint(self) -> str:
        """A short, readable form of the public key for people to compare by phone."""
        digest = hashlib.sha256(base64.b64decode(self.public_key)).hexdigest()[:16].upper()
        return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def load_identity(session: Session) -> Identity | None:
    # Through the session's own DB-API connection (so inside its transaction), without
    # building a statement: every import asks twice, and SQLAlchemy's work for this one-row
    # read was a hundred times SQLite's.
    raw = session.connection().connection.driver_connection
    assert raw is not None
    found = read_identity(raw)
    return None if found is None else found[0]


_IDENTITY_COLUMNS = "replica_id, device_name, role, user_name, public_key, incarnation, next_seq"


def read_identity(conn: sqlcipher.Connection) -> tuple[Identity, int] | None:
    """The identity and the next sequence number, through a plain DB-API connection:
    the same answer as `load_identity`, without SQLAlchemy (start-up, before the window)."""
    row = conn.execute(f"SELECT {_IDENTITY_COLUMNS} FROM installation").fetchone()
    if row is None:
        return None
    replica_id, device_name, role, user_name, public_key, incarnation, next_seq = row
    ident = Identity(
        replica_id=replica_id,
        device_name=device_name,
        role=role,
        user_name=user_name or device_name,
        public_key=public_key or "",
        incarnation=incarnation,
    )
    return ident, int(next_seq)


def validate_device(device_name: str, role: str) -> tuple[str, str]:
    name = " ".join(device_name.split())
    if not name:
        raise InputError(N_("Give this laptop a name, e.g. Osh-1."), field="device_name")
    if len(name) > 100:
        raise InputError(N_("The device name is too long (100 letters at most)."))
    if role not in ROLES:
        raise InputError(
            N_("The role must be trainer, coordinator or viewer, not {role}."),
            field="role",
            role=role,
        )
    return name, role


def _write_private_key(home: Home) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    home.keys.mkdir(parents=True, exist_ok=True)
    path = home.keys / KEY_FILE
    write_whole(path, pem, private=True)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


KEYS_LOST = N_(
    "This laptop's signing key is missing or unreadable ({path}). Restore the keys folder "
    "from a backup, or make a new key with: tirek sync rekey (the coordinator then approves "
    "the new key once)."
)


def private_key(home: Home) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = home.keys / KEY_FILE
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise SetupError(KEYS_LOST, path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SetupError(KEYS_LOST, path=path)
    return key


def create_identity(session: Session, home: Home, device_name: str, role: str) -> Identity:
    """Make this installation's identity (in the caller's transaction)."""
    from sqlalchemy import insert

    from app.core.models import Installation

    name, role = validate_device(device_name, role)
    public = _write_private_key(home)
    incarnation = str(uuid.uuid4())
    session.execute(
        insert(Installation).values(
            id=1,
            replica_id=str(uuid.uuid4()),
            incarnation=incarnation,
            device_name=name,
            role=role,
            user_name=None,
            public_key=public,
            created_at=datetime.now(UTC).replace(tzinfo=None),
            next_seq=1,
            last_hlc=0,
        )
    )
    write_marker(home, incarnation)
    ident = load_identity(session)
    assert ident is not None
    return ident


def write_marker(home: Home, incarnation: str, high_water: tuple[str, int] | None = None) -> None:
    """The marker file: the incarnation, and optionally (replica id, next seq) reached."""
    text = incarnation if high_water is None else f"{incarnation}\n{high_water[0]} {high_water[1]}"
    # Not synced: it is written after every local write (see record_high_water).
    write_whole(home.incarnation_marker, text.encode("ascii"), synced=False)


def _read_marker(home: Home) -> tuple[str | None, tuple[str, int] | None]:
    marker = home.incarnation_marker
    if not marker.exists():
        return None, None
    lines = marker.read_text(encoding="ascii").split()
    if len(lines) >= 3 and lines[2].isdigit():
        return lines[0], (lines[1], int(lines[2]))
    return (lines[0] if lines else ""), None


def record_high_water(home: Home, incarnation: str, replica_id: str, next_seq: int) -> None:
    """After a local write committed: remember how far this folder's database got.

    Not synced to disk on purpose: a marker that lags after a power cut only misses a
    check; it never makes a current database look like an old copy.
    """
    with contextlib.suppress(OSError):  # the write is committed; a missed check only
        write_marker(home, incarnation, (replica_id, next_seq))


def reincarnate(session: Session, home: Home, reason: str, public_key: str | None = None) -> str:
    """Take a fresh replica id (the current one joins `past_replica`); returns the old one.

    Called in a write transaction, before this database writes another op.
    """
    from sqlalchemy import insert, select, update

    from app.core.models import Installation, PastReplica

    inst = session.scalars(select(Installation)).one()
    old = inst.replica_id
    session.execute(
        insert(PastReplica).values(
            replica_id=old,
            last_seq=inst.next_seq - 1,
            retired_at=datetime.now(UTC).replace(tzinfo=None),
            reason=reason,
            public_key=public_key,
        )
    )
    incarnation = str(uuid.uuid4())
    session.execute(
        update(Installation).values(
            replica_id=str(uuid.uuid4()), incarnation=incarnation, next_seq=1
        )
    )
    write_marker(home, incarnation)
    return old


def check_incarnation(session: Session, home: Home) -> str | None:
    """Give the database a fresh replica id if it is not the one this folder last ran.

    That is: the marker names another incarnation (restored or copied database), or the
    same one at a higher sequence number than this database has (an older copy of it put
    back by hand). Returns the retired replica id when that happened. Called in a write
    transaction.
    """
    from sqlalchemy import select

    from app.core.models import Installation

    inst = session.scalars(select(Installation)).one_or_none()
    if inst is None:
        return None
    reason = reason_to_reincarnate(home, inst.incarnation, inst.replica_id, inst.next_seq)
    return None if reason is None else reincarnate(session, home, reason)


def reason_to_reincarnate(
    home: Home, incarnation: str, replica_id: str, next_seq: int
) -> str | None:
    """Why this database must take a fresh replica id in this folder; None: it need not.
    Only reads the marker file (start-up asks this before any engine is made)."""
    on_disk, high = _read_marker(home)
    if on_disk == incarnation:
        if high is None or high[0] != replica_id or high[1] <= next_seq:
            return None
        return "older copy of this database put back"
    return "restored or copied database" if on_disk else "home folder marker missing"


def rekey(session: Session, home: Home) -> str:
    """A new key pair and a new replica id for a laptop whose key was lost.

    Past replica ids keep the old key (their ops were signed with it); returns the old
    replica id. Peers hold this laptop's files until a coordinator approves the new key.
    """
    from sqlalchemy import select, update

    from app.core.models import Installation, PastReplica

    inst = session.scalars(select(Installation)).one()
    old_key = inst.public_key
    session.execute(
        update(PastReplica).where(PastReplica.public_key.is_(None)).values(public_key=old_key)
    )
    old = reincarnate(session, home, "re-keyed (signing key lost)", public_key=old_key)
    session.execute(update(Installation).values(public_key=_write_private_key(home)))
    return old


def ensure_device_key(session: Session, home: Home) -> bool:
    """Make sure the key file in `home` is the private half of this database's public key.

    A backup restored onto another laptop (or a home folder whose keys/ was lost) carries a
    public key whose private half is not here: signatures would not match it. Make a new
    key pair and record it (peers then approve the new key once, as for a new laptop).
    Returns True when a new key was made. Called in a write transaction.
    """
    from sqlalchemy import select, update

    from app.core.models import Installation, PastReplica

    inst = session.scalars(select(Installation)).one_or_none()
    if inst is None:
        return False
    from cryptography.hazmat.primitives import serialization

    try:
        public = private_key(home).public_key()
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if base64.b64encode(raw).decode("ascii") == inst.public_key:
            return False
    except (OSError, ValueError, TypeError, SetupError):
        pass  # missing or unreadable key file: replace it
    # Ops of past replica ids stay signed with the old key (peers verify them with it).
    session.execute(
        update(PastReplica)
        .where(PastReplica.public_key.is_(None))
        .values(public_key=inst.public_key)
    )
    session.execute(update(Installation).values(public_key=_write_private_key(home)))
    return True
