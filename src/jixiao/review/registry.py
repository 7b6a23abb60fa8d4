"""The plain list of review checks, and running them over a report.

Every check has the signature ``check_x(doc: ReportDoc) -> list[ReviewFinding]``. A check
that raises does not stop the review: its failure becomes a ``check-failed`` finding.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from jixiao.review.catalogue import make_finding
from jixiao.review.check_claims import check_full_rates
from jixiao.review.check_claims import check_indicator_terms
from jixiao.review.check_claims import check_satisfaction
from jixiao.review.check_claims import check_verdict_figures
from jixiao.review.check_claims import check_verdict_targets
from jixiao.review.check_claims import check_zero_base
from jixiao.review.check_rates import check_complements
from jixiao.review.check_rates import check_differences
from jixiao.review.check_rates import check_rates
from jixiao.review.check_structure import check_empty_headings
from jixiao.review.check_structure import check_grade
from jixiao.review.check_structure import check_indicators
from jixiao.review.check_structure import check_missed_targets
from jixiao.review.check_structure import check_sections
from jixiao.review.check_sums import check_distributions
from jixiao.review.check_sums import check_sums
from jixiao.review.check_text import check_boilerplate
from jixiao.review.check_text import check_off_topic
from jixiao.review.check_text import check_unit_names
from jixiao.review.check_text import check_years
from jixiao.review.model import SEVERITY_ORDER
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

Check = Callable[[ReportDoc], list[ReviewFinding]]

CHECKS: tuple[Check, ...] = (
    check_sums,
    check_distributions,
    check_rates,
    check_complements,
    check_differences,
    check_verdict_targets,
    check_verdict_figures,
    check_full_rates,
    check_satisfaction,
    check_zero_base,
    check_indicator_terms,
    check_sections,
    check_empty_headings,
    check_indicators,
    check_missed_targets,
    check_grade,
    check_boilerplate,
    check_off_topic,
    check_years,
    check_unit_names,
)


def run_checks(doc: ReportDoc, checks: Sequence[Check] = CHECKS) -> list[ReviewFinding]:
    """All findings on ``doc``, most severe first, then in reading order."""
    findings: list[ReviewFinding] = []
    for check in checks:
        try:
            findings.extend(check(doc))
        except Exception as error:
            if doc.paragraphs:
                message = f"检查“{check.__name__}”未能完成（{type(error).__name__}），请人工复核。"
                findings.append(make_finding("check-failed", doc.paragraphs[0], message))
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=lambda f: (SEVERITY_ORDER[f.severity], f.paragraph))
