"""Boilerplate and naming: sentences reused under different headings, paragraphs unrelated
to their indicator, the unit named inconsistently (figures of another year: ``years``)."""

from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher

from jixiao.review.catalogue import make_finding
from jixiao.review.indicators import normalize_name
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.sentences import is_checkable
from jixiao.review.text.sentences import word_pairs
from jixiao.review.text.structure import heading_text
from jixiao.review.text.structure import numbered_level
from jixiao.review.text.structure import sentences

SHINGLE = 15
_STRIP = re.compile(r"[\s，。；：、！？,.;:!?“”\"'（）()《》<>〈〉【】\-—]")
_NUMBERING = re.compile(r"^([（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?)")
TITLE_SEARCH = 12
TITLE_MAX = 60
_TITLE_WORDS = re.compile(r"(?:项目)?(?:支出)?绩效(?:自评|评价)|自评报告|自评表")
_TITLED = re.compile(r"《[^》]{0,60}》|“[^”]{0,60}”")
_FORM_FIELD = re.compile(
    r"^\s*(?:项目名称|单位名称|部门名称|部门（单位）名称|主管部门|实施单位|项目单位|填报单位"
    r"|资金来源|项目类别|联系人|联系电话|填报人|填报日期)\s*[:：][^。]{0,40}$"
)
_ATTACHMENT = re.compile(r"^\s*附件\s*\d*\s*[:：]?")
_DATA_KINDS = frozenset({"money", "percent", "count", "measure", "score", "points"})


def _states_figures(text: str) -> bool:
    """A sentence with an amount, a rate or a count (a year or 第2段 is not one)."""
    return any(q.kind in _DATA_KINDS for q in quantities_in(text))


_SCORED = re.compile(r"得\d+(?:\.\d+)?分")
_NOT_APPLICABLE = re.compile(r"不涉及|不适用|未发生|未开展|未进行|未编制|无此项")


def _normalized(text: str) -> str:
    return _STRIP.sub("", _NUMBERING.sub("", text))


def _shingles(text: str) -> set[str]:
    flat = _normalized(text)
    return {
        flat[i : i + SHINGLE]
        for i in range(len(flat) - SHINGLE + 1)
        if not re.search(r"\d", flat[i : i + SHINGLE])
    }


_FORMULAE = re.compile(
    r"习近平新时代中国特色社会主义思想|党的二十大精神|党的十九大精神|以人民为中心的发展思想|"
    r"全面从严治党|中共中央国务院关于全面实施预算绩效管理的意见"
)
LONG_RUN = 24
MIN_BLOCK = 6
SHARE_REUSED = Decimal("0.5")


def _reused(earlier: str, later: str) -> bool:
    """A long shared run, or most of the shorter paragraph copied (figures aside)."""
    a, b = _FORMULAE.sub("", _normalized(earlier)), _FORMULAE.sub("", _normalized(later))
    if len(a) < len(b):
        a, b = b, a
    grams = {a[i : i + MIN_BLOCK] for i in range(len(a) - MIN_BLOCK + 1)}
    covered = [False] * len(b)
    for i in range(len(b) - MIN_BLOCK + 1):
        gram = b[i : i + MIN_BLOCK]
        if gram in grams and not re.search(r"\d", gram):
            covered[i : i + MIN_BLOCK] = [True] * MIN_BLOCK
    run = longest = 0
    for flag in covered:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    share = Decimal(sum(covered)) / len(b) if b else Decimal(0)
    return longest >= LONG_RUN or share >= SHARE_REUSED


MIN_NAME = 6
#: A paragraph's own wording shorter than this (a name, a label) is no passage to reuse.
MIN_WORDING = 20


def _names(doc: ReportDoc) -> re.Pattern[str] | None:
    """The opening lines (title, page header) and the headings: repeating them (a title
    restated, the unit's name) is not boilerplate."""
    texts = {heading_text(p.text) for p in doc.paragraphs if p.section == 0 or p.is_heading}
    for paragraph in doc.paragraphs[:TITLE_SEARCH]:  # the title, wherever a page put it
        title = _TITLE_WORDS.search(paragraph.text)
        if title is not None and len(paragraph.text) <= TITLE_MAX:
            texts.add(paragraph.text[: title.start()])
            after = re.sub(r"^(?:报告|表)", "", paragraph.text[title.end() :])
            texts.add(after.strip("（）() "))  # “…自评报告(某某项目)”: the project's name
    names = sorted((t for t in texts if len(t) >= MIN_NAME), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def check_boilerplate(doc: ReportDoc) -> list[ReviewFinding]:
    """The same passage (no figures) reused under a different heading; the formulae of
    political language and the document's own title and headings do not count."""
    seen: dict[str, Paragraph] = {}
    findings: list[ReviewFinding] = []
    names = _names(doc)
    for paragraph in doc.paragraphs:
        in_preamble = paragraph.section == 0  # page header, title, opening lines
        if in_preamble or not is_checkable(paragraph) or _NOT_APPLICABLE.search(paragraph.text):
            continue
        if _ATTACHMENT.match(paragraph.text) or _FORM_FIELD.match(paragraph.text):
            continue  # “附件：…项目自评表”, “项目名称：…”: a title or a form's field
        if _numbered_title(paragraph.text):
            continue  # “（一）中央下达本市…转移支付预算和绩效目标情况”: a long heading
        own = _wording(paragraph.text, names)
        if len(_normalized(own)) < MIN_WORDING:
            continue  # a name or a short label line (云龙产业园…路网项目) is no passage
        shingles = _shingles(_FORMULAE.sub("", own))
        earlier = sorted(
            {
                seen[s].index: seen[s]
                for s in shingles
                if s in seen and seen[s].section != paragraph.section
            }.items()
        )
        first = next((p for _, p in earlier if _reused(_wording(p.text, names), own)), None)
        shared = _all_shared(first, paragraph) if first is not None else ""
        reused = first is not None and _ASSESSES.search(shared) and not _AMOUNT.search(shared)
        # the clause repeated, then this item's own figure (到位资金14280元), is no reuse
        reused = reused and first is not None and not _own_amount(first, paragraph)
        if reused and first is not None and not _both_plans(doc, first, paragraph):
            findings.append(_reuse_finding(doc, paragraph, first))
        for shingle in shingles:
            seen.setdefault(shingle, paragraph)
    return findings


#: A numbered line this short, with no sentence in it, is a heading however long for one.
NUMBERED_TITLE_MAX = 50


def _numbered_title(text: str) -> bool:
    stripped = text.strip()
    return (
        bool(numbered_level(stripped))
        and len(stripped) <= NUMBERED_TITLE_MAX
        and not re.search(r"[。；;！？]", stripped)
    )


def _wording(text: str, names: re.Pattern[str] | None) -> str:
    """The paragraph's own wording: its sentences without figures (a sentence that states
    figures reports data, however alike its frame), less the title and headings."""
    kept = "".join(s.text for s in sentences(text) if not _states_figures(s.text))
    kept = _TITLED.sub("", kept)  # 《a policy》, “a name”: cited, not written
    return names.sub("", kept) if names else kept


#: Words that judge or explain how work was done: what a copied passage claims. A run
#: shared without one is a name said twice (“…监测系统的日常运营维护工作”), not boilerplate.
_ASSESSES = re.compile(
    r"良好|有效|规范|严格|按照|确保|加强|提高|提升|达到|完成|实现|落实|保障|推进|促进|符合"
    r"|合理|及时|到位|显著|明显|积极|认真|圆满|充分|健全|完善|科学|满意|效益|成效|预期"
    r"|影响|导致|由于|未能|未按|滞后|加快|加大|改进|措施|调整"  # a 偏差原因 and its 改进措施
)


#: A copied stretch that carries an amount restates a fact (“一家企业资金2万元未到位，主要
#:原因为…”, said in 完成情况 and again under 偏差原因), not a stock phrase.
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元|元)")


def _own_amount(first: Paragraph, paragraph: Paragraph) -> bool:
    """``paragraph`` states an amount ``first`` does not: a fact of its own."""
    return bool(set(_AMOUNT.findall(paragraph.text)) - set(_AMOUNT.findall(first.text)))


def _masked(text: str, fill: str) -> str:
    """``text`` with each cited title (《…》, “…”) blanked out, offsets kept."""
    return _TITLED.sub(lambda m: fill * len(m.group(0)), text)


def _matcher(first: Paragraph, paragraph: Paragraph) -> SequenceMatcher[str]:
    """The two texts compared with their cited titles left out (blanked differently, so that
    a document cited in both is no shared wording)."""
    return SequenceMatcher(
        None, _masked(first.text, "\x01"), _masked(paragraph.text, "\x02"), autojunk=False
    )


def _all_shared(first: Paragraph, paragraph: Paragraph) -> str:
    """Every stretch of ``paragraph`` of a few characters or more that ``first`` also has."""
    matcher = _matcher(first, paragraph)
    blocks = matcher.get_matching_blocks()
    return "｜".join(paragraph.text[b.b : b.b + b.size] for b in blocks if b.size >= MIN_BLOCK)


#: A section that sets out what the money is for (…预算和绩效目标情况), not how it went.
_PLAN_SECTION = re.compile(r"目标")
_RESULT_SECTION = re.compile(r"完成|实现|自评|评价|成效|结果")


#: A section on the money itself (资金管理情况, 资金使用情况): it may restate what the money
#: is for.
_MONEY_SECTION = re.compile(r"资金(?:管理|使用|投入|安排|拨付)")


def _both_plans(doc: ReportDoc, first: Paragraph, paragraph: Paragraph) -> bool:
    """Both passages set out 绩效目标 (the same goals for 中央 and 省内 money, say), or the
    later one, on the money, restates the purpose the goals set out: restating a purpose is
    not reusing an assessment."""
    headings = [
        heading_text(doc.paragraph(p.section).text) for p in (first, paragraph) if p.section
    ]
    if len(headings) != 2 or not _plan(headings[0]):
        return False
    return _plan(headings[1]) or bool(_MONEY_SECTION.search(headings[1]))


def _plan(heading: str) -> bool:
    return bool(_PLAN_SECTION.search(heading)) and not _RESULT_SECTION.search(heading)


def _reuse_finding(doc: ReportDoc, paragraph: Paragraph, first: Paragraph) -> ReviewFinding:
    here = heading_text(doc.paragraph(paragraph.section).text) if paragraph.section else "正文"
    there = heading_text(doc.paragraph(first.section).text) if first.section else "正文"
    match = _matcher(first, paragraph).find_longest_match()
    quote = paragraph.text[match.b : match.b + match.size]
    message = (
        f"“{here}”下的表述“{quote[:30]}”与第{first.index}段（“{there}”下）重复，"
        "属套用表述，未反映本项的实际情况。"
    )
    return make_finding(
        "boilerplate-reuse", paragraph, message, span=(match.b, match.b + match.size)
    )


_GENERIC = re.compile(
    r"(情况|建设|规划|成效|完成率|控制率|执行率|开展率|覆盖率|应用率|变动率|调整率|储备率|"
    r"相符性|健全性|科学性|合理性|规范性|合规性|满意度|率|性)$"
)


#: Two-character words too common in reports to show that a paragraph touches a subject.
_COMMON_WORDS = frozenset({"管理", "制度", "工作", "情况", "建设", "规范", "体系", "服务"})


def _topic_words(name: str) -> set[str]:
    """Two-character words of the indicator's subject (满意度 is itself a subject)."""
    key = normalize_name(name)
    for _ in range(2):
        key = _GENERIC.sub("", key)
    words = word_pairs(key)
    distinctive = words - _COMMON_WORDS
    if name.endswith("满意度"):
        distinctive.add("满意")
    return distinctive or words


def check_off_topic(doc: ReportDoc) -> list[ReviewFinding]:
    """Text under an indicator heading that never touches the indicator's subject."""
    names = {normalize_name(n): n for n in doc.indicators}
    findings: list[ReviewFinding] = []
    for heading in doc.paragraphs:
        key = normalize_name(heading_text(heading.text)) if heading.is_heading else ""
        if key not in names:
            continue
        body = doc.body_of(heading.index)
        text = "".join(p.text for p in body)
        words = _topic_words(names[key])
        if not body or not words or _NOT_APPLICABLE.search(text) or any(w in text for w in words):
            continue
        if _SCORED.search(text):
            continue  # “自评结论为“是”，得2分（分值2分）”: the heading's own verdict
        message = f"“{names[key]}”下的内容未涉及该指标，未说明其实际完成情况。"
        findings.append(make_finding("off-topic", body[0], message))
    return findings


_TITLE_UNIT = re.compile(
    r"20\d\d\s*年度?(?P<unit>[\u4e00-\u9fff]{4,30}?)(部门整体|整体支出|项目支出|绩效自评|自评)"
)
_SUFFIX = re.compile(r"中心|局|委员会|办公室|研究院|院|馆|站|所|队")
MIN_SHARED = 4


#: A unit's name ends with what it is (…局, …中心, …局机关), not with a project's word
#: (“马鹿坑国有林场新建野生动物收容所建设”项目 names a project).
_UNIT_END = re.compile(rf"(?:{_SUFFIX.pattern})(?:机关|本级)?$")


def _unit_name(doc: ReportDoc) -> str | None:
    for paragraph in doc.paragraphs[:4]:
        match = _TITLE_UNIT.search(paragraph.text)
        if match and _UNIT_END.search(match.group("unit")):
            return match.group("unit")
    return None


def check_unit_names(doc: ReportDoc) -> list[ReviewFinding]:
    """Names that look like the unit's own but are not its name or a shortening of it."""
    unit = _unit_name(doc)
    if unit is None:
        return []
    ending = _SUFFIX.search(unit[-3:])
    suffix = ending.group(0) if ending else ""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs[1:]:
        variant = _variant(paragraph.text, unit, suffix)
        if variant is not None:
            message = f"单位名称“{variant}”与报告标题中的“{unit}”不一致，请统一规范名称。"
            start = paragraph.text.find(variant)
            findings.append(
                make_finding(
                    "unit-name-inconsistent",
                    paragraph,
                    message,
                    span=(start, start + len(variant)),
                    stated=variant,
                    recomputed=unit,
                )
            )
    return findings


def _variant(text: str, unit: str, suffix: str) -> str | None:
    for found in re.finditer(suffix, text):
        left = max(0, found.start() - 14)
        candidate = re.split(r"[，。；：、,（）()“”《》\s]", text[left : found.end()])[-1]
        match = SequenceMatcher(None, candidate, unit, autojunk=False).find_longest_match()
        if match.size < MIN_SHARED or "原" in text[max(0, found.start() - 20) : found.start()]:
            continue
        tail = candidate[match.a :]
        if not unit.endswith(tail) and not tail.endswith(unit):
            return tail
    return None
