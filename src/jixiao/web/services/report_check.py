"""复核 of what the unit wrote itself, for the reviewer's page.

The figures of the report are computed by jixiao and agree by construction; what a
reviewer must still read slowly is the unit's own text: the 文字材料 sections and the
偏差原因/改进措施 given for each missed target. Those texts are laid out as a small report
(one heading per section or indicator) and checked by :mod:`jixiao.review` with the checks
that judge text — arithmetic, claims without support, boilerplate, years, names — and not
with the structure checks, which judge a whole report's outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jixiao.core.framework import Framework
from jixiao.review.check_claims import check_full_rates
from jixiao.review.check_claims import check_satisfaction
from jixiao.review.check_claims import check_verdict_figures
from jixiao.review.check_claims import check_zero_base
from jixiao.review.check_rates import check_complements
from jixiao.review.check_rates import check_differences
from jixiao.review.check_rates import check_rates
from jixiao.review.check_sums import check_distributions
from jixiao.review.check_sums import check_sums
from jixiao.review.check_text import check_boilerplate
from jixiao.review.check_text import check_unit_names
from jixiao.review.check_text import check_years
from jixiao.review.registry import Check
from jixiao.review.registry import run_checks
from jixiao.review.structure import LEVEL_CN
from jixiao.review.structure import LEVEL_CN_PAREN
from jixiao.review.structure import TITLE
from jixiao.review.structure import build_doc

TEXT_CHECKS: tuple[Check, ...] = (
    check_sums,
    check_distributions,
    check_rates,
    check_complements,
    check_differences,
    check_verdict_figures,
    check_full_rates,
    check_satisfaction,
    check_zero_base,
    check_boilerplate,
    check_years,
    check_unit_names,
)


@dataclass(frozen=True, slots=True)
class TextFinding:
    """A review finding on the unit's text, placed by section rather than paragraph."""

    place: str
    severity: str
    message: str
    quote: str


@dataclass
class _Layout:
    texts: list[str]
    levels: list[int | None]
    places: list[str]

    def add(self, text: str, level: int, place: str) -> None:
        self.texts.append(text)
        self.levels.append(level)
        self.places.append(place)

    def section(self, heading: str, level: int, body: str, place: str) -> None:
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        if lines:
            self.add(heading, level, place)
            for line in lines:
                self.add(line, 0, place)


def _deviation(entry: dict[str, Any]) -> str:
    cause, measure = (entry.get("cause") or "").strip(), (entry.get("measure") or "").strip()
    parts = [f"偏差原因：{cause}" if cause else "", f"改进措施：{measure}" if measure else ""]
    return "。".join(p.rstrip("。") for p in parts if p) + ("。" if any(parts) else "")


def text_findings(document: dict[str, Any], framework: Framework) -> list[TextFinding]:
    """Review findings on the unit's narrative and deviation texts, most serious first."""
    unit = document.get("unit") or {}
    title = f"{unit.get('year', '')}年度{unit.get('name', '')}部门整体支出绩效自评报告"
    layout = _Layout([title], [TITLE], ["标题"])
    narrative = document.get("narrative") or {}
    for spec in framework.narrative:
        text = str(narrative.get(spec.key) or "")
        layout.section(spec.label, LEVEL_CN, text, f"文字材料·{spec.label}")
    targets = document.get("targets") or {}
    for indicator in framework.indicators:
        text = _deviation(targets.get(indicator.code) or {})
        layout.section(indicator.name, LEVEL_CN_PAREN, text, f"绩效目标·{indicator.name}")
    for row in document.get("individual") or []:
        name = str(row.get("name") or "")
        layout.section(name, LEVEL_CN_PAREN, _deviation(row), f"个性指标·{name}")
    doc = build_doc("填报内容", layout.texts, styles=layout.levels)
    return [
        TextFinding(
            layout.places[f.paragraph - 1],
            f.severity.value,
            _placed(f.message, layout.places),
            f.quote,
        )
        for f in run_checks(doc, TEXT_CHECKS)
    ]


_PARAGRAPH = re.compile(r"第(\d+)段(?:（“[^”]*”下）)?")


def _placed(message: str, places: list[str]) -> str:
    """Paragraph numbers of the laid-out text mean nothing on the page: name the place."""

    def place(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return f"“{places[number - 1]}”" if 0 < number <= len(places) else match.group(0)

    return _PARAGRAPH.sub(place, message)
