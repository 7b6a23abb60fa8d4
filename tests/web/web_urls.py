"""Every URL that takes a submission id: (url name and extra args, method)."""

from __future__ import annotations

RECORD_URLS = [
    (("edit", "info"), "get"),
    (("edit", "narrative"), "post"),
    (("preview", "info"), "post"),
    (("upload",), "post"),
    (("upload-confirm",), "post"),
    (("submit",), "post"),
    (("download", "table"), "get"),
    (("download", "report"), "get"),
    (("history",), "get"),
    (("review",), "get"),
    (("comment",), "post"),
    (("decide", "return"), "post"),
    (("decide", "forward"), "post"),
    (("decide", "approve"), "post"),
]
