"""Facts: normalising what the unit reported, deriving roll-ups, checking consistency.

Input: a submission and its framework. Output: clean facts (``Decimal`` for numbers,
``str`` for answers, ``None`` for blanks) and findings; nothing is ever read as zero
because it could not be read.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import CheckSpec
from jixiao.core.framework import FieldSpec
from jixiao.core.framework import Framework
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_plain
from jixiao.core.numbers import parse_number
from jixiao.core.numbers import round2
from jixiao.core.submission import Fact
from jixiao.core.submission import Submission

Facts = dict[str, Decimal | str | None]

#: An amount at or above this many 万元 (100 亿元) is surely typed in 元.
YUAN_SUSPECT_ABOVE = Decimal(1_000_000)
#: Amounts of one block this many times larger than the others are suspect too.
YUAN_SUSPECT_RATIO = Decimal(5000)


def fact_location(submission: Submission, field_id: str) -> str:
    """Where a fact was read from (``预算执行!D5``), or its field path."""
    return submission.where(f"facts.{field_id}")


def normalize_facts(framework: Framework, submission: Submission) -> tuple[Facts, list[Finding]]:
    """Turn raw facts into numbers and answers by their field kind, with findings."""
    facts: Facts = {}
    findings: list[Finding] = []
    for spec in framework.fields:
        raw = submission.facts.get(spec.id)
        value, problems = _normalize_one(spec, raw, fact_location(submission, spec.id))
        facts[spec.id] = value
        findings.extend(problems)
    derived, rollup_findings = _rollups(framework, submission, facts)
    facts.update(derived)
    findings.extend(rollup_findings)
    return facts, findings


def _normalize_one(
    spec: FieldSpec, raw: Fact, where: str
) -> tuple[Decimal | str | None, list[Finding]]:
    if spec.kind == "text":
        return (str(raw).strip() or None) if raw is not None else None, []
    if spec.kind == "choice":
        return _normalize_choice(spec, raw, where)
    parsed = parse_number(raw)
    if parsed.problem:
        return None, [
            make_finding("invalid-number", where, label=spec.label, detail=parsed.problem)
        ]
    if parsed.unit and parsed.unit != spec.unit:
        detail = f"单位应为{spec.unit or '纯数字'}，实际填写了“{raw}”"
        return None, [make_finding("invalid-number", where, label=spec.label, detail=detail)]
    if parsed.unit:
        note = make_finding(
            "unit-in-number", where, label=spec.label, raw=raw, value=parsed.value, unit=parsed.unit
        )
        return parsed.value, [note]
    return parsed.value, []


def _normalize_choice(spec: FieldSpec, raw: Fact, where: str) -> tuple[str | None, list[Finding]]:
    text = str(raw).strip() if raw is not None else ""
    if not text:
        return None, []
    if spec.choices and text not in spec.choices:
        choices = "/".join(spec.choices)
        return None, [
            make_finding("invalid-choice", where, label=spec.label, choices=choices, raw=raw)
        ]
    return text, []


def _rollups(
    framework: Framework, submission: Submission, facts: Facts
) -> tuple[Facts, list[Finding]]:
    """Derive count facts from the project list where the unit left them blank."""
    derived: Facts = {}
    findings: list[Finding] = []
    if not submission.projects:
        return derived, findings
    for spec in framework.fields:
        if spec.rollup is None:
            continue
        count = _count_projects(submission, spec.rollup)
        if count is None:
            continue
        value = Decimal(count + spec.rollup_add)
        stated = facts.get(spec.id)
        if stated is None:
            derived[spec.id] = value
        elif stated != value:
            findings.append(
                make_finding(
                    "sum-mismatch",
                    fact_location(submission, spec.id),
                    parts_text="按项目清单统计",
                    parts_sum=fmt_plain(value),
                    total_label=spec.label,
                    total=fmt_plain(stated if isinstance(stated, Decimal) else None),
                    diff=fmt_plain(abs(value - stated)) if isinstance(stated, Decimal) else "—",
                )
            )
    return derived, findings


def _count_projects(submission: Submission, rollup: str) -> int | None:
    if rollup == "projects":
        return len(submission.projects)
    flags = [getattr(p, rollup) for p in submission.projects]
    if any(flag is None for flag in flags):
        return None
    return sum(1 for flag in flags if flag)


def check_facts(framework: Framework, submission: Submission, facts: Facts) -> list[Finding]:
    """Consistency of the facts: signs, 元 versus 万元, sums and limits."""
    findings: list[Finding] = []
    amounts = {s.id: facts[s.id] for s in framework.fields if s.kind == "amount"}
    present = {k: v for k, v in amounts.items() if isinstance(v, Decimal)}
    for field_id, value in present.items():
        where = fact_location(submission, field_id)
        label = framework.field(field_id).label
        if value < ZERO:
            findings.append(
                make_finding("negative-amount", where, label=label, value=fmt_plain(value))
            )
        elif _looks_like_yuan(value, present):
            findings.append(
                make_finding("amount-in-yuan", where, label=label, value=fmt_plain(value))
            )
    for check in framework.checks:
        findings.extend(_run_check(framework, submission, facts, check))
    return findings


def _looks_like_yuan(value: Decimal, present: dict[str, Decimal]) -> bool:
    if value >= YUAN_SUSPECT_ABOVE:
        return True
    others = [v for v in present.values() if isinstance(v, Decimal) and v > ZERO]
    smallest = min(others, default=value)
    return (
        value == value.to_integral_value()
        and smallest > 0
        and value / smallest >= YUAN_SUSPECT_RATIO
    )


def _run_check(
    framework: Framework, submission: Submission, facts: Facts, check: CheckSpec
) -> list[Finding]:
    total = facts.get(check.total)
    parts = [facts.get(p) for p in check.parts]
    if not isinstance(total, Decimal) or not all(isinstance(p, Decimal) for p in parts):
        return []
    numbers = [p for p in parts if isinstance(p, Decimal)]
    where = fact_location(submission, check.total)
    total_label = framework.field(check.total).label
    if check.kind == "sum":
        parts_sum = round2(sum(numbers, ZERO))
        if parts_sum == round2(total):
            return []
        text = " + ".join(
            f"{framework.field(p).label} {fmt_plain(n)}"
            for p, n in zip(check.parts, numbers, strict=True)
        )
        return [
            make_finding(
                "sum-mismatch",
                where,
                parts_text=text,
                parts_sum=fmt_plain(parts_sum),
                total_label=total_label,
                total=fmt_plain(total),
                diff=fmt_plain(abs(parts_sum - total)),
            )
        ]
    limit = numbers[0]
    if total <= limit:
        return []
    return [
        make_finding(
            "exceeds-limit",
            where,
            label=total_label,
            value=fmt_plain(total),
            limit_label=framework.field(check.parts[0]).label,
            limit=fmt_plain(limit),
        )
    ]


def check_year(submission: Submission, expected: int | None) -> list[Finding]:
    """The year filled in must be the year being evaluated."""
    if expected is None or submission.unit.year == expected:
        return []
    return [
        make_finding(
            "year-mismatch",
            submission.where("unit.year"),
            found=submission.unit.year,
            expected=expected,
        )
    ]
