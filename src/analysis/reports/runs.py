"""What a batch runs: one notebook with its parameters (Run), the files it reads, and its time limits."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One notebook to execute: which, with what parameters, under which output name, reading which tables."""

    key: str
    notebook: Path
    title: str
    parameters: dict = field(default_factory=dict)
    reads: tuple[str, ...] = ()  # files (relative to the output folder) whose content the report depends on


@dataclass(frozen=True)
class Timeouts:
    """Seconds: per cell (papermill's execution_timeout), per report (whole notebook), kernel start."""

    cell: float | None = 600.0
    report: float | None = 1800.0
    start: float = 60.0
