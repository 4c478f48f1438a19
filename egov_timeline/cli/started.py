"""When the command line started: the first paint is timed from here (--smoke). Imported
first by the package, before anything else is loaded."""

import time

STARTED = time.perf_counter()
