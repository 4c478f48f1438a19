"""Keep the interface's translations current: the project's own tooling around Qt's.

    python -m egov_timeline.tools.translations update   # sources -> resources/i18n/*.ts
    python -m egov_timeline.tools.translations build    # *.ts -> *.qm (shipped in the wheel)

`update` collects every tr() string of the Qt layer into the .ts files (translations already
made are kept); a translator fills them in (Qt Linguist, or any XML editor); `build` compiles
them. tests/ui/test_i18n.py fails if a string has no Korean translation or a .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ko",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        scripts = Path(sys.executable).parent
        candidate = scripts / f"pyside6-{name}"
        if candidate.exists():
            return str(candidate)
        raise SystemExit(f"cannot find pyside6-{name}: install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "ui").rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"egov_timeline_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"egov_timeline_{language}.qm"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts_file(language)),
            ],
            cwd=ROOT,
            check=True,
        )


def build(out_dir: Path | None = None) -> list[Path]:
    made = []
    for language in LANGUAGES:
        target = (out_dir or I18N) / qm_file(language).name
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
            cwd=ROOT,
            check=True,
        )
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["update"]:
        update()
    elif args[:1] == ["build"]:
        build()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
