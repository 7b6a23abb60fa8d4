"""Running the real jixiao CLI on fuzz cases, and what must hold for every run.

Each case runs in its own temporary folder, each command in its own process session
under an address-space limit and a timeout. The checks:

* no Python traceback (plain or rich) on stdout or stderr;
* exit status 0, 1 or 2;
* every input file has the same bytes afterwards (nothing overwritten or deleted);
* an amount made invalid is never silently dropped: a run that uses the submission
  (exit status 0 or 1) names each such place in a finding;
* each run ends within the timeout.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

import docx

from .generate import FAMILIES
from .generate import Case
from .generate import Command
from .generate import Place
from .generate import Seeds
from .generate import family_of
from .generate import make_case

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_DIR = ROOT / "examples" / "gedian-2023"
MEMORY_LIMIT = 2 * 1024**3
TIMEOUT = 60.0
OK_EXIT = frozenset({0, 1, 2})
KINDS = ("traceback", "bad-exit", "overwritten", "silent-zero", "timeout")
KIND_TITLES = {
    "traceback": "tracebacks",
    "bad-exit": "bad exit",
    "overwritten": "overwritten",
    "silent-zero": "silent zeros",
    "timeout": "timeouts",
}

_PLAIN_TRACEBACK = "Traceback (most recent call last)"
_RICH_TRACEBACK = re.compile(r"[╭┌+][─━-]+ Traceback")
_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b.*)$")
_PLAIN_FRAME = re.compile(r'File "([^"]+)", line (\d+), in (\S+)')
_RICH_FRAME = re.compile(r"(/\S+\.py):(\d+) in (\S+)")
_TEXT_FINDING = re.compile(r"^\s*\[([\w-]+)\]\s+(.*?)：(.*)$")


@dataclass(frozen=True, slots=True)
class Run:
    """One finished (or killed) CLI process."""

    args: tuple[str, ...]
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float

    @property
    def timed_out(self) -> bool:
        """Killed at the timeout."""
        return self.returncode is None

    @property
    def shown(self) -> str:
        """The command line as typed in the case folder (very long arguments shortened)."""
        return show_command(self.args)


def show_command(args: Sequence[str]) -> str:
    """``jixiao ARGS`` for a report line; an argument over 40 characters is shortened."""
    shown = [a if len(a) <= 40 else f"{a[:12]}…<{len(a)} chars>" for a in args]
    return "jixiao " + shlex.join(shown)


@dataclass(frozen=True, slots=True)
class Failure:
    """One broken property: its kind, the command and the first line of the error."""

    kind: str
    command: str
    detail: str


@dataclass(frozen=True, slots=True)
class CaseResult:
    """What one case did: its failures (empty when all held), runs and time."""

    family: str
    seed: int
    index: int
    description: str
    failures: tuple[Failure, ...]
    runs: int
    seconds: float
    harness_error: str = ""

    @property
    def kinds(self) -> set[str]:
        """The kinds of failure this case showed."""
        return {f.kind for f in self.failures}


# ----------------------------------------------------------------- running the CLI


def jixiao_executable() -> str:
    """The project's ``jixiao`` script (``.venv/bin``), else the one on PATH."""
    local = ROOT / ".venv" / "bin" / "jixiao"
    if local.exists():
        return str(local)
    found = shutil.which("jixiao") or str(Path(sys.executable).parent / "jixiao")
    return found


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "COLUMNS": "200",
            "LINES": "50",
            "NO_COLOR": "1",
            "TERM": "dumb",
            "PYTHONIOENCODING": "utf-8",
            "LANG": "C.UTF-8",
        }
    )
    return env


def run_cli(
    args: Sequence[str], cwd: Path, *, timeout: float = TIMEOUT, memory: int = MEMORY_LIMIT
) -> Run:
    """Run ``jixiao ARGS`` in ``cwd`` in its own session; kill the session at the timeout."""
    started = time.monotonic()
    process = subprocess.Popen(
        [jixiao_executable(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
        preexec_fn=partial(_limit_memory, memory),  # noqa: PLW1509 - workers are single-threaded
        start_new_session=True,
    )
    returncode: int | None
    try:
        out, err = process.communicate(timeout=timeout)
        returncode = process.returncode
    except subprocess.TimeoutExpired:
        # The leader is not reaped yet, so its process group is still the one started
        # here: kill it with every helper it spawned (LibreOffice, pdftotext).
        _kill_session(process.pid)
        out, err = process.communicate()
        returncode = None
    return Run(
        tuple(args),
        returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        time.monotonic() - started,
    )


def _kill_session(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


# ---------------------------------------------------------------------- checks


def has_traceback(text: str) -> bool:
    """A plain Python traceback or rich's traceback box."""
    return _PLAIN_TRACEBACK in text or _RICH_TRACEBACK.search(text) is not None


def _short_path(path: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python3.11/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def traceback_summary(text: str) -> str:
    """The exception line and the innermost jixiao frame of a traceback."""
    lines = [line.strip(" │|") for line in text.splitlines()]
    start = next((i for i, line in enumerate(lines) if has_traceback(line)), 0)
    exception = next(
        (
            m.group(1).strip()
            for line in reversed(lines[start:])
            if (m := _EXCEPTION_LINE.match(line.strip()))
        ),
        "",
    )
    frames = [m.groups() for m in _PLAIN_FRAME.finditer(text)] or [
        m.groups() for m in _RICH_FRAME.finditer(text)
    ]
    ours = [f for f in frames if "/jixiao/" in f[0]] or frames
    where = f" [at {_short_path(ours[-1][0])}:{ours[-1][1]} in {ours[-1][2]}]" if ours else ""
    if not exception:
        tail = [line for line in lines if line.strip()]
        exception = tail[-1][:160] if tail else "(no message)"
    return exception[:240] + where


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


Finding = tuple[str, str, str]
"""(code, location, message) of one finding the CLI printed."""


def _walk_findings(data: Any) -> Iterator[Finding]:
    if isinstance(data, dict):
        if "code" in data and "location" in data:
            yield str(data["code"]), str(data["location"]), str(data.get("message", ""))
        for value in data.values():
            yield from _walk_findings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _walk_findings(item)


def findings_of(run: Run) -> list[Finding] | None:
    """Every finding a run printed (``--json`` or text); None when --json is not JSON."""
    if "--json" in run.args:
        try:
            data = json.loads(run.stdout)
        except ValueError:
            return None
        return list(_walk_findings(data))
    found = []
    for line in run.stdout.splitlines():
        match = _TEXT_FINDING.match(line)
        if match:
            found.append((match.group(1), match.group(2).strip(), match.group(3)))
    return found


#: Codes saying a value could not be used as typed (blank, invalid, cleaned, moved).
READ_PROBLEMS = frozenset(
    {
        "invalid-number",
        "unit-in-number",
        "formula-no-value",
        "cell-error",
        "text-cleaned",
        "invalid-choice",
        "invalid-field",
        "value-missing",
        "target-missing",
        "target-blank",
        "negative-amount",
        "answer-missing",
        "label-moved",
        "cells-merged",
    }
)
_LOCATION_CELL = re.compile(r"(.+)!\$?([A-Z]{1,3})\$?(\d+)(?::.*)?")


def names_place(
    place: Place, finding: Finding, baseline: frozenset[tuple[str, str, str]] = frozenset()
) -> bool:
    """Whether ``finding`` reports the invalid value at ``place``.

    Findings the unmutated base already had do not count. A finding at the very cell
    (or field path, or below it) counts whatever its code; one about the whole row (a
    free-table row is reported at its first cell) or a parent field counts only when
    it says that a value could not be used (:data:`READ_PROBLEMS`), one about the whole
    sheet only when the sheet could not be read at all, and a ``rows-truncated`` at the
    row limit for every cell at or below it (those rows are not read, and that is said).
    """
    code, location, message = finding
    if (place.base, code, location) in baseline:
        return False
    if place.where in message:
        return True
    cell = place.sheet_row
    if cell is None:
        return _names_field(place.where, code, location)
    if location == cell[0]:  # the whole sheet could not be used
        return code in {"file-unreadable", "sheet-missing"}
    return _names_cell(place, cell, code, location)


def _names_cell(place: Place, cell: tuple[str, int], code: str, location: str) -> bool:
    match = _LOCATION_CELL.fullmatch(location)
    if match is None:
        return False
    sheet, row = match.group(1), int(match.group(3))
    if code == "rows-truncated" and sheet == cell[0]:
        return cell[1] >= row  # beyond the rows read, and said so at the limit
    exact = f"{sheet}!{match.group(2)}{row}" == place.where
    return (sheet, row) == cell and (exact or code in READ_PROBLEMS)


def _names_field(path: str, code: str, location: str) -> bool:
    if location == path or location.startswith(path + "."):
        return True
    parent = path.startswith(location + ".") and location.count(".") >= 1
    return parent and code in READ_PROBLEMS


def check_run(
    run: Run,
    command: Command,
    places: Sequence[Place],
    timeout: float,
    baseline: frozenset[tuple[str, str, str]] = frozenset(),
) -> list[Failure]:
    """The properties of one run."""
    shown = run.shown
    if run.timed_out:
        return [Failure("timeout", shown, f"still running after {timeout:.0f} s (killed)")]
    failures = []
    both = run.stdout + "\n" + run.stderr
    if has_traceback(both):
        failures.append(Failure("traceback", shown, traceback_summary(both)))
    if run.returncode not in OK_EXIT:
        tail = _first_line("\n".join(reversed(run.stderr.splitlines())))
        failures.append(Failure("bad-exit", shown, f"exit status {run.returncode}: {tail}"))
    if command.checks_places and places and run.returncode in {0, 1} and not failures:
        failures.extend(_silent_zeros(run, places, baseline))
    return failures


def _silent_zeros(
    run: Run, places: Sequence[Place], baseline: frozenset[tuple[str, str, str]]
) -> list[Failure]:
    findings = findings_of(run)
    if findings is None:
        return [
            Failure(
                "silent-zero",
                run.shown,
                f"exit {run.returncode} but --json output is not JSON: "
                f"{_first_line(run.stdout)[:80]}",
            )
        ]
    failures = []
    for place in places:
        if not any(names_place(place, finding, baseline) for finding in findings):
            failures.append(
                Failure(
                    "silent-zero",
                    run.shown,
                    f"exit {run.returncode}, no finding names {place.where} ({place.value})",
                )
            )
    return failures


def _digest(path: Path) -> str:
    if not path.exists():
        return "missing"
    if path.is_dir():
        return "a folder"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _materialise(case: Case, folder: Path) -> None:
    for name in case.dirs:
        (folder / name).mkdir(parents=True, exist_ok=True)
    for name, content in case.files:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    for link in case.links:
        path = folder / link.path
        if link.hard:
            os.link(folder / link.target, path)
        else:
            path.symlink_to(link.target)


def run_case(
    case: Case,
    *,
    timeout: float = TIMEOUT,
    memory: int = MEMORY_LIMIT,
    keep: Path | None = None,
    baseline: frozenset[tuple[str, str, str]] = frozenset(),
) -> CaseResult:
    """Run every command of a case in a fresh folder and check each property."""
    started = time.monotonic()
    failures: list[Failure] = []
    with tempfile.TemporaryDirectory(prefix="jixiao-fuzz-") as tmp:
        folder = Path(tmp)
        _materialise(case, folder)
        before = {name: _digest(folder / name) for name in case.protected}
        changed: set[str] = set()
        for command in case.commands:
            run = run_cli(command.args, folder, timeout=timeout, memory=memory)
            failures.extend(check_run(run, command, case.places, timeout, baseline))
            for name, digest in before.items():
                after = _digest(folder / name)
                if name not in changed and after != digest:
                    changed.add(name)
                    failures.append(
                        Failure(
                            "overwritten", run.shown, f"input {name} changed ({digest} → {after})"
                        )
                    )
        if keep is not None and failures:
            target = keep / f"{case.family}-{case.seed}-{case.index}"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            _materialise(case, target)
            (target / "CASE.txt").write_text(describe(case, full=True) + "\n", "utf-8")
    return CaseResult(
        case.family,
        case.seed,
        case.index,
        case.description,
        _unique(failures),
        len(case.commands),
        time.monotonic() - started,
    )


def _unique(failures: Sequence[Failure]) -> tuple[Failure, ...]:
    seen: dict[tuple[str, str], Failure] = {}
    for failure in failures:
        seen.setdefault((failure.kind, failure.detail), failure)
    return tuple(seen.values())


def describe(case: Case, *, full: bool = False) -> str:
    """A case in words: what was mutated and the commands (``full``: unshortened)."""
    shown = [
        ("jixiao " + shlex.join(c.args)) if full else show_command(c.args) for c in case.commands
    ]
    commands = " && ".join(shown)
    return f"[{case.family}] seed={case.seed} case={case.index}: {case.description} :: {commands}"


# ---------------------------------------------------------------------- seeds


def docx_text(data: bytes) -> str:
    """The paragraphs and table cells of a docx as plain text."""
    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def build_seeds(timeout: float = 180.0) -> Seeds:
    """The real inputs: the example, a fresh template and the example's own documents."""
    with tempfile.TemporaryDirectory(prefix="jixiao-fuzz-seeds-") as tmp:
        folder = Path(tmp)
        template = run_cli(["template", "-o", "template.xlsx"], folder, timeout=timeout)
        evaluate = run_cli(
            ["evaluate", str(EXAMPLE_DIR / "submission.yaml"), "-o", "out", "--draft", "--no-pdf"],
            folder,
            timeout=timeout,
        )
        out = folder / "out"
        reports = sorted(out.glob("*.docx")) if out.is_dir() else []
        tables = sorted(out.glob("*.xlsx")) if out.is_dir() else []
        if not (folder / "template.xlsx").exists() or not reports or not tables:
            raise RuntimeError(
                "could not build the fuzz seeds with the CLI:\n"
                f"template: {template.returncode} {template.stderr[-2000:]}\n"
                f"evaluate: {evaluate.returncode} {evaluate.stderr[-2000:]}"
            )
        report = reports[0].read_bytes()
        framework = resources.files("jixiao.frameworks").joinpath("bumen-zhengti.yaml")
        bases = {
            "example": str(EXAMPLE_DIR / "submission.xlsx"),
            "template": "template.xlsx",
            "document": str(EXAMPLE_DIR / "submission.yaml"),
        }
        baseline = frozenset(
            (base, code, location)
            for base, path in bases.items()
            for code, location, _ in findings_of(
                run_cli(["evaluate", path, "--json"], folder, timeout=timeout)
            )
            or ()
        )
        return Seeds(
            workbook=(EXAMPLE_DIR / "submission.xlsx").read_bytes(),
            template=(folder / "template.xlsx").read_bytes(),
            document=(EXAMPLE_DIR / "submission.yaml").read_text("utf-8"),
            framework=framework.read_text("utf-8"),
            report=report,
            table=tables[0].read_bytes(),
            report_text=docx_text(report),
            baseline=baseline,
        )


# ------------------------------------------------------------------- campaigns


@dataclass(frozen=True, slots=True)
class Plan:
    """What one worker builds and runs."""

    seeds: Seeds
    family: str
    seed: int
    index: int
    quick: bool
    timeout: float
    keep: Path | None


def execute(plan: Plan) -> CaseResult:
    """Build one case and run it (a harness problem is returned, not raised)."""
    try:
        case = make_case(plan.seeds, plan.family, plan.seed, plan.index, quick=plan.quick)
    except Exception as error:  # reported as a harness error, not raised
        return CaseResult(
            plan.family,
            plan.seed,
            plan.index,
            "(not built)",
            (),
            0,
            0.0,
            harness_error=f"{type(error).__name__}: {error}"[:300],
        )
    return run_case(case, timeout=plan.timeout, keep=plan.keep, baseline=plan.seeds.baseline)


def run_campaign(
    *,
    seed: int,
    cases: int,
    families: Sequence[str] = FAMILIES,
    only: Sequence[int] = (),
    jobs: int | None = None,
    quick: bool = False,
    timeout: float = TIMEOUT,
    keep: Path | None = None,
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Build and run ``cases`` cases spread over ``families`` (or just ``only``)."""
    seeds = build_seeds()
    indexes = list(only) if only else list(range(cases))
    plans = [Plan(seeds, family_of(i, families), seed, i, quick, timeout, keep) for i in indexes]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(plans)))
    results: list[CaseResult] = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for result in pool.map(execute, plans):
            results.append(result)
            if on_result is not None:
                on_result(result)
    return results


# ---------------------------------------------------------------------- report


def failure_lines(result: CaseResult) -> list[str]:
    """One line per failure: family, case, mutation, kind, command and first line."""
    head = f"[{result.family}] seed={result.seed} case={result.index} ({result.description})"
    if result.harness_error:
        return [f"{head} HARNESS ERROR: {result.harness_error}"]
    return [f"{head} {f.kind}: {f.command} → {f.detail}" for f in result.failures]


def summary_table(results: Sequence[CaseResult], families: Sequence[str]) -> str:
    """Per family: cases and the number of cases showing each kind of failure."""
    titles = ["family", "cases", *(KIND_TITLES[k] for k in KINDS), "seconds"]
    rows = []
    for family in [*families, "total"]:
        mine = [r for r in results if family in {r.family, "total"}]
        rows.append(
            [
                family,
                str(len(mine)),
                *(str(sum(1 for r in mine if kind in r.kinds)) for kind in KINDS),
                f"{sum(r.seconds for r in mine):.0f}",
            ]
        )
    widths = [max(len(row[i]) for row in [titles, *rows]) for i in range(len(titles))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(titles), *(line(row) for row in rows)])


_VARIABLE = re.compile(r"\b[0-9a-f]{12}\b|\d+|'[^']*'|\"[^\"]*\"|“[^”]*”")


def cause_key(failure: Failure) -> str:
    """A failure's cause with case-specific figures, names and digests blanked out."""
    detail = failure.detail
    if failure.kind == "silent-zero":
        detail = re.sub(r"names \S+ \(", "names … (", detail)
    return f"{failure.kind}: {_VARIABLE.sub('…', detail)}"


def cause_counts(results: Sequence[CaseResult]) -> Counter[str]:
    """How many failures share each cause."""
    counts: Counter[str] = Counter()
    for result in results:
        for failure in result.failures:
            counts[cause_key(failure)] += 1
    return counts


def report(results: Sequence[CaseResult], families: Sequence[str]) -> str:
    """The whole printed report."""
    parts = [summary_table(results, families)]
    lines = [line for r in results for line in failure_lines(r)]
    if lines:
        parts.append(f"\nFailures ({len(lines)}):")
        parts.extend(lines)
        parts.append("\nDistinct causes (failures per cause):")
        parts.extend(f"{n:5d}  {key}" for key, n in cause_counts(results).most_common())
    else:
        parts.append("\nNo failures.")
    return "\n".join(parts)
