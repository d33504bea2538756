"""The interface's translation catalogues: find every shown string, keep the .ts files
in step, and compile them to .qm.

    python build_spec/translations.py update    # refresh resources/translations/*.ts
    python build_spec/translations.py release   # compile *.ts -> *.qm (make does this)

Why our own finder rather than `lupdate`: lupdate cannot see the core's `N_("...")`
templates (they carry no context; the GUI translates them in the "errors" context) nor
the small `_t("...")` helpers a module defines for one fixed context. And lupdate takes
`form.tr(...)` to mean a context called "form". This finder reads the sources with
Python's own parser and applies the same rules PySide6 applies when the app runs:

- `self.tr("text")` inside `class Name`            -> context "Name"
- `QCoreApplication.translate("ctx", "text")`      -> context "ctx"
- `QT_TRANSLATE_NOOP("ctx", "text")`               -> context "ctx"
- `N_("text")` in app/core, app/sync, app/documents -> context "errors"
- `helper("text")` where the module defines `def helper(text): return
   QCoreApplication.translate("ctx", text)`         -> context "ctx"

A `tr` or `translate` call whose text is not a literal is reported, because no
catalogue can hold its text. The .ts files are written in Qt Linguist's format, so
Qt Linguist can edit them; `lrelease` (shipped with PySide6) compiles them.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ky", "ru", "en")
# Folders whose N_() templates can reach the window (app/cli only prints to a terminal).
N_FOLDERS = ("app/core", "app/sync", "app/documents")
UI_FOLDER = "app/ui"


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    numerus: bool = False


@dataclass
class Message:
    key: Key
    files: set[str] = field(default_factory=set)


@dataclass
class Catalogue:
    messages: dict[Key, Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, numerus: bool, where: str) -> None:
        key = Key(context, source, numerus)
        self.messages.setdefault(key, Message(key)).files.add(where)


# Strings Qt draws itself (dialog buttons, the wizard's buttons, the right-click menu of
# text fields). Qt ships Russian for them (qtbase_ru.qm) but no Kyrgyz, so the Kyrgyz
# catalogue carries them.
QT_OWN: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
        "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue",
                "Commit", "Done", "&Next"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All", "Copy &Link Location"),
    "QAbstractSpinBox": ("&Select All", "&Step up", "Step &down"),
    "QTabBar": ("Scroll Left", "Scroll Right"),
}  # fmt: skip


# Qt calls that put words on the screen: a plain literal given to them is a word that no
# catalogue can translate (it should have gone through self.tr()).
SHOWN_BY = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle",
    "setSubTitle", "addItem", "addTab", "setTabText", "addMenu", "showMessage",
    "setHorizontalHeaderLabels", "setStatusTip", "setButtonText", "addRow",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QListWidgetItem", "QTableWidgetItem",
}  # fmt: skip


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        base = f.value.id if isinstance(f.value, ast.Name) else "?"
        return f"{base}.{f.attr}"
    return ""


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def helper(text): return QCoreApplication.translate("ctx", text)`."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        ret = node.body[0]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        if _callee(call).endswith("translate") and len(call.args) >= 2:
            context = _literal(call.args[0])
            if context is not None and isinstance(call.args[1], ast.Name):
                found[node.name] = context
    return found


class _Finder(ast.NodeVisitor):
    def __init__(self, cat: Catalogue, where: str, tree: ast.Module, core: bool) -> None:
        self.cat, self.where, self.core = cat, where, core
        self.helpers = {} if core else _helpers(tree)
        self.classes: list[str] = []
        self.functions: list[str] = []
        # Contexts whose texts this module marks with QT_TRANSLATE_NOOP where they live,
        # plus the app-wide ones: translating a variable in them is fine.
        self.marked = {"errors", "labels"} | {
            ctx
            for n in ast.walk(tree)
            if isinstance(n, ast.Call)
            and _callee(n) == "QT_TRANSLATE_NOOP"
            and n.args
            and (ctx := _literal(n.args[0])) is not None
        }

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.Call, why: str) -> None:
        self.cat.problems.append(f"{self.where}:{node.lineno}: {why}")

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        args = node.args
        if self.core:
            if name == "N_":
                text = _literal(args[0]) if args else None
                if text is None:
                    self._problem(node, "N_() needs a literal string")
                else:
                    self.cat.add("errors", text, False, self.where)
        elif name.endswith(".tr"):
            self._tr(node, name)
        elif name.endswith("translate") or name == "QT_TRANSLATE_NOOP":
            self._translate(node, name)
        elif name.split(".")[-1] in SHOWN_BY:
            for arg in args[:2]:
                text = _literal(arg)
                if text and any(ch.isalpha() and ch.islower() for ch in text):  # not a code
                    self._problem(node, f"{name}() shows {text!r} without translating it")
        if not self.core and name in self.helpers and args:
            text = _literal(args[0])
            if text is not None:
                self.cat.add(self.helpers[name], text, False, self.where)
            else:
                self._problem(node, f"{name}() is called with a text that is not a literal")
        self.generic_visit(node)

    def _tr(self, node: ast.Call, name: str) -> None:
        if name != "self.tr":
            self._problem(node, f"{name}(): only self.tr() has a context known before running")
            return
        if not self.classes:
            self._problem(node, "self.tr() outside a class")
            return
        text = _literal(node.args[0]) if node.args else None
        if text is None:
            self._problem(node, "self.tr() with a text that is not a literal")
            return
        self.cat.add(self.classes[-1], text, len(node.args) >= 3, self.where)

    def _translate(self, node: ast.Call, name: str) -> None:
        args = node.args
        if name.split(".")[-1] not in ("translate", "QT_TRANSLATE_NOOP"):
            return
        if len(args) < 2:
            return
        context, text = _literal(args[0]), _literal(args[1])
        if context is None:
            return  # e.g. translator.translate(context, ...) forwarding its own arguments
        if text is None:
            # A helper forwarding its argument, or a value marked where it lives (a code's
            # label, a core template, a QT_TRANSLATE_NOOP table) is fine.
            helper = bool(self.functions) and self.functions[-1] in self.helpers
            if not helper and context not in self.marked:
                self._problem(node, f'translate("{context}", ...) with a text not a literal')
            return
        self.cat.add(context, text, len(args) >= 4, self.where)


def extract(root: Path = ROOT) -> Catalogue:
    """Every string the interface can show, by context."""
    cat = Catalogue()
    for folder, core in [(UI_FOLDER, False)] + [(f, True) for f in N_FOLDERS]:
        for path in sorted((root / folder).rglob("*.py")):
            where = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), where)
            _Finder(cat, where, tree, core).visit(tree)
    return cat


def expected(cat: Catalogue, language: str) -> dict[Key, Message]:
    """The messages a language's catalogue must hold."""
    wanted = dict(cat.messages)
    if language == "ky":
        for context, sources in QT_OWN.items():
            for source in sources:
                key = Key(context, source)
                wanted[key] = Message(key, {"Qt"})
    return wanted


# -- .ts files -------------------------------------------------------------------------------
def ts_path(language: str) -> Path:
    return TS_DIR / f"tirek_{language}.ts"


def read_ts(path: Path) -> dict[Key, list[str] | None]:
    """Translations in a .ts file: a list of forms (one for plain messages), or None
    when a message is there but not translated (or marked unfinished)."""
    found: dict[Key, list[str] | None] = {}
    if not path.exists():
        return found
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            numerus = msg.get("numerus") == "yes"
            key = Key(context, msg.findtext("source") or "", numerus)
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                found[key] = None
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            found[key] = forms if all(forms) else None
    return found


def write_ts(path: Path, language: str, messages: dict[Key, Message]) -> tuple[int, int]:
    """Write the catalogue, keeping every translation already there; returns
    (translated, untranslated)."""
    old = read_ts(path)
    ts = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    done = todo = 0
    by_context: dict[str, list[Message]] = {}
    for msg in messages.values():
        by_context.setdefault(msg.key.context, []).append(msg)
    for context in sorted(by_context):
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = context
        for msg in sorted(by_context[context], key=lambda m: m.key.source):
            el = ET.SubElement(ctx, "message")
            if msg.key.numerus:
                el.set("numerus", "yes")
            for where in sorted(msg.files):
                if where != "Qt":
                    ET.SubElement(el, "location", filename=f"../../{where}")
            ET.SubElement(el, "source").text = msg.key.source
            if "{" in msg.key.source:
                ET.SubElement(el, "comment").text = "Keep the {names} in braces as they are."
            tr = ET.SubElement(el, "translation")
            forms = old.get(msg.key)
            if forms is None and language == "en" and not msg.key.numerus:
                forms = [msg.key.source]  # English is the source language
            if forms is None:
                tr.set("type", "unfinished")
                todo += 1
            else:
                done += 1
            if msg.key.numerus:
                for form in forms or ["", ""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0] if forms else ""
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # no needless rebuilds
        path.write_text(text, encoding="utf-8")
    return done, todo


def update() -> int:
    cat = extract()
    for problem in cat.problems:
        print(f"warning: {problem}", file=sys.stderr)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        done, todo = write_ts(ts_path(language), language, expected(cat, language))
        print(f"{ts_path(language).name}: {done} translated, {todo} to translate")
    return 1 if cat.problems else 0


def lrelease() -> str:
    """The lrelease program PySide6 ships (pyside6-lrelease beside this Python)."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("lrelease not found: install PySide6 (pip install -e .)")
    return found


def release() -> int:
    """Compile every .ts to .qm, and copy Qt's own Russian beside them."""
    for language in LANGUAGES:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        # Words translated as themselves (all of English) fall back to the source anyway.
        subprocess.run(
            [lrelease(), "-silent", "-removeidentical", str(ts), "-qm", str(qm)], check=True
        )
    import PySide6  # build-time only: where Qt keeps its own catalogues

    qt_translations = Path(PySide6.__file__).parent / "Qt" / "translations"
    for language in ("ru",):  # Qt has no Kyrgyz; English is Qt's source language
        shipped = qt_translations / f"qtbase_{language}.qm"
        if shipped.exists():
            shutil.copyfile(shipped, TS_DIR / shipped.name)
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        sys.exit(update())
    if command == "release":
        sys.exit(release())
    sys.exit(__doc__)
