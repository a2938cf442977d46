"""Warm kernels: a template process imports the heavy libraries once, then forks a ready ipykernel per report.

The template is single-threaded and holds no ZMQ context when it forks; each child resets what a fork
shares (signal handlers, random state, working directory, environment, stdio) and starts an ordinary
IPKernelApp on the connection file jupyter_client wrote, so the kernel is a fresh interpreter's equal
minus the import time. `ForkProvisioner` plugs the template into jupyter_client (`km.provisioner`).
Every process here dies with its parent (PR_SET_PDEATHSIG): kill -9 of the batch leaves nothing behind.
"""
from __future__ import annotations

import asyncio
import atexit
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jupyter_client.connect import KernelConnectionInfo
from jupyter_client.provisioning import LocalProvisioner

# What the report notebooks import in their first cells; the template imports it once for every report.
PRELOAD = ("numpy", "pandas", "matplotlib", "matplotlib.pyplot", "seaborn", "IPython", "ipykernel.kernelapp",
           "ipykernel.ipkernel", "ipykernel.zmqshell", "ipykernel.debugger", "sqlite3", "analysis.reports.plots", "analysis.reports.present", "analysis.reports.words",
           "analysis.reports.inputs", "analysis.reference.provinces")

# One BLAS/OpenMP thread: a forked child must not inherit a thread pool, and reports run side by side.
SINGLE_THREAD_ENV = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                             "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")}
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
_PR_SET_PDEATHSIG = 1


class TemplateError(RuntimeError):
    """The template process could not start or fork a kernel."""


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send sig to this process when its parent exits (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)


# --------------------------------------------------------------------------- inside the template process
def _reset_child(request: dict) -> None:
    """In a freshly forked child: own process group, default signals, new random state, cwd, env and stdio."""
    os.setpgid(0, 0)
    for sig in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL if sig != signal.SIGINT else signal.default_int_handler)
    die_with_parent()
    os.environ.clear()
    os.environ.update(request.get("env") or {})
    os.environ["MPLBACKEND"] = INLINE_BACKEND
    os.chdir(request.get("cwd") or os.getcwd())
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    log = request.get("log")
    out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644) if log else os.open(os.devnull, os.O_WRONLY)
    os.dup2(out, 1)
    os.dup2(out, 2)
    import random

    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()


def _run_kernel(request: dict) -> None:
    """Start an IPKernelApp on the request's connection file, as ipykernel_launcher would, then exit."""
    code = 0
    try:
        _reset_child(request)
        sys.argv = [request.get("argv0") or "ipykernel_launcher", "-f", request["connection_file"]]
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        app.initialize(sys.argv[1:])
        if "matplotlib_inline.backend_inline" in sys.modules:  # imported in the template: hook it up here
            from matplotlib_inline.backend_inline import _enable_matplotlib_integration

            _enable_matplotlib_integration()
        app.start()
    except BaseException:  # noqa: BLE001 - the child must never return into the template's loop
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush() if sys.stdout else None
        os._exit(code)


def template_main(preload: Sequence[str] = PRELOAD) -> None:
    """The template's loop: import preload, say ready, then fork one kernel per JSON request on stdin."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch decides; Ctrl-C reaches it, not us
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]
    import importlib

    for name in preload:
        importlib.import_module(name)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel, never zombies
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    replies.write(json.dumps({"ready": os.getpid(), "threads": threading.active_count()}).encode() + b"\n")
    replies.flush()
    for line in requests:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_kernel(request)
        replies.write(json.dumps({"pid": pid}).encode() + b"\n")
        replies.flush()


# --------------------------------------------------------------------------- in the batch process
class KernelTemplate:
    """A running template process; `fork` returns the pid of a new kernel listening on a connection file."""

    def __init__(self, preload: Sequence[str] = PRELOAD, stderr: Any = None):
        env = {**os.environ, **SINGLE_THREAD_ENV, "MPLBACKEND": INLINE_BACKEND,
               "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
        code = f"from analysis.reports.kernels import template_main; template_main({tuple(preload)!r})"
        # its own session: Ctrl-C in the terminal reaches the batch only, which then ends the template
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=stderr, env=env, start_new_session=True)
        self._lock = threading.Lock()
        self._ready: dict | None = None
        self.sockets = Path(tempfile.mkdtemp(prefix="vn-egov-kernels-"))  # its kernels' Unix sockets

    def wait_ready(self) -> dict:
        """Block until the template has imported everything (its 'ready' line); TemplateError if it died."""
        with self._lock:
            if self._ready is None:
                line = self.process.stdout.readline()
                if not line:
                    raise TemplateError(f"kernel template exited with {self.process.wait()} before it was ready")
                self._ready = json.loads(line)
        return self._ready

    def fork(self, connection_file: str, cwd: str, env: dict[str, str], log: str | None = None) -> int:
        """Fork a kernel for connection_file, working in cwd with env; returns its pid."""
        self.wait_ready()
        request = {"connection_file": connection_file, "cwd": cwd, "env": env, "log": log}
        with self._lock:
            try:
                self.process.stdin.write(json.dumps(request).encode() + b"\n")
                self.process.stdin.flush()
                line = self.process.stdout.readline()
            except (BrokenPipeError, ValueError) as exc:
                raise TemplateError(f"kernel template is gone: {exc}") from exc
        if not line:
            raise TemplateError(f"kernel template exited with {self.process.poll()}")
        return int(json.loads(line)["pid"])

    def close(self) -> None:
        """End the template (its kernels follow it: they die with their parent)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        shutil.rmtree(self.sockets, ignore_errors=True)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass

    @property
    def alive(self) -> bool:
        return self.process.poll() is None


_shared: KernelTemplate | None = None
_shared_lock = threading.Lock()


def shared_template() -> KernelTemplate:
    """This process's template, started on first use (papermill's CLI and the batch share this)."""
    global _shared
    with _shared_lock:
        if _shared is None or not _shared.alive:
            _shared = KernelTemplate()
            atexit.register(close_shared_template)
        return _shared


def close_shared_template() -> None:
    """End this process's template, if one was started."""
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
            _shared = None


class ForkedProcess:
    """The part of subprocess.Popen that jupyter_client uses, for a kernel that is not our child."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> int | None:
        """None while the kernel runs, else an exit code (-9: its status is not ours to collect)."""
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -signal.SIGKILL
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Block until the kernel is gone."""
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.02)
        return self.returncode  # type: ignore[return-value]

    def send_signal(self, sig: int) -> None:
        """Signal the kernel's process group (it and what it started)."""
        try:
            os.killpg(self.pid, sig)
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkProvisioner(LocalProvisioner):  # type: ignore[misc]
    """A jupyter_client provisioner whose kernels are forked from a KernelTemplate instead of exec'd."""

    template: KernelTemplate | None = None
    kernel_log: str | None = None

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        template = self.template or shared_template()
        cwd = str(kwargs.get("cwd") or os.getcwd())
        env = dict(kwargs.get("env") or os.environ)
        loop = asyncio.get_running_loop()
        pid = await loop.run_in_executor(None, template.fork, self.parent.connection_file, cwd, env, self.kernel_log)
        self.process = ForkedProcess(pid)
        self.pid = self.pgid = pid
        self.cwd = Path(cwd)
        return self.connection_info

    async def wait(self) -> int | None:
        ret = 0
        if self.process:
            while await self.poll() is None:
                await asyncio.sleep(0.02)
            ret = self.process.returncode
            self.process = None
        return ret
