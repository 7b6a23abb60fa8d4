"""The annotated corpus: thresholds of precision and recall, and sane annotations."""

from __future__ import annotations

import pytest
from review_support import CORPUS

from jixiao.review.corpus import CorpusReport
from jixiao.review.corpus import evaluate_corpus
from jixiao.review.corpus import load_corpus
from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.model import Severity
from jixiao.review.readers import read_report
from jixiao.review.service import review_file

REPORTS = load_corpus(CORPUS)


def test_corpus_is_large_enough() -> None:
    assert len(REPORTS) >= 12
    assert sum(1 for r in REPORTS if r.clean) >= 4


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.path.name)
def test_annotations_point_at_their_text(report: CorpusReport) -> None:
    doc = read_report(report.path)
    for expected in report.expected:
        assert expected.text in doc.paragraph(expected.paragraph).text, expected


@pytest.mark.parametrize("report", [r for r in REPORTS if r.clean], ids=lambda r: r.path.name)
def test_clean_reports_have_no_errors(report: CorpusReport) -> None:
    result = review_file(report.path, DEFAULT_INDICATORS)
    assert [f.message for f in result.findings if f.severity is Severity.ERROR] == []


def test_thresholds() -> None:
    scores = evaluate_corpus(CORPUS, DEFAULT_INDICATORS)
    assert scores.precision(severity=Severity.ERROR) >= 0.95, scores.false_alarms
    assert scores.recall() >= 0.9, scores.misses
