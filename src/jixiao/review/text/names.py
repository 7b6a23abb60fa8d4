"""The name a figure goes by, without what varies between the places that state it."""

from __future__ import annotations

import re

#: Years (“2023年度的”), a leading 本年/其中, quotes, and the verb or total word before the
#: figure (…合计为, …共, …:) — “鄂城区2022年的“三公”经费决算数合计为” is 鄂城区三公经费决算数.
_NOISE = re.compile(
    r"20\d\d\s*年度?的?|^本年度?|^其中|[“”\"‘’]|(?:合计|共计|总计|为|是|共|[:：])+$"
)


def figure_name(label: str) -> str:
    """The name of the figure a label introduces, for matching it with another statement."""
    return _NOISE.sub("", label.strip())


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order (公务用车购置费 in
    公务用车购置及运行维护费, “三公”经费支出 in 全区“三公”经费总支出为)."""
    chars = iter(long)
    return all(c in chars for c in short)
