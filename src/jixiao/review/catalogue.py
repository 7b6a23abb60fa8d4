"""The review findings catalogue: code → severity, Chinese title, why it matters.

One table of data (its arithmetic codes kept in catalogue_arithmetic.py, listed first); it
doubles as user documentation (docs/review.md) and feeds the comment text written into the
reviewed .docx.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.review.catalogue_arithmetic import ARITHMETIC
from jixiao.review.model import FindingKind
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_SUPPORT = "support"
_STRUCT = "structure"
_TEXT = "boilerplate"
_YEAR = "year"
_CROSS = "crosscheck"

CATALOGUE: dict[str, FindingKind] = {
    **ARITHMETIC,
    "folder-projects-exceed": FindingKind(
        _E,
        _CROSS,
        "项目表合计超过部门整体表的项目支出",
        "同一单位各项目的资金之和不可能超过其部门整体支出中的项目支出，两表至少一处填报有误。",
    ),
    "claim-contradicts-rate": FindingKind(
        _W,
        _SUPPORT,
        "“全部拨付”与所列比率矛盾",
        "称资金已全部拨付（支付）而所列拨付率、执行率不足100%，至少一处表述有误。",
    ),
    "deviation-unexplained": FindingKind(
        _W,
        _SUPPORT,
        "未完成指标未填写偏差原因",
        "实际完成值未达到年度指标值并已扣分的，应在“偏差原因分析及改进措施”栏说明原因和改进措施。",
    ),
    "spent-above-budget": FindingKind(
        _W,
        _SUPPORT,
        "执行数超过全年预算数且未说明原因",
        "全年预算数已含年度内各项调整，超出部分无预算依据；使用上年结转、追加预算等情形应在表中或报告中说明。",
    ),
    "score-withheld": FindingKind(
        _W,
        _SUPPORT,
        "指标已完成却未得满分",
        "实际完成值已达到年度指标值却扣分，又未说明扣分理由，评分依据不足。",
    ),
    "layout-weight-mismatch": FindingKind(
        _E,
        _STRUCT,
        "一级指标分值与规定不符",
        "一级指标分值由表样统一规定，擅自调整会改变各项的权重，总分不可比。",
    ),
    "verdict-without-target": FindingKind(
        _E,
        _SUPPORT,
        "结论缺少年度指标值",
        "“达到/未达到年初目标”须以批复的年度指标值为依据，未列目标值则结论无从核实。",
    ),
    "verdict-contradicted": FindingKind(
        _E, _SUPPORT, "结论与数据相悖", "报告所列实际值与目标值得出的结论与文字结论相反。"
    ),
    "overclaim": FindingKind(
        _E, _SUPPORT, "“超额完成”与数据不符", "实际完成值未超过目标值，不能表述为超额完成。"
    ),
    "rate-without-counts": FindingKind(
        _W,
        _SUPPORT,
        "100%比率未列分子分母",
        "比率为100%时应列明应完成数与实际完成数（资金类比率列明预算金额与执行金额），否则缺少佐证。",
    ),
    "satisfaction-unsupported": FindingKind(
        _W,
        _SUPPORT,
        "满意度缺少调查数据",
        "满意度结论应列明调查方式、样本量和实际满意度，否则无法核实。",
    ),
    "rate-zero-base": FindingKind(
        _W,
        _SUPPORT,
        "无预算时仍列示比率",
        "分母为零时比率无意义，应表述为“不适用（无预算、无支出）”。",
    ),
    "indicator-term-mismatch": FindingKind(
        _W,
        _SUPPORT,
        "指标名称与口径混用",
        "指标口径混用（如以“控制率”表述“变动率”）会导致评分依据不清。",
    ),
    "numbering-gap": FindingKind(
        _W,
        _STRUCT,
        "编号跳号或重复",
        "目录或各部分编号跳号、重复，往往意味着内容缺漏或手工改号出错，应核实补正。",
    ),
    "section-missing": FindingKind(
        _E,
        _STRUCT,
        "缺少报告必备部分",
        "自评报告应包括基本情况、自评工作开展情况、绩效目标完成情况、问题及原因、改进措施。",
    ),
    "heading-empty": FindingKind(
        _W, _STRUCT, "标题下无具体内容", "只列标题不写内容，相关成效或情况无从反映。"
    ),
    "indicator-missing": FindingKind(
        _W, _STRUCT, "指标未在报告中分析", "自评报告应逐项分析指标体系中的各项指标完成情况。"
    ),
    "missed-target-unexplained": FindingKind(
        _W, _STRUCT, "未完成目标未说明原因和措施", "未完成的绩效目标须分析偏差原因并提出改进措施。"
    ),
    "boilerplate-reuse": FindingKind(
        _W,
        _TEXT,
        "不同标题下重复使用相同表述",
        "同一表述套用于不同指标，未反映该指标的实际完成情况。",
    ),
    "off-topic": FindingKind(
        _W, _TEXT, "内容与标题指标无关", "段落内容未涉及所属指标，该指标的完成情况实际未作分析。"
    ),
    "year-mismatch": FindingKind(
        _W,
        _YEAR,
        "数据年度与报告年度不一致",
        "自评应反映本年度完成情况，引用其他年度数据需说明理由。",
    ),
    "unit-name-inconsistent": FindingKind(
        _I, _YEAR, "单位名称前后不一致", "同一单位名称应前后一致，避免误认为其他单位。"
    ),
    "table-mismatch": FindingKind(
        _E,
        _CROSS,
        "报告数据与自评表不一致",
        "自评报告与自评表（填报数据）应为同一口径，数据不一致说明其中之一有误。",
    ),
    "table-score-mismatch": FindingKind(
        _E,
        _CROSS,
        "报告指标得分与自评表不一致",
        "报告所述各指标得分应与自评表一致，否则自评总分无从核实。",
    ),
    "table-total-mismatch": FindingKind(
        _E,
        _CROSS,
        "报告总分或等级与自评表不一致",
        "报告所述自评总分和评价等级应与自评表一致。",
    ),
    "table-unreadable": FindingKind(
        _W,
        _CROSS,
        "同一文件夹中的自评表无法读取",
        "报告旁的自评表无法读取，报告数据未与之核对；请检查该表。",
    ),
    "check-failed": FindingKind(
        _I, _STRUCT, "某项检查未能完成", "该项检查因程序异常未能完成，请人工复核相关内容。"
    ),
}


def kind_of(code: str) -> FindingKind:
    """The catalogue entry for ``code``; raises KeyError for an unknown code."""
    return CATALOGUE[code]


QUOTE_LENGTH = 40


def short_quote(text: str, start: int = 0, end: int | None = None) -> str:
    """A quote of at most :data:`QUOTE_LENGTH` characters around ``text[start:end]``."""
    stop = len(text) if end is None else end
    if stop - start >= QUOTE_LENGTH:
        return text[start : start + QUOTE_LENGTH - 1] + "…"
    pad = (QUOTE_LENGTH - (stop - start)) // 2
    left = max(0, start - pad)
    right = min(len(text), stop + pad)
    quote = text[left:right]
    return ("…" if left > 0 else "") + quote + ("…" if right < len(text) else "")


def finding_title(finding: ReviewFinding) -> str:
    """Severity and title, as a comment or a list shows them: 错误·总数与分项之和不符."""
    return f"{SEVERITY_LABELS[finding.severity]}·{CATALOGUE[finding.code].title}"


def make_finding(
    code: str,
    paragraph: Paragraph,
    message: str,
    *,
    span: tuple[int, int] | None = None,
    stated: str | None = None,
    recomputed: str | None = None,
) -> ReviewFinding:
    """Build a finding with the catalogue severity and a quote of ``span`` (or the start)."""
    start, end = span if span is not None else (0, min(len(paragraph.text), QUOTE_LENGTH))
    return ReviewFinding(
        code=code,
        severity=CATALOGUE[code].severity,
        message=message + _at_stated_places(stated, recomputed, message),
        paragraph=paragraph.index,
        quote=short_quote(paragraph.text, start, end),
        stated=_plain(stated),
        recomputed=_plain(recomputed),
        place=place_of(paragraph, stated),
    )


_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_PERCENT = re.compile(r"^-?(\d+)(?:\.(\d+))?%$")


def _at_stated_places(stated: str | None, recomputed: str | None, message: str) -> str:
    """A rate recomputed to more places than the report writes it (7.47% beside 5.7%), said
    again at the report's own places, as the report should have written it (7.5%)."""
    said = _PERCENT.match(stated or "")
    worked = _PERCENT.match(recomputed or "")
    if said is None or worked is None:
        return ""
    places = len(said.group(2) or "")
    if places >= len(worked.group(2) or ""):
        return ""
    digit = Decimal(1).scaleb(-places)
    exact = Decimal((recomputed or "").rstrip("%"))
    right = exact.quantize(digit, rounding=ROUND_HALF_UP)
    shown = f"{right}%"
    if right == exact or shown in message or shown == stated:
        return ""
    return f"按报告所列位数，复算值为{shown}。"


def _plain(stated: str | None) -> str | None:
    """A figure without its thousands separators (120,000.00 → 120000.00), the stated and the
    recomputed written alike."""
    return _THOUSANDS.sub("", stated) if stated is not None else None


def place_of(paragraph: Paragraph, stated: str | None) -> str:
    """The cell holding ``stated`` when the paragraph is a grid row (the last such cell: a
    得分 sits right of the 分值 it may equal), else the row's place."""
    if stated and paragraph.cell_places:
        pairs = zip(paragraph.cells, paragraph.cell_places, strict=False)
        found = [place for cell, place in pairs if cell == stated]
        if found:
            return found[-1]
    return paragraph.place
