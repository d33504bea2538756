"""The Qt desktop. The only package that imports PySide6."""
