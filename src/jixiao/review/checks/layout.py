"""The 一级指标 weights a 自评表 gives against the layout it declares, and against the block
that holds them.

The national project layout fixes them in its own note ("一级指标分值统一设置为：产出指标50分、
效益指标30分、服务对象满意度指标10分、预算资金执行率10分"); provinces print their own. When a
table carries such a note, each block heading's weight ("产出指标(70分)") must be the one the
note sets.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.table_totals import overweight_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.scored import scored_tables

_NOTE = re.compile(r"一级指标(?:分值|权重)(?:统一)?设置为[:：]?(?P<list>[^。]{4,80})")
_NOTE_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?P<weight>\d+(?:\.\d+)?)分")
_BLOCK = re.compile(
    r"(?P<name>产出|效益|满意度|(?:预算)?(?:资金)?执行率?)(?:指标)?\s*[（(](?P<weight>\d+(?:\.\d+)?)分[）)]"
)
_KEYS = ("产出", "效益", "满意度", "执行")


def _key(name: str) -> str | None:
    return next((key for key in _KEYS if key in name), None)


def declared_weights(doc: ReportDoc) -> dict[str, Decimal]:
    """The 一级指标 weights a note in the document sets, by 产出/效益/满意度/执行."""
    for paragraph in doc.paragraphs:
        note = _NOTE.search(paragraph.text)
        if note is None:
            continue
        weights: dict[str, Decimal] = {}
        for item in _NOTE_ITEM.finditer(note.group("list")):
            key = _key(item.group("name"))
            if key is not None:
                weights.setdefault(key, Decimal(item.group("weight")))
        return weights
    return {}


def check_layout_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """A block heading whose weight differs from the one the table's own note declares."""
    declared = declared_weights(doc)
    if not declared:
        return []
    findings: list[ReviewFinding] = []
    seen: set[str] = set()
    for paragraph in doc.paragraphs:
        for block in _BLOCK.finditer(paragraph.text):
            key = _key(block.group("name"))
            stated = Decimal(block.group("weight"))
            if key is None or key not in declared or key in seen or stated == declared[key]:
                continue
            seen.add(key)
            message = (
                f"“{block.group('name')}”一级指标设为{block.group('weight')}分，而表中注明一级指标"
                f"分值统一设置为{key}{declared[key]}分，分值设置与规定不符。"
            )
            findings.append(
                make_finding(
                    "layout-weight-mismatch",
                    paragraph,
                    message,
                    span=block.span(),
                    stated=f"{block.group('weight')}分",
                    recomputed=f"{declared[key]}分",
                )
            )
    return findings


FULL = Decimal(100)


@lru_cache(maxsize=4)
def _unspaced(doc: ReportDoc) -> str:
    """The document's text without white space (a table's labels split as “产出 指标”), a
    line per paragraph: read once for the weight checks below."""
    return "".join(re.sub(r"\s+", "", p.text) + "\n" for p in doc.paragraphs)


def check_declared_total(doc: ReportDoc) -> list[ReviewFinding]:
    """The blocks' weights (产出指标(70分), 效益指标(20分), 满意度指标(10分)) with the 执行率
    weight the table's own note sets, against the 100 points of a table that reaches its 总分:
    a table that hands out 110 points."""
    declared = declared_weights(doc)
    text = _unspaced(doc)
    if "执行" not in declared or _PARENT.search(text) or sum(declared.values()) != FULL:
        return []
    blocks: dict[str, Decimal] = {}
    for child in _CHILD.finditer(text):
        blocks.setdefault(child.group("name"), Decimal(child.group("weight")))
    if len(blocks) < len(_KEYS) - 1 or not _TOTAL_ROW.search(text, max(_child_ends(text))):
        return []
    added = declared["执行"] + sum(blocks.values(), Decimal(0))
    if added == FULL or _total_row_says_so(doc):
        return []
    parts = "＋".join(f"{name}{weight.normalize():f}分" for name, weight in blocks.items())
    message = (
        f"预算执行率{declared['执行'].normalize():f}分（按表中注明）＋{parts}＝"
        f"{added.normalize():f}分，而总分为100分，各项分值合计与总分不符。"
    )
    where = next(p for p in doc.paragraphs if _CHILD.search(re.sub(r"\s+", "", p.text)))
    first = max(where.text.find(next(iter(blocks))), 0)
    shown = f"{added.normalize():f}分"
    return [
        make_finding(
            "weight-total-mismatch",
            where,
            message,
            span=(first, first + len(next(iter(blocks))) + 6),
            stated=shown,
            recomputed="100分",
        )
    ]


def _total_row_says_so(doc: ReportDoc) -> bool:
    """The table's own 总分 row already shows the points handed out beyond it (read from
    its rows): that finding names the fault."""
    funds = funds_rows(doc)
    return any(overweight_finding(table, funds) is not None for table in scored_tables(doc))


def _child_ends(text: str) -> list[int]:
    return [m.end() for m in _CHILD.finditer(text)] or [0]


#: “年度绩效目标(80分)”, “绩效指标(90分)”: the block that holds the 一级指标.
_PARENT = re.compile(r"(?:年度)?绩效(?:目标|指标)\d?[（(](?P<weight>\d+(?:\.\d+)?)分[）)]")
#: (not a second-level label that ends like one: 社会效益指标(20分), 服务对象满意度指标)
_CHILD = re.compile(
    r"(?<!社会)(?<!经济)(?<!生态)(?<!对象)(?<!持续)"
    r"(?P<name>产出|效益|满意度)指标[（(](?P<weight>\d+(?:\.\d+)?)分[）)]"
)
_TOTAL_ROW = re.compile(r"总分|合计")
_COST_BLOCK = re.compile(r"成本指标[（(]\d")


#: “预算执行情况(万元)(20分)”: the 资金 block's own points beside the 一级指标.
_EXECUTION = re.compile(r"预算执行情况(?:[（(]万元[）)])?[（(](?P<weight>\d+)分[）)]")
_WHOLE_TABLE = Decimal(100)


def _with_execution(text: str, added: Decimal) -> str:
    """The whole table's points with the 资金 block's, when they miss the 100 of the total."""
    execution = _EXECUTION.search(text)
    if execution is None:
        return ""
    whole = added + Decimal(execution.group("weight"))
    if whole == _WHOLE_TABLE:
        return ""
    return (
        f"连同预算执行情况{execution.group('weight')}分，全表分值合计{whole.normalize():f}分，"
        f"与总分100分不符。"
    )


def check_block_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """The 一级指标 blocks' weights (产出指标(60分), 效益指标(40分) — each counted once, a merged
    cell repeats it) against the block that holds them (年度绩效目标(80分)): above it always,
    below it only when the table goes on to its 总分 or holds the 满意度 block (an excerpt may
    have cut a block off)."""
    text = _unspaced(doc)
    parent = _PARENT.search(text)
    if parent is None:
        return []
    children: dict[str, tuple[Decimal, int]] = {}
    for child in _CHILD.finditer(text, parent.end()):
        children.setdefault(child.group("name"), (Decimal(child.group("weight")), child.end()))
    if len(children) < 2:
        return []
    stated = Decimal(parent.group("weight"))
    added = sum((weight for weight, _ in children.values()), Decimal(0))
    last = max(end for _, end in children.values())
    # the 满意度 block is every layout's last: with it and the two before it, no block is
    # missing (unless a 成本 block carries points of its own, a 一级指标 of some layouts and
    # a 二级 of others)
    closed = {"产出", "效益", "满意度"} <= children.keys() and _COST_BLOCK.search(text) is None
    complete = closed or _TOTAL_ROW.search(text, last) is not None
    if added == stated or (added < stated and not complete):
        return []
    parts = "＋".join(f"{name}{weight.normalize():f}分" for name, (weight, _) in children.items())
    message = (
        f"“{parent.group(0)}”下各一级指标分值为{parts}＝{added.normalize():f}分，"
        f"与该部分分值{parent.group('weight')}分不符。" + _with_execution(text, added)
    )
    where = next(p for p in doc.paragraphs if _PARENT.search(re.sub(r"\s+", "", p.text)))
    return [
        make_finding(
            "weight-total-mismatch",
            where,
            message,
            stated=f"{parent.group('weight')}分",
            recomputed=f"{added.normalize():f}分",
        )
    ]
