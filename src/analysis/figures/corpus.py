"""Corpus: a folder of articles (and its optional manifest.csv) -> figures, documents and errors
tables; streamed to CSV/Parquet by the CLI so memory stays flat whatever the corpus size."""
from __future__ import annotations

import csv
import hashlib
import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from .document import prepare
from .extract import document_rows
from ..reference.provinces import canonical_province
from ..schema import DOCUMENT_COLUMNS, ERROR_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, as_figures, empty_figures
from ..tableio import AtomicFile
from ..text.clean import DecodeError, decode

log = logging.getLogger(__name__)


class ExtractError(Exception):
    """A file that could not be extracted; the message names the file and the reason."""


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """manifest.csv -> {doc_id: {url, published, province}}; only doc_id is required."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "doc_id" not in reader.fieldnames:
                raise ExtractError(f"{path}: manifest has no doc_id column (columns: {reader.fieldnames})")
            return {row["doc_id"].strip(): {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS[1:]}
                    for row in reader if (row.get("doc_id") or "").strip()}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ExtractError(f"{path}: cannot read manifest: {exc}") from exc


def article_paths(raw_dir: Path) -> list[Path]:
    """The article files of a folder: every *.txt, sorted by name."""
    return sorted(p for p in raw_dir.glob("*.txt") if not p.name.startswith("."))


def _read_bytes(path: Path) -> bytes | OSError:
    try:
        return path.read_bytes()
    except OSError as exc:
        return exc


def prefetched(paths: Iterable[Path], ahead: int = 8) -> Iterator[tuple[Path, bytes | OSError]]:
    """(path, bytes or the OSError) in order, read a few files ahead on a thread: file I/O waits
    overlap with extraction while memory holds at most `ahead` files."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        window: deque = deque()
        for path in paths:
            window.append((path, pool.submit(_read_bytes, path)))
            if len(window) > ahead:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


def read_article(path: Path, data: bytes | OSError | None = None) -> tuple[str, str, str]:
    """(text, encoding, sha256) of an article file (or of its bytes already read), or ExtractError
    naming the file and the problem."""
    data = _read_bytes(path) if data is None else data
    if isinstance(data, OSError):
        raise ExtractError(f"{path}: cannot read: {data.strerror or data}") from data
    if not data.strip():
        raise ExtractError(f"{path}: empty file")
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        raise ExtractError(f"{path}: {exc}") from exc
    return text, encoding, hashlib.sha256(data).hexdigest()


@dataclass
class FileResult:
    """What one file gave: its figure rows and document row, or the error."""

    path: Path
    rows: list[dict] | None
    document: dict | None
    error: str | None


def iter_extract(raw_dir: Path, manifest: Path | None = None, progress: bool = False) -> Iterator[FileResult]:
    """Extract the folder one file at a time (memory stays flat, whatever the corpus size)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir}: not a folder")
    manifest = Path(manifest) if manifest else raw_dir / "manifest.csv"
    metas = read_manifest(manifest) if manifest.exists() else {}
    paths = article_paths(raw_dir)
    if progress and len(paths) > 1:
        paths = tqdm(paths, desc="extract", unit="file", file=sys.stderr)
    for doc_id, meta in metas.items():
        if meta.get("province") and canonical_province(meta["province"]) is None:
            log.warning("%s: %s: province %r is not one of the 63 provinces (data/reference/provinces.csv); "
                        "the text or URL decides instead", manifest, doc_id, meta["province"])
    for path, data in prefetched(paths):
        doc_id = path.stem
        meta = metas.get(doc_id, {})
        try:
            text, encoding, digest = read_article(path, data)
            doc = prepare(text, doc_id, meta)
            rows = document_rows(doc)
        except ExtractError as exc:
            yield FileResult(path, None, None, str(exc))
            continue
        except Exception as exc:  # a bug must not cost the rest of the corpus; it is reported
            yield FileResult(path, None, None, f"{path}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        yield FileResult(path, rows, {
            "doc_id": doc_id, "path": str(path), "province": doc.province, "province_source": doc.province_source,
            "year": doc.year, "published": meta.get("published") or None, "url": meta.get("url") or None,
            "encoding": encoding, "n_chars": len(doc.text), "n_figures": len(rows), "sha256": digest,
        }, None)


@dataclass
class CorpusResult:
    """A folder's figures, one row per document read, and one row per file that failed."""

    figures: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame


def extract_corpus(raw_dir: Path | str, manifest: Path | str | None = None, progress: bool = False) -> CorpusResult:
    """Extract a folder into in-memory tables (for notebooks; the CLI streams instead)."""
    rows, documents, errors = [], [], []
    for result in iter_extract(Path(raw_dir), Path(manifest) if manifest else None, progress):
        if result.error:
            errors.append({"path": str(result.path), "doc_id": result.path.stem, "error": result.error})
        else:
            rows.extend(result.rows)
            documents.append(result.document)
    return CorpusResult(
        as_figures(rows),
        pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS)).astype({"year": "Int64"}),
        pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
    )


class StreamWriter:
    """Validates figure rows in batches, appends them to a temporary file, moves it into place at the end."""

    batch_rows = 20_000

    def __init__(self, out: Path) -> None:
        self.out, self.suffix = out, out.suffix.lower()
        if self.suffix not in (".csv", ".parquet"):
            raise ExtractError(f"{out}: unsupported output format {self.suffix or '(none)'}; use .csv or .parquet")
        self._file = AtomicFile(out)
        self.tmp = self._file.tmp
        self.rows = 0
        self._pending: list[tuple[Path, list[dict]]] = []
        self._queued = 0
        self._parquet = None
        if self.suffix == ".csv":
            empty_figures().to_csv(self.tmp, index=False)

    def write(self, path: Path, rows: list[dict]) -> list[dict]:
        """Queue one document's rows; returns error rows for documents whose figures failed validation."""
        self._pending.append((path, rows))
        self._queued += len(rows)
        return self._flush() if self._queued >= self.batch_rows else []

    def _flush(self) -> list[dict]:
        batch, self._pending, self._queued = self._pending, [], 0
        rows = [row for _, doc_rows in batch for row in doc_rows]
        if not rows:
            return []
        try:
            self._append(as_figures(rows), rows)
            return []
        except pa_errors.SchemaError:  # find the document(s) at fault, keep the others
            errors = []
            for path, doc_rows in batch:
                try:
                    self._append(as_figures(doc_rows), doc_rows)
                except pa_errors.SchemaError as exc:
                    errors.append({"path": str(path), "doc_id": path.stem,
                                   "error": f"{path}: figures failed validation: {str(exc).splitlines()[0]}"})
            return errors

    def _append(self, figures: pd.DataFrame, rows: list[dict]) -> None:
        """Append a validated batch; CSV goes through the csv module from the (same) plain rows,
        several times faster than pandas' writer on Arrow-backed strings."""
        if figures.empty:
            return
        if self.suffix == ".csv":
            with open(self.tmp, "a", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerows([["" if row[c] is None else row[c] for c in FIGURE_COLUMNS] for row in rows])
        else:
            schema = pa.Schema.from_pandas(empty_figures(), preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.tmp, schema)
            self._parquet.write_table(pa.Table.from_pandas(figures, schema=schema, preserve_index=False))
        self.rows += len(figures)

    def close(self) -> list[dict]:
        errors = self._flush()
        if self.suffix == ".parquet":
            if self._parquet is None:
                empty_figures().to_parquet(self.tmp, index=False)
            else:
                self._parquet.close()
        self._file.commit()
        return errors

    def abort(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self._file.discard()


def side_paths(out: Path) -> tuple[Path, Path]:
    """Where the documents and errors tables of an output go: beside it, same stem."""
    return out.with_name(f"{out.stem}_documents.csv"), out.with_name(f"{out.stem}_errors.csv")
