"""Where a list of parts after a 其中 ends: at what is set beside the total rather than inside
it (另有, 退休 …, the next section's number), at the next item of an outer enumeration, and, for
counts joined by 、, at the list's comma; a part's own reason or use, up to its ；, is passed
over."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

#: What follows these is set beside the total, not inside it (另有离退休人员47人).
ASIDE = re.compile(
    r"另有|此外|另外|不含|不包括|未计入|退休|离休|遗属|编外|临聘|劳务派遣|所以|因此"
    r"|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"  # the next section
)
#: “其中：中央资金A，省级资金B；用于直发直补资金…”: after a split by source, one by use
#: (not when the parts themselves are named by use: “1.用于…；2.用于…”).
_BY_USE = re.compile(r"[；;]\s*(?:主要|具体|实际|其余)?用于")
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


def _count_list_end(sentence: Sentence, total: Quantity, start: int, end: int) -> int:
    if total.kind != COUNT:
        return end
    listed = _COUNT_LIST.match(sentence.text[start:end])
    return start + listed.end() if listed else end


#: “基本支出932.50万元，比上年增加39.77万元，主要原因是…离休人员离休费…；项目支出…”: a
#: part's own reason or use, up to its ；, says nothing of where the list ends.
_PART_CLAUSE = re.compile(r"(?<=[，,])(?:主要原因是|主要用于|原因是|主要是)[^；;。]*(?=[；;])")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


#: “实有人员A人，其中在职人员B人，离休人员C人，退休人员D人”: a list that opens with those
#: 在职 counts those retired among its parts.
_IN_SERVICE = re.compile(r"[\s:：，,]*在职")
_RETIRED = ("退休", "离休")


def list_end(sentence: Sentence, total: Quantity, start: int, end: int) -> int:
    """Where the parts of ``total`` opened at ``start`` end, ``end`` at the latest."""
    end = _count_list_end(sentence, total, start, _outer_item(sentence.text, start, end))
    text = _PART_CLAUSE.sub(_blank, sentence.text)
    by_status = _IN_SERVICE.match(text, start + len("其中")) is not None
    for aside in ASIDE.finditer(text, start, end):
        if not (by_status and aside.group(0) in _RETIRED):
            end = aside.start()
            break
    use = _BY_USE.search(text, start, end)
    if use is not None and "用于" not in text[start : use.start()]:
        end = use.start()
    cited = next((m for m in _DOCUMENT.finditer(text, start, end) if not _bracketed(text, m)), None)
    return cited.start() if cited else end


def _bracketed(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))
