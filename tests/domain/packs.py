"""Small packs written into a temporary folder, valid or broken on purpose."""

from __future__ import annotations

from pathlib import Path

VALID_ITEMS = """\
items:
  - id: stage-one
    kind: stage
    order: 1
    name: First stage
    label: 1990-2005
    start: "1990"
    end: "2005"
    summary: A stage. It has two sentences.
    sources:
      - title: Test source
  - id: kim-dae-jung
    kind: administration
    name: Kim Dae-jung
    name_ko: 김대중
    start: "1998-02-25"
    end: "2003-02-24"
    summary: A term. It has two sentences.
    sources:
      - title: Test source
  - id: e-government-act
    kind: law
    name: E-Government Act
    start: "2001-03-28"
    in_force: "2001-07-01"
    administrations: [kim-dae-jung]
    stages: [stage-one]
    enabled: [g4c]
    summary: A law. It has two sentences.
    sources:
      - title: Test source
  - id: g4c
    kind: project
    name: Government for Citizens
    acronym: G4C
    start: "2002-11-01"
    administrations: [kim-dae-jung]
    laws: [e-government-act]
    agencies: [nca]
    summary: A project. It has two sentences.
    sources:
      - title: Test source
  - id: nca
    kind: agency
    name: National Computerization Agency
    start: "1987-01-30"
    end: "2006-10"
    summary: An agency. It has two sentences.
    sources:
      - title: Test source
"""


def write_pack(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def replace_once(text: str, old: str, new: str) -> str:
    assert old in text, f"test pack lacks {old!r}"
    return text.replace(old, new, 1)
