#!/usr/bin/env python3
"""Checks the include graph between RRSIS Studio's source folders; run by every build.

Usage: check_include_graph.py SOURCE_ROOT

A folder is core/<name> (core/text/spm counts as core/text), ui or app. The check fails,
naming the includes at fault, when
  * the folders include each other in a cycle;
  * core includes ui or app, or ui includes app (the layers only point down);
  * core/nets includes anything of the project but itself and util/safewrite.h (it builds
    with LibTorch alone);
  * a folder that must build without LibTorch (util, raster, text, annotation, dataset,
    synth, model, inference, eval, and ui: the studio loads the engine as a module) includes a
    LibTorch header or a folder that links LibTorch (nets, engine, train). The one exception:
    ui may include train/trainer.h, whose option types and inline helpers it uses without
    linking the training code.
"""
import os
import re
import sys

TORCH_FREE = {"core/util", "core/raster", "core/text", "core/annotation", "core/dataset", "core/synth",
              "core/model", "core/inference", "core/eval", "ui"}
TORCH_FOLDERS = {"core/nets", "core/engine", "core/train"}
# (including folder, included file) pairs allowed across that line.
TORCH_HEADERS_ALLOWED = {("ui", os.path.join("core", "train", "trainer.h"))}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def folder_of(root, path):
    parts = os.path.relpath(path, root).split(os.sep)
    if parts[0] == "core" and len(parts) > 2:
        return "core/" + parts[1]
    if parts[0] in ("ui", "app"):
        return parts[0]
    return None


def resolve(root, directory, name):
    for base in (directory, os.path.join(root, "core"), os.path.join(root, "ui"), root):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return candidate
    return None


def scan(root):
    """Returns (edges, problems): edges[a][b] = ['file:line -> include', ...]."""
    edges, problems = {}, []
    for top in ("core", "ui", "app"):
        for directory, subdirs, files in os.walk(os.path.join(root, top)):
            subdirs[:] = [d for d in subdirs if d != "buildcheck"]
            for f in sorted(files):
                if not f.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(directory, f)
                source = folder_of(root, path)
                if source is None:
                    continue
                with open(path, encoding="utf-8", errors="replace") as text:
                    for number, line in enumerate(text, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        where = "%s:%d -> %s" % (os.path.relpath(path, root), number, m.group(2))
                        if m.group(1) == "<":
                            if source in TORCH_FREE and m.group(2).split("/")[0] in ("torch", "ATen", "c10"):
                                problems.append("%s must build without LibTorch: %s" % (source, where))
                            continue
                        target_path = resolve(root, directory, m.group(2))
                        target = folder_of(root, target_path) if target_path else None
                        if target is None or target == source:
                            continue
                        edges.setdefault(source, {}).setdefault(target, []).append(where)
                        if source == "core/nets" and os.path.relpath(target_path, root) != os.path.join("core", "util", "safewrite.h"):
                            problems.append("core/nets links LibTorch alone: %s" % where)
                        if source.startswith("core/") and target in ("ui", "app") or source == "ui" and target == "app":
                            problems.append("%s may not include %s: %s" % (source, target, where))
                        allowed = (source, os.path.relpath(target_path, root)) in TORCH_HEADERS_ALLOWED
                        if source in TORCH_FREE and target in TORCH_FOLDERS and not allowed:
                            problems.append("%s must build without LibTorch, but includes %s: %s" % (source, target, where))
    return edges, problems


def find_cycle(edges):
    """A list of folders [a, b, ..., a] forming a cycle, or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, {})):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    edges, problems = scan(root)
    cycle = find_cycle(edges)
    if cycle:
        lines = ["the folders include each other in a cycle: " + " -> ".join(cycle)]
        for a, b in zip(cycle, cycle[1:]):
            lines.append("  %s" % edges[a][b][0])
        problems.append("\n".join(lines))
    for p in problems:
        print("include graph: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
