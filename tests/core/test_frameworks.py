"""Frameworks are data: shipped ones load, broken ones are refused in Chinese."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from jixiao.core.evaluate import evaluate
from jixiao.core.framework import FrameworkError
from jixiao.core.framework import parse_framework
from jixiao.core.submission import Submission
from jixiao.documents.table.blocks import budget_cells
from jixiao.frameworks import available
from jixiao.frameworks import load_framework
from jixiao.portfolio.batch import KEY_RATES

from support import seed_data


def default_raw() -> dict[str, Any]:
    raw: dict[str, Any] = load_framework().model_dump(mode="json")
    return raw


@pytest.mark.parametrize("name", ["bumen-zhengti", "xiangmu-zhichu", "bumen-2013"])
def test_shipped_frameworks_load_and_weigh_100(name: str) -> None:
    framework = load_framework(name)
    weights = sum(i.weight for i in framework.indicators) + sum(
        g.weight for g in framework.individual
    )
    assert weights == Decimal(100)
    assert name in available()


def test_weights_that_do_not_add_up_are_refused() -> None:
    raw = default_raw()
    raw["indicators"][0]["weight"] = 5
    with pytest.raises(FrameworkError, match="权重合计为 101"):
        parse_framework(raw)


def test_unknown_formula_and_rule_are_refused_with_the_indicator_named() -> None:
    raw = default_raw()
    raw["indicators"][0]["formula"] = "magic"
    raw["indicators"][1]["rule"] = {"name": "lucky", "params": {}}
    with pytest.raises(FrameworkError) as error:
        parse_framework(raw)
    assert "公用经费控制率”使用了未知的计算公式“magic" in str(error.value)
    assert "在职人员控制率”使用了未知的评分规则“lucky" in str(error.value)


def test_reference_to_undefined_field_is_refused() -> None:
    raw = default_raw()
    raw["indicators"][0]["args"]["numerator"] = "costs.nowhere"
    with pytest.raises(FrameworkError, match=r"未定义的填报项“costs\.nowhere”"):
        parse_framework(raw)


def test_broken_yaml_file_gives_a_chinese_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(FrameworkError, match="格式错误"):
        load_framework(path)
    with pytest.raises(FrameworkError, match="找不到指标体系"):
        load_framework("no-such-framework")


def test_a_bureau_changes_a_weight_in_one_file(tmp_path: Path) -> None:
    raw = default_raw()
    raw["id"] = "my-province"
    raw["indicators"][0]["weight"] = 3  # 公用经费控制率 4 → 3
    raw["individual"][0]["weight"] = 21  # 履职效能 20 → 21
    path = tmp_path / "my-province.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    framework = load_framework(path)
    result = evaluate(Submission.model_validate(seed_data()), framework)
    assert result.indicator("public_funds_control_rate").weight == Decimal(3)
    assert result.framework_id == "my-province"


def test_variant_2013_framework_evaluates_the_seed() -> None:
    framework = load_framework("bumen-2013")
    data = seed_data()
    data["facts"] = {
        k: v for k, v in data["facts"].items() if k in {f.id for f in framework.fields}
    }
    data["individual"] = [
        {"level1": "产出", "name": "高新技术企业认定数", "unit": "家", "target": 40, "actual": 48}
    ]
    result = evaluate(Submission.model_validate(data), framework)
    assert result.indicator("budget_execution_rate").value == Decimal("89.98")
    assert result.indicator("budget_execution_rate").score == Decimal("7.20")  # 8 × 0.8998
    assert result.indicators[0].level1 == "投入"


def _renamed(raw: dict[str, Any]) -> dict[str, Any]:
    """The framework with every role-playing indicator's code renamed."""
    for spec in raw["indicators"]:
        if spec.get("role"):
            spec["code"] = f"zx_{spec['code']}"
    renamed = {spec["code"].removeprefix("zx_") for spec in raw["indicators"] if spec.get("role")}
    for cap in raw.get("caps", []):
        if cap["indicator"] in renamed:
            cap["indicator"] = f"zx_{cap['indicator']}"
    return raw


def test_renamed_codes_keep_every_role() -> None:
    original = load_framework()
    raw = _renamed(original.model_dump(mode="json"))
    renamed = parse_framework(raw)
    assert renamed.roles() == {role: f"zx_{code}" for role, code in original.roles().items()}
    submission = Submission.model_validate(seed_data())
    before, after = evaluate(submission, original, None), evaluate(submission, renamed, None)
    for role in KEY_RATES:
        first, second = before.by_role(role), after.by_role(role)
        assert first is not None and second is not None
        assert (first.value, first.score) == (second.value, second.score)
    row = next(r for r in after.budget if r.key == "total")
    execution = after.by_role("execution")
    assert execution is not None
    cells = budget_cells(row, execution)
    assert [c.value for c in cells[4:]] == [Decimal(10), row.rate, execution.score]


def test_a_framework_without_an_execution_role_is_refused() -> None:
    raw = load_framework().model_dump(mode="json")
    for spec in raw["indicators"]:
        if spec.get("role") == "execution":
            spec["role"] = None
    with pytest.raises(FrameworkError, match="role: execution"):
        parse_framework(raw)
