"""Extraction as Dask tasks (`pip install .[dask]`): batches of files run `worker.extract_batch` on a
dask.distributed cluster, an existing one (scheduler address) or a LocalCluster started here; results
come back in file order, so the tables are those of the serial run. The workers read the files
themselves: on a cluster they must see the input folder at the same path (a shared file system)."""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack

from .files import ExtractError, ReadPolicy
from .parallel import IN_FLIGHT, batches
from .worker import FileResult, Task, extract_batch

BATCH_FILES = 32  # Dask's per-task overhead is ~1 ms on the scheduler: bigger batches than the local pool
CONNECT_TIMEOUT = "10s"  # how long to wait for a scheduler given by address


def _client(stack: ExitStack, scheduler: str | None, jobs: int):
    """A connected dask.distributed Client: to `scheduler`, else to a LocalCluster of `jobs` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ExtractError("the dask engine needs dask.distributed: pip install '.[dask]'") from exc
    try:
        logging.getLogger("distributed").setLevel(logging.ERROR)  # its start/stop chatter is not ours to show
        if scheduler:
            return stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
        cluster = stack.enter_context(LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                   dashboard_address=None))
        return stack.enter_context(Client(cluster))
    except (OSError, TimeoutError) as exc:
        raise ExtractError(f"dask scheduler {scheduler or '(local)'}: cannot connect: {exc}") from exc


def iter_dask(tasks: Iterable[Task], policy: ReadPolicy, jobs: int, scheduler: str | None = None,
              batch_files: int = BATCH_FILES) -> Iterator[FileResult]:
    """FileResults in task order, computed as Dask tasks of `batch_files` files each."""
    with ExitStack() as stack:
        client = _client(stack, scheduler, jobs)
        workers = max(1, sum(client.nthreads().values()))
        window: deque = deque()
        try:
            for batch in batches(tasks, batch_files):
                window.append(client.submit(extract_batch, batch, policy, pure=False))
                if len(window) >= workers * IN_FLIGHT:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            for future in window:
                future.cancel()
