"""Structure: required sections, empty headings, indicators not discussed, missed targets
without cause and measure, total score and grade."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.indicators import normalize_name
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import figure
from jixiao.review.text.kind import DocKind
from jixiao.review.text.kind import signed
from jixiao.review.text.structure import heading_text
from jixiao.review.text.structure import numbered_level
from jixiao.review.text.structure import parent_heading
from jixiao.review.text.structure import subtree
from jixiao.review.text.targets import VERDICT
from jixiao.review.text.targets import indicator_of
from jixiao.review.text.targets import scope_of

#: The outline of a 部门整体 self-evaluation report: name shown → words any of which marks
#: the section.
REQUIRED_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("基本情况", ("基本情况", "基本概况", "概况")),
    ("自评工作开展情况", ("自评工作", "评价工作", "自评开展", "自评组织", "自评情况")),
    (
        "绩效目标完成情况",
        ("目标完成情况", "目标实现情况", "绩效实现情况", "指标完成情况", "绩效情况"),
    ),
    ("存在的问题和原因", ("存在的问题", "存在问题", "突出问题", "问题和原因", "问题及原因")),
    ("下一步改进措施", ("改进措施", "改进意见", "整改措施", "下一步")),
)
MIN_SECTIONS_FOR_OUTLINE = 2
NUMBERED_LEVELS = {2, 4, 6, 8}
SECTION_LEVELS = {2, 4}
MIN_OUTLINE_CHILDREN = 2


def check_sections(doc: ReportDoc) -> list[ReviewFinding]:
    """Parts of the standard outline that a whole 部门整体 report lacks."""
    if doc.identity.kind is not DocKind.BUMEN_REPORT or doc.identity.excerpt:
        return []
    headings = _headings(doc)
    missing = [
        name
        for name, words in REQUIRED_SECTIONS
        if not any(w in h for h in headings for w in words)
    ]
    if any(_WORK_TOLD.search(p.text) for p in doc.paragraphs):
        missing = [name for name in missing if name != "自评工作开展情况"]
    if not doc.paragraphs or len(REQUIRED_SECTIONS) - len(missing) < MIN_SECTIONS_FOR_OUTLINE:
        return []
    if _cut_start(doc):
        return []
    return [
        make_finding(
            "section-missing",
            doc.paragraphs[0],
            f"报告缺少“{name}”部分，不符合部门整体绩效自评报告的规定提纲。",
        )
        for name in missing
    ]


#: “（二）绩效自评工作开展。成立…”: a section's heading run into its own text, up to the
#: first full stop or colon (a clause with a comma in it is a sentence, no heading).
_RUN_IN = re.compile(r"^[^。：:，,；;]{2,20}(?=[。：:])")
#: How the self-evaluation was organised, told under another heading (“成立绩效自评工作专班，
#: 对…开展自评”): the section's content is there.
_WORK_TOLD = re.compile(r"(?:成立|组建)[^。；]{0,30}(?:自评|评价)工作(?:组|小组|专班|领导小组)")


def _headings(doc: ReportDoc) -> list[str]:
    """The headings' texts, and the run-in heading of each paragraph numbered as a section
    (一、 or （一）)."""
    texts = [p.text for p in doc.paragraphs if p.is_heading]
    for paragraph in doc.paragraphs:
        run_in = _RUN_IN.match(paragraph.text)
        section = numbered_level(paragraph.text) in SECTION_LEVELS  # 一、 or （一）, not 1.
        if not paragraph.is_heading and section and run_in:
            texts.append(run_in.group(0))
    return texts


#: A whole 部门整体 report runs to several pages; a text this short and unsigned is the start
#: of one (a web page's excerpt cut at a paragraph's end): the parts it lacks may lie beyond
#: the cut, or later in an outline of the province's own order.
SHORT_REPORT = 3000


def _cut_start(doc: ReportDoc) -> bool:
    text = sum(len(p.text) for p in doc.paragraphs)
    return text < SHORT_REPORT and not signed(doc.paragraphs[-1].text)


#: “（一）提供的公共产品和服务：2018年场馆…”: a heading line that carries its own text;
#: “1、进一步简化申报流程，让数据多跑路。”: a numbered item written as a sentence;
#: “（一）财政拨款小计 6.30”: a table's row label with its amount;
#: “（一）自评得分95分”: a heading that states its own figure.
_INLINE_BODY = re.compile(
    r"[:：]\s*\S{2,}|[，,；;].*[。；;]$|\d\.\d+$|\d+(?:\.\d+)?\s*(?:分|万元|元|%|％)$"
)


#: A heading that says it may stay empty.
#: Headings that need no text: “（如无…则无需阐述）”, “（附…自评表）” (the content is attached).
_MAY_BE_EMPTY = re.compile(r"如无|若无|无需|不需|如没有|[（(](?:详见|见)?附[^）)]{0,30}[表件][）)]")


def _has_body(doc: ReportDoc, heading: Paragraph) -> bool:
    return any(
        not p.is_heading or _INLINE_BODY.search(p.text) for p in (heading, *subtree(doc, heading))
    )


_BARE_NUMBER = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?")


def _cut_off(doc: ReportDoc) -> int:
    """In an excerpt, the index of the first of the headings the text ends on (nothing after
    them but other headings): they are empty because the excerpt stops, not the report."""
    end = len(doc.paragraphs) + 1
    last = doc.paragraphs[-1].text.strip() if doc.paragraphs else ""
    if not doc.identity.excerpt and not _BARE_NUMBER.fullmatch(last):
        return end  # (a text ending on a number with no words, “（1）”, is cut there)
    for paragraph in reversed(doc.paragraphs):
        if not paragraph.is_heading:
            break
        end = paragraph.index
    return end


def _numbered_twice(doc: ReportDoc, heading: Paragraph) -> bool:
    """“（一）项目基本情况” straight over “（一）项目概况”: the same number twice, the first
    one a title over the second, not an empty section."""
    if heading.index >= len(doc.paragraphs):
        return False
    following = doc.paragraph(heading.index + 1)
    number = re.match(r"^\S{1,4}?[、.．）)]", heading.text)
    return bool(
        following.level == heading.level
        and number is not None
        and following.text.startswith(number.group(0))
    )


#: A numbered line that is a whole sentence: a finding or an opinion listed, not a title.
_STATEMENT = re.compile(r"[\u4e00-\u9fff]{6,}[^。]*。\s*$")
#: Headings whose numbered sentences are the content itself (opinions, suggestions), unlike
#: 主要成效, whose numbered lines title what each achievement's text should say.
_STATED_LIST = re.compile(r"意见|建议|结论|问题")


_BLANK_ROW = re.compile(r"[^｜|]+(?:\s*[｜|])+\s*")


def _row(heading: Paragraph) -> bool:
    """“一、本级收入｜96370｜一、本级支出｜181091”: a table's row of figures, no heading; so is
    a row whose cells after its label are all blank (“（一）一般公共预算拨款 | | |”: nil)."""
    if _BLANK_ROW.fullmatch(heading.text):
        return True
    return len(heading.cells) > 1 and any(figure(cell) is not None for cell in heading.cells)


def _list_end(doc: ReportDoc, heading: Paragraph) -> bool:
    """The last item of a numbered list whose items end in ；(“（四）…促进对外文化交流；” /
    “（五）承办市文化局交办的其他事项。”): a duty listed, not a heading."""
    before = [p for p in doc.paragraphs if p.index < heading.index and p.text.strip()]
    if not before or not heading.text.rstrip().endswith("。"):
        return False
    previous = before[-1]
    same = numbered_level(previous.text) == numbered_level(heading.text)
    return same and previous.text.rstrip().endswith(("；", ";"))


def _not_empty(doc: ReportDoc, heading: Paragraph) -> bool:
    """A heading that may stand empty (“其他需要说明的情况（如无…则无需阐述）”), a list's last
    item, a table's row, or a heading over numbered rows of figures (“1.因公出国（境）团组数
    （个）   0”): no empty heading."""
    if _MAY_BE_EMPTY.search(heading.text) or _list_end(doc, heading) or _row(heading):
        return True
    return any(_row(p) for p in subtree(doc, heading) if p.is_heading)


def check_empty_headings(doc: ReportDoc) -> list[ReviewFinding]:
    """Numbered headings with no text under them, reported once at the highest one.

    A bare 1. or （1） line is a list item as often as a heading: it counts only when it
    heads an empty outline of its own (1.主要成效 over （1）…（7）).
    """
    findings: list[ReviewFinding] = []
    cut_off = _cut_off(doc)
    for heading in doc.paragraphs:
        if heading.level not in NUMBERED_LEVELS or heading.index >= cut_off:
            continue
        if _has_body(doc, heading) or _numbered_twice(doc, heading):
            continue
        if _not_empty(doc, heading):
            continue
        parent = parent_heading(doc, heading.index)
        if parent is not None and parent.level in NUMBERED_LEVELS and not _has_body(doc, parent):
            continue
        children = [p for p in subtree(doc, heading) if p.is_heading]
        if children and not any(numbered_level(p.text) for p in children):
            continue  # “按规定申请公开”: a short unnumbered answer, not a sub-heading
        stated = bool(children) and all(_STATEMENT.search(p.text) for p in children)
        if stated and _STATED_LIST.search(heading.text):
            continue  # “评估意见 / （一）部门对预算绩效管理认识不充分。”: the opinions listed
        if heading.level not in SECTION_LEVELS and len(children) < MIN_OUTLINE_CHILDREN:
            continue
        name = heading_text(heading.text)
        if children:
            message = f"“{name}”下列有{len(children)}个小标题，均无具体内容，相关情况未作说明。"
        else:
            message = f"“{name}”标题下无具体内容，应补充说明或删除该标题。"
        findings.append(make_finding("heading-empty", heading, message))
    return findings


def check_indicators(doc: ReportDoc) -> list[ReviewFinding]:
    """Framework indicators that the report never names."""
    if not doc.indicators or not doc.paragraphs:
        return []
    text = normalize_name("".join(p.text for p in doc.paragraphs))
    missing = [name for name in doc.indicators if normalize_name(name) not in text]
    present = len(doc.indicators) - len(missing)
    if not missing or present * 2 < len(doc.indicators):
        return []
    anchor = next(
        (p for p in doc.paragraphs if p.is_heading and "完成情况" in p.text), doc.paragraphs[0]
    )
    names = "、".join(missing)
    message = f"指标体系中的{len(missing)}项指标未在报告中分析：{names}。"
    return [make_finding("indicator-missing", anchor, message, stated=None, recomputed=names)]


_CAUSE = re.compile(r"原因|由于|因为|受[^，。]{1,12}影响|主要是|导致|致使")
_MEASURE = re.compile(
    r"措施|下一步|将进一步|拟|加强|改进|整改|完善|提高|优化|加快|确保|力争|推进|督促|纳入[^，。；]{0,12}计划"
)


def _explained(doc: ReportDoc, paragraph: Paragraph, pattern: re.Pattern[str]) -> bool:
    if any(pattern.search(p.text) for p in scope_of(doc, paragraph) if not p.is_heading):
        return True
    stem = re.sub(r"(率|情况|性|度)$", "", indicator_of(doc, paragraph))[-4:]
    if len(stem) < 2:
        return False
    return any(
        stem in clause and pattern.search(clause)
        for p in doc.paragraphs
        if p.section != paragraph.section and not p.is_heading
        for clause in re.split(r"[。；;]", p.text)
    )


def check_missed_targets(doc: ReportDoc) -> list[ReviewFinding]:
    """“未达到年初目标” without the cause of the gap and the measure to close it."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        match = VERDICT.search(paragraph.text)
        if paragraph.is_heading or match is None or not match.group("neg"):
            continue
        missing = [
            what
            for what, pattern in (("偏差原因", _CAUSE), ("改进措施", _MEASURE))
            if not _explained(doc, paragraph, pattern)
        ]
        if not missing:
            continue
        name = indicator_of(doc, paragraph) or "该指标"
        message = f"“{name}”{match.group(0)}，报告未分析{'和'.join(missing)}。"
        findings.append(
            make_finding("missed-target-unexplained", paragraph, message, span=match.span())
        )
    return findings


_TOTAL_SCORE = re.compile(
    r"(总分|总得分|自评得分|综合得分|综合评分|评价得分|项目得分|最终得分)(为|是|：|:)?\s*"
    r"(\d+(?:\.\d+)?)\s*分"
)
_GRADE = re.compile(
    r"(等级|等次|评价结果|评定|评价结论)(为|是|：|:)?\s*[“\"「]?(优秀|优|良好|良|中等|中|差|较差)"
)
GRADE_BANDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(90), "优"),
    (Decimal(80), "良"),
    (Decimal(60), "中"),
    (Decimal(0), "差"),
)


def grade_for(score: Decimal) -> str:
    """优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差."""
    return next(name for floor, name in GRADE_BANDS if score >= floor)


def grade_finding(
    paragraph: Paragraph,
    score: str,
    stated: str,
    span: tuple[int, int] | None,
    *,
    where: str = "报告",
) -> ReviewFinding | None:
    """The grade ``stated`` for the total ``score`` (as written) if it is not its band's."""
    value = Decimal(score)
    due = grade_for(value)
    if stated[0] == due or value > 100:
        return None
    label = "自评得分" if where == "报告" else "总分"
    message = (
        f"{label}{score}分，按优≥90、良≥80、中≥60分的区间应为“{due}”，{where}评定为“{stated}”。"
    )
    return make_finding(
        "grade-mismatch", paragraph, message, span=span, stated=stated, recomputed=due
    )


def check_grade(doc: ReportDoc) -> list[ReviewFinding]:
    """The grade stated for the total score should match the band."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        score = _TOTAL_SCORE.search(paragraph.text)
        grade = _GRADE.search(paragraph.text)
        if score is None or grade is None:
            continue
        finding = grade_finding(paragraph, score.group(3), grade.group(3), grade.span())
        if finding is not None:
            findings.append(finding)
    return findings
