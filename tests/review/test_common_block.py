"""A 部门整体 自评表 whose common indicators stand each beside the two amounts they are worked
from (指标 | 计算公式 | 分子项 | 分子金额 | 分母项 | 分母金额 | 指标值 | 分值 | 得分), its
amounts in 亿元 named by a cell of their own (金额单位 | 亿元), and an indicator table scored
to one decimal (a real workbook; figures and names our own)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from jixiao.review.service import review_file

_SPLITS = [
    ["按收入性质分", "一般公共预算拨款", "1.0038", "1.1508", "1.0618", "—", "92.27%", "—"],
    ["", "其他资金", "0.0485", "0.0628", "0.0605", "—", "96.34%", "—"],
    ["按支出性质分", "基本支出", "0.5735", "0.6637", "0.6532", "—", "98.42%", "—"],
    ["", "项目支出", "0.4788", "0.5499", "0.4691", "—", "85.31%", "—"],
]
_COMMON = [
    [
        "指标",
        "计算公式",
        "分子项",
        "分子金额（亿元）",
        "分母项",
        "分母金额（亿元）",
        "指标值",
        "分值",
        "得分",
    ],
    [
        "预算调整率",
        "(全年预算数-年初预算数)÷年初预算数×100%",
        "调整数",
        "0.1613",
        "年初预算数",
        "1.0523",
        "{adjust}",
        "4",
        "4",
    ],
    [
        "结转结余率",
        "结转结余总额÷全年预算数×100%",
        "结转结余总额",
        "0.0913",
        "全年预算数",
        "1.2136",
        "7.52%",
        "4",
        "4",
    ],
    [
        "公用经费控制率",
        "实际支出公用经费÷预算安排公用经费×100%",
        "实际支出",
        "0.0971",
        "预算安排",
        "0.1001",
        "97.00%",
        "4",
        "4",
    ],
    [
        "政府采购执行率",
        "实际采购金额÷采购预算金额×100%",
        "实际采购金额",
        "0.2432",
        "采购预算金额",
        "0.2495",
        "97.47%",
        "4",
        "3.9",
    ],
]
_INDICATORS = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    ["产出指标", "数量指标", "不动产登记办件量", "≥200件", "200件", "20", "20", "—"],
    ["产出指标", "成本指标", "“三公”经费支出控制", "≤0.0053亿元", "0.0042亿元", "20", "20", "—"],
    [
        "效益指标",
        "社会效益指标",
        "重点工作社会影响",
        "良好",
        "良好",
        "30",
        "29.5",
        "部分宣传覆盖面不足，扣0.5分",
    ],
    ["满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "{satisfied}", "10", "10", "—"],
]


def _book(path: Path, adjust: str = "15.33%", satisfied: str = "92.0%") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["部门（单位）整体支出绩效自评表"])
    sheet.append(["部门（单位）名称", "某区自然资源和规划局", "金额单位", "亿元"])
    sheet.append(["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    sheet.append(["年度资金总额", "1.0523", "1.2136", "1.1223", "10", "92.48%", "9.25"])
    for row in _SPLITS:
        sheet.append(row)
    for row in [*_COMMON, *_INDICATORS]:
        sheet.append([cell.format(adjust=adjust, satisfied=satisfied) for cell in row])
    book.save(path)
    return path


def _found(path: Path) -> list[tuple[str, str | None, str | None]]:
    findings = review_file(path).findings
    return [(f.code, f.stated, f.recomputed) for f in findings if f.severity != "info"]


def test_a_correct_common_block_raises_nothing(tmp_path: Path) -> None:
    assert _found(_book(tmp_path / "ok.xlsx")) == []


def test_a_common_rate_against_its_own_amounts(tmp_path: Path) -> None:
    found = _found(_book(tmp_path / "slip.xlsx", adjust="17.33%"))
    assert found == [("rate-mismatch", "17.33%", "15.33%")]


def test_full_marks_on_a_target_missed_by_less_than_the_table_shows(tmp_path: Path) -> None:
    # 10 × 89.7% ÷ 90% = 9.97, which is 10.0 at the table's one decimal; 85% gives 9.44
    assert _found(_book(tmp_path / "near.xlsx", satisfied="89.7%")) == []
    found = _found(_book(tmp_path / "far.xlsx", satisfied="85.0%"))
    assert [(code, stated) for code, stated, _ in found] == [("score-full-on-missed", "10")]
