"""The 资金 block of a 绩效目标表 (申报表) told as words, however the page ran its cells:

    资金情况（万元） 资金总额：35 其中：财政拨款35 其他资金          → 35 = 35 + 0
    年度资金总额:203 | 其中:财政拨款 203 | 其他资金 |

The total is 财政拨款 + 上年结转 + 其他资金 as the form lays them out; a source the form leaves
blank holds nothing. The block is read over the total's paragraph and the few after it (a
page that kept one cell to a line), its bars taken out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt

_NUMBER = r"\d+(?:\.\d+)?(?![\d.%％年月日个])"
_BLOCK = re.compile(
    rf"(?<!年初)(?<!全年)资金总额[:：]?\s*(?P<total>{_NUMBER})\s*(?:万元)?\s*"
    rf"其中[:：]?\s*财政拨款[:：]?\s*(?P<grant>{_NUMBER})\s*(?:万元)?\s*"
    rf"(?:上年结转(?:资金)?[:：]?\s*(?P<carry>{_NUMBER})?\s*(?:万元)?\s*)?"
    rf"其他资金[:：]?\s*(?P<other>{_NUMBER})?(?!\s*\d)"
)
#: Paragraphs after the total's a page may have put the block's other cells in.
_REACH = 6


def _finding(text: str, paragraph_at: int, doc: ReportDoc) -> ReviewFinding | None:
    match = _BLOCK.search(text)
    if match is None or match.start() >= len(doc.paragraphs[paragraph_at].text):
        return None  # (a block opening in a later paragraph is that one's)
    total = Decimal(match.group("total"))
    sources = [match.group(name) for name in ("grant", "carry", "other")]
    added = sum((Decimal(s) for s in sources if s), Decimal(0))
    places = max(len(s.partition(".")[2]) for s in [match.group("total"), *filter(None, sources)])
    slack = Decimal(5).scaleb(-places - 1) * (1 + sum(1 for s in sources if s))
    if abs(added - total) <= slack:
        return None
    shown = fmt(added, places)
    listed = "＋".join(
        f"{name}{s}"
        for name, s in zip(("财政拨款", "上年结转", "其他资金"), sources, strict=True)
        if s
    )
    message = (
        f"资金情况所列资金总额为{match.group('total')}，而其中各项资金之和为{listed}＝{shown}"
        f"（未填列的资金来源按零计），两者不符，请核实。"
    )
    paragraph = doc.paragraphs[paragraph_at]
    return make_finding(
        "sum-mismatch", paragraph, message, stated=match.group("total"), recomputed=shown
    )


def check_target_funds(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 绩效目标表's 资金总额 against 财政拨款, 上年结转 and 其他资金 told after it."""
    findings: list[ReviewFinding] = []
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        if "资金总额" not in paragraph.text:
            continue
        joined = " ".join(p.text for p in paragraphs[at : at + _REACH + 1])
        finding = _finding(re.sub(r"[|｜]", " ", joined), at, doc)
        findings.extend([finding] if finding is not None else [])
    return findings
