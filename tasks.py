#!/usr/bin/env python3
"""Bootstrap and task runner that needs nothing but Python: creates .venv, installs, runs.

Usage:  python3 tasks.py reports   # extraction + ratios + HTML reports on data/raw
        python3 tasks.py test      # the full test suite (what .ci/run calls)
        python3 tasks.py lab       # JupyterLab with the project's environment
        python3 tasks.py bench     # the benchmarks
"""
from __future__ import annotations

import hashlib
import os
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


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("test", [])
    ensure_env()
    if task == "reports":
        return run(str(PY), "-m", "analysis", "report", "--raw", "data/raw", "--out", "reports", *rest)
    if task == "extract":
        return run(str(PY), "-m", "analysis", "extract", "data/raw", "--out", "data/processed/figures.csv", *rest)
    if task == "test":
        ensure_browser()
        return run(str(PY), "-m", "pytest", "-q", *rest)
    if task == "lab":
        return run(str(PY), "-m", "jupyter", "lab", "--notebook-dir", str(ROOT / "notebooks"), *rest)
    if task == "bench":
        codes = [run(str(PY), str(p), *rest) for p in sorted((ROOT / "benchmarks").glob("*.py"))]
        return max(codes, default=0)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
