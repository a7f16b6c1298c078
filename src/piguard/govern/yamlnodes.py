"""YAML loading that remembers where each value came from (file and line).

Manifest errors and findings point at ``file:line`` so that a handler can fix
the declaration in their editor or see the finding annotated in CI (SARIF).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from piguard.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a manifest file (1-based line)."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class Obj(dict):
    """A YAML mapping that also knows its own line and the line of each key.

    >>> o = load_text("a: 1\\nb:\\n  c: x\\n", "m.yaml")
    >>> o["b"].where, o.line_of("b")
    (Where(file='m.yaml', line=3), 2)
    """

    where: Where
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.where.line)

    def at(self, key: str) -> Where:
        return Where(self.where.file, self.line_of(key))


_constructor = yaml.SafeLoader("")


def _convert(node: yaml.Node, file: str):
    if isinstance(node, yaml.MappingNode):
        obj = Obj()
        obj.where = Where(file, node.start_mark.line + 1)
        obj.key_lines = {}
        for key_node, value_node in node.value:
            key = _constructor.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise ConfigError(f"{file}:{key_node.start_mark.line + 1}: keys must be text, "
                                  f"got {key!r}")
            if key in obj:
                raise ConfigError(f"{file}:{key_node.start_mark.line + 1}: {key}: duplicate key")
            obj[key] = _convert(value_node, file)
            obj.key_lines[key] = key_node.start_mark.line + 1
        return obj
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, file) for item in node.value]
    value = _constructor.construct_object(node, deep=True)
    if hasattr(value, "isoformat"):  # YAML dates become text: manifests compare them as ISO dates
        value = value.isoformat()
    return value


def load_text(text: str, file: str) -> Obj | None:
    """Parse one YAML document; ``None`` for an empty file."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 0
        raise ConfigError(f"{file}:{line}: not valid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: not valid YAML: {exc}") from None
    if node is None:
        return None
    value = _convert(node, file)
    if not isinstance(value, Obj):
        raise ConfigError(f"{file}:1: a manifest file must be a mapping at the top level")
    return value


def load_file(path: Path, display: str | None = None) -> Obj | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{display or path}: not UTF-8 text") from None
    return load_text(text, display or str(path))
