"""The Chongqing 自评表 whose rows score by a 得分系数 (指标名称 | 计量单位 | 指标性质 |
年初指标值 | 调整指标值 | 全年实际完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) |
是否核心指标), as a 文库 copy glues it: “…培训次数次26次12次100%55是”.

Only rows whose target and result are counts of one unit (次, 个, 篇 …: a floor, whatever
the indicator's direction) are read, from their end: the count written twice, the 得分系数,
then 权重 and 得分 glued into one run (split the one way they can be) and 是/否. A rate's
direction (控制率, 结转结余率 are ceilings) cannot be told from such a row, so a rate is read
only where its name says it is a floor (…执行率, …完成率, …到位率: 政府采购执行率%100%72.74%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import COUNT_UNITS
from jixiao.review.tables.glued_lines import split_points
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable

_HEADER = re.compile(r"得分系数.{0,8}指标权重.{0,8}指标得分")
_ROW = re.compile(
    r"(?:(?<=[是否])|(?<![\u4e00-\u9fff]))(?![是否])"  # after the row before's 是/否
    rf"(?P<name>[\u4e00-\u9fff]{{2,20}}?)[{COUNT_UNITS}]?(?:定量指标)?"
    rf"(?P<t>\d+(?:\.\d+)?)(?P<u>[{COUNT_UNITS}])(?P<a>\d+(?:\.\d+)?)(?P=u)"
    r"(?P<coef>\d{1,3}(?:\.\d{1,2})?)%(?P<run>\d[\d.]*?)(?=[是否])"
)
#: A rate row whose name ends in a floor: more is better, whatever the row's other cells.
_FLOOR_ROW = re.compile(
    r"(?:(?<=[是否])|(?<![\u4e00-\u9fff]))(?![是否])"
    r"(?P<name>[\u4e00-\u9fff]{0,18}?(?:执行|完成|到位|覆盖|合格|达标|知晓|满意)率)%(?:定量指标)?"
    r"(?:[≥>]|大于等于|不低于)?(?P<t>\d+(?:\.\d+)?)(?P<u>%)(?P<a>\d+(?:\.\d+)?)%"
    r"(?P<coef>\d{1,3}(?:\.\d{1,2})?)%(?P<run>\d[\d.]*?)(?=[是否])"
)


def coefficient_tables(doc: ReportDoc) -> list[ScoredTable]:
    """The count rows of the 得分系数 layout, one block per paragraph under its header."""
    tables: list[ScoredTable] = []
    under = False
    for paragraph in doc.paragraphs:
        text = paragraph.text.replace(" ", "")
        header = _HEADER.search(text)
        under = under or header is not None
        if not under:
            continue
        rows: list[IndicatorRow] = []
        start = header.end() if header else 0
        matches = sorted(
            (*_ROW.finditer(text, start), *_FLOOR_ROW.finditer(text, start)),
            key=lambda m: m.start(),
        )
        for match in matches:
            points = split_points(match.group("run"))
            if points is None or not Decimal(match.group("t")):
                continue
            unit = match.group("u")
            target, actual = f"{match.group('t')}{unit}", f"{match.group('a')}{unit}"
            weight, score = points
            rows.append(
                IndicatorRow(paragraph, match.group("name"), target, actual, weight, score, False)
            )
        if rows:
            tables.append(ScoredTable(rows))
    return tables
