"""The report's paragraphs for one 三级指标, generated from its evaluated result only.

Each paragraph states what the evaluation holds and nothing more: the inputs and their
figures, the formula in words, the value, the target (or that none was set), the verdict,
the score, and for a missed target the unit's cause and measure (or that they are
missing). A verdict against a target the unit never set is never written as met.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.display import NOT_FILLED
from jixiao.core.display import show_target
from jixiao.core.framework import Framework
from jixiao.core.model import IndicatorResult
from jixiao.core.model import InputValue
from jixiao.core.model import Origin
from jixiao.core.model import Status
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.core.numbers import percent

MONEY_UNITS = frozenset({"万元", "元"})
NO_TARGET = "未设定年度指标值"
NO_DEVIATION = "偏差原因及改进措施未填写"
TOTAL_PREFIX = "资金总额·"
QUALITATIVE_VERDICT = {"是": "达到要求", "部分": "部分达到要求", "否": "未达到要求"}


def show_amount(value: Decimal, unit: str) -> str:
    """An input figure with its unit: money keeps 2 decimals (5.70万元), counts do not."""
    if unit in MONEY_UNITS:
        return f"{fmt_decimal(value)}{unit}"
    if unit == "%":
        return f"{fmt_decimal(value)}%"
    return f"{fmt_plain(value)}{unit}"


def show_goal(result: IndicatorResult) -> str:
    """The target as written in the report: ``≤100%``, ``≥12.5亿元``; "" when none."""
    return show_target(result.target, result.comparison, result.unit)


def show_points(value: Decimal) -> str:
    """Points as written in prose: 4, 1.4, 0.5."""
    return fmt_plain(value)


def score_phrase(result: IndicatorResult) -> str:
    """``得X分（分值Y分）``."""
    return f"得{show_points(result.score)}分（分值{show_points(result.weight)}分）"


_CJK = r"[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
_SPACE_NEAR_CJK = re.compile(rf"(?<={_CJK})\s+|\s+(?={_CJK})")


def tidy(text: str) -> str:
    """Drop the spaces a folded YAML line or a form leaves next to Chinese characters."""
    return _SPACE_NEAR_CJK.sub("", text).strip()


def sentence(text: str) -> str:
    """Close a clause taken from the unit's text with one full stop."""
    text = tidy(text).rstrip("。；;，,. ")
    return f"{text}。" if text else ""


def indicator_paragraphs(
    result: IndicatorResult, framework: Framework, year: int, sample: Decimal | None = None
) -> list[str]:
    """All paragraphs for one indicator, in reading order; ``sample`` is the survey's number
    of valid questionnaires, for a 满意度 indicator."""
    if result.origin is Origin.MISSING:
        return [
            f"单位未填报本项一级指标下的个性指标（分值{show_points(result.weight)}分），得0分。"
        ]
    if result.kind == "qualitative":
        paragraphs = [_qualitative(result, framework)]
    elif result.formula_text:
        paragraphs = [
            _computation(result, framework, year, sample),
            _verdict(result, framework),
        ]
    else:
        paragraphs = [_verdict(result, framework)]
    deviation = deviation_paragraph(result)
    if deviation:
        paragraphs.append(deviation)
    return [p for p in paragraphs if p]


def deviation_paragraph(result: IndicatorResult) -> str:
    """Cause and measure: required for a missed target, printed whenever the unit gave them."""
    cause, measure = sentence(result.cause), sentence(result.measure)
    if result.met is not False and not (cause or measure):
        return ""
    if not (cause or measure):
        return f"{NO_DEVIATION}。"
    parts = [f"偏差原因：{cause}" if cause else "偏差原因未填写。"]
    parts.append(f"改进措施：{measure}" if measure else "改进措施未填写。")
    return "".join(parts)


def _computation(
    result: IndicatorResult, framework: Framework, year: int, sample: Decimal | None = None
) -> str:
    """Inputs with their figures (and the survey's sample), then the formula and the value."""
    known = [item for item in result.inputs if item.value is not None]
    blanks = [item.label for item in result.inputs if item.value is None]
    shown = result.inputs if result.value is None else tuple(known)
    facts = [_input_phrase(item) for item in shown] if known else []
    facts.extend(_difference(result, framework))
    if sample is not None:
        facts.append(f"调查有效问卷{show_amount(sample, '份')}")
    opening = f"{year}年，{'，'.join(facts)}。" if facts else ""
    if result.status is Status.NA:
        return f"{opening}因{result.na_reason}，无法按“{result.formula_text}”计算比率。"
    if result.status is Status.UNBUDGETED:
        return f"{opening}未编制预算但发生支出，无法计算比率，视为未达到控制目标。"
    if result.value is None:
        return opening
    if blanks:
        return (
            f"{opening}{'、'.join(blanks)}未填报，{result.name}采用单位直接填报的"
            f"{result.display}，未能按公式核实。"
        )
    return f"{opening}按“{result.formula_text}”计算，{result.name}为{result.display}。"


def _label(item: InputValue) -> str:
    """An input's label without the budget-block prefix (资金总额·全年预算数 → 全年预算数)."""
    return item.label.removeprefix(TOTAL_PREFIX)


def _input_phrase(item: InputValue) -> str:
    if item.value is None:
        return f"{_label(item)}{NOT_FILLED}"
    return f"{_label(item)}{show_amount(item.value, item.unit)}"


def _difference(result: IndicatorResult, framework: Framework) -> list[str]:
    """The amount behind a change or gap rate: 调增/调减 X 万元, or the unspent balance."""
    try:
        spec = framework.indicator(result.code)
    except KeyError:
        return []
    pair = _arg_inputs(spec.args, result.inputs)
    if spec.formula == "change_rate" and {"current", "base"} <= pair.keys():
        current, base = pair["current"], pair["base"]
        if current.value is None or base.value is None or current.unit not in MONEY_UNITS:
            return []
        change = current.value - base.value
        verb = "调增" if change > ZERO else "调减" if change < ZERO else "无变化"
        amount = show_amount(abs(change), current.unit) if change else ""
        return [f"{_label(current)}较{_label(base)}{verb}{amount}"]
    if spec.formula == "gap_rate" and {"total", "used"} <= pair.keys():
        total, used = pair["total"], pair["used"]
        if total.value is None or used.value is None or total.unit not in MONEY_UNITS:
            return []
        return [f"两者相差（结转结余）{show_amount(total.value - used.value, total.unit)}"]
    return []


def _arg_inputs(
    args: dict[str, str | list[str]], inputs: tuple[InputValue, ...]
) -> dict[str, InputValue]:
    """Name the inputs by formula argument when each argument is a single field."""
    if len(args) != len(inputs) or not all(isinstance(v, str) for v in args.values()):
        return {}
    return dict(zip(args, inputs, strict=True))


def _target_phrase(result: IndicatorResult) -> str:
    shown = show_goal(result)
    if not shown:
        return NO_TARGET
    if result.target_defaulted:
        return f"单位{NO_TARGET}，按指标体系默认值{shown}评价"
    return f"年度指标值为{shown}"


def _met_phrase(result: IndicatorResult) -> str:
    against = "默认值" if result.target_defaulted else "年度指标值"
    if result.met is True:
        return f"达到{against}"
    if result.met is False:
        return f"未达到{against}"
    return "无法判断是否达到目标"


def _na_policy(framework: Framework) -> str:
    if framework.na_policy == "full_marks":
        return "按指标体系规定按满分计"
    return "按指标体系规定不计分，总分按比例换算为百分制"


def _score_clause(result: IndicatorResult, framework: Framework) -> str:
    if result.status is Status.NA and framework.na_policy == "rescale":
        return f"不计分（分值{show_points(result.weight)}分）"
    clause = score_phrase(result)
    if result.deduction > ZERO:
        clause = f"{_overshoot(result, framework)}，{clause}"
    if result.status is Status.OK and ZERO < result.score + result.deduction < result.weight:
        rule = result.rule_text.replace("“", "‘").replace("”", "’")
        clause = f"按评分规则“{rule}”，{clause}"
    return clause


def _overshoot(result: IndicatorResult, framework: Framework) -> str:
    over = ""
    if result.value is not None and result.target:
        rate = percent(result.value - result.target, result.target)
        over = f"{fmt_decimal(rate)}%" if rate is not None else ""
    threshold = fmt_plain(framework.overshoot.threshold) if framework.overshoot else ""
    return (
        f"实际完成值超出年度指标值{over}，超出{threshold}%以上，视为指标值设定偏低，"
        f"扣减{show_points(result.deduction)}分"
    )


def _verdict(result: IndicatorResult, framework: Framework) -> str:
    """Target, value, verdict and score in one sentence."""
    if result.status is Status.NA:
        return (
            f"本指标不适用（{result.na_reason}），{_na_policy(framework)}，"
            f"{_score_clause(result, framework)}。"
        )
    if result.value is None:
        return f"{_target_phrase(result)}，实际完成值{NOT_FILLED}，{score_phrase(result)}。"
    actual = f"实际完成值为{result.display}"
    if result.target is None and result.status is Status.MISSING:
        return f"{NO_TARGET}，{actual}，无法判断是否达到目标，{score_phrase(result)}。"
    return (
        f"{_target_phrase(result)}，{actual}，{_met_phrase(result)}，"
        f"{_score_clause(result, framework)}。"
    )


def _qualitative(result: IndicatorResult, framework: Framework) -> str:
    if result.status is Status.NA:
        return (
            f"单位自评结论为“不涉及”，本指标不适用，{_na_policy(framework)}，"
            f"{_score_clause(result, framework)}。"
        )
    if result.display == NOT_FILLED:
        return f"单位未填报自评结论，{score_phrase(result)}。"
    verdict = QUALITATIVE_VERDICT.get(result.display, "")
    verdict = f"，{verdict}" if verdict else ""
    return f"单位自评结论为“{result.display}”{verdict}，{score_phrase(result)}。"
