"""What loading a pack reports: its problems, or the pack. Light to import (no YAML)."""

from __future__ import annotations

from pathlib import Path

import msgspec

from egov_timeline.domain.pack import Pack


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    """One thing wrong with a pack, in words a teacher can act on."""

    file: str
    message: str
    line: int | None = None
    item: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        about = []
        if self.item:
            about.append(f"item '{self.item}'")
        if self.field:
            about.append(f"field '{self.field}'")
        prefix = f"{where}: " + (", ".join(about) + ": " if about else "")
        return prefix + self.message


class PackError(Exception):
    """Raised by `load_pack_or_raise`; carries every problem found."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in content pack {folder}")


class LoadResult(msgspec.Struct):
    folder: Path
    pack: Pack | None
    problems: list[Problem] = msgspec.field(default_factory=list)
    # what a valid pack still lacks (Korean text): it opens, but a classroom will notice
    warnings: list[Problem] = msgspec.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.problems
