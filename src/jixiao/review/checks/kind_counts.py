"""Kinds a text names and counts in one breath, with no amount beside them:

    本局主要有部门预算项目支出、专项预算支出三类支出，项目资金总预算为2455.5万元。

Two kinds are named, three counted. The kinds are names (four characters at least, joined
by 、, or by 和 where there is no 、), the count a Chinese numeral with 类 or 项 and the
noun right after the last.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.lists import count_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import count_of
from jixiao.review.text.sentences import doc_sentences

_KINDS = re.compile(
    r"(?:主要)?(?:有|包括|分为|包含)[:：]?(?P<items>[\u4e00-\u9fff“”]{4,24}?(?:[、和及][\u4e00-\u9fff“”]{4,24}?)+)"
    r"(?P<n>[两二三四五六七八九])(?:类|大类|项)(?P<noun>支出|收入|资金|经费)"
)
_JOIN = re.compile(r"[、和及]")
_LEAST = 4


def _items(text: str) -> list[str]:
    """The kinds named, split at 、 where there is one (和 may be inside a kind's name:
    社会保障和就业支出), else at 和 or 及."""
    return text.split("、") if "、" in text else _JOIN.split(text)


def check_kind_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """Kinds named and counted together whose count is not theirs."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for match in _KINDS.finditer(sentence.text):
            items = _items(match.group("items"))
            stated = count_of(match.group("n"))
            if match.group("items").endswith("等"):
                continue  # the list says it leaves kinds out
            if len(items) == stated or any(len(item) < _LEAST for item in items):
                continue  # (a part of a name split off: 社会保障和就业支出)
            noun = match.group("noun")
            message = (
                f"称{match.group('n')}类{noun}，但列举了{len(items)}类"
                f"（{'、'.join(items)}），数量不符，请核实。"
            )
            findings.append(count_finding(sentence, match, message, Decimal(stated), len(items)))
    return findings
