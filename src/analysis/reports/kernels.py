"""Warm kernels: a template process imports the heavy libraries once, then forks a ready ipykernel per report.

The template is single-threaded and holds no ZMQ context when it forks; each child resets what a fork
shares (signal handlers, random state, working directory, environment, stdio) and starts an ordinary
IPKernelApp on the connection file jupyter_client wrote, so the kernel is a fresh interpreter's equal
minus the import time. `ForkProvisioner` plugs the template into jupyter_client (`km.provisioner`).
Spare kernels hide the kernel's own start (IPKernelApp's set-up): the template forks one ahead of need, which
initialises and then waits on a pipe; the next report whose cwd and environment it was started with adopts it
(the template passes on the report's cwd, env and log; the kernel manager takes the spare's connection info).
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
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
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


def _run_kernel(request: dict, adoption: int | None = None) -> None:
    """Start an IPKernelApp on the request's connection file, as ipykernel_launcher would, then exit.

    With adoption (the read end of a pipe from the template: a spare kernel), the kernel is initialised (sockets
    bound, shell built) and then waits for one JSON line on it before it serves anything: the report's cwd, env
    and log. End of file instead of that line (the spare was dropped) ends the process.
    """
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
        if adoption is not None:
            _await_adoption(adoption, request)
        app.start()
    except BaseException:  # noqa: BLE001 - the child must never return into the template's loop
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush() if sys.stdout else None
        os._exit(code)


def _await_adoption(fd: int, request: dict) -> None:
    """In a spare kernel: block until the template passes on the adopting report's cwd, env and log."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 65536)
        if not chunk:  # dropped, or the template is gone
            os._exit(0)
        data += chunk
    os.close(fd)
    adopted = json.loads(data)
    # the batch adopts a spare only for the cwd and env it was started with; set them again all the same
    os.environ.clear()
    os.environ.update(adopted.get("env") or {})
    os.environ["MPLBACKEND"] = INLINE_BACKEND
    os.chdir(adopted.get("cwd") or os.getcwd())
    _move_output(request.get("log"), adopted.get("log"))


def _move_output(spare_log: str | None, log: str | None) -> None:
    """Point every descriptor that writes to spare_log (the spare's stdout/stderr, and the copies ipykernel
    keeps of them) at log instead, after copying there what the spare wrote so far."""
    if not spare_log:
        return
    target = os.open(log or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        spare = os.stat(spare_log)
        with open(spare_log, "rb") as f:
            early = f.read()
        if early:
            os.write(target, early)
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            if fd == target:
                continue
            try:
                st = os.fstat(fd)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (spare.st_dev, spare.st_ino):
                os.dup2(target, fd)
        os.unlink(spare_log)
    finally:
        os.close(target)


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
    spares: dict[int, int] = {}  # pid of a spare kernel -> write end of its adoption pipe
    for line in requests:
        request = json.loads(line)
        op = request.get("op", "fork")
        if op == "fork" or op == "spare":
            read_end = None
            if op == "spare":
                read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                for fd in spares.values():  # other spares' pipes: only the template may adopt or drop them
                    os.close(fd)
                if read_end is not None:
                    os.close(write_end)
                _run_kernel(request, read_end)
            if read_end is not None:
                os.close(read_end)
                spares[pid] = write_end
            reply = {"pid": pid}
        elif op == "adopt":
            pid, reply = int(request["pid"]), {"pid": int(request["pid"]), "adopted": False}
            fd = spares.pop(pid, None)
            if fd is not None:
                try:
                    os.kill(pid, 0)
                    if _dying(pid):  # killed: it may still hold its pipe open for a few ms
                        raise ProcessLookupError(pid)
                    os.write(fd, json.dumps({k: request.get(k) for k in ("cwd", "env", "log")}).encode() + b"\n")
                    reply["adopted"] = True
                except OSError:  # gone (reaped at once: SIGCHLD is ignored) or its pipe is closed
                    pass
                os.close(fd)
        elif op == "drop":
            pid = int(request["pid"])
            fd = spares.pop(pid, None)
            if fd is not None:
                os.close(fd)
            for kill in (os.killpg, os.kill):  # its own group once it has made one
                try:
                    kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            reply = {"pid": pid}
        else:
            reply = {"error": f"unknown op {op!r}"}
        replies.write(json.dumps(reply).encode() + b"\n")
        replies.flush()


# --------------------------------------------------------------------------- in the batch process
@dataclass(frozen=True)
class Spare:
    """A kernel forked ahead of need: initialised for cwd and env, waiting to be adopted."""

    pid: int
    info: dict
    cwd: str
    env: dict


class KernelTemplate:
    """A running template process; `fork` returns the pid of a new kernel listening on a connection file.

    With spares > 0, `replenish` forks kernels ahead of need, which `adopt` hands out (each once): their start
    (IPKernelApp's set-up) then runs while earlier reports run, not on the report's own time.
    """

    def __init__(self, preload: Sequence[str] = PRELOAD, stderr: Any = None, spares: int = 0):
        env = {**os.environ, **SINGLE_THREAD_ENV, "MPLBACKEND": INLINE_BACKEND,
               "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
        code = f"from analysis.reports.kernels import template_main; template_main({tuple(preload)!r})"
        # its own session: Ctrl-C in the terminal reaches the batch only, which then ends the template
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=stderr, env=env, start_new_session=True)
        self._lock = threading.Lock()
        self._ready: dict | None = None
        self.sockets = Path(tempfile.mkdtemp(prefix="vn-egov-kernels-"))  # its kernels' Unix sockets
        self.spares = spares
        self._spares: list[Spare] = []
        self._spare_lock = threading.Lock()
        self._expected: int | None = None
        self._starting = 0
        self.started_spares: list[int] = []  # every spare's pid, in order (tests read these)
        self.adopted: list[int] = []

    def wait_ready(self) -> dict:
        """Block until the template has imported everything (its 'ready' line); TemplateError if it died."""
        with self._lock:
            if self._ready is None:
                line = self.process.stdout.readline()
                if not line:
                    raise TemplateError(f"kernel template exited with {self.process.wait()} before it was ready")
                self._ready = json.loads(line)
        return self._ready

    def _ask(self, request: dict) -> dict:
        """Send one request to the template and return its reply (the lock keeps request and reply paired)."""
        self.wait_ready()
        with self._lock:
            try:
                self.process.stdin.write(json.dumps(request).encode() + b"\n")
                self.process.stdin.flush()
                line = self.process.stdout.readline()
            except (BrokenPipeError, ValueError) as exc:
                raise TemplateError(f"kernel template is gone: {exc}") from exc
        if not line:
            raise TemplateError(f"kernel template exited with {self.process.poll()}")
        return json.loads(line)

    def fork(self, connection_file: str, cwd: str, env: dict[str, str], log: str | None = None) -> int:
        """Fork a kernel for connection_file, working in cwd with env; returns its pid."""
        return int(self._ask({"op": "fork", "connection_file": connection_file, "cwd": cwd, "env": env,
                              "log": log})["pid"])

    # ------------------------------------------------------------------ spare kernels
    def expect(self, kernels: int | None) -> None:
        """Say how many more kernels will be asked for (None: unknown), so that no spare is started for nothing."""
        with self._spare_lock:
            self._expected = kernels

    def adopt(self, cwd: str, env: dict[str, str], log: str | None = None) -> tuple[int, dict] | None:
        """A ready (or initialising) spare kernel started for this cwd and env, handed this log: (pid, its
        connection info), or None when there is none. Each spare is handed out once; one that died is dropped;
        spares started for another cwd or env are dropped (a kernel is initialised in the cwd and env it serves)."""
        with self._spare_lock:
            if self._expected is not None:
                self._expected = max(self._expected - 1, 0)
        while True:
            with self._spare_lock:
                other = [s for s in self._spares if s.cwd != cwd or s.env != env]
                fit = [s for s in self._spares if s not in other]
                spare = fit[0] if fit else None
                self._spares = fit[1:]
            for unfit in other:
                self._drop(unfit)
            if spare is None:
                return None
            if self._ask({"op": "adopt", "pid": spare.pid, "cwd": cwd, "env": env, "log": log}).get("adopted"):
                self.adopted.append(spare.pid)
                return spare.pid, spare.info
            self._drop(spare)  # it died: try the next one, else the caller forks a kernel as before

    def replenish(self, cwd: str, env: dict[str, str]) -> None:
        """Start spare kernels for cwd and env until `spares` are waiting (fewer when fewer kernels are expected)."""
        with self._spare_lock:
            wanted = self.spares if self._expected is None else min(self.spares, self._expected)
            missing = max(wanted - len(self._spares) - self._starting, 0)
            self._starting += missing
        for _ in range(missing):
            try:
                spare = self._start_spare(cwd, env)
            finally:
                with self._spare_lock:
                    self._starting -= 1
            with self._spare_lock:
                self._spares.append(spare)

    def replenish_later(self, cwd: str, env: dict[str, str]) -> None:
        """replenish in a background thread (a report does not wait for the next one's kernel to be forked)."""
        if self.spares <= 0:
            return

        def run() -> None:
            try:
                self.replenish(cwd, env)
            except TemplateError:  # closed meanwhile: nothing to prepare for
                pass

        threading.Thread(target=run, name="spare-kernel", daemon=True).start()

    def drop_spares(self) -> None:
        """End every spare waiting (after a batch: nothing more will adopt them)."""
        with self._spare_lock:
            spares, self._spares = self._spares, []
        for spare in spares:
            self._drop(spare)

    def _start_spare(self, cwd: str, env: dict[str, str]) -> Spare:
        name = f"spare-{uuid.uuid4().hex[:16]}"
        info = {"transport": "ipc", "ip": str(self.sockets / name), "key": uuid.uuid4().hex,
                "signature_scheme": "hmac-sha256", "kernel_name": "", "shell_port": 1, "iopub_port": 2,
                "stdin_port": 3, "control_port": 4, "hb_port": 5}
        connection_file = self.sockets / f"{name}.json"
        connection_file.write_text(json.dumps(info), encoding="utf-8")
        log = self.sockets / f"{name}.log"
        pid = int(self._ask({"op": "spare", "connection_file": str(connection_file), "cwd": cwd, "env": env,
                             "log": str(log)})["pid"])
        self.started_spares.append(pid)
        return Spare(pid, {**info, "key": info["key"].encode()}, cwd, dict(env))

    def _drop(self, spare: Spare) -> None:
        try:
            self._ask({"op": "drop", "pid": spare.pid})
        except TemplateError:
            pass

    def close(self) -> None:
        """End the template (its kernels follow it: they die with their parent; spares are killed first)."""
        with self._spare_lock:
            spares, self._spares = self._spares, []
        if self.process.poll() is None:
            for spare in spares:
                self._drop(spare)
            self.process.kill()
        self.process.wait()
        for spare in spares:  # should the drop not have reached it
            for kill in (os.killpg, os.kill):
                try:
                    kill(spare.pid, signal.SIGKILL)
                except OSError:
                    pass
        shutil.rmtree(self.sockets, ignore_errors=True)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass

    @property
    def waiting_spares(self) -> list[int]:
        """Pids of the spares started and not yet handed out."""
        with self._spare_lock:
            return [spare.pid for spare in self._spares]

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


def _dying(pid: int) -> bool:
    """Whether pid has exited or has a SIGKILL pending (its threads are tearing down), by /proc/<pid>/status."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            fields = dict(line.split(b":", 1) for line in f.read().splitlines() if b":" in line)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if fields.get(b"State", b"").strip()[:1] in (b"Z", b"X"):
        return True
    kill_bit = 1 << (signal.SIGKILL - 1)
    return any(int(fields.get(name, b"0").strip() or b"0", 16) & kill_bit for name in (b"SigPnd", b"ShdPnd"))


def _exited(pid: int) -> bool:
    """Whether pid is a zombie (exited, not yet reaped) or gone, by /proc (False where there is none)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b") ", 1)[1][:1]
    except FileNotFoundError:
        return True
    except (OSError, IndexError):
        return False
    return state in (b"Z", b"X")


class ForkedProcess:
    """The part of subprocess.Popen that jupyter_client uses, for a kernel that is not our child."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> int | None:
        """None while the kernel runs, else an exit code (-9: its status is not ours to collect).

        A zombie has exited: after SIGKILL the process is a zombie within milliseconds, while Linux still frees
        its memory (tens of milliseconds for a forked kernel of ~170 MB) before it disappears; waiting for that
        was on every report's time."""
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -signal.SIGKILL
            else:
                if _exited(self.pid):
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
        """SIGKILL the kernel's group; from then on it counts as exited. Nothing it runs can act any more, and
        Linux still takes 20-130 ms (measured, loaded machine) to free its memory before the process is gone:
        a report's time no longer includes that wait (the process disappears on its own; its parent reaps it)."""
        self.send_signal(signal.SIGKILL)
        if self.returncode is None:
            self.returncode = -signal.SIGKILL

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
        spare = await loop.run_in_executor(None, template.adopt, cwd, env, self.kernel_log)
        if spare is not None:  # its sockets are bound already: the manager takes its connection info
            pid, info = spare
            self.connection_info = dict(info)
        else:
            pid = await loop.run_in_executor(None, template.fork, self.parent.connection_file, cwd, env,
                                             self.kernel_log)
        template.replenish_later(cwd, env)  # the next report's kernel starts while this one runs
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
