"""Which evaluation years a bureau has opened, and the year its pages open on.

Only the administrator opens a year (a 年度设置 with 开放填报); a unit can start a
submission only for an opened year, so a typed URL cannot invent a year that would then
take over the bureau's dashboard and queues.
"""

from __future__ import annotations

from django.db.models import Max
from django.utils import timezone

from jixiao.web.errors import WebError
from jixiao.web.models import Bureau
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.models import YearSetting


def opened_years(bureau_id: int) -> list[int]:
    """The years ``bureau_id`` has opened for filling, newest first."""
    rows = YearSetting.objects.filter(bureau_id=bureau_id, open=True).order_by("-year")
    return list(rows.values_list("year", flat=True))


def require_opened(unit: Unit, year: int) -> None:
    """Refuse a new submission for a year the unit's bureau has not opened."""
    opened = opened_years(unit.department.bureau_id)
    if year in opened:
        return
    offered = "、".join(f"{y} 年度" for y in opened) or "无"
    raise WebError(
        f"{year} 年度未开放填报。本单位可以填报的年度：{offered}。如需其他年度，请联系财政部门。"
    )


def working_year(bureau_id: int | None) -> int:
    """The year the dashboard opens on for ``bureau_id`` (None: every bureau).

    The bureau's 当前工作年度 when set; else the latest opened year; else the latest
    submitted year; else last calendar year.
    """
    bureaus = Bureau.objects.all() if bureau_id is None else Bureau.objects.filter(pk=bureau_id)
    settings = YearSetting.objects.filter(open=True)
    records = SubmissionRecord.objects.all()
    if bureau_id is not None:
        settings = settings.filter(bureau_id=bureau_id)
        records = records.filter(unit__department__bureau_id=bureau_id)
    for rows, column in ((bureaus, "working_year"), (settings, "year"), (records, "year")):
        candidate = rows.aggregate(y=Max(column))["y"]
        if candidate:
            return int(candidate)
    return timezone.localdate().year - 1
