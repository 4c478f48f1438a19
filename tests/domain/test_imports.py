"""How the package's modules import each other: no import cycle anywhere in egov_timeline,
and the core stays Qt-free (importing every module under domain, validating and exporting
load no PySide6 module)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PACKAGE = "egov_timeline"


# ---- no import cycle ------------------------------------------------------------------------
def module_files(root: Path) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name (a package by its own)."""
    modules = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def is_type_checking(test: ast.expr) -> bool:
    """`if TYPE_CHECKING:` or `if typing.TYPE_CHECKING:`."""
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(tree: ast.Module) -> list[tuple[str, list[str], int]]:
    """(module, names taken from it, level) for every import statement at any depth (in
    functions too), except those under `if TYPE_CHECKING:`, which never run."""
    found: list[tuple[str, list[str], int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, [], 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", [a.name for a in node.names], node.level))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """Which of the package's modules each module imports. `from a import b` counts as an
    import of the module a.b where there is one, else of a (whose __init__ defines b)."""
    modules = module_files(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for module, names, level in imported_names(ast.parse(path.read_text(encoding="utf-8"))):
            if level:
                base = package.split(".")
                base = base[: len(base) - (level - 1)]
                module = ".".join(base + ([module] if module else []))
            targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in modules]
            if len(targets) < len(names) or not names:
                targets.append(module)
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each group of modules that import each other (Tarjan's strongly
    connected components), each as a path that ends where it began."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [path_round(graph, group) for group in groups]


def path_round(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, within the group."""
    start = group[0]
    inside = set(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & inside):
                if target == start:
                    return paths[node] + [start]
                if target not in paths:
                    paths[target] = paths[node] + [target]
                    following.append(target)
        frontier = following
    return group  # not reached: every group holds a cycle through each of its members


def test_no_module_of_the_package_takes_part_in_an_import_cycle():
    graph = import_graph(REPO)
    assert "egov_timeline.domain.progress.store" in graph  # the graph is really built
    assert "egov_timeline.domain.progress.pending" in graph["egov_timeline.domain.progress.store"]
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


# ---- the core stays Qt-free -----------------------------------------------------------------
PROBE = """
import importlib, json, pkgutil, sys

def qt():
    return sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))

import egov_timeline.domain
imported, brought_qt = [], []
for module in pkgutil.walk_packages(egov_timeline.domain.__path__, "egov_timeline.domain."):
    had_qt = bool(qt())
    importlib.import_module(module.name)
    imported.append(module.name)
    if qt() and not had_qt:
        brought_qt.append(module.name)
import egov_timeline.cli
from egov_timeline.domain.loading.loader import load_pack
from egov_timeline.paths import bundled_pack_dir
assert load_pack(bundled_pack_dir()).ok
print(json.dumps({"imported": imported, "brought_qt": brought_qt, "qt": qt()}))
"""


def test_importing_the_domain_and_loading_a_pack_loads_no_qt():
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True
    )
    probe = json.loads(out.stdout)
    assert "egov_timeline.domain.progress.store" in probe["imported"]  # the walk goes deep
    assert probe["qt"] == [], f"Qt is loaded by importing {probe['brought_qt'] or 'the CLI'}"
