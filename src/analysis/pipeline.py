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

from .figures.corpus import ExtractError, StreamWriter, iter_extract, side_paths
from .ratios.audit import audit
from .ratios.build import compute_ratios
from .ratios.stats import comparisons
from .schema import DOCUMENT_COLUMNS, ERROR_COLUMNS
from .tableio import read_figures, write_table


@dataclass
class Extraction:
    """What `extract` wrote: the figures table and the documents and errors tables beside it."""

    figures_path: Path
    documents_path: Path
    errors_path: Path
    n_figures: int
    n_documents: int
    errors: list[dict] = field(default_factory=list)


def extract(raw_dir: Path, out: Path, manifest: Path | None = None, progress: bool = False) -> Extraction:
    """Stream the folder's articles into `out` (.csv/.parquet), `<stem>_documents.csv` and `<stem>_errors.csv`.

    A file that cannot be read becomes an error row, the others are still extracted. Raises ExtractError
    (and leaves an existing `out` untouched) when the folder, the manifest or the output format is unusable.
    """
    writer = StreamWriter(Path(out))
    documents, errors = [], []
    try:
        for result in iter_extract(Path(raw_dir), Path(manifest) if manifest else None, progress):
            if result.error:
                errors.append({"path": str(result.path), "doc_id": result.path.stem, "error": result.error})
            else:
                errors.extend(writer.write(result.path, result.rows))
                documents.append(result.document)
    except BaseException:
        writer.abort()
        raise
    errors.extend(writer.close())
    failed = {e["doc_id"] for e in errors}
    documents = [d for d in documents if d["doc_id"] not in failed]
    docs_path, errors_path = side_paths(Path(out))
    write_table(pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS)), docs_path)
    write_table(pd.DataFrame(errors, columns=list(ERROR_COLUMNS)), errors_path)
    return Extraction(Path(out), docs_path, errors_path, writer.rows, len(documents), errors)


@dataclass
class RatioTables:
    """ratios.csv, consistency.csv and comparisons.csv, as written."""

    out_dir: Path
    ratios: pd.DataFrame
    consistency: pd.DataFrame
    comparisons: pd.DataFrame


def ratio_tables(figures_path: Path, out_dir: Path, merged_2025: bool = False) -> RatioTables:
    """figures table -> out_dir/ratios.csv, consistency.csv, comparisons.csv (ValueError: unusable table)."""
    figures = read_figures(Path(figures_path))
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


def report(raw_dir: Path, out_dir: Path, jobs: int | None = None, with_code: bool = False,
           progress: bool = True, force: bool = False, timeouts=None) -> Report:
    """Extraction and ratio tables into out_dir/data, then every notebook on them (one 03 per province),
    exported to HTML, and out_dir/index.html; all written into a staging folder and published in one step.

    A step whose inputs, code and options are unchanged since the last batch is reused (unless force); a step
    that fails stops what depends on it and the index says so. The kernel template starts first, so its
    imports overlap with the extraction. Raises ExtractError for a folder that is not one, ParameterError for
    a bad notebook run (nothing is published then); KeyboardInterrupt leaves out_dir as it was.
    """
    from .reports import batch, incremental as inc
    from .reports.kernels import KernelTemplate
    from .reports.runs import Timeouts
    from .reports.staging import Staging

    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir} is not a folder of articles")
    started = time.perf_counter()
    jobs = batch.jobs_for(jobs)
    previous = {} if force else inc.read_manifest(out_dir)
    code = inc.code_hash()
    notes: list[str] = []
    failed_steps: list[tuple[str, str]] = []
    reused: list[str] = []
    manifest: dict = {"version": 1, "code": code, "runs": {}}
    template = None
    with Staging(out_dir) as stage:
        try:
            data = stage.path / "data"
            extraction, extraction_error = None, ""
            key = inc.digest("extract", inc.files_hash(batch.raw_files(raw_dir)), code)
            old = previous.get("extraction") or {}
            if old.get("key") == key and inc.unchanged(out_dir, old.get("files") or {}):
                inc.carry_over(out_dir, stage.path, old["files"])
                reused.append("extraction")
                errors = pd.read_csv(data / "figures_errors.csv", dtype=str, keep_default_na=False)
                extraction = Extraction(data / "figures.csv", data / "figures_documents.csv",
                                        data / "figures_errors.csv", old.get("n_figures", 0),
                                        old.get("n_documents", 0), errors.to_dict("records"))
            else:
                template = KernelTemplate()  # its imports overlap with the extraction
                try:
                    extraction = extract(raw_dir, data / "figures.csv", progress=progress)
                except Exception as exc:  # noqa: BLE001 - recorded, shown in the index; nothing stale is used
                    extraction_error = f"{type(exc).__name__}: {exc}"
                    failed_steps.append(("trích xuất số liệu", extraction_error))
            if extraction is not None:
                files = ["data/figures.csv", "data/figures_documents.csv", "data/figures_errors.csv"]
                manifest["extraction"] = {"key": key, "files": inc.files_hash([stage.path / f for f in files],
                                                                              stage.path),
                                          "n_figures": extraction.n_figures, "n_documents": extraction.n_documents}
                if extraction.errors:
                    notes.append("Trích xuất: có bài viết không đọc được (xem figures_errors.csv và báo cáo 01).")
            ratios_error = ""
            if extraction is not None:
                key = inc.digest("ratios", inc.sha256_file(extraction.figures_path), code)
                old = previous.get("ratios") or {}
                files = ["data/ratios.csv", "data/consistency.csv", "data/comparisons.csv"]
                if old.get("key") == key and inc.unchanged(out_dir, old.get("files") or {}):
                    inc.carry_over(out_dir, stage.path, old["files"])
                    reused.append("ratios")
                else:
                    try:
                        ratio_tables(extraction.figures_path, data)
                    except Exception as exc:  # noqa: BLE001 - recorded; the reports that need the tables skip
                        ratios_error = f"{type(exc).__name__}: {exc}"
                        failed_steps.append(("tính tỷ lệ", ratios_error))
                if not ratios_error:
                    manifest["ratios"] = {"key": key, "files": inc.files_hash([stage.path / f for f in files],
                                                                              stage.path)}
            provinces = (sorted(pd.read_csv(extraction.figures_path, dtype=str)["province"].dropna().unique())
                         if extraction is not None else [])
            runs = batch.plan_runs("data/figures.csv", "data", provinces)
            results: dict[str, object] = {}
            todo = []
            for run in runs:
                content = batch.run_hash(run, stage.path, code, with_code)
                missing = batch.missing_reads(run, stage.path)
                kept = None if missing else batch.reuse(run, content, previous, out_dir, stage.path)
                if missing:
                    results[run.key] = batch.skipped(run, stage.path, missing)
                elif kept is not None:
                    results[run.key] = kept
                    reused.append(run.key)
                else:
                    todo.append((run, content))
            if todo:
                for run, _ in todo:
                    batch.check_parameters(run)  # ParameterError before anything runs
                template = template or KernelTemplate()
                seconds = {k: (r.get("result") or {}).get("seconds", 0.0)
                           for k, r in (previous.get("runs") or {}).items()}
                done = batch.run_all([r for r, _ in todo], stage.path, with_code, progress, jobs,
                                     timeouts or Timeouts(), template, seconds)
                for (run, content), result in zip(todo, done):
                    result.content_hash = content
                    results[run.key] = result
        finally:
            if template is not None:
                template.close()
        ordered = [results[r.key] for r in runs]
        manifest["runs"] = {r.key: batch.manifest_entry(r, stage.path) for r in ordered if r.content_hash}
        inc.write_manifest(stage.path, manifest)
        batch.write_index(stage.path, ordered, batch.inputs(raw_dir, data), notes, failed_steps)
        stage.publish()
    return Report(out_dir / "index.html", ordered, jobs, time.perf_counter() - started, extraction, ratios_error,
                  notes, extraction_error, reused)
