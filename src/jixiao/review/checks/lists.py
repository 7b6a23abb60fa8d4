"""Counts against the names listed for them: “直属事业单位10个，即A、B、…、I。” (counts shared
out of a count, “5家企业分别荣获2个、4个”, are read in :mod:`distributions`).

Only a closed list is counted: it ends the sentence or clause (。；), has no 等, and each
item is a short name. A list closed by 等 before its count (“A、B、C等11个科室”) may
name fewer than the count, never more: it is held to that alone; so is a list after 包括 of
names that end as the word counting them (“包括收入决算表、…、支出决算表等8张报表”).
Brackets inside an item (办公室（行政审批服务处）) are part of the item; a 和/及 before the
last item splits it only when both halves end alike (财政事务中心和国库集中支付中心), so
that 自然资源和生态环境办公室 stays one name.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.list_ends import IN_BRACKETS
from jixiao.review.checks.listed_below import counted_below_findings
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import chinese_count
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_COUNT = r"(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>个|家|所|项)"
#: “N个X，即/分别为/分别是/包括：A、B、C。”, “内设股室8个：A、B、C。”
_FORWARD_HEAD = (
    _COUNT + r"(?P<noun>[^，。,;；:：即]{0,15}?)"
    r"(?:[,，:：]?\s*(?:即|分别为|分别是|包括)[:：]?|(?<=[个家所项室股科构位门心站）)])[:：])"
    r"\s*(?P<items>[^。；;]+)"
)
_FORWARD = re.compile(_FORWARD_HEAD + r"[。；;]")
#: The same list left without its full stop at the end of its paragraph (a web page's line).
_FORWARD_OPEN = re.compile(_FORWARD_HEAD + r"$")
#: The end of a unit's name (市救助站, 办公室（政策法规科）).
_UNIT_NAME = (
    r"(?:中心|站|所|院|室|科|股|处|局|队|办|馆|会|部|组|校|园|厂|场|社|团|台)(?:[（(][^）)]*[）)])?"
)
#: “下设直属单位6个，A、B、C、D、E、F。”: units a body has, listed after a comma (two joined
#: by 和: “内设副科级事业单位2个，财政事务中心和国库集中支付中心。”).
_UNITS_AFTER = re.compile(
    r"(?:下设|内设|设有|所属|下辖)(?P<noun>[^，。,;；:：\d]{0,10}?)"
    + _COUNT
    + r"[,，]\s*(?!即|分别|包括)(?P<items>(?:[^。；;，,、]{2,24}?"
    + _UNIT_NAME
    + r"(?:、|和|及))+"
    r"[^。；;，,、]{2,24}?" + _UNIT_NAME + r")[。；;]"
)
#: “共设A、B、C 12个内设机构”
_BACKWARD = re.compile(
    r"(?:共设|下设|设有|内设)(?P<items>[^。；;:：，,]+?)(?:共)?"
    + _COUNT
    + r"(?P<noun>[^，。,;；]{0,10})"
)
#: “，市文化馆、市图书馆、市交响乐团5家下属单位及…”: units' names, then their count and
#: the word for units, with no verb before them (the list opens its clause).
_NAMED_BEFORE = re.compile(
    r"(?:^|(?<=[，,：:；;。]))(?!共设|下设|设有|内设)(?:由|经|对|向|与|为)?"
    r"(?P<items>(?:[^、，,。；;：:\d]{2,24}?" + _UNIT_NAME + r"、)+"
    r"[^、，,。；;：:\d]{2,24}?"
    + _UNIT_NAME
    + r"等?)(?:共)?"
    + _COUNT
    + r"(?P<noun>(?:下属|直属|所属|二级|基层)?(?:事业)?(?:单位|机构|场馆|医院|学校))"
)
#: “分别在伯岗镇、胡襄镇、岗王镇、皇集乡、大仵乡6个乡镇进行培育”: places named, each a
#: 乡, 镇, 村, 社区 or 街道, then their count and the word for them.
_PLACES = re.compile(
    r"(?:^|(?<=[，,：:；;。]))(?:分别|先后|共)?(?:在|对|向|为|于|覆盖|涉及|包括)?"
    r"(?P<items>(?:[\u4e00-\u9fff]{1,10}?(?:乡|镇|村|社区|街道)、)+"
    r"[\u4e00-\u9fff]{1,10}?(?:乡|镇|村|社区|街道))(?:共)?"
    + _COUNT
    + r"(?P<noun>乡镇|乡|镇|行政村|村|社区|街道)"
)
#: “指标分项目决策、项目过程、项目产出、项目效益四大部分”, “从A、B和C三个方面”: the aspects of a
#: review named, then counted.
_ASPECTS = re.compile(
    r"(?:^(?![从分按在对就])|(?<=[，,：:；;。从分按在对就括盖绕注]))(?P<noun>)"
    r"(?P<items>(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?"
    r"(?:(?:和|及|以及|与)[\u4e00-\u9fff]{2,10}?)?等?)(?:共)?"
    r"(?P<count>[一二两三四五六七八九十]|\d)"
    r"(?P<unit>(?:个|大)(?:方面|部分|维度|环节|板块|领域))"
)
#: “公开表包括A表、B表、…、I表等9张报表”: names that end alike, then their count and the
#: word for them, ending as each name does (…表 / 报表, …项目 / 项目).
_ALIKE = re.compile(
    r"(?:包括|包含|涵盖)[:：]?(?P<items>(?:[^、，,。；;：:\d]{2,30}?、)+[^、，,。；;：:\d]{2,30}?等?)"
    r"(?:共)?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>张|个|项|份|部|本)"
    r"(?P<noun>[\u4e00-\u9fff]{1,4}?)(?=[，,。；;]|$)"
)
#: Figures with a unit: a list of amounts or counts, not of names (县120急救中心 is a name).
_FIGURES = re.compile(  # items with counts or amounts of their own
    r"\d+(?:\.\d+)?\s*(?:%|万|亿|元|个|家|所|项|人|户|次|名|台|辆|件|套|处|座|间|张|场|篇|期|公里|米|亩|吨)"
)
_INNER_COUNT = re.compile(_COUNT)
MAX_ITEM = 30
MIN_ITEMS = 2
MIN_BACKWARD_ITEMS = 3
_SUFFIX = 2


def _two_units(item: str) -> bool:
    """“信息科和县测绘队”: two names of units joined (not 林业和草原服务中心)."""
    left, found, right = item.rpartition("和")
    unit = re.compile(_UNIT_NAME + "$")
    return bool(found and unit.search(left) and unit.search(right))


def _joins_last(item: str, others: list[str]) -> bool:
    """The last item joins two names when the part before its 和 (及, 与) names a unit or
    ends like the other items (中心实验室和科研示范基地 after 办公室; 执行数和决算数 after
    预算数), not when it only qualifies the one name (生态环境和农业农村综合服务中心)."""
    unit = re.compile(_UNIT_NAME + "$")
    endings = {other[-1] for other in others if other}
    for joiner in ("以及", "和", "及", "与"):
        left, found, right = item.rpartition(joiner)
        if found and len(right) >= _SUFFIX and (unit.search(left) or left[-1:] in endings):
            return True
    return False


def _split_last(item: str) -> list[str]:
    """A last item “A和B” is two names when A and B end alike (…中心和…中心), or both end
    as units' names do (县档案馆和县机关事务服务中心)."""
    unit = re.compile(_UNIT_NAME + "$")
    for joiner in ("以及", "和", "及"):
        left, found, right = item.rpartition(joiner)
        alike = len(left) >= _SUFFIX and left[-_SUFFIX:] == right[-_SUFFIX:]
        if found and (alike or (unit.search(left) and unit.search(right))):
            return [left, right]
    return [item]


def list_items(text: str, *, open_end: bool = False) -> list[str] | None:
    """The names of a closed list, or None when it is not one (等, long items); with
    ``open_end``, the names before a closing 等."""
    flat = IN_BRACKETS.sub("", text).strip()
    if open_end and flat.endswith("等"):
        flat = flat[:-1]
    if not flat or "等" in flat[-3:] or _FIGURES.search(flat):
        return None
    items = [item.strip(" 　") for item in flat.split("、")]
    items = [*items[:-1], *_split_last(items[-1])]
    if len(items) < MIN_ITEMS or any(not item or len(item) > MAX_ITEM for item in items):
        return None
    if any(re.search(r"[，,]", item) for item in items):
        return None
    return items


def _label_before(text: str, position: int) -> str:
    left = position
    while left > 0 and text[left - 1] not in "，。；：、,;: " and position - left < 12:
        left -= 1
    return text[left:position]


#: An item that names a group of units, not one (各县区人民医院, 所辖乡镇卫生院).
_GROUP_ITEM = re.compile(r"^(?:和|及|以及)?(?:各|所辖|下属|全市|全县|全区|其他|其余|有关|相关)")


def _finding(sentence: Sentence, match: re.Match[str], minimum: int) -> ReviewFinding | None:
    items = list_items(match.group("items"))
    if match.re is _ASPECTS:
        return _aspects_finding(sentence, match, items)
    if match.re is _NAMED_BEFORE and items and any(_group(item) for item in items):
        return None
    if match.re is _ALIKE and not _end_alike(match):
        return None
    stated = chinese_count(match.group("count"))
    if items is None and match.re in (_BACKWARD, _NAMED_BEFORE, _ALIKE) and stated is not None:
        # “A、B、C等11个科室”: 等 may leave names out, but never names more than the count
        items = list_items(match.group("items"), open_end=True)
        items = items if items is not None and len(items) > stated else None
    if stated is not None:  # “7个内设机构和2个直属单位，分别为…”: both counts listed
        stated += sum(
            chinese_count(c.group("count")) or 0 for c in _INNER_COUNT.finditer(match.group("noun"))
        )
    if items is None or stated is None or len(items) < minimum or stated == len(items):
        return None
    # the last item “A和B” as before; inside the list only two units' names joined
    joined = sum(1 for item in items[:-1] if _two_units(item))
    joined += 1 if _joins_last(items[-1], items[:-1]) else 0
    # “A、B站和C所”: items read as two names give the count; “…，包括A、…、K。另有四个派出
    # 法庭…”: the rest is told right after the list
    read = match.string is sentence.text  # (not a list an export wrapped onto the next line)
    rest = _told_after(sentence.paragraph.text, sentence.start + match.end()) if read else 0
    if len(items) < stated <= len(items) + joined or len(items) + rest == stated:
        return None
    noun = match.group("noun").strip() or _label_before(sentence.text, match.start()) or "单位"
    noun = "" if match.re is _ASPECTS else noun
    unit = match.group("unit")
    message = (
        f"称{noun}{match.group('count')}{unit}，但逐一列举的只有{len(items)}{unit}"
        f"（{'、'.join(items)}），数量不符，请核实。"
        if stated > len(items)
        else f"称{noun}{match.group('count')}{unit}，但列举了{len(items)}{unit}"
        f"（{'、'.join(items)}），数量不符，请核实。"
    )
    return count_finding(sentence, match, message, stated, len(items))


#: The rest of a count told right after its list (“。另有四个派出法庭分别位于…”).
_REST = re.compile(
    r"[。；;，,]?\s*(?:另有|另设|另外(?:还)?有|此外(?:还)?有)(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})"
    r"\s*(?:个|家|所|处|名)"
)


def _told_after(text: str, end: int) -> int:
    """How many more the sentence after a list says there are besides, or 0."""
    rest = _REST.match(text, end)
    return int(chinese_count(rest.group("count")) or 0) if rest else 0


def _end_alike(match: re.Match[str]) -> bool:
    """Every name ends as the word that counts them (…决算表 for 报表)."""
    names = list_items(match.group("items"), open_end=True) or []
    end = match.group("noun")[-1:]
    return bool(names) and all(name.endswith(end) for name in names)


def _aspects_finding(
    sentence: Sentence, match: re.Match[str], items: list[str] | None
) -> ReviewFinding | None:
    """Aspects named then counted: the last name joined by 和 (及, 与) may be one aspect
    (项目产出及效益) or two (效益和满意度), so only a count outside both readings is told;
    with 等, only more names than the count."""
    stated = chinese_count(match.group("count"))
    open_end = items is None
    items = items or list_items(match.group("items"), open_end=True)
    if stated is None or not items:
        return None
    last = [part for part in re.split(r"以及|和|及|与", items[-1]) if part]
    fewest, most = len(items), len(items) - 1 + len(last)
    if fewest <= stated <= most or (open_end and stated > fewest):
        return None
    items = [*items[:-1], *last]
    items[0] = _LEAD.sub("", items[0]) or items[0]
    unit = match.group("unit")
    listed = f"{len(items)}{unit}（{'、'.join(items)}）"
    message = f"称{match.group('count')}{unit}，但列举了{listed}，数量不符，请核实。"
    return count_finding(sentence, match, message, stated, len(items))


#: The words that lead into a list of aspects (评价组从…, 内容包括…), not part of its first name.
_LEAD = re.compile(r"^.*?(?:从|包括|涵盖|围绕)(?=[\u4e00-\u9fff]{2})")


def _group(item: str) -> bool:
    """The item, or the last half of one joined by 和 (及), names a group of units."""
    return any(_GROUP_ITEM.match(part) for part in re.split(r"和|及|以及", item))


def count_finding(
    sentence: Sentence, match: re.Match[str], message: str, stated: Decimal, listed: int
) -> ReviewFinding:
    return make_finding(
        "list-count-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + match.start(), sentence.start + match.end()),
        stated=str(stated),
        recomputed=str(listed),
    )


_PATTERNS = (
    (_FORWARD, MIN_ITEMS),
    (_BACKWARD, MIN_BACKWARD_ITEMS),
    (_UNITS_AFTER, MIN_ITEMS),
    (_NAMED_BEFORE, MIN_BACKWARD_ITEMS),
    (_PLACES, MIN_BACKWARD_ITEMS),
    (_ASPECTS, MIN_BACKWARD_ITEMS),
    (_ALIKE, MIN_BACKWARD_ITEMS),
)


#: “任务共三个，即A 1120人（…）；B 82人（…）。”: items told with figures of their own, one to
#: a clause, closed by the full stop.
_TOLD_ITEMS = re.compile(
    r"(?:共|涉及)"
    + _COUNT
    + r"(?P<noun>[^，。,;；:：即\d]{0,6}?)[,，]?\s*(?:即|分别为|分别是)[:：]?(?P<items>[^。]+)。"
)
_CLAUSE = re.compile(r"[；;]")
_ITEM_HEAD = re.compile(r"^[\u4e00-\u9fff]{4,}")


#: A clause that sums up the items before it, not one more (两项补贴全年累计…, 上述…).
_SUMMING = re.compile(r"^(?:[两二三四五六七八九十\d]+[项个类]|以上|上述|合计|共计|累计)")
#: Names joined inside one clause: two items, not one.
_JOINED = re.compile(r"[、和及与]")


def _unbracketed(text: str) -> str:
    """``text`` with its brackets taken out, nested ones too."""
    while (flat := IN_BRACKETS.sub("", text)) != text:
        text = flat
    return text


def _one_item(clause: str) -> bool:
    """A clause that tells one item: its name, then its one figure (no comma, no names
    joined, no summing word)."""
    head = _ITEM_HEAD.match(clause)
    if head is None or len(clause) > MAX_ITEM * 2 or _SUMMING.match(clause):
        return False
    if re.search(r"[，,]", clause) or _JOINED.search(clause):
        return False
    return len(_FIGURES.findall(clause)) == 1


def _told_items(sentence: Sentence) -> ReviewFinding | None:
    """Items each told with its figure, apart by semicolons, against the count before 即."""
    match = _TOLD_ITEMS.search(sentence.text)
    stated = chinese_count(match.group("count")) if match else None
    if match is None or stated is None:
        return None
    parts = [p.strip() for p in _CLAUSE.split(_unbracketed(match.group("items")))]
    if len(parts) < MIN_ITEMS or not all(_one_item(p) for p in parts):
        return None
    if stated == len(parts):
        return None
    names = [_ITEM_HEAD.match(p).group(0) for p in parts]  # type: ignore[union-attr]
    word = match.group("unit")
    fewer = "只有" if stated > len(parts) else "有"
    message = (
        f"此处称共{match.group('count')}{word}{match.group('noun')}，"
        f"但其后逐项列举的{fewer}{len(parts)}{word}"
        f"（{'、'.join(names)}），数量不符，请核实。"
    )
    return count_finding(sentence, match, message, stated, len(parts))


def check_list_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """A count stated for a list of names that differs from the names listed."""
    findings: list[ReviewFinding] = counted_below_findings(doc)
    for sentence in doc_sentences(doc):
        told = _told_items(sentence)
        if told is not None:
            findings.append(told)
        for pattern, minimum in _PATTERNS:
            for match in pattern.finditer(sentence.text):
                finding = _finding(sentence, match, minimum)
                if finding is not None:
                    findings.append(finding)
        open_end = _open_list(doc, sentence)
        finding = _finding(sentence, open_end, MIN_ITEMS) if open_end else None
        if finding is not None:
            findings.append(finding)
    return findings


_LAST_UNIT = re.compile(_UNIT_NAME + r"$")
#: A line that opens with a name and 、: the list of the line before, wrapped.
_GOES_ON = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,24}?、")


def _open_list(doc: ReportDoc, sentence: Sentence) -> re.Match[str] | None:
    """A list of units that ends its paragraph with no full stop, when the document goes on
    after it (an excerpt may cut the last paragraph) and its last item is a unit's name."""
    paragraph = sentence.paragraph
    ends_paragraph = paragraph.text.rstrip().endswith(sentence.text.rstrip())
    if not ends_paragraph or paragraph.index >= len(doc.paragraphs):
        return None
    match = _FORWARD_OPEN.search(sentence.text.rstrip())
    if match is None or not _LAST_UNIT.search(match.group("items")):
        return None
    wrapped = _GOES_ON.match(doc.paragraphs[paragraph.index].text)
    if wrapped is not None:  # “业务二科、法规科…”: the export wrapped the list onto the next line
        rest = re.split(r"[。；;]", doc.paragraphs[paragraph.index].text, maxsplit=1)
        names = list_items(rest[0]) if len(rest) > 1 else None
        if names is None or not all(_LAST_UNIT.search(name) for name in names):
            return None  # the next line is a sentence of its own
        if set(names) & set(list_items(match.group("items")) or []):
            return None  # “办公室、财务股、业务股均配备…”: the names said again
        return _FORWARD.search(f"{sentence.text.rstrip()}、{rest[0].strip()}。")
    return match
