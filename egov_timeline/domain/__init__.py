"""The Qt-free core: content model, loading and validation.

Nothing under this package imports PySide6 (tests/domain/test_imports.py holds it).
"""
