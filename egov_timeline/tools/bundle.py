"""A standalone folder bundle of the app, which starts without Python:

    python -m egov_timeline.tools.bundle --out DIR

leaves the app in DIR/egov-timeline/ (the executable DIR/egov-timeline/egov-timeline), with
the bundled pack, the fonts, the app's and Qt's Korean translations, the desktop file, the
AppStream metainfo, the icons and install.sh / uninstall.sh, and DIR/egov-timeline-<version>-
<system>-<machine>.tar.gz of it. Made with PyInstaller in folder mode (not onefile: a onefile
build unpacks itself at every start, which is slow, and antivirus programs flag it far more
often); PyInstaller is installed into the running Python first if it is missing. The Qt
modules the app does not import are left out. The same command builds the bundle on Windows
and macOS (there PyInstaller makes an .exe folder or an .app).
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from egov_timeline import __version__
from egov_timeline.paths import data_dir, resources_dir

NAME = "egov-timeline"
APP_ID = "io.github.egov_timeline.EgovTimeline"
PYINSTALLER = "pyinstaller==6.22.3"
# what the app never imports: left out of the bundle
EXCLUDED = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtMultimedia",
    "PySide6.QtStateMachine",
    "tkinter",
    "ssl",  # the app never opens a network connection
    "_ssl",
    "_hashlib",  # hashlib falls back to Python's own SHA-256
    "_codecs_cn",  # Korean text is UTF-8 or, from a Korean spreadsheet, CP949 (kept)
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_tw",
    "_codecs_iso2022",
    "hypothesis",
    "pytest",
    "mypy",
    "anki",
)


def _ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", PYINSTALLER], check=True)


def build(out: Path) -> Path:
    """Build the bundle in `out`; return the folder that holds it."""
    _ensure_pyinstaller()
    from PySide6.QtCore import QLibraryInfo

    out.mkdir(parents=True, exist_ok=True)
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    separator = ";" if sys.platform == "win32" else ":"
    with tempfile.TemporaryDirectory(prefix="egov-bundle-") as work:
        work_dir = Path(work)
        launcher = work_dir / "egov_timeline_app.py"
        launcher.write_text(
            "import sys\nfrom egov_timeline.cli import main\nsys.exit(main())\n", encoding="utf-8"
        )
        command = [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--onedir",
            *(["--strip"] if sys.platform.startswith("linux") else []),  # no debug symbols
            "--name",
            NAME,
            "--distpath",
            str(out),
            "--workpath",
            str(work_dir / "build"),
            "--specpath",
            str(work_dir),
            "--add-data",
            f"{data_dir()}{separator}egov_timeline/data",
            "--add-data",
            f"{resources_dir()}{separator}egov_timeline/resources",
            "--add-data",
            f"{qt_translations / 'qtbase_ko.qm'}{separator}PySide6/Qt/translations",
            # modules imported only when needed (lazily), so not seen by the analysis
            "--collect-submodules",
            "egov_timeline",
            "--hidden-import",
            "tossi",
            "--hidden-import",
            "fsrs",
            "--hidden-import",
            "rapidfuzz.distance.OSA",
            "--collect-data",
            "genanki",
            "--hidden-import",
            "genanki",
            "--hidden-import",
            "python_calamine",
        ]
        for module in EXCLUDED:
            command += ["--exclude-module", module]
        if sys.platform == "darwin":
            command.append("--windowed")  # an .app; on Windows and Linux a console stays
        command.append(str(launcher))
        subprocess.run(command, check=True)
    folder = out / NAME
    _keep_korean_translations_only(folder)
    if sys.platform.startswith("linux"):
        _prune_linux(folder)
        _add_desktop_files(folder)
        _archive(folder, out)
    return folder


def _keep_korean_translations_only(folder: Path) -> None:
    """Qt ships its words in every language; the app speaks English and Korean."""
    for qm in folder.rglob("PySide6/Qt/translations/*.qm"):
        if not qm.stem.endswith("_ko"):
            qm.unlink()


# Qt plugins the app has no use for: GTK theming (the app draws its own themes), embedded
# displays (EGLFS, framebuffer, VNC) and their input drivers
UNUSED_PLUGINS = (
    "platformthemes/libqgtk3.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations",
    "generic",
    "imageformats/libqtiff.so",  # pictures are PNG, SVG and JPEG
    "imageformats/libqwebp.so",
)


def _needed(elf: Path) -> list[str]:
    """The shared libraries an ELF file names (readelf -d)."""
    try:
        listing = subprocess.run(
            ["readelf", "-d", str(elf)], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", listing)


def _prune_linux(folder: Path) -> None:
    """Take out the unused Qt plugins, then every system library that nothing left in the
    bundle needs (libpython stays: the launcher loads it by name)."""
    plugins = next(folder.rglob("PySide6/Qt/plugins"), None)
    if plugins is not None:
        for name in UNUSED_PLUGINS:
            target = plugins / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    internal = folder / "_internal"
    if not internal.is_dir() or shutil.which("readelf") is None:
        return
    loose = {p.name: p for p in internal.glob("lib*.so*") if p.is_file()}
    qt_libs = {p.name: p for p in internal.rglob("PySide6/Qt/lib/*.so*")}
    roots = [folder / NAME] + [
        p
        for p in internal.rglob("*.so*")
        if p.is_file() and p.name not in loose and not p.is_symlink()
    ]
    wanted: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name in wanted:
                continue
            wanted.add(name)
            found = loose.get(name) or qt_libs.get(name)
            if found is not None:
                todo.append(found)
    for name, path in loose.items():
        if name not in wanted and not name.startswith("libpython"):
            path.unlink()


def disk_size(folder: Path) -> int:
    """Bytes on disk, each file once (links not followed)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def _add_desktop_files(folder: Path) -> None:
    """The desktop file, the metainfo, the icons and the install scripts, beside the app."""
    source = resources_dir() / "desktop"
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "install.sh", "uninstall.sh"):
        shutil.copy2(source / name, folder / name)
        if name.endswith(".sh"):
            (folder / name).chmod(0o755)
    icons = folder / "icons"
    icons.mkdir(exist_ok=True)
    _render_icons(resources_dir() / "icon.svg", icons)


def _render_icons(svg: Path, icons: Path) -> None:
    """The icon in the hicolor sizes, drawn from its SVG with Qt's own SVG renderer."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(icons / f"{size}.png"))
    shutil.copy2(svg, icons / "scalable.svg")
    del _app


def _archive(folder: Path, out: Path) -> Path:
    system = platform.system().lower()
    machine = platform.machine().lower()
    target = out / f"{NAME}-{__version__}-{system}-{machine}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the bundle goes")
    args = parser.parse_args(argv)
    folder = build(args.out)
    print(f"built {folder} ({disk_size(folder) / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
