"""Test fixtures of the ratios, audit and statistics tests: gold seed figures and hand-made figure tables."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.schema import as_figures

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_SEEDS = SHARED / "gold" / "seed_figures.csv"
SEED_DIR = SHARED / "seeds"

_NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def _gold_rows(path: Path) -> list[dict]:
    """The gold CSV; its evidence column is last and sometimes holds unquoted commas ("(43,75%)")."""
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh))
    header, body = records[0], records[1:]
    n = len(header)
    return [dict(zip(header, r[: n - 1] + [",".join(r[n - 1:])])) for r in body]


def _sentence(text: str, fragment: str, value: float) -> tuple[str, int, int]:
    """The sentence of the source holding the gold fragment, and the number's offsets in the source."""
    at = text.find(fragment)
    if at < 0:
        return fragment, 0, 1
    left = max(text.rfind("\n", 0, at), max((m.end() - 1 for m in re.finditer(r"\.\s+(?=[A-ZĐ])", text[:at])),
                                            default=-1))
    right_nl = text.find("\n", at)
    right_dot = re.search(r"\.\s+(?=[A-ZĐ])", text[at + len(fragment):])
    ends = [e for e in (right_nl, at + len(fragment) + right_dot.start() + 1 if right_dot else -1) if e >= 0]
    right = min(ends) if ends else len(text)
    sentence = text[left + 1:right].strip()
    for m in _NUM.finditer(fragment):
        if float(m.group().replace(".", "").replace(",", ".")) == value:
            return sentence, at + m.start(), at + m.end()
    return sentence, 0, 1


def seed_figures_table(sentences: bool = True) -> pd.DataFrame:
    """Gold seed figures as a contract figures table: scope and period empty; start/end 0/1 unless
    `sentences`, which replaces the gold fragment by its whole sentence in the seed and finds offsets."""
    rows = []
    for r in _gold_rows(GOLD_SEEDS):
        evidence, start, end = r["evidence"], 0, 1
        seed = SEED_DIR / f"{r['doc_id']}.txt"
        if sentences and seed.exists():
            evidence, start, end = _sentence(seed.read_text(encoding="utf-8"), r["evidence"], float(r["value"]))
        rows.append({
            "doc_id": r["doc_id"], "province": r["province"], "year": int(r["year"]) if r["year"] else None,
            "period": "", "metric": r["metric"], "value": float(r["value"]), "unit": r["unit"],
            "denominator": float(r["denominator"]) if r["denominator"] else None,
            "qualifier": r["qualifier"], "status": r["status"], "scope": "", "evidence": evidence,
            "start": start, "end": end,
        })
    return as_figures(rows)


@pytest.fixture(scope="session")
def seed_figures() -> pd.DataFrame:
    """The 79 gold seed figures, evidence widened to the source sentence."""
    if not GOLD_SEEDS.exists():
        pytest.skip(f"shared material absent: {GOLD_SEEDS} (tests on the seeds need ../shared)")
    return seed_figures_table()


def figure(**kw) -> dict:
    """One hand-made figure row with contract defaults (actual, exact, province-wide)."""
    base = {"doc_id": "d1", "province": "Đắk Lắk", "year": 2019, "period": "", "metric": "services_total",
            "value": 0.0, "unit": "count", "denominator": None, "qualifier": "exact", "status": "actual",
            "scope": "", "evidence": "câu", "start": 0, "end": 1}
    if kw.get("metric", "").endswith("_pct") and "unit" not in kw:
        base["unit"] = "percent"
    base.update(kw)
    base.setdefault("end", base["start"] + 1)
    if base["end"] <= base["start"]:
        base["end"] = base["start"] + 1
    return base


@pytest.fixture
def make_figures():
    """Build a validated figures table from keyword dicts: make_figures(dict(metric=..., value=...), ...)."""
    def build(*rows: dict) -> pd.DataFrame:
        return as_figures([figure(**r) for r in rows])
    return build


def facts(text: str, cols: tuple[str, ...] = ("metric", "value"), meta: dict | None = None) -> list[tuple]:
    """The extracted rows of one hand-made text (its metadata: `meta`), as tuples of the given columns (missing ->
    None)."""
    from analysis.figures.extract import extract_text

    df = extract_text(text, "t", meta=meta)[list(cols)].astype(object)
    return [tuple(r) for r in df.where(df.notna(), None).itertuples(index=False)]
