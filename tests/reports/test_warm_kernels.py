"""Warm kernels: a forked kernel gives what a fresh one gives, nothing leaks between reports, and a notebook
that hangs or kills its kernel fails visibly within its time limits."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import nbformat
import papermill
import pandas as pd
from _report_session import report_batch

from analysis.reports.batch import Run, Timeouts, execute_run, kernel_name, plan_runs, run_all
from analysis.reports.execute import STOPPED_TAG

PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"


def normalized(nb: nbformat.NotebookNode) -> list[tuple]:
    """Cells as a reader gets them: type, source, execution count and outputs (no timings, no ids)."""
    cells = []
    for cell in nb.cells:
        outputs = [json.dumps({k: v for k, v in out.items() if k != "metadata" or v}, sort_keys=True)
                   for out in cell.get("outputs", [])]
        cells.append((cell.cell_type, cell.source, cell.get("execution_count"), outputs))
    return cells


def _notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("label = 'x'", metadata={"tags": ["parameters"]}),
                                         *(nbformat.v4.new_code_cell(s) for s in sources)])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_reports_come_out_exactly_as_a_fresh_kernel_makes_them():
    """02 and the smallest 03, executed again by stock papermill (a new kernel process): same cells and outputs,
    images byte for byte."""
    out = report_batch().out
    provinces = sorted(pd.read_csv(out / "data" / "figures.csv", dtype=str)["province"].dropna().unique())
    runs = {r.key: r for r in plan_runs("data/figures.csv", "data", provinces)}
    smallest = min((k for k in runs if k.startswith("03")), key=lambda k: (out / f"{k}.ipynb").stat().st_size)
    for key in ("02_adoption_ratios", smallest):
        run = runs[key]
        warm = nbformat.read(out / f"{key}.ipynb", as_version=4)
        fresh = papermill.execute_notebook(str(run.notebook), None, parameters=dict(run.parameters), cwd=str(out),
                                           kernel_name=kernel_name(), progress_bar=False)
        assert normalized(warm) == normalized(fresh), key
        images = [o for c in warm.cells for o in c.get("outputs", [])
                  if "image/png" in o.get("data", {}) or "data:image/png;base64," in str(o.get("data", {}))]
        assert images, f"{key}: the comparison covers charts"


LEAKER = """import os, sys, random
import matplotlib as mpl
import numpy as np
import analysis.reports.plots as plots
LEAK = 1
mpl.rcParams["lines.linewidth"] = 9.5
os.chdir("/")
os.environ["REPORT_LEAK"] = "1"
plots.LEAK = 1
sys.modules["leaky_module"] = sys
np.random.seed(7)
random.seed(7)"""

CHECKER = """import os, sys, json, random
import matplotlib as mpl
import numpy as np
import analysis.reports.plots as plots
seen = {"globals": "LEAK" in globals(), "linewidth": mpl.rcParams["lines.linewidth"], "cwd": os.getcwd(),
        "env": "REPORT_LEAK" in os.environ, "module_attr": hasattr(plots, "LEAK"),
        "modules": "leaky_module" in sys.modules, "np": float(np.random.random()), "py": random.random()}
print(json.dumps(seen))"""


def test_no_state_leaks_from_one_report_into_the_next(tmp_path):
    """One report sets globals, rcParams, the working directory, env and module state; the next sees none of it,
    and two reports forked from the same template do not share a random state."""
    leaker = _notebook(tmp_path / "leaker.ipynb", LEAKER)
    checker = _notebook(tmp_path / "checker.ipynb", CHECKER)
    runs = [Run("a_leaker", leaker, "a"), Run("b_checker", checker, "b"), Run("c_checker", checker, "c")]
    results = run_all(runs, tmp_path, progress=False, jobs=1)
    assert all(r.ok for r in results), [r.error for r in results]
    seen = []
    for key in ("b_checker", "c_checker"):
        nb = nbformat.read(tmp_path / f"{key}.ipynb", as_version=4)
        seen.append(json.loads(nb.cells[-1].outputs[0]["text"]))
        assert nb.cells[-1].execution_count == 3  # parameters, injected parameters, this cell: a new kernel
    default_linewidth = __import__("matplotlib").rcParamsDefault["lines.linewidth"]
    for s in seen:
        assert s["globals"] is False and s["env"] is False and s["module_attr"] is False and s["modules"] is False
        assert s["linewidth"] == default_linewidth
        assert os.path.samefile(s["cwd"], tmp_path)
    assert seen[0]["np"] != seen[1]["np"] and seen[0]["py"] != seen[1]["py"]


def _page(tmp: Path, result) -> str:
    return (tmp / result.html).read_text(encoding="utf-8")


def test_a_kernel_that_dies_is_a_failure_with_a_visible_marker(tmp_path):
    nb = _notebook(tmp_path / "dies.ipynb", "print('before')", "import os\nos._exit(3)", "print('never')")
    result = execute_run(Run("dies", nb, "dies"), tmp_path, kernel_name())
    assert not result.ok and "DeadKernel" in result.error
    executed = nbformat.read(tmp_path / "dies.ipynb", as_version=4)
    assert STOPPED_TAG in executed.cells[0].metadata.tags
    assert "Báo cáo này không chạy hết" in _page(tmp_path, result)
    assert "dừng đột ngột" in _page(tmp_path, result)


def test_a_cell_over_its_timeout_fails_the_report_quickly(tmp_path):
    nb = _notebook(tmp_path / "slow.ipynb", "import time\ntime.sleep(120)")
    start = time.monotonic()
    result = execute_run(Run("slow", nb, "slow"), tmp_path, kernel_name(), timeouts=Timeouts(cell=1.0, report=None))
    assert time.monotonic() - start < 30
    assert not result.ok and result.error.startswith("CellTimeout")
    assert "quá 1 giây" in _page(tmp_path, result)


def test_a_report_over_its_timeout_is_stopped_even_without_a_cell_timeout(tmp_path):
    nb = _notebook(tmp_path / "endless.ipynb", "import time\nwhile True:\n    time.sleep(0.1)")
    start = time.monotonic()
    result = execute_run(Run("endless", nb, "endless"), tmp_path, kernel_name(),
                         timeouts=Timeouts(cell=None, report=2.0))
    assert time.monotonic() - start < 30
    assert not result.ok and result.error.startswith("ReportTimeout")
    assert "Báo cáo chạy quá 2 giây" in _page(tmp_path, result)


def test_the_engine_module_imports_before_papermill_and_papermill_finds_it():
    """papermill loads its engines' entry points while it is imported; importing our engine first must work."""
    import subprocess
    import sys
    code = ("import analysis.reports.engine as e, papermill.engines as p; "
            "engine = p.papermill_engines.get_engine('warm'); "
            "assert engine is e.EntryPoint or engine is e.WarmEngine, engine")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
