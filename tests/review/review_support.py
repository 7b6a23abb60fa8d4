"""Helpers for the review tests: inline report text → ReportDoc → findings."""

from __future__ import annotations

from pathlib import Path

import docx

from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.registry import run_checks
from jixiao.review.service import review_file
from jixiao.review.text.structure import build_doc

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
REALISTIC = HERE / "realistic"
SEED_COPY = HERE / "data" / "seed.txt"
REPO = HERE.parent.parent


def seed_path() -> Path:
    """The seed report, as kept in the repository (tests/review/data/seed.txt)."""
    return SEED_COPY


def doc_of(text: str) -> ReportDoc:
    """A report from inline text, one paragraph per non-empty line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return build_doc("inline", lines, indicators=DEFAULT_INDICATORS)


def findings_of(text: str) -> list[ReviewFinding]:
    """All findings on inline text."""
    return run_checks(doc_of(text))


def codes_of(text: str) -> set[str]:
    """The codes of all findings on inline text."""
    return {f.code for f in findings_of(text)}


def stated_recomputed(text: str, code: str) -> list[tuple[str | None, str | None]]:
    """The stated and recomputed figures of each finding of ``code`` on inline text."""
    return [(f.stated, f.recomputed) for f in findings_of(text) if f.code == code]


def file_stated_recomputed(path: Path, text: str, code: str) -> list[tuple[str | None, str | None]]:
    """``text`` written to ``path`` and reviewed as that file (through its reader, which
    puts web tables back into rows), the stated and recomputed figures of ``code``."""
    path.write_text(text, encoding="utf-8")
    findings = review_file(path).findings
    return [(f.stated, f.recomputed) for f in findings if f.code == code]


def word_table(path: Path, rows: list[list[str]], caption: str = "附表") -> None:
    """A Word document holding ``caption`` and one table of ``rows``."""
    document = docx.Document()
    document.add_paragraph(caption)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))
