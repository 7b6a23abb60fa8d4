"""A table a PDF export ran into one line: “… 基本支出 93199.91 75.99% 81781 99611.05 项目支出
29441.59 24.01% 14185 9564.46 合计 122641.5 100% 95966 109175.04 (一)贯彻执行…”.

Rows are told by a label followed by the same number of figures (two or more), one row
right after the other; a run of them that ends with its total row (合计, 总计, 小计) is put
on lines of its own, one row to a line, so it is read as the table it was. A total row that
opens a run closes the table before it and stays where it is.
"""

from __future__ import annotations

import re

_ROW = re.compile(
    r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff（）()、]{0,15})"
    r"(?P<figures>(?:\s+[-+]?\d[\d,]*(?:\.\d+)?%?){2,})(?=\s|$)"
)
_FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_TOTAL = re.compile(r"(?:合\s*计|总\s*计|小\s*计)$")
MIN_PARTS = 2


def _width(row: re.Match[str]) -> int:
    return len(_FIGURE.findall(row.group("figures")))


def _runs(line: str) -> list[list[re.Match[str]]]:
    """The rows of ``line`` in runs: next to each other, each with as many figures."""
    runs: list[list[re.Match[str]]] = []
    for row in _ROW.finditer(line):
        last = runs[-1][-1] if runs else None
        joined = last is not None and not line[last.end() : row.start()].strip()
        if last is not None and joined and _width(last) == _width(row):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _tables(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The tables of a run: parts, two or more, each group closed by its total row."""
    tables: list[list[re.Match[str]]] = []
    rows: list[re.Match[str]] = []
    for row in run:
        rows.append(row)
        if _TOTAL.search(row.group("label")):
            if len(rows) > MIN_PARTS:
                tables.append(rows)
            rows = []
    return tables


def split_run_rows(lines: list[str]) -> list[str]:
    """``lines`` with each table run into one line put back one row to a line."""
    out: list[str] = []
    for line in lines:
        tables = [table for run in _runs(line) for table in _tables(run)]
        at = 0
        for table in tables:
            out.append(line[at : table[0].start()].strip())
            out.extend(row.group(0).strip() for row in table)
            at = table[-1].end()
        out.append(line[at:].strip())
    return [line for line in out if line]
