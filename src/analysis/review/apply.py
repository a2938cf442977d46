"""Applying corrections to the extractor's figures table (pure, over DataFrames): each figure row gets its
`source` (extracted, corrected, added); each correction line gets its outcome. A line whose article changed
(sha256) or whose figure is no longer extracted is stale: reported, never applied to another row."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..reference.catalogue import catalogue
from ..schema import CORRECTED_FIGURE_COLUMNS, FIGURE_COLUMNS, FIGURE_DTYPES, validate_figures
from ..text.numbers import parse_amount
from .corrections import CLEAR, NEW_COLUMNS, figure_key

OUTCOMES = {
    "applied": "applied",
    "stale_document": "the article changed since the line was written (its sha256 differs)",
    "stale_row": "the extractor no longer gives this figure (no row with this doc_id, offsets, metric and value)",
    "already_extracted": "add: the extractor now finds this figure itself; nothing added",
    "bad_offsets": "add: the article text at these offsets is not this number, or the evidence is not in it",
    "not_in_corpus": "the article is not in this extraction; ignored",
}
STALE = ("stale_document", "stale_row", "already_extracted", "bad_offsets")
OUTCOME_COLUMNS = ("line", "action", "doc_id", "start", "end", "metric", "value", "outcome", "detail")
CORRECTION_CONFIDENCE = 1.0  # an analyst vouches for a corrected or added row


@dataclass
class Applied:
    """The corrected figures table and one outcome row per correction line."""

    figures: pd.DataFrame
    outcomes: pd.DataFrame

    def count(self, *outcomes: str) -> int:
        """Lines with one of these outcomes."""
        return int(self.outcomes["outcome"].isin(outcomes).sum())

    @property
    def stale(self) -> pd.DataFrame:
        """Lines that were not applied because their article or figure changed."""
        return self.outcomes[self.outcomes["outcome"].isin(STALE)]

    def sources(self) -> dict[str, int]:
        """Figure rows by source: extracted, corrected, added."""
        counts = self.figures["source"].value_counts()
        return {s: int(counts.get(s, 0)) for s in ("extracted", "corrected", "added")}


def _unit(metric: str, current: object) -> str:
    """The unit a metric takes: the current one when the catalogue allows it, else the catalogue's first."""
    units = catalogue().units(metric) if metric in catalogue().metrics else (str(current),)
    return str(current) if current in units else units[0]


def _new_values(line: pd.Series) -> dict[str, object]:
    """The fields a line sets: {column: value}, '-' read as empty."""
    out: dict[str, object] = {}
    for column in NEW_COLUMNS:
        text = line[column]
        if not text:
            continue
        field = column.removeprefix("new_")
        if text == CLEAR:
            out[field] = {"year": pd.NA, "denominator": float("nan")}.get(field, "")
        elif field in ("value", "denominator"):
            out[field] = float(text.replace(",", "."))
        elif field == "year":
            out[field] = int(text)
        else:
            out[field] = text
    return out


class KeyIndex:
    """The extractor's rows by figure key (doc_id, start, end, metric, value) and by (doc_id, start): built in one
    pass, so each correction line is found in constant time whatever the table's size."""

    def __init__(self, figures: pd.DataFrame) -> None:
        columns = [figures[c].tolist() for c in ("doc_id", "start", "end", "metric")]
        values = [round(float(v), 6) for v in figures["value"].tolist()]
        self.by_key: dict[tuple, list[int]] = {}
        self.by_start: dict[tuple, list[str]] = {}
        for label, doc, start, end, metric, value in zip(figures.index, *columns, values):
            self.by_key.setdefault((doc, int(start), int(end), metric, value), []).append(label)
            self.by_start.setdefault((doc, int(start)), []).append(f"{metric} {value:g}")

    def rows(self, line: pd.Series) -> pd.Index:
        """Labels of the rows that are the line's figure: same doc_id, offsets, metric and value."""
        return pd.Index(self.by_key.get(figure_key(line), []), dtype="int64")

    def at_offsets(self, line: pd.Series) -> str:
        """What the extractor gives now at the line's offsets (for a stale line's detail)."""
        here = self.by_start.get((line["doc_id"], int(line["start"])), [])
        return "now at these offsets: " + "; ".join(here) if here else "nothing extracted at these offsets now"


def _added_row(line: pd.Series, document: dict) -> dict:
    """The figure row an `add` line gives (defaults: the article's province and year, actual, exact)."""
    new = _new_values(line)
    metric = line["metric"]
    return {
        "doc_id": line["doc_id"], "province": new.get("province", document.get("province") or ""),
        "year": new.get("year", document.get("year")), "period": new.get("period", ""), "metric": metric,
        "value": float(line["value"].replace(",", ".")), "unit": _unit(metric, None),
        "denominator": new.get("denominator", float("nan")), "qualifier": new.get("qualifier") or "exact",
        "status": new.get("status") or "actual", "scope": new.get("scope", ""), "evidence": line["evidence"],
        "start": int(line["start"]), "end": int(line["end"]), "confidence": CORRECTION_CONFIDENCE,
        "rule": "correction:add", "source": "added",
    }


def _change(figures: pd.DataFrame, rows: pd.Index, line: pd.Series) -> None:
    """Set the line's new fields on the rows (in place); the unit follows a new metric."""
    new = _new_values(line)
    for field, value in new.items():
        figures.loc[rows, field] = value
    if "metric" in new:
        figures.loc[rows, "unit"] = _unit(str(new["metric"]), figures.loc[rows, "unit"].iloc[0])
    figures.loc[rows, "source"] = "corrected"
    figures.loc[rows, "confidence"] = CORRECTION_CONFIDENCE
    figures.loc[rows, "rule"] = "correction:" + ",".join(new)


def _documents(figures: pd.DataFrame, documents: pd.DataFrame, wanted: set[str]) -> dict[str, dict]:
    """doc_id -> {sha256, province, year} of the wanted articles that are in this extraction."""
    rows = documents[documents["doc_id"].astype(str).isin(wanted)] if "doc_id" in documents else documents
    docs = {str(d["doc_id"]): {"sha256": str(d.get("sha256") or ""), "province": d.get("province"),
                               "year": d.get("year")} for d in rows.to_dict("records")}
    for doc_id in set(figures.loc[figures["doc_id"].isin(wanted), "doc_id"].unique()):
        docs.setdefault(str(doc_id), {"sha256": "", "province": None, "year": None})
    for doc in docs.values():
        doc["province"] = "" if pd.isna(doc["province"]) else str(doc["province"])
        doc["year"] = pd.NA if pd.isna(doc["year"]) else int(doc["year"])
    return docs


def offsets_problem(text: str, line: pd.Series) -> str:
    """Why an `add` line's offsets do not hold its number in the article text ('' when they do)."""
    start, end = int(line["start"]), int(line["end"])
    written = text[start:end] if end <= len(text) else ""
    try:
        read = parse_amount(written)
    except ValueError:
        read = None
    value = float(line["value"].replace(",", "."))
    if read is None or abs(read - value) > 1e-6 * max(1.0, abs(value)):
        return f"the article has {written!r} at {start}-{end}, not {value:g}"
    if line["evidence"] and line["evidence"] not in text:
        return "the evidence sentence is not in the article as written"
    return ""


def _outcome(line: pd.Series, outcome: str, detail: str = "") -> dict:
    return {"line": int(line["line"]), "action": line["action"], "doc_id": line["doc_id"], "start": int(line["start"]),
            "end": int(line["end"]), "metric": line["metric"], "value": float(line["value"].replace(",", ".")),
            "outcome": outcome, "detail": detail or OUTCOMES[outcome]}


def _one(figures: pd.DataFrame, index: KeyIndex, line: pd.Series, doc: dict | None, added: list[dict],
         dropped: pd.Series, text: str | None = None) -> dict:
    """Apply one line (figures and dropped changed in place, an added row appended); its outcome row.
    `text` (the article, when at hand) checks an `add` line's offsets."""
    if doc is None:
        return _outcome(line, "not_in_corpus")
    if not doc["sha256"].startswith(line["sha256"]):
        have = doc["sha256"][:16] or "unknown"
        return _outcome(line, "stale_document", f"article changed: sha256 {line['sha256'][:16]}… in the line, "
                                                f"{have}… now; re-check the figure and write a new line")
    labels = index.rows(line)
    rows = labels[~dropped.loc[labels].to_numpy()]
    if line["action"] == "add":
        if len(rows):
            return _outcome(line, "already_extracted")
        problem = offsets_problem(text, line) if text is not None else ""
        if problem:
            return _outcome(line, "bad_offsets", problem)
        added.append(_added_row(line, doc))
        return _outcome(line, "applied", f"added ({len(added)})")
    if not len(rows):
        return _outcome(line, "stale_row", f"{OUTCOMES['stale_row']}; {index.at_offsets(line)}")
    if line["action"] == "drop":
        dropped.loc[rows] = True
    elif line["action"] == "change":
        _change(figures, rows, line)
    return _outcome(line, "applied", f"{line['action']} on {len(rows)} row(s)")


def _order(figures: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """Extracted rows in their order; each added row after the last row of its article that starts before it."""
    if added.empty:
        return figures.reset_index(drop=True)
    doc_rank = {d: i for i, d in enumerate(dict.fromkeys([*figures["doc_id"], *sorted(added["doc_id"])]))}
    base = figures.assign(_doc=figures["doc_id"].map(doc_rank), _pos=range(len(figures)), _sub=0.0)
    extra = []
    for i, row in enumerate(added.to_dict("records")):
        before = base[(base["doc_id"] == row["doc_id"]) & (base["start"] <= row["start"])]
        pos = before["_pos"].max() if not before.empty else (base[base["doc_id"] == row["doc_id"]]["_pos"].min() - 1
                                                             if (base["doc_id"] == row["doc_id"]).any() else -1)
        extra.append({**row, "_doc": doc_rank[row["doc_id"]], "_pos": pos, "_sub": 0.5 + i / (2 * len(added) + 2)})
    both = pd.concat([base, pd.DataFrame(extra)], ignore_index=True)
    both = both.sort_values(["_doc", "_pos", "_sub"], kind="stable")
    return both.drop(columns=["_doc", "_pos", "_sub"]).reset_index(drop=True)


def as_extracted(figures: pd.DataFrame) -> pd.DataFrame:
    """The extractor's table with source = extracted on every row (ValueError if it was corrected already)."""
    if "source" in figures and not figures["source"].fillna("extracted").eq("extracted").all():
        raise ValueError("this figures table was corrected already; corrections apply to the extractor's table")
    out = figures[[c for c in FIGURE_COLUMNS if c in figures]].copy()
    out["source"] = pd.Series("extracted", index=out.index, dtype="string")
    return out


def apply_corrections(figures: pd.DataFrame, corrections: pd.DataFrame, documents: pd.DataFrame,
                      texts: dict[str, str] | None = None) -> Applied:
    """The extractor's figures + the corrections table + the documents table (doc_id, sha256, province, year)
    -> the corrected figures (validated, with `source`) and the outcome of every line, in file order.
    With the article texts (doc_id -> document text), an `add` whose offsets miss its number is not applied."""
    table = as_extracted(figures).reset_index(drop=True)
    wanted = set(corrections["doc_id"])
    docs = _documents(table, documents, wanted)
    added: list[dict] = []
    dropped = pd.Series(False, index=table.index)
    index = KeyIndex(table[table["doc_id"].isin(wanted)])
    texts = texts or {}
    outcomes = [_one(table, index, line, docs.get(line["doc_id"]), added, dropped, texts.get(line["doc_id"]))
                for _, line in corrections.iterrows()]
    kept = table[~dropped]
    columns = [c for c in CORRECTED_FIGURE_COLUMNS if c in kept]
    extra = pd.DataFrame(added, columns=list(CORRECTED_FIGURE_COLUMNS))[columns]
    dtypes = {c: FIGURE_DTYPES[c] for c in columns}
    result = _order(kept.astype(dtypes), extra.astype(dtypes))
    return Applied(validate_figures(result), pd.DataFrame(outcomes, columns=list(OUTCOME_COLUMNS)))
