"""Reading and writing tables: CSV or Parquet by extension, and the one atomic writer every output goes through."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas and the schema are imported where a table is read: writing files needs neither
    import pandas as pd

SUPPORTED = (".csv", ".parquet")


def current_umask() -> int:
    """The process umask, read without changing it where the system says (Linux /proc), so no other thread
    ever creates a file under a cleared umask; elsewhere set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_mode(path: Path, folder: bool = False) -> None:
    """Give path the mode a new file (0o666) or folder (0o777) gets under the process umask: mkstemp and
    mkdtemp create 0600/0700, which would leave published tables unreadable to the group and others."""
    os.chmod(path, (0o777 if folder else 0o666) & ~current_umask())


class AtomicFile:
    """A temporary file beside `path` that becomes `path` on commit() (os.replace) or vanishes on discard(),
    so a crash never leaves half a file and an existing one is never half-overwritten.

    As a context manager it yields the temporary path and commits when the block ends without error.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=self.path.suffix,
                                   dir=self.path.parent)  # pid: figures/corpus.remove_stale_temps
        os.close(fd)
        self.tmp = Path(tmp)

    def commit(self) -> Path:
        normal_mode(self.tmp)
        os.replace(self.tmp, self.path)
        return self.path

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> Path:
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


class AtomicDir:
    """A temporary folder beside `path` that replaces `path` on commit() or vanishes on discard(): a
    dataset (a folder of parts) is never seen half-written, and an existing one is swapped out whole."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp",
                                         dir=self.path.parent))

    def commit(self) -> Path:
        old = None
        if self.path.exists():
            if not self.path.is_dir():
                raise FileExistsError(f"{self.path}: exists and is not a folder")
            old = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".old", dir=self.path.parent))
            os.replace(self.path, old / self.path.name)
        normal_mode(self.tmp, folder=True)
        os.replace(self.tmp, self.path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.path

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


class OutputError(ValueError):
    """An output that cannot be written (a folder where a table goes, a parent that is a file, no permission);
    raised before anything is replaced."""


def output_problem(path: str | os.PathLike[str], folder: bool = False) -> str:
    """'' when path can be written (as a file, or a folder when folder); else a one-line reason: the path is a
    folder (or a file), a parent is a file, or the nearest existing folder cannot be written."""
    path = Path(path)
    if path.is_dir() and not folder:
        return f"{path} is a folder where a table is to be written; give another name or move the folder"
    if path.exists() and folder and not path.is_dir():
        return f"{path} is a file; give a folder"
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        return f"{path}: {parent} is a file, not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{path}: cannot write in {parent} (permission denied)"
    return ""


def check_outputs(paths: Iterable[str | os.PathLike[str]], folders: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Raise OutputError for the first of the files (and folders) that cannot be written."""
    problems = [output_problem(p) for p in paths] + [output_problem(p, folder=True) for p in folders]
    problem = next((p for p in problems if p), "")
    if problem:
        raise OutputError(problem)


class AtomicSet:
    """Several outputs written as one unit: each to a temporary file beside it, then all renamed into place
    on commit(); when any write fails, discard() drops them all and no output is replaced.

    `with AtomicSet() as outputs:` commits at the end of a block that ends without error, else discards.
    """

    def __init__(self) -> None:
        self.parts: list[AtomicFile | AtomicDir] = []

    def add(self, part: AtomicFile | AtomicDir) -> AtomicFile | AtomicDir:
        """Take part (already written, or about to be) into the set."""
        self.parts.append(part)
        return part

    def file(self, path: str | os.PathLike[str]) -> Path:
        """A temporary file that becomes path on commit."""
        return self.add(AtomicFile(path)).tmp

    def table(self, df: pd.DataFrame, path: str | os.PathLike[str]) -> None:
        """df written (.csv or .parquet) to a temporary file that becomes path on commit (OutputError when the
        write fails: a full disk, a folder that cannot be written)."""
        try:
            _write_frame(df, Path(path), self.file(path))
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc

    def text(self, text: str, path: str | os.PathLike[str]) -> None:
        """UTF-8 text written to a temporary file that becomes path on commit (OutputError when that fails)."""
        try:
            self.file(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc

    def commit(self) -> None:
        """Check every target, then rename every temporary file into place (OutputError: none replaced)."""
        try:
            check_outputs([p.path for p in self.parts if isinstance(p, AtomicFile)],
                          [p.path for p in self.parts if isinstance(p, AtomicDir)])
        except OutputError:
            self.discard()
            raise
        for i, part in enumerate(self.parts):
            try:
                part.commit()
            except BaseException as exc:
                for rest in self.parts[i:]:
                    rest.discard()
                if isinstance(exc, OSError):
                    raise OutputError(f"{part.path}: cannot write ({exc.strerror or exc})") from exc
                raise

    def discard(self) -> None:
        """Drop every temporary file; the outputs stay as they were."""
        for part in self.parts:
            part.discard()

    def __enter__(self) -> AtomicSet:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Does `path` name a partitioned dataset (a folder of Parquet parts) rather than one table file?"""
    path = Path(path)
    return path.is_dir() or (not path.suffix and not path.exists())


def is_parquet_dataset(path: str | os.PathLike[str]) -> bool:
    """Is `path` an existing folder of Parquet parts (what `extract --out FOLDER` writes)?"""
    path = Path(path)
    return path.is_dir() and any(path.glob("*.parquet"))


def side_paths(out: Path) -> tuple[Path, Path]:
    """Where the documents and errors tables of an output go: beside it, same stem."""
    return out.with_name(f"{out.stem}_documents.csv"), out.with_name(f"{out.stem}_errors.csv")


def beside(figures_path: str | os.PathLike[str]) -> tuple[Path, Path, Path]:
    """Beside a corrected figures table: the extractor's own table (`<stem>_extracted`), the outcome of each
    line (`<stem>_corrections.csv`) and a copy of the corrections file applied (`<stem>_corrections_used.csv`)."""
    path = Path(figures_path)
    return (path.with_name(f"{path.stem}_extracted{path.suffix}"), path.with_name(f"{path.stem}_corrections.csv"),
            path.with_name(f"{path.stem}_corrections_used.csv"))


def write_text(text: str, path: str | os.PathLike[str]) -> Path:
    """Write a UTF-8 text file (an HTML page) atomically."""
    with AtomicFile(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValueError(f"{path}: unsupported table format {suffix or '(none)'}; use .csv or .parquet")
    return suffix


def write_table(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write df to path (.csv or .parquet) atomically."""
    path = Path(path)
    _check_suffix(path)
    with AtomicFile(path) as tmp:
        _write_frame(df, path, tmp)
    return path


def _write_frame(df: pd.DataFrame, path: Path, tmp: Path) -> None:
    """df written to tmp in the format path's suffix names."""
    if _check_suffix(path) == ".csv":
        df.to_csv(tmp, index=False, encoding="utf-8")
    else:
        df.to_parquet(tmp, index=False)


def read_table(path: str | os.PathLike[str], columns: list[str] | None = None) -> pd.DataFrame:
    """Read a .csv or .parquet table, or a folder of Parquet parts (a partitioned dataset); only
    `columns` when given (Parquet reads nothing else from disk). Figures columns get their contract dtypes."""
    import pandas as pd

    from .schema import FIGURE_DTYPES

    path = Path(path)
    if path.is_dir():
        df = pd.read_parquet(path, columns=columns)
    else:
        suffix = _check_suffix(path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file")
        if suffix == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8", usecols=columns)
            df = df[columns] if columns is not None else df
        else:
            df = pd.read_parquet(path, columns=columns)
    known = {c: t for c, t in FIGURE_DTYPES.items() if c in df.columns}
    for col, dtype in known.items():
        if dtype in ("Int64", "int64", "float64"):
            df[col] = pd.to_numeric(df[col]).astype(dtype)
        else:
            df[col] = df[col].astype(dtype)
    return df


def read_figures(path: str | os.PathLike[str], columns: list[str] | None = None) -> pd.DataFrame:
    """Read and validate a figures table (or only `columns` of it, validated as far as they go); raises
    ValueError naming the file when it is unusable."""
    from .schema import (CORRECTED_FIGURE_COLUMNS, FIGURE_COLUMNS, OPTIONAL_FIGURE_COLUMNS, validate_figure_columns,
                         validate_figures)

    try:
        present = columns_of(Path(path))
        wanted = [c for c in CORRECTED_FIGURE_COLUMNS if c in present and (columns is None or c in columns)]
        df = read_table(path, columns=wanted)
    except Exception as exc:  # noqa: BLE001 - any read failure becomes one clear message
        raise ValueError(f"{path}: cannot read the figures table ({exc})") from exc
    required = FIGURE_COLUMNS if columns is None else [c for c in FIGURE_COLUMNS if c in columns]
    missing = [c for c in required if c not in df.columns and c not in OPTIONAL_FIGURE_COLUMNS]
    if missing:
        raise ValueError(f"{path}: not a figures table, missing columns {', '.join(missing)}")
    try:
        if columns is not None:
            return validate_figure_columns(df)
        return validate_figures(df[[c for c in CORRECTED_FIGURE_COLUMNS if c in df.columns]])
    except Exception as exc:  # noqa: BLE001 - pandera's SchemaError and dtype errors alike
        raise ValueError(f"{path}: the figures table breaks the contract ({str(exc).splitlines()[0]})") from exc


def columns_of(path: Path) -> list[str]:
    """The column names of a table or dataset, read from its header or Parquet schema only."""
    if path.is_dir() or path.suffix.lower() == ".parquet":
        import pyarrow.dataset as ds

        return list(ds.dataset(path, format="parquet").schema.names)
    import pandas as pd

    _check_suffix(path)
    return list(pd.read_csv(path, nrows=0, encoding="utf-8").columns)


INTEGER_COLUMNS = ("year", "target_year", "selection_rank", "n_candidates", "n_tests", "n_years", "n_chars",
                   "n_figures")


def read_result_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A table the pipeline wrote (documents, ratios, consistency, comparisons) with its types back:
    numbers and booleans inferred, counts and years as Int64, empty text as ""."""
    import pandas as pd

    text = {c: str for c in ("doc_id", "doc_ids", "published", "sha256", "url", "path")}
    df = pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""], dtype=text)
    for col in df.columns:
        if col in INTEGER_COLUMNS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif df[col].dtype == object and not df[col].map(lambda v: isinstance(v, bool)).any():
            df[col] = df[col].fillna("")
    return df
