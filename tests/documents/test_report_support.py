"""Helpers for the report tests (no tests here): write a report and read it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject

from jixiao.core.model import Evaluation
from jixiao.documents.report.writer import write_report
from jixiao.frameworks import load_pair

from support import evaluate_data

HEADING_STYLES = ("报告标题", "一级标题", "二级标题", "三级标题", "四级标题", "附件标题")


def write_and_read(
    evaluation: Evaluation, path: Path, *, draft: bool = False, template: Path | None = None
) -> DocumentObject:
    """Write the report of ``evaluation`` and open it with python-docx."""
    framework, _ = load_pair()
    write_report(evaluation, framework, path, draft=draft, template=template)
    return docx.Document(str(path))


def report_of(data: dict[str, Any], path: Path, *, draft: bool = False) -> DocumentObject:
    """Evaluate a submission mapping and read its report back."""
    return write_and_read(evaluate_data(data), path, draft=draft)


def lines(document: DocumentObject) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


def texts(document: DocumentObject, style: str) -> list[str]:
    """Texts of the paragraphs with one style, in order."""
    return [text for name, text in lines(document) if name == style]


def under(document: DocumentObject, heading: str) -> list[str]:
    """Body paragraphs after ``heading`` up to the next heading of any level."""
    found: list[str] = []
    inside = False
    for name, text in lines(document):
        if name in HEADING_STYLES:
            if inside:
                break
            inside = text == heading
            continue
        if inside:
            found.append(text)
    if not inside:
        raise AssertionError(f"heading {heading!r} not found")
    return found


def joined(document: DocumentObject, heading: str) -> str:
    """The paragraphs under a heading as one string."""
    return "\n".join(under(document, heading))


def template_with(path: Path, *texts: str) -> Path:
    """A bureau's report template: one paragraph per text (docxtpl tags allowed)."""
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))
    return path
