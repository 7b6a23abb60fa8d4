"""The same figure stated twice with different values in one self-evaluation report (in
any other document, the “三公” 经费 items a 决算说明 states again under their own headings).

A unit's budget figures (年初预算, 全年预算, 全年执行, 基本支出, 项目支出, 结转结余 …) and
its key rates (预算执行率, 结转结余率 …) are stated several times in a report: in 基本情况,
under the indicator, in the conclusion. Written by hand, they drift apart. A project report
states its project's 全年预算数, 项目资金, 资金到位率 … the same way. Only a figure
named exactly by one of these names counts (财政拨款基本支出 is another figure than 基本支出),
and not in a sentence that compares years or speaks of another year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.document_amounts import document_amounts
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.kind import REPORTS
from jixiao.review.text.kind import DocKind
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any

#: The names a unit's whole-year figures go by, and the kind of figure each is.
NAMED: dict[str, str] = {
    "年初预算": MONEY,
    "年初预算数": MONEY,
    "全年预算": MONEY,
    "全年预算数": MONEY,
    "调整后预算": MONEY,
    "调整后预算数": MONEY,
    "全年执行": MONEY,
    "全年执行数": MONEY,
    "决算支出": MONEY,
    "基本支出": MONEY,
    "项目支出": MONEY,
    "年末结转结余": MONEY,
    "结转结余资金": MONEY,
    "项目资金": MONEY,
    "项目总投资": MONEY,
    "项目预算": MONEY,
    "项目金额": MONEY,
    "资金到位率": PERCENT,
    "预算执行率": PERCENT,
    "部门预算执行率": PERCENT,
    "结转结余率": PERCENT,
    "预算调整率": PERCENT,
    "公用经费控制率": PERCENT,
    "政府采购执行率": PERCENT,
}
_LEAD = re.compile(
    r"^(?:其中|[本该]?项目(?=全年|年初|调整|预算执行|资金到位)|本项目|该项目|共|为|是|达|达到|合计|：|:|\s)+"
    r"|(?:为|是|达|达到|共计|合计|：|:)+$"
)
_PARTS = re.compile(r"其中|分别|分类")
_OTHER_YEAR = re.compile(r"(?:19|20)\d\d\s*年")


#: The items of the “三公” 经费 as a 决算说明 names what was spent on each (支出, 支出决算),
#: numbered or not; a budget (预算) is another figure.
_SANGONG = re.compile(
    r"^(?:[（(][一二三四五六七八九十][)）]|\d[、.．])?\s*"
    r"(?P<name>因公出国[（(]境[)）]费|公务接待费|公务用车购置及运行(?:维护)?费|公务用车购置费"
    r"|公务用车运行(?:维护)?费)用?(?:支出)?(?:决算数?)?(?:为|是)?$"
)


_SANGONG_NAMES = {
    "因公出国（境）费",
    "公务接待费",
    "公务用车购置及运行维护费",
    "公务用车购置及运行费",
    "公务用车购置费",
    "公务用车运行维护费",
    "公务用车运行费",
}


#: A long name that tells whose money, which year and what was done with it (“金寨县某镇人民
#: 政府2023年度下达上级资金转移支付”): written twice word for word, it is one figure.
_LONG_NAME = 16
_SHORTEST = 10
_MONEY_DONE = re.compile(r"(?:下达|安排|拨付|到位|投入)[^，。；]*(?:资金|经费|补助|转移支付)")


def _long_name(quantity: Quantity, core: str) -> str | None:
    """The name from its year on, when the whole is long and tells what was done."""
    year = _OTHER_YEAR.search(core)
    if quantity.kind != MONEY or len(core) < _LONG_NAME or year is None:
        return None
    name = core[year.start() :]
    return name if len(name) >= _SHORTEST and _MONEY_DONE.search(name) else None


def _name(quantity: Quantity) -> str | None:
    if quantity.approx:
        return None
    core = _LEAD.sub("", quantity.label.strip())
    core = _LEAD.sub("", core)
    if (long := _long_name(quantity, core)) is not None:
        return long
    item = _SANGONG.match(core)
    if item is not None and quantity.kind == MONEY:
        return item.group("name").replace("(", "（").replace(")", "）")
    kind = NAMED.get(core)
    return core if kind == quantity.kind else None


def _stated(doc: ReportDoc) -> Iterator[tuple[str, Quantity, Sentence]]:
    for sentence in doc_sentences(doc):
        years = {int(y[:4]) for y in _OTHER_YEAR.findall(sentence.text)}
        if has_any(sentence.text, COMPARE_WORDS) or (years and years != {doc.year}):
            continue
        split = _PARTS.search(sentence.text)
        for quantity in sentence.quantities:
            if split is not None and quantity.start > split.start():
                break  # “其中：基本支出全年预算…”: a part's figure under the same name
            name = _name(quantity)
            if name is not None:
                yield name, quantity, sentence


def _agree(a: Quantity, b: Quantity) -> bool:
    """Equal at the coarser of the two precisions written."""
    return abs(a.value - b.value) <= max(a.ulp, b.ulp)


#: “本项目全年预算数…”: a figure of the project itself, not of one of its sub-projects.
_OWN = re.compile(r"^(?:[本该]项目|项目(?=全年|年初|调整|预算执行|资金到位))")
#: A name stated with this many values is a per-item name (each sub-project's 全年预算数).
PER_ITEM_VALUES = 3


def _statements(doc: ReportDoc) -> list[tuple[str, Quantity, Sentence]]:
    """The named figures to compare: in a project report only those said of the project
    itself (a report on several sub-projects states each one's 全年预算数), and no name
    stated with three values or more."""
    stated = list(_stated(doc))
    if doc.identity.kind not in REPORTS:  # a 决算说明's own names: the “三公” items alone
        stated = [item for item in stated if item[0] in _SANGONG_NAMES]
    if doc.identity.kind is DocKind.PROJECT_REPORT:
        own = {name for name, q, _ in stated if _OWN.match(q.label.strip())}
        stated = [item for item in stated if item[0] in own or _OTHER_YEAR.match(item[0])]
    stated += document_amounts(doc)
    values: dict[str, set[Decimal]] = {}
    for name, quantity, _ in stated:
        values.setdefault(name, set()).add(quantity.value)
    return [item for item in stated if len(values[item[0]]) < PER_ITEM_VALUES]


def check_consistency(doc: ReportDoc) -> list[ReviewFinding]:
    """A named figure stated again with another value."""
    first: dict[str, tuple[Quantity, Sentence]] = {}
    findings: list[ReviewFinding] = []
    reported: set[str] = set()
    for name, quantity, sentence in _statements(doc):
        if name not in first:
            first[name] = (quantity, sentence)
            continue
        earlier, where = first[name]
        if _agree(earlier, quantity) or name in reported:
            continue
        reported.add(name)
        message = (
            f"“{name}”在第{where.paragraph.index}段为{earlier.text}，此处为{quantity.text}，"
            "同一数据前后不一致，请核实。"
        )
        findings.append(
            make_finding(
                "figure-inconsistent",
                sentence.paragraph,
                message,
                span=sentence.span_of(quantity),
                stated=quantity.text,
                recomputed=earlier.text,
            )
        )
    return findings
