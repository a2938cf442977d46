"""Extraction on worker processes of this machine: batches of files go to a pool, results come back
in file order, so the tables are byte for byte those of one process. At most a few batches per worker
are in flight: memory stays flat whatever the corpus size. A worker that dies (killed, out of memory)
stops the run with an ExtractError naming its files, never a hang."""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .files import ExtractError, ReadPolicy
from .worker import FileResult, Task, extract_batch

BATCH_FILES = 8  # files per task: ~50-100 ms of work, enough to hide the inter-process cost
IN_FLIGHT = 4  # batches queued per worker


def cpu_count() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    """Consecutive lists of `size` tasks (the last one shorter)."""
    it = iter(tasks)
    while batch := list(islice(it, size)):
        yield batch


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them (no traceback from every worker), and die
    at once on a SIGTERM (not through a handler inherited from the parent)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _context() -> multiprocessing.context.BaseContext:
    """fork where there is one (workers start at once with the extractor already imported), else spawn.
    Workers only run extract_batch; they take no lock a parent thread could hold."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def _results(batch: list[Task], future: Future) -> list[FileResult]:
    """The batch's results; an ExtractError naming its files when its worker died."""
    try:
        return future.result()
    except BrokenProcessPool:
        names = ", ".join(path.name for path, _ in batch[:3]) + (", ..." if len(batch) > 3 else "")
        raise ExtractError(f"a worker process died (killed, or out of memory) while extracting {names}; "
                           "nothing was written; run again, or with --jobs 1 to find the file") from None


def iter_processes(tasks: Iterable[Task], policy: ReadPolicy, jobs: int,
                   batch_files: int = BATCH_FILES) -> Iterator[FileResult]:
    """FileResults in task order, computed by `jobs` worker processes. Closing the iterator (an error or
    an interrupt in the caller) cancels the batches not started and waits for the few running."""
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_quiet_worker)
    try:
        window: deque[tuple[list[Task], Future]] = deque()
        for batch in batches(tasks, batch_files):
            window.append((batch, pool.submit(extract_batch, batch, policy)))
            if len(window) >= jobs * IN_FLIGHT:
                yield from _results(*window.popleft())
        while window:
            yield from _results(*window.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
