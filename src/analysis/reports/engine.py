"""A papermill engine on warm kernels: `papermill --engine warm in.ipynb out.ipynb`, or engine_name="warm".

It is papermill's own nbclient engine with a kernel forked from a KernelTemplate (kernels.py) instead of a
freshly exec'd interpreter, plus a whole-notebook timeout (`report_timeout`, seconds) beside papermill's
per-cell `execution_timeout`. Registered through the `papermill.engine` entry point in pyproject.toml.
"""
from __future__ import annotations

import threading
import time
import uuid
from queue import Empty
from typing import Any



class EntryPoint:
    """What papermill's `papermill.engine` entry point loads. papermill loads every engine's entry point while it
    is itself being imported, so when this module is imported first, its `from papermill.engines import …`
    below comes back here before WarmEngine exists; this class is defined before that import and hands the
    call on to WarmEngine once it does."""

    @staticmethod
    def execute_notebook(*args: Any, **kwargs: Any) -> Any:
        """papermill's engine call, run by WarmEngine."""
        return WarmEngine.execute_notebook(*args, **kwargs)


# imported after EntryPoint on purpose (see its docstring)
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_async
from traitlets import DottedObjectName, Type
from papermill.engines import NBClientEngine

from .kernels import ForkProvisioner, KernelTemplate, shared_template

ENGINE_NAME = "warm"


class ReportTimeoutError(TimeoutError):
    """A notebook ran longer than its report_timeout and its kernel was stopped."""


class ReadyClient(AsyncKernelClient):
    """jupyter_client's AsyncKernelClient, but ready as soon as the kernel has answered kernel_info and said idle.

    The stock `wait_for_ready` does the same handshake (kernel_info until a reply comes and IOPub delivers a
    message, so the subscription is live) and then reads IOPub until it has been silent for 0.2 s: a fixed 0.2 s
    per kernel. Here that drain ends at the status 'idle' of the last kernel_info request (the last message the
    handshake makes the kernel publish), or after the same 0.2 s of silence should it never come. What a cell
    prints is unchanged: nbclient only takes IOPub messages whose parent is that cell's request.
    """

    async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
        abs_timeout = time.time() + (float("inf") if timeout is None else timeout)
        pending: set[str] = set()
        last = ""
        while True:
            last = self.kernel_info()
            pending.add(last)
            try:
                msg = await ensure_async(self.shell_channel.get_msg(timeout=1))
            except Empty:
                pass
            else:
                if msg["msg_type"] == "kernel_info_reply":
                    try:  # IOPub is connected when it delivers anything; else start over, as stock does
                        first = await ensure_async(self.iopub_channel.get_msg(timeout=0.2))
                    except Empty:
                        pass
                    else:
                        self._handle_kernel_info_reply(msg)
                        if _is_idle_for(first, last):
                            return
                        break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.time() > abs_timeout:
                raise RuntimeError("Kernel didn't respond in %d seconds" % timeout)
        while True:  # drain what the handshake published, up to its last 'idle'
            try:
                msg = await ensure_async(self.iopub_channel.get_msg(timeout=0.2))
            except Empty:
                return
            if _is_idle_for(msg, last):
                return

    wait_for_ready = _async_wait_for_ready


def _is_idle_for(msg: dict, msg_id: str) -> bool:
    return (msg.get("msg_type") == "status" and msg.get("content", {}).get("execution_state") == "idle"
            and msg.get("parent_header", {}).get("msg_id") == msg_id)


class ForkKernelManager(AsyncKernelManager):
    """An AsyncKernelManager whose kernel is forked from `template` (default: this process's template)."""

    client_class = DottedObjectName("analysis.reports.engine.ReadyClient")
    client_factory = Type(klass="jupyter_client.asynchronous.AsyncKernelClient", default_value=ReadyClient)
    template: KernelTemplate | None = None
    kernel_log: str | None = None
    started: list | None = None  # instances append themselves here (the report watchdog finds them)

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        if self.provisioner is None:
            self.kernel_id = self.kernel_id or str(uuid.uuid4())
            # Unix sockets, not TCP: no port picked here can be taken by another process before the kernel binds
            # it (kernels started side by side collided on TCP ports); the path is absolute, the kernel's cwd is not ours
            self.transport = "ipc"
            self.ip = str((self.template or shared_template()).sockets / f"kernel-{self.kernel_id[:18]}")
            provisioner = ForkProvisioner(kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self)
            provisioner.template, provisioner.kernel_log = self.template, self.kernel_log
            self.provisioner = provisioner
        if self.started is not None:
            self.started.append(self)
        return await super()._async_pre_start_kernel(**kw)

    async def _async_wait(self, pollinterval: float = 0.1) -> None:
        # after a kill, jupyter_client checks whether the kernel is gone every 0.1 s: the first check comes before
        # the process has exited, so each report waited 0.1 s for nothing; check every 5 ms instead
        await super()._async_wait(pollinterval=min(pollinterval, 0.005))


def manager_class(template: KernelTemplate | None, kernel_log: str | None, started: list) -> type[ForkKernelManager]:
    """A ForkKernelManager subclass bound to one template, log file and watchdog list (nbclient builds it)."""
    return type("BoundForkKernelManager", (ForkKernelManager,),
                {"template": template, "kernel_log": kernel_log, "started": started})


class WarmEngine(NBClientEngine):
    """papermill's nbclient engine, executing each notebook on a kernel forked from a warm template."""

    @classmethod
    def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, report_timeout: float | None = None,
                                 template: KernelTemplate | None = None, kernel_log: str | None = None,
                                 **kwargs: Any) -> Any:
        """Execute nb_man's notebook; ReportTimeoutError when the whole run exceeds report_timeout seconds."""
        started: list[ForkKernelManager] = []
        expired = threading.Event()

        def stop_kernels() -> None:
            expired.set()
            for km in list(started):
                process = getattr(km.provisioner, "process", None)
                if process is not None:
                    process.kill()

        timer = threading.Timer(report_timeout, stop_kernels) if report_timeout else None
        if timer:
            timer.daemon = True
            timer.start()
        kwargs.setdefault("shutdown_kernel", "immediate")  # every output is in: no graceful goodbye
        try:
            return super().execute_managed_notebook(
                nb_man, kernel_name, kernel_manager_class=manager_class(template, kernel_log, started), **kwargs)
        except Exception as exc:
            if expired.is_set():
                raise ReportTimeoutError(f"notebook still running after {report_timeout:g} s; stopped") from exc
            raise
        finally:
            if timer:
                timer.cancel()
