"""Projects counted by the grade their self-evaluation gave: every project has one grade, so
the counts by grade make the count of projects:

    本级48个项目评价等级为“优”有37个、评价等级为“中”有5个、评价等级为“良”有6个；

(37 + 5 + 6 = 48). Two grades at least must be counted; one grade alone (“4个项目评价等级为
优”) is the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_PROJECTS = re.compile(r"(?P<n>\d+)\s*个项目")
_GRADE = re.compile(
    r"(?:评价)?(?:等级|等次)为[“\"']?(?P<grade>优秀?|良好?|中|合格|差|不合格)[”\"']?的?(?:项目)?"
    r"(?:有|共)?(?P<n>\d+)\s*个"
)
#: “自评结果“优秀”1812个、“良好”171个…”: quoted grades, each with its count.
_QUOTED = re.compile(
    r"[“\"'](?P<grade>优秀?|良好?|中|合格|差|不合格|较差)[”\"']的?(?:项目|单位)?(?:有|共)?"
    r"(?P<n>\d+)\s*个"
)
_RESULTS = re.compile(r"结果|等级|等次")
_ANY_COUNT = re.compile(r"(?P<n>\d+)\s*个")
_MIN_GRADES = 2


def _counts(part: str) -> tuple[int, list[tuple[str, int]]] | None:
    """The count of projects in ``part`` (a ；-part of a sentence) stated before its counts
    by grade, and those counts; None when a count of projects after the first grade is not
    one of them (“另有5个项目评价等级为“中””: worded the other way round)."""
    grades = list(_GRADE.finditer(part))
    if len(grades) < _MIN_GRADES or len({m.group("grade") for m in grades}) < len(grades):
        return None
    first = grades[0].start()
    totals = [m for m in _PROJECTS.finditer(part) if m.start() < first]
    inside = [range(m.start(), m.end()) for m in grades]
    later = [m for m in _PROJECTS.finditer(part) if m.start() >= first]
    if not totals or any(all(m.start() not in span for span in inside) for m in later):
        return None
    return int(totals[-1].group("n")), [(m.group("grade"), int(m.group("n"))) for m in grades]


def _after_count(previous: str, text: str) -> tuple[int, list[tuple[str, int]]] | None:
    """“上报…绩效自评2630个，涉及金额…。单位自评结果“优秀”1812个、“良好”171个…”: quoted
    grades opening their own sentence, against the last count of the sentence before."""
    grades = list(_QUOTED.finditer(text))
    if len(grades) < _MIN_GRADES or len({m.group("grade") for m in grades}) < len(grades):
        return None
    head = text[: grades[0].start()]
    if _ANY_COUNT.search(head) or not _RESULTS.search(head):
        return None
    # the whole the sentence before counts: the one count said with 共 (“共上报…2630个”, not
    # “涉及部门单位7个” after it)
    counts = [m for m in _ANY_COUNT.finditer(previous) if "共" in _clause_before(previous, m)]
    if len(counts) != 1:
        return None
    return int(counts[0].group("n")), [(m.group("grade"), int(m.group("n"))) for m in grades]


def _clause_before(text: str, match: re.Match[str]) -> str:
    return re.split(r"[，,；;：:]", text[: match.start()])[-1]


#: “良好部门5个；优秀镇乡街道4个，良好镇乡街道2个”: a grade before the kind it counts.
_GRADED_KIND = re.compile(
    r"(?P<grade>优秀|良好|中等|合格|较好|一般|较差|不合格|差)(?P<kind>[\u4e00-\u9fff]{2,6}?)"
    r"(?P<n>\d+)\s*个"
)


def _by_kind(text: str) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """“对5个部门、5个镇乡街道开展评价，…其中：良好部门5个；优秀镇乡街道4个，良好镇乡街道
    2个”: each kind counted once before the grades, with its counts by grade (two grades at
    least in the sentence)."""
    graded = list(_GRADED_KIND.finditer(text))
    if len(graded) < _MIN_GRADES:
        return []
    found = []
    for kind in dict.fromkeys(m.group("kind") for m in graded):
        grades = [(m.group("grade"), int(m.group("n"))) for m in graded if m.group("kind") == kind]
        head = text[: graded[0].start()]
        totals = re.findall(rf"(\d+)\s*个{re.escape(kind)}", head)
        if len(totals) == 1 and len({g for g, _ in grades}) == len(grades):
            found.append((kind, int(totals[0]), grades))
    return found


#: “另有2个街道…不参与等次评定”: some of the kind were not graded, as the text says.
_UNGRADED = re.compile(r"不参与|未参与|未参评|不参评|未纳入|不纳入|未评定|暂不评定|未定等")


def _kind_findings(sentence: Sentence) -> list[ReviewFinding]:
    if _UNGRADED.search(sentence.paragraph.text):
        return []
    span = (sentence.start, sentence.start + len(sentence.text))
    found = (
        _grade_finding(sentence, span, kind, total, grades, quoted=False)
        for kind, total, grades in _by_kind(sentence.text)
    )
    return [f for f in found if f is not None]


def _grade_finding(
    sentence: Sentence,
    span: tuple[int, int],
    noun: str,
    total: int,
    grades: list[tuple[str, int]],
    *,
    quoted: bool,
) -> ReviewFinding | None:
    """A count against its counts by grade, when they do not make it."""
    added = sum(n for _, n in grades)
    if added == total:
        return None
    listed = "、".join(f"“{g}”{n}个" if quoted else f"{g}{n}个" for g, n in grades)
    each = "项目" if noun == "项目" else "评价对象"
    message = (
        f"所述{total}个{noun}按评价等级分为{listed}，合计{added}个，与{noun}数不符，"
        f"每个{each}应有且仅有一个等级，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=span,
        stated=f"{total}个",
        recomputed=f"{added}个",
    )


def check_grade_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """Each count of projects against its counts by grade."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        findings.extend(_kind_findings(sentence))
        start = sentence.start
        previous = sentences[at - 1] if at else None
        before = previous.text if previous and previous.paragraph is sentence.paragraph else ""
        told = len(findings)
        for number, part in enumerate(re.split(r"[；;]", sentence.text)):
            found = _counts(part) or (_after_count(before, part) if number == 0 else None)
            span = (start, start + len(part))
            start += len(part) + 1
            if found is not None:
                finding = _grade_finding(sentence, span, "项目", *found, quoted=True)
                findings.extend([finding] if finding else [])
        if len(findings) == told:
            findings.extend(_spread_grades(sentences, at) or _counted_first(sentences, at))
    return findings


#: “重庆中国三峡博物馆等13家单位考核结果为优秀”: a count, then the grade its members got.
_COUNTED_GRADE = re.compile(
    r"(?P<n>\d+)\s*(?:家|个)[\u4e00-\u9fff]{0,4}?(?:考核|考评|评价|自评)?(?:结果|等级|等次)为"
    r"[“\"']?(?P<grade>优秀|良好|合格|不合格|较差|优|良|中|差)"
)
#: “共有60家博物馆参加了…考核”: the whole the graded counts share out.
_ALL_TAKING_PART = re.compile(r"共有?(?P<n>\d+)\s*(?:家|个)")


def _counted_first(sentences: Sequence[Sentence], at: int) -> list[ReviewFinding]:
    """“共有60家博物馆参加了…绩效考核工作。经综合考核评估，A等13家单位考核结果为优秀；B等
    21家单位考核结果为良好，…有7家单位考核结果为不合格。”: counts with the grade after them,
    each grade once, against the one count said with 共 in the sentences before."""
    sentence = sentences[at]
    graded = list(_COUNTED_GRADE.finditer(sentence.text))
    names = [m.group("grade") for m in graded]
    if len(graded) < _MIN_GRADES or len(set(names)) < len(names):
        return []
    if len(re.findall(r"\d+\s*(?:家|个)", sentence.text)) != len(graded):
        return []  # another count in the sentence: which whole is shared out is not plain
    earlier = [
        s for s in sentences[max(0, at - _LOOK_BACK) : at] if s.paragraph is sentence.paragraph
    ]
    totals = [m for s in earlier for m in _ALL_TAKING_PART.finditer(s.text)]
    if len(totals) != 1:
        return []
    grades = [(m.group("grade"), int(m.group("n"))) for m in graded]
    span = (sentence.start, sentence.start + len(sentence.text))
    found = _grade_finding(
        sentence, span, "评价对象", int(totals[0].group("n")), grades, quoted=False
    )
    return [found] if found else []


_LOOK_BACK = 3


def _spread_grades(sentences: Sequence[Sentence], at: int) -> list[ReviewFinding]:
    """“参加本次考评的共128个博物馆…。考评按照…实施。其中考评结果为“优”的17个,占13%;“良”75个,
    占59%;…”: quoted grades over the ；-parts of one sentence, against the one count said
    with 共 a few sentences before in the paragraph."""
    sentence = sentences[at]
    earlier = [
        s for s in sentences[max(0, at - _LOOK_BACK) : at] if s.paragraph is sentence.paragraph
    ]
    if not re.search(r"[；;]", sentence.text):
        return []
    found = _after_count("".join(s.text for s in earlier), sentence.text)
    if found is None:
        return []
    span = (sentence.start, sentence.start + len(sentence.text))
    finding = _grade_finding(sentence, span, "评价对象", *found, quoted=True)
    return [finding] if finding else []
