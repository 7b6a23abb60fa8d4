"""The amount a funding document (文号) gave, stated twice with different values.

A project report cites the document that allocated its money — “根据《…通知》（某财农〔2023〕
15号）下达资金120万元” — and often cites it again further on (in 资金到位 or the table). Each
citation that gives one amount right after the number, with an allocation verb and no other
document, split or single recipient in between, states the same figure when the verb is the
same (下达 to a county and 安排 to a project may be two amounts); the comparison itself is the
consistency check's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: 某财农〔2023〕15号, with the brackets an export or a typist uses.
DOC_NUMBER = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{2,3})\s*[〔\[［【(（]\s*(?P<year>20\d\d)\s*[〕\]］】)）]\s*"
    r"第?(?P<no>\d{1,4})\s*号"
)
_ALLOCATE = re.compile(r"下达|拨付|安排|分配|追加|批复|拨入")
#: Money for one recipient among several (本项目, 某乡镇): not what the document gave in all.
_RECIPIENT = re.compile(r"本项目|该项目|用于")
#: Between the number and its amount: another document, a split, a sum or a second item.
_NOT_ONE = re.compile(r"其中|累计|合计|共计|总计|分别|以及|和|、|；|;|剩余|尚未|未到位|结余|结转")


def _amount_of(sentence: Sentence, end: int) -> tuple[str, Quantity] | None:
    """The first amount after the number, with the verb that says it is what the document
    allocated (下达 and 安排 may be two amounts of one document: to a county, to a project)."""
    after = [q for q in sentence.quantities if q.start >= end and q.kind != DATE]  # 2023年
    if not after or after[0].kind != MONEY or after[0].approx:
        return None
    between = sentence.text[end : after[0].start]
    verb = _ALLOCATE.search(between)
    if verb is None or _NOT_ONE.search(between) or _RECIPIENT.search(between):
        return None
    return verb.group(0), after[0]


def document_amounts(doc: ReportDoc) -> Iterator[tuple[str, Quantity, Sentence]]:
    """(name of the document's amount, the amount, its sentence) for each citation of one
    document number that gives one amount."""
    for sentence in doc_sentences(doc):
        numbers = list(DOC_NUMBER.finditer(sentence.text))
        if len(numbers) != 1:
            continue  # several documents in one sentence: whose amount is whose is unclear
        number = numbers[0]
        found = _amount_of(sentence, number.end())
        if found is not None:
            verb, amount = found
            issuer = number["issuer"][-2:]  # “据财预”: the word before is no part of it
            yield f"{issuer}〔{number['year']}〕{number['no']}号文件{verb}的资金", amount, sentence
