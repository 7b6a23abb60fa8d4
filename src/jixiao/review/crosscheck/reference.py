"""The figures a report is cross-checked against: a 自评表 workbook or an evaluated submission.

Both sources become one :class:`Reference`; :mod:`jixiao.review.crosscheck.check` compares the
report's figures with it. Values keep the text the source shows (``89.98%``, ``17.3亿元``,
``是``) so that units and the precision written travel with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities

#: Budget keys: ``total.initial`` … ``project.executed`` (amounts in 元).
BUDGET_ROWS = ("total", "basic", "project")
BUDGET_COLUMNS = ("initial", "adjusted", "executed")
BUDGET_LABELS = {
    "total": "资金总额",
    "basic": "基本支出",
    "project": "项目支出",
    "initial": "年初预算数",
    "adjusted": "全年预算数",
    "executed": "全年执行数",
}


class ReferenceReadError(ValueError):
    """The 自评表 or submission cannot be used; the message is Chinese and shown as is."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferenceIndicator:
    """One 三级指标 as the table or the evaluation gives it.

    Attributes:
        name: the indicator's name (三级指标).
        value: 实际完成值 as shown (``89.98%``, ``48家``, ``是``, ``不适用（…）``).
        target: 年度指标值 as shown (``≥100.00%``), "" when none.
        weight: 分值, or None.
        score: 得分, or None.
        place: where the row is (``自评表!C24``) for messages.
    """

    name: str
    value: str
    target: str = ""
    weight: Decimal | None = None
    score: Decimal | None = None
    place: str = ""

    @property
    def value_quantity(self) -> Quantity | None:
        """The 实际完成值 as a figure, or None for 是/否, 不适用 and blanks."""
        return figure_of(self.value)

    @property
    def target_quantity(self) -> Quantity | None:
        """The 年度指标值 as a figure (the sign ≥/≤ dropped), or None."""
        return figure_of(self.target)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """What the report must agree with.

    Attributes:
        label: how findings name the source (``自评表``, ``填报数据``).
        indicators: the indicator rows.
        budget: amounts in 元 by ``row.column`` key (``total.executed``).
        total_score: 自评总分, or None.
        score_sum: plain sum of the scores before adjustments, when known.
        grade: 自评等级 (优/良/中/差), or None.
    """

    label: str
    indicators: tuple[ReferenceIndicator, ...]
    budget: dict[str, Decimal] = field(default_factory=dict)
    total_score: Decimal | None = None
    score_sum: Decimal | None = None
    grade: str | None = None


def figure_of(text: str) -> Quantity | None:
    """The first exact figure of ``text`` (``≥12.5亿元`` → 12.5亿元), or None."""
    if not text or text.startswith(("不适用", "未填报", "未设定", "—")):
        return None
    found = [q for q in find_quantities(text.replace("*", "")) if not q.approx]
    return found[0] if found else None
