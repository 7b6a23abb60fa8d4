"""A total in the sentence before its parts: “项目资金共1856.00万元。其中，中央资金…”, with one
bridge sentence between (“资金用于三个方面。”), announced and enumerated (“…项目有：一是…二是…”),
or a count split by when in the year (“共实施项目9个。年初安排5个，年中增加4个。”); and
``sum_claims``, every total-with-parts a sentence states."""

from __future__ import annotations

import re

from jixiao.review.checks.change_splits import change_split_claims
from jixiao.review.checks.claim_totals import total_before
from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.closing_claims import plus_claims
from jixiao.review.checks.closing_claims import total_after_claims
from jixiao.review.checks.partitions import makes_whole
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.sum_claims import QIZHONG
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import parts_after
from jixiao.review.checks.sum_claims import qizhong_claims
from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import join_sentences
from jixiao.review.text.sentences import same_measure

#: “…预算数为16万元。分别为A10万元和B6万元。”: the parts of the sentence before's total.
_RESPECTIVELY = ("分别为", "分别是")
#: “…补助资金共220万元。用于A…，B…”: the uses of the sentence before's total.
_USES = ("用于", "主要用于")


def _plus_on_named(window: list[Sentence], sentence: Sentence) -> list[SumClaim]:
    """“全区一般公共预算收入40.5亿元，…。全区一般公共预算收入，加上…，收入总计X”: the base
    named again without its figure, which the sentence before states — or not named at all,
    the sentence opening with its 加上."""
    named = _NAMED_BASE.match(sentence.text)
    previous = window[-1] if window else None
    opens = _OPENS_PLUS.match(sentence.text) is not None
    if (named is None and not opens) or previous is None:
        return []
    if previous.paragraph is not sentence.paragraph:
        return []
    joined = join_sentences(previous, sentence)
    if named is None:  # “…收入54.08亿元，…。加上转移性收入66.16亿元，收入合计120.69亿元。”
        return plus_claims(joined)
    name = named.group("name")
    return [c for c in plus_claims(joined) if name in joined.text[: c.parts[0].start]]


_NAMED_BASE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{4,20})[，,]\s*再?加上")
_OPENS_PLUS = re.compile(r"^\s*再?加上(?=[\u4e00-\u9fff])")


def _split_claims(previous: Sentence, sentence: Sentence) -> list[SumClaim]:
    """“项目资金共1856.00万元。其中，中央资金…”: the total ends the sentence before (what
    lies between the two, a bridge sentence, is blanked so offsets stay the paragraph's)."""
    opening = sentence.text.lstrip()
    announced = _ANNOUNCED.match(opening)
    split = QIZHONG.match(opening) or opening.startswith((*_RESPECTIVELY, *_USES))
    if opening.startswith(_USES) and len([q for q in previous.quantities if usable(q)]) != 1:
        return []  # “总投资300万元，其中财政补助200万元。用于…”: which amount is used?
    if not split and not _IN_YEAR_COUNTS.match(opening) and not announced:
        return []
    joined = join_sentences(previous, sentence)
    text = joined.text
    if announced:
        return _announced_claims(
            joined, len(previous.text), len(text) - len(opening) + announced.end()
        )
    if not split:
        return _in_year_claims(joined, len(text) - len(opening))
    # a part above the last figure of the sentence before (“…退休人员28人。其中卫生技术45人”):
    # the 其中 splits the whole the sentence spoke of, not its last figure
    kept = [
        c
        for c in qizhong_claims(joined) + change_split_claims(joined)
        if c.total.end <= len(previous.text) and all(p.value <= c.total.value for p in c.parts)
    ]
    return kept or _of_opening(previous, joined) or _whole_named(previous, joined)


def _whole_named(previous: Sentence, joined: Sentence) -> list[SumClaim]:
    """“…，当期发生支出56916443.49元。其中，基本支出为…；项目支出为…”: parts that name every
    member of a known whole split the sentence's last amount when it names that whole, even
    where the sentence is itself a list (the amount its last item)."""
    amounts = [q for q in previous.quantities if q.kind == MONEY]
    mark = QIZHONG.match(joined.text, len(previous.text))
    if not amounts or not usable(amounts[-1]) or mark is None:
        return []
    claim = parts_after(joined, amounts[-1], mark.end(), len(joined.text))
    labels = [p.label for p in claim.parts] if claim is not None else []
    if claim is None or not makes_whole(labels, amounts[-1].label):
        return []
    return [claim]


#: A change of the amount before it (…，增收11,118万元): not what a 其中 after it splits.
_CHANGE = re.compile(r"(?:增收|减收|增加|减少|增长|下降)了?$")


def _of_opening(previous: Sentence, joined: Sentence) -> list[SumClaim]:
    """Money parts after a sentence that ends with its amount's change (“收入67,439万元，…，
    增收11,118万元。其中：税收收入41,939万元，非税收入26,046万元”) split the amount it opens
    with, each part inside it."""
    amounts = [q for q in previous.quantities if q.kind == MONEY]
    if len(amounts) < 2 or not usable(amounts[0]) or not _CHANGE.search(amounts[-1].label):
        return []
    mark = QIZHONG.search(joined.text, len(previous.text))
    if mark is None or mark.start() != len(previous.text):
        return []
    claim = parts_after(joined, amounts[0], mark.end(), len(joined.text))
    if claim is None or any(p.kind != MONEY or p.value > amounts[0].value for p in claim.parts):
        return []
    return [claim]


#: “区直单位12774万元。区直单位项目有：一是…，二是…”: the parts announced, then enumerated.
_ANNOUNCED = re.compile(
    r"^[^，。；,;:：\d]{0,16}(?:有|包括|为)[:：]\s*(?=一是|1[、.．]|[（(][一1][）)])"
)


def _announced_claims(joined: Sentence, previous_end: int, mark: int) -> list[SumClaim]:
    """The total ends the sentence before; the parts are the enumerated items after the
    announcement (one figure of the total's measure each)."""
    before = [q for q in joined.quantities if q.end <= previous_end and q.kind != "date"]
    if (
        not before
        or not usable(before[-1])
        or joined.text[before[-1].end : previous_end].strip("。 ")
    ):
        return []
    claim = parts_after(joined, before[-1], mark, len(joined.text))
    return [claim] if claim else []


#: “共实施项目9个。年初安排5个，年中增加4个。”: a count split by when in the year.
_IN_YEAR_COUNTS = re.compile(r"年初[^，。；,;]{0,12}\d+个[^。]*年中")


#: “实施项目共15个（含…），年初批复8个项目…，年中增加8个项目”: the split in one sentence.
_IN_YEAR_HERE = re.compile(r"(?<=[，,；;])\s*(?=年初[^，。；,;]{0,12}\d+\s*个[^。]*年中)")
_ASIDE_ONLY = re.compile(r"\s*(?:[（(][^（()）]*[）)])?\s*[，,；;]?\s*")


def _in_year_here(sentence: Sentence) -> list[SumClaim]:
    """A count total (共N个) whose split by when in the year follows in its own sentence,
    with only a bracketed aside between."""
    mark = _IN_YEAR_HERE.search(sentence.text)
    if mark is None:
        return []
    counts = [
        q
        for q in sentence.quantities
        if q.end <= mark.start() and q.kind == COUNT and not q.in_brackets
    ]
    total = counts[-1] if counts and "共" in counts[-1].label else None
    if total is None or not _ASIDE_ONLY.fullmatch(sentence.text[total.end : mark.start()]):
        return []
    claim = parts_after(sentence, total, mark.start(), len(sentence.text))
    return [claim] if claim else []


def _in_year_claims(joined: Sentence, mark: int) -> list[SumClaim]:
    total = total_before(joined, mark)
    if total is None or total.kind != COUNT:
        return []
    claim = parts_after(joined, total, mark, len(joined.text))
    return [claim] if claim else []


#: “实际支出共计5353.48万元。资金用于三个方面。其中…”: a sentence announcing the parts,
#: with no figure of its own, between a total and its 其中.
_BRIDGE = re.compile(r"用于|分为|分成|包括|涉及|方面|如下")
BRIDGE_MAX = 100


#: “…较上年减少19万元。主要是严格落实…，压减“三公”经费。其中：…”: the reason for the
#: total's change, stated between the total and its 其中.
_REASON = re.compile(r"^\s*(?:主要(?:原因)?(?:是|为|系)|原因是|主要由于|主要因为)")


def _bridge(sentence: Sentence) -> bool:
    return (
        len(sentence.text) <= BRIDGE_MAX
        and (_BRIDGE.search(sentence.text) is not None or _REASON.match(sentence.text) is not None)
        and all(q.kind in (COUNT, BARE) for q in sentence.quantities)
    )


def _opens_paragraph(previous: Sentence, sentence: Sentence) -> bool:
    """A paragraph that opens with 其中, right after a body paragraph that ends a sentence with
    its total (a web page puts the 其中 of a total on a line of its own)."""
    paragraph, before = sentence.paragraph, previous.paragraph
    return (
        sentence.start == 0
        and QIZHONG.match(sentence.text.lstrip()) is not None
        and paragraph.index == before.index + 1
        and not before.is_heading
        and previous.text.rstrip().endswith("。")
    )


def _earlier_claims(window: list[Sentence], sentence: Sentence) -> list[SumClaim]:
    """Claims whose total stands in the sentence before, or the one before a bridge."""
    same = [s for s in window if s.paragraph is sentence.paragraph]
    if not same and window and _opens_paragraph(window[-1], sentence):
        return _split_claims(window[-1], sentence)  # “…支出476万元。” / “其中：…”
    if not same:
        return []
    claims = _split_claims(same[-1], sentence)
    if not claims and len(same) == 2 and _bridge(same[-1]):
        claims = _split_claims(same[0], sentence)
    return claims


_STAFF_WHOLE = re.compile(r"在职|编制|实有|现有|职工总数|人员总数")
_STAFF_PART = re.compile(r"男|女|退休|离休|临聘|编外|专业技术|管理|工勤")


def _whole_after(sentence: Sentence) -> list[SumClaim]:
    """“在职人员81人，专业技术人员57人、管理人员1人，工勤人员23人”: a count followed, with no
    其中, by counts that name every member of a known whole."""
    claims: list[SumClaim] = []
    figures = sentence.quantities
    for at, total in enumerate(figures):
        if total.kind != COUNT or not usable(total) or "其中" in sentence.text[total.end :]:
            continue
        if "其中" in re.split(r"[。；;]", sentence.text[: total.start])[-1]:
            continue  # “…，其中：在职行政人员45人，在职事业人员15人，…”: a part, no whole
        if not _STAFF_WHOLE.search(total.label) or _STAFF_PART.search(total.label):
            continue  # “男职工41人，女职工40人，专业技术人员57人…”: 40 is no whole
        run: list[Quantity] = []
        for q in figures[at + 1 :]:
            last = run[-1] if run else total
            if not same_measure(q, total) or re.search(
                r"[。；;]", sentence.text[last.end : q.start]
            ):
                break
            run.append(q)
        if any(_STAFF_WHOLE.search(q.label) for q in run):
            continue  # “核定编制104人，实有在职教职工98人，退休人员46人”: a quota, not a whole
        if len(run) >= 2 and all(usable(q) for q in run) and names_whole([q.label for q in run]):
            claims.append(SumClaim(sentence, total, tuple(run), (), declared=True))
    return claims


def sum_claims(window: list[Sentence], sentence: Sentence) -> list[SumClaim]:
    """Every total-with-parts the sentence states, including one whose total stands in the
    sentence before it (``window`` holds the sentences read before, newest last)."""
    claims = qizhong_claims(sentence) + total_after_claims(sentence) + _in_year_here(sentence)
    plus = plus_claims(sentence)
    if plus:  # “收入A，其中B，加上C、D，收入总计X”: the 其中 list ends at the 加上
        added = plus[0].parts[1].start
        claims = [c for c in claims if c.parts[-1].start < added or c.total.start > added]
    claims.extend(change_split_claims(sentence) + plus)
    claims.extend(_plus_on_named(window, sentence) + _whole_after(sentence))
    claims.extend(_earlier_claims(window, sentence) + _named_split(window, sentence))
    return claims


#: “…项目支出170.80万元，占19.76%。项目支出中：A，B，C。”: a part named again, then split.
_NAMED_SPLIT = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,10})中\s*[:：]")


def _named_split(window: list[Sentence], sentence: Sentence) -> list[SumClaim]:
    """The parts of an amount of the sentence before, named again with 中： opening this one."""
    opening = _NAMED_SPLIT.match(sentence.text)
    previous = window[-1] if window else None
    if opening is None or previous is None or previous.paragraph is not sentence.paragraph:
        return []
    named = [
        q
        for q in previous.quantities
        if q.kind == MONEY and usable(q) and q.label.endswith(opening.group("name"))
    ]
    if len(named) != 1:
        return []
    joined = join_sentences(previous, sentence)
    mark = len(joined.text) - len(sentence.text) + opening.end()
    claim = parts_after(joined, named[0], mark, len(joined.text))
    return [claim] if claim is not None else []
