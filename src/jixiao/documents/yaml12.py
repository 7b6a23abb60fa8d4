"""YAML read with YAML 1.2 core-schema scalars, and loaded text made safe to use.

PyYAML follows YAML 1.1, where ``2:49`` is the number 169, ``0x6`` is 6, ``010`` is 8,
``yes`` is a boolean and ``2024-03-01`` a date. A clerk who types those means the text,
so a submission file keeps them as text (the number reader then says what it makes of
them). Only ``true``/``false``, ``null``/``~``, decimal integers and decimal floats are
typed.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_YAML11_TYPED = frozenset(
    {
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:timestamp",
    }
)
_FLOAT = (
    r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader whose implicit scalar types are those of YAML 1.2's core schema."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in _YAML11_TYPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(_FLOAT), list("-+0123456789.")
)


def load_yaml12(text: str) -> Any:
    """Parse one YAML document with YAML 1.2 core-schema scalars."""
    return yaml.load(text, Loader=Yaml12Loader)  # a SafeLoader: builds no objects


#: Characters that cannot stand in a document: C0 controls but tab and newlines, DEL,
#: and lone surrogates (which no encoder accepts).
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_strings(data: Any) -> tuple[Any, list[tuple[str, str]]]:
    """``data`` with unsafe characters removed from every string, and (path, cleaned text)
    for each string changed. Walks iteratively — deep nesting cannot exhaust the stack —
    and enters each container once: a container shared through YAML aliases (“billion
    laughs”) is cleaned in place once, not once per reference."""
    cleaned: list[tuple[str, str]] = []
    root: list[Any] = [data]
    entered: set[int] = set()
    stack: list[tuple[Any, Any, str]] = [(root, 0, "")]
    while stack:
        holder, key, path = stack.pop()
        value = holder[key]
        if isinstance(value, str):
            if _UNSAFE.search(value):
                holder[key] = _UNSAFE.sub("", value)
                cleaned.append((path or "(根)", holder[key]))
            continue
        if not isinstance(value, dict | list) or id(value) in entered:
            continue
        entered.add(id(value))
        if isinstance(value, dict):
            stack.extend((value, name, f"{path}.{name}" if path else str(name)) for name in value)
        else:
            stack.extend((value, i, f"{path}.{i}" if path else str(i)) for i in range(len(value)))
    return root[0], cleaned


def has_cycle(data: Any) -> bool:
    """True when a container holds itself (“a: &r [*r]”): such data has no end to walk.
    Each container is walked once (finished ones are not entered again), so containers
    shared through aliases cost their size, not the number of paths to them."""
    open_ids: set[int] = set()
    finished: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, leaving = stack.pop()
        if not isinstance(value, dict | list):
            continue
        if leaving:
            open_ids.discard(id(value))
            finished.add(id(value))
            continue
        if id(value) in open_ids:
            return True
        if id(value) in finished:
            continue
        open_ids.add(id(value))
        stack.append((value, True))
        items = value.values() if isinstance(value, dict) else value
        stack.extend((item, False) for item in items)
    return False
