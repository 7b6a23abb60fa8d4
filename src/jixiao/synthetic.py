"""Synthetic but plausible units, for benchmarks, demos and load tests.

Deterministic: unit ``i`` is always the same. Amounts are built from whole cents so no
float ever touches them.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from jixiao.core.submission import Submission

_KINDS = ("发展中心", "服务中心", "执法大队", "事务中心", "管理站", "研究所")
_PLACES = ("东湖", "江夏", "临空", "花湖", "梁子湖", "华容", "葛店", "长港")
_ANSWERS = ("是", "是", "是", "部分", "否")


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    """A random amount in 万元 between low and high, to the cent."""
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _budget(rng: random.Random) -> dict[str, Decimal]:
    basic = _amount(rng, 80, 600)
    project = _amount(rng, 10, 400)
    adjust = Decimal(rng.randint(-15, 30)) / 100
    adjusted_basic = (basic * (1 + adjust / 2)).quantize(Decimal("0.01"))
    adjusted_project = (project * (1 + adjust)).quantize(Decimal("0.01"))
    rate_basic = Decimal(rng.randint(88, 100)) / 100
    rate_project = Decimal(rng.randint(55, 100)) / 100
    executed_basic = (adjusted_basic * rate_basic).quantize(Decimal("0.01"))
    executed_project = (adjusted_project * rate_project).quantize(Decimal("0.01"))
    return {
        "budget.basic.initial": basic,
        "budget.project.initial": project,
        "budget.total.initial": basic + project,
        "budget.basic.adjusted": adjusted_basic,
        "budget.project.adjusted": adjusted_project,
        "budget.total.adjusted": adjusted_basic + adjusted_project,
        "budget.basic.executed": executed_basic,
        "budget.project.executed": executed_project,
        "budget.total.executed": executed_basic + executed_project,
    }


def _facts(rng: random.Random) -> dict[str, Any]:
    facts: dict[str, Any] = _budget(rng)
    public_budget = _amount(rng, 5, 60)
    posts = rng.randint(5, 60)
    facts.update(
        {
            "costs.public.budget": public_budget,
            "costs.public.actual": (public_budget * Decimal(rng.randint(70, 108)) / 100).quantize(
                Decimal("0.01")
            ),
            "costs.meeting.budget": _amount(rng, 0, 5),
            "costs.meeting.actual": _amount(rng, 0, 4),
            "costs.sangong.budget": _amount(rng, 0, 20),
            "costs.sangong.actual": _amount(rng, 0, 18),
            "costs.sangong.last_year": _amount(rng, 1, 20),
            "procurement.budget": _amount(rng, 5, 80),
            "procurement.actual": _amount(rng, 4, 80),
            "nontax.budget": Decimal(0),
            "nontax.actual": Decimal(0),
            "staff.posts.admin": Decimal(posts // 3),
            "staff.posts.institution": Decimal(posts - posts // 3),
            "staff.in_post": Decimal(posts - rng.randint(0, 3)),
            "satisfaction.service.rate": Decimal(rng.randint(80, 99)),
            "satisfaction.service.sample": Decimal(rng.randint(30, 300)),
            "satisfaction.partner.rate": Decimal(rng.randint(85, 100)),
            "satisfaction.partner.sample": Decimal(rng.randint(10, 60)),
            "counts.training.planned": Decimal(6),
            "counts.training.done": Decimal(rng.randint(4, 6)),
        }
    )
    for key in (
        "long_term_plan",
        "work_plan",
        "budget_science",
        "budget_reason",
        "project_setup",
        "target_quality",
        "asset_rules",
        "asset_practice",
        "finance_rules",
        "accounting",
        "compliance",
        "service_reform",
        "admin_reform",
        "cadre_plan",
        "talent_reserve",
        "informatization",
    ):
        facts[f"mgmt.{key}"] = rng.choice(_ANSWERS)
    return facts


def _projects(rng: random.Random) -> list[dict[str, Any]]:
    projects = []
    for number in range(rng.randint(1, 3)):
        adjusted = _amount(rng, 5, 120)
        projects.append(
            {
                "name": f"重点工作项目{number + 1}",
                "initial": adjusted,
                "adjusted": adjusted,
                "executed": (adjusted * Decimal(rng.randint(60, 100)) / 100).quantize(
                    Decimal("0.01")
                ),
                "ex_ante_required": True,
                "ex_ante_done": rng.random() > 0.2,
                "monitored": True,
                "self_evaluated": True,
                "results_applied": rng.random() > 0.3,
                "indicators": [
                    {
                        "level1": "产出指标",
                        "name": "完成任务数",
                        "unit": "项",
                        "target": 10,
                        "actual": rng.randint(7, 12),
                        "cause": "部分任务延期",
                        "measure": "加强调度",
                    },
                    {
                        "level1": "效益指标",
                        "name": "服务企业数",
                        "unit": "家",
                        "target": 50,
                        "actual": rng.randint(40, 60),
                        "cause": "需求减少",
                        "measure": "扩大宣传",
                    },
                    {
                        "level1": "满意度指标",
                        "name": "服务对象满意度",
                        "unit": "%",
                        "target": 90,
                        "actual": rng.randint(85, 99),
                        "cause": "响应不及时",
                        "measure": "优化流程",
                    },
                ],
            }
        )
    return projects


def synthetic_submission(index: int, year: int = 2023) -> Submission:
    """Unit number ``index``: realistic figures, every target stated, some missed."""
    rng = random.Random(index)
    name = f"{rng.choice(_PLACES)}区{rng.choice(_KINDS)}{index:04d}"
    explained = {"cause": "受政策调整影响", "measure": "加强预算执行监控"}
    targets = {
        "budget_adjustment_rate": {"target": 10, **explained},
        "budget_execution_rate": {"target": 95, **explained},
        "carryover_rate": {"target": 5, **explained},
        "procurement_rate": {"target": 90, **explained},
        "service_satisfaction": {"target": 90, **explained},
        "partner_satisfaction": {"target": 90, **explained},
    }
    for code in (
        "long_term_plan",
        "budget_science",
        "budget_reason",
        "work_plan",
        "project_setup",
        "target_quality",
        "asset_rules",
        "asset_practice",
        "finance_rules",
        "accounting",
        "compliance",
        "informatization",
        "public_funds_control_rate",
        "training_rate",
        "sangong_change_rate",
        "meeting_cost_control_rate",
        "ex_ante_rate",
        "result_application_rate",
        "monitoring_rate",
        "evaluation_coverage",
        "service_reform",
        "admin_reform",
        "cadre_plan",
        "talent_reserve",
        "staff_control_rate",
    ):
        targets[code] = dict(explained)
    individual = [
        {
            "level1": "履职效能",
            "level2": "产出指标",
            "name": "重点任务完成数",
            "unit": "项",
            "target": 20,
            "actual": rng.randint(15, 24),
            **explained,
        },
        {
            "level1": "履职效能",
            "level2": "质量指标",
            "name": "工作质量达标率",
            "unit": "%",
            "target": 95,
            "actual": rng.randint(88, 100),
            **explained,
        },
        {
            "level1": "社会效应",
            "level2": "社会效益",
            "name": "服务群众人次",
            "unit": "人次",
            "target": 5000,
            "actual": rng.randint(4000, 6400),
            **explained,
        },
    ]
    return Submission.model_validate(
        {
            "unit": {
                "name": name,
                "year": year,
                "supervisor": f"{rng.choice(_PLACES)}区财政局",
                "code": f"{index:06d}",
            },
            "facts": _facts(rng),
            "targets": targets,
            "individual": individual,
            "projects": _projects(rng),
            "narrative": {
                "overview": f"{name}主要负责辖区内相关公共服务工作。",
                "results": "按计划完成年度重点工作。",
                "problems": "部分项目执行进度偏慢。",
                "measures": "加强预算执行监控，提高资金使用效益。",
            },
        }
    )
