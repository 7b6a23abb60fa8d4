"""A 其中： that closes its paragraph, its parts in the numbered paragraphs after it:
“…专项经费指标总额为84万元，其中：” then “1、…专项经费指标为36万元，用于…；” …; and parts
announced after a total and enumerated over several sentences of its paragraph: “区直单位
12774万元。区直单位项目有：一是…下达预算资金9378万元。具体是：…。二是…5009万元。”"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import qizhong_claims
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import count_of
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import role
from jixiao.review.text.structure import numbered_level

_ASPECTS = r"用于以下[\u4e00-\u9fff]{0,4}方面"
_LIST_AT_END = re.compile(rf"(?:其中|(?:主要|具体)包括|(?<=[。\s])(?:主要)?{_ASPECTS})\s*[:：]\s*$")
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]|[（(]\s*\d{1,2}\s*[）)]|[①-⑳])\s*")
MAX_ITEMS = 12


def _item_head(text: str, want: str = "") -> str | None:
    """A numbered item up to its first amount (its own figure), its number taken off; an
    item stating its budget and then its result (年初预算为A，支出决算为B) under a total that
    is a result (or the other way round) is read with the amount of the total's kind."""
    body = _ITEM.sub("", text, count=1)
    money = [q for q in find_quantities(body) if q.kind == MONEY]
    if not money:
        return None
    first = money[0]
    stop = body.find("。", first.end)
    own = money[1] if len(money) > 1 and (stop < 0 or money[1].start < stop) else None
    kinds = {role(first.label), role(own.label)} if own else set()
    mine = own is not None and role(own.label) == want and role(first.label) == "other"
    if mine and own:  # “档案整理费5万元，实际已支付5万元”: the name with what it paid
        return body[: first.start] + own.text
    if want and own and kinds == {"plan", "actual"} and role(first.label) != want:
        return body[: first.start - len(first.label)] + own.label + own.text
    return body[: first.end]


#: An unnumbered item line: its name, then its amount (“人员经费489.18万元，主要包括：…”).
_NAMED_ITEM = re.compile(r"^[\u4e00-\u9fff“”（）()]{2,20}?(?:为|是)?\d")


def item_heads(doc: ReportDoc, at: int, want: str | None = None) -> list[str]:
    """The heads of the items right after paragraph ``at``: numbered paragraphs, or
    paragraphs that each open with a name and its amount (none when a numbered one states
    no amount: the list cannot be added up); each with its amount of the kind ``want``
    (plan or actual; by default the kind of the paragraph's last amount)."""
    heads: list[str] = []
    want = _total_kind(doc.paragraphs[at].text) if want is None else want
    following = doc.paragraphs[at + 1 : at + 1 + MAX_ITEMS]
    numbered = bool(following) and _ITEM.match(following[0].text) is not None
    level = numbered_level(following[0].text) if following else 0
    if not numbered and level:
        return _outline_heads(following, level, want)
    for before, item in zip([doc.paragraphs[at], *following], following, strict=False):
        if not numbered and _goes_on(before.text, item.text):
            continue  # “…，主要包括：” / “基本工资、津贴补贴、…”: an item's own uses, no figure
        if item.is_heading or not (_ITEM if numbered else _NAMED_ITEM).match(item.text):
            break
        head = _item_head(item.text, want) if numbered else _named_head(item.text)
        if head is None:
            return []
        heads.append(head)
        if item is doc.cut_off():
            # the list runs into a text cut off: it may go on past the cut, unless the
            # items already name a whole (人员经费 and 公用经费)
            return heads if names_whole(heads) else []
    return heads


def _goes_on(before: str, text: str) -> bool:
    """A line with no figure that carries on an item line (a PDF's broken 主要包括 list)."""
    if find_quantities(text):
        return False
    return before.rstrip().endswith((":", "：", "、")) or text.rstrip().endswith("、")


def _total_kind(text: str) -> str:
    """Whether the last amount before the closing 其中 is a budget or a result."""
    money = [q for q in find_quantities(text) if q.kind == MONEY]
    return role(money[-1].label) if money else ""


#: An item's number of any level (一、 （一） 1. （1） ①), taken off its head: in the joined
#: text, a （一） would read as the next section.
OUTLINE_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}\s*[、.．](?!\d)|[①-⑳])\s*"
)


def _outline_heads(following: Sequence[Paragraph], level: int, want: str) -> list[str]:
    """“其中：” then “（一）…543.10万元；” “1.…” “2.…” “（二）…6.50万元；”: the items of the
    first item's level, the lines under each passed over."""
    heads: list[str] = []
    for item in following:
        own = numbered_level(item.text)
        if own > level:
            continue
        head = _item_head(OUTLINE_NUMBER.sub("", item.text), want) if own == level else None
        if head is None:
            return heads if own < level else []
        heads.append(head)
    return heads


def _named_head(text: str) -> str:
    return text[: find_quantities(text)[0].end]


_USES = re.compile(rf"{_ASPECTS}\s*[:：]\s*$")


def _one_total_in(text: str) -> bool:
    """The aspects a sum was used for (“主要用于以下三个方面：”) split the one amount of their
    paragraph, not the last of two (“共投入A，实际使用B。主要用于…”)."""
    if not _USES.search(text):
        return True
    return sum(1 for q in find_quantities(text) if q.kind == MONEY) == 1


def item_claims(doc: ReportDoc) -> list[SumClaim]:
    """Totals whose 其中 closes their paragraph, with the amounts of the numbered items
    after it as their parts (judged on the total's paragraph)."""
    claims: list[SumClaim] = []
    for at, paragraph in enumerate(doc.paragraphs):
        opening = _opening(paragraph.text)
        if opening is None:
            continue
        heads = item_heads(doc, at)
        if len(heads) < 2:
            continue
        text = opening + "；".join(heads) + "。"
        joined = Sentence(paragraph, 0, text, tuple(find_quantities(text)))
        claims.extend(c for c in qizhong_claims(joined) if c.parts[-1].start >= len(opening))
    return claims


#: “支出总额为57296.97元，结余78671.03元。具体资金用途如下：”: the items say where the money
#: spent went.
_USES_BELOW = re.compile(
    r"。\s*(?:具体|主要)?(?:资金)?(?:用途|使用情况|支出情况|使用明细|支出明细)(?:如下)?[:：]\s*$"
)
_SPENT = re.compile(r"支出|使用|用于")


def _opening(text: str) -> str | None:
    """The paragraph as the opening of its items' list, ending with its 其中, or None: a
    closing “其中：” as it stands (one amount before “主要用于以下方面：”), a closing “具体资金用途
    如下：” as the one amount spent it follows (“…支出总额为A，结余B。”: A, 其中)."""
    if _LIST_AT_END.search(text):
        return text if _one_total_in(text) else None
    uses = _USES_BELOW.search(text)
    if uses is None:
        return None
    spent = [q for q in find_quantities(text[: uses.start()]) if q.kind == MONEY]
    spent = [q for q in spent if _SPENT.search(q.label)]
    return text[: spent[0].end] + "，其中：" if len(spent) == 1 else None


_ANNOUNCED = re.compile(
    r"(?<=元)。(?P<announce>[^，。；,;:：\d]{0,16}(?:有|包括|为)[:：])\s*(?=一是)"
)
_MARK = re.compile(r"[一二三四五六七八九十]是")


def _enumerated_heads(text: str, marker: re.Pattern[str] = _MARK) -> list[str]:
    """Each 一是/二是… (or ①②…) item up to its first amount (none when one states no
    amount)."""
    marks = list(marker.finditer(text))
    heads: list[str] = []
    for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
        segment = text[mark.end() : nxt.start() if nxt else len(text)]
        money = next((q for q in find_quantities(segment) if q.kind == MONEY), None)
        if money is None:
            return []
        heads.append(segment[: money.end])
    return heads


def enumerated_claims(doc: ReportDoc) -> list[SumClaim]:
    """A total, then “…有：一是…二是…” whose items run over several sentences of the same
    paragraph (one sentence is read by the sentence's own claims)."""
    claims: list[SumClaim] = []
    for paragraph in doc.paragraphs:
        announced = _ANNOUNCED.search(paragraph.text)
        if announced is None:
            continue
        items = paragraph.text[announced.end() :]
        heads = _enumerated_heads(items)
        if len(heads) < 2 or "。" not in items[: items.rfind(heads[-1])]:
            continue
        claims.extend(_listed(paragraph, paragraph.text[: announced.start()], heads))
    return claims


def _listed(paragraph: Paragraph, prefix: str, heads: list[str]) -> list[SumClaim]:
    """The claims of ``prefix``'s total with the items' ``heads`` as a 其中 list after it."""
    text = prefix + "，其中：" + "；".join(heads) + "。"
    joined = Sentence(paragraph, 0, text, tuple(find_quantities(text)))
    return [c for c in qizhong_claims(joined) if c.parts[-1].start >= len(prefix)]


#: “区级年初预算200万元专项资金，具体用于支付：①…34.96万元，…；②…105.04万元，…”: a total,
#: then the uses circled in order to the paragraph's end.
_CIRCLED_OPEN = re.compile(
    r"(?<=元)[^。；;:：\d]{0,16}?(?:用于|包括|安排)[^。；;:：\d]{0,6}[:：]\s*(?=①)"
)
_CIRCLED = re.compile(r"[①-⑳]")


def circled_claims(doc: ReportDoc) -> list[SumClaim]:
    """A total and its uses circled ①②… after a colon, each item's first amount its part."""
    claims: list[SumClaim] = []
    for paragraph in doc.paragraphs:
        opened = _CIRCLED_OPEN.search(paragraph.text)
        if opened is None:
            continue
        items = paragraph.text[opened.end() :]
        marks = "".join(_CIRCLED.findall(items))
        if marks != "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[: len(marks)]:
            continue  # not circled in order: another list runs into it
        heads = _enumerated_heads(items, _CIRCLED)
        if len(heads) < MIN_CIRCLED:
            continue
        claims.extend(_listed(paragraph, paragraph.text[: opened.start()], heads))
    return claims


MIN_CIRCLED = 2


#: A total, then its parts numbered inline after a colon, in the same sentence: “…预算安排
#: 520万元，与上年持平：一、因公出国（境）费预算170万元，…，二、…150万元，…，三、…”.
_INLINE = re.compile(r"(?<=元)[^。；;:：]{0,24}[:：]\s*(?=一、)")
_NUMERALS = "一二三四五六七八九十"
_NOT_PARTS = re.compile(r"用于|支持|成效|效益|成果|措施|工作|以下|如下|包括")
_OPEN_END = re.compile(r"等$|其余|其他|此外|另有")
_CHANGE = re.compile(r"增加|减少|增长|下降|较|比")
_PRIOR = re.compile(r"上年|去年|上一年")


def _numbered(sentence: str, numerals: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the items numbered 一、二、… (or 1. 2. …) start and their text begins."""
    starts: list[tuple[int, int]] = []
    at = 0
    for numeral in numerals:
        found = re.compile(rf"(?<![\d.]){numeral}[、.．]").search(sentence, at)
        if found is None:
            break
        starts.append((found.start(), found.end()))
        at = found.end()
    return starts


def _inline_heads(text: str, numerals: tuple[str, ...] = tuple(_NUMERALS)) -> list[str]:
    """The items 一、二、三、… of ``text`` (up to its 。), each up to its first amount."""
    sentence = text.split("。", 1)[0]
    starts = _numbered(sentence, numerals)
    heads: list[str] = []
    for (_, start), nxt in zip(starts, [*starts[1:], None], strict=True):
        segment = sentence[start : nxt[0] if nxt else len(sentence)]
        money = [q for q in find_quantities(segment) if q.kind == MONEY]
        if not money or _CHANGE.search(money[0].label) or _PRIOR.search(money[0].label):
            return []
        split = segment.find("其中")
        levels = [
            q for q in money[1:] if not _CHANGE.search(q.label) and (split < 0 or q.start < split)
        ]
        if levels:
            return []  # two amounts side by side (购置费…，运行维护费…): no one part
        heads.append(segment[: money[0].end])
    return heads


def inline_item_claims(doc: ReportDoc) -> list[SumClaim]:
    """A total whose parts are numbered 一、二、… after a colon in its own sentence."""
    claims: list[SumClaim] = []
    for paragraph in doc.paragraphs:
        for opened in _INLINE.finditer(paragraph.text):
            if _NOT_PARTS.search(opened.group(0)):
                continue  # what the money did or mainly went to: not its parts
            rest = paragraph.text[opened.end() :].split("。", 1)[0]
            if _OPEN_END.search(rest):
                continue  # “…等”, “其余…”: the list does not name the whole
            heads = _inline_heads(paragraph.text[opened.end() :])
            if len(heads) < 2:
                continue
            prefix = paragraph.text[: opened.start()]
            prefix = prefix[prefix.rfind("。") + 1 :]
            text = prefix + "，其中：" + "；".join(heads) + "。"
            joined = Sentence(paragraph, 0, text, tuple(find_quantities(text)))
            claims.extend(c for c in qizhong_claims(joined) if c.parts[-1].start >= len(prefix))
    return claims


#: “…7144万元用于以下2个项目：1.…100万元；2.…7004万元；”: the items the text counts.
_COUNTED = re.compile(
    r"(?<=元)[^。；;:：]{0,16}以下(?P<n>[两二三四五六七八九]|\d{1,2})个(?:项目|方面)[:：]\s*(?=1[.、．])"
)


def counted_item_claims(doc: ReportDoc) -> list[SumClaim]:
    """A total spent on as many numbered items as the text counts, each with its amount: the
    list is declared whole."""
    claims: list[SumClaim] = []
    for paragraph in doc.paragraphs:
        for opened in _COUNTED.finditer(paragraph.text):
            number = opened.group("n")
            count = count_of(number)
            numerals = tuple(str(n) for n in range(1, count + 2))
            heads = _inline_heads(paragraph.text[opened.end() :], numerals)
            if len(heads) != count or count < 2:
                continue
            claims.extend(counted_heads_claims(paragraph, opened.start(), heads))
    return claims


def heads_claims(paragraph: Paragraph, opening: str, heads: list[str]) -> list[SumClaim]:
    """The claims of ``opening`` (text ending with its total) over the ``heads`` of the items
    below it, read as “opening，其中：head；head；…”: those whose parts are the heads."""
    text = opening + "，其中：" + "；".join(heads) + "。"
    joined = Sentence(paragraph, 0, text, tuple(find_quantities(text)))
    found = qizhong_claims(joined)
    return [c for c in found if c.parts[-1].start >= len(opening) and len(c.parts) == len(heads)]


def counted_heads_claims(
    paragraph: Paragraph, end: int, heads: list[str], start: int = 0
) -> list[SumClaim]:
    """The total of the sentence ending at ``end`` (from ``start`` on) over the ``heads`` of
    the items the text counts (as many as it says): their list is declared whole."""
    prefix = paragraph.text[start:end]
    prefix = prefix[prefix.rfind("。") + 1 :]
    return [replace(c, declared=True) for c in heads_claims(paragraph, prefix, heads)]
