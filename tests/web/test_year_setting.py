"""The framework a bureau sets for a year must be usable, or every page of the year fails."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from jixiao.web.models import YearSetting


def _setting(org: dict[str, Any], framework: str) -> YearSetting:
    return YearSetting(bureau=org["bureau"], year=2030, framework=framework)


def test_shipped_department_frameworks_are_accepted(org: dict[str, Any]) -> None:
    for framework in ("bumen-zhengti", "bumen-2013"):
        _setting(org, framework).full_clean()


@pytest.mark.parametrize(
    ("framework", "message"),
    [
        ("no-such", "找不到指标体系"),
        ("xiangmu-zhichu", "项目支出指标体系"),
        ("指" * 100, "无法读取指标体系"),  # 300 bytes: longer than a file name may be
        ("mine.yaml", "完整路径"),
    ],
)
def test_unusable_frameworks_are_refused(org: dict[str, Any], framework: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _setting(org, framework).full_clean()


def test_the_admin_form_says_why(login: Any, org: dict[str, Any]) -> None:
    data = {"bureau": org["bureau"].pk, "year": 2030, "framework": "no-such", "deadline": ""}
    response = login("admin").post("/admin/jixiao/yearsetting/add/", data)
    assert response.status_code == 200  # the form again, with the error
    assert "找不到指标体系" in response.content.decode()
    assert not YearSetting.objects.filter(year=2030).exists()
