"""Demo data: a bureau with the seed unit and ~20 generated units, and a login per role."""

from __future__ import annotations

import copy
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from django.contrib.auth import get_user_model
from django.db import transaction

from jixiao.web.models import Bureau
from jixiao.web.models import Department
from jixiao.web.models import Profile
from jixiao.web.models import Role
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.models import YearSetting
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.evaluation import summarize
from jixiao.web.services.evaluation import to_document

SEED = Path(__file__).resolve().parents[4] / "examples" / "gedian-2023" / "submission.yaml"
PASSWORD = "jixiao2024"
YEAR = 2023
#: user name → (role, what it is attached to), printed by ``jixiao serve --demo``.
LOGINS = {
    "admin": "管理员",
    "caizheng": "财政局审核人",
    "zhuguan": "主管部门审核人（党工委管委会）",
    "danwei": "单位填报人（葛店经开区创新创业发展中心）",
    "danwei2": "单位填报人（示范单位01）",
}
EXPLAIN = {
    "cause": "受项目进度影响，部分资金未能按期支付。",
    "measure": "加强预算执行监控，按月通报执行进度。",
}


def seed_document() -> dict[str, Any]:
    """The seed unit's submission as a mapping."""
    data: dict[str, Any] = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    return data


def complete_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with the gaps filled that would block submission (targets, answers …)."""
    new = copy.deepcopy(doc)
    facts = new.setdefault("facts", {})
    facts.setdefault("mgmt.informatization", "是")
    for key in ("satisfaction.service", "satisfaction.partner"):
        facts.setdefault(f"{key}.rate", 95)
        facts.setdefault(f"{key}.sample", 120)
    targets = new.setdefault("targets", {})
    for code in (
        "long_term_plan",
        "budget_science",
        "budget_reason",
        "budget_execution_rate",
        "budget_adjustment_rate",
    ):
        targets[code] = {**targets.get(code, {}), **EXPLAIN}
    targets.setdefault("carryover_rate", {})["target"] = 10
    targets["carryover_rate"].update(EXPLAIN)
    targets.setdefault("procurement_rate", {})["target"] = 100
    targets["procurement_rate"].update(EXPLAIN)
    for row in new.get("individual", []):
        if row.get("target") is None:
            row["target"] = row.get("actual")
    return new


def _varied(doc: dict[str, Any], rng: random.Random, n: int) -> dict[str, Any]:
    new = copy.deepcopy(doc)
    facts = new["facts"]
    adjusted = Decimal(rng.randint(800, 90000)) / 100
    executed = (adjusted * Decimal(rng.randint(55, 100)) / 100).quantize(Decimal("0.01"))
    basic = (executed * Decimal("0.8")).quantize(Decimal("0.01"))
    facts.update(
        {
            "budget.total.initial": str(
                (adjusted * Decimal(rng.randint(70, 110)) / 100).quantize(Decimal("0.01"))
            ),
            "budget.total.adjusted": str(adjusted),
            "budget.total.executed": str(executed),
            "budget.basic.executed": str(basic),
            "budget.project.executed": str(executed - basic),
            "satisfaction.service.rate": rng.randint(70, 99),
        }
    )
    new["unit"] = {**new["unit"], "name": f"示范单位{n:02d}", "contact": ""}
    return new


def _user(
    username: str,
    role: Role,
    *,
    unit: Unit | None = None,
    department: Department | None = None,
    bureau: Bureau | None = None,
) -> None:
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first() or user_model(username=username)
    user.set_password(PASSWORD)
    user.is_staff = user.is_superuser = role is Role.ADMIN
    user.save()
    Profile.objects.update_or_create(
        user=user, defaults={"role": role, "unit": unit, "department": department, "bureau": bureau}
    )


def _store(unit: Unit, doc: dict[str, Any], status: Status, year: int = YEAR) -> None:
    doc = {**doc, "unit": {**doc["unit"], "year": year}}
    evaluation, _findings = evaluate_document(doc, "bumen-zhengti")
    stored = to_document(evaluation.submission) if evaluation else doc
    SubmissionRecord.objects.update_or_create(
        unit=unit,
        year=year,
        defaults={
            "document": stored,
            "status": status,
            "summary": summarize(evaluation),
            "version": 1,
        },
    )


def _open_years(bureau: Bureau) -> None:
    """Last year closed and approved; this year open, due in 30 days from today."""
    import datetime  # noqa: PLC0415

    from django.utils import timezone  # noqa: PLC0415

    due = timezone.localdate() + datetime.timedelta(days=30)
    for year, is_open, deadline in (
        (YEAR - 1, False, due.replace(year=due.year - 1)),
        (YEAR, True, due),
    ):
        YearSetting.objects.update_or_create(
            bureau=bureau,
            year=year,
            defaults={"framework": "bumen-zhengti", "deadline": deadline, "open": is_open},
        )
    bureau.working_year = YEAR
    bureau.save(update_fields=["working_year"])


@transaction.atomic
def create_demo(units: int = 20, seed: int = 2023) -> Bureau:
    """Create (or refresh) the demo bureau; idempotent. Dates are relative to today."""
    bureau, _ = Bureau.objects.get_or_create(name="葛店经开区财政金融局")
    _open_years(bureau)
    main, _ = Department.objects.get_or_create(bureau=bureau, name="葛店经开区党工委管委会")
    other, _ = Department.objects.get_or_create(bureau=bureau, name="葛店经开区社会事务局")
    seed_unit, _ = Unit.objects.get_or_create(department=main, name="葛店经开区创新创业发展中心")
    _store(seed_unit, seed_document(), Status.DRAFT)
    _store(seed_unit, complete_document(seed_document()), Status.APPROVED, YEAR - 1)
    rng = random.Random(seed)
    statuses = [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.APPROVED, Status.APPROVED]
    made = []
    for n in range(1, units + 1):
        unit, _ = Unit.objects.get_or_create(
            department=main if n % 2 else other,
            name=f"示范单位{n:02d}",
            defaults={"code": f"DEMO{n:03d}"},
        )
        doc = _varied(complete_document(seed_document()), rng, n)
        _store(unit, doc, Status.DRAFT if n == 1 else statuses[n % len(statuses)])
        _store(unit, _varied(doc, rng, n), Status.APPROVED, YEAR - 1)
        made.append(unit)
    _user("admin", Role.ADMIN)
    _user("caizheng", Role.BUREAU, bureau=bureau)
    _user("zhuguan", Role.DEPARTMENT, department=main)
    _user("danwei", Role.UNIT, unit=seed_unit)
    _user("danwei2", Role.UNIT, unit=made[0])
    return bureau
