import sys

from egov_timeline.cli import main

sys.exit(main())
