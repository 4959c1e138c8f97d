"""No import loop anywhere in kiosk/ or ui/, module by module.

pyproject.toml's acyclic_siblings contract (lint-imports) keeps the packages and modules of
each package free of loops between siblings; this test sees the loops that contract cannot:
a package's __init__ and one of its own modules importing each other, and loops of single
modules across packages. Imports inside functions count: they are loops all the same."""

from __future__ import annotations

import itertools

import grimp

PACKAGES = ("kiosk", "ui")


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every group of modules that import each other (a strongly connected component of two or
    more modules, or a module that imports itself), each as one loop through it."""
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in modules:  # Tarjan's algorithm, iteratively (no recursion limit)
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in edges:
                    continue
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(edges[successor])))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    components.append(sorted(component))
    return [_loop(graph, component) for component in sorted(components)]


def _loop(graph: grimp.ImportGraph, component: list[str]) -> list[str]:
    """One loop through a component: its first module, the shortest way back to it."""
    first = component[0]
    if len(component) == 1:
        return [first, first]
    back = min(
        (
            graph.find_shortest_chain(importer=successor, imported=first) or ()
            for successor in graph.find_modules_directly_imported_by(first)
            if successor in component
        ),
        key=len,
    )
    return [first, *back]


def describe(graph: grimp.ImportGraph, loop: list[str]) -> str:
    steps = []
    for importer, imported in itertools.pairwise(loop):
        lines = sorted(
            detail["line_number"]
            for detail in graph.get_import_details(importer=importer, imported=imported)
        )
        steps.append(f"  {importer} -> {imported} (line {', '.join(map(str, lines))})")
    return "\n".join(steps)


def test_no_module_of_kiosk_or_ui_is_in_an_import_loop():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    loops = import_cycles(graph)
    report = "\n\n".join(describe(graph, loop) for loop in loops)
    assert not loops, f"{len(loops)} import loops:\n{report}"


def test_the_check_finds_a_loop_and_says_where(tmp_path, monkeypatch):
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loopy import b\n")
    (package / "b.py").write_text("import os\n\n\ndef f():\n    from loopy import c\n")
    (package / "c.py").write_text("from loopy.a import *\n")
    (package / "d.py").write_text("from loopy import a\n")  # imports the loop, is not in it
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("loopy", cache_dir=None)
    loops = import_cycles(graph)
    assert loops == [["loopy.a", "loopy.b", "loopy.c", "loopy.a"]]
    text = describe(graph, loops[0])
    assert "loopy.b -> loopy.c (line 5)" in text
