"""Indicators counted by level:

    项目共编制15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个。

The indicators of a 绩效目标表 are its 三级指标; the 一级 and 二级 are their headings. The
count said of all of them is the 三级 count — or, in some texts, all three levels together.
A count that is neither is wrong.
"""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.sentences import doc_sentences

_LEVELS = re.compile(
    r"(?P<total>\d+)\s*个(?:绩效)?(?:目标)?指标[，,]?\s*(?:其中|包括|含)[:：，,]?\s*"
    r"一级指标(?P<one>\d+)\s*个[，,、；;]\s*二级指标(?P<two>\d+)\s*个[，,、；;]\s*(?:和|及)?"
    r"三级指标(?P<three>\d+)\s*个"
)


def check_level_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """A count of indicators against its 三级 count (or the three levels together)."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for said in _LEVELS.finditer(sentence.text):
            total, one, two, three = (int(said.group(k)) for k in ("total", "one", "two", "three"))
            if total in (three, one + two + three):
                continue
            message = (
                f"所称指标共{total}个，而三级指标为{three}个（一级{one}个、二级{two}个为其上级指标，"
                f"各级合计{one + two + three}个），两者不符，请核实。"
            )
            span = (sentence.start + said.start(), sentence.start + said.end())
            findings.append(
                make_finding(
                    "list-count-mismatch",
                    sentence.paragraph,
                    message,
                    span=span,
                    stated=f"{total}个",
                    recomputed=f"{three}个",
                )
            )
    return findings
