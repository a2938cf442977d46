"""The corrections file (data/corrections.csv): its columns, reading and validating it (errors name the line),
the line for a figure, and writing a line into the file atomically (one line per figure, the last word wins).

A correction names its figure by the article's sha256 (as in the documents table) and the number's offsets,
metric and value as the extractor wrote them: see docs/architecture.md, "Corrections".
"""
from __future__ import annotations

import csv
import difflib
import io
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from ..reference.catalogue import catalogue
from ..tableio import AtomicFile, beside  # noqa: F401 - beside: callers import it here

if TYPE_CHECKING:  # imported where a file is parsed: finding the file to apply needs no pandas
    import pandas as pd

ACTIONS = ("accept", "drop", "change", "add")
KEY_COLUMNS = ("doc_id", "sha256", "start", "end", "metric", "value")
NEW_COLUMNS = ("new_metric", "new_value", "new_year", "new_period", "new_status", "new_qualifier", "new_scope",
               "new_province", "new_denominator")
CORRECTION_COLUMNS = ("action", *KEY_COLUMNS, *NEW_COLUMNS, "evidence", "note")
REQUIRED_COLUMNS = ("action", *KEY_COLUMNS)
CLEAR = "-"  # in a new_ text field or new_year: make the field empty
MIN_SHA = 12  # a sha256 may be abbreviated to its first 12 or more hex digits
_HEX = re.compile(r"^[0-9a-f]+$")


class CorrectionsError(ValueError):
    """A corrections file that cannot be used; the message names the file and every bad line."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one line of the corrections file."""

    line: int
    message: str


def _number(text: str, column: str, line: int, problems: list[Problem], integer: bool = False) -> float | None:
    """text as a non-negative number (an int when asked); a Problem naming the line when it is not one."""
    try:
        value = float(text.replace(",", ".")) if not integer else float(int(text))
    except ValueError:
        problems.append(Problem(line, f"{column} {text!r} is not {'a whole number' if integer else 'a number'}"))
        return None
    if math.isnan(value) or value < 0:
        problems.append(Problem(line, f"{column} {text!r} must be a number >= 0"))
        return None
    return value


def _known_metric(metric: str, column: str, line: int, problems: list[Problem]) -> None:
    """A Problem when metric is not in the catalogue (resources/metrics.yml), with the closest names."""
    known = list(catalogue().metrics)
    if metric not in catalogue().metrics:
        close = difflib.get_close_matches(metric, known, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        problems.append(Problem(line, f"{column} {metric!r} is not a metric of resources/metrics.yml{hint}"))


def _check_new(row: dict[str, str], line: int, problems: list[Problem]) -> None:
    """The new_ fields: each a valid value for its column, or '-' (empty it) where emptying is allowed."""
    from ..reference.provinces import canonical_province
    from ..schema import QUALIFIERS, STATUSES

    if row["new_metric"]:
        _known_metric(row["new_metric"], "new_metric", line, problems)
    if row["new_value"]:
        _number(row["new_value"], "new_value", line, problems)
    if row["new_denominator"] and row["new_denominator"] != CLEAR:
        if not _number(row["new_denominator"], "new_denominator", line, problems):
            problems.append(Problem(line, "new_denominator must be > 0 (or '-' for none)"))
    year = row["new_year"]
    if year and year != CLEAR:
        number = _number(year, "new_year", line, problems, integer=True)
        if number is not None and not 1900 <= number <= 2100:
            problems.append(Problem(line, f"new_year {year!r} is not between 1900 and 2100"))
    for column, allowed in (("new_status", STATUSES), ("new_qualifier", QUALIFIERS)):
        if row[column] and row[column] not in allowed:
            problems.append(Problem(line, f"{column} {row[column]!r} is not one of {', '.join(allowed)}"))
    province = row["new_province"]
    if province and province != CLEAR:
        canonical = canonical_province(province)
        if canonical is None:
            problems.append(Problem(line, f"new_province {province!r} is not one of the 63 provinces"))
        else:
            row["new_province"] = canonical


def _check_row(row: dict[str, str], line: int) -> list[Problem]:
    """Every problem of one line (action, key, new_ fields, what the action needs)."""
    problems: list[Problem] = []
    action = row["action"]
    if action not in ACTIONS:
        close = difflib.get_close_matches(action, ACTIONS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        problems.append(Problem(line, f"action {action!r} is not one of {', '.join(ACTIONS)}{hint}"))
    for column in KEY_COLUMNS:
        if not row[column]:
            problems.append(Problem(line, f"{column} is empty"))
    sha = row["sha256"]
    if sha and (len(sha) < MIN_SHA or len(sha) > 64 or not _HEX.match(sha)):
        problems.append(Problem(line, f"sha256 {sha!r} is not the article's sha256 (at least {MIN_SHA} hex digits)"))
    start = _number(row["start"], "start", line, problems, integer=True) if row["start"] else None
    end = _number(row["end"], "end", line, problems, integer=True) if row["end"] else None
    if start is not None and end is not None and end <= start:
        problems.append(Problem(line, f"end {row['end']} must be after start {row['start']}"))
    if row["value"]:
        _number(row["value"], "value", line, problems)
    _check_new(row, line, problems)
    changes = [c for c in NEW_COLUMNS if row[c]]
    if action in ("accept", "drop") and changes:
        problems.append(Problem(line, f"{action} takes no new_ fields (found {', '.join(changes)}); use change"))
    if action == "change" and not changes:
        problems.append(Problem(line, "change with no new_ field: nothing to change (use accept for a right figure)"))
    if action == "add":
        if row["metric"]:
            _known_metric(row["metric"], "metric", line, problems)
        if row["new_metric"] or row["new_value"]:
            problems.append(Problem(line, "add gives its figure in metric and value, not new_metric/new_value"))
        if not row["evidence"]:
            problems.append(Problem(line, "add needs the evidence sentence"))
    return problems


def figure_key(row: dict[str, str] | pd.Series) -> tuple:
    """What identifies the figure a line is about: (doc_id, start, end, metric, value)."""
    return (str(row["doc_id"]), int(float(row["start"])), int(float(row["end"])), str(row["metric"]),
            round(float(str(row["value"]).replace(",", ".")), 6))


def _records(text: str, source: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, [(first line number, row)]) of CSV text; CorrectionsError for a missing or unknown column."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return list(CORRECTION_COLUMNS), []
    except csv.Error as exc:
        raise CorrectionsError(f"{source} line 1: {exc}") from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in CORRECTION_COLUMNS]
    if missing or unknown:
        parts = ([f"missing column(s) {', '.join(missing)}"] if missing else []) + (
            [f"unknown column(s) {', '.join(unknown)}"] if unknown else [])
        raise CorrectionsError(f"{source} line 1: {'; '.join(parts)}; the columns are {', '.join(CORRECTION_COLUMNS)}")
    rows, first = [], reader.line_num + 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) != len(header):
                    raise CorrectionsError(f"{source} line {first}: {len(cells)} fields, the header has {len(header)}")
                row = {c: "" for c in CORRECTION_COLUMNS} | {h: v.strip() for h, v in zip(header, cells)}
                rows.append((first, row))
            first = reader.line_num + 1
    except csv.Error as exc:
        raise CorrectionsError(f"{source} line {first}: {exc}") from exc
    return header, rows


def parse_corrections(text: str, source: str = "corrections.csv") -> pd.DataFrame:
    """CSV text -> the corrections table (one row per line, `line` = its line in the file); CorrectionsError
    listing every bad line (bad values, actions, duplicates of one figure) when any is wrong."""
    import pandas as pd

    _, records = _records(text.lstrip("\ufeff"), source)
    problems: list[Problem] = []
    seen: dict[tuple, int] = {}
    for line, row in records:
        found = _check_row(row, line)
        problems.extend(found)
        if not found:
            key = figure_key(row)
            if key in seen:
                problems.append(Problem(line, f"a second line for the figure of line {seen[key]} "
                                              f"({key[0]} {key[3]} {key[4]:g} at {key[1]}-{key[2]}); keep one"))
            seen.setdefault(key, line)
    if problems:
        listed = "\n".join(f"  {source} line {p.line}: {p.message}" for p in problems)
        raise CorrectionsError(f"{source}: {len(problems)} problem(s), nothing applied:\n{listed}")
    table = pd.DataFrame([{"line": line, **row} for line, row in records],
                         columns=["line", *CORRECTION_COLUMNS])
    return table.astype({"line": "int64"})


def read_corrections(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The corrections file at path, validated (CorrectionsError naming the file and line otherwise)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{path}: cannot read the corrections file ({exc})") from exc
    return parse_corrections(text, str(path))


def empty_corrections() -> pd.DataFrame:
    """A corrections table with no line."""
    return parse_corrections(",".join(CORRECTION_COLUMNS) + "\n")


def _fmt(value: object) -> str:
    """A cell as the file writes it: whole numbers without '.0', missing as empty."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else repr(value)
    return str(value)


def correction_line(figure: pd.Series, sha256: str, action: str, note: str = "", **new: object) -> dict[str, str]:
    """The corrections line for one figure row: `action` with new_<field>=value for change (or add)."""
    unknown = sorted(set(new) - {c.removeprefix("new_") for c in NEW_COLUMNS})
    if unknown:
        raise ValueError(f"cannot change {', '.join(unknown)}; the fields are "
                         f"{', '.join(c.removeprefix('new_') for c in NEW_COLUMNS)}")
    line = {c: "" for c in CORRECTION_COLUMNS}
    line.update(action=action, doc_id=str(figure["doc_id"]), sha256=sha256, start=_fmt(int(figure["start"])),
                end=_fmt(int(figure["end"])), metric=str(figure["metric"]), value=_fmt(float(figure["value"])),
                evidence=_fmt(figure.get("evidence")), note=note)
    for field, value in new.items():
        line[f"new_{field}"] = CLEAR if value in ("", None) else _fmt(value)
    return line


def to_csv_text(lines: list[dict[str, str]]) -> str:
    """Lines as the text of a corrections file (header first)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(CORRECTION_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: line.get(c, "") for c in CORRECTION_COLUMNS} for line in lines)
    return buffer.getvalue()


def save_line(path: str | os.PathLike[str], line: dict[str, str]) -> Path:
    """Write one line into the corrections file atomically: it replaces the line about the same figure (the
    last decision wins), else it is appended. The whole file is validated before it is replaced."""
    path = Path(path)
    current = read_corrections(path) if path.exists() else empty_corrections()
    key = figure_key(line)
    kept = [{c: r[c] for c in CORRECTION_COLUMNS} for _, r in current.iterrows() if figure_key(r) != key]
    text = to_csv_text([*kept, line])
    parse_corrections(text, str(path))  # never write a file the next run would refuse
    with AtomicFile(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def default_path() -> Path:
    """data/corrections.csv of the project (config.DATA_DIR)."""
    from ..config import DATA_DIR

    return DATA_DIR / "corrections.csv"


def chosen_path(path: str | os.PathLike[str] | None, disabled: bool = False, validate: bool = True) -> Path | None:
    """The corrections file to apply, validated (CorrectionsError): the one given, else data/corrections.csv
    when it exists; None when disabled or absent. A file given that does not exist is an error."""
    if disabled:
        return None
    if path is None:
        path = default_path()
        if not path.exists():
            return None
    elif not Path(path).exists():
        raise CorrectionsError(f"{path}: no such corrections file")
    if validate:  # (report validates when its extraction step runs: a reused one was validated before)
        read_corrections(path)  # a bad file stops a command before it writes anything
    return Path(path)
