"""Reading a submission from a file: YAML/JSON documents and filled workbooks.

Every problem becomes a finding with its place; a file that cannot be read at all gives
``(None, findings)``. Nothing raises for bad user input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.messages import error_path
from jixiao.core.messages import error_text
from jixiao.core.messages import syntax_place
from jixiao.core.submission import Submission
from jixiao.documents.yaml12 import clean_strings
from jixiao.documents.yaml12 import has_cycle
from jixiao.documents.yaml12 import load_yaml12

#: Input files larger than this are refused before they are opened.
MAX_INPUT_BYTES = 20 * 1024 * 1024

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
DOCUMENT_SUFFIXES = {".yaml", ".yml", ".json"}


def unreadable(path: Path, detail: str) -> tuple[None, list[Finding]]:
    """A file that cannot be used at all."""
    return None, [make_finding("file-unreadable", path.name, detail=detail)]


def load_submission(path: Path, framework: Framework) -> tuple[Submission | None, list[Finding]]:
    """Read a submission from a workbook or a YAML/JSON document."""
    problem = _file_problem(path)
    if problem:
        return unreadable(path, problem)
    if path.stat().st_size > MAX_INPUT_BYTES:
        return None, [
            make_finding(
                "file-too-large",
                path.name,
                size=_mb(path.stat().st_size),
                limit=_mb(MAX_INPUT_BYTES),
            )
        ]
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from jixiao.documents.workbook.reader import read_workbook  # noqa: PLC0415 - heavy import

        return read_workbook(path, framework)
    if suffix in DOCUMENT_SUFFIXES:
        return load_document(path)
    return unreadable(path, _wrong_kind(path))


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _file_problem(path: Path) -> str | None:
    if not path.exists():
        return f"文件 {path} 不存在。"
    if path.is_dir():
        return f"{path} 是文件夹，不是文件。"
    if path.stat().st_size == 0:
        return f"文件 {path.name} 是空文件。"
    return None


def _wrong_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return f"{path.name} 是旧版 Excel（.xls）文件，请在 Excel/WPS 中另存为 .xlsx 后再导入。"
    if suffix == ".csv":
        return f"{path.name} 是 CSV 文件，请使用 jixiao template 生成的 .xlsx 填报模板。"
    return f"无法识别 {path.name} 的格式，请提供 .xlsx 填报模板或 .yaml/.json 填报文件。"


def load_document(path: Path) -> tuple[Submission | None, list[Finding]]:
    """Read a YAML or JSON submission; schema problems become findings with field paths."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix.lower() == ".json" else load_yaml12(text)
    except UnicodeDecodeError:
        return unreadable(path, f"{path.name} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。")
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        return unreadable(path, f"{path.name} 不是有效的 YAML/JSON 文件：{_syntax(error)}。")
    except RecursionError:
        return unreadable(path, f"{path.name} 的嵌套层级过深，不是填报文件的结构。")
    except ValueError:  # Python refuses to read an integer of over 4,300 digits
        return unreadable(path, f"{path.name} 含位数过多的数字，不是填报文件的内容。")
    if has_cycle(data):
        return unreadable(
            path, f"{path.name} 含循环引用（YAML 锚点引用自身），不是填报文件的结构。"
        )
    return parse_document(_without_engine_keys(data))


def _syntax(error: Exception) -> str:
    """Where the syntax breaks and why, in Chinese."""
    reason = "含不允许的控制字符" if "special characters" in str(error) else "格式错误"
    return f"{syntax_place(error)}{reason}"


#: Keys the engine fills itself: a submission file that sets them is told so, and they are
#: dropped (a stored web document keeps the intake findings of its upload).
_ENGINE_KEYS = ("intake_findings",)


def _without_engine_keys(data: Any) -> Any:
    """``data`` without the keys the engine fills; each one the file did fill is refused."""
    if not isinstance(data, dict):
        return data
    kept = {k: v for k, v in data.items() if k not in _ENGINE_KEYS}
    refused = [
        {
            "code": "invalid-field",
            "severity": "error",
            "message": f"“{key}”由系统生成，不能在填报文件中填写，已忽略。",
            "location": key,
        }
        for key in _ENGINE_KEYS
        if data.get(key)
    ]
    return {**kept, "intake_findings": refused} if refused else kept


def parse_document(data: Any) -> tuple[Submission | None, list[Finding]]:
    """Validate a submission mapping (from a file, an API, a stored web document or a test)."""
    if not isinstance(data, dict):
        return None, [make_finding("invalid-field", "(根)", detail="填报文件的内容应为键值结构。")]
    data, cleaned = clean_strings(data)
    notes = [
        make_finding("text-cleaned", path, label=path, value=value[:40]) for path, value in cleaned
    ]
    try:
        submission = Submission.model_validate(data)
    except ValidationError as error:
        first = {error_path(e["loc"]): e for e in reversed(error.errors())}  # one per field
        return None, [
            *notes,
            *(
                make_finding("invalid-field", place, detail=error_text(e))
                for place, e in reversed(first.items())
            ),
        ]
    if not notes:
        return submission, []
    kept = (*submission.intake_findings, *notes)
    return submission.model_copy(update={"intake_findings": kept}), []
