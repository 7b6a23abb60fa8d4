"""A count against last year's, with the change between them (a 部门决算说明's staff):

    年末实有人数48人，比2022年末47人增加2人。

Counts are whole: the change is their gap exactly (48 − 47 = 1, not 2).
"""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import slip
from jixiao.review.text.sentences import doc_sentences

_UNIT = r"(?P<unit>人|个|辆|台|户|项|家|所)"
_CHANGE = re.compile(
    rf"(?<![\d.])(?P<now>\d+)\s*{_UNIT}[，,]\s*(?:比|较)[^，。；;\d]{{0,4}}?"
    r"(?:\d{4}\s*年(?:末|底|度)?)?[^，。；;\d]{0,6}?(?P<before>\d+)\s*"
    r"(?P=unit)(?P<way>增加|减少)了?(?P<change>\d+)\s*(?P=unit)(?![\d.])"
)


def _slipped(now: int, before: int, change: int, up: bool, unit: str) -> str:
    """The one count a slip of the hand would make right (“105人疑为150人之误”), or else
    what either count would be were the change right."""
    sign = 1 if up else -1
    meant = [
        (now, before + sign * change),
        (before, now - sign * change),
        (change, (now - before) * sign),
    ]
    slips = [(w, m, how) for w, m in meant if m > 0 and (how := slip(str(w), str(m)))]
    if len(slips) == 1:
        written, right, how = slips[0]
        return f"{written}{unit}疑为{right}{unit}之误（{how}）。"
    way = "增加" if up else "减少"
    if meant[0][1] <= 0 or meant[1][1] <= 0:
        return ""
    return (
        f"若{way}{change}{unit}无误，则{before}{unit}应为{meant[1][1]}{unit}，"
        f"或{now}{unit}应为{meant[0][1]}{unit}。"
    )


def check_count_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Each count's change on the year against the gap of the two counts it names."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for match in _CHANGE.finditer(sentence.text):
            now, before, change = (int(match.group(k)) for k in ("now", "before", "change"))
            gap = now - before if match.group("way") == "增加" else before - now
            if gap == change:
                continue
            unit = match.group("unit")
            hint = _slipped(now, before, change, match.group("way") == "增加", unit)
            message = (
                f"{now}{unit}与{before}{unit}相差{abs(now - before)}{unit}，报告列为"
                f"{match.group('way')}{change}{unit}，请核实。{hint}"
            )
            findings.append(
                make_finding(
                    "difference-mismatch",
                    sentence.paragraph,
                    message,
                    span=(sentence.start + match.start(), sentence.start + match.end()),
                    stated=f"{change}{unit}",
                    recomputed=f"{abs(now - before)}{unit}",
                )
            )
    return findings
