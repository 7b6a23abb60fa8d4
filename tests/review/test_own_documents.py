"""What jixiao writes passes its own 复核: the report (.docx, and .pdf when LibreOffice is
there) and the 自评表 of generated units give no finding at all.

The units' own words are made distinct per indicator: a unit that pastes one 偏差原因 under
every indicator has written boilerplate, and the review rightly says so (tested apart).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jixiao.core.evaluate import evaluate
from jixiao.core.model import Evaluation
from jixiao.core.submission import Submission
from jixiao.documents.pdf import convert_to_pdf
from jixiao.documents.report.writer import write_report
from jixiao.documents.table.writer import write_table
from jixiao.frameworks import load_pair
from jixiao.review.model import ReviewResult
from jixiao.review.service import review_file
from jixiao.synthetic import synthetic_submission

UNITS = range(6)
#: Pieces of the causes and measures a unit writes, combined so that no two indicators
#: share a phrase (a unit's own words for each indicator).
SUBJECTS = ("年中", "上级", "汛期", "审计", "换届", "疫后")
CAUSES = ("追加任务", "政策调整", "项目延期", "口径变化", "人员变动")
ACTIONS = ("按季跟踪", "细化测算", "月度通报", "专人盯办", "提前谋划")


def _words(number: int) -> tuple[str, str]:
    subject = SUBJECTS[number % len(SUBJECTS)]
    cause = CAUSES[number // len(SUBJECTS) % len(CAUSES)]
    action = ACTIONS[(number + number // len(ACTIONS)) % len(ACTIONS)]
    return f"{subject}{cause}", f"{action}{subject}事项"


def _own_words(submission: Submission) -> Submission:
    """The submission with a distinct 偏差原因 and 改进措施 under every indicator."""
    targets = {}
    for number, (code, entry) in enumerate(submission.targets.items()):
        cause, measure = _words(number)
        targets[code] = entry.model_copy(update={"cause": cause, "measure": measure})
    individual = []
    for number, row in enumerate(submission.individual, len(targets)):
        cause, measure = _words(number)
        individual.append(row.model_copy(update={"cause": cause, "measure": measure}))
    return submission.model_copy(update={"targets": targets, "individual": individual})


def _unit(index: int) -> Evaluation:
    department, project = load_pair()
    return evaluate(_own_words(synthetic_submission(index)), department, project)


def _described(result: ReviewResult) -> list[str]:
    return [f"{f.code} {f.place} {f.message}" for f in result.findings]


@pytest.mark.parametrize("index", UNITS)
def test_the_report_jixiao_writes_gives_no_finding(index: int, tmp_path: Path) -> None:
    evaluation = _unit(index)
    path = tmp_path / "部门整体绩效自评报告.docx"
    write_report(evaluation, load_pair()[0], path, draft=False)
    result = review_file(path)
    assert result.error is None and result.kind == "部门整体支出绩效自评报告"
    assert _described(result) == []


@pytest.mark.parametrize("index", UNITS)
def test_the_table_jixiao_writes_gives_no_finding(index: int, tmp_path: Path) -> None:
    path = tmp_path / "部门整体支出绩效自评表.xlsx"
    write_table(_unit(index), load_pair()[0], path, draft=False)
    result = review_file(path)
    assert result.error is None and result.kind.startswith("部门整体支出绩效自评表")
    assert _described(result) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the PDF")
def test_the_report_as_pdf_gives_no_finding(tmp_path: Path) -> None:
    path = tmp_path / "部门整体绩效自评报告.docx"
    write_report(_unit(0), load_pair()[0], path, draft=True)
    result = review_file(convert_to_pdf(path, tmp_path))
    assert result.error is None and result.kind == "部门整体支出绩效自评报告"
    assert _described(result) == []


def test_one_cause_pasted_under_every_indicator_is_boilerplate(tmp_path: Path) -> None:
    department, project = load_pair()
    evaluation = evaluate(synthetic_submission(0), department, project)  # one cause for all
    path = tmp_path / "report.docx"
    write_report(evaluation, department, path, draft=False)
    codes = {f.code for f in review_file(path).findings}
    assert codes == {"boilerplate-reuse"}
