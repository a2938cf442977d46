"""The notebook batch: plan one run per notebook (and per province), check parameters, reuse what is unchanged,
execute the rest on warm kernels in worker threads, and write the index page.

Planning, hashing and reuse import nothing heavy (a re-run with nothing changed starts no kernel and no
papermill); execution lives in execute.py, kernels in kernels.py, the papermill engine in engine.py.
"""
from __future__ import annotations

import difflib
import functools
import os
import queue
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ..config import NOTEBOOKS_DIR as NOTEBOOKS, REFERENCE_DIR, ROOT
from ..reference.provinces import slug
from ..tableio import beside
from .incremental import carry_over, digest, files_hash, unchanged
from .index import RunResult, input_hashes, render_index, sha256_file, versions_with_commit
from .params import declared_types, problems
from .runs import Run, Timeouts

__all__ = ["NOTEBOOKS", "ParameterError", "Run", "RunResult", "Timeouts", "check_parameters", "execute_run",
           "kernel_name", "plan_runs", "run_all"]

PROJECT_KERNEL = "vn-egov-analysis"

# The tables each kind of report reads (written by the pipeline into <out>/data).
EXTRACTION_TABLES = ("data/figures.csv", "data/figures_documents.csv", "data/figures_errors.csv")
RATIO_TABLES = ("data/figures.csv", "data/ratios.csv", "data/consistency.csv", "data/comparisons.csv")
REVIEW_TABLES = (*RATIO_TABLES, "data/figures_corrections.csv", "data/figures_corrections_used.csv")


@dataclass(frozen=True)
class ReportSpec:
    """A notebook in the batch: its file, title, parameters ({figures}/{tables} filled in), the tables it reads,
    and whether it runs once per province (adding a notebook to the batch is one line in REPORTS)."""

    notebook: str
    title: str
    parameters: tuple[str, ...]
    reads: tuple[str, ...]
    per_province: bool = False


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("01_extract_figures.ipynb", "01 · Trích xuất số liệu", ("figures",), EXTRACTION_TABLES),
    ReportSpec("02_adoption_ratios.ipynb", "02 · Tỷ lệ ứng dụng chính quyền điện tử", ("figures", "tables"),
               RATIO_TABLES),
    ReportSpec("03_province_profile.ipynb", "03 · Hồ sơ tỉnh", ("figures", "tables"), RATIO_TABLES,
               per_province=True),
    ReportSpec("04_review_figures.ipynb", "04 · Rà soát số liệu", ("figures", "tables", "corrections", "interactive"),
               REVIEW_TABLES),
)


class ParameterError(ValueError):
    """Parameters that the notebook does not declare in its `parameters` cell."""


def execute_run(*args, **kwargs) -> RunResult:
    """Execute one run (see execute.execute_run; imported on use: it pulls in papermill and nbconvert)."""
    from .execute import execute_run as run

    return run(*args, **kwargs)


# --------------------------------------------------------------------------- kernel
def kernel_name() -> str:
    """A kernel spec for this interpreter, registering one inside sys.prefix when needed (no manual install).

    The warm engine forks its kernels from this interpreter; the spec gives their language and interrupt mode,
    and is what a plain `papermill` run would use. A "python3" spec that points elsewhere is bypassed.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    for name in ("python3", PROJECT_KERNEL):
        try:
            argv0 = manager.get_kernel_spec(name).argv[0]
        except NoSuchKernel:
            continue
        if argv0 in {"python", "python3", f"python3.{sys.version_info[1]}"} or _same_file(argv0, sys.executable):
            return name
    from ipykernel.kernelspec import install  # only the first time, on a machine without a usable kernel

    install(kernel_name=PROJECT_KERNEL, display_name="Python (vn-egov-analysis)", prefix=sys.prefix)
    return PROJECT_KERNEL


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --------------------------------------------------------------------------- planning
def plan_runs(figures_path: Path | str, tables_dir: Path | str, provinces: Sequence[str],
              notebooks: Path = NOTEBOOKS, extra: Mapping[str, object] | None = None) -> list[Run]:
    """One run per entry of REPORTS on the tables the pipeline wrote, per-province ones once per province.

    extra: notebook parameters from the command line (provinces, year_min, year_max, merged_2025), each passed
    to the notebooks that declare it in their `parameters` cell and to no other."""
    values = {"figures": str(figures_path), "tables": str(tables_dir),
              "corrections": str(beside(figures_path)[2]), "interactive": False}  # 04 reads the copy applied
    runs = []
    for spec in REPORTS:
        params = {name: values[name] for name in spec.parameters}
        if extra:
            declared = notebook_parameters(notebooks / spec.notebook)
            params.update({name: value for name, value in extra.items() if name in declared})
        stem = spec.notebook.removesuffix(".ipynb")
        if not spec.per_province:
            runs.append(Run(stem, notebooks / spec.notebook, spec.title, params, spec.reads))
            continue
        for province in provinces:
            runs.append(Run(f"{stem}-{slug(province) or 'x'}", notebooks / spec.notebook, f"{spec.title}: {province}",
                            {"province": province, **params}, spec.reads))
    return runs


@functools.lru_cache(maxsize=32)
def _declared(path: str, mtime: float) -> dict[str, dict]:
    import papermill

    return dict(papermill.inspect_notebook(path))


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters a notebook declares in its cell tagged `parameters` (papermill.inspect_notebook, cached)."""
    return _declared(str(notebook), notebook.stat().st_mtime)


def check_parameters(run: Run) -> None:
    """Raise ParameterError when run passes a name the notebook does not declare (a typo is an error) or a
    value that does not have the type its `# type:` comment declares (params.type_problem)."""
    declared = notebook_parameters(run.notebook)
    if not declared:
        raise ParameterError(f"{run.notebook.name}: no cell tagged 'parameters'")
    unknown = sorted(set(run.parameters) - set(declared))
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, list(declared), n=1)
            hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise ParameterError(f"{run.notebook.name}: unknown parameter(s) {', '.join(hints)}; "
                             f"the notebook declares {', '.join(sorted(declared))}")
    types = {name: declared for name, (declared, _) in declared_types(run.notebook).items()}
    wrong = problems(run.parameters, types)
    if wrong:
        raise ParameterError(f"{run.notebook.name}: {'; '.join(wrong)}")


# --------------------------------------------------------------------------- reuse
def run_hash(run: Run, out_dir: Path, code: str, with_code: bool) -> str:
    """Hash of everything a run's output depends on: notebook, parameters, the tables it reads, code, options."""
    reads = {name: sha256_file(out_dir / name) if (out_dir / name).is_file() else None for name in run.reads}
    return digest("run", sha256_file(run.notebook), run.parameters, reads, code, with_code)


def missing_reads(run: Run, out_dir: Path) -> list[str]:
    """The tables a run reads that the pipeline did not write (a failed step before it)."""
    return [name for name in run.reads if not (Path(out_dir) / name).is_file()]


def reuse(run: Run, content_hash: str, previous: Mapping, previous_dir: Path, out_dir: Path) -> RunResult | None:
    """The previous run's result, its files carried into out_dir, when it succeeded with the same hash."""
    record = (previous.get("runs") or {}).get(run.key) or {}
    files = record.get("files") or {}
    if record.get("hash") != content_hash or record.get("status") != "ok" or not unchanged(previous_dir, files):
        return None
    carry_over(previous_dir, out_dir, files)
    fields = {k: v for k, v in record.get("result", {}).items() if k in RunResult.__dataclass_fields__}
    return replace(RunResult(**fields), reused=True, content_hash=content_hash)


def manifest_entry(result: RunResult, out_dir: Path) -> dict:
    """What the manifest records for one run: its hash, status, result and output files' hashes."""
    names = [n for n in (result.html, result.ipynb) if n]
    return {"hash": result.content_hash, "status": result.status,
            "result": {k: v for k, v in asdict(result).items() if k != "reused"},
            "files": files_hash([Path(out_dir) / n for n in names], Path(out_dir))}


def skipped(run: Run, out_dir: Path, missing: Sequence[str]) -> RunResult:
    """A run not executed because a table it reads is missing: failed, with a page saying so."""
    from .execute import error_page

    error = f"not run: {', '.join(missing)} missing (an earlier step failed)"
    (Path(out_dir) / f"{run.key}.html").write_text(error_page(run.title, error), encoding="utf-8")
    return RunResult(run.key, run.title, run.notebook.name, dict(run.parameters), "failed", 0.0,
                     f"{run.key}.html", None, error=error)


# --------------------------------------------------------------------------- execution
def jobs_for(jobs: int | None) -> int:
    """Reports executed side by side: as asked, else one per core."""
    return max(1, jobs or os.cpu_count() or 1)


def _priority(run: Run, seconds: Mapping[str, float]) -> tuple[float, bool]:
    # longest first (last time's run time, else notebooks that run once before per-province ones)
    return (-seconds.get(run.key, 0.0), "-" in run.key)


def run_all(runs: Sequence[Run], out_dir: Path, with_code: bool = False, progress: bool = True,
            jobs: int | None = None, timeouts: Timeouts = Timeouts(), template=None,
            previous_seconds: Mapping[str, float] | None = None) -> list[RunResult]:
    """Check every run's parameters (ParameterError before anything runs), then execute them `jobs` at a time on
    warm kernels (daemon threads: an interrupt stops the batch at once); results in the order of runs."""
    for run in runs:
        check_parameters(run)
    if not runs:
        return []
    from tqdm.auto import tqdm

    from .execute import execute_run as run_one
    from .kernels import shared_template

    kernel = kernel_name()
    template = template or shared_template()
    workers = min(jobs_for(jobs), len(runs))
    # one spare kernel per worker, forked while the reports before it run; none beyond the last report
    template.spares = workers
    template.expect(len(runs))
    todo: queue.Queue[Run] = queue.Queue()
    for run in sorted(runs, key=lambda r: _priority(r, previous_seconds or {})):
        todo.put(run)
    done: queue.Queue[tuple[Run, RunResult]] = queue.Queue()

    def worker() -> None:
        while True:
            try:
                run = todo.get_nowait()
            except queue.Empty:
                return
            try:
                result = run_one(run, out_dir, kernel, with_code, timeouts, template)
            except BaseException as exc:  # noqa: BLE001 - a run fails, never the worker silently
                result = RunResult(run.key, run.title, run.notebook.name, dict(run.parameters), "failed", 0.0,
                                   f"{run.key}.html", None, error=f"{type(exc).__name__}: {exc}")
            done.put((run, result))

    for i in range(workers):
        threading.Thread(target=worker, name=f"report-{i}", daemon=True).start()
    results: dict[str, RunResult] = {}
    try:
        with tqdm(total=len(runs), desc="notebooks", unit="nb", disable=not progress) as bar:
            while len(results) < len(runs):
                try:
                    run, result = done.get(timeout=0.2)
                except queue.Empty:
                    continue
                results[run.key] = result
                bar.set_postfix_str(f"{run.key}: {result.status}")
                bar.update()
    finally:
        template.spares = 0
        template.expect(None)
        if template.alive:
            template.drop_spares()  # e.g. one started for a report that then failed before its kernel started
    return [results[r.key] for r in runs]


# --------------------------------------------------------------------------- index
def write_index(out_dir: Path, results: Sequence[RunResult], inputs: Sequence[Path],
                notes: Sequence[str] = (), failed_steps: Sequence[tuple[str, str]] = (),
                failures: Sequence[str] = ()) -> Path:
    """out_dir/index.html for results, with the inputs' hashes (data tables relative to out_dir) and versions."""
    out_dir = Path(out_dir)
    outside = [p for p in inputs if not p.is_relative_to(out_dir)]
    inside = [p for p in inputs if p.is_relative_to(out_dir)]
    hashes = sorted(input_hashes(outside, root=ROOT) + input_hashes(inside, root=out_dir))
    path = out_dir / "index.html"
    path.write_text(render_index(results, hashes, versions_with_commit(), notes, failures=failures,
                                 failed_steps=failed_steps),
                    encoding="utf-8")
    return path


def raw_files(raw_dir: Path) -> list[Path]:
    """The files of the articles folder (what extraction reads)."""
    return sorted(p for p in raw_dir.iterdir() if p.is_file()) if raw_dir.is_dir() else []


def inputs(raw_dir: Path, data_dir: Path, sources: Sequence[Path] | None = None) -> list[Path]:
    """Every file a report depends on: articles (or the given figures table's files, sources), reference tables,
    notebooks, the tables the batch wrote."""
    given = raw_files(raw_dir) if sources is None else list(sources)
    return [*given, *sorted(REFERENCE_DIR.glob("*.csv")), *sorted(NOTEBOOKS.glob("*.ipynb")),
            *sorted(data_dir.glob("*.csv"))]
