"""Whether a total's list of parts says it names them all: opened by 分别为 (具体是, …组成
如下) with no 等 after its last part, closed by 组成 (构成), or counted in the text
(“主要有A、B二类支出”, “两项合计”)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import count_of
from jixiao.review.text.sentences import Sentence

#: “主要有A、B二类支出”, “两项合计”: the number of parts the text declares.
_DECLARED = re.compile(r"(?P<n>[二两三四五六七八九\d])(?:类|项|部分|个方面|大类|种|批)")
#: “两项合计占…”, “两项合计730万元”: the counted parts' share of the total, or their own
#: sum, so not all of the total (their sum is checked as a closing total of its own).
_SHARE_OF_TOTAL = re.compile(r"(?:合计|共计?|总计)?约?占|(?:合计|共计?|总计)[:：为]?\d")
#: “分别为…”, “具体是：…”, “，即：…”, “其组成情况如下：…”: the list names every part.
_RESPECTIVELY = re.compile(
    r"分别(?:为|是|于)|具体(?:是|为)[:：]?|(?<=元[，,])即[:：](?!\s*主要)"
    r"|[\u4e00-\u9fff]{0,8}?(?:组成|构成)[\u4e00-\u9fff]{0,4}如下"
)


#: The sentence closes its parts with what they make up, no 等 (“…和7个事业单位组成。”).
_MADE_OF = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?<!等)(?:组成|构成)[。；;]?\s*$")
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
#: The mark that opens a list of parts held in the total.
_QIZHONG = re.compile(r"其中")


#: Wholes whose parts are theirs by definition: 离退休 is 离休 and 退休, nothing else.
_PARTITIONS = (("离退休", ("离休", "退休")),)


def _by_definition(total: Quantity, parts: list[Quantity]) -> bool:
    """The parts are the whole's by the words' meaning (离退休3人，其中离休0人、退休2人)."""
    for whole, kinds in _PARTITIONS:
        if whole not in total.label or len(parts) != len(kinds):
            continue
        named = [next((k for k in kinds if p.label.strip().endswith(k)), None) for p in parts]
        if sorted(n for n in named if n) == sorted(kinds):
            return True
    return False


def _closed(text: str) -> bool:
    """The sentence ends on its stop (one an excerpt cut off does not: its list may go on)."""
    return text.rstrip().endswith(("。", "；", ";", "！", "!"))


def _opens_nil(text: str, total: Quantity, parts: list[Quantity]) -> bool:
    """“编制18人，其中：行政编制0人，事业编制17人”: a 其中 list of posts (编制), closed by
    the sentence's stop, that opens on a kind that is nil goes through the kinds (a nil part
    last may close a list of some only: “本级项目8个；对下转移支付项目0个”)."""
    after = text[parts[-1].end : parts[-1].end + 3]
    opened = _QIZHONG.search(text, total.end, parts[0].start) is not None
    staff = all("编" in p.label for p in parts)  # posts by kind (not 培训0期，市级培训6期)
    return _closed(text) and opened and staff and parts[0].value == 0 and "等" not in after


def declared_whole(sentence: Sentence, total: Quantity, mark: int, parts: list[Quantity]) -> bool:
    """The list is declared whole: opened by 分别为 with no 等 after its last part, or the
    text before the total (or right after the parts) counts exactly as many parts, or the
    parts are the whole's by definition."""
    text = sentence.text
    if _by_definition(total, parts) or _opens_nil(text, total, parts):
        return True
    if not _closed(text):
        return False  # a sentence an excerpt cut off: its list may go on
    after = text[parts[-1].end : parts[-1].end + 8]
    if _RESPECTIVELY.match(text, mark):
        return "等" not in after[:3]
    if _MADE_OF.match(_BRACKETS.sub("", text[parts[-1].end :])):
        return True  # “其中3个行政部门（…）和7个事业单位（…）组成。”
    told = text[: total.start] + "｜" + after
    for match in _DECLARED.finditer(told):
        if match.start() > total.start and _SHARE_OF_TOTAL.match(told, match.end()):
            continue  # “其中A、B，两项合计占项目支出的39.25%”: parts of the total
        number = match.group("n")
        if count_of(number) != len(parts):
            continue
        # “分两批次组织培训…，其中师资费A、场地费B”: batches count the parts only when the
        # parts are the batches
        if not match.group(0).endswith("批") or all("批" in p.label for p in parts):
            return True
    return False
