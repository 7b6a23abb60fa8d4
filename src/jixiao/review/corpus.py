"""Precision and recall of the checks on an annotated corpus of reports.

Each report ``NAME.txt`` (or .md/.docx/.pdf) has a sidecar ``NAME.yaml``::

    clean: false            # true: the report must yield no error-level finding
    expected:               # every fault a reviewer should raise
      - {code: rate-mismatch, paragraph: 12, text: "执行率为91.98%"}

A finding counts as correct when a sidecar entry has the same code and paragraph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from pathlib import Path

import yaml

from jixiao.core.findings import Severity
from jixiao.review.catalogue import CATALOGUE
from jixiao.review.model import ReviewFinding
from jixiao.review.readers import SUPPORTED
from jixiao.review.service import review_file


@dataclass(frozen=True, slots=True)
class Expected:
    """One planted fault: its code and 1-based paragraph; ``text`` is found in it."""

    code: str
    paragraph: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class CorpusReport:
    """A corpus report with its annotations."""

    path: Path
    clean: bool
    expected: tuple[Expected, ...]


@dataclass(slots=True)
class Scores:
    """Counts per check code across the corpus."""

    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    reports: int = 0

    def precision(self, code: str | None = None, severity: Severity | None = None) -> Decimal:
        """Share of findings that were planted (all codes, one code, or one severity)."""
        codes = self._codes(code, severity)
        hit = sum(self.true_positive[c] for c in codes)
        found = hit + sum(self.false_positive[c] for c in codes)
        return Decimal(hit) / Decimal(found) if found else Decimal(1)

    def recall(self, code: str | None = None, severity: Severity | None = None) -> Decimal:
        """Share of planted faults that were found."""
        codes = self._codes(code, severity)
        hit = sum(self.true_positive[c] for c in codes)
        planted = hit + sum(self.false_negative[c] for c in codes)
        return Decimal(hit) / Decimal(planted) if planted else Decimal(1)

    def _codes(self, code: str | None, severity: Severity | None) -> list[str]:
        if code is not None:
            return [code]
        return [c for c, kind in CATALOGUE.items() if severity is None or kind.severity is severity]


def load_corpus(folder: Path) -> list[CorpusReport]:
    """Every report in ``folder`` that has a sidecar YAML."""
    reports: list[CorpusReport] = []
    for path in sorted(folder.iterdir()):
        sidecar = path.with_suffix(".yaml")
        if path.suffix.lower() not in SUPPORTED or not sidecar.is_file():
            continue
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
        expected = tuple(
            Expected(str(item["code"]), int(item["paragraph"]), str(item.get("text", "")))
            for item in data.get("expected") or []
        )
        reports.append(CorpusReport(path, bool(data.get("clean", False)), expected))
    return reports


def _score_report(
    report: CorpusReport, findings: tuple[ReviewFinding, ...], scores: Scores
) -> None:
    wanted = Counter((e.code, e.paragraph) for e in report.expected)
    for finding in findings:
        key = (finding.code, finding.paragraph)
        if wanted[key] > 0:
            wanted[key] -= 1
            scores.true_positive[finding.code] += 1
        else:
            scores.false_positive[finding.code] += 1
            scores.false_alarms.append(
                f"{report.path.name} 第{finding.paragraph}段 {finding.code}：{finding.message}"
            )
    for (code, paragraph), left in wanted.items():
        if left > 0:
            scores.false_negative[code] += left
            scores.misses.append(f"{report.path.name} 第{paragraph}段 {code}")


def evaluate_corpus(folder: Path, indicators: tuple[str, ...] = ()) -> Scores:
    """Review every corpus report and count hits, false alarms and misses per code."""
    scores = Scores()
    for report in load_corpus(folder):
        result = review_file(report.path, indicators)
        if result.error is not None:
            scores.misses.append(f"{report.path.name}：{result.error}")
            continue
        _score_report(report, result.findings, scores)
        scores.reports += 1
    return scores


def format_scores(scores: Scores) -> str:
    """A plain-text table of precision and recall per check, then the totals."""
    codes = [
        c
        for c in CATALOGUE
        if scores.true_positive[c] + scores.false_positive[c] + scores.false_negative[c]
    ]
    lines = [
        f"语料报告数：{scores.reports}",
        f"{'code':28} {'sev':8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}",
    ]
    for code in codes:
        lines.append(
            f"{code:28} {CATALOGUE[code].severity.value:8} {scores.true_positive[code]:>4} "
            f"{scores.false_positive[code]:>4} {scores.false_negative[code]:>4} "
            f"{scores.precision(code):>10.3f} {scores.recall(code):>8.3f}"
        )
    lines.append(
        f"error-level precision: {scores.precision(severity=Severity.ERROR):.3f}  "
        f"recall: {scores.recall(severity=Severity.ERROR):.3f}"
    )
    lines.append(f"all findings precision: {scores.precision():.3f}  recall: {scores.recall():.3f}")
    lines.extend(f"  漏报 {m}" for m in scores.misses)
    lines.extend(f"  误报 {m}" for m in scores.false_alarms)
    return "\n".join(lines)
