"""The pipeline: articles -> figures table -> ratio tables -> notebook batch -> index page.

Each step writes its tables (atomically) and returns a result object; nothing here prints or exits
(cli.py does). Errors that stop a step are raised: ExtractError (a folder, manifest or output that
cannot be used), ValueError (a figures table that breaks the contract), ParameterError (a notebook
parameter that the notebook does not declare).
"""
from __future__ import annotations

import csv
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .figures.files import ExtractError
from .tableio import AtomicSet, beside, check_outputs, is_dataset, side_paths

if TYPE_CHECKING:  # the steps import what they use when they run: a batch that reuses everything imports little
    import pandas as pd

    from .review.apply import Applied

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """What `extract` wrote: the figures table and the documents and errors tables beside it, and what the
    corrections did (None when they were not applied)."""

    figures_path: Path
    documents_path: Path
    errors_path: Path
    n_figures: int
    n_documents: int
    errors: list[dict] = field(default_factory=list)
    correction: Correction | None = None


def extract(raw_dir: Path, out: Path, manifest: Path | None = None, progress: bool = False, *, jobs: int = 1,
            engine: str = "processes", scheduler: str | None = None, max_bytes: int | None = None,
            follow_symlinks: bool = False, correct: bool = False, corrections: Path | None = None) -> Extraction:
    """Stream the folder's articles into `out` (.csv, .parquet, or a folder: a partitioned Parquet
    dataset), `<stem>_documents.csv` and `<stem>_errors.csv`; with correct, the corrections file (None: no
    lines, every row source = extracted) applied before `out` is written, the extractor's table kept beside it.

    A file that cannot be read becomes an error row, the others are still extracted. jobs > 1 runs
    batches of files on worker processes (or Dask, engine="dask"); the tables are the same byte for byte.
    Every table is written to a temporary file first and all are moved into place together, once.
    Raises OutputError before extracting when an output cannot be written, ExtractError (and leaves an
    existing `out` untouched) when the folder, the manifest or the output format is unusable; an interrupt
    leaves no temporary file and every output as it was.
    """
    import pandas as pd

    from .figures.corpus import DocumentsWriter, StreamWriter, iter_extract, remove_stale_temps
    from .review.apply import apply_corrections
    from .schema import ERROR_COLUMNS
    from .tableio import read_figures, read_result_table

    out = Path(out)
    docs_path, errors_path = side_paths(out)
    lines = _correction_lines(out, corrections) if correct else None
    dataset = is_dataset(out)
    fixing = lines is not None and not dataset
    check_outputs(([] if dataset else [out]) + [docs_path, errors_path, *(beside(out) if fixing else ())],
                  [out] if dataset else [])
    for path in (out, docs_path, errors_path):  # what killed runs left
        for stale in remove_stale_temps(path):
            log.info("removed %s, left by an interrupted run", stale)
    writer = StreamWriter(out)
    outputs = AtomicSet()
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
        more, table = writer.finish()
        errors.extend(more)
        outputs.add(table)
    except BaseException:
        writer.abort()
        documents.abort()
        raise
    try:
        n_documents, docs_file = documents.finish({e["doc_id"] for e in errors})
        outputs.add(docs_file)
        outputs.table(pd.DataFrame(errors, columns=list(ERROR_COLUMNS)), errors_path)
        fixed = None
        if fixing:
            figures = read_figures(table.tmp)
            table.path = beside(out)[0]  # the extractor's own table, as streamed, is kept beside the corrected one
            fixed = _stage_correction(outputs, out, figures, corrections, lines, read_result_table(docs_file.tmp))
        elif lines is not None:
            fixed = Correction(out, out, beside(out)[1], None, apply_corrections(
                read_figures(table.tmp).iloc[0:0], lines, pd.DataFrame(columns=["doc_id"]), {}))
        outputs.commit()
    except BaseException:
        documents.abort()  # its temporary file, when finish itself failed
        outputs.discard()
        raise
    return Extraction(out, docs_path, errors_path, writer.rows, n_documents, errors, fixed)


def _correction_lines(figures_path: Path, corrections_path: Path | None) -> pd.DataFrame:
    """The corrections file's lines (None: none); CorrectionsError for a bad file, or for lines given for a
    dataset folder (corrections apply to one table file)."""
    from .review.corrections import CorrectionsError, parse_corrections, to_csv_text

    text = Path(corrections_path).read_text(encoding="utf-8") if corrections_path else to_csv_text([])
    lines = parse_corrections(text, str(corrections_path))
    if is_dataset(figures_path) and len(lines):
        raise CorrectionsError(f"{corrections_path}: corrections apply to a .csv or .parquet figures table, not "
                               f"to the dataset folder {figures_path}; extract with --out FILE, or --no-corrections")
    return lines


def _stage_correction(outputs: AtomicSet, figures_path: Path, figures: pd.DataFrame, corrections_path: Path | None,
                      lines: pd.DataFrame, documents: pd.DataFrame) -> Correction:
    """The corrections applied to the extractor's figures, the corrected table, each line's outcome and a copy of
    the file applied staged in outputs (written when it commits)."""
    from .review.apply import apply_corrections
    from .review.corrections import to_csv_text
    from .review.evidence import article_texts

    extracted_path, outcomes_path, used_path = beside(figures_path)
    adds = set(lines.loc[lines["action"] == "add", "doc_id"])
    texts = article_texts(documents[documents["doc_id"].isin(adds)]) if adds and "path" in documents else {}
    applied = apply_corrections(figures, lines, documents, texts)
    outputs.text(Path(corrections_path).read_text(encoding="utf-8") if corrections_path else to_csv_text([]),
                 used_path)
    outputs.table(applied.outcomes, outcomes_path)
    outputs.table(applied.figures, figures_path)
    return Correction(figures_path, extracted_path, outcomes_path, corrections_path, applied)


@dataclass
class RatioTables:
    """ratios.csv, consistency.csv and comparisons.csv, as written."""

    out_dir: Path
    ratios: pd.DataFrame
    consistency: pd.DataFrame
    comparisons: pd.DataFrame


def ratio_tables(figures_path: Path, out_dir: Path, merged_2025: bool = False) -> RatioTables:
    """figures table -> out_dir/ratios.csv, consistency.csv, comparisons.csv (ValueError: unusable table)."""
    from .ratios.audit import audit
    from .ratios.build import compute_ratios
    from .ratios.stats import comparisons
    from .schema import RATIO_INPUT_COLUMNS
    from .tableio import read_figures

    figures = read_figures(Path(figures_path), columns=list(RATIO_INPUT_COLUMNS))
    ratios = compute_ratios(figures, merged_2025=merged_2025)
    checks = audit(figures)
    comps = comparisons(ratios)
    out_dir = Path(out_dir)
    check_outputs([out_dir / n for n in ("ratios.csv", "consistency.csv", "comparisons.csv")], [out_dir])
    with AtomicSet() as outputs:  # the three tables as one unit: all replaced, or none
        outputs.table(ratios, out_dir / "ratios.csv")
        outputs.table(checks, out_dir / "consistency.csv")
        outputs.table(comps, out_dir / "comparisons.csv")
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


# what an absent corrections file reads as (review.corrections.to_csv_text([]): the header line), so a
# header-only file and none share results; spelled out so the key needs no pandas (a test checks they agree)
_NO_CORRECTIONS = ("action,doc_id,sha256,start,end,metric,value,new_metric,new_value,new_year,new_period,new_status,"
                   "new_qualifier,new_scope,new_province,new_denominator,evidence,note\n")


def _rows(path: Path) -> list[dict[str, str]]:
    """A CSV table the pipeline wrote as a list of rows (text values, as written)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _provinces(figures_path: Path) -> list[str]:
    """The provinces a figures table names, sorted (one 03 report each)."""
    return sorted({row["province"] for row in _rows(figures_path) if row.get("province")})


def _extraction_step(b: _Batch, raw_dir: Path, progress: bool, jobs: int = 1,
                     corrections: Path | None = None) -> Extraction | None:
    """The figures tables in the staging folder, reused or extracted and corrected; None (and a failed step)
    on error."""
    from .reports import batch, incremental as inc

    data = b.stage / "data"
    # the corrections' content (no file reads as an empty one), so a header-only file and none share results
    applied = Path(corrections).read_text(encoding="utf-8") if corrections else _NO_CORRECTIONS
    key = inc.digest("extract", inc.files_hash(batch.raw_files(raw_dir)), applied, b.code)
    if b.kept("extraction", key):  # same articles, corrections and code: the tables and notes as recorded
        old = b.previous["extraction"]
        extraction = Extraction(data / "figures.csv", data / "figures_documents.csv", data / "figures_errors.csv",
                                old.get("n_figures", 0), old.get("n_documents", 0), _rows(data / "figures_errors.csv"))
        notes = list(old.get("notes") or [])
    else:
        if corrections:  # a bad file stops the batch (CorrectionsError): a reused step's file was checked before
            from .review.corrections import read_corrections

            read_corrections(corrections)
        b.start_template()
        try:  # the corrections are applied before the figures table is written: it is written once
            extraction = extract(raw_dir, data / "figures.csv", progress=progress, jobs=jobs, correct=True,
                                 corrections=corrections)
        except Exception as exc:  # noqa: BLE001 - recorded and shown in the index; nothing stale is used
            b.failed_steps.append(("extraction", f"{type(exc).__name__}: {exc}"))
            return None
        from .review.words import correction_notes

        notes = correction_notes(extraction.correction.applied)
    b.notes.extend(notes)
    b.record("extraction", key, _EXTRACTED, n_figures=extraction.n_figures, n_documents=extraction.n_documents,
             notes=notes)
    if extraction.errors:
        b.notes.append("Trích xuất: có bài viết không đọc được (xem figures_errors.csv và báo cáo 01).")
    return extraction


def given_tables(figures: Path) -> dict[str, Path | None]:
    """The tables a batch takes from a figures table given to it: {name in the batch's data folder: the file
    beside the given table it is copied from, or None (an empty table is written instead)}."""
    figures = Path(figures)
    stem = figures.with_suffix(".csv") if figures.suffix else figures.with_name(f"{figures.name}.csv")
    documents, errors = side_paths(stem)
    extracted, outcomes, used = beside(figures)
    found = {"figures_documents.csv": documents, "figures_errors.csv": errors, "figures_extracted" + figures.suffix:
             extracted, "figures_corrections.csv": outcomes, "figures_corrections_used.csv": used}
    return {name: (path if path.is_file() else None) for name, path in found.items()
            if name.endswith(".csv") or path.is_file()}


def figures_files(figures: Path) -> list[Path]:
    """The files holding a figures table: the file itself, or a dataset folder's Parquet parts."""
    figures = Path(figures)
    return sorted(figures.glob("*.parquet")) if figures.is_dir() else [figures]


def use_figures(figures: Path, data: Path) -> Extraction:
    """A figures table written before (.csv, .parquet or a dataset folder) and the tables beside it copied into
    the batch's data folder as figures.csv and its side tables (empty ones where none are beside it); nothing
    is extracted or corrected. ValueError when the table breaks the contract."""
    import pandas as pd

    from .review.apply import OUTCOME_COLUMNS
    from .review.corrections import to_csv_text
    from .schema import DOCUMENT_COLUMNS, ERROR_COLUMNS
    from .tableio import read_figures, read_result_table

    figures = Path(figures)
    table = read_figures(figures)  # validated once; a CSV is then copied byte for byte
    empty = {"figures_documents.csv": pd.DataFrame(columns=list(DOCUMENT_COLUMNS)),
             "figures_errors.csv": pd.DataFrame(columns=list(ERROR_COLUMNS)),
             "figures_corrections.csv": pd.DataFrame(columns=list(OUTCOME_COLUMNS))}
    with AtomicSet() as outputs:
        if figures.is_file() and figures.suffix.lower() == ".csv":
            shutil.copyfile(figures, outputs.file(data / "figures.csv"))
        else:
            outputs.table(table, data / "figures.csv")
        for name, source in given_tables(figures).items():
            if source is not None:
                shutil.copyfile(source, outputs.file(data / name))
            elif name in empty:
                outputs.table(empty[name], data / name)
            elif name == "figures_corrections_used.csv":
                outputs.text(to_csv_text([]), data / name)
    errors = read_result_table(data / "figures_errors.csv")
    documents = read_result_table(data / "figures_documents.csv")
    return Extraction(data / "figures.csv", data / "figures_documents.csv", data / "figures_errors.csv", len(table),
                      len(documents), errors.astype(str).to_dict("records"))


def _shown(path: Path) -> str:
    """A path as the index shows it: relative to the project when inside it."""
    from .config import ROOT

    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _given_step(b: _Batch, figures: Path) -> Extraction | None:
    """The batch's figures tables taken from a table written before (reused when its content and the tables
    beside it are unchanged); None (and a failed step) when the table cannot be used."""
    from .reports import incremental as inc

    data = b.stage / "data"
    sides = given_tables(figures)
    key = inc.digest("figures", inc.files_hash(figures_files(figures)),
                     {name: inc.sha256_file(path) if path else None for name, path in sides.items()}, b.code)
    if b.kept("extraction", key):
        old = b.previous["extraction"]
        extraction = Extraction(data / "figures.csv", data / "figures_documents.csv", data / "figures_errors.csv",
                                old.get("n_figures", 0), old.get("n_documents", 0), _rows(data / "figures_errors.csv"))
    else:
        try:
            extraction = use_figures(figures, data)
        except Exception as exc:  # noqa: BLE001 - recorded and shown in the index; nothing stale is used
            b.failed_steps.append(("extraction", f"{type(exc).__name__}: {exc}"))
            return None
    b.record("extraction", key, ["data/figures.csv", *(f"data/{name}" for name in sides)],
             n_figures=extraction.n_figures, n_documents=extraction.n_documents)
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

    provinces = _provinces(extraction.figures_path) if extraction is not None else []
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
           parameters: dict | None = None, figures: Path | None = None) -> Report:
    """Extraction and ratio tables into out_dir/data, then every notebook on them (one 03 per province),
    exported to HTML, and out_dir/index.html; all written into a staging folder and published in one step.

    A step whose inputs, code and options are unchanged since the last batch is reused (unless force); a step
    that fails stops what depends on it and the index says so. The kernel template starts before the
    extraction, so its imports overlap with it. Raises ExtractError for a folder that is not one,
    ParameterError for a bad notebook run (nothing is published then), CorrectionsError for a bad corrections
    file (checked before extracting, nothing published; None: no corrections); parameters (provinces,
    year_min, year_max, merged_2025) go to the notebooks that declare them; KeyboardInterrupt leaves out_dir as
    it was and
    stops every kernel. figures: a figures table written before (.csv, .parquet, dataset folder), used as it is
    in place of extracting raw_dir (the tables beside it come along; no corrections are applied).
    """
    from .reports import batch, incremental as inc
    from .reports.runs import Timeouts
    from .reports.staging import Staging

    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    figures = Path(figures).resolve() if figures is not None else None
    if figures is None and not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir} is not a folder of articles")
    if figures is not None and not figures.exists():
        raise ExtractError(f"{figures}: no such figures table")
    started = time.perf_counter()
    jobs = batch.jobs_for(jobs)
    with Staging(out_dir) as stage:
        b = _Batch(stage.path, out_dir, {} if force else inc.read_manifest(out_dir), inc.code_hash())
        b.manifest.update(version=1, code=b.code)
        try:
            if figures is None:
                extraction = _extraction_step(b, raw_dir, progress, jobs, corrections)
                b.notes.insert(0, f"Nguồn số liệu: trích xuất từ các bài viết trong {_shown(raw_dir)}.")
            else:
                extraction = _given_step(b, figures)
                b.notes.insert(0, f"Nguồn số liệu: bảng số liệu có sẵn {_shown(figures)} "
                                  f"(không trích xuất lại từ bài viết, không áp dụng thêm hiệu chỉnh).")
            merged = bool((parameters or {}).get("merged_2025"))
            ratios_error = _ratios_step(b, extraction, merged) if extraction is not None else ""
            results = _runs_step(b, extraction, with_code, jobs, timeouts or Timeouts(), progress, parameters)
        finally:
            if b.template is not None:
                b.template.close()
        b.manifest["runs"] = {r.key: batch.manifest_entry(r, stage.path) for r in results if r.content_hash}
        inc.write_manifest(stage.path, b.manifest)
        unread = [f"bài {Path(e['path']).name} không đọc được" for e in (extraction.errors if extraction else [])]
        sources = figures_files(figures) + [p for p in given_tables(figures).values() if p] if figures else None
        batch.write_index(stage.path, results, batch.inputs(raw_dir, stage.path / "data", sources), b.notes,
                          b.failed_steps, unread)
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
    result. No corrections file (None) gives every row source = extracted. Every table is written as one unit
    (all or none). Raises CorrectionsError for a bad corrections file, ValueError for an unusable figures
    table, OutputError for a table that cannot be written; nothing is written then.
    """
    import pandas as pd

    from .review.apply import apply_corrections
    from .tableio import read_figures, read_result_table

    figures_path = Path(figures_path)
    extracted_path, outcomes_path, used_path = beside(figures_path)
    lines = _correction_lines(figures_path, corrections_path)
    if is_dataset(figures_path):
        return Correction(figures_path, figures_path, outcomes_path, None, apply_corrections(
            read_figures(figures_path).iloc[0:0], lines, pd.DataFrame(columns=["doc_id"]), {}))
    figures = read_figures(figures_path)
    check_outputs([figures_path, extracted_path, outcomes_path, used_path])
    documents_path = side_paths(figures_path)[0]
    documents = read_result_table(documents_path) if documents_path.exists() else pd.DataFrame(columns=["doc_id"])
    with AtomicSet() as outputs:
        if "source" in figures:
            figures = read_figures(extracted_path)
        else:
            outputs.table(figures, extracted_path)
        return _stage_correction(outputs, figures_path, figures, corrections_path, lines, documents)
