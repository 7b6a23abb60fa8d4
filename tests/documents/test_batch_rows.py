"""The batch summary says why a unit got no documents, whatever level blocked it."""

from __future__ import annotations

from pathlib import Path

import yaml

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import has_errors
from jixiao.core.submission import Submission
from jixiao.frameworks import load_pair
from jixiao.portfolio.batch import BatchOptions
from jixiao.portfolio.batch import run_one

from support import seed_data


def test_a_project_error_blocks_and_the_row_counts_and_names_it(tmp_path: Path) -> None:
    data = seed_data()
    project = {"name": "农村公路养护项目", "initial": 100, "adjusted": 100, "executed": 90}
    project["indicators"] = [
        {
            "level1": "产出指标",
            "level2": "数量指标",
            "name": "养护里程",
            "unit": "公里",
            "comparison": ">=",
            "target": 50,
            "actual": 40,
        },
    ]
    data["projects"] = [project]  # 40 < 50 with no 偏差原因: an error of the project only
    source = tmp_path / "unit.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    evaluation = evaluate(Submission.model_validate(data), *load_pair())
    assert has_errors(evaluation.all_findings())
    options = BatchOptions(framework=None, out_dir=tmp_path / "out", draft=False, pdf=False)
    row = run_one(source, options)
    assert row.status == "未生成"
    assert row.errors >= 1 and row.detail  # not “错误 0” with an empty 主要问题
    unit_errors = [f for f in evaluation.findings if f.severity.value == "error"]
    assert row.errors > len(unit_errors)
