"""基本支出 against its economic classes, each told on its own with its share of it (a 部门预算
说明 lists them one to a paragraph, the 基本支出 itself stated in another section):

    工资福利支出预算905709.06元，占基本支出预算79.89%，…
    商品和服务支出预算75800元，占基本支出预算%，…
    对个人和家庭补助支出预算73200元，占基本支出预算6.45%，…
    …
    2022年一般公共预算基本支出1133753.33元，其中：…

工资福利支出, 商品和服务支出 and 对个人和家庭的补助 (with 资本性支出 when told) are the whole of
基本支出 by economic class, so they add up to it: 905709.06 + 75800 + 73200 = 1054709.06, not
1133753.33. The 基本支出 is the one a class's share confirms (905709.06 ÷ 1133753.33 = 79.89%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import places as written_places
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_money
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_CLASS = re.compile(
    r"^(?P<name>工资福利|商品和服务|对个人和家庭(?:的)?补助|资本性)(?:支出)?(?:预算|决算)?数?(?:为|是)?$"
)
#: Other economic classes (对事业单位经常性补助, 对企业补助, 债务利息 …): told anywhere in the
#: document, the three classes may not be the whole.
_OTHER_CLASS = re.compile(r"资本性支出|对(?:事业单位|企业|社会保障基金)|债务利息|其他支出")
#: The other split of 基本支出, told with its shares too.
_OTHER_SPLIT = re.compile(r"人员经费|公用经费")
_WHOLE = ("工资福利", "商品和服务", "对个人和家庭")
_SHARE = re.compile(r"^[，,]?\s*占基本支出")
_BASE = re.compile(r"基本支出(?:预算|决算)?数?(?:为|是)?$")
_NOT_BASE = re.compile(r"占|较|比|增|减|其中")
_HUNDRED = Decimal(100)

#: A class told with its share of 基本支出: the amount, and the share when written.
_Told = tuple[Sentence, Quantity, Quantity | None]


def _classes(sentences: tuple[Sentence, ...]) -> dict[str, _Told]:
    found: dict[str, _Told] = {}
    for sentence in sentences:
        figures = sentence.quantities
        for at, q in enumerate(figures):
            named = _CLASS.match(q.label.strip()) if q.kind == MONEY and not q.approx else None
            if named is None or not _SHARE.match(sentence.text[q.end :]):
                continue
            key = named.group("name")[:6]
            share = figures[at + 1] if at + 1 < len(figures) else None
            share = share if share is not None and share.kind == PERCENT else None
            if share is not None and not _SHARE.match(share.label):
                share = None
            found.setdefault(key, (sentence, q, share))
    return found


def _others(sentences: tuple[Sentence, ...], told: dict[str, _Told]) -> bool:
    """Another amount told with its share of 基本支出 (not a class gathered nor the 人员经费/公用
    经费 split), or another class named in the document: the classes may not be the whole."""
    amounts = {id(q) for _, q, _ in told.values()}
    for sentence in sentences:
        if _OTHER_CLASS.search(sentence.text) and "资本性" not in told:
            return True
        for q in sentence.quantities:
            shared = q.kind == MONEY and _SHARE.match(sentence.text[q.end :])
            if shared and id(q) not in amounts and not _OTHER_SPLIT.search(q.label):
                return True
    return False


def _confirms(base: Quantity, told: list[_Told]) -> bool:
    """A class's share is its amount over ``base``, to the digits written."""
    return base.value > 0 and any(
        share is not None and abs(q.value / base.value * _HUNDRED - share.value) <= share.ulp
        for _, q, share in told
    )


def _bases(sentences: tuple[Sentence, ...], told: list[_Told]) -> list[tuple[Sentence, Quantity]]:
    return [
        (sentence, q)
        for sentence in sentences
        for q in sentence.quantities
        if q.kind == MONEY
        and not q.approx
        and _BASE.search(q.label)
        and not _NOT_BASE.search(q.label)
        and _confirms(q, told)
    ]


def check_economic_classes(doc: ReportDoc) -> list[ReviewFinding]:
    """基本支出 against the sum of its economic classes told each with its share of it."""
    sentences = doc_sentences(doc)
    classes = _classes(sentences)
    if not all(any(key.startswith(name[:4]) for key in classes) for name in _WHOLE):
        return []
    if _others(sentences, classes):
        return []
    told = list(classes.values())
    bases = _bases(sentences, told)
    if len({q.value for _, q in bases}) != 1:
        return []
    sentence, base = bases[0]
    added = sum((q.value for _, q, _ in told), Decimal(0))
    slack = sum((q.ulp for _, q, _ in told), base.ulp)
    if abs(added - base.value) <= slack:
        return []
    places = max(written_places(q.text) for _, q, _ in told)
    shown = fmt_money(added, base.unit, places)
    listed = "＋".join(f"{q.label.strip()}{s.text[q.start : q.end]}" for s, q, _ in told)
    message = (
        f"基本支出为{base.text}，按经济分类逐项所列（各项均称占基本支出的比例）{listed}"
        f"＝{shown}，与基本支出不符，请核实。"
    )
    return [
        make_finding(
            "sum-mismatch",
            sentence.paragraph,
            message,
            span=sentence.span_of(base),
            stated=base.text,
            recomputed=shown,
        )
    ]
