"""A batch writes into a hidden staging folder beside its output folder and publishes it in one step.

Readers of the output folder see the previous batch or the new one, never a mix: on Linux the two
folders are swapped with renameat2(RENAME_EXCHANGE); elsewhere two renames leave a moment with no folder.
A staging folder whose batch died (kill -9) is removed by the next batch.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import sys
from pathlib import Path
from types import TracebackType

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
PREFIX = ".staging-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale_stagings(out: Path) -> list[Path]:
    """Staging folders for out whose batch process no longer runs."""
    stale = []
    for path in out.parent.glob(f".{out.name}{PREFIX}*"):
        pid = path.name.rsplit("-", 1)[-1]
        if path.is_dir() and pid.isdigit() and not _alive(int(pid)):
            stale.append(path)
    return stale


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc != 0:
        errno = ctypes.get_errno()
        if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this filesystem cannot swap
            return False
        raise OSError(errno, os.strerror(errno), str(a))
    return True


class Staging:
    """`with Staging(out) as stage:` write into stage.path, call stage.publish(); otherwise it is discarded."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.path = self.out.parent / f".{self.out.name}{PREFIX}{os.getpid()}"
        self.published = False

    def __enter__(self) -> Staging:
        if self.out.exists() and not self.out.is_dir():
            raise NotADirectoryError(f"{self.out} exists and is not a folder")
        self.out.parent.mkdir(parents=True, exist_ok=True)
        for path in stale_stagings(self.out):
            shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir()
        return self

    def publish(self) -> Path:
        """Put the staged folder in place of out (the old out is removed); returns out."""
        from ..tableio import normal_mode

        normal_mode(self.path, folder=True)  # the mode a new folder gets, whatever made the staging folder
        if self.out.exists():
            if exchange(self.path, self.out):
                shutil.rmtree(self.path, ignore_errors=True)
            else:
                old = self.path.with_name(self.path.name + ".old")
                os.rename(self.out, old)
                os.rename(self.path, self.out)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(self.path, self.out)
        self.published = True
        return self.out

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if not self.published:
            shutil.rmtree(self.path, ignore_errors=True)
