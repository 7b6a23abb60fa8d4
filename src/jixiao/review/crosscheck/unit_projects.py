"""A folder holding a unit's 部门整体支出绩效自评表 and its 项目支出绩效自评表: the projects'
money cannot add up to more than the 项目支出 the unit's table states.

The folder may not hold every project of the unit, so a sum below the 项目支出 proves
nothing; a sum above it, column by column (年初预算数, 全年预算数, 全年执行数), does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from jixiao.review.catalogue import make_finding
from jixiao.review.digest import result_digest
from jixiao.review.model import ReviewFinding
from jixiao.review.model import ReviewResult
from jixiao.review.model import ordered_findings
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.columns import MONEY_ROLES
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.text.kind import DocKind

_COLUMN_NAMES = {"initial": "年初预算数", "budget": "全年预算数", "executed": "全年执行数"}
_PLAIN = re.compile(r"[\s（）()]")
#: A sum this many times the 项目支出 is another unit of money (元 against 万元), not a fault.
_OTHER_UNIT = 100


def _name(text: str) -> str:
    return _PLAIN.sub("", text)


def _project_row(unit_row: FundsRow) -> dict[str, Figure] | None:
    """The 项目支出 row under the unit's 资金总额, by money column."""
    row = next((r for r in unit_row.source_rows if r.label == "项目支出"), None)
    if row is None:
        return None
    return {role: cell for role, cell in row.columns.items() if role in MONEY_ROLES}


def _exceeding(unit: ReviewResult, projects: list[ReviewResult]) -> ReviewFinding | None:
    assert unit.doc is not None
    unit_rows = [row for row in funds_rows(unit.doc) if row.spending]
    stated = _project_row(unit_rows[0]) if unit_rows else None
    if not stated:
        return None
    totals = [funds_rows(p.doc)[0].columns for p in projects if p.doc and funds_rows(p.doc)]
    for role, limit in stated.items():
        values = [columns[role].value for columns in totals if role in columns]
        if len(values) != len(projects) or len(values) < 2:
            continue
        added = sum(values, Decimal(0))
        if limit.value < added <= limit.value * _OTHER_UNIT and added - limit.value > limit.ulp:
            column = _COLUMN_NAMES[role]
            message = (
                f"本目录中本单位{len(values)}张项目支出绩效自评表的{column}合计"
                f"{format(added.normalize(), 'f')}，超过部门整体支出绩效自评表所列项目支出"
                f"{limit.text}，两者至少一处有误。"
            )
            return make_finding(
                "folder-projects-exceed",
                unit_rows[0].paragraph,
                message,
                stated=limit.text,
                recomputed=format(added.normalize(), "f"),
            )
    return None


def cross_check_unit_projects(results: list[ReviewResult]) -> list[ReviewResult]:
    """``results`` with each 部门整体 table checked against the project tables of the same
    unit in its folder."""
    checked = list(results)
    folders: dict[Path, list[int]] = {}
    for index, result in enumerate(results):
        folders.setdefault(Path(result.file).parent, []).append(index)
    for members in folders.values():
        kinds = {i: doc.identity.kind for i in members if (doc := results[i].doc) is not None}
        units = [i for i in members if kinds.get(i) is DocKind.BUMEN_TABLE]
        for index in units:
            unit_name = _name(result_digest(results[index]).unit)
            projects = [
                results[i]
                for i in members
                if kinds.get(i) is DocKind.PROJECT_TABLE
                and unit_name
                and _name(result_digest(results[i]).unit) == unit_name
            ]
            found = _exceeding(results[index], projects) if projects else None
            if found is not None:
                unit = checked[index]
                checked[index] = replace(unit, findings=ordered_findings((*unit.findings, found)))
    return checked
