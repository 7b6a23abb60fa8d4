"""The indicator group (成本指标, 数量指标 …) an indicator row stands in.

The group is the nearest group word written before the row's name — in the row itself, or
in an earlier row of a flattened table, where a merged cell appears once, on its first row.
"""

from __future__ import annotations

import re

from jixiao.review.model import ReportDoc
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import NamedRow

#: 效益 groups are told without their 指标, which a flattened cell may put on its own line.
_GROUP = re.compile(r"(?:成本|数量|质量|时效)(?=指标)|经济效益|社会效益|生态效益|可持续影响|满意度")
#: How far back (paragraphs) a flattened table's group word may stand.
GROUP_REACH = 60
#: The 一级指标 each group stands under.
_KIND_OF_GROUP = {
    **dict.fromkeys(("成本", "数量", "质量", "时效"), "产出"),
    **dict.fromkeys(("经济效益", "社会效益", "生态效益", "可持续影响"), "效益"),
    "满意度": "满意度",
}
#: The group whose bare 年度指标值 is a ceiling: a cost is met at or below its target.
COST = "成本"


def indicator_group(doc: ReportDoc, row: NamedRow) -> str | None:
    """The row's group without 指标 (成本, 数量 …), or None when none is written."""
    own = row.paragraph.text
    at = own.find(row.name)
    texts = [own[:at] if at >= 0 else own]
    first = max(0, row.paragraph.index - 1 - GROUP_REACH)
    texts.extend(p.text for p in reversed(doc.paragraphs[first : row.paragraph.index - 1]))
    for text in texts:
        found = [match.group(0) for match in _GROUP.finditer(text)]
        if found:
            return found[-1]
    return None


def indicator_kind(doc: ReportDoc, row: IndicatorRow) -> str | None:
    """The 一级指标 (产出, 效益, 满意度) the row's group stands under, or None."""
    return _KIND_OF_GROUP.get(indicator_group(doc, row) or "")


#: A row outside the 100 points (加分指标, 扣分项) belongs to no block.
_OUTSIDE = re.compile(r"加分|扣分")


def beyond_total(row: IndicatorRow) -> bool:
    """The row adds or takes points outside the table's 100 (加分指标, 扣分指标)."""
    own = row.paragraph.text
    named = _OUTSIDE.match(row.name.lstrip("|｜ ")) is not None  # “加分项（管理创新）”
    return named or bool(_OUTSIDE.search(own[: max(own.find(row.name), 0)]))
