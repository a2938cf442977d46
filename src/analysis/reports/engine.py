"""A papermill engine on warm kernels: `papermill --engine warm in.ipynb out.ipynb`, or engine_name="warm".

It is papermill's own nbclient engine with a kernel forked from a KernelTemplate (kernels.py) instead of a
freshly exec'd interpreter, plus a whole-notebook timeout (`report_timeout`, seconds) beside papermill's
per-cell `execution_timeout`. Registered through the `papermill.engine` entry point in pyproject.toml.
"""
from __future__ import annotations

import threading
import uuid
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from papermill.engines import NBClientEngine

from .kernels import ForkProvisioner, KernelTemplate, shared_template

ENGINE_NAME = "warm"


class ReportTimeoutError(TimeoutError):
    """A notebook ran longer than its report_timeout and its kernel was stopped."""


class ForkKernelManager(AsyncKernelManager):
    """An AsyncKernelManager whose kernel is forked from `template` (default: this process's template)."""

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
