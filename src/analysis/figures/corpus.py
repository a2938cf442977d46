"""Corpus: a folder of articles (and its optional manifest.csv) -> figures, documents and errors
tables; streamed to CSV/Parquet by the CLI so memory stays flat whatever the corpus size."""
from __future__ import annotations

import csv
import logging
import math
import os
import re
import shutil
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

# ExtractError, FileResult, read_article and DEFAULT_MAX_BYTES are also imported from here by callers.
from .files import DEFAULT_MAX_BYTES, ExtractError, ReadPolicy, read_article, read_regular  # noqa: F401
from .worker import FileResult, Task, extract_file
from ..reference.provinces import canonical_province
from ..text.formats import SUFFIXES, format_of
from ..schema import DOCUMENT_COLUMNS, ERROR_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, as_figures, empty_figures
from ..tableio import AtomicDir, AtomicFile, is_dataset, side_paths  # noqa: F401 - side_paths: callers import it here

log = logging.getLogger(__name__)

ENGINES = ("processes", "dask")


_PUBLISHED = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}(?:[-/.]\d{1,2}(?:[T ][\d:.+Z-]*)?)?)?"
                        r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d")


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """manifest.csv -> {doc_id: {url, published, province}} (see manifest_lines)."""
    return manifest_lines(path)[0]


def manifest_lines(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    """manifest.csv -> ({doc_id: {url, published, province}}, {doc_id: its line}) -> {doc_id: {url, published, province}}; only doc_id is required.

    Errors (ExtractError): a file that cannot be read, no doc_id column, a malformed row such as an
    unclosed quote (everything after it would be swallowed into one field). Warnings naming the line: a
    doc_id given twice (the first row is kept), a `published` that is not a date of 1900-2099 (ignored:
    the article's text decides the year, as without a manifest).
    """
    metas: dict[str, dict[str, str]] = {}
    lines: dict[str, int] = {}
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle, strict=True)
            if not reader.fieldnames or "doc_id" not in reader.fieldnames:
                raise ExtractError(f"{path}: manifest has no doc_id column (columns: {reader.fieldnames})")
            start = reader.line_num + 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    what = "unclosed quote" if "unexpected end of data" in str(exc) else str(exc)
                    raise ExtractError(f"{path}: line {start}: {what}; fix the manifest "
                                       "(nothing after this line could be read)") from exc
                line, start = start, reader.line_num + 1
                doc_id = (row.get("doc_id") or "").strip()
                if not doc_id:
                    continue
                meta = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS[1:]}
                if doc_id in metas:
                    log.warning("%s: line %d: doc_id %r already on line %d; this line is ignored",
                                path, line, doc_id, lines[doc_id])
                    continue
                if meta["published"] and not _PUBLISHED.fullmatch(meta["published"]):
                    log.warning("%s: line %d: published %r is not a date (YYYY, YYYY-MM-DD or DD/MM/YYYY, "
                                "1900-2099); ignored, the text decides the year", path, line, meta["published"])
                    meta["published"] = ""
                metas[doc_id], lines[doc_id] = meta, line
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ExtractError(f"{path}: cannot read manifest: {exc}") from exc
    return metas, lines


def article_paths(raw_dir: Path) -> list[Path]:
    """The article files of a folder: every *.txt, *.html, *.htm, *.pdf, *.docx (any case), sorted by name."""
    return sorted(p for p in raw_dir.iterdir() if is_article_name(p.name))


def is_article_name(name: str) -> bool:
    """An article file's name: a suffix of text/formats.SUFFIXES in any case, not hidden. The one rule for
    extraction and hashing."""
    return format_of(name) is not None and not name.startswith(".")


def shared_stems(paths: list[Path]) -> dict[Path, Path]:
    """{file: the earlier file (in name order) with the same doc_id}: a.txt beside a.html would give two
    documents a; the second is refused."""
    first: dict[str, Path] = {}
    out: dict[Path, Path] = {}
    for path in paths:
        if path.stem in first:
            out[path] = first[path.stem]
        else:
            first[path.stem] = path
    return out


def _with_refusals(paths: list[Path], refused: dict[Path, Path], results: Iterator[FileResult]) -> Iterator[FileResult]:
    """The engine's results, with the error of each refused file in its place in name order."""
    for path in paths:
        if path in refused:
            yield FileResult(path, None, None, f"{path}: doc_id {path.stem!r} is already the document "
                                               f"{refused[path].name}; rename one of the two files")
        else:
            yield next(results)


def _read(path: Path, policy: ReadPolicy) -> bytes | ExtractError:
    try:
        return read_regular(path, policy)
    except ExtractError as exc:
        return exc


def prefetched(paths: Iterable[Path], policy: ReadPolicy, ahead: int = 8) -> Iterator[tuple[Path, bytes | ExtractError]]:
    """(path, bytes or the ExtractError) in order, read a few files ahead on a thread: file I/O waits
    overlap with extraction while memory holds at most `ahead` files."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        window: deque = deque()
        for path in paths:
            window.append((path, pool.submit(_read, path, policy)))
            if len(window) > ahead:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


def _serial(tasks: list[Task], policy: ReadPolicy) -> Iterator[FileResult]:
    """One file after the other in this process (reads prefetched on a thread)."""
    metas = dict(tasks)
    for path, data in prefetched((path for path, _ in tasks), policy):
        yield extract_file(path, metas[path], policy, data)


def _engine(tasks: list[Task], policy: ReadPolicy, jobs: int, engine: str, scheduler: str | None) -> Iterator[FileResult]:
    """The FileResults of the tasks, in order, from the chosen engine."""
    if engine == "dask":
        from .dask_engine import iter_dask  # dask is an optional extra, imported only when asked for
        return iter_dask(tasks, policy, jobs, scheduler)
    from .parallel import BATCH_FILES, iter_processes
    jobs = min(jobs, math.ceil(len(tasks) / BATCH_FILES))  # a handful of files is not worth a pool
    return iter_processes(tasks, policy, jobs) if jobs > 1 else _serial(tasks, policy)


def iter_extract(raw_dir: Path, manifest: Path | None = None, progress: bool = False, *, jobs: int = 1,
                 engine: str = "processes", scheduler: str | None = None, max_bytes: int | None = None,
                 follow_symlinks: bool = False) -> Iterator[FileResult]:
    """Extract the folder file by file, in name order (memory stays flat, whatever the corpus size).

    jobs > 1 spreads batches of files over worker processes (engine "processes") or Dask workers
    (engine "dask", at `scheduler` or on a LocalCluster); the results are the same, in the same order.
    Only regular files up to max_bytes are read; links out of the folder only with follow_symlinks.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir}: not a folder")
    if engine not in ENGINES:
        raise ExtractError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if manifest and not Path(manifest).is_file():  # named on purpose: a typo must not drop all metadata
        raise ExtractError(f"{manifest}: no such manifest file")
    manifest = Path(manifest) if manifest else raw_dir / "manifest.csv"
    metas, lines = manifest_lines(manifest) if manifest.exists() else ({}, {})
    policy = ReadPolicy.for_folder(raw_dir, max_bytes, follow_symlinks)
    paths = article_paths(raw_dir)
    if not paths:
        log.warning("%s: no article files (%s) in the folder; the tables will be empty", raw_dir,
                    ", ".join(f"*{suffix}" for suffix in SUFFIXES))
    refused = shared_stems(paths)
    tasks = [(path, metas.get(path.stem, {})) for path in paths if path not in refused]
    orphans = sorted(set(metas) - {path.stem for path in paths}, key=lines.__getitem__)
    if orphans:
        named = ", ".join(f"{d!r} (line {lines[d]})" for d in orphans[:5])
        log.warning("%s: %d doc_id(s) with no article file in %s: %s%s", manifest, len(orphans), raw_dir,
                    named, f" and {len(orphans) - 5} more" if len(orphans) > 5 else "")
    for doc_id, meta in metas.items():
        if meta.get("province") and canonical_province(meta["province"]) is None:
            log.warning("%s: %s: province %r is not one of the 63 provinces (data/reference/provinces.csv); "
                        "the text or URL decides instead", manifest, doc_id, meta["province"])
    results = _engine(tasks, policy, max(1, jobs), engine, scheduler)
    if refused:
        results = _with_refusals(paths, refused, results)
    if progress and len(paths) > 1:
        results = tqdm(results, total=len(paths), desc="extract", unit="file", file=sys.stderr)
    yield from results


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


_DATASET_PART = re.compile(r"part-\d+\.parquet")


def remove_stale_temps(out: Path) -> list[Path]:
    """Remove the temporary files/folders a killed run left beside `out` (named `.NAME.PID.XXXXXXXX.SUFFIX`
    by tableio.AtomicFile/AtomicDir, PID the writer's): only those whose process is gone; returns them."""
    pattern = re.compile(rf"\.{re.escape(out.name)}\.(\d+)\.[A-Za-z0-9_]{{8}}(?:{re.escape(out.suffix)}|\.tmp)")
    removed = []
    for path in out.parent.glob(f".{glob_escape(out.name)}.*") if out.parent.is_dir() else []:
        m = pattern.fullmatch(path.name)
        if not m or _alive(int(m.group(1))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


class StreamWriter:
    """Validates figure rows in batches and appends them to a temporary file (.csv, .parquet) or writes
    them as numbered Parquet parts into a temporary folder (a partitioned dataset: `out` is a folder or
    has no suffix); moves it into place at the end, so a killed run leaves no table that looks complete."""

    batch_rows = 20_000  # rows validated at once; a dataset gets one part per batch

    def __init__(self, out: Path) -> None:
        self.out = out
        self.suffix = "dataset" if is_dataset(out) else out.suffix.lower()
        if self.suffix not in (".csv", ".parquet", "dataset"):
            raise ExtractError(f"{out}: unsupported output format {self.suffix or '(none)'}; "
                               "use .csv, .parquet or a folder (partitioned Parquet dataset)")
        if self.suffix == "dataset" and out.is_dir():
            others = sorted(p.name for p in out.iterdir() if not _DATASET_PART.fullmatch(p.name))
            if others:  # replacing the folder would delete them
                raise ExtractError(f"{out}: a folder that is not a figures dataset (it holds {', '.join(others[:3])}"
                                   f"{', …' if len(others) > 3 else ''}); give a new folder or a dataset to replace")
        self._file = AtomicDir(out) if self.suffix == "dataset" else AtomicFile(out)
        self.tmp = self._file.tmp
        self.rows = 0
        self.parts = 0
        self._pending: list[tuple[Path, list[dict]]] = []
        self._queued = 0
        self._parquet = None
        self._schema = pa.Schema.from_pandas(empty_figures(), preserve_index=False)
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
            self._append([as_figures(rows)], rows)
            return []
        except pa_errors.SchemaError:  # find the document(s) at fault, keep the others
            errors, good, good_rows = [], [], []
            for path, doc_rows in batch:
                try:
                    good.append(as_figures(doc_rows))
                    good_rows.extend(doc_rows)
                except pa_errors.SchemaError as exc:
                    errors.append({"path": str(path), "doc_id": path.stem,
                                   "error": f"{path}: figures failed validation: {str(exc).splitlines()[0]}"})
            self._append(good, good_rows)
            return errors

    def _append(self, frames: list[pd.DataFrame], rows: list[dict]) -> None:
        """Append validated frames (and their plain rows); CSV goes through the csv module from the
        plain rows, several times faster than pandas' writer on Arrow-backed strings."""
        frames = [f for f in frames if not f.empty]
        if not frames:
            return
        if self.suffix == ".csv":
            with open(self.tmp, "a", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerows([["" if row[c] is None else row[c] for c in FIGURE_COLUMNS] for row in rows])
        else:
            tables = [pa.Table.from_pandas(f, schema=self._schema, preserve_index=False) for f in frames]
            if self.suffix == "dataset":
                pq.write_table(pa.concat_tables(tables), self.tmp / f"part-{self.parts:05d}.parquet")
                self.parts += 1
            else:
                if self._parquet is None:
                    self._parquet = pq.ParquetWriter(self.tmp, self._schema)
                for table in tables:
                    self._parquet.write_table(table)
        self.rows += sum(len(f) for f in frames)

    def close(self) -> list[dict]:
        """Write what is queued and move the output into place; returns the last validation errors."""
        errors, output = self.finish()
        output.commit()
        return errors

    def finish(self) -> tuple[list[dict], AtomicFile | AtomicDir]:
        """Write what is queued, leaving the output in its temporary file or folder for the caller to commit
        (with the tables beside it: tableio.AtomicSet); returns the last validation errors and that output."""
        errors = self._flush()
        if self.suffix == ".parquet":
            if self._parquet is None:
                empty_figures().to_parquet(self.tmp, index=False)
            else:
                self._parquet.close()
        elif self.suffix == "dataset" and not self.parts:  # an empty dataset still has the schema
            pq.write_table(self._schema.empty_table(), self.tmp / "part-00000.parquet")
        return errors, self._file

    def abort(self) -> None:
        """Drop everything written so far; an existing output stays as it was."""
        if self._parquet is not None:
            self._parquet.close()
        self._file.discard()


class DocumentsWriter:
    """The documents table, a row per article appended to a temporary CSV as it comes (memory stays flat),
    in the bytes pandas' to_csv gives the whole table: a year column with gaps is written as floats."""

    def __init__(self, out: Path) -> None:
        self._file = AtomicFile(out)
        self._handle = open(self._file.tmp, "w", newline="", encoding="utf-8")
        self._csv = csv.writer(self._handle, lineterminator="\n")
        self._csv.writerow(DOCUMENT_COLUMNS)

    def write(self, document: dict) -> None:
        """Append one article's row."""
        self._csv.writerow(["" if document[c] is None else document[c] for c in DOCUMENT_COLUMNS])

    def close(self, failed: set[str]) -> int:
        """Drop the rows of `failed` documents, move the table into place; the number of rows kept."""
        kept, output = self.finish(failed)
        output.commit()
        return kept

    def finish(self, failed: set[str]) -> tuple[int, AtomicFile]:
        """Drop the rows of `failed` documents, leaving the table in its temporary file for the caller to
        commit; the number of rows kept and that file."""
        self._handle.close()
        year = DOCUMENT_COLUMNS.index("year")
        kept = undated = removed = 0
        with open(self._file.tmp, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            next(reader)  # the header
            for row in reader:
                if row[0] in failed:
                    removed += 1
                else:
                    kept, undated = kept + 1, undated + (row[year] == "")
        if removed or 0 < undated < kept:
            self._rewrite(failed, as_float=0 < undated < kept)
        return kept, self._file

    def _rewrite(self, failed: set[str], as_float: bool) -> None:
        """Copy the table without the failed rows, years as floats ("2017.0") when some are missing."""
        year = DOCUMENT_COLUMNS.index("year")
        final = AtomicFile(self._file.path)
        with open(self._file.tmp, newline="", encoding="utf-8") as src, \
                open(final.tmp, "w", newline="", encoding="utf-8") as dst:
            reader, writer = csv.reader(src), csv.writer(dst, lineterminator="\n")
            writer.writerow(next(reader))
            for row in reader:
                if row[0] in failed:
                    continue
                if as_float and row[year]:
                    row[year] = f"{float(row[year])!r}"
                writer.writerow(row)
        self._file.discard()
        self._file = final

    def abort(self) -> None:
        """Drop the table written so far."""
        self._handle.close()
        self._file.discard()
