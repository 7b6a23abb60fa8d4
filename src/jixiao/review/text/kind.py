"""What a document is, told from its title lines before any check runs.

A bureau receives 部门整体 reports, 项目支出 reports, the two kinds of 自评表, and 决算
documents that carry a self-evaluation section; often as excerpts (a web page cut short, a
文库 preview). The outline of a 部门整体 report is only required of a whole 部门整体
report; prose checks make no sense on a table. The kind is the title word that comes first in
the opening lines (a 决算 whose table of contents lists a 自评表 is a 决算).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum


class DocKind(StrEnum):
    """The kinds of document a 复核 tells apart (values are the Chinese names shown)."""

    BUMEN_REPORT = "部门整体支出绩效自评报告"
    PROJECT_REPORT = "项目支出绩效自评报告"
    BUMEN_TABLE = "部门整体支出绩效自评表"
    PROJECT_TABLE = "项目支出绩效自评表"
    FINAL_ACCOUNTS = "部门决算（决算说明）"
    OTHER = "其他文件"


REPORTS = frozenset({DocKind.BUMEN_REPORT, DocKind.PROJECT_REPORT})
TABLES = frozenset({DocKind.BUMEN_TABLE, DocKind.PROJECT_TABLE})

HEAD_CHARACTERS = 600
_REPORT = re.compile(
    r"(?:自评|评价)的?(?:情况|总结|工作|总)?的?报告|(?:绩效)?自评(?:结果|情况)(?!表)"
)
#: Words naming a project's money rather than a whole unit's (专项资金, 改造经费 …).
_PROJECT = re.compile(
    r"项目|专项|资金|经费|费支出|转移支付|补贴|补助|奖补|衔接|基金|提升计划|工程|“[^”]{2,}”"
)
_WHOLE_UNIT = re.compile(r"部门整体|单位整体|整体支出|部门绩效|单位绩效|机关整体")
_TABLE = re.compile(r"(?:自评|评价)表")
_ACCOUNTS = re.compile(r"(?<![预审])决算(?![数])")
_TABLE_HEADERS = ("三级指标", "分值", "得分")
_LINE_END = "\n。"
_SENTENCE_END = '。！？!?”"）)'
#: How a whole document may end without a full stop: a date, or the issuing body's name.
_CLOSING = re.compile(
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
    r"^\S{1,30}(?:局|中心|委员会|委|政府|办公室|院|所|站|队|馆|会|部|处|室|厅))$"
)
#: A title word counts only near the start of its line (a title, not a sentence of body).
TITLE_REACH = 60


@dataclass(frozen=True, slots=True)
class DocIdentity:
    """The kind of a document and whether it is whole.

    Attributes:
        kind: the kind told from the title lines (OTHER when nothing says).
        excerpt: True when the text is cut short (ends mid-sentence) or has no title.
    """

    kind: DocKind
    excerpt: bool

    @property
    def label(self) -> str:
        """The kind as shown to a reviewer, with 节选 when it is an excerpt."""
        return f"{self.kind.value}（节选）" if self.excerpt else self.kind.value


def _line_before(head: str, position: int) -> str:
    start = max(head.rfind(mark, 0, position) for mark in _LINE_END) + 1
    return head[start:position]


def _line_of(head: str, position: int) -> str:
    """The whole line holding ``position`` (a title's parenthesis comes after its word)."""
    end = min((i for i in (head.find(m, position) for m in _LINE_END) if i >= 0), default=len(head))
    return _line_before(head, position) + head[position:end]


#: Page furniture that names a kind without being a title: breadcrumbs (首页>…>预算/决算),
#: metadata (主题分类 决算, • 自评报告), a category list (财政预算、决算).
_CHROME = re.compile(r"位置|首页|[>›»]|主题分类|体裁分类|栏目|公开目录|^\s*[•·*\-]|[/、]\s*决算")


_FILLED_IN = re.compile(r"(?:填报|填写|报送|编制|提交|收集)[^，。,]{0,8}$")


def _title_matches(pattern: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    for match in pattern.finditer(head):
        line = _line_of(head, match.start())
        before = _line_before(head, match.start())
        cells = [cell for cell in line.split("｜") if cell.strip()]
        if len(before) > TITLE_REACH or len(cells) > 1:
            continue  # a page's metadata row (公开目录｜绩效自评报告｜…) is no title
        if _FILLED_IN.search(before):
            continue  # “…收集项目信息并填报绩效自评表”: a sentence about a table, no title
        if not _CHROME.search(line):
            yield match


def _title_line(head: str, position: int) -> str:
    """The title line holding ``position``, with the line before it when a title was broken
    over two lines (“某县2023年度中央水利发展资金” / “绩效自评报告”)."""
    line = _line_of(head, position)
    start = head.rfind("\n", 0, position)
    previous = _line_of(head, start - 1) if start > 0 else ""
    if previous and len(previous) <= TITLE_REACH and not re.search(r"[。；;，,]", previous):
        return previous + line
    return line


def _names_project(line: str) -> bool:
    """A title line about a project's money rather than a whole unit."""
    return bool(_PROJECT.search(line)) and not _WHOLE_UNIT.search(line)


def _first_marker(head: str) -> DocKind | None:
    found: list[tuple[int, DocKind]] = []
    for pattern, project, bumen in (
        (_REPORT, DocKind.PROJECT_REPORT, DocKind.BUMEN_REPORT),
        (_TABLE, DocKind.PROJECT_TABLE, DocKind.BUMEN_TABLE),
        (_ACCOUNTS, DocKind.FINAL_ACCOUNTS, DocKind.FINAL_ACCOUNTS),
    ):
        match = next(_title_matches(pattern, head), None)
        if match:
            line = _title_line(head, match.start())
            found.append((match.start(), project if _names_project(line) else bumen))
    announced = _ANNOUNCED.search(head)  # “现将…项目绩效自评总结报告如下”
    if announced:
        about_project = _names_project(announced.group("title"))
        kind = DocKind.PROJECT_REPORT if about_project else DocKind.BUMEN_REPORT
        found.append((announced.start(), kind))
    return min(found)[1] if found else None


_ANNOUNCED = re.compile(
    r"现将(?P<title>[^。；]{4,80}?(?:自评|评价)[^。；]{0,8}?(?:报告|情况|结果)?)(?:报告)?如下"
)


def _looks_like_table(texts: list[str]) -> bool:
    joined = "".join(texts[:80])
    return all(word in joined for word in _TABLE_HEADERS)


_PROJECT_OUTLINE = re.compile(r"项目概况|项目基本情况|项目名称|转移支付概况|专项资金概况")
_UNIT_OUTLINE = re.compile(
    r"部门概况|单位概况|部门基本情况|(?<!项目)单位基本情况|部门整体|单位整体|整体支出"
)


def _outline_says_project(texts: list[str]) -> bool:
    """A report whose opening headings are about a project (项目概况), not a unit."""
    opening = "\n".join(texts[:12])
    return bool(_PROJECT_OUTLINE.search(opening)) and not _UNIT_OUTLINE.search(opening)


#: The outline of a 转移支付/专项资金 self-evaluation (一、绩效目标分解下达情况 …).
_TRANSFER_OUTLINE = re.compile(r"绩效目标分解下达情况|绩效目标完成情况分析|偏离绩效目标的原因")


#: A row of a government portal's disclosure block above the document (索引号, 发布机构,
#: 信息名称 …): page furniture; its 内容概述 cell may hold the whole table run into a line.
_METADATA_ROW = re.compile(
    r"^\s*(?:索引号|发布机构|发文机关|发布文号|信息来源|信息名称|组配分类|主题分类|体裁分类"
    r"|发文日期|发布日期|生成日期|成文日期|关键词|公开方式|公开范围|公开时限)\s*[|｜:：]"
)


def identify(texts: list[str]) -> DocIdentity:
    """The kind of the document whose non-empty paragraphs are ``texts`` (told from its
    text after a portal's disclosure block)."""
    texts = [t for t in texts if not _METADATA_ROW.match(t)] or texts
    head = "\n".join(texts)[:HEAD_CHARACTERS]
    kind = _first_marker(head)
    if kind is DocKind.BUMEN_REPORT and (
        _outline_says_project(texts) or _TRANSFER_OUTLINE.search(head)
    ):
        kind = DocKind.PROJECT_REPORT  # “一、绩效目标分解下达情况”: a transfer payment's report
    if kind is DocKind.BUMEN_TABLE and "项目名称" in head and not _WHOLE_UNIT.search(head):
        kind = DocKind.PROJECT_TABLE  # “绩效目标自评表 … 项目名称 临时救助”
    form = _project_form(head) or _looks_like_table(texts) or _FORM_TITLE.search(head)
    if kind is DocKind.FINAL_ACCOUNTS and form and _names_project(texts[0]):
        kind = DocKind.PROJECT_TABLE  # “…专项资金决算情况” over a project's 自评表
    if kind is None and _TARGET_FORM.search(head):
        kind = DocKind.OTHER  # a 绩效目标申报表 sets targets; it reports no results
    if kind is None:
        kind = _untitled_kind(texts, head)
    return DocIdentity(kind=kind, excerpt=_is_excerpt(texts, kind))


_TARGET_FORM = re.compile(r"绩效目标(?:申报|批复|设定)?表")
#: A line that is a 自评表's own title (“项目支出绩效自评表”, “（2021年度）” apart).
_FORM_TITLE = re.compile(r"^\s*项目支出绩效自评表\s*$", re.MULTILINE)
_FORM_NAME = re.compile(r"(?:项目|转移支付)[^|｜\n]{0,4}名称\s*[|｜:：]")
_FORM_FUNDS = re.compile(r"资金总额|全年预算数|预算执行情况|年度指标值|绩效指标")


def _project_form(head: str) -> bool:
    """A 自评表 cut before its indicator header: the 项目名称 field of a form, and its
    资金 or 指标 rows."""
    return bool(_FORM_NAME.search(head)) and bool(_FORM_FUNDS.search(head))


def _untitled_kind(texts: list[str], head: str) -> DocKind:
    """A document with no title word: a table by its headers, a project self-evaluation by
    its outline."""
    prose = bool(texts) and texts[0].lstrip().startswith("一、")  # an outline opens it
    if not prose and (_looks_like_table(texts) or _project_form(head)):
        return DocKind.PROJECT_TABLE
    if _TRANSFER_OUTLINE.search(head):
        return DocKind.PROJECT_REPORT
    if _outline_says_project(texts) and "绩效" in "".join(texts):
        return DocKind.PROJECT_REPORT
    return DocKind.OTHER


def signed(text: str) -> bool:
    """The line closes a whole document: a date, or the unit's name alone."""
    return _CLOSING.search(text.rstrip()) is not None


def _is_excerpt(texts: list[str], kind: DocKind) -> bool:
    if not texts:
        return True
    last = texts[-1].rstrip()
    ends_in_table = "｜" in last  # an appended table closes a whole report
    truncated = not ends_in_table and last[-1:] not in _SENTENCE_END and not _CLOSING.search(last)
    titled = _first_marker("\n".join(texts[:3])) == kind
    return truncated or not titled
