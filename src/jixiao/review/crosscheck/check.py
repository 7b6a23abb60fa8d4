"""Cross-check of the report's figures against its 自评表 or evaluated submission.

An indicator is recognised by its name (or a common alias) in the text, or by a heading
that names it; a figure is taken only when it follows the name directly (``预算执行率为
89.98%``) or follows ``实际完成值``/``年度指标值``/``得…分`` under that heading. Figures of
other years, of comparisons and of ceilings (``95%以上``) are left alone. Two figures agree
when they are equal at the precision written, so ``90%`` agrees with ``89.98%``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.crosscheck.names import IndicatorNames
from jixiao.review.crosscheck.names import Mention
from jixiao.review.crosscheck.names import agrees
from jixiao.review.crosscheck.names import decimal_places
from jixiao.review.crosscheck.names import score_agrees
from jixiao.review.crosscheck.reference import BUDGET_LABELS
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.indicators import normalize_name
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt_money
from jixiao.review.text.sentences import is_checkable
from jixiao.review.text.structure import YEAR
from jixiao.review.text.structure import sentences

_CONNECT = re.compile(
    r"(（[^）]{0,40}）)?(指标)?(的)?(实际)?(完成值|完成|值)?"
    r"(为|是|达到了?|达|：|:|仅为|只有|实现)?\s*"
)
_CEILING_AFTER = re.compile(r"^\s*(以内|以上|以下|左右|的目标)")
_OTHER_TIME = re.compile(r"上年|去年|上一年|同比|同期|较|比上")
_ACTUAL = re.compile(r"实际完成值?\s*(为|是|：|:)?\s*")
_TARGET = re.compile(
    r"(?<![\u4e00-\u9fff])(年度指标值|年度目标值?|年初目标值?|绩效目标值|目标值)\s*(为|是|：|:)?\s*"
    r"(≥|≤|>=|<=|不低于|不高于|不超过|不少于|达到)?\s*"
)
_SCORE = re.compile(r"(?<![扣减计])得分?\s*(为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分(?!值)")
_VERDICT = re.compile(r"自评结论为?\s*[“\"]?(是|否|部分|不涉及)")
_TOTAL = re.compile(
    r"(自评总分|总得分|自评得分|综合得分|综合评分|评价得分|最终得分|得分合计|指标得分合计)"
    r"\s*(为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分"
)
_GRADE = re.compile(
    r"(评价等级|自评等级|等级|等次|评价结果|评价结论)\s*(为|是|：|:)?\s*[“\"「]?(优秀|优|良好|良|中等|中|较差|差)"
)
_BUDGET_PREFIX = re.compile(
    r"^(20\d\d年度?)?(本?(部门|单位)|我[\u4e00-\u9fff]{1,3}(?=年初|全年))?的?"
)
_BUDGET_ROLE: dict[str, re.Pattern[str]] = {
    "initial": re.compile(r"年初预算(数|总额)?|年初批复预算数?"),
    "adjusted": re.compile(r"全年预算(数|总额)?|调整后(全年)?预算数?"),
    "executed": re.compile(
        r"全年(执行|支出|实际支出|决算支出)数?|全年支出总额|决算支出|(预算)?执行数"
    ),
}
_BUDGET_PART = re.compile(r"(其中)?(基本支出|项目支出)")
_BUDGET_TAIL = r"(为|是|共计|合计)?"
_ROW_HEADERS: dict[str, tuple[str, ...]] = {
    "value": ("实际完成值", "实际完成情况", "完成值", "实际值"),
    "target": ("年度指标值", "年度目标值", "指标值", "目标值"),
    "score": ("得分", "自评得分"),
}
_QUALITATIVE = ("是", "否", "部分")


class _Checker:
    def __init__(self, doc: ReportDoc, reference: Reference) -> None:
        self.doc = doc
        self.reference = reference
        self.names = IndicatorNames.of(reference)
        self.findings: dict[tuple[str, int, int], ReviewFinding] = {}

    # --- findings -------------------------------------------------------------------

    def _add(
        self,
        code: str,
        paragraph: Paragraph,
        span: tuple[int, int],
        message: str,
        stated: str,
        recomputed: str,
    ) -> None:
        key = (code, paragraph.index, span[0])
        if key not in self.findings:
            self.findings[key] = make_finding(
                code, paragraph, message, span=span, stated=stated, recomputed=recomputed
            )

    def value(
        self, paragraph: Paragraph, offset: int, stated: Quantity, indicator: ReferenceIndicator
    ) -> None:
        what = (indicator.name, "实际完成值", indicator.value_quantity, indicator.value)
        self._figure(paragraph, offset, stated, what)

    def target(
        self, paragraph: Paragraph, offset: int, stated: Quantity, indicator: ReferenceIndicator
    ) -> None:
        what = (indicator.name, "年度指标值", indicator.target_quantity, indicator.target)
        self._figure(paragraph, offset, stated, what)

    def _figure(
        self,
        paragraph: Paragraph,
        offset: int,
        stated: Quantity,
        what: tuple[str, str, Quantity | None, str],
    ) -> None:
        name, column, reference, shown = what
        if reference is None or agrees(stated, reference) is not False:
            return
        message = (
            f"报告所列{name}{column}为{stated.text}，{self.reference.label}为"
            f"{shown}，两者不一致，请核实。"
        )
        span = (offset + stated.start, offset + stated.end)
        self._add("table-mismatch", paragraph, span, message, stated.text, shown)

    def score(
        self,
        paragraph: Paragraph,
        span: tuple[int, int],
        number: str,
        indicator: ReferenceIndicator,
    ) -> None:
        if indicator.score is None or score_agrees(
            Decimal(number), decimal_places(number), indicator.score
        ):
            return
        shown = f"{indicator.score.normalize():f}分"
        message = (
            f"报告所列{indicator.name}得分为{number}分，{self.reference.label}为{shown}，"
            "两者不一致，请核实。"
        )
        self._add("table-score-mismatch", paragraph, span, message, f"{number}分", shown)

    def verdict(
        self,
        paragraph: Paragraph,
        span: tuple[int, int],
        answer: str,
        indicator: ReferenceIndicator,
    ) -> None:
        shown = "不涉及" if "不涉及" in indicator.value else indicator.value
        if shown not in (*_QUALITATIVE, "不涉及") or shown == answer:
            return
        message = (
            f"报告所列{indicator.name}自评结论为“{answer}”，{self.reference.label}为“{shown}”，"
            "两者不一致，请核实。"
        )
        self._add("table-mismatch", paragraph, span, message, answer, shown)

    def total(
        self, paragraph: Paragraph, span: tuple[int, int], number: str, *, summed: bool
    ) -> None:
        known = [self.reference.total_score]
        if summed or self.reference.score_sum is not None:
            known.append(self.reference.score_sum)
        values = [k for k in known if k is not None]
        if not values or any(
            score_agrees(Decimal(number), decimal_places(number), k) for k in values
        ):
            return
        shown = f"{values[0].normalize():f}分"
        message = (
            f"报告所列自评总分为{number}分，{self.reference.label}为{shown}，两者不一致，请核实。"
        )
        self._add("table-total-mismatch", paragraph, span, message, f"{number}分", shown)

    def grade(self, paragraph: Paragraph, span: tuple[int, int], stated: str) -> None:
        expected = self.reference.grade
        if not expected or stated[0] == expected[0] or (stated == "较差" and expected[0] == "差"):
            return
        message = (
            f"报告所列评价等级为“{stated}”，{self.reference.label}为“{expected}”，"
            "两者不一致，请核实。"
        )
        self._add("table-total-mismatch", paragraph, span, message, stated, expected)

    # --- the text -------------------------------------------------------------------

    def other_time(self, text: str, start: int) -> bool:
        clause_start = max(text.rfind(c, 0, start) for c in "，；。") + 1
        clause = text[clause_start:start]
        years = [int(y) for y in YEAR.findall(clause)]
        if self.doc.year is not None and any(y != self.doc.year for y in years):
            return True
        return _OTHER_TIME.search(clause) is not None

    def sentence(self, paragraph: Paragraph, offset: int, text: str) -> None:
        mentions = self.names.mentions(text)
        for number, mention in enumerate(mentions):
            stop = mentions[number + 1].start if number + 1 < len(mentions) else len(text)
            stops = [i for i in (text.find(c, mention.end, stop) for c in "；;。") if i >= 0]
            segment_end = min([stop, *stops])
            segment = text[mention.end : segment_end]
            self.after_name(paragraph, offset + mention.end, segment, mention, text)

    def after_name(
        self, paragraph: Paragraph, offset: int, segment: str, mention: Mention, text: str
    ) -> None:
        found = [q for q in find_quantities(segment) if not q.approx]
        if found and not self.other_time(text, mention.start):
            first = found[0]
            between = segment[: first.start]
            if _CONNECT.fullmatch(between) and not _CEILING_AFTER.match(segment[first.end :]):
                self.value(paragraph, offset, first, mention.indicator)
        self.targets_and_scores(paragraph, offset, segment, mention.indicator)

    def targets_and_scores(
        self, paragraph: Paragraph, offset: int, segment: str, indicator: ReferenceIndicator
    ) -> None:
        for match in _TARGET.finditer(segment):
            figures = find_quantities(segment[match.end() :])
            if figures and figures[0].start == 0 and not figures[0].approx:
                self.target(paragraph, offset + match.end(), figures[0], indicator)
        for match in _SCORE.finditer(segment):
            if "合计" in segment[max(0, match.start() - 4) : match.start()]:
                continue
            span = (offset + match.start(2), offset + match.end())
            self.score(paragraph, span, match.group(2), indicator)

    def section(self, paragraph: Paragraph, indicator: ReferenceIndicator) -> None:
        text = paragraph.text
        for match in _ACTUAL.finditer(text):
            figures = find_quantities(text[match.end() :])
            if figures and figures[0].start == 0 and not figures[0].approx:
                self.value(paragraph, match.end(), figures[0], indicator)
        for match in _VERDICT.finditer(text):
            self.verdict(paragraph, match.span(1), match.group(1), indicator)
        for span in sentences(text):
            if not self.names.mentions(span.text):
                self.targets_and_scores(paragraph, span.start, span.text, indicator)

    def totals(self, paragraph: Paragraph) -> None:
        for match in _TOTAL.finditer(paragraph.text):
            self.total(paragraph, match.span(3), match.group(3), summed="合计" in match.group(1))
        for match in _GRADE.finditer(paragraph.text):
            self.grade(paragraph, match.span(3), match.group(3))

    def budget(self, paragraph: Paragraph) -> None:
        for span in sentences(paragraph.text):
            role = ""
            for quantity in find_quantities(span.text):
                if quantity.kind != MONEY or quantity.approx:
                    continue
                label = _BUDGET_PREFIX.sub("", quantity.label)
                found = next(
                    (
                        key
                        for key, pattern in _BUDGET_ROLE.items()
                        if re.fullmatch(pattern.pattern + _BUDGET_TAIL, label)
                    ),
                    None,
                )
                part = re.fullmatch(_BUDGET_PART.pattern + _BUDGET_TAIL, label)
                if found is not None:
                    role = found
                    self.amount(paragraph, span.start, quantity, f"total.{found}")
                elif part is not None and role:
                    row = "basic" if part.group(2) == "基本支出" else "project"
                    self.amount(paragraph, span.start, quantity, f"{row}.{role}")
                else:
                    role = ""

    def amount(self, paragraph: Paragraph, offset: int, stated: Quantity, key: str) -> None:
        expected = self.reference.budget.get(key)
        if expected is None:
            return
        if abs(stated.value - expected) <= max(stated.ulp, Decimal(50)):
            return
        row, column = key.split(".")
        name = f"{BUDGET_LABELS[row]}{BUDGET_LABELS[column]}"
        shown = fmt_money(expected, stated.unit)
        message = (
            f"报告所列{name}为{stated.text}，{self.reference.label}为{shown}，两者不一致，请核实。"
        )
        span = (offset + stated.start, offset + stated.end)
        self._add("table-mismatch", paragraph, span, message, stated.text, shown)

    # --- tables in the report ---------------------------------------------------------

    def table_rows(self) -> None:
        header: list[str] = []
        for paragraph in self.doc.paragraphs:
            if "｜" not in paragraph.text:
                header = []
                continue
            cells = paragraph.text.split("｜")
            if any(c in ("三级指标", "指标名称") for c in cells):
                header = cells
                continue
            self.table_row(paragraph, cells, header)

    def table_row(self, paragraph: Paragraph, cells: list[str], header: list[str]) -> None:
        first = cells[0]
        last = cells[-1]
        if first.startswith(("自评总分", "合计", "总分", "总计")) and re.fullmatch(
            r"\d+(\.\d+)?", last
        ):
            start = paragraph.text.rfind(last)
            summed = first.startswith("合计")
            self.total(paragraph, (start, start + len(last)), last, summed=summed)
            grade = re.search(r"等级[：:]\s*(优秀|优|良好|良|中等|中|较差|差)", first)
            if grade:
                self.grade(paragraph, grade.span(1), grade.group(1))
            return
        names = [i for i, c in enumerate(cells) if normalize_name(c) in self.names.exact]
        head = next((i for i, c in enumerate(header) if c in ("三级指标", "指标名称")), None)
        if len(names) != 1 or head is None:
            return
        at = names[0]
        indicator = self.names.exact[normalize_name(cells[at])]
        after, titles = cells[at + 1 :], header[head + 1 :]
        if len(after) != len(titles):
            return
        position = paragraph.text.find(cells[at]) + len(cells[at])
        for cell, title in zip(after, titles, strict=True):
            start = paragraph.text.find(cell, position)
            position = start + len(cell)
            self.table_cell(paragraph, start, cell, title, indicator)

    def table_cell(
        self, paragraph: Paragraph, start: int, cell: str, title: str, indicator: ReferenceIndicator
    ) -> None:
        figures = [q for q in find_quantities(cell.replace("*", " ")) if not q.approx]
        if title in _ROW_HEADERS["value"]:
            if figures:
                self.value(paragraph, start, figures[0], indicator)
            elif cell in _QUALITATIVE:
                self.verdict(paragraph, (start, start + len(cell)), cell, indicator)
        elif title in _ROW_HEADERS["target"] and figures:
            self.target(paragraph, start, figures[0], indicator)
        elif title in _ROW_HEADERS["score"] and re.fullmatch(r"\d+(\.\d+)?", cell):
            self.score(paragraph, (start, start + len(cell)), cell, indicator)

    # --- all --------------------------------------------------------------------------

    def run(self) -> list[ReviewFinding]:
        current: ReferenceIndicator | None = None
        for paragraph in self.doc.paragraphs:
            if paragraph.is_heading:
                current = self.names.of_heading(paragraph.text)
                continue
            if not is_checkable(paragraph):
                continue
            for span in sentences(paragraph.text):
                self.sentence(paragraph, span.start, span.text)
            if current is not None:
                self.section(paragraph, current)
            self.totals(paragraph)
            self.budget(paragraph)
        self.table_rows()
        return sorted(self.findings.values(), key=lambda f: f.paragraph)


CROSS_CHECK_CODES = ("table-mismatch", "table-score-mismatch", "table-total-mismatch")


def check_reference(doc: ReportDoc, reference: Reference) -> list[ReviewFinding]:
    """Report figures (values, targets, scores, total, grade, budget) that the table contradicts."""
    return _Checker(doc, reference).run()
