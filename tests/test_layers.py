"""Layers import downward only (DESIGN.md): a test fails any upward import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "piguard"

LAYER = {
    "errors": 0, "identifiers": 0, "taxonomy": 0,
    "io": 1, "detect": 1, "protect": 1, "anonymize": 1,
    "engines": 2, "store": 2, "report": 2,
    "govern": 3, "supervise": 3,
    "api": 4, "cli": 4, "web": 4,
}
# Imports allowed sideways, inside one layer.
SIDEWAYS = {
    ("identifiers", "errors"), ("taxonomy", "errors"), ("taxonomy", "identifiers"),
    ("protect", "detect"), ("anonymize", "protect"), ("anonymize", "detect"),
    ("detect", "io"), ("protect", "io"), ("anonymize", "io"),
    ("supervise", "govern"), ("api", "web"), ("cli", "web"),
}
# Third-party packages that only one part may import.
OWNED = {"pyspark": {"engines"}, "sqlalchemy": {"store"}, "alembic": {"store"},
         "fastapi": {"api"}, "typer": {"cli"}}
# Ground floor: standard library only (plus YAML for taxonomy data files).
GROUND_ALLOWED_THIRD_PARTY = {"yaml"}


def _part(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "piguard" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYER else None


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    pkg = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: -node.level]
                if path.name == "__init__.py":
                    base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                yield ".".join([*base, node.module] if node.module else base)
            elif node.module:
                yield node.module


def _sources():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).parts
        if len(rel) > 1 and rel[0] in LAYER:
            yield rel[0], path


def test_every_part_has_a_layer():
    parts = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert parts <= set(LAYER), parts - set(LAYER)


@pytest.mark.parametrize(("part", "path"), list(_sources()), ids=lambda v: str(v))
def test_imports_point_down(part, path):
    stdlib = __import__("sys").stdlib_module_names
    for target in _imports(path):
        other = _part(target)
        if other is not None and other != part:
            ok = LAYER[other] < LAYER[part] or (part, other) in SIDEWAYS
            assert ok, f"{path.relative_to(SRC)} imports {target}: layer {part} -> {other} points up"
        top = target.split(".")[0]
        owners = OWNED.get(top)
        if owners is not None:
            assert part in owners, f"{path.relative_to(SRC)} imports {top}; only {owners} may"
        if LAYER[part] == 0 and top not in stdlib and top != "piguard" and top != "__future__":
            assert top in GROUND_ALLOWED_THIRD_PARTY, (
                f"{path.relative_to(SRC)} imports {top}: the ground floor is standard library only"
            )
