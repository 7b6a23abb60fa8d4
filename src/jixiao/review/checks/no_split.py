"""Figures after a 其中 (or another mark) that do not split the total: standards per head,
members counted twice, parts that hold other parts or another year's money, a subset opened
by a count of its own, a plan and a result side by side, nested thresholds."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import role

#: Standards per head (每人每月…城市720元), or members counted twice (既属…又属, 同时享受,
#: 已剔除重复): the figures after the mark do not add up to the total.
_NOT_SUMMED = re.compile(
    r"每[人户月年亩生个次]|标准|人均|户均|既属|又属|同时享受|同时属于|重复|交叉"
)
#: Members counted twice, said in a bracket after a part (“（其中15人既属重病又属重残）”).
_TWICE = re.compile(r"[（(](?:其中|含)[^）)]*(?:既|又|同时|重复)")


def not_a_split(text: str, start: int, end: int) -> bool:
    return bool(_NOT_SUMMED.search(text, start, end) or _TWICE.search(text, start, end))


def _holds_another(text: str, parts: list[Quantity]) -> bool:
    """A part whose bracket holds another part (“残疾学生320人次（含家庭经济困难的残疾学生70
    人次）” beside “家庭经济困难学生2100人次”), or money of another year (“乙项目100万元（含
    上年结转资金20万元）”): the parts overlap, or hold more than the total."""
    for part in parts:
        inside = re.match(r"\s*[（(]含([^）)]*)[）)]", text[part.end :])
        if inside is None:
            continue
        if re.search(r"结转|结余|上年", inside.group(1)):
            return True
        names = (o.label.removeprefix("其中").strip("：:，, ")[:4] for o in parts if o is not part)
        if any(len(name) >= 2 and name in inside.group(1) for name in names):
            return True
    return False


#: “其中亿元以上项目5个…；5亿元以上项目3个”: nested thresholds, not parts.
_THRESHOLD = re.compile(r"以上|以下")


def no_parts(sentence: Sentence, total: Quantity, start: int, parts: list[Quantity]) -> bool:
    """Figures after the mark that do not split the total: parts that overlap, a subset,
    nested thresholds (“其中亿元以上项目5个…；5亿元以上项目3个”)."""
    if _holds_another(sentence.text, parts) or _subset(sentence, total, start, parts):
        return True
    return sum(1 for part in parts if _THRESHOLD.search(part.label)) >= 2


def _counted_parts(sentence: Sentence, start: int) -> bool:
    """“其中…“优”的项目79个财政资金3038.38万元；…“良”的项目11个财政资金201.9万元”: each
    part gives its count, then its amount — a list of parts, not a subset opened by a count."""
    kinds = [
        q.kind
        for q in sentence.quantities
        if q.start >= start and q.kind in (COUNT, MONEY) and not q.in_brackets
    ]
    pairs = 0
    while kinds[2 * pairs : 2 * pairs + 2] == [COUNT, MONEY]:
        pairs += 1
    return pairs >= 2


def _counts_its_part(sentence: Sentence, count: Quantity) -> bool:
    """“其中，安排…8项约束性任务资金合计575218万元，…”: the count is said in the first part's
    own name, with no break before its amount — the part, not a subset of its own."""
    after = next((q for q in sentence.quantities if q.start >= count.end), None)
    if after is None or after.kind != MONEY:
        return False
    return re.search(r"[，,；;。:：、]", sentence.text[count.end : after.start]) is None


#: The rest of a list named by its kind alone (其他支出, 其他资金): no plan or result word.
_REST = re.compile(r"^其他[\u4e00-\u9fff]{0,8}?(?:支出|资金|收入)$")


_ASPECTS = re.compile(r"\s*方面")


def _subset(sentence: Sentence, total: Quantity, start: int, parts: list[Quantity]) -> bool:
    """A 其中 that describes a subset, not the total's parts: opened by a count of its own
    (“…完成投资4.28亿元。其中省、市重点项目11个，年度投资计划5.71亿元，完成投资2.13亿元”),
    or giving a plan and a result side by side."""
    first = next((q for q in sentence.quantities if q.start >= start and q.kind != "date"), None)
    opened = first is not None and first.kind == COUNT and total.kind != COUNT
    if first is not None and _ASPECTS.match(sentence.text, first.end):
        opened = False  # “主要用于以下三个方面：”: how many parts follow, not a subset
    if opened and first is not None and not _counts_its_part(sentence, first):
        return not _counted_parts(sentence, start)
    # “…教育支出预算614.70万元，…其他支出23万元”: the rest (其他…) says no role of its own
    roles = {role(p.label) for p in parts if not _REST.match(p.label.lstrip("，,、；;"))}
    return {"plan", "actual"} <= roles


#: A score's weight or a deduction, said beside the score an item got (“分值10分，…得9.59分”).
_NOT_GOT = re.compile(r"分值|满分|权重|扣")
_GOT = re.compile(r"得(?:分)?(?:为|是)?$")


def scores_got(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """Of the scores after a 得分 total's 其中 (“预算执行率指标分值10分，…得9.59分；产出指标
    分值50分，…扣2分，得48分；…”), the ones each item got, when every item says one."""
    if total.kind != SCORE or "得" not in total.label:
        return parts
    got = [p for p in parts if _GOT.search(p.label) and not _NOT_GOT.search(p.label)]
    rest = [p for p in parts if p not in got]
    if got and rest and all(_NOT_GOT.search(p.label) for p in rest):
        return got
    return parts


_COLUMN = re.compile(r"年初预算|全年预算|调整后?预算|全年执行|执行数|实际支出|决算")


def same_column(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """“全年执行566.16万元，其中：基本支出年初预算…、全年预算…、全年执行345.28万元、项目支出…”:
    when the parts name several columns, only those of the total's column add up to it."""
    columns = [_COLUMN.search(p.label) for p in parts]
    if len({c.group(0) for c in columns if c}) < 2:
        return parts
    own = _COLUMN.search(total.label)
    if own is None:
        return []
    return [p for p, c in zip(parts, columns, strict=True) if c and c.group(0) == own.group(0)]
