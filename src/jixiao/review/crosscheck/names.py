"""Finding the reference's indicators in a report's text, and comparing figures.

An indicator is recognised by its name or a common alias (quotes, 、 and spaces inside a
name ignored), never when another qualifier stands right before it (项目预算执行率). Two
figures agree when they are equal at the precision written, so ``90%`` agrees with 89.98%.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.indicators import normalize_name
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.structure import heading_text

#: Other names reports use for the default framework's indicators.
ALIASES: dict[str, tuple[str, ...]] = {
    "预算执行率": ("部门预算执行率", "整体预算执行率"),
    "结转结余率": ("结余结转率",),
    "政府采购执行率": ("政府采购预算执行率",),
    "非税收入预算完成率": ("非税收入完成率",),
    "事前绩效评估完成率": ("事前绩效评估率",),
    "绩效评价覆盖率": ("绩效自评覆盖率",),
    "评价结果应用率": ("绩效评价结果应用率",),
    "业务学习与培训完成率": ("业务学习培训完成率", "业务培训完成率", "培训完成率"),
    "公用经费控制率": ("公用经费支出控制率",),
    "高学历、高层次人才储备率": ("高层次人才储备率",),
}
_NOISE = "[“”\"'、·\\s]?"
_LEFT_OK = set("年度门位体的其和及与是为则即故均且但而")


@dataclass(frozen=True, slots=True)
class Mention:
    """Where the text names one of the reference's indicators."""

    indicator: ReferenceIndicator
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class IndicatorNames:
    """The reference's indicators by normalised name and alias, longest first."""

    patterns: tuple[tuple[re.Pattern[str], ReferenceIndicator], ...]
    exact: dict[str, ReferenceIndicator]

    @classmethod
    def of(cls, reference: Reference) -> IndicatorNames:
        """The names and aliases of ``reference``'s indicators."""
        pairs: list[tuple[str, ReferenceIndicator]] = []
        for indicator in reference.indicators:
            names = (indicator.name, *ALIASES.get(indicator.name, ()))
            pairs.extend((normalize_name(n), indicator) for n in names)
        pairs.sort(key=lambda p: -len(p[0]))
        patterns = tuple(
            (re.compile(_NOISE.join(re.escape(c) for c in key)), indicator)
            for key, indicator in pairs
            if len(key) >= 3
        )
        return cls(patterns, dict(pairs))

    def mentions(self, text: str) -> list[Mention]:
        """Every indicator named in ``text``, in reading order, without overlaps."""
        taken: list[Mention] = []
        for pattern, indicator in self.patterns:
            for match in pattern.finditer(text):
                if any(m.start < match.end() and match.start() < m.end for m in taken):
                    continue
                before = text[match.start() - 1] if match.start() else ""
                if re.match(r"[\u4e00-\u9fff]", before) and before not in _LEFT_OK:
                    continue  # 项目预算执行率, 专项资金执行率: another figure
                taken.append(Mention(indicator, match.start(), match.end()))
        return sorted(taken, key=lambda m: m.start)

    def of_heading(self, text: str) -> ReferenceIndicator | None:
        """The indicator a heading names (``（二）预算执行率完成情况``), if any."""
        key = normalize_name(heading_text(text))
        key = re.sub(r"(指标)?(分析|完成情况|情况)$", "", key) if key not in self.exact else key
        return self.exact.get(key)


def agrees(stated: Quantity, reference: Quantity) -> bool | None:
    """True/False when comparable (same kind and counting unit), None otherwise."""
    if stated.kind != reference.kind:
        return None
    if stated.kind in (COUNT, MEASURE) and stated.unit != reference.unit:
        return None
    return abs(stated.value - reference.value) <= max(stated.ulp, reference.ulp)


def score_agrees(stated: Decimal, places: int, reference: Decimal) -> bool:
    tolerance = min(Decimal(5) * Decimal(10) ** (-places - 1), Decimal("0.05"))
    return abs(stated - reference) <= tolerance


def decimal_places(number: str) -> int:
    """How many decimals ``number`` is written with."""
    return len(number.split(".")[1]) if "." in number else 0
