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

from jixiao.core.framework import Framework
from jixiao.core.submission import Submission
from jixiao.review.checks.complements import check_complements
from jixiao.review.checks.differences import check_differences
from jixiao.review.checks.distributions import check_distributions
from jixiao.review.checks.rates import check_rates
from jixiao.review.checks.sums import check_sums
from jixiao.review.checks.verdicts import check_full_rates
from jixiao.review.checks.verdicts import check_satisfaction
from jixiao.review.checks.verdicts import check_verdict_figures
from jixiao.review.checks.verdicts import check_zero_base
from jixiao.review.checks.wording import check_boilerplate
from jixiao.review.checks.wording import check_unit_names
from jixiao.review.checks.years import check_years
from jixiao.review.registry import Check
from jixiao.review.registry import run_checks
from jixiao.review.text.structure import LEVEL_CN
from jixiao.review.text.structure import LEVEL_CN_PAREN
from jixiao.review.text.structure import TITLE
from jixiao.review.text.structure import build_doc

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


def _deviation(cause: str, measure: str) -> str:
    parts = [f"偏差原因：{cause.strip()}" if cause.strip() else ""]
    parts.append(f"改进措施：{measure.strip()}" if measure.strip() else "")
    text = "。".join(p.rstrip("。") for p in parts if p)
    return f"{text}。" if text else ""


def _layout(submission: Submission, framework: Framework) -> _Layout:
    """The unit's texts as a small report: one heading per section, indicator or project."""
    unit = submission.unit
    layout = _Layout([f"{unit.year}年度{unit.name}部门整体支出绩效自评报告"], [TITLE], ["标题"])
    for spec in framework.narrative:
        text = submission.narrative.get(spec.key, "")
        layout.section(spec.label, LEVEL_CN, text, f"文字材料·{spec.label}")
    for indicator in framework.indicators:
        entry = submission.targets.get(indicator.code)
        text = _deviation(entry.cause, entry.measure) if entry else ""
        layout.section(indicator.name, LEVEL_CN_PAREN, text, f"绩效目标·{indicator.name}")
    for row in submission.individual:
        text = _deviation(row.cause, row.measure)
        layout.section(row.name, LEVEL_CN_PAREN, text, f"个性指标·{row.name}")
    for project in submission.projects:
        place = f"项目·{project.name}"
        layout.section(f"{project.name}实际完成情况", LEVEL_CN, project.achieved, place)
        for row in project.indicators:
            text = _deviation(row.cause, row.measure)
            layout.section(row.name, LEVEL_CN_PAREN, text, f"{place}·{row.name}")
    return layout


def text_findings(submission: Submission | None, framework: Framework) -> list[TextFinding]:
    """Review findings on the unit's own texts, most serious first; none without a
    usable submission (the score panel already says why it is not usable)."""
    if submission is None:
        return []
    layout = _layout(submission, framework)
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


#: The other place a boilerplate message points to: ``与第12段（“预算执行率”下）重复``.
_OTHER = re.compile(r"与第(\d+)段(?:（“.*”下）)?(?=重复，属套用表述)")


def _placed(message: str, places: list[str]) -> str:
    """Paragraph numbers of the laid-out text mean nothing on the page: name the place.

    Only the reference that the boilerplate message appends is rewritten (its last
    match); the unit's quoted words are left as they were.
    """
    matches = list(_OTHER.finditer(message))
    if not matches:
        return message
    last = matches[-1]
    number = int(last.group(1))
    if not 0 < number <= len(places):
        return message
    return f"{message[: last.start()]}与“{places[number - 1]}”{message[last.end() :]}"
