"""pydantic's validation errors in Chinese, with field paths a user can follow.

pydantic words its errors in English and names the member of a union it tried
(``facts.x.decimal``). Every error a user sees goes through :func:`error_text`.
"""

from __future__ import annotations

from typing import Any

_MESSAGES = {
    "missing": "必填项未填写",
    "decimal_parsing": "应为数字",
    "int_parsing": "应为整数",
    "float_parsing": "应为数字",
    "extra_forbidden": "不是可识别的填报项",
    "string_too_short": "不能为空",
    "greater_than": "数值过小",
    "greater_than_equal": "数值过小",
    "less_than": "数值过大",
    "less_than_equal": "数值过大",
    "literal_error": "取值无效",
    "finite_number": "应为有限数字",
    "string_type": "应为文字",
    "dict_type": "应为键值结构",
    "model_type": "应为键值结构",
    "list_type": "应为列表",
    "tuple_type": "应为列表",
    "bool_type": "应为是/否",
    "bool_parsing": "应为是/否",
    "int_type": "应为整数",
    "float_type": "应为数字",
    "decimal_type": "应为数字",
    "int_from_float": "应为整数",
    "decimal_max_digits": "位数过多",
    "string_too_long": "内容过长",
}

#: pydantic names the member of a union it tried (``facts.x.decimal``): not a field.
_UNION_MEMBERS = frozenset({"decimal", "str", "int", "float", "bool", "none"})


def error_path(loc: tuple[Any, ...]) -> str:
    """The field path of an error, without pydantic's union-member names."""
    parts = [str(p) for p in loc]
    while len(parts) > 1 and parts[-1] in _UNION_MEMBERS:
        parts.pop()
    return ".".join(parts)


def error_text(error: Any) -> str:
    """One error's message in Chinese, with what was given when it is short."""
    kind = str(error["type"])
    if kind == "value_error":  # our own validators speak Chinese
        text = str(error["msg"]).removeprefix("Value error, ")
    else:
        text = _MESSAGES.get(kind, "填写内容无效")
    given = error.get("input")
    if isinstance(given, str | int | float) and kind != "missing" and len(str(given)) <= 40:
        return f"{text}（填写为“{given}”）"
    return text


def syntax_place(error: Exception) -> str:
    """Where a JSON or YAML parser stopped (第 3 行第 7 列), or "" when it does not say.

    The parsers' own messages are English; their positions are all a user needs. JSON
    errors carry ``lineno``/``colno``, YAML errors a zero-based ``problem_mark``."""
    line, column = getattr(error, "lineno", None), getattr(error, "colno", None)
    mark = getattr(error, "problem_mark", None)
    if line is None and mark is not None:
        line, column = mark.line + 1, mark.column + 1
    return f"第 {line} 行第 {column} 列" if line is not None else ""
