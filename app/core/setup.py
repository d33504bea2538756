"""What the first-run wizard and the Settings screen ask, checked and saved in one place.

The answers live in two places: the laptop's name and role in the database (they travel
with its sync files), the rest in settings.ini. `save_setup` checks every answer before
it writes any, so a bad logo or network id leaves everything as it was.
"""

from __future__ import annotations

import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update

from app.core import backup, settings
from app.core.errors import N_, InputError, StorageError
from app.core.identity import validate_device
from app.core.models import Installation
from app.core.services import issuers
from app.core.store import Store

LANGUAGES = settings.LANGUAGES
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
LOGO_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Setup:
    language: str
    device_name: str
    role: str
    organisation: str
    logo: Path | None  # the copy kept in the home folder
    network_id: str  # the network's id, or the coordinator's invitation (code or file)
    second_folder: Path | None
    new_network: bool = False  # a coordinator's explicit choice to start a new network


def language(store: Store, default: str = "ru") -> str:
    """The interface language chosen on this laptop (ky, ru or en)."""
    return settings.interface_language(store.home, default)


def load_setup(store: Store, default_language: str = "ru") -> Setup:
    """The current answers (sensible defaults on a laptop not set up yet)."""
    ident = store.identity()
    logo = settings.get(store.home, "organisation", "logo")
    return Setup(
        language=language(store, default_language),
        device_name=ident.device_name if ident else socket.gethostname(),
        role=ident.role if ident else "trainer",
        organisation=settings.get(store.home, "organisation", "name") or "",
        logo=Path(logo) if logo else None,
        network_id=settings.get(store.home, "network", "id") or "",
        second_folder=backup.load_policy(store.home).second_folder,
    )


def _check_logo(path: Path) -> None:
    if not path.is_file():
        raise InputError(N_("The logo file {path} does not exist."), field="logo", path=path)
    if path.suffix.lower() not in LOGO_SUFFIXES or path.stat().st_size > LOGO_MAX_BYTES:
        raise InputError(
            N_("The logo must be a PNG or JPEG picture of at most 5 MB."), field="logo"
        )
    from PIL import Image, UnidentifiedImageError  # only when a logo is chosen

    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, UnidentifiedImageError, SyntaxError) as err:
        raise InputError(
            N_("{path} cannot be read as a picture; choose another file."), field="logo", path=path
        ) from err


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise InputError(
            N_("The folder {path} does not exist (is the USB stick plugged in?)."),
            field="second_folder",
            path=folder,
        )


def _network_answer(
    chosen: Setup, current: Setup, role: str, first_run: bool
) -> tuple[str, issuers.Invitation | None]:
    """(network id to keep, invitation to join) from the answer; never a network by
    accident: a laptop not in one yet needs the coordinator's invitation (or id), or a
    coordinator's explicit choice to start a new network."""
    text = chosen.network_id.strip()
    if current.network_id and text in ("", current.network_id):
        return current.network_id, None  # already in a network: nothing changes
    if not text:
        if not chosen.new_network and not first_run:
            return "", None  # Settings on a laptop not in a network yet: it stays so
        if not chosen.new_network:
            raise InputError(
                N_(
                    "Paste the network invitation your coordinator gave you. Only a "
                    "coordinator starting a new network leaves it empty and says so."
                ),
                field="network_id",
            )
        if role != "coordinator":
            issuers.start_network_refused()
        return "", None
    compact = text.replace(" ", "").replace("-", "")
    if len(compact) == 8:  # the id alone (issuer keys come with the first sync's invitation)
        return issuers.clean_network_id(text), None
    invitation = issuers.read_invitation(text)
    if current.network_id and invitation.network != current.network_id:
        raise InputError(
            N_(
                "This laptop already belongs to network {network}; the invitation is for "
                "{other}. Moving a laptop to another network is not possible."
            ),
            field="network_id",
            network=current.network_id,
            other=invitation.network,
        )
    return invitation.network, invitation


def save_setup(store: Store, chosen: Setup) -> Setup:
    """Check every answer, then save them all; sets up the laptop on a first run."""
    if chosen.language not in LANGUAGES:
        raise InputError(N_("Choose one of the languages offered."), field="language")
    name, role = validate_device(chosen.device_name, chosen.role)
    ident = store.identity()
    if ident is not None and role != ident.role:
        # A role edited on the laptop itself would mean nothing to the others (docs/roles.md).
        raise InputError(
            N_(
                "This laptop was set up as {role}; its role does not change in Settings. "
                "Set up a new installation with the network's invitation for another role."
            ),
            field="role",
            role=ident.role,
        )
    current = load_setup(store)
    net, invitation = _network_answer(chosen, current, role, store.identity() is None)
    logo_changed = chosen.logo is not None and chosen.logo != current.logo
    if logo_changed:
        assert chosen.logo is not None
        _check_logo(chosen.logo)
    if chosen.second_folder is not None:
        _check_folder(chosen.second_folder)

    # Everything is acceptable: write. The logo's copy first (a failure stops here), then
    # all settings in one atomic file replacement, then the laptop's name in the database:
    # if that last step fails on a first run, the wizard comes back with these answers.
    logo = current.logo if chosen.logo is not None else None
    if logo_changed:
        assert chosen.logo is not None
        # Keep a copy in the home folder: the original may be on a stick that goes away.
        logo = store.home.root / f"organisation-logo{chosen.logo.suffix.lower()}"
        try:
            shutil.copyfile(chosen.logo, logo)
        except OSError as err:
            raise InputError(
                N_("The logo cannot be copied into Tirek's folder: {reason}"),
                field="logo",
                reason=err.strerror or str(err),
            ) from err
    second = str(chosen.second_folder) if chosen.second_folder else None
    try:
        settings.put_many(
            store.home,
            {
                ("interface", "language"): chosen.language,
                ("organisation", "name"): chosen.organisation.strip() or None,
                ("organisation", "logo"): str(logo) if logo else None,
                ("network", "id"): net or current.network_id or None,
                (backup.SECTION, "second_folder"): second,
            },
        )
    except OSError as err:
        raise StorageError(
            N_("Could not save the settings: {reason}. Nothing was changed."),
            reason=err.strerror or str(err),
        ) from err
    if store.identity() is None:
        store.initialise(name, role)
    if invitation is not None:
        issuers.join_network(store, invitation)
    elif chosen.new_network and not current.network_id:
        issuers.start_network(store)
    else:
        with store.write() as w:  # the installation row is local bookkeeping, not synced
            w.session.execute(update(Installation).values(device_name=name, role=role))
        store.forget_identity_cache()
    return load_setup(store)
