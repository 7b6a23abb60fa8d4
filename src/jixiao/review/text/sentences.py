"""Shared pieces for the claim checks: figures per sentence, clauses, role words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.structure import sentences

PLAN_WORDS = (
    "预算",
    "计划",
    "目标",
    "年初",
    "下达",
    "批复",
    "应",
    "上年",
    "去年",
    "上一年",
    "编制",
    "指标数",
    "总投资",
    "安排",
    "任务数",
    "送审",
    "评审金额",  # (评审中心 “共评审金额A，审定金额B”: what was sent for review)
)
ACTUAL_WORDS = (
    "实际",
    "执行",
    "支出",
    "完成",
    "决算",
    "到位",
    "已",
    "发生",
    "拨付",
    "支付",
    "使用",
    "实现",
    "审定",
)
COMPARE_WORDS = (
    "较",
    "比上",
    "比去",
    "同比",
    "增加",
    "减少",
    "增长",
    "下降",
    "提高",
    "降低",
    "累计",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a paragraph with its figures (offsets relative to the paragraph)."""

    paragraph: Paragraph
    start: int
    text: str
    quantities: tuple[Quantity, ...]

    def span_of(self, quantity: Quantity) -> tuple[int, int]:
        """The paragraph offsets of ``quantity``."""
        return self.start + quantity.start, self.start + quantity.end


def is_checkable(paragraph: Paragraph) -> bool:
    """Body text outside tables and the table of contents."""
    return not paragraph.is_heading and not paragraph.contents and "｜" not in paragraph.text


_PROSE_CELL = re.compile(r"[，。；,;].*\d|\d.*[，。；,;]")
PROSE_CELL_MIN = 12


def _prose_cells(paragraph: Paragraph) -> Iterator[tuple[int, str]]:
    """The cells of a table row that hold running text (a report laid out in a two-column
    table), with where each starts in the row's text."""
    for cell in paragraph.cells:
        at = paragraph.text.find(cell) if len(cell) >= PROSE_CELL_MIN else -1
        if at >= 0 and _PROSE_CELL.search(cell):
            yield at, cell


def _spans(paragraph: Paragraph) -> Iterator[tuple[int, str]]:
    if is_checkable(paragraph):
        yield from ((span.start, span.text) for span in sentences(paragraph.text))
    elif not paragraph.is_heading and not paragraph.contents:
        for at, cell in _prose_cells(paragraph):
            yield from ((at + span.start, span.text) for span in sentences(cell))


#: A figure the publishing site hid (“资金 点击查看>> 万元”, “(略)万元”, “XX万元”). Each run
#: is entered at its start only and taken whole (possessive), so a long run of x or * costs
#: its length, not its square.
MASKED = re.compile(
    r"(?:点击查看\s*+>*+|[（(]略[）)]|(?<!\*)\*{2,}+|(?<![xX×])[xX×]{2,}+|(?<!□)□++)"
    r"\s*+(?:万元|亿元|元|人|个|%|％)"
)


@lru_cache(maxsize=4)
def doc_sentences(doc: ReportDoc) -> tuple[Sentence, ...]:
    """Every sentence of every body paragraph — and of the table cells that hold running
    text — with its figures (parsed once per report: several checks walk them). A sentence
    with a hidden figure is left out: what it adds up or divides cannot be known."""
    return tuple(
        Sentence(paragraph, start, text, quantities_in(text))
        for paragraph in doc.paragraphs
        for start, text in _spans(paragraph)
        if not MASKED.search(text)
    )


def paragraph_sentences(doc: ReportDoc) -> list[list[Sentence]]:
    """The document's sentences, paragraph by paragraph (in order)."""
    return [list(run) for _, run in groupby(doc_sentences(doc), key=lambda s: s.paragraph.index)]


def in_paragraph(
    sentences: Sequence[Sentence], at: int, before: int = 0, after: int = 0
) -> list[Sentence]:
    """``sentences[at]`` with up to ``before`` sentences before it and ``after`` after it,
    those of its own paragraph only."""
    own = sentences[at].paragraph
    window = sentences[max(0, at - before) : at + after + 1]
    return [s for s in window if s.paragraph is own]


def join_sentences(previous: Sentence, sentence: Sentence) -> Sentence:
    """Two sentences of a paragraph read as one (what lies between them blanked, so offsets
    stay those of ``previous``'s paragraph)."""
    gap = " " * max(0, sentence.start - previous.start - len(previous.text))
    text = previous.text + gap + sentence.text
    return Sentence(previous.paragraph, previous.start, text, tuple(find_quantities(text)))


def word_pairs(text: str) -> set[str]:
    """The two-character runs of ``text`` (its words, as far as two characters tell them)."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` contains one of ``words``."""
    return any(word in text for word in words)


#: Words that make an 完成/执行 label a plan (年度计划完成45公里, 应完成12项).
_PLANNED = r"年初|调整后|下达|目标|(?<!按)计划|应(?:完成|开展|执行|到位|发放)"


#: The names of the budget's funds, and of programmes (奥运争光计划相关支出): the 预算 or 计划
#: in them is no plan.
_FUND_NAME = re.compile(r"一般(?:公共)?预算|政府性基金预算|国有资本经营预算|计划相关")


def role(label: str) -> str:
    """``plan``, ``actual``, ``diff`` or ``other`` from the words before a figure."""
    if re.search(r"调增|调减|增加|减少|差额|调整了|净增|净减", label):
        return "diff"
    label = _FUND_NAME.sub("", label)  # 一般公共预算收入 names a fund, not a plan
    label = label.replace("执行预算", "执行")  # “执行预算资金6.46万元”: the budget spent
    actual_at = max((label.rfind(w) for w in ACTUAL_WORDS), default=-1)
    plan_at = max((label.rfind(w) for w in PLAN_WORDS), default=-1)
    if actual_at > plan_at and not re.search(_PLANNED, label):
        return "actual"  # 预算执行数: the last word says what the figure is
    if plan_at >= 0:
        return "plan"  # 项目支出预算, 年初预算
    return "actual" if actual_at >= 0 else "other"


def income_and_spending(labels: Iterable[str]) -> bool:
    """Figures of what came in and of what went out among ``labels`` (one label each way):
    no one total or base is shared by them."""
    listed = list(labels)
    income = any("收入" in label and "支出" not in label for label in listed)
    return income and any(spending_label(label) for label in listed)


def spending_label(label: str) -> bool:
    """A figure of what went out: 支出, but not 收入 nor money carried over (“年初项目支出
    结转和结余”: what came in from last year)."""
    return "支出" in label and "收入" not in label and not re.search(r"结转|结余", label)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """True when two figures can be added or divided: same kind, and same counting unit."""
    if a.kind != b.kind:
        return False
    return a.kind not in {"count", "measure"} or a.unit == b.unit


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the clause (between ，；、：) around ``position``."""
    stops = "，；、：,;:。"
    start = position
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    end = position
    while end < len(text) and text[end] not in stops:
        end += 1
    return start, end


def part_start(text: str, position: int) -> int:
    """Where the ；-part holding ``position`` begins (its figures belong together)."""
    left = text[:position]
    return max(left.rfind("；"), left.rfind(";")) + 1
