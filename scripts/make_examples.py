"""Regenerate the example workbooks from examples/gedian-2023/submission.yaml.

    python scripts/make_examples.py            # writes into examples/
    python scripts/make_examples.py OUT_DIR    # writes OUT_DIR/gedian-2023, OUT_DIR/bad-input

examples/gedian-2023/submission.xlsx is the seed unit's filled template; each file in
examples/bad-input/ carries one deliberate fault that the reader must report with its
cell (see BAD_CASES), plus files that are not workbooks at all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]  # no stubs installed
import yaml
from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped]

from jixiao.core.submission import Submission
from jixiao.documents.workbook.template import write_template
from jixiao.frameworks import load_framework

ROOT = Path(__file__).resolve().parent.parent
SEED_YAML = ROOT / "examples" / "gedian-2023" / "submission.yaml"

Change = Callable[[Workbook], None]


def _set(sheet: str, cell: str, value: object) -> Change:
    def change(book: Workbook) -> None:
        book[sheet][cell] = value

    return change


def _insert_row(sheet: str, row: int) -> Change:
    def change(book: Workbook) -> None:
        book[sheet].insert_rows(row)

    return change


def _rename(sheet: str, new: str) -> Change:
    def change(book: Workbook) -> None:
        book[sheet].title = new

    return change


def _merge(sheet: str, cells: str) -> Change:
    def change(book: Workbook) -> None:
        book[sheet].merge_cells(cells)

    return change


#: file name → (what is wrong, the change made to the seed workbook).
BAD_CASES: dict[str, tuple[str, Change]] = {
    "text-in-number.xlsx": ("公用经费预算数填了文字“约7.44”", _set("预算执行", "C12", "约7.44")),
    "unit-in-number.xlsx": ("公用经费预算数填了“7.44万元”", _set("预算执行", "C12", "7.44万元")),
    "fullwidth-digits.xlsx": (
        "年初预算数用全角数字“１５９．３６万元”",
        _set("预算执行", "C3", "１５９．３６万元"),
    ),
    "yuan-not-wan.xlsx": ("年初预算数按元填报", _set("预算执行", "C3", 1593600)),
    "negative-amount.xlsx": ("公用经费实际支出为负数", _set("预算执行", "C13", -5.7)),
    "formula-no-value.xlsx": (
        "全年执行数是 openpyxl 写入的公式，没有计算结果",
        _set("预算执行", "C5", "=C8+C11"),
    ),
    "target-text.xlsx": ("服务对象满意度的年度指标值填了“九十”", _set("绩效目标", "F33", "九十")),
    "moved-rows.xlsx": ("在“预算执行”第 5 行前插入了一行", _insert_row("预算执行", 5)),
    "merged-cells.xlsx": ("合并了“人员”表的 C3:C4", _merge("人员", "C3:C4")),
    "renamed-sheet.xlsx": ("“人员”表改名为“人员情况”", _rename("人员", "人员情况")),
    "wrong-year.xlsx": ("评价年度填了“二〇二三”", _set("基本信息", "C4", "二〇二三")),
}

#: Files that are not .xlsx workbooks at all.
NOT_WORKBOOKS: dict[str, bytes] = {
    "old-format.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "xls-renamed.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "csv-renamed.xlsx": "项目,金额\n资金总额,159.36\n".encode(),
}


def write_seed(out: Path) -> Path:
    """The seed unit's filled template (no examples, every value real)."""
    submission = Submission.model_validate(yaml.safe_load(SEED_YAML.read_text(encoding="utf-8")))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_template(load_framework(submission.framework), out, submission=submission, examples=False)
    return out


def write_bad_inputs(seed: Path, out_dir: Path) -> list[Path]:
    """One workbook per fault in BAD_CASES, the non-workbooks, and a truncated zip."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, (_, change) in BAD_CASES.items():
        book = openpyxl.load_workbook(seed)
        change(book)
        book.save(out_dir / name)
        written.append(out_dir / name)
    for name, content in NOT_WORKBOOKS.items():
        (out_dir / name).write_bytes(content)
        written.append(out_dir / name)
    (out_dir / "corrupt.xlsx").write_bytes(seed.read_bytes()[:3000])
    written.append(out_dir / "corrupt.xlsx")
    return written


def main(argv: list[str]) -> None:
    """Write the examples into ``examples/`` or the folder given."""
    base = Path(argv[0]) if argv else ROOT / "examples"
    seed = write_seed(base / "gedian-2023" / "submission.xlsx")
    for path in [seed, *write_bad_inputs(seed, base / "bad-input")]:
        print(path.relative_to(base.parent) if path.is_relative_to(base.parent) else path)


if __name__ == "__main__":
    main(sys.argv[1:])
