"""The PySide6 desktop shell: windows, pages, translations. Only here (and app.py) is Qt imported."""
