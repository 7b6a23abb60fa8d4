"""Write the reviewed report as .docx with each finding as a Word comment (批注).

For .docx input the original document is copied and annotated; other inputs get a new
document with the report's text. A summary page (复核意见汇总) is appended.
"""

from __future__ import annotations

import re
from contextlib import suppress
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.review.catalogue import CATALOGUE
from jixiao.review.catalogue import finding_title
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.model import ReviewResult

AUTHOR = "jixiao 复核"
INITIALS = "JX"


def comment_text(finding: ReviewFinding) -> str:
    """The comment body: severity, title, message, figures and why it matters."""
    kind = CATALOGUE[finding.code]
    lines = [f"【{finding_title(finding)}】{finding.message}"]
    if finding.stated or finding.recomputed:
        lines.append(f"报告所列：{finding.stated or '—'}；复算：{finding.recomputed or '—'}。")
    lines.append(f"依据：{kind.why}")
    return "\n".join(lines)


def _new_document(doc: ReportDoc) -> tuple[DocxDocument, list[DocxParagraph]]:
    document = Document()
    placed: list[DocxParagraph] = []
    for paragraph in doc.paragraphs:
        if paragraph.is_heading:
            placed.append(
                document.add_heading(paragraph.text, level=min(4, max(1, paragraph.level // 2)))
            )
        else:
            placed.append(document.add_paragraph(paragraph.text))
    return document, placed


def _split(run: Run, at: int) -> Run:
    """Split ``run`` at character ``at``; return the new run holding the right part."""
    right = deepcopy(run._r)
    run._r.addnext(right)
    text = run.text
    run.text = text[:at]
    tail = Run(right, run._parent)
    tail.text = text[at:]
    return tail


def _anchor_runs(paragraph: DocxParagraph, quote: str) -> list[Run]:
    """The runs covering ``quote`` in ``paragraph`` (isolated when inside one run)."""
    if not paragraph.runs:
        return [paragraph.add_run("")]
    needle = quote.strip("…")
    start = paragraph.text.find(needle) if needle else -1
    if start < 0:
        return list(paragraph.runs)
    end = start + len(needle)
    offset = 0
    covering: list[Run] = []
    for run in list(paragraph.runs):
        left, offset = offset, offset + len(run.text)
        if offset <= start or left >= end:
            continue
        if left <= start and end <= offset and run.text:
            middle = _split(run, start - left) if start > left else run
            if end < offset:
                _split(middle, end - start)
            return [middle]
        covering.append(run)
    return covering or list(paragraph.runs)


def _targets(result: ReviewResult, source: Path) -> tuple[DocxDocument, dict[int, DocxParagraph]]:
    doc = result.doc
    if doc is None:
        raise ValueError("an unread file cannot be annotated")
    if doc.source_kind == "docx":
        document = Document(str(source))
        body = document.paragraphs
        mapping = {p.index: body[p.anchor] for p in doc.paragraphs if p.anchor is not None}
        first = next(iter(mapping.values()), None)
        for p in doc.paragraphs:
            if p.anchor is None and first is not None:
                mapping[p.index] = first
        return document, mapping
    document, placed = _new_document(doc)
    return document, {p.index: placed[n] for n, p in enumerate(doc.paragraphs)}


_TABLE_PLACE = re.compile(r"^表(\d+)第(\d+)行(?:第(\d+)列)?$")


def _table_cell(document: DocxDocument, place: str) -> DocxParagraph | None:
    """The first paragraph of the .docx table cell a finding's place names."""
    match = _TABLE_PLACE.match(place)
    if match is None:
        return None
    table, row, column = (int(g) if g else 1 for g in match.groups())
    try:
        cell = document.tables[table - 1].rows[row - 1].cells[column - 1]
    except IndexError:
        return None
    paragraphs: list[DocxParagraph] = cell.paragraphs
    return paragraphs[0] if paragraphs else None


def write_annotated(result: ReviewResult, source: Path, out: Path) -> None:
    """Save ``out``: the report with one comment per finding (on its table cell when it
    has one), plus a summary page."""
    document, mapping = _targets(result, source)
    for finding in result.findings:
        in_table = _table_cell(document, finding.place) if result.doc_kind == "docx" else None
        paragraph = in_table or mapping.get(finding.paragraph)
        if paragraph is None:
            continue
        runs = _anchor_runs(paragraph, finding.quote)
        document.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
    _add_summary(document, result)
    document.save(str(out))


def _heading(document: DocxDocument, text: str) -> None:
    """A level-1 heading, or a bold line in a document that has no heading styles (a
    damaged file's styles part, a document made without Word's built-in styles)."""
    try:
        document.add_heading(text, level=1)
    except KeyError:
        document.add_paragraph().add_run(text).bold = True


def _add_summary(document: DocxDocument, result: ReviewResult) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _heading(document, "复核意见汇总")
    counts = "，".join(f"{SEVERITY_LABELS[s]}{result.count(s)}项" for s in Severity)
    document.add_paragraph(
        f"文件：{Path(result.file).name}。共发现问题{len(result.findings)}项：{counts}。"
    )
    table = document.add_table(rows=1, cols=5)
    with suppress(KeyError):  # a document without Word's built-in table styles
        table.style = "Table Grid"
    for cell, title in zip(
        table.rows[0].cells, ("序号", "类别", "段落", "问题", "复算"), strict=True
    ):
        cell.text = title
    for number, finding in enumerate(result.findings, 1):
        cells = table.add_row().cells
        cells[0].text = str(number)
        cells[1].text = finding_title(finding)
        cells[2].text = f"第{finding.paragraph}段"
        cells[3].text = finding.message
        cells[4].text = finding.recomputed or ""
