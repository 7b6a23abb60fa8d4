"""复核 (review) of any self-evaluation report: extract → claims → checks → findings.

Imports: the checks depend on no other jixiao package (the framework's indicator names are
passed in); three adapters import the rest of jixiao lazily, only when used:
``indicators.framework_indicator_names`` (jixiao.frameworks), ``reference_submission``
(jixiao.documents.loading and jixiao.core.evaluate) and ``reference_table`` (openpyxl).
The CLI renders the results.
"""

from __future__ import annotations

from jixiao.core.findings import Severity
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.model import ReviewResult
from jixiao.review.registry import CHECKS
from jixiao.review.service import review_file
from jixiao.review.service import review_folder

__all__ = [
    "CHECKS",
    "ReportDoc",
    "ReviewFinding",
    "ReviewResult",
    "Severity",
    "review_file",
    "review_folder",
]
