#!/usr/bin/env python3
"""Bootstrap and task runner that needs nothing but Python: creates .venv, installs, runs.

Usage:  python3 tasks.py reports   # extraction + ratios + HTML reports on data/raw (into reports/)
        python3 tasks.py extract   # the figures table only (into data/processed/)
        python3 tasks.py test      # the full test suite (what .ci/run calls)
        python3 tasks.py lab       # JupyterLab on 127.0.0.1, opened at the project root; Ctrl-C stops it
        python3 tasks.py bench     # the benchmarks
        python3 tasks.py --help    # this text (nothing is built)

Arguments after the task go to the command it runs (e.g. `python3 tasks.py test tests/test_tasks.py`).
"""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _fingerprint() -> str:
    """Hash of what the install depends on, so an edited pyproject reinstalls."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> None:
    """Create the virtual environment and install the project (with test extras) once."""
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _fingerprint():
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
        STAMP.write_text(_fingerprint())


def ensure_browser() -> None:
    """Install Debian's chromium + chromium-driver for the browser tests when missing (non-fatal: they skip)."""
    if Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists():
        return
    apt = "/usr/bin/apt-get"
    if not Path(apt).exists() or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print("browser tests: chromium missing and apt-get (as root) unavailable; they will be skipped", flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in ([apt, "update", "-q"], [apt, "install", "-y", "-q", "chromium", "chromium-driver"]):
        if subprocess.call(cmd, env=env, stdout=subprocess.DEVNULL) != 0:
            print(f"browser tests: {' '.join(cmd)} failed; they will try again or skip", flush=True)
            return


def run(*args: str) -> int:
    """Run a command inside the project environment from the repository root."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.setdefault("MPLBACKEND", "Agg")
    return subprocess.call(list(args), cwd=ROOT, env=env)


TASKS = ("reports", "extract", "test", "lab", "bench")


def lab_command(euid: int | None = None) -> list[str]:
    """JupyterLab bound to 127.0.0.1, its file browser at the project root (data/, reports/, notebooks/ visible);
    --allow-root when running as root, where Jupyter refuses to start without it."""
    if euid is None:
        euid = os.geteuid() if hasattr(os, "geteuid") else 1
    cmd = [str(PY), "-m", "jupyter", "lab", "--ip", "127.0.0.1", f"--ServerApp.root_dir={ROOT}"]
    return cmd + (["--allow-root"] if euid == 0 else [])


def run_foreground(*args: str, grace: float = 10.0) -> int:
    """Run a long-lived command (JupyterLab); Ctrl-C or SIGTERM stops it (SIGTERM, then SIGKILL after `grace`
    seconds) instead of leaving it running or waiting for its shutdown question. 130 when interrupted."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # SIGINT too: a task started in the background inherits SIGINT ignored, and Ctrl-C must still stop it
    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    child = subprocess.Popen(list(args), cwd=ROOT, env=env)
    try:
        return child.wait()
    except KeyboardInterrupt:
        print("interrupted; stopping the child process", file=sys.stderr, flush=True)
        child.terminate()
        try:
            child.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    task, rest = argv[0], argv[1:]
    if task not in TASKS:
        print(f"unknown task {task!r}\n{__doc__}", file=sys.stderr)
        return 2
    ensure_env()
    if task == "reports":
        return run(str(PY), "-m", "analysis", "report", "--raw", "data/raw", "--out", "reports", *rest)
    if task == "extract":
        return run(str(PY), "-m", "analysis", "extract", "data/raw", "--out", "data/processed/figures.csv", *rest)
    if task == "test":
        ensure_browser()
        return run(str(PY), "-m", "pytest", "-q", *rest)
    if task == "lab":
        return run_foreground(*lab_command(), *rest)
    if task == "bench":
        codes = [run(str(PY), str(p), *rest) for p in sorted((ROOT / "benchmarks").glob("*.py"))]
        return max(codes, default=0)
    return 2  # not reached: every name in TASKS is handled above


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
