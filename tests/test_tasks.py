"""tasks.py: usage without building anything, JupyterLab's command line, an interrupt stops the child."""
from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tasks(monkeypatch):
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def refuse() -> None:
        raise AssertionError("usage must not build the environment")

    monkeypatch.setattr(module, "ensure_env", refuse)
    return module


@pytest.mark.parametrize("argv", [[], ["--help"], ["-h"]])
def test_help_and_a_bare_call_print_usage_and_build_nothing(tasks, argv, capsys):
    assert tasks.main(argv) == 0
    out = capsys.readouterr().out
    assert "Usage:" in out and "tasks.py reports" in out and "tasks.py lab" in out


def test_an_unknown_task_is_usage_on_stderr_exit_2(tasks, capsys):
    assert tasks.main(["nope"]) == 2
    assert "unknown task 'nope'" in capsys.readouterr().err


def test_lab_binds_localhost_at_the_project_root_and_allows_root_only_as_root(tasks):
    cmd = tasks.lab_command(euid=0)
    assert cmd[1:4] == ["-m", "jupyter", "lab"]
    assert cmd[cmd.index("--ip") + 1] == "127.0.0.1"
    assert f"--ServerApp.root_dir={tasks.ROOT}" in cmd and "--allow-root" in cmd
    assert "--allow-root" not in tasks.lab_command(euid=1000)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupting_the_task_stops_its_child(tmp_path, sig):
    pidfile = tmp_path / "child.pid"
    child = f"import os, time; open({str(pidfile)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    script = textwrap.dedent(f"""
        import importlib.util, sys
        spec = importlib.util.spec_from_file_location("t", {str(ROOT / 'tasks.py')!r})
        t = importlib.util.module_from_spec(spec); spec.loader.exec_module(t)
        sys.exit(t.run_foreground(sys.executable, "-c", {child!r}, grace=5))
    """)
    # started with SIGINT ignored, as a background job is: the task must still react to it
    parent = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    deadline = time.monotonic() + 30
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    child_pid = int(pidfile.read_text())
    os.kill(parent.pid, sig)  # the parent only, as a signal from outside the terminal would be
    assert parent.wait(timeout=30) == 130
    assert "interrupted" in parent.stderr.read()
    with pytest.raises(ProcessLookupError):
        os.kill(child_pid, 0)
