"""结果应用: rules in configuration turn a unit's figures into suggested budget actions.

The rules come from ``JIXIAO_RESULT_RULES`` or the built-in ``result_rules.yaml``; each
names a dashboard figure (``carryover_rate``, ``grade`` …), a comparison and a value.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings

RULES_FILE = Path(__file__).resolve().parent.parent / "result_rules.yaml"

#: The rules last read, with the file's (path, mtime, size); replaced as a whole, so a
#: thread of the server never sees it half-updated.
_rules_cache: tuple[tuple[str, int, int], list[dict[str, Any]]] | None = None


def load_rules() -> list[dict[str, Any]]:
    """结果应用 rules from JIXIAO_RESULT_RULES or the built-in file (re-read when it changes)."""
    global _rules_cache  # noqa: PLW0603 - a one-entry cache, swapped atomically
    path = Path(settings.CONFIG.result_rules) if settings.CONFIG.result_rules else RULES_FILE
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = _rules_cache
    if cached is not None and cached[0] == key:
        return cached[1]
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules = list(data.get("rules", []))
    _rules_cache = (key, rules)
    return rules


OPS = {
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
}


def suggest(row: object, rules: list[dict[str, Any]]) -> list[str]:
    """The suggested budget actions for next year that ``row`` triggers."""
    actions = []
    for rule in rules:
        value = getattr(row, str(rule.get("field")), None)
        if value is None or value == "":
            continue
        expected: Any = rule.get("value")
        if isinstance(value, Decimal):
            expected = Decimal(str(expected))
        if OPS[str(rule.get("op", "=="))](value, expected):
            actions.append(str(rule.get("action", "")))
    return actions
