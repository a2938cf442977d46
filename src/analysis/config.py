"""Where things are: the project root, its data and reference tables, the notebooks, the package resources.

Environment overrides (read once, at import):
- ANALYSIS_ROOT: the project folder (holds data/ and notebooks/);
- ANALYSIS_REFERENCE_DIR, ANALYSIS_NOTEBOOKS_DIR: those two folders alone.
Without them the root is the checkout this package is imported from (src layout, editable install),
else the current working directory (an installed package run from a checkout).
Resources (metrics.yml, labels.vi.yml) are package data, found through importlib.resources, so they
are there whether the package is installed or imported from the source tree.
"""
from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO, Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent


def _root() -> Path:
    if os.environ.get("ANALYSIS_ROOT"):
        return Path(os.environ["ANALYSIS_ROOT"]).expanduser().resolve()
    checkout = PACKAGE_DIR.parents[1]  # src/analysis -> the repository
    if (checkout / "pyproject.toml").is_file() and (checkout / "data").is_dir():
        return checkout
    return Path.cwd()


def _folder(variable: str, default: Path) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser().resolve() if value else default


ROOT = _root()
DATA_DIR = ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
REFERENCE_DIR = _folder("ANALYSIS_REFERENCE_DIR", DATA_DIR / "reference")
NOTEBOOKS_DIR = _folder("ANALYSIS_NOTEBOOKS_DIR", ROOT / "notebooks")


def resource(*parts: str) -> Traversable:
    """A file of the package's resources/ folder (metrics.yml, labels.vi.yml, templates/...)."""
    node = resources.files("analysis").joinpath("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


# libyaml's parser when PyYAML was built with it (the wheels are): the same data as yaml.safe_load, ~10x faster
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | IO[str]) -> Any:
    """A YAML document (text or an open file) as Python data, like yaml.safe_load."""
    return yaml.load(source, Loader=_YAML_LOADER)
