"""reportlab loads its standard-font metrics and encodings by module name at run time."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("reportlab.pdfbase")
