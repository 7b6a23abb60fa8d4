"""Figures of another year: a self-evaluation of 2023 that reports 2021's figures as its
results, with no comparison meant and no year the report says it covers."""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import is_checkable

_YEAR = re.compile(r"(20\d\d)\s*年(度)?")
_YEAR_OK = re.compile(
    r"上年|去年|上一年|同比|同期|较|比|结果|编制|应用|以来|自|起|截至|截止|至|[—\-~－]|成立|设立|"
    r"更名|改名|原名|建成|竣工|始建|修建|投入使用|规划|计划|通知|文件|《|〔|评价|考核|考评|评比|评选|批复"
    r"|结余|结转|年\d{1,2}月"  # last year's carry-over; a dated event of the background
    r"|批|整改|稽查|审计"  # a year naming a funding batch, or last year's audit being closed
)


#: A year that begins a project's name: 2022年农村人居环境整治项目, 2021年度水毁修复工程.
#: Not “2021年省级项目资金120万元”: that year's money, not a name.
#: A year that begins a name: a project (“2022年农村人居环境整治项目”) or a designation the
#: year belongs to (“2016年省级示范村…”).
_NAME_AFTER = re.compile(
    r"[\u4e00-\u9fff、]{2,30}?(?:项目|工程|专项|示范村|示范点|示范区|示范县|试点|补助资金|衔接资金)"
    r"(?![\u4e00-\u9fff]{0,6}\d)"
)

_COMPARED = re.compile(r"变动率|增长率|增幅|降幅|同比|较上年|较去年|比上年|上年|去年|上一年")


def _sentence_at(text: str, position: int, after: int = 0) -> str:
    """The sentence at ``position`` and the ``after`` sentences that follow it."""
    left = max(text.rfind(c, 0, position) for c in "。！？") + 1
    right = position
    for _ in range(after + 1):
        rights = [i for i in (text.find(c, right) for c in "。！？") if i >= 0]
        right = min(rights) + 1 if rights else len(text)
    return text[left:right]


def _clause_at(text: str, start: int, end: int, marks: str = "，；。") -> str:
    left = max(text.rfind(c, 0, start) for c in marks) + 1
    rights = [i for i in (text.find(c, end) for c in marks) if i >= 0]
    return text[left : min(rights) if rights else len(text)]


_YEAR_SPAN = re.compile(r"(20\d\d)\s*年?度?\s*[、和及与至到—\-~－]\s*(20\d\d)\s*年")


def _years_covered(doc: ReportDoc, year: int) -> set[int]:
    """The years a report says it covers together with its own (“2021年、2022年”,
    “2019—2021年”)."""
    covered: set[int] = set()
    for paragraph in doc.paragraphs:
        for match in _YEAR_SPAN.finditer(paragraph.text):
            first, last = sorted((int(match.group(1)), int(match.group(2))))
            if first <= year <= last:
                covered.update(range(first, last + 1))
    return covered


def check_years(doc: ReportDoc) -> list[ReviewFinding]:
    """Figures labelled with an earlier year than the report's, with no comparison intended."""
    if doc.year is None:
        return []
    covered = _years_covered(doc, doc.year)
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if not is_checkable(paragraph):
            continue
        for match in _YEAR.finditer(paragraph.text):
            year = int(match.group(1))
            if year in covered:
                continue  # “开展2021年、2022年…跟踪问效”: the report covers both years
            if _NAME_AFTER.match(paragraph.text, match.end()):
                continue  # “（2022年农村人居环境整治项目）资金执行99.97%”: a project's name
            clause = _clause_at(paragraph.text, match.start(), match.end())
            # the year's own figures stand in its clause, cut at a half-width comma too
            # (“种植李子树30亩,2020年挂果,2021年投产”: the year of a plan's step, no data)
            own = _clause_at(paragraph.text, match.start(), match.end(), "，；。,;")
            figures = [q for q in find_quantities(own) if q.kind != DATE and not q.approx]
            if year >= doc.year or _YEAR_OK.search(clause) or not figures:
                continue
            if _COMPARED.search(_sentence_at(paragraph.text, match.start(), after=1)):
                continue  # the base of a change rate or a comparison with last year, in
                # its sentence or the next (“2022年…支出19.00万元。2023年…，比上年增加…”)
            message = (
                f"本报告为{doc.year}年度自评，此处引用的是{year}年数据（{clause[:30]}），"
                f"应列示{doc.year}年度实际完成情况或说明引用理由。"
            )
            findings.append(
                make_finding(
                    "year-mismatch", paragraph, message, span=match.span(), stated=match.group(0)
                )
            )
    return findings
