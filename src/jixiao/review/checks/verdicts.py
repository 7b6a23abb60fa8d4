"""Claims without support: verdicts with no target, verdicts the figures contradict,
100% rates without counts, satisfaction without survey data, rates on a zero budget."""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import is_year
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.sentences import MASKED
from jixiao.review.text.sentences import is_checkable
from jixiao.review.text.structure import heading_text
from jixiao.review.text.targets import OVERCLAIM
from jixiao.review.text.targets import VERDICT
from jixiao.review.text.targets import indicator_of
from jixiao.review.text.targets import is_reverse
from jixiao.review.text.targets import is_target_figure
from jixiao.review.text.targets import scope_of
from jixiao.review.text.targets import states_target
from jixiao.review.text.targets import target_stated_for


def _body(doc: ReportDoc) -> list[Paragraph]:
    return [p for p in doc.paragraphs if is_checkable(p)]


#: Headings of a whole-report verdict, not of one indicator.
_OVERALL = re.compile(
    r"总体|整体|综合|总结|结论|自评|目标完成情况|绩效目标|基本情况|概况"
    r"|简介|介绍|说明"  # a page's “文档简介”, a “…情况说明”: no indicator
    r"|问题|原因|建议|措施|评价"  # the report's own outline: no indicator either
)


def check_verdict_targets(doc: ReportDoc) -> list[ReviewFinding]:
    """“达到/未达到年初目标” where no target value is stated for that indicator."""
    findings: list[ReviewFinding] = []
    # in an excerpt, the targets of an overall verdict may stand in the part left out
    anywhere = doc.identity.excerpt or any(states_target(p.text) for p in doc.paragraphs)
    for paragraph in _body(doc):
        match = VERDICT.search(paragraph.text)
        if match is None or target_stated_for(doc, paragraph):
            continue
        if anywhere and _OVERALL.search(indicator_of(doc, paragraph) or "总体"):
            continue  # an overall verdict: the targets stated elsewhere in the report are its basis
        if "满意度" in paragraph.text:
            continue  # satisfaction has its own check
        name = indicator_of(doc, paragraph) or "该指标"
        message = (
            f"“{name}”结论为“{match.group(0)}”，但报告未列明该指标的年度指标值（年初目标），"
            "结论无从核实，应补充批复的目标值及实际完成值。"
        )
        findings.append(
            make_finding(
                "verdict-without-target",
                paragraph,
                message,
                span=match.span(),
                stated=match.group(0),
            )
        )
    return findings


def _pair(text: str, verdict_at: int) -> tuple[Quantity, Quantity] | None:
    """(actual, target) figures of one claim ending at ``verdict_at``."""
    window = [q for q in find_quantities(text[:verdict_at]) if not q.approx and not is_year(q)]
    targets = [q for q in window if is_target_figure(text, q)]
    if not targets:
        return None
    target = targets[-1]
    kin = [
        q
        for q in window
        if q.kind == target.kind
        and q is not target
        and not is_target_figure(text, q)
        and q.kind in (PERCENT, MONEY, COUNT, MEASURE)
    ]
    after = [q for q in kin if q.start > target.start]
    actual = after[-1] if after else (kin[-1] if kin else None)
    return (actual, target) if actual is not None else None


def check_verdict_figures(doc: ReportDoc) -> list[ReviewFinding]:
    """Verdicts (达到/未达到/超额完成) that the stated actual and target contradict."""
    findings: list[ReviewFinding] = []
    for paragraph in _body(doc):
        for match in [*VERDICT.finditer(paragraph.text), *OVERCLAIM.finditer(paragraph.text)]:
            finding = _verdict_finding(doc, paragraph, match)
            if finding is not None:
                findings.append(finding)
    return findings


def _verdict_finding(
    doc: ReportDoc, paragraph: Paragraph, match: re.Match[str]
) -> ReviewFinding | None:
    text = paragraph.text
    start = max(text.rfind("。", 0, match.start()) + 1, 0)
    pair = _pair(text[start:], match.start() - start)
    if pair is None:
        return None
    actual, target = pair
    context = indicator_of(doc, paragraph) + text[start : match.start()]
    reverse = is_reverse(context)
    met = actual.value <= target.value if reverse else actual.value >= target.value
    overclaim = match.group(0) == "超额完成"
    if not overclaim and text[max(0, match.start() - 2) : match.start()] == "超额":
        return None  # judged as an overclaim
    if overclaim and not reverse and actual.value > target.value:
        return None
    claims_met = overclaim or not match.group("neg")
    if not overclaim and claims_met == met:
        return None
    code = "overclaim" if overclaim else "verdict-contradicted"
    fact = "已达到" if met else "未达到"
    message = (
        f"实际值{actual.text}、目标值{target.text}，按数据{fact}目标，"
        f"与“{match.group(0)}”的表述不符。"
    )
    if overclaim:
        message = f"实际值{actual.text}未超过目标值{target.text}，不应表述为“超额完成”。"
    return make_finding(
        code,
        paragraph,
        message,
        span=(start + actual.start, match.end()),
        stated=match.group(0),
        recomputed=f"实际{actual.text}／目标{target.text}",
    )


_HUNDRED_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}率)(为|达到|达|是)?\s*100(\.0+)?\s*[%％](?!以内)"
)


def _has_counts(paragraphs: list[Paragraph]) -> bool:
    for paragraph in paragraphs:
        if paragraph.is_heading:
            continue
        if MASKED.search(paragraph.text):
            return True  # the counts are there, hidden by the publishing site
        for q in find_quantities(paragraph.text):
            if q.kind in (COUNT, MONEY, MEASURE) or (q.kind == "bare" and not is_year(q)):
                return True
    return False


def _counted_elsewhere(doc: ReportDoc, name: str) -> bool:
    """A count of what the rate measures (“完成率” → a count labelled 完成…) anywhere in the
    report."""
    stem = name.removesuffix("率")
    return len(stem) >= 2 and any(
        q.kind == COUNT and stem in q.label
        for p in doc.paragraphs
        if not p.is_heading and stem in p.text
        for q in quantities_in(p.text)
    )


def _worked_elsewhere(doc: ReportDoc, paragraph: Paragraph) -> bool:
    """The same 100% rate stated in another paragraph with its amounts beside it (“全年实际
    支出534.00万元，预算执行率100.00%”, then in the 自评结论 “执行率100.00%，得10分”)."""
    names = {m.group("name")[-3:] for m in _HUNDRED_RATE.finditer(paragraph.text)}
    return any(
        other is not paragraph
        and not other.is_heading
        and any(m.group("name")[-3:] in names for m in _HUNDRED_RATE.finditer(other.text))
        and _has_counts([other])
        for other in doc.paragraphs
    )


#: A rate of money (预算执行率, 资金到位率 …) is worked from amounts, not counts.
_MONEY_RATE = re.compile(r"执行率|到位率|支付率|拨付率|使用率|资金")
_BASIS_MONEY = "预算（应到位、应拨付）金额和实际执行（到位、拨付）金额"
_BASIS_COUNTS = "应完成数和实际完成数（如项目个数）"


#: “保障…参保率达到100%”, “力争…”: a goal set, not a result claimed.
_AIM = re.compile(
    r"^\s*(?:\d{1,2}[、.．]|[（(]\d{1,2}[）)])?\s*(?:保障|确保|力争|争取|计划|拟|预计)"
)


#: “绩效指标完成率100%”: how many of the report's own indicators were met, a summary of the
#: verdicts listed in its table, not a measure that needs counts of its own.
_OF_INDICATORS = re.compile(r"(指标|目标)(完成|实现|达成)率$")


def _aimed(paragraph: Paragraph, match: re.Match[str]) -> bool:
    clause = re.split(r"[。；;，,：:]", paragraph.text[: match.start()])[-1]
    return _AIM.match(clause) is not None


def check_full_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """A 100% rate with no counts (numerator and denominator) anywhere in its section."""
    findings: list[ReviewFinding] = []
    for paragraph in _body(doc):
        match = _HUNDRED_RATE.search(paragraph.text)
        if match is None or _has_counts(scope_of(doc, paragraph)) or _aimed(paragraph, match):
            continue
        if _OF_INDICATORS.search(match.group("name")):
            continue
        if _counted_elsewhere(doc, match.group("name")) or _worked_elsewhere(doc, paragraph):
            continue  # “(1)项目完成数量：完成建设项目1个” … later “完成率100%”
        heading = indicator_of(doc, paragraph)
        name = heading if heading.endswith("率") else match.group("name")
        basis = _BASIS_MONEY if _MONEY_RATE.search(name) else _BASIS_COUNTS
        message = f"{name}为100%，但未列明{basis}，缺少计算依据和佐证。"
        findings.append(
            make_finding(
                "rate-without-counts", paragraph, message, span=match.span(), stated="100%"
            )
        )
    return findings


_SAMPLE = re.compile(r"问卷|样本|回收|发放|受访|有效答卷|抽样|调查对象")
#: A survey told by how it was done: its sample is a count of people or households.
_SURVEYED = re.compile(r"抽查|调查|走访|回访|访谈|测评")
_PEOPLE = {"人", "户", "份", "名", "人次", "位", "家"}


_GOAL = re.compile(r"目标[^。]*满意度")
_SATISFACTION_FIGURE = re.compile(r"满意度[^。；;，,]{0,12}?\d+(?:\.\d+)?\s*[%％]")
#: 满意度 named as an indicator, not measured: “满意度指标10%” and “指标权重……” (weights),
#: “满意度指标1个：……≥90%” (the list of indicators set).
_AS_INDICATOR = re.compile(r"权重|满意度指标\s*\d|指标\s*\d+\s*个")
#: A section that sets the indicators or says how the evaluation went, not what it found.
_SETTING_HEADING = re.compile(r"步骤|方法|程序|指标体系|指标设置|指标设定|评价依据|目标设定")
_INDICATOR_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}指标\s*[:：]")
_RESULT_HEADING = re.compile(r"完成|实现|情况|成效|效益|结果|结论")
#: A section reporting what was achieved (满意度指标完成情况分析).
_RESULTS = re.compile(r"完成|实现|成效|结果|结论")


#: “满意度≥90%”: a target, written with its comparison — unless the text says the result
#: passed it (“学校满意度大于年度指标值≥95%”: a claim with no figure of its own).
_COMPARED = re.compile(r"[≥≤><＞＜]|不低于|不少于|不高于")
_BEYOND = re.compile(r"(?:大于|超过|高于|达到|优于)(?:年度|预期)?(?:指标值|目标值?)")
#: “群众满意度 较好 较好 好 一般 差”: the grades of a scale, not a verdict.
_SCALE = re.compile(r"(?:较好|好|一般|较差|差)(?:\s*(?:较好|好|一般|较差|差)){2,}")


def _satisfaction_figure(sentence: str, results: bool) -> bool:
    """满意度 stated with a figure as achieved (not a 目标 or an indicator's definition);
    ``results``: the section reports results, where even a compared figure is a claim."""
    found = _SATISFACTION_FIGURE.search(sentence)
    if found is None or _GOAL.search(sentence):
        return False
    compared = _COMPARED.search(found.group(0)) and not _BEYOND.search(found.group(0))
    if compared and not results:
        return False
    return not _AS_INDICATOR.search(sentence[: found.end()])


def _satisfaction_claim(text: str, results: bool) -> bool:
    """满意度 stated as a figure, or a verdict in the clause that names 满意度 (a goal to
    “提升满意度” is no claim)."""
    if any(_satisfaction_figure(sentence, results) for sentence in text.split("。")):
        return True  # a figure stated as achieved, not a 目标 to reach
    return any(
        "满意度" in clause and VERDICT.search(clause) and not _SCALE.search(clause)
        for clause in re.split(r"[。；;]", text)
    )


def _sets_indicators(doc: ReportDoc, paragraph: Paragraph) -> bool:
    """The paragraph names an indicator (成效指标：……) under a heading on how the
    indicators were set (项目自评价步骤, 指标体系): 满意度 is named there, not reported."""
    if not paragraph.section or not _INDICATOR_LINE.match(paragraph.text):
        return False
    heading = heading_text(doc.paragraph(paragraph.section).text)
    return bool(_SETTING_HEADING.search(heading)) and not _RESULT_HEADING.search(heading)


def _has_sample(text: str) -> bool:
    """The survey is described with a count (有效问卷80份, 发放问卷120份)."""
    counts = [q for q in find_quantities(text) if q.kind == COUNT]
    if _SAMPLE.search(text) and counts:
        return True
    return bool(_SURVEYED.search(text)) and any(q.unit in _PEOPLE for q in counts)


def check_satisfaction(doc: ReportDoc) -> list[ReviewFinding]:
    """满意度 claims without the measured value and the survey sample; the sample may sit in
    another paragraph of the same section (a PDF breaks paragraphs at line ends)."""
    findings: list[ReviewFinding] = []
    for paragraph in _body(doc):
        text = paragraph.text
        heading = doc.paragraph(paragraph.section).text if paragraph.section else ""
        results = _RESULTS.search(heading) is not None
        if not _satisfaction_claim(text, results) or _sets_indicators(doc, paragraph):
            continue
        figures = find_quantities(text)
        actual = [
            q
            for q in figures
            if q.kind == PERCENT
            and not is_target_figure(text, q)
            and not re.search(r"目标$", text[: q.start])
        ]
        sample = _has_sample(text) or any(
            _has_sample(p.text) for p in doc.body_of(paragraph.section) if p is not paragraph
        )
        target = VERDICT.search(text) is None or states_target(text)
        checks = (("实际满意度", actual), ("调查样本量", sample), ("年度目标值", target))
        missing = [what for what, ok in checks if not ok]
        if not missing:
            continue
        message = f"满意度结论未列明{'和'.join(missing)}，应补充调查方式、有效样本数及满意人数。"
        findings.append(make_finding("satisfaction-unsupported", paragraph, message))
    return findings


_NO_BUDGET = re.compile(r"(未编制|没有编制|无)[^。；]{0,10}预算")
_RATE_VALUE = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,6}率)(在|为|是)?\s*\d+(\.\d+)?\s*[%％]")


def check_zero_base(doc: ReportDoc) -> list[ReviewFinding]:
    """A rate stated although the budget (its denominator) was not compiled."""
    findings: list[ReviewFinding] = []
    for paragraph in _body(doc):
        no_budget = _NO_BUDGET.search(paragraph.text)
        rate = _RATE_VALUE.search(paragraph.text)
        if no_budget is None or rate is None or rate.start() < no_budget.start():
            continue
        message = (
            f"{no_budget.group(0)}，分母为零，不应列示“{rate.group(0)}”，"
            "应表述为“不适用（无预算、无支出）”。"
        )
        findings.append(
            make_finding(
                "rate-zero-base", paragraph, message, span=rate.span(), stated=rate.group(0)
            )
        )
    return findings


def check_indicator_terms(doc: ReportDoc) -> list[ReviewFinding]:
    """A 变动率 indicator reported as a 控制率 (or the reverse)."""
    findings: list[ReviewFinding] = []
    for paragraph in _body(doc):
        name = indicator_of(doc, paragraph)
        for wanted, used in (("变动率", "控制率"), ("控制率", "变动率")):
            position = paragraph.text.find(used)
            if wanted in name and position >= 0 and wanted not in paragraph.text:
                message = (
                    f"指标为“{name}”，正文却以“{used}”表述并作结论，口径混用，"
                    f"应按{wanted}的定义计算和表述。"
                )
                findings.append(
                    make_finding(
                        "indicator-term-mismatch",
                        paragraph,
                        message,
                        span=(position, position + len(used)),
                        stated=used,
                    )
                )
    return findings
