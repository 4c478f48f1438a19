"""What loading a pack reports (its problems, or the pack) and the report that gathers the
problems as they are found. Light to import (no YAML)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
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
    more: int = 0  # on the last line of a file's list: how many more are not listed

    @property
    def count(self) -> int:
        """How many problems this line stands for."""
        return self.more or 1

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        about = []
        if self.item:
            about.append(f"item '{self.item}'")
        if self.field:
            about.append(f"field '{self.field}'")
        prefix = f"{where}: " + (", ".join(about) + ": " if about else "")
        return prefix + self.message


MAX_FILE_BYTES = 8 * 1024 * 1024  # one content file; a bigger one is refused, not read
MAX_FILES = 200  # .yaml files in one pack
MAX_PER_FILE = 50  # a file with more lists the first ones and says how many are left


def more_in_file(file: str, count: int, what: str = "problems") -> Problem:
    return Problem(
        file=file,
        more=count,
        message=f"and {count:,} more {what} in this file, not listed here; fix the ones "
        "above and validate again",
    )


def cap_per_file(
    problems: Iterable[Problem], limit: int = MAX_PER_FILE, what: str = "problems"
) -> list[Problem]:
    """The first `limit` problems of each file, then one line with the count of the rest."""
    kept: list[Problem] = []
    shown: dict[str, int] = {}
    hidden: dict[str, int] = {}
    for problem in problems:
        if shown.get(problem.file, 0) < limit:
            shown[problem.file] = shown.get(problem.file, 0) + 1
            kept.append(problem)
        else:
            hidden[problem.file] = hidden.get(problem.file, 0) + problem.count
    if not hidden:
        return kept
    out: list[Problem] = []
    for problem in kept:  # each file's count goes right after its last listed problem
        out.append(problem)
        shown[problem.file] -= 1
        if shown[problem.file] == 0 and problem.file in hidden:
            out.append(more_in_file(problem.file, hidden[problem.file], what))
    return out


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


# ---- gathering problems ------------------------------------------------------------------


class Report:
    """The problems found, at most MAX_PER_FILE listed per file and the rest counted, so that
    a file of a million mistakes costs no more memory than a file of fifty."""

    def __init__(self) -> None:
        self._listed: list[Problem] = []
        self._per_file: dict[str, int] = {}

    def add(
        self,
        file: str,
        message: str,
        *,
        line: int | None = None,
        item: str | None = None,
        field: str | None = None,
    ) -> None:
        count = self._per_file.get(file, 0)
        self._per_file[file] = count + 1
        if count < MAX_PER_FILE:
            self._listed.append(
                Problem(file=file, line=line, item=short(item), field=short(field), message=message)
            )

    def full(self, file: str) -> bool:
        """Whether further problems in `file` are only counted (so need no diagnosis)."""
        return self._per_file.get(file, 0) >= MAX_PER_FILE

    @property
    def problems(self) -> list[Problem]:
        last = {problem.file: n for n, problem in enumerate(self._listed)}
        out: list[Problem] = []
        for n, problem in enumerate(self._listed):
            out.append(problem)
            hidden = self._per_file[problem.file] - MAX_PER_FILE
            if last[problem.file] == n and hidden > 0:
                out.append(more_in_file(problem.file, hidden))
        return out


def short(text: str | None, limit: int = 60) -> str | None:
    """A value from the pack as a message may quote it: never a whole megabyte."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    """A "did you mean" hint for a misspelt word, or nothing."""
    if len(word) > 60:  # no word is that long; and difflib's time grows with its square
        return ""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f" (did you mean '{match[0]}'?)" if match else ""
