"""The review findings catalogue: code → severity, Chinese title, why it matters.

One flat table of data; it doubles as user documentation (docs/review.md) and feeds the
comment text written into the reviewed .docx.
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding


@dataclass(frozen=True, slots=True)
class FindingKind:
    """A catalogue entry.

    Attributes:
        severity: default severity of findings with this code.
        family: the check family (arithmetic, support, structure, boilerplate, year).
        title: short Chinese title.
        why: one Chinese sentence on why a reviewer cares.
    """

    severity: Severity
    family: str
    title: str
    why: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_ARITH = "arithmetic"
_SUPPORT = "support"
_STRUCT = "structure"
_TEXT = "boilerplate"
_YEAR = "year"
_CROSS = "crosscheck"

CATALOGUE: dict[str, FindingKind] = {
    "sum-mismatch": FindingKind(
        _E,
        _ARITH,
        "总数与分项之和不符",
        "总数与分项不一致，说明数据来源或填报有误，影响报告可信度。",
    ),
    "sum-short": FindingKind(
        _W,
        _ARITH,
        "所列分项之和小于总数",
        "逐项列出的金额或数量合计应等于总数；另有未列项目时应注明，否则疑为数据有误。",
    ),
    "formula-mismatch": FindingKind(
        _E,
        _ARITH,
        "文中算式计算有误",
        "报告写出的计算式与其结果应一致，算式结果有误说明该指标数值不可信。",
    ),
    "sum-rounding-gap": FindingKind(
        _I,
        _ARITH,
        "分项之和与总数存在尾差",
        "分项与合计应一致；因四舍五入产生尾差的，应在文中或表注中说明，避免误认为数据有误。",
    ),
    "rate-rounding-gap": FindingKind(
        _I,
        _ARITH,
        "比率与复算结果不一致（在数据舍入范围内）",
        "按所列数据复算的比率应与报告一致；差异源于数据舍入的，应统一数据精度或注明。",
    ),
    "share-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "各项占比合计超过100%",
        "互不重叠的各项占比之和不能超过100%（允许各自舍入误差），否则至少一项占比有误。",
    ),
    "share-last-digit": FindingKind(
        _W,
        _ARITH,
        "占比末位与复算不符",
        "各项占比四舍五入后合计本为100%，改动末位使占比与所列金额不符，应按复算结果更正。",
    ),
    "distribution-mismatch": FindingKind(
        _W, _ARITH, "“分别”所列数量与总数不符", "逐项分配的数量之和应与总数相符，否则需说明口径。"
    ),
    "difference-mismatch": FindingKind(
        _E, _ARITH, "增减额计算有误", "调增（减）额应等于调整前后之差，差额有误将影响调整率等指标。"
    ),
    "remainder-mismatch": FindingKind(
        _E,
        _ARITH,
        "结余额与到位数、支出数不符",
        "结余应等于可用资金减去实际支出，不符说明至少一项数据有误。",
    ),
    "rate-mismatch": FindingKind(
        _E,
        _ARITH,
        "比率与所列数据不符",
        "比率应能由报告所列分子、分母复算得出，复算不符影响指标得分。",
    ),
    "folder-projects-exceed": FindingKind(
        _E,
        _CROSS,
        "项目表合计超过部门整体表的项目支出",
        "同一单位各项目的资金之和不可能超过其部门整体支出中的项目支出，两表至少一处填报有误。",
    ),
    "comparison-contradicted": FindingKind(
        _E,
        _ARITH,
        "比较表述与数据矛盾",
        "“决算数小于预算数”等表述应与所列数据一致，矛盾多因逐项套用同一句式，说明未逐项核对。",
    ),
    "claim-contradicts-rate": FindingKind(
        _W,
        _SUPPORT,
        "“全部拨付”与所列比率矛盾",
        "称资金已全部拨付（支付）而所列拨付率、执行率不足100%，至少一处表述有误。",
    ),
    "complement-mismatch": FindingKind(
        _E, _ARITH, "结转结余率与执行率不互补", "按报告口径结转结余率应等于1减预算执行率。"
    ),
    "share-mismatch": FindingKind(
        _E,
        _ARITH,
        "占比计算有误或基数不一致",
        "占比应以所述总数为基数计算，各分项占比之和应为100%。",
    ),
    "score-mismatch": FindingKind(
        _E, _ARITH, "总分与各项得分之和不符", "自评总分应等于各项指标得分之和。"
    ),
    "list-count-mismatch": FindingKind(
        _E,
        _ARITH,
        "所称个数与列举不符",
        "所称数量与逐一列举的名称个数不一致，机构、单位或项目的口径无法核实。",
    ),
    "balance-mismatch": FindingKind(
        _E,
        _ARITH,
        "收入总计与支出总计不平衡",
        "决算中收入总计（含年初结转结余）必然等于支出总计（含年末结转结余），不等说明数据有误。",
    ),
    "unit-slip": FindingKind(
        _W,
        _ARITH,
        "金额单位前后不一",
        "同一组分项中个别金额的单位与其他各项不同，按同一单位相加才与总数相符，应为单位笔误。",
    ),
    "rounding-truncated": FindingKind(
        _W,
        _ARITH,
        "百分比截位而非四舍五入",
        "百分比应四舍五入保留两位小数，截位会使数据与复算结果不一致。",
    ),
    "figure-inconsistent": FindingKind(
        _W,
        _ARITH,
        "同一数据前后不一致",
        "同一预算数或比率在报告中前后数值不同，至少一处有误，影响报告可信度。",
    ),
    "table-score-over-weight": FindingKind(
        _E,
        _ARITH,
        "得分超过分值",
        "单项得分不能超过该项分值，超出说明填报错位或计分有误，总分随之失真。",
    ),
    "rate-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "预算执行率得分与执行率不符",
        "预算执行率得分应为分值乘以执行率（以分值为限），不符说明计分有误。",
    ),
    "arrival-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "到位率得分与到位资金不符",
        "到位率为实际到位资金除以计划投资额，得分应按到位率计算；资金未全部到位却得满分，评分依据不足。",
    ),
    "rate-row-mismatch": FindingKind(
        _E,
        _ARITH,
        "指标行预算执行率与资金行不符",
        "同一张自评表中，预算执行率指标的实际完成值应与资金行的执行率一致，前后不一说明有一处填报有误。",
    ),
    "source-score-mismatch": FindingKind(
        _E,
        _ARITH,
        "资金来源行得分与总额行不符",
        "资金来源行与年度资金总额行是同一笔资金时，两处得分应一致。",
    ),
    "table-rate-mismatch": FindingKind(
        _E,
        _ARITH,
        "执行率与全年预算数、执行数不符",
        "执行率应等于全年执行数除以全年预算数，不符将影响执行率得分。",
    ),
    "score-full-on-missed": FindingKind(
        _W,
        _ARITH,
        "指标未完成却得满分",
        "实际完成值未达到年度指标值，应按完成程度扣分；得满分须说明评分依据。",
    ),
    "score-above-proportion": FindingKind(
        _W,
        _ARITH,
        "未完成指标得分高于完成比例",
        "定量指标未达到年度指标值，通常按实际完成值÷年度指标值×分值计分；得分高于此数须说明评分依据。",
    ),
    "cost-above-spending": FindingKind(
        _W,
        _ARITH,
        "成本指标实际数高于全年执行数",
        "项目成本不应超过其全年支出，二者不一致说明自评表有一处填报有误。",
    ),
    "deviation-unexplained": FindingKind(
        _W,
        _SUPPORT,
        "未完成指标未填写偏差原因",
        "实际完成值未达到年度指标值并已扣分的，应在“偏差原因分析及改进措施”栏说明原因和改进措施。",
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
    "score-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "总分与各项得分之和不符",
        "自评总分应等于各项得分之和，不符说明汇总有误。",
    ),
    "weight-total-mismatch": FindingKind(
        _E,
        _ARITH,
        "各项分值之和与总分不符",
        "资金行与各指标行的分值之和应等于总分（一般为100分），多出或不足说明分值设置有误，得分失真。",
    ),
    "grade-mismatch": FindingKind(
        _E,
        _ARITH,
        "评价等级与得分不符",
        "等级应按得分区间确定：优≥90分，良≥80分，中≥60分，60分以下为差。",
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
        message=message,
        paragraph=paragraph.index,
        quote=short_quote(paragraph.text, start, end),
        stated=stated,
        recomputed=recomputed,
        place=place_of(paragraph, stated),
    )


def place_of(paragraph: Paragraph, stated: str | None) -> str:
    """The cell holding ``stated`` when the paragraph is a grid row (the last such cell: a
    得分 sits right of the 分值 it may equal), else the row's place."""
    if stated and paragraph.cell_places:
        pairs = zip(paragraph.cells, paragraph.cell_places, strict=False)
        found = [place for cell, place in pairs if cell == stated]
        if found:
            return found[-1]
    return paragraph.place
