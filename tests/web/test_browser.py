"""The whole story in a real browser (Debian Chromium driven by Playwright, headless)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest

from jixiao.web.services.submissions import save_document

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="需要 /usr/bin/chromium"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh headless page; a screenshot is saved when the test fails."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        page = browser.new_page(locale="zh-CN")
        page.set_default_timeout(15000)
        try:
            yield page
        finally:
            if getattr(request.node, "failed", False):
                ARTIFACTS.mkdir(exist_ok=True)
                page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
            browser.close()


def _login(page: Page, base: str, name: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/login/")
    page.get_by_label("用户名").fill(name)
    page.get_by_label("密码").fill("pw-test-123")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(f"{base}/")


def test_whole_story(page: Page, live_server: Any, org: dict[str, Any]) -> None:
    base, record = live_server.url, org["records"]["a"]
    almost = copy.deepcopy(org["complete"])
    almost["facts"]["mgmt.informatization"] = None  # the one gap the user fills in the browser
    almost["unit"]["name"] = "甲单位"
    save_document(record.pk, org["users"]["unit_a"], almost, record.version)

    _login(page, base, "unit_a")
    page.goto(f"{base}/submissions/{record.pk}/edit/sheet3/")
    assert "存在错误" in page.locator("#panel").inner_text()
    page.get_by_label("信息化建设情况").select_option("是")
    page.wait_for_function("!document.querySelector('#panel').innerText.includes('存在错误')")
    page.get_by_role("button", name="保存本栏").click()
    page.get_by_role("button", name="提交审核").click()
    assert "待审核" in page.content()

    _login(page, base, "dept_a")
    page.goto(f"{base}/submissions/{record.pk}/review/")
    page.get_by_label("针对").select_option("carryover_rate")
    page.get_by_label("意见").fill("请补充结转结余的具体原因")
    page.get_by_role("button", name="添加意见").click()
    page.get_by_label("退回理由").fill("结转结余原因不具体")
    page.get_by_role("button", name="退回修改").click()
    assert "已退回" in page.content()

    _login(page, base, "unit_a")
    page.goto(f"{base}/submissions/{record.pk}/edit/targets/")
    assert "请补充结转结余的具体原因" in page.content() and "结转结余原因不具体" in page.content()
    page.locator("[name='targets:carryover_rate:cause']").fill(
        "年末项目资金未到支付节点，已结转下年使用"
    )
    page.get_by_role("button", name="保存本栏").click()
    page.get_by_role("button", name="提交审核").click()
    assert "待审核" in page.content()

    _login(page, base, "bureau")
    page.goto(f"{base}/submissions/{record.pk}/review/")
    page.get_by_role("button", name="审核通过", exact=True).click()
    assert "已通过" in page.content()
    page.goto(f"{base}/dashboard/?year=2023")
    row = page.locator("tr", has_text="甲单位")
    assert "已通过" in row.inner_text()

    table = page.request.get(f"{base}/submissions/{record.pk}/download/table/")
    assert table.status == 200
    assert table.headers["content-type"].startswith("application/vnd.openxmlformats")
    export = page.request.get(f"{base}/dashboard/export/?year=2023")
    assert export.status == 200 and export.body()[:2] == b"PK"
    report = page.request.get(f"{base}/submissions/{record.pk}/download/report/")
    assert report.status in {200, 503}  # 503 until the report writer is installed
    if report.status == 200:
        assert "wordprocessingml" in report.headers["content-type"]
