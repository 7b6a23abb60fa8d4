"""A quantitative indicator that missed its target, scored above its share of the points.

The national 项目支出绩效自评表 scores a 定量指标 by how far it got: a 正向指标 earns
实际完成值 ÷ 年度指标值 × 分值. A row at 3224人 of 3807人 (84.69 %) worth 2 points earns
1.69, not 1.9. Told as a warning: provinces also deduct by bands or other rules, and the
reviewer should see the rule that gave the score. Rows scored below their share are the
unit's own deduction and are left alone; full marks on a missed target are
``score-full-on-missed``; a 成本指标 (a ceiling) is not scored this way.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.text.quantities import fmt

_AMOUNT = re.compile(
    r"^(?P<op>≥|>=|＞=|不低于|不少于|=|＝)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>%|[\u4e00-\u9fff]{1,4})?$"
)
HUNDRED = Decimal(100)
#: An indicator row's 分值 is a share of the table's 100 points; a row read with more is a
#: 总分 row or a misread.
MAX_WEIGHT = 50


def _amount(text: str, *, target: bool) -> tuple[Decimal, str] | None:
    match = _AMOUNT.match(text.strip())
    if match is None or (match.group("op") and not target):
        return None
    return Decimal(match.group("n")), match.group("unit") or ""


#: What more of is better: a rate of what was done or reached, or a count of what was done.
_MORE_RATE = re.compile(
    r"(?:完成|执行|到位|合格|达标|覆盖|及时|支付|发放|知晓|满意|参与|受益|普及|利用|入学|接种"
    r"|建档|达成|通过)率|满意度"
)
_COUNT_UNIT = re.compile(r"^(?:[个人户次场项家所份名套台辆座处期批件本册株头只]|人次|户次)$")
_PAID = re.compile(r"补助|补贴|标准")
_EXACT = re.compile(r"^\s*[=＝]\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>\S*)$")


def exact_floor(row: IndicatorRow) -> bool:
    """Whether a target written with = (=100%, =42个) is a floor: a count of what was done,
    a rate of what was done or reached, or a standard to be paid. Below an exact cost, time
    or rate of faults (=25万元, =6个月, 返工率=3%) may be better: which it is cannot be told."""
    exact = _EXACT.match(row.target)
    if exact is None:
        return True
    unit = exact.group("unit")
    if _PAID.search(row.name):
        return True  # a standard to be paid in full (生均补助标准=5元/天)
    return bool(_COUNT_UNIT.match(unit)) or (unit == "%" and bool(_MORE_RATE.search(row.name)))


def proportional_due(row: IndicatorRow) -> Decimal | None:
    """实际完成值 ÷ 年度指标值 × 分值 of a row that missed a numeric floor of the same unit."""
    if not exact_floor(row):
        return None
    target = _amount(row.target, target=True)
    actual = _amount(row.actual, target=False)
    if target is None or actual is None or actual[1] not in ("", target[1]):
        return None  # a bare 实际完成值 is in the target's unit (≥50个 | 40)
    if not 0 < actual[0] < target[0] or not row.weight.value <= MAX_WEIGHT:
        return None
    return row.weight.value * actual[0] / target[0]


_CEILING = re.compile(
    r"^(?:≤|<=|<|＜=?|不高于|不超过|小于等于|小于)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>%|[^\d\s]{1,6})?$"
)
_ACTUAL = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>%|[^\d\s]{1,6})?$")


def ceiling_due(row: IndicatorRow) -> Decimal | None:
    """年度指标值 ÷ 实际完成值 × 分值 of a row that passed a numeric ceiling of the same unit
    (a 反向指标: ≤5300元/户 against 5830元/户)."""
    target, actual = _CEILING.match(row.target.strip()), _ACTUAL.match(row.actual.strip())
    if target is None or actual is None or actual.group("unit") not in (None, target.group("unit")):
        return None
    limit, got = Decimal(target.group("n")), Decimal(actual.group("n"))
    if not 0 < limit < got or not row.weight.value <= MAX_WEIGHT:
        return None
    return row.weight.value * limit / got


def above_proportion(row: IndicatorRow) -> ReviewFinding | None:
    """The row's 得分 against 实际完成值 ÷ 年度指标值 × 分值, when it missed a numeric target
    of the same unit and scored above that share (but below full marks)."""
    due = proportional_due(row)
    if due is None or not row.score.value < row.weight.value:
        return None
    half = Decimal(1).scaleb(-row.score.places) / 2
    if row.score.value - due <= half:
        return None
    share = fmt(due / row.weight.value * HUNDRED)
    message = (
        f"“{row.name}”实际完成值“{row.actual}”为年度指标值“{row.target}”的{share}%，"
        f"按完成比例计分（实际完成值÷年度指标值×分值）应得{fmt(due)}分，表中为{row.score.text}分；"
        "如按其他评分规则计分，请注明。"
    )
    return make_finding(
        "score-above-proportion",
        row.paragraph,
        message,
        span=quote_span(row.paragraph, row.actual, row.score.text),
        stated=row.score.text,
        recomputed=fmt(due),
    )
