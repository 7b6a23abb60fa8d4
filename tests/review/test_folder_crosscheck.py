"""A folder holding a project's 自评表 and its report: the report is checked against the
table read by the review (texts written for this test)."""

from __future__ import annotations

from pathlib import Path

from jixiao.review.service import review_folder

TABLE = """项目支出绩效自评表
（2023年度）
项目名称 | 乡村道路硬化工程 | 主管部门 | 某县交通运输局
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 200 | 200 | 190 | 10 | 95% | 9.5
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
产出指标 | 数量指标 | 道路硬化里程 | ≥10公里 | 10公里 | 50 | 50 |
效益指标 | 社会效益指标 | 受益群众人数 | ≥5000人 | 5200人 | 30 | 30 |
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 10 | 9 | 个别路段施工期间出行不便
总分 | | | | | 100 | 98.5 |
"""

REPORT = """2023年度乡村道路硬化工程项目支出绩效自评报告
一、项目基本情况
项目名称：乡村道路硬化工程。项目年初预算200万元，全年执行190万元。
二、自评结论
经自评，该项目自评得分{score}分，评价等级为优。
"""


def _folder(tmp_path: Path, score: str, project: str = "乡村道路硬化工程") -> Path:
    (tmp_path / "道路项目自评表.txt").write_text(TABLE, encoding="utf-8")
    report = REPORT.format(score=score).replace("乡村道路硬化工程", project)
    (tmp_path / "道路项目自评报告.txt").write_text(report, encoding="utf-8")
    return tmp_path


def _codes(folder: Path) -> dict[str, set[str]]:
    return {Path(r.file).name: {f.code for f in r.findings} for r in review_folder(folder)}


def test_a_report_stating_another_total_than_its_project_table(tmp_path: Path) -> None:
    codes = _codes(_folder(tmp_path, "99.5"))
    assert "table-total-mismatch" in codes["道路项目自评报告.txt"]
    assert not codes["道路项目自评表.txt"]


def test_a_report_that_agrees_with_its_table_gets_nothing(tmp_path: Path) -> None:
    codes = _codes(_folder(tmp_path, "98.5"))
    assert not codes["道路项目自评报告.txt"]


def test_a_report_on_another_project_is_not_compared(tmp_path: Path) -> None:
    codes = _codes(_folder(tmp_path, "99.5", project="农村饮水安全巩固提升工程"))
    assert "table-total-mismatch" not in codes["道路项目自评报告.txt"]


UNIT_TABLE = """部门整体支出绩效自评表
（2023年度）
部门（单位）名称 | 某县交通运输局
部门(单位)总体资金(万元) | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分
年度资金总额: | 900 | 880 | 10 | 9.78
基本支出 | 600 | 590 |
项目支出 | 300 | {executed} |
年度总体目标 | 年初设定目标 | 全年实际完成情况
"""

PROJECT_TABLE = """项目支出绩效自评表
（2023年度）
项目名称 | {name} | 实施单位 | 某县交通运输局
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | {budget} | {budget} | {executed} | 10 | 100% | 10
"""


def _unit_folder(tmp_path: Path, unit_projects: str, second: str = "190") -> Path:
    (tmp_path / "部门整体自评表.txt").write_text(
        UNIT_TABLE.format(executed=unit_projects), encoding="utf-8"
    )
    for name, executed in (("乡村道路硬化工程", "100"), ("桥梁维修加固工程", second)):
        table = PROJECT_TABLE.format(name=name, budget=executed, executed=executed)
        (tmp_path / f"{name}自评表.txt").write_text(table, encoding="utf-8")
    return tmp_path


def test_project_tables_adding_up_beyond_the_units_project_spending(tmp_path: Path) -> None:
    codes = _codes(_unit_folder(tmp_path, "290"))
    assert "folder-projects-exceed" not in codes["部门整体自评表.txt"]  # 100 + 190 = 290
    codes = _codes(_unit_folder(tmp_path, "290", second="210"))
    assert "folder-projects-exceed" in codes["部门整体自评表.txt"]  # 100 + 210 = 310 > 290


def test_a_folder_missing_some_projects_proves_nothing(tmp_path: Path) -> None:
    codes = _codes(_unit_folder(tmp_path, "290", second="50"))  # 150: others may be elsewhere
    assert "folder-projects-exceed" not in codes["部门整体自评表.txt"]


def test_the_projects_row_is_found_by_its_name_not_its_place(tmp_path: Path) -> None:
    folder = _unit_folder(tmp_path, "290", second="210")
    unit = folder / "部门整体自评表.txt"
    text = unit.read_text(encoding="utf-8")
    rows = text.splitlines()
    basic = next(i for i, r in enumerate(rows) if r.startswith("基本支出"))
    rows[basic], rows[basic + 1] = rows[basic + 1], rows[basic]  # 项目支出 first
    unit.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert "folder-projects-exceed" in _codes(folder)["部门整体自评表.txt"]


def test_two_worker_processes_give_the_same_results_in_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "99.5")
    for number in range(4):
        report = REPORT.format(score=f"9{number}.5").replace("乡村道路", f"第{number}村道路")
        (folder / f"其他报告{number}.txt").write_text(report, encoding="utf-8")
    alone = review_folder(folder)
    shared = review_folder(folder, jobs=2)
    assert [r.file for r in shared] == [r.file for r in alone]
    assert [r.findings for r in shared] == [r.findings for r in alone]
    named = {Path(r.file).name: {f.code for f in r.findings} for r in shared}
    assert "table-total-mismatch" in named["道路项目自评报告.txt"]
