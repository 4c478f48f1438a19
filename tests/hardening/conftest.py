from tests.ui.conftest import window  # noqa: F401  (the same main-window fixture)
