"""The app window, as the command line opens it: the pack loaded (from its compiled copy when
there is one), --open and --screenshot checked, then the Qt application."""

from __future__ import annotations

import argparse
import sys

from egov_timeline.cli.common import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    language_of,
    pack_dir,
    print_problems,
    printable,
)


def run_window(args: argparse.Namespace) -> int:
    from egov_timeline.cli.started import STARTED
    from egov_timeline.domain.loading.cache import load_pack_cached
    from egov_timeline.ui.userdata import cache_dir

    folder = pack_dir(args.pack)
    result = load_pack_cached(folder, cache_dir())
    refused = None
    if not result.ok or result.pack is None:
        print_problems(folder, result.problems, stream=sys.stderr)
        if args.pack is None:  # the bundled pack is broken only in a damaged install
            print("The bundled content is damaged; reinstall egov-timeline.", file=sys.stderr)
            return EXIT_PROBLEMS
        if args.smoke or args.screenshot or not folder.is_dir():
            return EXIT_PROBLEMS  # a script wants to know, not a window; a typo, too
        # a person: the window opens with the bundled content and lists the problems, as
        # File -> Open does, so that they can be fixed and the pack opened again
        refused = (folder, list(result.problems))
        folder = pack_dir(None)
        result = load_pack_cached(folder, cache_dir())
        if not result.ok or result.pack is None:
            print_problems(folder, result.problems, stream=sys.stderr)
            return EXIT_PROBLEMS
    if args.open_id and args.open_id not in result.pack:
        print(
            printable(
                f"egov-timeline: --open: there is no item '{args.open_id}' in {folder}; "
                "'egov-timeline export' lists the ids"
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.screenshot and args.screenshot.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        print("egov-timeline: --screenshot must name a .png or .jpg file", file=sys.stderr)
        return EXIT_USAGE
    from egov_timeline.ui.app import RunOptions, run

    options = RunOptions(
        language=language_of(args),
        language_given=bool(args.lang),
        smoke=args.smoke,
        open_id=args.open_id,
        screenshot=args.screenshot,
        size=args.size,
        started=STARTED,
        refused=refused,
    )
    return run(result.pack, folder, options)
