"""文件复核 on the web: many documents (or a .zip) reviewed as a job (run at once here: the
tests use the immediate task backend), its page showing every finding, the summary kept
for the one who asked; untrusted uploads never read beyond their limits."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

REPORT = (
    "2023年度某局部门整体支出绩效自评报告\n"
    "全年支出300.00万元，其中基本支出200.00万元、项目支出90.00万元。\n"
)
TABLE = (
    "项目支出绩效自评表\n项目名称 | 道路养护 |\n"
    "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "养护里程 | ≥20公里 | 21公里 | 60 | 70 |\n"
)


def _file(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")


def _zip(members: dict[str, bytes]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return SimpleUploadedFile("材料.zip", buffer.getvalue(), content_type="application/zip")


def test_a_unit_reviews_its_documents_before_submitting(login: Any) -> None:
    client = login("unit_a")
    page = client.get(reverse("check"))
    assert page.status_code == 200 and "文件复核" in page.content.decode()
    files = [_file("报告.txt", REPORT), _file("项目表.txt", TABLE), _file("说明.rtf", "x")]
    response = client.post(reverse("check"), {"files": files}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[0][0].startswith("/jobs/")
    assert "已完成" in html and "已复核 2 个文件" in html
    assert "总数与分项之和不符" in html and "得分超过分值" in html
    assert "说明.rtf：不支持的文件类型，未复核" in html
    assert "项目支出绩效自评表" in html and "道路养护" in html


def test_a_zip_is_unpacked_safely_and_the_summary_downloaded(login: Any, settings: Any) -> None:
    client = login("bureau")
    upload = _zip({"甲/报告.txt": REPORT.encode(), "../../逃逸.txt": TABLE.encode(), "乙/": b""})
    response = client.post(reverse("check"), {"files": [upload]}, follow=True)
    html = response.content.decode()
    assert "报告.txt" in html and "逃逸.txt" in html  # the member kept only by its own name
    assert not (settings.CONFIG.data_dir.parent / "逃逸.txt").exists()
    download = client.get(reverse("job-result", args=[response.context["job"].id]))
    assert download.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    files = [row[0] for row in book["复核汇总"].iter_rows(min_row=2, values_only=True)]
    assert sorted(files) == ["报告.txt", "逃逸.txt"]


def test_a_job_and_its_summary_are_only_for_the_one_who_asked(login: Any, client: Any) -> None:
    mine = login("unit_a")
    response = mine.post(reverse("check"), {"files": [_file("报告.txt", REPORT)]}, follow=True)
    job = response.context["job"]
    assert "报告.txt" in mine.get(reverse("check")).content.decode()  # in 最近的复核
    client.logout()
    other = login("unit_b")
    assert other.get(reverse("job", args=[job.id])).status_code == 404
    assert other.get(reverse("job-result", args=[job.id])).status_code == 404
    assert "报告.txt" not in other.get(reverse("check")).content.decode()
    assert other.get("/jobs/..%2F..%2Fetc/result/").status_code == 404


def test_no_file_and_a_broken_zip_say_so(login: Any) -> None:
    client = login("unit_a")
    empty = client.post(reverse("check"), {})
    assert empty.status_code == 400 and "请选择要复核的文件" in empty.content.decode()
    broken = SimpleUploadedFile("坏.zip", b"PK\x03\x04 broken", content_type="application/zip")
    response = client.post(reverse("check"), {"files": [broken]}, follow=True)
    assert "坏.zip：压缩包已损坏，未复核" in response.content.decode()


def test_signing_in_is_required(client: Any) -> None:
    response = client.get(reverse("check"))
    assert response.status_code == 302 and "login" in response["Location"]
