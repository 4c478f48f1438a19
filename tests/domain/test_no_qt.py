"""The core stays Qt-free: importing it, validating and exporting load no PySide6 module."""

import subprocess
import sys

from tests.conftest import REPO

PROBE = """
import sys
import egov_timeline.domain.loader, egov_timeline.domain.export, egov_timeline.domain.schema
import egov_timeline.cli
from egov_timeline.domain.loader import load_pack
from egov_timeline.paths import bundled_pack_dir
assert load_pack(bundled_pack_dir()).ok
print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))
"""


def test_importing_the_domain_and_loading_a_pack_loads_no_qt():
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
