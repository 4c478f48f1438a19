# the Qt fixtures, defined once in tests/ui/conftest.py
from tests.ui.conftest import restore_application_look, window  # noqa: F401
