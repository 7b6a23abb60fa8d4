"""The annotated corpus: thresholds of precision and recall, and sane annotations."""

from __future__ import annotations

import re

import opencc
import pytest
from review_support import CORPUS
from review_support import REALISTIC

from jixiao.core.findings import Severity
from jixiao.review.corpus import CorpusReport
from jixiao.review.corpus import evaluate_corpus
from jixiao.review.corpus import load_corpus
from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.readers import read_report
from jixiao.review.service import review_file
from jixiao.review.text.normalize import normalize_texts

CONVERTER = opencc.OpenCC("t2s")
REPORTS = load_corpus(CORPUS)
REALISTIC_REPORTS = load_corpus(REALISTIC)


def test_corpus_is_large_enough() -> None:
    assert len(REPORTS) >= 12
    assert sum(1 for r in REPORTS if r.clean) >= 4


@pytest.mark.parametrize("report", REPORTS + REALISTIC_REPORTS, ids=lambda r: r.path.name)
def test_annotations_point_at_their_text(report: CorpusReport) -> None:
    doc = read_report(report.path)
    for expected in report.expected:
        assert _plain(expected.text) in _plain(doc.paragraph(expected.paragraph).text), expected


def _plain(text: str) -> str:
    """Text as the review reads it (simplified, half-width), without spaces and bars."""
    return re.sub(r"[\s|｜]", "", CONVERTER.convert(normalize_texts([text])[0]))


@pytest.mark.parametrize(
    "report", [r for r in REPORTS + REALISTIC_REPORTS if r.clean], ids=lambda r: r.path.name
)
def test_clean_reports_have_no_errors(report: CorpusReport) -> None:
    result = review_file(report.path, DEFAULT_INDICATORS)
    assert [f.message for f in result.findings if f.severity is Severity.ERROR] == []


def test_thresholds() -> None:
    scores = evaluate_corpus(CORPUS, DEFAULT_INDICATORS)
    assert scores.precision(severity=Severity.ERROR) >= 0.95, scores.false_alarms
    assert scores.recall() >= 0.9, scores.misses


def test_realistic_shapes_thresholds() -> None:
    """The cases written from real documents' shapes (flattened tables, OCR, traditional
    characters, 决算, excerpts): no false error, and most planted faults found."""
    assert len(REALISTIC_REPORTS) >= 30
    scores = evaluate_corpus(REALISTIC)
    assert scores.precision(severity=Severity.ERROR) >= 0.95, scores.false_alarms
    assert scores.recall(severity=Severity.ERROR) >= 0.85, scores.misses
    assert scores.precision() >= 0.9, scores.false_alarms
