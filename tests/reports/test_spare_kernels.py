"""Spare kernels: forked ahead of need and adopted by the next report's kernel manager. A spare serves one report
only, a dead spare is replaced, the adopting report gets its own cwd, environment and log, and nothing is left
running once the template is closed (or its owner is gone)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis.reports.batch import Run, execute_run, kernel_name, run_all
from analysis.reports.kernels import KernelTemplate

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and /proc: Linux only")

PROBE = "import os, json\nprint(json.dumps({'pid': os.getpid(), 'cwd': os.getcwd(), 'probe': os.environ.get('SPARE_PROBE')}))"


def _notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("label = 'x'", metadata={"tags": ["parameters"]}),
                                         *(nbformat.v4.new_code_cell(s) for s in sources)])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def _seen(out: Path, key: str) -> dict:
    nb = nbformat.read(out / f"{key}.ipynb", as_version=4)
    return json.loads(nb.cells[-1].outputs[0]["text"])


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False  # (a process reaped between the open and the read raises ProcessLookupError)


def _gone(pids, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


def _wait_for_spare(template: KernelTemplate, seconds: float = 20.0) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        waiting = template.waiting_spares
        if waiting:
            return waiting[0]
        time.sleep(0.02)
    raise AssertionError("no spare kernel was started")


@pytest.fixture
def template():
    t = KernelTemplate(spares=1)
    yield t
    t.close()


def test_each_spare_serves_one_report_and_later_reports_adopt_spares(tmp_path, template):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    runs = [Run(f"r{i}", probe, f"r{i}") for i in range(4)]
    results = run_all(runs, tmp_path, progress=False, jobs=1, template=template)
    assert all(r.ok for r in results), [r.error for r in results]
    pids = [_seen(tmp_path, r.key)["pid"] for r in runs]
    assert len(set(pids)) == len(pids)  # a new kernel process per report
    assert len(template.adopted) == len(set(template.adopted))  # each spare served one report
    # reports after the first adopt one (its spare is forked in the background: allow one late on a loaded machine)
    assert len(template.adopted) >= 2 and set(template.adopted) <= set(pids)
    assert len(template.started_spares) <= 3  # none started beyond the last report
    assert template.waiting_spares == []
    assert template.spares == 0  # the batch's spares end with the batch


def test_a_dead_spare_is_replaced(tmp_path, template):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    kernel = kernel_name()
    assert execute_run(Run("first", probe, "first"), tmp_path, kernel, template=template).ok
    spare = _wait_for_spare(template)
    os.kill(spare, signal.SIGKILL)
    assert _gone([spare])
    result = execute_run(Run("second", probe, "second"), tmp_path, kernel, template=template)
    assert result.ok, result.error
    assert _seen(tmp_path, "second")["pid"] != spare
    assert spare not in template.adopted
    # and the next report gets a live spare again
    fresh = _wait_for_spare(template)
    assert execute_run(Run("third", probe, "third"), tmp_path, kernel, template=template).ok
    assert _seen(tmp_path, "third")["pid"] == fresh and fresh in template.adopted


def test_the_adopting_report_gets_its_own_cwd_environment_and_log(tmp_path, template, monkeypatch):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    kernel = kernel_name()
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    monkeypatch.setenv("SPARE_PROBE", "a")
    assert execute_run(Run("a", probe, "a"), one, kernel, template=template).ok
    spare = _wait_for_spare(template)
    # same cwd and environment: adopted, and its log is this report's log
    assert execute_run(Run("b", probe, "b"), one, kernel, template=template).ok
    seen = _seen(one, "b")
    assert seen["pid"] == spare and os.path.samefile(seen["cwd"], one) and seen["probe"] == "a"
    assert "--existing" in (one / "logs" / "b.log").read_text()  # what the kernel wrote while it was a spare
    # another environment: the spare (started for "a") is not used, the report gets a kernel started for it
    spare = _wait_for_spare(template)
    monkeypatch.setenv("SPARE_PROBE", "c")
    assert execute_run(Run("c", probe, "c"), one, kernel, template=template).ok
    seen = _seen(one, "c")
    assert seen["pid"] != spare and seen["probe"] == "c" and os.path.samefile(seen["cwd"], one)
    assert _gone([spare])  # dropped, not left waiting
    # another working directory: likewise
    spare = _wait_for_spare(template)
    assert execute_run(Run("d", probe, "d"), two, kernel, template=template).ok
    seen = _seen(two, "d")
    assert seen["pid"] != spare and os.path.samefile(seen["cwd"], two) and seen["probe"] == "c"
    assert _gone([spare])


def test_no_process_is_left_behind_when_the_template_is_closed(tmp_path):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    template = KernelTemplate(spares=2)
    try:
        kernel = kernel_name()
        assert execute_run(Run("a", probe, "a"), tmp_path, kernel, template=template).ok
        _wait_for_spare(template)
        deadline = time.monotonic() + 20
        while len(template.waiting_spares) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        pids = [template.process.pid, *template.started_spares]
        assert len(pids) == 3 and all(_alive(p) for p in pids)
    finally:
        template.close()
    assert _gone(pids)


EXITS = """
import json, os, sys
from pathlib import Path
from analysis.reports.batch import Run, execute_run, kernel_name
from analysis.reports.kernels import KernelTemplate
t = KernelTemplate(spares=1)
out = Path(sys.argv[1])
execute_run(Run("a", out / "probe.ipynb", "a"), out, kernel_name(), template=t)
import time
while not t.waiting_spares:
    time.sleep(0.02)
print(json.dumps([t.process.pid, *t.started_spares]), flush=True)
os._exit(0)  # no atexit, no close: the kernels must go with their parent all the same
"""


def test_no_process_is_left_behind_when_the_batch_process_dies(tmp_path):
    _notebook(tmp_path / "probe.ipynb", PROBE)
    done = subprocess.run([sys.executable, "-c", EXITS, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pids = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(pids) == 2
    assert _gone(pids)


def test_side_by_side_reports_never_share_a_kernel(tmp_path):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    template = KernelTemplate()
    try:
        runs = [Run(f"r{i}", probe, f"r{i}") for i in range(6)]
        results = run_all(runs, tmp_path, progress=False, jobs=2, template=template)
        assert all(r.ok for r in results), [r.error for r in results]
        pids = [_seen(tmp_path, r.key)["pid"] for r in runs]
        assert len(set(pids)) == len(pids)
        assert len(template.adopted) == len(set(template.adopted)) >= 1
        assert set(template.adopted) <= set(pids) and set(template.adopted) <= set(template.started_spares)
        assert len(template.started_spares) <= 4 and template.waiting_spares == []
        started = [template.process.pid]
    finally:
        template.close()
    assert _gone(started + template.started_spares)
