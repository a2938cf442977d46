"""One report: parameterise the notebook with papermill, execute it on the warm engine, export it to HTML.

The notebook is written once, after execution (no per-cell saves); the HTML comes from one exporter per
thread, in memory. Failures are recorded in the RunResult and on the page, never raised.
"""
from __future__ import annotations

import functools
import html
import time
import traceback
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from papermill.engines import papermill_engines
from papermill.exceptions import PapermillExecutionError
from papermill.execute import prepare_notebook_metadata, raise_for_execution_errors, remove_error_markers
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from .engine import ENGINE_NAME, ReportTimeoutError, WarmEngine
from .htmlexport import notebook_to_html
from .index import RunResult
from .kernels import KernelTemplate
from .runs import Run, Timeouts

papermill_engines.register(ENGINE_NAME, WarmEngine)  # also an entry point; this works before a reinstall

STOPPED_TAG = "report-stopped"


@functools.lru_cache(maxsize=32)
def _source(path: str, mtime: float) -> nbformat.NotebookNode:
    return load_notebook_node(path)


def prepared_notebook(run: Run, kernel: str) -> nbformat.NotebookNode:
    """The run's notebook with its parameters injected, as papermill would execute it (a fresh copy)."""
    nb = nbformat.from_dict(_source(str(run.notebook), run.notebook.stat().st_mtime))
    nb = parameterize_notebook(nb, dict(run.parameters), kernel_name=kernel, engine_name=ENGINE_NAME)
    nb = prepare_notebook_metadata(nb, str(run.notebook), "", False)
    return remove_error_markers(nb)


def stopped_reason(exc: BaseException, timeouts: Timeouts) -> tuple[str, str]:
    """(error for the index and logs, Vietnamese sentence for the page) for a run stopped by exc."""
    if isinstance(exc, ReportTimeoutError):
        return (f"ReportTimeout: {exc}", f"Báo cáo chạy quá {timeouts.report:g} giây nên đã bị dừng.")
    if isinstance(exc, CellTimeoutError):
        return (f"CellTimeout: a cell ran longer than {timeouts.cell:g} s",
                f"Một ô tính toán chạy quá {timeouts.cell:g} giây nên báo cáo đã bị dừng.")
    if isinstance(exc, DeadKernelError):
        return (f"DeadKernel: the kernel died ({exc})", "Tiến trình Python chạy báo cáo đã dừng đột ngột.")
    return (f"{type(exc).__name__}: {exc}", "Báo cáo gặp lỗi khi chạy.")


def mark_stopped(nb: nbformat.NotebookNode, sentence: str) -> None:
    """Put a visible note at the top of a notebook that did not run to its end."""
    note = nbformat.v4.new_markdown_cell(f"**Báo cáo này không chạy hết.** {sentence}",
                                         metadata={"tags": [STOPPED_TAG]})
    nb.cells.insert(0, note)
    nb.metadata.setdefault("papermill", {})["exception"] = True


def summary_line(nb: nbformat.NotebookNode) -> str:
    """The text printed by the cell tagged `summary`, on one line."""
    for cell in nb.cells:
        if cell.cell_type == "code" and "summary" in cell.metadata.get("tags", []):
            text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
            return " ".join(text.split())
    return ""


def error_page(title: str, error: str) -> str:
    """A minimal page for a report that produced no notebook at all."""
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body><h1>{html.escape(title)}</h1><p><b>Báo cáo này không chạy được.</b></p>'
            f"<pre>{html.escape(error)}</pre></body></html>")


def execute_run(run: Run, out_dir: Path, kernel: str, with_code: bool = False, timeouts: Timeouts = Timeouts(),
                template: KernelTemplate | None = None) -> RunResult:
    """Execute one notebook on a warm kernel, write <key>.ipynb and <key>.html into out_dir; never raises.

    Success is decided by the executed notebook (papermill's recorded exception), a timeout or a dead kernel.
    """
    out_dir = Path(out_dir)
    out_nb, out_html = out_dir / f"{run.key}.ipynb", out_dir / f"{run.key}.html"
    (out_dir / "logs").mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    error, nb = "", None
    try:
        nb = prepared_notebook(run, kernel)
        papermill_engines.execute_notebook_with_engine(
            ENGINE_NAME, nb, kernel_name=kernel, input_path=str(run.notebook), output_path=None,
            progress_bar=False, log_output=False, start_timeout=timeouts.start, execution_timeout=timeouts.cell,
            report_timeout=timeouts.report, template=template, kernel_log=str(out_dir / "logs" / f"{run.key}.log"),
            resources={"metadata": {"path": str(out_dir)}})
        raise_for_execution_errors(nb, None)
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # noqa: BLE001 - timeouts, a dead kernel, a missing file: this run failed
        error, sentence = stopped_reason(exc, timeouts)
        if nb is not None:
            mark_stopped(nb, sentence)
    executed = time.perf_counter()
    cells = 0.0
    if nb is not None:
        nbformat.write(nb, out_nb)
        cells = sum(float(c.metadata.get("papermill", {}).get("duration") or 0.0) for c in nb.cells)
    try:
        page = notebook_to_html(nb, run.title, with_code) if nb is not None else error_page(run.title, error)
    except Exception as exc:  # noqa: BLE001 - an export failure fails this run only
        error = error or f"HTML export failed: {type(exc).__name__}: {exc}"
        page = error_page(run.title, error + "\n\n" + traceback.format_exc())
    out_html.write_text(page, encoding="utf-8")
    end = time.perf_counter()
    return RunResult(
        key=run.key, title=run.title, notebook=run.notebook.name, parameters=dict(run.parameters),
        status="failed" if error else "ok", seconds=end - start, html=out_html.name,
        ipynb=out_nb.name if nb is not None else None, summary=summary_line(nb) if nb is not None else "",
        error=error,
        timings={"execute": executed - start, "cells": cells, "kernel_overhead": max(executed - start - cells, 0.0),
                 "export": end - executed},
    )
