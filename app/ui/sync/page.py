"""The Sync screen: sync now, export for a laptop, import files (or drop them here),
approve senders of held files, review conflicts side by side, and a record's history.

All work runs on the one runner; every change goes through the sync services, so what a
coordinator decides here travels with the next exchange like any other edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import settings
from app.core.progress import Cancelled, Progress
from app.core.store import Store
from app.sync import exchange, review
from app.sync.bundle import SUFFIX
from app.ui.errors import error_text
from app.ui.forms import push
from app.ui.loading import Loader
from app.ui.runner import Runner
from app.ui.table import fit_headings


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setDefaultSectionSize(150)
    t.verticalHeader().setVisible(False)
    fit_headings(t)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))


def _show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class SyncPage(QWidget):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.setAcceptDrops(True)
        self.conflicts: list[review.Conflict] = []
        self.overview: exchange.Overview | None = None
        self.last_message = ""

        self.me = QLabel()
        self.me.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLineEdit(settings.get(store.home, "sync", "folder", "") or "")
        self.folder.setPlaceholderText(self.tr("Shared sync folder (Dropbox, Drive, a USB stick)"))
        browse = push(self.tr("Choose…"), self._choose_folder)
        self.sync_now = push(self.tr("Sync now"), lambda: self.sync_folder(self.folder.text()))
        self.export_btn = push(self.tr("Export for…"), self._export_dialog)
        self.import_btn = push(self.tr("Import…"), self._import_dialog)
        self.message = QLabel(self.tr("Drop sync files here to import them."))
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        for w in (self.folder, browse, self.sync_now, self.export_btn, self.import_btn):
            top.addWidget(w)

        self.peers = _table(
            [
                self.tr("Laptop"),
                self.tr("Key"),
                self.tr("Approved"),
                self.tr("Last file from it"),
                self.tr("Last file for it"),
            ]
        )
        self.held = _table([self.tr("File"), self.tr("From"), self.tr("Key"), self.tr("Received")])
        self.approve_btn = push(self.tr("Approve sender…"), self._approve_selected)
        held_box = QGroupBox(self.tr("Held until the sender is approved"))
        hb = QVBoxLayout(held_box)
        hb.addWidget(self.held)
        hb.addWidget(self.approve_btn, alignment=Qt.AlignmentFlag.AlignRight)

        self.conflict_list = _table([self.tr("Record"), self.tr("Field"), self.tr("Shown value")])
        self.conflict_list.itemSelectionChanged.connect(self._show_conflict)
        self.versions = _table(
            [self.tr("Value"), self.tr("By"), self.tr("Laptop"), self.tr("When")]
        )
        self.own_value = QLineEdit()
        self.own_value.setPlaceholderText(self.tr("…or type the right value"))
        self.keep_btn = push(self.tr("Keep selected value"), self._keep_selected)
        self.keep_own_btn = push(self.tr("Keep typed value"), self._keep_own)
        self.history_btn = push(self.tr("History of this record…"), self._history)
        conflict_box = QGroupBox(self.tr("Conflicts to review"))
        cb = QVBoxLayout(conflict_box)
        side = QHBoxLayout()
        side.addWidget(self.conflict_list, 1)
        side.addWidget(self.versions, 1)
        cb.addLayout(side)
        actions = QHBoxLayout()
        for w in (self.own_value, self.keep_btn, self.keep_own_btn, self.history_btn):
            actions.addWidget(w)
        cb.addLayout(actions)

        box = QVBoxLayout(self)
        box.addWidget(self.me)
        box.addLayout(top)
        box.addWidget(self.message)
        peers_box = QGroupBox(self.tr("Laptops"))
        QVBoxLayout(peers_box).addWidget(self.peers)
        box.addWidget(peers_box)
        box.addWidget(held_box)
        box.addWidget(conflict_box, 1)
        self.loader = Loader(self, runner)
        self._digesting: Progress | None = None
        self.refresh()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        # Behind the page's "Loading…" veil, not a dialog: the page is painted first.
        self.loader.load(
            lambda: (exchange.overview(store, with_digest=False), review.list_conflicts(store)),
            self._loaded,
        )

    def _digest_failed(self, err: BaseException) -> None:
        """Dropped by a reload or the window's end: nothing to say. Else the database said
        why it could not be read (busy, damaged): say so where the digest would be."""
        if not isinstance(err, Cancelled) and shiboken6.isValid(self):
            self._say(error_text(err))

    def _digest(self, digest: str) -> None:
        if shiboken6.isValid(self):  # the page may have closed meanwhile
            self._show_me(digest)

    def _show_me(self, digest: str) -> None:
        ov = self.overview
        if ov is None:
            return
        self.me.setText(
            self.tr("This laptop: {name}, key {key}. State digest {digest}…").format(
                name=ov.device_name, key=ov.fingerprint, digest=digest[:16]
            )
            if digest
            else self.tr("This laptop: {name}, key {key}. State digest: being computed…").format(
                name=ov.device_name, key=ov.fingerprint
            )
        )

    def _loaded(self, result: tuple[exchange.Overview, list[review.Conflict]]) -> None:
        self.overview, self.conflicts = result
        ov = self.overview
        self._show_me("")
        # The digest reads every record: it follows once the page is shown, as a long read
        # on the runner's second worker, so an import or a settlement asked meanwhile does
        # not wait for it; a reload drops the digest it replaces.
        if self.runner is None:
            self._show_me(exchange.state_digest(self.store))
        else:
            if self._digesting is not None:
                self._digesting.cancel()
            self._digesting = self.runner.run(
                lambda p: exchange.state_digest(self.store, p),
                self._digest,
                self._digest_failed,
                quiet=True,
                reading=True,
            )
        trust_words = {
            "trusted": self.tr("yes"),
            "not approved": self.tr("not yet"),
            "retired": self.tr("retired"),
        }
        _fill(
            self.peers,
            [
                [
                    p.device_name,
                    p.fingerprint,
                    trust_words[p.trust],
                    p.last_import_at,
                    p.last_export_at,
                ]
                for p in ov.peers
            ],
        )
        _fill(self.held, [[h.file_name, h.sender, h.fingerprint, h.received_at] for h in ov.held])
        _fill(
            self.conflict_list,
            [
                [f"{c.entity} {c.row_id[:8]}", self._what(c), _show(c.versions[0].label or c.shown)]
                for c in self.conflicts
            ],
        )
        self.versions.setRowCount(0)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _receipts(self, receipts: list[exchange.Receipt]) -> None:
        lines = []
        for r in receipts:
            if r.status == "refused":
                lines.append(self.tr("{file}: refused. {why}").format(file=r.file, why=r.message))
            elif r.status == "held":
                lines.append(
                    self.tr("{file}: held until {who} is approved.").format(
                        file=r.file, who=r.sender
                    )
                )
            else:
                lines.append(
                    self.tr("{file}: {new} new changes from {who}, {conflicts} conflicts.").format(
                        file=r.file, new=r.ops_new, who=r.sender, conflicts=r.conflicts
                    )
                )
        self._say("\n".join(lines) or self.tr("Nothing new."))
        self.refresh()

    # -- actions --------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> None:
        self.runner.run(
            lambda _p: exchange.import_files(self.store, paths),
            self._receipts,
            label=self.tr("Importing"),
        )

    def sync_folder(self, folder: str) -> None:
        if not folder:
            self._choose_folder()
            folder = self.folder.text()
            if not folder:
                return
        settings.put(self.store.home, "sync", "folder", folder)

        def done(result: exchange.FolderResult) -> None:
            self._receipts(result.receipts)
            if result.exported is not None:
                self._say(
                    self.last_message
                    + "\n"
                    + self.tr("Wrote {n} changes for the others.").format(
                        n=result.exported.op_count
                    )
                )

        self.runner.run(
            lambda _p: exchange.sync_folder(self.store, Path(folder)),
            done,
            label=self.tr("Syncing"),
        )

    def export_for(self, peer: str | None, folder: Path) -> None:
        def done(result: exchange.ExportResult) -> None:
            self._say(self.tr("Wrote {path}").format(path=result.path))
            self.refresh()

        self.runner.run(
            lambda _p: exchange.export_bundle(self.store, folder, for_peer=peer),
            done,
            label=self.tr("Exporting"),
        )

    def approve(self, fingerprint: str) -> None:
        self.runner.run(
            lambda _p: exchange.trust(self.store, fingerprint)[1],
            self._receipts,
            label=self.tr("Applying held files"),
        )

    def _current(self) -> review.Conflict | None:
        row = self.conflict_list.currentRow()
        if row < 0 or row >= len(self.conflicts):
            return None
        return self.conflicts[row]

    def _settle_current(self, **answer: Any) -> None:
        c = self._current()
        if c is None:
            return

        def work(_p: Progress) -> None:
            review.settle(self.store, c.entity, c.row_id, c.field, **answer)

        self.runner.run(work, lambda _r: self._settled(), label=self.tr("Saving"))

    def _settled(self) -> None:
        self._say(self.tr("Conflict settled; the decision travels with the next sync."))
        self.refresh()

    # -- widgets ----------------------------------------------------------------------------
    def _what(self, c: review.Conflict) -> str:
        """The kind of conflict in words, for the list."""
        words = {
            "deleted": self.tr("deleted, but edited elsewhere"),
            "merged": self.tr("merged into another person, but edited elsewhere"),
            "merge_cycle": self.tr("merged into each other on two laptops"),
            "orphan": self.tr("deleted, but records were added under it elsewhere"),
        }
        if c.kind == "amendment":
            return self.tr("{field}: changed elsewhere after approval").format(field=c.field)
        return words.get(c.kind, c.field)

    def _show_conflict(self) -> None:
        c = self._current()
        if c is None:
            return
        _fill(
            self.versions,
            [
                [
                    (f"{v.field}: " if v.field and v.field != c.field else "")
                    + _show(v.label or v.value),
                    v.author,
                    v.device,
                    v.when.isoformat(sep=" ", timespec="minutes"),
                ]
                for v in c.versions
            ],
        )
        # Most kinds have two plain answers; a field conflict also takes a typed value.
        labels = {
            "deleted": (self.tr("Restore the record"), self.tr("Keep it deleted")),
            "orphan": (self.tr("Restore the deleted record"), self.tr("Delete the records too")),
            "merged": (self.tr("Copy the changes to the person kept"), self.tr("Dismiss them")),
            "amendment": (self.tr("Keep as an amendment"), self.tr("Reject, keep approved text")),
            "merge_cycle": (self.tr("Keep the selected person"), ""),
        }
        keep, other = labels.get(
            c.kind, (self.tr("Keep selected value"), self.tr("Keep typed value"))
        )
        self.keep_btn.setText(keep)
        self.keep_own_btn.setText(other)
        self.keep_own_btn.setVisible(bool(other))
        self.own_value.setVisible(c.kind == review.FIELD)

    def _keep_selected(self) -> None:
        c = self._current()
        if c is None:
            return
        chosen = max(self.versions.currentRow(), 0)
        if c.kind in ("deleted", "orphan"):
            self._settle_current(keep_deleted=False)  # restore
        elif c.kind == "merged":
            self._settle_current(accept=True)
        elif c.kind == "amendment" and chosen == 0:
            self._settle_current(accept=True)  # the (only) change made elsewhere
        else:
            self._settle_current(value=c.versions[chosen].value, has_value=True)

    def _keep_own(self) -> None:
        c = self._current()
        if c is None:
            return
        if c.kind in ("deleted", "orphan"):
            self._settle_current(keep_deleted=True)
        elif c.kind in ("merged", "amendment"):
            self._settle_current(accept=False)
        elif c.kind == review.FIELD and self.own_value.text():
            self._settle_current(value=self.own_value.text(), has_value=True)

    def _approve_selected(self) -> None:
        row = self.held.currentRow()
        if self.overview is None or row < 0 or row >= len(self.overview.held):
            return
        self.approve(self.overview.held[row].fingerprint)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared sync folder"))
        if folder:
            self.folder.setText(folder)

    def _export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the sync file into"))
        if not folder:
            return
        row = self.peers.currentRow()
        peer = None
        if self.overview is not None and 0 <= row < len(self.overview.peers):
            peer = self.overview.peers[row].fingerprint
        self.export_for(peer, Path(folder))

    def _import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import sync files"),
            "",
            self.tr("Tirek sync files (*{s})").format(s=SUFFIX),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def _history(self) -> None:
        row = self.conflict_list.currentRow()
        if 0 <= row < len(self.conflicts):
            c = self.conflicts[row]
            HistoryDialog(self.store, c.entity, c.row_id, self).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()


class HistoryDialog(QDialog):
    """The audit trail of one record: who changed which field to what, when, where."""

    def __init__(
        self, store: Store, entity: str, row_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.table = _table(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Laptop"),
                self.tr("Change"),
                self.tr("Value"),
            ]
        )
        kinds = {
            "create": self.tr("created"),
            "set": self.tr("changed"),
            "delete": self.tr("deleted"),
            "merge": self.tr("merged"),
        }
        self.entries = review.audit_trail(store, entity, row_id)
        _fill(
            self.table,
            [
                [
                    e.when.isoformat(sep=" ", timespec="minutes"),
                    e.author,
                    e.device,
                    kinds.get(e.kind, e.kind) + (f" {e.field}" if e.field else ""),
                    "" if e.value is None else _show(e.value),
                ]
                for e in self.entries
            ],
        )
        QVBoxLayout(self).addWidget(self.table)
        self.resize(760, 360)
