"""reportlab builds its barcode widgets with exec("from ...code128 import ...") strings,
which PyInstaller cannot see: ship every barcode module (the certificates' QR code)."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("reportlab.graphics.barcode")
