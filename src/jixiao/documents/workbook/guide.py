"""The 填写说明 sheet: how to fill the template, what is locked, how to remove examples."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jixiao.core.framework import Framework
from jixiao.documents.workbook.layout import EXAMPLE_NAME
from jixiao.documents.workbook.layout import TEMPLATE_VERSION
from jixiao.documents.workbook.styles import Styles


def guide_lines(framework: Framework, example_sheets: Sequence[str]) -> list[tuple[str, str]]:
    """The guide as (style, text) lines."""
    lines = [
        ("title", f"{framework.name} · 填报模板"),
        ("guide", f"指标体系：{framework.id}　模板版本：{TEMPLATE_VERSION}"),
        ("guide_head", "一、填写方法"),
        (
            "guide",
            "1. 只在浅黄色单元格中填写；灰色的标签、单位和填写说明已锁定（工作表保护，无密码）。",
        ),
        (
            "guide",
            "2. 金额单位一律为万元，只填数字，不要带“万元”“元”等单位或文字；"
            "没有发生的填 0，不要留空。",
        ),
        (
            "guide",
            "3. 有下拉箭头的单元格请从下拉列表中选择（是/部分/否/不涉及、≥/≤/=、一级指标等）。",
        ),
        (
            "guide",
            "4. 请勿插入、删除或移动“基本信息”“预算执行”“人员”“管理情况”“文字材料”的行，"
            "也不要重命名工作表；导入时按位置核对每一行的标签，位置变动会被指出。",
        ),
        (
            "guide",
            "5. “绩效目标”下方的个性指标、“项目”和“项目指标”为自由行，可逐行填写、插入行；"
            "每个项目的指标在“项目指标”表中填写，项目名称须与“项目”表完全一致。",
        ),
        ("guide", "6. 请直接填写数值，不要使用公式；如使用了公式，请在 Excel/WPS 中保存后再导入。"),
        ("guide_head", "二、示例数据"),
    ]
    lines.extend(_example_lines(example_sheets))
    lines += [
        ("guide_head", "三、导入"),
        (
            "guide",
            "填写完成后运行：jixiao evaluate 本文件.xlsx -o 输出文件夹；"
            "发现的问题会列出工作表和单元格位置（如 预算执行!C5）。",
        ),
        (
            "guide",
            "下一年度可运行：jixiao template -o 新模板.xlsx --from 本文件.xlsx，"
            "自动带入指标值、项目及其指标、上年三公经费和上年问题。",
        ),
    ]
    return lines


def _example_lines(example_sheets: Sequence[str]) -> list[tuple[str, str]]:
    if not example_sheets:
        return [("guide", "本模板不含示例数据。")]
    sheets = "、".join(f"“{s}”" for s in example_sheets)
    return [
        (
            "guide",
            "灰色斜体的数值是示例（取自指标体系的示例值），仅供参考，请改为本单位数据或删除。",
        ),
        (
            "guide",
            f"一次删除示例：示例数据所在的工作表为{sheets}。在其中每一张工作表中，"
            f"点击左上角的名称框（编辑栏左侧），选择或输入“{EXAMPLE_NAME}”后回车，"
            "即选中该表全部示例单元格，再按 Delete 键清除（Excel 与 WPS 表格均适用）。",
        ),
        ("guide", "也可以重新生成不含示例的模板：jixiao template -o 填报模板.xlsx --no-examples。"),
        ("guide", "注意：未删除也未修改的示例值会被当作本单位数据导入。"),
    ]


def write_guide(
    sheet: Any, styles: Styles, framework: Framework, example_sheets: Sequence[str]
) -> None:
    """Fill the 填写说明 sheet (first in the workbook) and protect it."""
    sheet.set_column(0, 0, 110)
    for row, (style, text) in enumerate(guide_lines(framework, example_sheets)):
        sheet.write_string(row, 0, text, styles[style])
        if style == "guide" and len(text) > 55:
            sheet.set_row(row, 30)
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.protect("", {"format_columns": True, "format_rows": True})
    sheet.activate()
