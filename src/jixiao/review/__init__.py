"""复核 (review) of any self-evaluation report: extract → claims → checks → findings.

Imports: ``jixiao.review`` depends on no other jixiao package (the framework's indicator
names are passed in); the CLI renders its results.
"""

from __future__ import annotations

from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.model import ReviewResult
from jixiao.review.model import Severity
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
