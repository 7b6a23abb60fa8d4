"""Scores carried by numbered headings: “一、投入（分值18分，自评得18分）” over its
“（一）…（分值10分…）” and “（二）…（分值10分…）” — a parent's 分值 and 得分 equal the sums
of its children's when every child states them. Children may also be items written in the
heading's own paragraph (“学生满意度：分值10分…；家长满意度：分值10分…”). A first heading
that only introduces the project (“一、项目基本情况（自评得分98分）”) and has no scored
children of its own carries the whole score: the scored headings of its level right after it
are its parts (“二、预算执行情况（自评得分10分）”, “三、…（自评得分90分）”)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.structure import numbered_level

#: How far into a heading line its scores are looked for (the name comes first).
HEAD_REACH = 48
MIN_CHILDREN = 2
_NUMBER = r"(\d{1,3}(?:\.\d{1,2})?)\s*分"
_WEIGHT = re.compile(rf"(?:分值|权重|满分|标准分|总分)\s*(?:为|[:：])?\s*{_NUMBER}")
_NOT_SCORE = r"(?!及?以[上下]|提高|降低)"  # “自评90分及以上为优”: a band's floor
_GOT = re.compile(
    rf"(?:自评总分|自评得分|自评得|(?<![年上])自评|得分|实得|(?<![各年])得)\s*(?:为|[:：])?\s*{_NUMBER}"
    + _NOT_SCORE
)
#: The unit's own score, named before any other (“去年得3分，今年自评5分”).
_SELF_GOT = re.compile(
    rf"(?<!上年)(?<!去年)(?<!上年度)自评(?:得分|得)?\s*(?:为|[:：])?\s*{_NUMBER}" + _NOT_SCORE
)
#: “一、项目决策（20分）”: a bare figure in the heading's brackets is its 分值.
#: (“(6分资金到位率…”: the bracket left unclosed.)
_BARE = re.compile(rf"[（(]\s*{_NUMBER}\s*(?:[）)]|(?![钟\d以及为的左制]))")
#: Children that add to or take from the total rather than share it.
_EXTRA = re.compile(r"加分|扣分|附加|减分")


@dataclass(frozen=True, slots=True)
class ScoredHeading:
    """A numbered heading and the 分值 / 得分 it states (None when it states none)."""

    paragraph: Paragraph
    level: int
    weight: Decimal | None
    got: Decimal | None


def _figure(pattern: re.Pattern[str], head: str) -> Decimal | None:
    found = pattern.search(head)
    if found is None:
        return None
    try:
        return Decimal(found.group(1))
    except InvalidOperation:
        return None


def _scored(paragraph: Paragraph) -> ScoredHeading | None:
    level = numbered_level(paragraph.text)
    if level == 0 or paragraph.contents:
        return None
    head = paragraph.text[:HEAD_REACH]
    weight = _figure(_WEIGHT, head) or _figure(_BARE, head)
    return ScoredHeading(paragraph, level, weight, _figure(_SELF_GOT, head) or _figure(_GOT, head))


def _children(headings: list[ScoredHeading], at: int) -> tuple[list[ScoredHeading], bool]:
    """The headings one level below ``headings[at]``, up to its next sibling or ancestor,
    and whether one comes (else the list may be cut off: an excerpt, a lost page)."""
    parent = headings[at]
    children: list[ScoredHeading] = []
    child_level = 0
    for heading in headings[at + 1 :]:
        if heading.level <= parent.level:
            return children, True
        child_level = child_level or heading.level
        if heading.level == child_level:
            children.append(heading)
    return children, False


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _gap(
    parent: ScoredHeading, children: list[ScoredHeading], field: str, closed: bool
) -> tuple[str, str, str] | None:
    """“分值18分，其下2项之和10＋10＝20分”, or None when they agree or cannot be added (a
    list that may be cut off proves only a sum above the parent's)."""
    stated = getattr(parent, field)
    parts = [getattr(child, field) for child in children]
    if stated is None or len(parts) < MIN_CHILDREN or any(part is None for part in parts):
        return None
    added = sum(parts, Decimal(0))
    if added == stated or (added < stated and not closed):
        return None
    name = "分值" if field == "weight" else "得分"
    listed = "＋".join(_points(part) for part in parts)
    total = _points(added)
    where = "其后同级" if children[0].level == parent.level else "其下"
    said = f"{name}{_points(stated)}分，{where}{len(parts)}个子项{name}之和为{listed}＝{total}分"
    return said, f"{_points(stated)}分", f"{total}分"


def _weights_whole(parent: ScoredHeading, children: list[ScoredHeading]) -> bool:
    """The children's 分值 make the parent's: no child is missing, even when the text stops
    after them."""
    weights = [child.weight for child in children]
    if parent.weight is None or len(weights) < MIN_CHILDREN or None in weights:
        return False
    return sum((w for w in weights if w is not None), Decimal(0)) == parent.weight


def _mismatch(
    parent: ScoredHeading, children: list[ScoredHeading], closed: bool
) -> ReviewFinding | None:
    closed = closed or _weights_whole(parent, children)
    gaps = [g for field in ("weight", "got") if (g := _gap(parent, children, field, closed))]
    if not gaps:
        return None
    return make_finding(
        "score-mismatch",
        parent.paragraph,
        f"该级标题所列{'；'.join(g[0] for g in gaps)}，请核实。",
        span=(0, min(len(parent.paragraph.text), HEAD_REACH)),
        stated=gaps[0][1],
        recomputed=gaps[0][2],
    )


def _headings(doc: ReportDoc) -> list[ScoredHeading]:
    return [h for p in doc.paragraphs if (h := _scored(p)) is not None]


Family = tuple[ScoredHeading, list[ScoredHeading], bool]


#: “学生满意度：分值10分，经测评…，自评得分10分；家长满意度：分值10分，…”: items written
#: in the heading's own paragraph, after its first sentence.
_INLINE_ITEM = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{2,12}}[:：]\s*(?:分值|权重)\s*(?:为)?\s*{_NUMBER}"
)


def _inline_children(parent: ScoredHeading) -> list[ScoredHeading]:
    text = parent.paragraph.text
    first = text.find("。")
    if first < 0:
        return []
    children: list[ScoredHeading] = []
    for segment in re.split(r"[；;。]", text[first + 1 :]):
        item = _INLINE_ITEM.match(segment)
        if item is not None:
            got = _figure(_GOT, segment[item.end() :])
            weight = Decimal(item.group(1))
            children.append(ScoredHeading(parent.paragraph, parent.level + 1, weight, got))
    return children


#: “…按评分办法加1分，本项合计自评10分”: a point added under the heading, outside its items.
_ADDED = re.compile(r"(?<!不存在)(?<!没有)(?<![无未不])(?:加\s*\d+(?:\.\d+)?\s*分|加分)")


def _points_added(doc: ReportDoc, headings: list[ScoredHeading], at: int) -> bool:
    """A paragraph of the heading's body, not a heading, adds points (a deduction is the
    items' own: it lowers their scores, which still make the parent's)."""
    parent = headings[at]
    after = (h.paragraph.index for h in headings[at + 1 :] if h.level <= parent.level)
    end = next(after, len(doc.paragraphs) + 1)
    scored = {h.paragraph.index for h in headings}
    body = doc.paragraphs[parent.paragraph.index : end - 1]
    return any(p.index not in scored and _ADDED.search(p.text) for p in body)


#: A heading that introduces the project rather than scoring a part of it.
_SUMMARY = re.compile(
    r"^\s*[一二三四五六七八九十]+[、.．]\s*(?:项目)?(?:基本情况|概况|总体情况|基本概况)"
)


def _summary_parts(headings: list[ScoredHeading], at: int) -> Family | None:
    """The scored headings of a summary heading's level right after it, as its parts, and
    whether a heading of that level without a score closes them."""
    parent = headings[at]
    if parent.got is None or not _SUMMARY.match(parent.paragraph.text):
        return None
    parts: list[ScoredHeading] = []
    for heading in headings[at + 1 :]:
        if heading.level < parent.level:
            break
        if heading.level > parent.level:
            if not parts:
                return None  # children of its own: their sum is its score
            continue
        if _EXTRA.search(heading.paragraph.text[:HEAD_REACH]):
            return None  # points added or taken beside the parts
        if heading.got is None:
            return (parent, parts, True) if len(parts) >= MIN_CHILDREN else None
        parts.append(heading)
    return (parent, parts, False) if len(parts) >= MIN_CHILDREN else None


def _families(doc: ReportDoc, headings: list[ScoredHeading]) -> Iterator[Family]:
    for at, parent in enumerate(headings):
        summary = _summary_parts(headings, at)
        if summary is not None:
            yield summary
            continue
        if parent.weight is None and parent.got is None:
            continue
        children, closed = _children(headings, at)
        if any(_EXTRA.search(child.paragraph.text[:HEAD_REACH]) for child in children):
            continue
        if _points_added(doc, headings, at):
            continue
        inline = _inline_children(parent)
        if len(inline) >= MIN_CHILDREN and not children:
            yield parent, inline, False  # the paragraph may go on past an excerpt's cut
        else:
            yield parent, children, closed


def _own_score(heading: ScoredHeading, body: Sequence[Paragraph]) -> Decimal | None:
    """The heading's 得分: in its head, or the one 自评 score its paragraph ends its text with
    (“（3）项目绩效目标设立(3分)：我县根据…设立绩效目标。自评得3分”) — or, a heading alone on
    its line, the one its body says (“…任务一致，自评得3分。”)."""
    if heading.got is not None:
        return heading.got
    said = _SELF_GOT.findall(heading.paragraph.text)
    if not said:  # (not a year's own score: “该指标2021年度自评得5分”, another year's)
        found = [(p.text, m) for p in body for m in _SELF_GOT.finditer(p.text)]
        said = [m.group(1) for text, m in found if not _DATED.search(text, 0, m.start())]
    return Decimal(said[0]) if len(said) == 1 else None


_DATED = re.compile(r"(?:19|20)\d\d年度?$")


#: A paragraph that sums the whole up (综上, 综合得分, 总分): no one heading's score.
_SUMMING_UP = re.compile(r"综上|综合|总分|总得分|合计")


def _bodies(doc: ReportDoc, headings: list[ScoredHeading]) -> list[Sequence[Paragraph]]:
    """The paragraphs under each heading up to the next heading, those summing the whole up
    left out — none for a heading with headings of its own under it (its body speaks of
    the parts, or of the whole)."""
    bodies: list[Sequence[Paragraph]] = []
    for i, heading in enumerate(headings):
        after = headings[i + 1] if i + 1 < len(headings) else None
        end = after.paragraph.index - 1 if after is not None else len(doc.paragraphs)
        body = doc.paragraphs[heading.paragraph.index : end]
        deeper = after is not None and after.level > heading.level
        bodies.append([] if deeper else [p for p in body if not _SUMMING_UP.search(p.text)])
    return bodies


def _over_weight(heading: ScoredHeading, body: Sequence[Paragraph]) -> ReviewFinding | None:
    """A heading scored above its own 分值."""
    got = _own_score(heading, body)
    if heading.weight is None or got is None or got <= heading.weight:
        return None
    if _EXTRA.search(heading.paragraph.text[:HEAD_REACH]):
        return None  # a 加分 item's points stand beside the 分值
    weight, shown = _points(heading.weight), _points(got)
    return make_finding(
        "table-score-over-weight",
        heading.paragraph,
        f"该项分值{weight}分，得分{shown}分，超过分值，请核实。",
        span=(0, min(len(heading.paragraph.text), HEAD_REACH)),
        stated=f"{shown}分",
        recomputed=f"{weight}分",
    )


def check_heading_scores(doc: ReportDoc) -> list[ReviewFinding]:
    """A heading's 分值 or 得分 that differs from the sum of its children's, and a heading
    scored above its own 分值."""
    headings = _headings(doc)
    findings: list[ReviewFinding] = []
    for parent, children, closed in _families(doc, headings):
        finding = _mismatch(parent, children, closed)
        if finding is not None:
            findings.append(finding)
    bodies = _bodies(doc, headings)
    over = (_over_weight(h, body) for h, body in zip(headings, bodies, strict=True))
    findings += [f for f in over if f is not None]
    return findings
