"""Rows of a 自评表 whose cells an OCR or a 文库 export glued together, read from the text.

Three shapes are read, each only where its pattern leaves no doubt:

* the 资金 row, “年度资金总额593.27593.27448.641076%10”: amounts to the cent, then 分值,
  执行率 and 得分;
* a 预算执行率 row, “预算执行率10一100%9”: 分值, 执行率 (after a dash or a target), 得分;
* a met row, “完成时间52021年12月完成2021年12月完成4”: a name, its 分值, the 年度指标值
  written twice (the 实际完成值 repeats it), then its 得分.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow

GLUED_FUNDS = re.compile(
    r"年度资金总额\s*(?P<initial>\d+\.\d{2})(?P<budget>\d+\.\d{2})(?P<executed>\d+\.\d{2})"
    r"(?P<weight>[1-9]\d?)(?P<rate>(?:100|[1-9]?\d)(?:\.\d{1,2})?%)"
    r"(?P<score>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
_RATE_ROW = re.compile(
    r"(?:预算)?执行率\s*(?P<w>\d{1,2})"
    r"(?:\s*[一—\-－/]\s*|\s+\d{1,3}(?:\.\d{1,2})?%\s+|\s+)"
    r"(?P<r>\d{1,3}(?:\.\d{1,2})?%)\s*(?P<s>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
_MET_ROW = re.compile(
    r"(?P<name>[^\s\d，。；,;:：]{2,12}?)(?P<w>\d{1,2})"
    r"(?P<t>(?:\d{4}年)?(?:\d{1,2}月)?[^\s\d，。；,;]{2,20}?)(?P=t)"
    r"(?P<s>\d{1,2}(?:\.\d)?)(?![\d.%万元个人件项次])"
)


@dataclass(frozen=True, slots=True)
class GluedRow:
    """A row read from glued text: a 预算执行率 row (``rate`` set) or a met row (``target``
    set: its 年度指标值, which its 实际完成值 repeats)."""

    paragraph: Paragraph
    name: str
    weight: Figure
    score: Figure
    rate: Figure | None = None
    target: str = ""


def glued_funds(doc: ReportDoc) -> list[FundsRow]:
    """The 资金 rows written with their cells glued."""
    rows: list[FundsRow] = []
    for paragraph in doc.paragraphs:
        for match in GLUED_FUNDS.finditer(paragraph.text):
            columns = {role: figure(text) for role, text in match.groupdict().items()}
            read = {role: value for role, value in columns.items() if value is not None}
            if len(read) == len(columns):
                rows.append(FundsRow(paragraph, read, True, {}))
    return rows


def _rate_rows(paragraph: Paragraph) -> list[GluedRow]:
    rows: list[GluedRow] = []
    for match in _RATE_ROW.finditer(paragraph.text):
        weight, rate, score = (figure(match.group(k)) for k in ("w", "r", "s"))
        if weight is not None and rate is not None and score is not None:
            rows.append(GluedRow(paragraph, "预算执行率", weight, score, rate=rate))
    return rows


def _met_rows(paragraph: Paragraph) -> list[GluedRow]:
    rows: list[GluedRow] = []
    for match in _MET_ROW.finditer(paragraph.text):
        weight, score = figure(match.group("w")), figure(match.group("s"))
        if weight is None or score is None or weight.value == 0:
            continue
        name = re.sub(r"^.*(?:指标|[)）])", "", match.group("name")) or match.group("name")
        rows.append(GluedRow(paragraph, name, weight, score, target=match.group("t")))
    return rows


def glued_rows(doc: ReportDoc) -> list[GluedRow]:
    """The 预算执行率 rows and the met rows written with their cells glued."""
    return [row for p in doc.paragraphs for row in (*_rate_rows(p), *_met_rows(p))]
