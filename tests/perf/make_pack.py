"""Write a valid synthetic content pack of N items spread over the axis.

    python tests/perf/make_pack.py N DIR [--seed S]

Items of every kind, points and ranges, with relations, so that every part of the app is
exercised at scale. The same N and seed give the same pack.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 1960, 2020
PER_FILE = 5000
WORDS = (
    "National",
    "Digital",
    "Network",
    "Service",
    "Information",
    "Public",
    "Records",
    "Portal",
    "System",
    "Office",
    "Data",
    "Registry",
    "Online",
    "Integrated",
    "Local",
)


def _date(rng: random.Random, year: int) -> str:
    precision = rng.random()
    if precision < 0.5:
        return f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if precision < 0.8:
        return f"{year:04d}-{rng.randint(1, 12):02d}"
    return f"{year:04d}"


def _item(rng: random.Random, n: int, kind: str, admins: list[str], stages: list[str]) -> str:
    year = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
    start = _date(rng, year)
    lines = [
        f"  - id: {kind[:3]}-{n}",
        f"    kind: {kind}",
        f"    name: {' '.join(rng.sample(WORDS, rng.randint(1, 3)))} {kind} {n}",
    ]
    if rng.random() < 0.3:
        lines.append(f"    acronym: {''.join(w[0] for w in rng.sample(WORDS, 3))}{n % 100}")
    lines.append(f'    start: "{start}"')
    if rng.random() < 0.45:
        lines.append(f'    end: "{min(LAST_YEAR, year + rng.randint(1, 6))}"')
    lines.append("    summary: A synthetic item. It exists to measure speed.")
    lines.append("    sources:\n      - title: tests/perf/make_pack.py")
    if kind in ("project", "law", "agency"):
        lines.append(f"    administrations: [{rng.choice(admins)}]")
        lines.append(f"    stages: [{rng.choice(stages)}]")
    return "\n".join(lines)


def make_pack(count: int, folder: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    (folder / "pack.yaml").write_text(f"title: Synthetic pack of {count} items\n", encoding="utf-8")
    stages = [f"stage-{k}" for k in range(1, 7)]
    stage_text = ["items:"]
    for k, first in enumerate(range(FIRST_YEAR, LAST_YEAR, 10), start=1):
        stage_text.append(
            f"  - id: stage-{k}\n    kind: stage\n    order: {k}\n    name: Stage {k}\n"
            f'    label: {first}s\n    start: "{first}"\n    end: "{first + 9}"\n'
            f"    summary: A synthetic stage. It exists to measure speed.\n"
            f"    sources:\n      - title: tests/perf/make_pack.py"
        )
    admins = [f"admin-{k}" for k in range(12)]
    for k, first in enumerate(range(FIRST_YEAR, LAST_YEAR, 5)):
        stage_text.append(
            f"  - id: admin-{k}\n    kind: administration\n    name: President {k}\n"
            f'    start: "{first}-02-25"\n    end: "{first + 5}-02-24"\n'
            f"    summary: A synthetic term. It exists to measure speed.\n"
            f"    sources:\n      - title: tests/perf/make_pack.py"
        )
    (folder / "frame.yaml").write_text("\n".join(stage_text) + "\n", encoding="utf-8")
    remaining = max(0, count - 6 - len(admins))
    kinds = ("project", "law", "agency")
    for chunk, first in enumerate(range(0, remaining, PER_FILE)):
        body = ["items:"]
        for n in range(first, min(remaining, first + PER_FILE)):
            body.append(_item(rng, n, kinds[n % 3], admins, stages))
        (folder / f"items-{chunk:03d}.yaml").write_text("\n".join(body) + "\n", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    make_pack(args.count, args.folder, args.seed)
    print(f"wrote {args.count} items to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
