"""`tirek passphrase change|recover`, and where the command line gets the passphrase.

The passphrase comes from TIREK_PASSPHRASE, then the keyring, then a question on the
terminal (never echoed). A script without a terminal must set TIREK_PASSPHRASE.
TIREK_PASSPHRASE set but empty opens a plain (unencrypted) database as it is; it never
decrypts an encrypted one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.core import passphrase
from app.core.errors import N_, InputError
from app.core.paths import Home
from app.core.store import Store

NEW_ENV = "TIREK_NEW_PASSPHRASE"  # the new passphrase for `passphrase change|recover`


def register(sub: Any) -> None:
    p = sub.add_parser("passphrase", help="change the database passphrase, or recover it")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = actions.add_parser(
        "change", help="set a new passphrase (the old one from $TIREK_PASSPHRASE or asked)"
    )
    change.add_argument("--forget", action="store_true", help="also forget it in the keyring")
    change.set_defaults(handler=run_change, without_store=True)
    recover = actions.add_parser(
        "recover", help="set a new passphrase with the coordinator's recovery key"
    )
    recover.add_argument("--recovery-key", required=True, metavar="KEY")
    recover.set_defaults(handler=run_recover, without_store=True)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise passphrase.PassphraseNeeded(
            N_(
                "Tirek's database needs its passphrase: set TIREK_PASSPHRASE or run "
                "the command in a terminal."
            ),
            field="passphrase",
        )
    return getpass.getpass(prompt)


def _choose(prompt: str) -> str:
    chosen = os.environ.get(NEW_ENV) or _ask(prompt)
    passphrase.check_new_passphrase(chosen)
    if NEW_ENV not in os.environ and _ask("Type it again: ") != chosen:
        raise InputError(N_("The two passphrases differ. Nothing was changed."))
    return chosen


def for_opening(home_dir: Path) -> str | None:
    """The passphrase to open (or to encrypt) the installation with; None: plain."""
    if passphrase.ENV in os.environ:
        return os.environ[passphrase.ENV] or None
    home = Home(home_dir)
    if passphrase.is_encrypted(home):
        if passphrase.unlock_remembered(home) is not None:
            return None  # this computer remembers it: opening uses the key kept here
        return _ask("Passphrase of Tirek's database: ")
    return _choose("Choose a passphrase for Tirek's database (at least 8 characters): ")


def recovery_notice(store: Store) -> None:
    """The recovery key, printed once when the keys were made (docs/security.md)."""
    if store.new_recovery_key is None:
        return
    done = "converted to an encrypted one" if store.converted else "encrypted"
    print(
        f"The database is {done}.\n"
        f"RECOVERY KEY: {store.new_recovery_key}\n"
        "Write it down now and give it to your coordinator: it is shown only this once.\n"
        "With it a forgotten passphrase can be replaced: "
        "tirek passphrase recover --recovery-key KEY",
    )


def run_change(_store: None, args: argparse.Namespace) -> int:
    home = Home(Path(args.home_dir))
    old = os.environ.get(passphrase.ENV) or _ask("Current passphrase: ")
    passphrase.change(home, old, _choose("New passphrase (at least 8 characters): "))
    if args.forget:
        passphrase.forget(home)
    print("The passphrase is changed. The recovery key stays the same.")
    return 0


def run_recover(_store: None, args: argparse.Namespace) -> int:
    home = Home(Path(args.home_dir))
    passphrase.unlock_with_recovery_key(home, args.recovery_key)  # refused before asking
    passphrase.recover(home, args.recovery_key, _choose("New passphrase (at least 8 characters): "))
    print("A new passphrase is set. The recovery key stays the same.")
    return 0
