"""The shape of a report: heading levels, sections, the fiscal year, sentences.

Headings are guessed from the numbering of Chinese official documents (一、 （一） 1.
（1）) and from short unnumbered lines; a .docx heading style, when present, wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.kind import DocIdentity
from jixiao.review.text.kind import identify
from jixiao.review.text.normalize import is_traditional
from jixiao.review.text.normalize import normalize_texts
from jixiao.review.text.normalize import split_cells

TITLE = 1
LEVEL_CN = 2  # 一、
LEVEL_CN_PAREN = 4  # （一）
LEVEL_ARABIC = 6  # 1.
LEVEL_ARABIC_PAREN = 8  # （1）

_CN = "一二三四五六七八九十"
_NUMBERED: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"^[{_CN}]+\s*[、.．]"), LEVEL_CN),
    (re.compile(rf"^[（(][{_CN}]+[）)]"), LEVEL_CN_PAREN),
    (re.compile(r"^\d{1,2}\s*[.．、](?!\d)"), LEVEL_ARABIC),
    (re.compile(r"^[（(]\d{1,2}[）)]"), LEVEL_ARABIC_PAREN),
)
TOP_SECTIONS = ("基本情况", "基本概况", "单位概况", "部门概况", "项目概况")
_SENTENCE_END = re.compile(r"[。！？!](?!\s*[）)])")  # (“…0万元。）比上年…”: inside a bracket)
_YEAR_TITLE = re.compile(r"(20\d\d)\s*年度")
#: A year as written (2023年, 2023 年).
YEAR = re.compile(r"(20\d\d)\s*年")
HEADING_MAX = 30
_LABELLED = re.compile(r"[：:]\s*\S")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
UNNUMBERED_MAX = 22
UNNUMBERED_MIN = 3


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of a paragraph's text: ``text == paragraph.text[start:end]``."""

    start: int
    end: int
    text: str


def _numbered_sentence(text: str) -> bool:
    """“1、年度资金40.83万元，本年度财政拨款40.83万元。”: a numbered sentence with figures
    that ends in 。 is an item of text, not a heading."""
    return text.rstrip().endswith("。") and bool(re.search(r"\d", heading_text(text)))


def numbered_level(text: str) -> int:
    """The level of an official-document number (一、 （一） 1. （1）) at the start, else 0."""
    for pattern, level in _NUMBERED:
        if pattern.match(text):
            return level
    return 0


def _one_sentence(text: str) -> bool:
    inner = text.rstrip("。；;.")
    return _SENTENCE_END.search(inner) is None and "；" not in inner


#: “一是…”, “其次…”: the items of a list in running text, never headings.
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|另外)")


def _plain_text(stripped: str) -> bool:
    """An unnumbered line that reads as text, not as a heading: long, ending in a stop, a
    labelled value (“年度总体目标：（未填写）”), a note in brackets, a bare answer (“无”), or
    figures other than the title's 20XX年度."""
    return (
        len(stripped) > UNNUMBERED_MAX
        or bool(_ENUMERATED.match(stripped))
        or stripped[-1:] in "。；：:，,;！？"
        or bool(_LABELLED.search(stripped) or _BRACKETED.fullmatch(stripped))
        or len(stripped) < UNNUMBERED_MIN
        or bool(re.search(r"\d", stripped) and not re.search(r"20\d\d\s*年度", stripped))
    )


def guess_level(text: str, previous_numbered: int) -> int:
    """The heading level of ``text`` (0 for body), given the last top/second heading level.

    A numbered line ending in ；/; is an item of a list (职责 1.…；2.…；), not a heading.
    """
    numbered = numbered_level(text)
    if numbered:
        is_item = text.rstrip()[-1:] in "；;，,"
        fits = len(text) <= HEADING_MAX and _one_sentence(text)
        return numbered if fits and not is_item and not _numbered_sentence(text) else 0
    stripped = text.strip()
    if stripped in TOP_SECTIONS:
        return LEVEL_CN
    if _plain_text(stripped):
        return 0
    return previous_numbered + 1 if previous_numbered else TITLE


def assign_levels(texts: list[str], styles: list[int | None]) -> list[int]:
    """Heading levels for each paragraph: the style level when given, else a guess."""
    levels: list[int] = []
    previous = 0
    for text, style in zip(texts, styles, strict=True):
        level = style if style is not None else guess_level(text, previous)
        if level in {LEVEL_CN, LEVEL_CN_PAREN}:
            previous = level
        levels.append(level)
    return levels


def report_year(texts: list[str]) -> int | None:
    """The fiscal year: a ``20XX年度`` in the first lines, else the commonest ``20XX年``."""
    for text in texts[:6]:
        match = _YEAR_TITLE.search(text)
        if match:
            return int(match.group(1))
    years = Counter(int(m.group(1)) for text in texts for m in YEAR.finditer(text))
    return years.most_common(1)[0][0] if years else None


_CONTENTS_TITLE = re.compile(r"^[^，。,]{0,8}目\s*录$")
CONTENTS_BODY_MIN = 40


#: An outline shown without its 目录 line (a preview page): this many numbered lines in a
#: row, with this many 一、二、三 among them and no text under any.
OUTLINE_RUN = 5
OUTLINE_TOP = 3


def contents_lines(texts: list[str]) -> set[int]:
    """Positions (0-based) of the table of contents: from a 目录 line to the first line that
    repeats one of its entries (the body starting) or a long sentence of body text; or a run
    of numbered lines with several top-level ones and nothing under any of them."""
    start = next(
        (i for i, text in enumerate(texts[:40]) if _CONTENTS_TITLE.match(text.strip())), None
    )
    if start is None:
        return _bare_outline(texts)
    seen: set[str] = set()
    found = {start}
    for position in range(start + 1, len(texts)):
        entry = heading_text(texts[position])
        is_body = len(texts[position]) > CONTENTS_BODY_MIN and not numbered_level(texts[position])
        if (_repeats(entry, seen) and len(seen) > 1) or is_body:
            break
        seen.add(entry)
        found.add(position)
    return found


#: An entry said again in the body may lose its unit's name before it, or gain it
#: (“1. 某管委会2020年“三公”经费支出预算表” over “一、2020年“三公”经费支出预算表”).
_REPEAT_MIN = 8


def _repeats(entry: str, seen: set[str]) -> bool:
    """The body's heading repeats an entry of the contents: the same, or one ending the
    other and opening with its year (the longer one the unit's name before it), when both
    are long enough to name one section."""
    if entry in seen:
        return True
    if len(entry) < _REPEAT_MIN:
        return False
    # the shorter one opens with its year: the unit's name was what the longer added
    return any(
        len(other) >= _REPEAT_MIN
        and (
            (other.endswith(entry) and _YEAR_FIRST.match(entry))
            or (entry.endswith(other) and _YEAR_FIRST.match(other))
        )
        for other in seen
    )


_YEAR_FIRST = re.compile(r"^20\d\d年")


def _bare_outline(texts: list[str]) -> set[int]:
    """The longest run of numbered lines near the top with at least :data:`OUTLINE_TOP`
    一、二、三 headings in it: an outline listed before the text, not empty sections."""
    run: list[int] = []
    for position, text in enumerate(texts[:60]):
        if numbered_level(text) and len(text) <= HEADING_MAX and not text.rstrip().endswith("。"):
            run.append(position)
            continue
        if _is_outline(texts, run):
            return _run_on(texts, run)
        run = []
    return set(run) if _is_outline(texts, run) else set()


def _run_on(texts: list[str], run: list[int]) -> set[int]:
    """The outline with the numbered lines that go on after a long entry (“(二)评价原则、
    评价指标体系、评价方法、评价标准等”), up to a line that is not one or repeats an entry."""
    seen = {heading_text(texts[p]) for p in run}
    found = set(run)
    for position in range(run[-1] + 1, len(texts)):
        text = texts[position]
        entry = heading_text(text)
        if not numbered_level(text) or text.rstrip().endswith("。") or entry in seen:
            break
        seen.add(entry)
        found.add(position)
    return found


def _is_outline(texts: list[str], run: list[int]) -> bool:
    tops = [p for p in run if numbered_level(texts[p]) == LEVEL_CN]
    return len(run) >= OUTLINE_RUN and len(tops) >= OUTLINE_TOP


def build_doc(
    name: str,
    texts: list[str],
    *,
    styles: list[int | None] | None = None,
    anchors: list[int | None] | None = None,
    pages: int | None = None,
    indicators: tuple[str, ...] = (),
    source_kind: str = "txt",
    identity: DocIdentity | None = None,
    cells: list[tuple[str, ...] | None] | None = None,
    places: list[tuple[str, tuple[str, ...]]] | None = None,
) -> ReportDoc:
    """Normalise the characters, number the paragraphs, guess headings, sections and the
    table of contents, find the year and tell what the document is."""
    pieces = split_cells(texts)
    traditional = is_traditional(texts)
    if cells is not None:
        pieces = [
            tuple(normalize_texts(list(row), traditional)) if row is not None else piece
            for row, piece in zip(cells, pieces, strict=True)
        ]
    texts = normalize_texts(texts, traditional)
    styles = styles if styles is not None else [None] * len(texts)
    anchors = anchors if anchors is not None else [None] * len(texts)
    contents = contents_lines(texts)
    places = places if places is not None else [("", ())] * len(texts)
    levels = [
        0 if number in contents else level
        for number, level in enumerate(assign_levels(texts, styles))
    ]
    paragraphs: list[Paragraph] = []
    section = 0
    for number, (text, level, anchor) in enumerate(zip(texts, levels, anchors, strict=True), 1):
        paragraphs.append(
            Paragraph(
                index=number,
                text=text,
                level=level,
                anchor=anchor,
                section=section,
                contents=number - 1 in contents,
                cells=pieces[number - 1],
                place=places[number - 1][0],
                cell_places=places[number - 1][1],
            )
        )
        if level:
            section = number
    return ReportDoc(
        name=name,
        paragraphs=tuple(paragraphs),
        pages=pages,
        year=report_year(texts),
        indicators=indicators,
        source_kind=source_kind,
        identity=identity if identity is not None else identify(texts),
    )


def sentences(text: str) -> Iterator[Span]:
    """Sentences of ``text`` (ending at 。！？), each with its offsets."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > start:
            yield Span(start, match.end(), text[start : match.end()])
        start = match.end()
    if start < len(text):
        yield Span(start, len(text), text[start:])


def heading_text(text: str) -> str:
    """A heading without its numbering and trailing punctuation."""
    for pattern, _level in _NUMBERED:
        match = pattern.match(text)
        if match:
            text = text[match.end() :]
            break
    return text.strip().rstrip("。；：:")


def parent_heading(doc: ReportDoc, index: int) -> Paragraph | None:
    """The nearest heading above paragraph ``index`` with a higher rank than it."""
    own = doc.paragraph(index)
    level = own.level if own.is_heading else 99
    for number in range(index - 1, 0, -1):
        candidate = doc.paragraph(number)
        if candidate.is_heading and candidate.level < level:
            return candidate
    return None


def subtree(doc: ReportDoc, heading: Paragraph) -> list[Paragraph]:
    """The paragraphs under ``heading`` up to the next heading of the same or higher rank."""
    found: list[Paragraph] = []
    for paragraph in doc.paragraphs[heading.index :]:
        if paragraph.is_heading and paragraph.level <= heading.level:
            break
        found.append(paragraph)
    return found
