"""Where a list of parts after a 其中 ends: at what is set beside the total rather than inside
it (另有, 退休 …, the next section's number), at the next item of an outer enumeration, and, for
counts joined by 、, at the list's comma; a part's own reason or use, up to its ；, is passed
over. Also the figures after which a list is over (progress, the list's own sum, an
adjustment of the total) and the rates a part carries of its own."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.partitions import beyond_whole
from jixiao.review.checks.sum_tolerance import slip_apart
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import same_measure

#: What follows these is set beside the total, not inside it (另有离退休人员47人).
ASIDE = re.compile(
    r"另有|此外|另外|不含|不包括|未计入|退休|离休|遗属|编外|临聘|劳务派遣|所以|因此"
    r"|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"  # the next section
    r"|[；;]\s*(?:本次|此次|本轮)"  # another statement: 本次纳入评价范围的资金…
)
#: “其中：中央资金A，省级资金B；用于直发直补资金…”: after a split by source, one by use
#: (not when the parts themselves are named by use: “1.用于…；2.用于…”).
_BY_USE = re.compile(r"[；;]\s*(?:主要|具体|实际|其余)?用于")
_SOURCES = re.compile(r"中央|省级|市级|县级|区级|本级|上级|地方|自筹")
#: A document's number (川财农〔2023〕44号) outside brackets starts another statement.
_DOCUMENT = re.compile(r"〔(?:19|20)\d\d")
#: “…654.17万元，其中补助地方30万元；2、示范性全民健身活动559.52万元”: the next item of an
#: outer enumeration ends the list, unless the list itself was numbered from the item before.
_NEXT_ITEM = re.compile(r"[；;]\s*(\d{1,2})(?:[、．]|\.(?!\d))")


def _outer_item(text: str, start: int, end: int) -> int:
    for match in _NEXT_ITEM.finditer(text, start, end):
        number = int(match.group(1))
        if number >= 2 and not re.search(
            rf"(?<!\d){number - 1}[、.．]", text[start : match.start()]
        ):
            return match.start()
    return end


#: “其中A 4个、B 5个、C 2个，涉及部门7个”: a list of counts joined by 、 ends at its comma.
_COUNT_LIST = re.compile(r"^[^，,；;。、]*\d[^，,；;。、]*、[^，,；;。]*?(?=[，,；;])")


#: A bracket with no bracket inside it.
IN_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")
_MORE_ITEMS = re.compile(
    r"[，,]\s*(?P<name>[\u4e00-\u9fff]{2,12}?)\s*\d+\s*(?P<unit>[\u4e00-\u9fff])(?=[，,；;。]|$)"
)
_VERB_OPENING = re.compile(
    r"^(?:涉及|覆盖|受益|惠及|带动|共|累计|合计|完成|实现|新增|其中|另有|含|包括|全年|全县|全市|全区)"
)


def _count_list_end(sentence: Sentence, total: Quantity, start: int, end: int) -> int:
    if total.kind != COUNT:
        return end
    # (the 、 of a part's own breakdown in brackets join no counts of the list)
    flat = IN_BRACKETS.sub(_blank, sentence.text)
    listed = _COUNT_LIST.match(flat[start:end])
    if not listed:
        return end
    at = start + listed.end()
    # “其中动力机械709台、种植机械27台，收获机械38台，…”: the list goes on past its comma in
    # clauses of a name and a count of the same unit, no verb opening them (not “涉及部门7个”)
    while (more := _MORE_ITEMS.match(sentence.text, at, end)) and more.group("unit") == total.unit:
        if _VERB_OPENING.match(more.group("name")):
            break
        at = more.end()
    return at


#: “基本支出932.50万元，比上年增加39.77万元，主要原因是…离休人员离休费…；项目支出…”: a
#: part's own reason or use, up to its ；, says nothing of where the list ends.
_PART_CLAUSE = re.compile(r"(?<=[，,])(?:主要原因是|主要用于|原因是|主要是)[^；;。]*(?=[；;])")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


#: “实有人员A人，其中在职人员B人，离休人员C人，退休人员D人”: a list that opens with those
#: 在职 counts those retired among its parts (also “其中，局机关在职113人、离休2人、退休75人”).
_IN_SERVICE = re.compile(r"[\s:：，,]*(?:[\u4e00-\u9fff]{1,4}?)?在职")
_RETIRED = ("退休", "离休")


def list_end(sentence: Sentence, total: Quantity, start: int, end: int) -> int:
    """Where the parts of ``total`` opened at ``start`` end, ``end`` at the latest."""
    end = _count_list_end(sentence, total, start, _outer_item(sentence.text, start, end))
    text = _PART_CLAUSE.sub(_blank, sentence.text)
    # a total of those in post (在职实有人数60人) has no retired among its parts
    by_status = _IN_SERVICE.match(text, start + len("其中")) and "在职" not in total.label
    by_status = by_status or "离退休" in total.label  # (its parts are the retired)
    for aside in ASIDE.finditer(text, start, end):
        # (of money, 退休费 and 遗属补助 are parts like any other)
        paid = total.kind == MONEY and aside.group(0) in (*_RETIRED, "遗属")
        # (nor does a part's own breakdown in brackets: 局本级187人（在职…、退休人员8人）)
        own = _open_bracket(text[start : aside.start()])
        if not (by_status and aside.group(0) in _RETIRED) and not paid and not own:
            end = aside.start()
            break
    use = _BY_USE.search(text, start, end)
    if use is not None and _SOURCES.search(text, start, use.start()):
        end = use.start()  # a split by source, then one by use
    cited = (m for m in _DOCUMENT.finditer(text, start, end) if _run_on(sentence, text, m))
    return next((m.start() for m in cited), end)


def _run_on(sentence: Sentence, text: str, match: re.Match[str]) -> bool:
    """A document's number right after a figure with no stop between (“…63.94万元川财农〔2023〕
    44号下达…”): a new statement run on, not a part's own reference (“，根据…〔2023〕12号文件
    下达中央资金100万元”), nor one in brackets."""
    if _bracketed(text, match):
        return False
    ends = [q.end for q in sentence.quantities if q.end <= match.start()]
    return bool(ends) and not re.search(r"[，,；;、：:。]", text[ends[-1] : match.start()])


def _bracketed(text: str, match: re.Match[str]) -> bool:
    return _open_bracket(text[: match.start()])


def _open_bracket(before: str) -> bool:
    """``before`` ends inside a bracket it opened."""
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


# --- the figures after a 其中 that end its parts, and the rates that do not ---------------

#: A part's rate against its own plan (占预算的, 为年初预算的, 完成计划的): not a share of the
#: total, and no end of the list.
_OWN_PLAN_RATE = re.compile(r"^(?:占|为|完成)(?:年初|调整后?|全年)?(?:预算|计划|任务)数?的?$")
_OWN_CHANGE_RATE = re.compile(r"^(?:同比|比上年|较上年|可比)?(?:增长|下降|增加|减少)了?$")

#: Parts that are themselves adjustments (年初…，追加…，调减…): a signed part belongs to them.
_ADDED = re.compile(r"追加|调增|增加|新增|年初|年中")
_CUT_AFTER = re.compile(r"^[，,]?(?:调减|核减|扣减)")


def _labels(parts: list[Quantity]) -> str:
    return "｜".join(p.label for p in parts)


#: How far the money has gone (已拨付, 实际支出 …): the state of the total, not a part of it.
_STATUS = re.compile(
    r"已(?:经)?(?:拨付|支付|下达|到位|使用|支出|兑付|发放)|(?<!上年)累计(?:拨付|支付|支出)"
    r"|^[，,]?(?:实际)?(?:到位资金|资金到位)"  # “…，到位资金48万元，资金到位率100%”
    r"|^[，,]?\s*实际(?:拨付|支付|使用|支出|发放)"  # “…，实际拨付使用6.38万元”
)


#: “…，两项合计90万元”: the list's own sum (not “三是…经费共计4.5万元”, an item's amount).
_LIST_SUM = re.compile(
    r"^[，,、；;\s]*(?:以上|上述|各项|[二两三四五六七八九\d]项)?(?:合计|共计|小计|总计)"
)


def ends_parts(sentence: Sentence, total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """A figure after which the list is over: progress (“…，目前已拨付106.36万元”), a new
    statement, the list's own sum (“两项合计90万元”), or an adjustment of the total after
    its parts (“…，孤儿基本生活保障金11万元，调减40万元”)."""
    if _STATUS.search(q.label) or _leaves_list(sentence, total, parts, q):
        return True
    if parts and _nested_ends(sentence, total, parts, q):
        return True
    if parts and _LIST_SUM.search(q.label):
        return True
    return bool(_CUT_AFTER.match(q.label) and len(parts) >= 2 and not _ADDED.search(_labels(parts)))


#: What opens an outer list whose part a 其中 splits again: 其中, or a key naming the parts
#: (“从征收部门来看：税务部门完成A，其中增值税B；财政部门完成C”, “分项情况是：…”).
_OUTER_OPENER = re.compile(r"其中|来看[:：]|情况(?:是|为)[:：]")


def _nested_ends(sentence: Sentence, total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """“其中：财政拨款收入A，占…，其中一般公共预算财政拨款收入B，占…；事业收入C”: a 其中 inside
    a part of an outer 其中 ends at the outer list's ；, unless the figure after it is named
    like the inner parts and not like their total (“其中新增注册25家，其中规上企业11家；规下
    企业15家”)."""
    text = sentence.text
    openers = list(_OUTER_OPENER.finditer(text, 0, total.start))
    outer = openers[-1].start() if openers else -1
    if outer < 0 or re.search(r"[；;]", text[outer : total.start]):
        return False  # the total is no part of an outer list
    if "。" in text[total.end : parts[0].start]:
        return False  # (“…，支出A。其中，基本支出B，…；项目支出C”: the outer list has ended)
    if re.search(r"[；;]", text[parts[-1].end : q.start]) is None:
        return False
    tail = _tail(q.label)
    sibling = all(_tail(p.label) == tail for p in parts) and _tail(total.label) != tail
    return not (sibling or _semicolon_list(text, total, parts, q))


def _semicolon_list(text: str, total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """“其中基本支出A，其中工资福利支出B；商品和服务支出C；对个人和家庭的补助D”: an inner list
    whose own parts are set apart by ； goes on past the next ； while it still fits inside
    its total."""
    if len(parts) < 2 or re.search(r"[；;]", text[parts[0].end : parts[-1].start]) is None:
        return False
    return sum((p.value for p in parts), q.value) <= total.value


#: Parts within this share of their total (short of it) nearly make it.
_NEARLY_MADE = Decimal("0.01")


def _made_before(total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """“下达资金289403万元，其中：中央202377万元，市级87026万元；本次纳入评价范围的资金
    151640万元”: parts that (nearly) make the total before a ；, the figure after it passing
    the total by more than it fills the gap: the list ended at the ；."""
    added = sum((p.value for p in parts), Decimal(0))
    gap = total.value - added
    # a small last part that fills the gap all but a slip (0.61 for a gap of 0.34) is a part
    oversteps = q.value > 2 * gap
    return 0 <= gap <= total.value * _NEARLY_MADE and added + q.value > total.value and oversteps


def _made_with(total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """The figure after the ； makes the total with the parts (“…就业帮扶类项目3个…；项目管理费
    1个”), or is money that brings parts well short of their total to within a slip of one
    digit of it (“预算支出910.47万元，其中人员经费580.27万元，公用经费167.75万元；项目支出
    162万元”: 项目支出 is the third part, and the slip of 0.45 is the sum check's to tell)."""
    if q.unit == total.unit and sum((p.value for p in parts), q.value) == total.value:
        return True
    # (named as the total is: 项目支出 under 预算支出, not 上年结余 under 本年收入)
    if total.kind != MONEY or not same_measure(q, total) or _tail(q.label) not in total.label:
        return False
    added = sum((p.value for p in parts), Decimal(0))
    short = total.value - added > total.value * _NEARLY_MADE
    return short and slip_apart(total, (*parts, q), added + q.value)


def _tail(label: str) -> str:
    return label.rstrip("为是达共计：: ")[-2:]


def _leaves_list(sentence: Sentence, total: Quantity, parts: list[Quantity], q: Quantity) -> bool:
    """“核定编制25人，其中行政编制15人，事业编制8人；实有人员23人”: after a semicolon, a
    figure not named like the total and the parts before it (…编制) starts a new statement,
    unless it makes the total exactly; so does one not named like the parts at the list's
    first semicolon."""
    if len(parts) < 2 or not re.search(r"[；;]", sentence.text[parts[-1].end : q.start]):
        return False
    if _made_with(total, parts, q):
        return False
    if _made_before(total, parts, q) or beyond_whole([p.label for p in parts], q.label):
        return True
    tail = _tail(total.label)
    if re.search(r"[；;]", sentence.text[parts[0].start : parts[-1].end]) is None:
        tail = _tail(parts[0].label)  # “其中，A收入…，B收入…；年初结转结余…”: the first ；
    if len(tail) < 2 or not all(_tail(p.label) == tail for p in parts):
        return False
    return _tail(q.label) != tail


def parts_own(rate: Quantity) -> bool:
    """“税收收入77864万元，占预算的101.6%，增长2.1%，非税收入…”: a part's rate against its
    own plan, or its own change: neither a share of the total nor the end of the list."""
    return bool(_OWN_PLAN_RATE.match(rate.label) or _OWN_CHANGE_RATE.match(rate.label))


def names_only(sentence: Sentence, mark: re.Match[str]) -> bool:
    """“优势产业项目5个，分别是A、B、C；改善民生4个…”: a 分别是 (or 主要包括) naming a part's
    items with no figure before its ；opens no list, nor does a “具体情况如下：”."""
    word = mark.group(0)
    if not word.startswith("分别") and not word.rstrip(":：").endswith(("如下", "包括", "包含")):
        return False
    ends = [i for i in (sentence.text.find(c, mark.end()) for c in "；;。") if i >= 0]
    end = min(ends, default=len(sentence.text))
    return not any(mark.end() <= q.start < end for q in sentence.quantities)
