"""Records of the 复核 feature: the report as paragraphs, and what the review found.

Everything here is a frozen dataclass; checks read a :class:`ReportDoc` and return
:class:`ReviewFinding` values.  No I/O happens in this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field

from jixiao.core.findings import Severity
from jixiao.review.text.kind import DocIdentity
from jixiao.review.text.kind import DocKind

SEVERITY_ORDER: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """One paragraph of the report as read from the file.

    Attributes:
        index: 1-based paragraph number in the review (empty paragraphs are not counted).
        text: the paragraph text, stripped of surrounding white space.
        level: 0 for body text; 1 (title) … 9 for headings, smaller is higher.
        anchor: position in the source .docx body (``document.paragraphs``), or None when
            the paragraph came from a table or another format.
        section: index of the nearest heading above (0 when there is none).
        contents: True for a line of the table of contents (目录), which no check reads.
        cells: the paragraph as table cells: a grid row's cells, or the pieces of a line
            between ｜ and white space (a table flattened by an export).
        place: where the reader found it (表2第3行, 自评表!5行, 第2页), or "".
        cell_places: each grid cell's own place (自评表!C5), parallel to ``cells``.
    """

    index: int
    text: str
    level: int = 0
    anchor: int | None = None
    section: int = 0
    contents: bool = False
    cells: tuple[str, ...] = ()
    place: str = ""
    cell_places: tuple[str, ...] = ()

    @property
    def is_heading(self) -> bool:
        """True for headings and the title."""
        return self.level > 0


#: How a finished paragraph ends (else the text was cut off in mid-sentence).
_ENDS = ("。", "；", ";", "！", "!", "）", ")", "”")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class ReportDoc:
    """A report ready to be checked. One document is one object: the per-document caches of
    the checks key on it by identity (hashing every paragraph at each lookup cost a tenth of
    the review's time).

    Attributes:
        name: the file name (or a label) shown in findings.
        paragraphs: the paragraphs in reading order; ``paragraphs[i].index == i + 1``.
        pages: page count for PDF input, None otherwise.
        year: the report's fiscal year (from its title), or None if it cannot be told.
        indicators: names of the framework's 三级 indicators expected in the report.
        source_kind: ``docx``, ``pdf``, ``txt`` or ``md``.
        identity: what the document is (kind, whole or excerpt), told from its title lines.
        read_notes: what the reader could not read (formula cells saved without a value …).
    """

    name: str
    paragraphs: tuple[Paragraph, ...]
    pages: int | None = None
    year: int | None = None
    indicators: tuple[str, ...] = ()
    source_kind: str = "txt"
    identity: DocIdentity = field(
        default_factory=lambda: DocIdentity(kind=DocKind.BUMEN_REPORT, excerpt=False)
    )
    read_notes: tuple[str, ...] = ()

    def paragraph(self, index: int) -> Paragraph:
        """The paragraph with the 1-based ``index``."""
        return self.paragraphs[index - 1]

    def cut_off(self) -> Paragraph | None:
        """The last paragraph when the text is an excerpt cut off in mid-sentence."""
        last = self.paragraphs[-1] if self.paragraphs else None
        return last if last is not None and not last.text.rstrip().endswith(_ENDS) else None

    def body_of(self, heading: int) -> list[Paragraph]:
        """Body paragraphs whose nearest heading is ``heading``."""
        return [p for p in self.paragraphs if p.section == heading and not p.is_heading]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewFinding:
    """One fault a reviewer would raise.

    Attributes:
        code: stable code from :data:`jixiao.review.catalogue.CATALOGUE`.
        severity: error, warning or info (the catalogue's default for the code).
        message: Chinese sentence in the register of an official review opinion.
        paragraph: 1-based paragraph number the finding is anchored on.
        quote: a short quote of the offending text.
        stated: the figure as written, or None.
        recomputed: what the stated inputs give, or None.
        place: where in the file: a cell (自评表!C5), a table row (表2第3行), a page, or "".
    """

    code: str
    severity: Severity
    message: str
    paragraph: int
    quote: str
    stated: str | None = None
    recomputed: str | None = None
    place: str = ""


def ordered_findings(findings: Iterable[ReviewFinding]) -> tuple[ReviewFinding, ...]:
    """Findings without repeats (one fault said the same way in one paragraph, whichever
    words it was quoted from), most severe first, then in reading order."""
    first: dict[tuple[str, int, str, str], ReviewFinding] = {}
    for finding in findings:
        first.setdefault((finding.code, finding.paragraph, finding.message, finding.place), finding)
    return tuple(sorted(first.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.paragraph)))


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewResult:
    """The review of one file.

    Attributes:
        file: the file path as given.
        units: pages (PDF) or paragraphs (other formats).
        findings: the findings, most severe first, then in reading order.
        doc: the report as read (None when the file could not be read).
        error: the Chinese reason the file could not be reviewed, or None.
        table: the file name of the 自评表 the figures were cross-checked with, or "".
        notes: what was and was not checked, and why (节选，不核对提纲 …), in Chinese.
    """

    file: str
    units: int
    findings: tuple[ReviewFinding, ...] = ()
    doc: ReportDoc | None = None
    error: str | None = None
    table: str = ""
    notes: tuple[str, ...] = ()

    @property
    def doc_kind(self) -> str:
        """The format the file was read as (docx, pdf, xlsx …), "" when it was not read."""
        return self.doc.source_kind if self.doc is not None else ""

    @property
    def kind(self) -> str:
        """The document kind as shown to a reviewer ("" when the file was not read)."""
        return self.doc.identity.label if self.doc is not None else ""

    def count(self, severity: Severity) -> int:
        """How many findings of ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass(frozen=True, slots=True)
class FindingKind:
    """A catalogue entry.

    Attributes:
        severity: default severity of findings with this code.
        family: the check family (arithmetic, support, structure, boilerplate, year).
        title: short Chinese title.
        why: one Chinese sentence on why a reviewer cares.
    """

    severity: Severity
    family: str
    title: str
    why: str
