"""The pipeline: articles -> figures table -> ratio tables -> notebook batch -> index page.

Each step writes its tables (atomically) and returns a result object; nothing here prints or exits
(cli.py does). Errors that stop a step are raised: ExtractError (a folder, manifest or output that
cannot be used), ValueError (a figures table that breaks the contract), ParameterError (a notebook
parameter that the notebook does not declare).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .figures.corpus import DocumentsWriter, ExtractError, StreamWriter, iter_extract, side_paths
from .ratios.audit import audit
from .ratios.build import compute_ratios
from .ratios.stats import comparisons
from .review.apply import Applied, apply_corrections
from .review.corrections import CorrectionsError, beside, parse_corrections, read_corrections, to_csv_text
from .review.evidence import article_texts
from .review.words import correction_notes
from .schema import ERROR_COLUMNS, RATIO_INPUT_COLUMNS
from .tableio import is_dataset, read_figures, read_result_table, write_table, write_text


@dataclass
class Extraction:
    """What `extract` wrote: the figures table and the documents and errors tables beside it."""

    figures_path: Path
    documents_path: Path
    errors_path: Path
    n_figures: int
    n_documents: int
    errors: list[dict] = field(default_factory=list)


def extract(raw_dir: Path, out: Path, manifest: Path | None = None, progress: bool = False, *, jobs: int = 1,
            engine: str = "processes", scheduler: str | None = None, max_bytes: int | None = None,
            follow_symlinks: bool = False) -> Extraction:
    """Stream the folder's articles into `out` (.csv, .parquet, or a folder: a partitioned Parquet
    dataset), `<stem>_documents.csv` and `<stem>_errors.csv`.

    A file that cannot be read becomes an error row, the others are still extracted. jobs > 1 runs
    batches of files on worker processes (or Dask, engine="dask"); the tables are the same byte for byte.
    Raises ExtractError (and leaves an existing `out` untouched) when the folder, the manifest or the
    output format is unusable; an interrupt leaves no temporary file and `out` as it was.
    """
    writer = StreamWriter(Path(out))
    docs_path, errors_path = side_paths(Path(out))
    try:
        documents = DocumentsWriter(docs_path)
    except BaseException:
        writer.abort()
        raise
    errors: list[dict] = []
    try:
        for result in iter_extract(Path(raw_dir), Path(manifest) if manifest else None, progress, jobs=jobs,
                                   engine=engine, scheduler=scheduler, max_bytes=max_bytes,
                                   follow_symlinks=follow_symlinks):
            if result.error:
                errors.append({"path": str(result.path), "doc_id": result.path.stem, "error": result.error})
            else:
                errors.extend(writer.write(result.path, result.rows))
                documents.write(result.document)
        errors.extend(writer.close())
    except BaseException:
        writer.abort()
        documents.abort()
        raise
    n_documents = documents.close({e["doc_id"] for e in errors})
    write_table(pd.DataFrame(errors, columns=list(ERROR_COLUMNS)), errors_path)
    return Extraction(Path(out), docs_path, errors_path, writer.rows, n_documents, errors)


@dataclass
class RatioTables:
    """ratios.csv, consistency.csv and comparisons.csv, as written."""

    out_dir: Path
    ratios: pd.DataFrame
    consistency: pd.DataFrame
    comparisons: pd.DataFrame


def ratio_tables(figures_path: Path, out_dir: Path, merged_2025: bool = False) -> RatioTables:
    """figures table -> out_dir/ratios.csv, consistency.csv, comparisons.csv (ValueError: unusable table)."""
    figures = read_figures(Path(figures_path), columns=list(RATIO_INPUT_COLUMNS))
    ratios = compute_ratios(figures, merged_2025=merged_2025)
    checks = audit(figures)
    comps = comparisons(ratios)
    out_dir = Path(out_dir)
    write_table(ratios, out_dir / "ratios.csv")
    write_table(checks, out_dir / "consistency.csv")
    write_table(comps, out_dir / "comparisons.csv")
    return RatioTables(out_dir, ratios, checks, comps)


@dataclass
class Report:
    """What `report` produced: the index page, every notebook run, the workers used and what went wrong."""

    index: Path
    runs: list
    jobs: int
    seconds: float
    extraction: Extraction
    ratios_error: str
    notes: list[str]

    @property
    def failed(self) -> list:
        return [r for r in self.runs if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.extraction.errors and not self.ratios_error


def report(raw_dir: Path, out_dir: Path, jobs: int | None = None, with_code: bool = False,
           progress: bool = True, corrections: Path | None = None) -> Report:
    """Extraction and ratio tables into out_dir/data, then every notebook on them (one 03 per province),
    exported to HTML, and out_dir/index.html. The worker pool starts first, so its imports overlap with
    the extraction. Raises ExtractError for a folder that is not one, ParameterError for a bad notebook run,
    CorrectionsError for a bad corrections file (checked before anything runs; None: no corrections).
    """
    # The batch pulls in papermill, nbconvert and jupyter (seconds of imports): only `report` needs them.
    from .reports import batch

    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir} is not a folder of articles")
    if corrections:
        read_corrections(corrections)  # a bad corrections file stops the batch before anything runs
    started = time.perf_counter()
    data_dir = out_dir / "data"
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = batch.jobs_for(jobs)
    notes: list[str] = []
    with batch.worker_pool(jobs, out_dir) as pool:
        extraction = extract(raw_dir, data_dir / "figures.csv", progress=progress, jobs=jobs)
        if extraction.errors:
            notes.append("Trích xuất: có bài viết không đọc được (xem figures_errors.csv và báo cáo 01).")
        notes.extend(correction_notes(correct(extraction.figures_path, corrections).applied))
        ratios_error = ""
        try:
            ratio_tables(extraction.figures_path, data_dir)
        except ValueError as exc:
            ratios_error = str(exc)
            notes.append("Tính tỷ lệ thất bại (xem báo cáo 02).")
        provinces = sorted(pd.read_csv(extraction.figures_path, dtype=str)["province"].dropna().unique())
        runs = batch.plan_runs(extraction.figures_path, data_dir, provinces)
        results = batch.run_all(pool, runs, out_dir, with_code, progress)
    index = batch.write_index(out_dir, results, batch.inputs(raw_dir, data_dir), notes)
    return Report(index, results, jobs, time.perf_counter() - started, extraction, ratios_error, notes)


@dataclass
class Correction:
    """What `correct` wrote: the corrected figures table, the extractor's table beside it, the outcome of each
    correction line (`<stem>_corrections.csv`), a copy of the corrections file applied, and what happened."""

    figures_path: Path
    extracted_path: Path
    outcomes_path: Path
    corrections_path: Path | None
    applied: Applied


def correct(figures_path: Path, corrections_path: Path | None) -> Correction:
    """Apply a corrections file to the figures table at figures_path (in place, with `source` per row).

    The extractor's table is kept as `<stem>_extracted`: a table that has `source` already was corrected
    before, and the corrections are applied again to that kept table, so running this twice gives the same
    result. No corrections file (None) gives every row source = extracted. Raises CorrectionsError for a bad
    corrections file, ValueError for an unusable figures table; nothing is written then.
    """
    figures_path = Path(figures_path)
    extracted_path, outcomes_path, used_path = beside(figures_path)
    text = Path(corrections_path).read_text(encoding="utf-8") if corrections_path else to_csv_text([])
    lines = parse_corrections(text, str(corrections_path))
    if is_dataset(figures_path):
        if len(lines):
            raise CorrectionsError(f"{corrections_path}: corrections apply to a .csv or .parquet figures table, not "
                                   f"to the dataset folder {figures_path}; extract with --out FILE, or --no-corrections")
        return Correction(figures_path, figures_path, outcomes_path, None, apply_corrections(
            read_figures(figures_path).iloc[0:0], lines, pd.DataFrame(columns=["doc_id"]), {}))
    figures = read_figures(figures_path)
    if "source" in figures:
        figures = read_figures(extracted_path)
    else:
        write_table(figures, extracted_path)
    documents_path = side_paths(figures_path)[0]
    documents = read_result_table(documents_path) if documents_path.exists() else pd.DataFrame(columns=["doc_id"])
    adds = set(lines.loc[lines["action"] == "add", "doc_id"])
    texts = article_texts(documents[documents["doc_id"].isin(adds)]) if adds and "path" in documents else {}
    applied = apply_corrections(figures, lines, documents, texts)
    write_text(text, used_path)
    write_table(applied.outcomes, outcomes_path)
    write_table(applied.figures, figures_path)
    return Correction(figures_path, extracted_path, outcomes_path, corrections_path, applied)
