"""The whole story in a real browser (Debian Chromium driven by Playwright, headless)."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest
from playwright.sync_api import expect

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
        refused: list[str] = []
        page.on(
            "console",
            lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None,
        )
        try:
            yield page
            assert not refused, refused  # the site's own pages keep to its policy
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


def _download(page: Page, link: str) -> tuple[str, bytes]:
    """Click a download link; the file's suggested name and its bytes."""
    with page.expect_download() as info:
        page.get_by_role("link", name=link).click()
    download = info.value
    assert download.failure() is None
    return download.suggested_filename, Path(download.path()).read_bytes()


def _xlsx_text(data: bytes) -> str:
    from openpyxl import load_workbook  # noqa: PLC0415

    workbook = load_workbook(io.BytesIO(data), read_only=True)
    return " ".join(
        str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )


def _docx_text(data: bytes) -> str:
    from docx import Document  # noqa: PLC0415

    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return " ".join([p.text for p in document.paragraphs] + cells)


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
    expect(page.locator("#panel")).not_to_contain_text("存在错误")
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
    name, data = _download(page, "自评表（xlsx）")
    assert name.endswith(".xlsx") and "甲单位" in _xlsx_text(data)
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


def test_projects_and_downloads_story(page: Page, live_server: Any, org: dict[str, Any]) -> None:
    """The unit fills a project with its indicators in the browser, then downloads the files."""
    base, record = live_server.url, org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)

    _login(page, base, "unit_a")
    page.goto(f"{base}/submissions/{record.pk}/edit/projects/")
    page.get_by_label("新增项目1·项目名称").fill("农村公路养护项目")
    page.get_by_label("新增项目1·全年预算数（万元）").fill("120")
    page.get_by_label("新增项目1·全年执行数（万元）").fill("108")
    rows = [
        ("产出指标", "养护里程", "50", "40", "汛期影响施工"),
        ("满意度指标", "群众满意度", "90", "95", ""),
    ]
    for m, (level1, name, target, actual, cause) in enumerate(rows, 1):
        row = f"新增项目1·第{m}行指标"
        page.get_by_label(f"{row}·一级指标").select_option(level1)
        page.get_by_label(f"{row}·三级指标").fill(name)
        page.get_by_label(f"{row}·年度指标值").fill(target)
        page.get_by_label(f"{row}·实际完成值").fill(actual)
        page.get_by_label(f"{row}·偏差原因").fill(cause)
    page.get_by_label("新增项目1·第1行指标·实际完成值").fill("四十")
    expect(page.locator("#panel")).to_contain_text("应为数字")
    page.get_by_label("新增项目1·第1行指标·实际完成值").fill("40")
    page.get_by_role("button", name="保存本栏").click()
    score = page.get_by_test_id("project-score")
    assert "农村公路养护项目" in score.inner_text()
    assert (
        page.get_by_label("项目“农村公路养护项目”·指标“养护里程”·实际完成值").input_value() == "40"
    )

    total = page.get_by_test_id("total-score").inner_text()
    name, data = _download(page, "自评表（xlsx）")
    assert name.endswith(".xlsx") and data[:2] == b"PK"
    text = _xlsx_text(data)
    assert "甲单位" in text and total.rstrip("0").rstrip(".") in text
    name, data = _download(page, "自评报告（docx）")
    assert name.endswith(".docx")
    assert "甲单位" in _docx_text(data)
    name, data = _download(page, "项目支出绩效自评表：农村公路养护项目（xlsx）")
    assert "养护里程" in _xlsx_text(data)


def review_documents(tmp_path: Path) -> list[str]:
    """A unit's report (a sum that does not add up) and a project table (a score above its
    分值), as a reviewer uploads them."""
    report = tmp_path / "甲单位自评报告.txt"
    report.write_text(
        "2023年度甲单位部门整体支出绩效自评报告\n"
        "全年支出300.00万元，其中基本支出200.00万元、项目支出90.00万元。\n",
        encoding="utf-8",
    )
    table = tmp_path / "道路养护项目自评表.txt"
    table.write_text(
        "项目支出绩效自评表\n项目名称 | 道路养护 |\n"
        "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "养护里程 | ≥20公里 | 21公里 | 60 | 70 |\n",
        encoding="utf-8",
    )
    return [str(report), str(table)]


def test_document_review_story(
    page: Page, live_server: Any, org: dict[str, Any], tmp_path: Path
) -> None:
    """A reviewer uploads a unit's documents, reads the findings and downloads the summary."""
    base = live_server.url
    _login(page, base, "bureau")
    page.get_by_role("link", name="文件复核").click()
    page.set_input_files("#files", review_documents(tmp_path))
    page.get_by_role("button", name="开始复核").click()
    page.get_by_text("复核结果（2 个文件）").wait_for()
    body = page.inner_text("main")
    assert "总数与分项之和不符" in body and "得分超过分值" in body and "道路养护" in body
    name, data = _download(page, "下载复核汇总表（.xlsx）")
    assert name.endswith(".xlsx") and "甲单位自评报告.txt" in _xlsx_text(data)
