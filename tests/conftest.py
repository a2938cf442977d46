"""Shared fixtures: paths to the bundled data and to ../shared (skipped with a reason when absent)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


@lru_cache(maxsize=None)
def figures_of(folder: Path) -> pd.DataFrame:
    """A corpus folder's figures table, extracted once per test run: the quality bars and the catalogue test read the
    same 850-odd blind sets (callers must not change the table)."""
    from analysis.figures.corpus import extract_corpus
    return extract_corpus(folder).figures


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the shared folder is not beside the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (gold and dev corpus) is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW
