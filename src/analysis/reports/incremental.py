"""Content hashes that decide what a batch may reuse from the previous one, and the manifest recording them.

A step (extraction, ratio tables, one report) is reused only when the hash of everything it depends on
(its input files, parameters, the library's code and data, the package versions) equals the hash
recorded by a previous run that succeeded, and that run's output files are still there, unchanged.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..config import REFERENCE_DIR
from ..tableio import normal_mode
from .index import package_versions, sha256_file

MANIFEST = "batch-manifest.json"
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def digest(*parts: object) -> str:
    """sha256 of the parts' canonical JSON."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def files_hash(paths: Iterable[Path], root: Path | None = None) -> dict[str, str]:
    """{name (relative to root when given): sha256} for each existing file."""
    out = {}
    for p in sorted(paths):
        if p.is_file():
            out[str(p.relative_to(root)) if root else p.name] = sha256_file(p)
    return out


@functools.cache
def code_hash() -> str:
    """One hash of the library (Python and resources), the reference tables and the package versions."""
    files = [p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return digest(files_hash(files, PACKAGE_DIR), files_hash(REFERENCE_DIR.glob("*.csv")), package_versions())


def read_manifest(out_dir: Path) -> dict:
    """The previous batch's manifest in out_dir ({} when missing or unreadable)."""
    try:
        data = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_manifest(out_dir: Path, manifest: Mapping) -> Path:
    """Write the manifest (the folder is staging, published whole: no atomic writer needed here)."""
    path = Path(out_dir) / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return path


def unchanged(folder: Path, recorded: Mapping[str, str]) -> bool:
    """True when every recorded file is in folder with the recorded sha256."""
    return bool(recorded) and all((folder / name).is_file() and sha256_file(folder / name) == sha
                                  for name, sha in recorded.items())


def carry_over(src: Path, dst: Path, names: Iterable[str]) -> None:
    """Hard-link (else copy) the named files from the previous output into staging, with the mode a new file
    gets under the umask."""
    for name in names:
        target = dst / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src / name, target)
        except OSError:
            shutil.copy2(src / name, target)
        normal_mode(target)  # a file kept from a batch written before tables got 0644 gets it now
