"""The per-file unit of extraction, the same for every engine: one file (or a batch of files) -> its
figure rows and document row, or the one-line error. Runs in the main process, in worker processes
or on Dask workers, so it takes and returns only picklable values."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .document import prepare
from .extract import document_rows
from .files import ExtractError, ReadPolicy, read_source

Task = tuple[Path, dict]  # an article's path and its manifest fields


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(message: str) -> str:
    """The message on one line: newlines and other control characters (from a file's name) escaped, \\n."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), message)


@dataclass
class FileResult:
    """What one file gave: its figure rows and document row, or the error."""

    path: Path
    rows: list[dict] | None
    document: dict | None
    error: str | None


def extract_file(path: Path, meta: dict, policy: ReadPolicy, data: bytes | ExtractError | None = None) -> FileResult:
    """Read, decode and extract one article (data: its bytes when already read)."""
    doc_id = path.stem
    try:
        source = read_source(path, data, policy)
        meta = with_file_meta(meta, source.meta)
        doc = prepare(source.text, doc_id, meta)
        rows = document_rows(doc)
    except ExtractError as exc:
        return FileResult(path, None, None, one_line(str(exc)))
    except Exception as exc:  # a bug must not cost the rest of the corpus; it is reported
        return FileResult(path, None, None, one_line(f"{path}: extraction failed: {type(exc).__name__}: {exc}"))
    return FileResult(path, rows, {
        "doc_id": doc_id, "path": str(path), "province": doc.province, "province_source": doc.province_source,
        "year": doc.year, "published": meta.get("published") or None, "url": meta.get("url") or None,
        "encoding": source.encoding, "n_chars": len(doc.text), "n_figures": len(rows), "sha256": source.sha256,
        "format": source.format, "extractor": source.extractor, "title": meta.get("title") or None,
        "site": meta.get("site") or None,
    }, None)


def with_file_meta(manifest: dict, found: dict[str, str]) -> dict:
    """The manifest's fields, each empty one filled from the file's own metadata (a page's canonical URL,
    publication date, title, site name)."""
    merged = dict(manifest)
    for key, value in found.items():
        if not merged.get(key):
            merged[key] = value
    return merged


def extract_batch(tasks: list[Task], policy: ReadPolicy) -> list[FileResult]:
    """extract_file over a batch of files, in order (one task of a worker pool or of Dask)."""
    return [extract_file(path, meta, policy) for path, meta in tasks]
