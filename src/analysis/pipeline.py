"""The pipeline: articles -> figures table -> ratio tables -> notebook batch -> index page.

Each step writes its tables (atomically) and returns a result object; nothing here prints or exits
(cli.py does). Errors that stop a step are raised: ExtractError (a folder, manifest or output that
cannot be used), ValueError (a figures table that breaks the contract), ParameterError (a notebook
parameter that the notebook does not declare).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .figures.corpus import DocumentsWriter, ExtractError, StreamWriter, iter_extract, remove_stale_temps, side_paths
from .ratios.audit import audit
from .ratios.build import compute_ratios
from .ratios.stats import comparisons
from .review.apply import Applied, apply_corrections
from .review.corrections import CorrectionsError, beside, parse_corrections, read_corrections, to_csv_text
from .review.evidence import article_texts
from .review.words import correction_notes
from .schema import ERROR_COLUMNS, RATIO_INPUT_COLUMNS
from .tableio import is_dataset, read_figures, read_result_table, write_table, write_text

log = logging.getLogger(__name__)


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
    docs_path, errors_path = side_paths(Path(out))
    for path in (Path(out), docs_path, errors_path):  # what killed runs left
        for stale in remove_stale_temps(path):
            log.info("removed %s, left by an interrupted run", stale)
    writer = StreamWriter(Path(out))
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
    extraction: Extraction | None
    ratios_error: str
    notes: list[str]
    extraction_error: str = ""
    reused: list[str] = field(default_factory=list)  # steps and reports kept from the previous batch

    @property
    def failed(self) -> list:
        return [r for r in self.runs if not r.ok]

    @property
    def ok(self) -> bool:
        return (not self.failed and not self.extraction_error and not self.ratios_error
                and not (self.extraction and self.extraction.errors))


@dataclass
class _Batch:
    """One report batch in progress: where it writes, what the last one recorded, what it reused or failed."""

    stage: Path  # the staging folder, published as out_dir at the end
    out_dir: Path  # the previous batch's output (reused files come from there)
    previous: dict
    code: str
    manifest: dict = field(default_factory=dict)
    reused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed_steps: list[tuple[str, str]] = field(default_factory=list)  # (step: extraction, ratios; error)
    template: object = None  # reports.kernels.KernelTemplate, started when something will run

    def kept(self, step: str, key: str) -> bool:
        """Carry step's files over from the previous batch when its key and files are unchanged."""
        from .reports import incremental as inc

        old = self.previous.get(step) or {}
        if old.get("key") != key or not inc.unchanged(self.out_dir, old.get("files") or {}):
            return False
        inc.carry_over(self.out_dir, self.stage, old["files"])
        self.reused.append(step)
        return True

    def record(self, step: str, key: str, files: list[str], **extra: object) -> None:
        """Note step's key and output files' hashes in the manifest."""
        from .reports import incremental as inc

        self.manifest[step] = {"key": key, "files": inc.files_hash([self.stage / f for f in files], self.stage),
                               **extra}

    def start_template(self) -> None:
        """Start the kernel template now (its imports overlap with what the batch does meanwhile)."""
        from .reports.kernels import KernelTemplate

        self.template = self.template or KernelTemplate()


_EXTRACTED = ["data/figures.csv", "data/figures_documents.csv", "data/figures_errors.csv", "data/figures_extracted.csv",
              "data/figures_corrections.csv", "data/figures_corrections_used.csv"]
_RATIO_TABLES = ["data/ratios.csv", "data/consistency.csv", "data/comparisons.csv"]


def _extraction_step(b: _Batch, raw_dir: Path, progress: bool, jobs: int = 1,
                     corrections: Path | None = None) -> Extraction | None:
    """The figures tables in the staging folder, reused or extracted and corrected; None (and a failed step)
    on error."""
    from .reports import batch, incremental as inc

    data = b.stage / "data"
    # the corrections' content (no file reads as an empty one), so a header-only file and none share results
    applied = Path(corrections).read_text(encoding="utf-8") if corrections else to_csv_text([])
    key = inc.digest("extract", inc.files_hash(batch.raw_files(raw_dir)), applied, b.code)
    if b.kept("extraction", key):
        old = b.previous["extraction"]
        errors = pd.read_csv(data / "figures_errors.csv", dtype=str, keep_default_na=False)
        extraction = Extraction(data / "figures.csv", data / "figures_documents.csv", data / "figures_errors.csv",
                                old.get("n_figures", 0), old.get("n_documents", 0), errors.to_dict("records"))
    else:
        b.start_template()
        try:
            extraction = extract(raw_dir, data / "figures.csv", progress=progress, jobs=jobs)
        except Exception as exc:  # noqa: BLE001 - recorded and shown in the index; nothing stale is used
            b.failed_steps.append(("extraction", f"{type(exc).__name__}: {exc}"))
            return None
    try:  # applied again on a reused table too: it starts from the extractor's own table, so the same bytes
        b.notes.extend(correction_notes(correct(extraction.figures_path, corrections).applied))
    except Exception as exc:  # noqa: BLE001 - recorded and shown in the index; nothing stale is used
        b.failed_steps.append(("extraction", f"{type(exc).__name__}: {exc}"))
        return None
    b.record("extraction", key, _EXTRACTED, n_figures=extraction.n_figures, n_documents=extraction.n_documents)
    if extraction.errors:
        b.notes.append("Trích xuất: có bài viết không đọc được (xem figures_errors.csv và báo cáo 01).")
    return extraction


def _ratios_step(b: _Batch, extraction: Extraction, merged_2025: bool = False) -> str:
    """The ratio tables in the staging folder, reused or computed (with the post-merger provinces' rows when
    merged_2025: notebooks read the batch's tables and compute nothing); the error ('' when none)."""
    from .reports import incremental as inc

    key = inc.digest("ratios", inc.sha256_file(extraction.figures_path), b.code, *(["merged_2025"] * merged_2025))
    if not b.kept("ratios", key):
        try:
            ratio_tables(extraction.figures_path, b.stage / "data", merged_2025=merged_2025)
        except Exception as exc:  # noqa: BLE001 - recorded; the reports that need the tables are not run
            error = f"{type(exc).__name__}: {exc}"
            b.failed_steps.append(("ratios", error))
            return error
    b.record("ratios", key, _RATIO_TABLES)
    return ""


def _runs_step(b: _Batch, extraction: Extraction | None, with_code: bool, jobs: int, timeouts, progress: bool,
               parameters: dict | None = None) -> list:
    """Every planned report: not run (a table it reads is missing), reused, or executed; in plan order."""
    from .reports import batch

    provinces = (sorted(pd.read_csv(extraction.figures_path, dtype=str)["province"].dropna().unique())
                 if extraction is not None else [])
    given = {"extra": parameters} if parameters else {}  # the plain call when none (tests wrap plan_runs)
    runs = batch.plan_runs("data/figures.csv", "data", provinces, **given)
    results, todo = {}, []
    for run in runs:
        content = batch.run_hash(run, b.stage, b.code, with_code)
        missing = batch.missing_reads(run, b.stage)
        kept = None if missing else batch.reuse(run, content, b.previous, b.out_dir, b.stage)
        if missing:
            results[run.key] = batch.skipped(run, b.stage, missing)
        elif kept is not None:
            results[run.key] = kept
            b.reused.append(run.key)
        else:
            todo.append((run, content))
    for run, _ in todo:
        batch.check_parameters(run)  # ParameterError before anything runs
    if todo:
        b.start_template()
        seconds = {k: (r.get("result") or {}).get("seconds", 0.0) for k, r in (b.previous.get("runs") or {}).items()}
        done = batch.run_all([r for r, _ in todo], b.stage, with_code, progress, jobs, timeouts, b.template, seconds)
        for (run, content), result in zip(todo, done):
            result.content_hash = content
            results[run.key] = result
    return [results[r.key] for r in runs]


def report(raw_dir: Path, out_dir: Path, jobs: int | None = None, with_code: bool = False,
           progress: bool = True, force: bool = False, timeouts=None, corrections: Path | None = None,
           parameters: dict | None = None) -> Report:
    """Extraction and ratio tables into out_dir/data, then every notebook on them (one 03 per province),
    exported to HTML, and out_dir/index.html; all written into a staging folder and published in one step.

    A step whose inputs, code and options are unchanged since the last batch is reused (unless force); a step
    that fails stops what depends on it and the index says so. The kernel template starts before the
    extraction, so its imports overlap with it. Raises ExtractError for a folder that is not one,
    ParameterError for a bad notebook run (nothing is published then), CorrectionsError for a bad corrections
    file (checked before anything runs; None: no corrections); parameters (provinces, year_min, year_max,
    merged_2025) go to the notebooks that declare them; KeyboardInterrupt leaves out_dir as it was and
    stops every kernel.
    """
    from .reports import batch, incremental as inc
    from .reports.runs import Timeouts
    from .reports.staging import Staging

    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir} is not a folder of articles")
    if corrections:
        read_corrections(corrections)  # a bad corrections file stops the batch before anything runs
    started = time.perf_counter()
    jobs = batch.jobs_for(jobs)
    with Staging(out_dir) as stage:
        b = _Batch(stage.path, out_dir, {} if force else inc.read_manifest(out_dir), inc.code_hash())
        b.manifest.update(version=1, code=b.code)
        try:
            extraction = _extraction_step(b, raw_dir, progress, jobs, corrections)
            merged = bool((parameters or {}).get("merged_2025"))
            ratios_error = _ratios_step(b, extraction, merged) if extraction is not None else ""
            results = _runs_step(b, extraction, with_code, jobs, timeouts or Timeouts(), progress, parameters)
        finally:
            if b.template is not None:
                b.template.close()
        b.manifest["runs"] = {r.key: batch.manifest_entry(r, stage.path) for r in results if r.content_hash}
        inc.write_manifest(stage.path, b.manifest)
        unread = [f"bài {Path(e['path']).name} không đọc được" for e in (extraction.errors if extraction else [])]
        batch.write_index(stage.path, results, batch.inputs(raw_dir, stage.path / "data"), b.notes, b.failed_steps,
                          unread)
        stage.publish()
    extraction_error = next((e for step, e in b.failed_steps if step == "extraction"), "")
    return Report(out_dir / "index.html", results, jobs, time.perf_counter() - started, extraction, ratios_error,
                  b.notes, extraction_error, b.reused)


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
