"""What a review of a 自评表 says it could not check: a layout not recognised (the header
words found and missing), figures that could not be placed under their headers, and, of a
table whose indicator rows were read, the 资金 row or the 总分 row that was not."""

from __future__ import annotations

import re

from jixiao.review.checks.rate_tails import rate_tails
from jixiao.review.model import ReportDoc
from jixiao.review.tables.converted import converted_rows
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.glued import glued_funds
from jixiao.review.tables.glued import glued_rows
from jixiao.review.tables.glued import unit_funds
from jixiao.review.tables.glued_whole import glued_whole_funds
from jixiao.review.tables.labelled import labelled_funds
from jixiao.review.tables.letter_columns import letter_tables
from jixiao.review.tables.scattered import scattered_funds
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import REPORTS
from jixiao.review.text.kind import TABLES
from jixiao.review.text.kind import DocKind
from jixiao.review.text.sentences import has_any

#: Header words of the national and provincial layouts, as a reviewer would name them.
LAYOUT_WORDS = (
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "分值",
    "权重",
    "得分",
    "年度指标值",
    "实际完成值",
    "三级指标",
    "偏差原因",
)
EXPECTED_HEADERS = "“分值”（或“权重”）和“得分”，资金行的“年初预算数”“全年预算数”“全年执行数”"


#: The header words a 自评表 must show to be read, each with what may stand for it.
REQUIRED_HEADERS = (("分值", "权重"), ("得分",), ("全年预算数", "预算数"), ("全年执行数", "执行数"))


def layout_note(doc: ReportDoc) -> str | None:
    """What to say when a 自评表 was not recognised: the header words found and missing, or
    that all were found but the figures under them could not be placed; of a table whose
    indicator rows were read, the 资金 row or the 总分 row that was not."""
    if doc.identity.kind not in TABLES:
        return None
    text = "".join(p.text for p in doc.paragraphs)
    if any(funds_rows(doc)) or scored_tables(doc) or converted_rows(doc):
        return _unread_rows(doc, text)
    found = "、".join(f"“{w}”" for w in LAYOUT_WORDS if w in text) or "无"
    missing = "、".join(f"“{words[0]}”" for words in REQUIRED_HEADERS if not has_any(text, words))
    if missing:
        head = f"未识别出自评表的表头（找到{found}；缺少{missing}；应有{EXPECTED_HEADERS}）"
    else:
        head = f"表头各栏已找到（{found}），但其下数据无法按栏读出（导出时错位、合并或粘连）"
    if glued_rows(doc):
        return f"{head}，仅核对了从粘连的文字中逐行读出的资金行和指标行，其余各行和分值合计未核对"
    if glued_funds(doc) or rate_tails(doc):
        return f"{head}，仅从粘连的文字中核对了资金行，指标行的分值和得分未核对"
    lettered = letter_tables(doc)
    if lettered is not None and lettered[1]:
        return f"{head}，仅按表头所列公式核对了资金投入各行的比率，分值和得分未核对"
    return f"{head}，表内分值、得分和执行率未核对"


#: A 总分 row with its figures (not the 自评总分 in the table's head, nor a row left blank).
_TOTAL_ROW = re.compile(r"(?<!自评)总分[^\d\u4e00-\u9fff]{0,6}\d")


def _unread_rows(doc: ReportDoc, text: str) -> str | None:
    """The 资金 row (its header words there, no reader placed its figures) and the 总分 row
    (named, while no table read has its total) of a table whose other rows were read."""
    missed: list[str] = []
    if "资金总额" in text and "执行数" in text and not _funds_read(doc):
        missed.append("“年度资金总额”一行未能按栏读出，执行率、执行率得分和资金来源未核对")
    tables = scored_tables(doc)
    if tables and _TOTAL_ROW.search(text) and all(table.total is None for table in tables):
        missed.append("“总分”一行未能读出，各项得分之和未与总分核对")
    return "；".join(missed) or None


def _funds_read(doc: ReportDoc) -> bool:
    """Some reader placed the 资金 row's figures: in cells, glued, labelled or lettered."""
    lettered = letter_tables(doc)
    return bool(
        any(funds_rows(doc))
        or glued_funds(doc)
        or unit_funds(doc)
        or glued_whole_funds(doc)
        or labelled_funds(doc)
        or rate_tails(doc)
        or scattered_funds(doc)
        or (lettered is not None and lettered[1])
    )


def skipped_notes(doc: ReportDoc) -> tuple[str, ...]:
    """What the review did not check on ``doc``, and why, in a reviewer's words."""
    identity = doc.identity
    notes: list[str] = list(doc.read_notes)
    if identity.kind is not DocKind.BUMEN_REPORT:
        notes.append(f"文件识别为{identity.kind.value}，不按部门整体自评报告提纲和指标体系核对")
    elif identity.excerpt:
        notes.append("节选（无标题或文本不完整），不核对提纲")
    if identity.kind not in REPORTS:
        notes.append("非自评报告，不核对结论、满意度、套话和年份表述")
    layout = layout_note(doc)
    if layout is not None:
        notes.append(layout)
    return tuple(notes)
