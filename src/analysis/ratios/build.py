"""Adoption ratios (level-4 share, online dossiers, e-mail use) per province and year, from the figures table."""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..config import REFERENCE_DIR
from ..reference.provinces import load_provinces

from ..schema import FIGURE_COLUMNS, OPTIONAL_FIGURE_COLUMNS, validate_figures
from ..tableio import read_table, write_table


RATIOS = ("level4_share", "online_dossier_share", "email_use")
KINDS = ("exact", "estimate", "bound")

RATIO_COLUMNS = (
    "level", "province", "province_2025", "year", "ratio", "scope", "status", "period",
    "basis", "numerator_basis", "numerator", "numerator_qualifier", "denominator", "denominator_qualifier",
    "value", "lower", "upper", "kind", "ci_low", "ci_high", "ci_note",
    "doc_ids", "selected", "selection_rank", "n_candidates", "alternatives", "note",
    "members", "target_pct", "target_year", "target_instrument", "gap_to_target", "plan_pct",
)

# Relative half-width given to an "approx" figure when intervals are needed (gần 1.700, khoảng 30%).
APPROX_TOLERANCE = 0.05

CI_NOTE = {
    "online_dossier_share": (
        "Wilson 95% interval: the uncertainty of the share over a year's flow of dossiers treated as "
        "draws from a stable process; the counts are a census, so this is not a sampling error"
    ),
    "level4_share": (
        "Wilson 95% interval on the service catalogue counts; the catalogue is a census, so read it "
        "only as how precisely this many services pin down a share"
    ),
}

_QUALIFIER_RANK = {"exact": 0, "approx": 1, "more_than": 2, "less_than": 2}
_KIND_RANK = {"exact": 0, "estimate": 1, "bound": 2}


# --------------------------------------------------------------------------- qualifiers and bounds
def combine_qualifiers(qualifiers: list[str]) -> str:
    """Qualifier of a sum: exact if all exact; approx if any approx or directions conflict; else the direction."""
    qs = {q for q in qualifiers if q and q != "exact"}
    if not qs:
        return "exact"
    if "approx" in qs or len(qs) > 1:
        return "approx"
    return qs.pop()


@dataclass(frozen=True)
class Share:
    """A share in percent with the interval its qualifiers guarantee."""

    value: float
    lower: float
    upper: float
    kind: str
    note: str = ""


def share_from_counts(numerator: float, num_q: str, denominator: float, den_q: str) -> Share:
    """numerator/denominator*100 with its kind: a `more_than` denominator makes it an upper bound, etc.

    lower/upper hold what the qualifiers guarantee: both equal value for an exact share, one side for a
    bound, none (NaN) for an estimate (an `approx` figure, or qualifiers pulling in opposite directions).
    """
    if not denominator or denominator <= 0 or pd.isna(denominator) or pd.isna(numerator):
        return Share(math.nan, math.nan, math.nan, "estimate", "no usable denominator")
    value = 100.0 * numerator / denominator
    directions = set()
    directions |= {+1} if num_q == "more_than" else {-1} if num_q == "less_than" else set()
    directions |= {-1} if den_q == "more_than" else {+1} if den_q == "less_than" else set()
    return _share(value, directions, "approx" in (num_q, den_q))


def share_from_stated(value: float, qualifier: str) -> Share:
    """A share the article states (43,75%, trên 60%) with the interval its qualifier guarantees."""
    direction = {+1} if qualifier == "more_than" else {-1} if qualifier == "less_than" else set()
    return _share(float(value), direction, qualifier == "approx")


def _share(value: float, directions: set[int], approx: bool) -> Share:
    if len(directions) > 1:
        return Share(value, math.nan, math.nan, "estimate", "qualifiers pull in opposite directions")
    if approx:
        note = "approximate figure" + (" (and a bound)" if directions else "")
        return Share(value, math.nan, math.nan, "estimate", note)
    if directions == {+1}:
        return Share(value, value, math.nan, "bound", "lower bound")
    if directions == {-1}:
        return Share(value, math.nan, value, "bound", "upper bound")
    return Share(value, value, value, "exact")


# --------------------------------------------------------------------------- picking figures
def _precision(value: float) -> int:
    """Significant digits of an integer-like count (59720 -> 4, 59000 -> 2); decimals count as precise."""
    if value != int(value):
        return 99
    digits = str(int(abs(value))).rstrip("0")
    return len(digits)


def _best(rows: pd.DataFrame, period: str = "") -> pd.Series | None:
    """The figure to use when a metric appears several times in one candidate group.

    Order: same period as the group (when it has one), qualifier exact > approx > bounds, the most
    precise number (59.720 before "hơn 59 ngàn"), then the first in the text.
    """
    if rows.empty:
        return None
    key = pd.DataFrame({
        "period": (rows["period"] != period).astype(int) if period else 0,
        "q": rows["qualifier"].map(_QUALIFIER_RANK).fillna(3),
        "p": -rows["value"].map(_precision),
        "s": rows["start"],
    }, index=rows.index)
    order = key.sort_values(["period", "q", "p", "s"], kind="stable").index
    return rows.loc[order[0]]


def _others(group: pd.DataFrame, used: list[pd.Series], metrics: tuple[str, ...]) -> list[str]:
    """Figures of the metrics that were not used, formatted for the `alternatives` column."""
    used_idx = {u.name for u in used}
    rest = group[group["metric"].isin(metrics) & ~group.index.isin(used_idx)]
    return [f"{r.metric}={_fmt(r.value)}({r.qualifier},{r.doc_id})" for r in rest.itertuples()]


def _fmt(x: float) -> str:
    return f"{x:g}" if not pd.isna(x) else ""


# --------------------------------------------------------------------------- the three ratios
def _candidate(ratio: str, basis: str, num_basis: str, num: float, num_q: str, den: float, den_q: str,
               used: list[pd.Series], note: str = "") -> dict:
    share = share_from_counts(num, num_q, den, den_q)
    notes = [n for n in (share.note, note) if n]
    return {
        "ratio": ratio, "basis": basis, "numerator_basis": num_basis,
        "numerator": float(num), "numerator_qualifier": num_q,
        "denominator": float(den), "denominator_qualifier": den_q,
        "value": share.value, "lower": share.lower, "upper": share.upper, "kind": share.kind,
        "_used": used, "note": "; ".join(notes),
    }


def _stated(ratio: str, fig: pd.Series, note: str = "") -> dict:
    share = share_from_stated(fig["value"], fig["qualifier"])
    notes = [n for n in (share.note, note) if n]
    return {
        "ratio": ratio, "basis": f"stated:{fig['metric']}", "numerator_basis": "",
        "numerator": math.nan, "numerator_qualifier": "", "denominator": math.nan, "denominator_qualifier": "",
        "value": share.value, "lower": share.lower, "upper": share.upper, "kind": share.kind,
        "_used": [fig], "note": "; ".join(notes),
    }


def _level4(g: pd.DataFrame, period: str) -> dict | None:
    pick = {m: _best(g[g["metric"] == m], period) for m in (
        "services_level4", "services_total", "procedures_total", "services_level2", "services_level3",
        "services_level4_pct")}
    l4 = pick["services_level4"]
    if l4 is not None:
        for basis in ("services_total", "procedures_total"):
            den = pick[basis]
            if den is not None:
                return _candidate("level4_share", basis, "services_level4", l4["value"], l4["qualifier"],
                                  den["value"], den["qualifier"], [l4, den])
        levels = [pick[m] for m in ("services_level2", "services_level3") if pick[m] is not None]
        if levels:
            parts = [l4, *levels]
            qual = combine_qualifiers([p["qualifier"] for p in parts])
            note = ""
            if pick["services_level2"] is None:
                qual = combine_qualifiers([qual, "more_than"])
                note = "level 2 not stated: the total is at least the sum of the stated levels"
            return _candidate("level4_share", "sum_of_levels", "services_level4", l4["value"], l4["qualifier"],
                              sum(p["value"] for p in parts), qual, parts, note)
    if pick["services_level4_pct"] is not None:
        return _stated("level4_share", pick["services_level4_pct"], "no counts: the share as stated")
    return None


def _online(g: pd.DataFrame, period: str) -> dict | None:
    pick = {m: _best(g[g["metric"] == m], period) for m in (
        "dossiers_online", "dossiers_online_level3", "dossiers_online_level4", "dossiers_received",
        "dossiers_resolved", "dossiers_online_pct")}
    den = None
    for basis in ("dossiers_received", "dossiers_resolved"):
        if pick[basis] is not None:
            den, den_basis = pick[basis], basis
            break
    num, num_basis, note = None, "", ""
    if pick["dossiers_online"] is not None:
        num = pick["dossiers_online"]
        parts, num_basis, num_q = [num], "dossiers_online", num["qualifier"]
    else:
        parts = [pick[m] for m in ("dossiers_online_level3", "dossiers_online_level4") if pick[m] is not None]
        if parts:
            num_basis = "+".join(p["metric"] for p in parts)
            num_q = combine_qualifiers([p["qualifier"] for p in parts])
            if len(parts) == 1:
                num_q = combine_qualifiers([num_q, "more_than"])
                note = "only one of levels 3 and 4 stated: the numerator is at least this"
            num = parts[0]
    if num is not None and den is not None:
        return _candidate("online_dossier_share", den_basis, num_basis, sum(p["value"] for p in parts), num_q,
                          den["value"], den["qualifier"], [*parts, den], note)
    if pick["dossiers_online_pct"] is not None:
        return _stated("online_dossier_share", pick["dossiers_online_pct"], "no counts: the share as stated")
    return None


def _email(g: pd.DataFrame, period: str) -> dict | None:
    for metric in ("email_usage_pct", "email_issued_pct"):
        fig = _best(g[g["metric"] == metric], period)
        if fig is not None:
            return _stated("email_use", fig)
    return None


_BUILDERS = {"level4_share": _level4, "online_dossier_share": _online, "email_use": _email}
_RATIO_METRICS = {
    "level4_share": ("services_level4", "services_total", "procedures_total", "services_level2",
                     "services_level3", "services_level4_pct"),
    "online_dossier_share": ("dossiers_online", "dossiers_online_level3", "dossiers_online_level4",
                             "dossiers_received", "dossiers_resolved", "dossiers_online_pct"),
    "email_use": ("email_usage_pct", "email_issued_pct"),
}
_BASIS_RANK = {
    "services_total": 0, "procedures_total": 1, "sum_of_levels": 2,
    "dossiers_received": 0, "dossiers_resolved": 1,
    "stated:email_usage_pct": 0, "stated:email_issued_pct": 1,
}


# --------------------------------------------------------------------------- candidates and selection
def _prepare(figures: pd.DataFrame) -> pd.DataFrame:
    df = figures.copy()
    for col in ("province", "scope", "period", "qualifier", "status", "metric", "doc_id"):
        df[col] = df[col].astype("string").fillna("").str.strip()
    df["qualifier"] = df["qualifier"].replace("", "exact")
    df["year"] = df["year"].astype("Int64")
    df["value"] = df["value"].astype(float)
    df["start"] = pd.to_numeric(df["start"], errors="coerce").fillna(0)
    used = {m for ms in _RATIO_METRICS.values() for m in ms}
    return df[df["metric"].isin(used) & df["status"].isin(["actual", "target"])]


def candidates(figures: pd.DataFrame) -> pd.DataFrame:
    """Every candidate ratio: one per article, province, year, scope, status and period, per ratio.

    Numerator and denominator are always taken from the same article and the same scope; figures
    whose period is empty pair with any period of their article. Targets and achieved figures never mix.
    """
    df = _prepare(figures)
    rows: list[dict] = []
    keys = ["doc_id", "province", "year", "scope", "status"]
    for key, g in df.groupby(keys, dropna=False, sort=True):
        periods = sorted(p for p in g["period"].unique() if p) or [""]
        for period in periods:
            sub = g[(g["period"] == period) | (g["period"] == "")]
            for ratio, build in _BUILDERS.items():
                cand = build(sub, period)
                if cand is None:
                    continue
                used = cand.pop("_used")
                periods_used = sorted({u["period"] for u in used if u["period"]})
                rows.append({
                    **dict(zip(keys, key)), **cand,
                    "period": "; ".join(periods_used),
                    "doc_ids": key[0],
                    "alternatives": "; ".join(_others(sub, used, _RATIO_METRICS[ratio])),
                })
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    # the same figures can form the same candidate for two periods of one article: keep one
    out = out.drop_duplicates(subset=["doc_id", "province", "year", "scope", "status", "ratio", "basis",
                                      "numerator", "denominator", "value"])
    return out.reset_index(drop=True)


def select(cands: pd.DataFrame) -> pd.DataFrame:
    """Mark the chosen candidate per province, year, ratio, scope and status (`selected`, `selection_rank`).

    Rule, in order: kind exact > estimate > bound; the preferred basis of figures.md (services_total >
    procedures_total > sum of levels; dossiers_received > dossiers_resolved; e-mail usage > issued;
    counts before a stated share); the larger denominator (a longer period or a wider coverage);
    then doc_id and period, so the choice is deterministic. The others stay with selected=False.
    """
    if cands.empty:
        return cands.assign(selected=pd.Series(dtype=bool), selection_rank=pd.Series(dtype="Int64"),
                            n_candidates=pd.Series(dtype="Int64"))
    df = cands.copy()
    df["_k"] = df["kind"].map(_KIND_RANK)
    df["_b"] = df["basis"].map(_BASIS_RANK).fillna(9)
    df["_d"] = -df["denominator"].fillna(-1)
    df = df.sort_values(["_k", "_b", "_d", "doc_ids", "period"], kind="stable")
    group = ["province", "year", "ratio", "scope", "status"]
    df["selection_rank"] = df.groupby(group, dropna=False).cumcount().add(1).astype("Int64")
    df["n_candidates"] = df.groupby(group, dropna=False)["ratio"].transform("size").astype("Int64")
    df["selected"] = df["selection_rank"] == 1
    return df.drop(columns=["_k", "_b", "_d"]).sort_index()


# --------------------------------------------------------------------------- provinces, targets, CI
def load_targets(path: str | Path | None = None) -> pd.DataFrame:
    """National targets: ratio, target_pct (float), by_year (Int64), instrument, note, source."""
    df = pd.read_csv(path or REFERENCE_DIR / "national_targets.csv", dtype=str, keep_default_na=False)
    df["target_pct"] = pd.to_numeric(df["target_pct"]).astype(float)
    df["by_year"] = pd.to_numeric(df["by_year"]).astype("Int64")
    return df


def _province_2025(names: pd.Series, provinces: pd.DataFrame) -> pd.Series:
    mapping: dict[str, str] = {}
    for row in provinces.itertuples():
        target = row.merged_into_2025 or row.name
        mapping[row.name] = target
        for alias in str(getattr(row, "aliases", "") or "").split(";"):
            if alias.strip():
                mapping.setdefault(alias.strip(), target)
    return names.map(lambda n: mapping.get(n, pd.NA) if n else pd.NA).astype("string")


def _match_targets(df: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """The nearest national target for the ratio due in or after the row's year; gap = target - value."""
    pct, year, instrument = [], [], []
    for row in df.itertuples():
        t = targets[(targets["ratio"] == row.ratio)]
        if pd.isna(row.year) or t.empty:
            t = t.iloc[0:0]
        else:
            t = t[t["by_year"] >= row.year].sort_values("by_year")
        if t.empty:
            pct.append(math.nan), year.append(pd.NA), instrument.append("")
        else:
            pct.append(float(t.iloc[0]["target_pct"])), year.append(t.iloc[0]["by_year"])
            instrument.append(str(t.iloc[0]["instrument"]))
    df["target_pct"] = pd.Series(pct, index=df.index, dtype=float)
    df["target_year"] = pd.Series(year, index=df.index, dtype="Int64")
    df["target_instrument"] = pd.Series(instrument, index=df.index, dtype="string")
    df["gap_to_target"] = df["target_pct"] - df["value"]
    return df


def _attach_ci(df: pd.DataFrame) -> pd.DataFrame:
    from .stats import wilson_interval

    ok = df["numerator"].notna() & df["denominator"].notna() & (df["numerator"] <= df["denominator"])
    low, high = wilson_interval(df["numerator"].where(ok), df["denominator"].where(ok))
    df["ci_low"], df["ci_high"] = low, high
    note = df["ratio"].map(CI_NOTE).fillna("")
    df["ci_note"] = np.where(ok, note, "").astype(object)
    bounded = ok & (df["kind"] != "exact")
    df.loc[bounded, "ci_note"] = df.loc[bounded, "ci_note"] + "; computed on the stated numbers of a " + \
        df.loc[bounded, "kind"]
    df.loc[df["numerator"].notna() & ~ok, "ci_note"] = "no interval: numerator above denominator"
    return df


def _attach_plans(df: pd.DataFrame) -> pd.DataFrame:
    """plan_pct: the province's own selected target for the same ratio, scope and year (actual rows)."""
    key = ["level", "province", "year", "ratio", "scope"]
    plans = df[(df["status"] == "target") & df["selected"]][key + ["value"]].rename(columns={"value": "plan_pct"})
    plans = plans.drop_duplicates(subset=key)
    out = df.merge(plans, on=key, how="left")
    out.loc[out["status"] != "actual", "plan_pct"] = math.nan
    return out


def aggregate_2025(ratios: pd.DataFrame) -> pd.DataFrame:
    """Rows for the 34 post-merger provinces: selected count-based province rows summed per merged province.

    Numerators and denominators are summed (never shares averaged), separately per year, ratio, scope,
    status, basis and numerator basis; stated shares are not aggregated. `members` lists the old provinces
    summed; the note says which member provinces of the merged one had no figure (a partial aggregate).
    """
    base = ratios[(ratios["level"] == "province") & ratios["selected"] & ratios["numerator"].notna()
                  & ratios["denominator"].notna() & ratios["province_2025"].notna()]
    rows = []
    key = ["province_2025", "year", "ratio", "scope", "status", "basis", "numerator_basis"]
    all_members = ratios.attrs.get("members_2025", {})
    for k, g in base.groupby(key, dropna=False, sort=True):
        rec = dict(zip(key, k))
        num_q = combine_qualifiers(list(g["numerator_qualifier"]))
        den_q = combine_qualifiers(list(g["denominator_qualifier"]))
        share = share_from_counts(g["numerator"].sum(), num_q, g["denominator"].sum(), den_q)
        members = sorted(g["province"].unique())
        missing = [m for m in all_members.get(rec["province_2025"], []) if m not in members]
        notes = [n for n in (share.note, f"no figures for {', '.join(missing)}" if missing else "") if n]
        rows.append({
            **rec, "level": "province_2025", "province": rec["province_2025"],
            "period": "; ".join(sorted({p for p in g["period"] if p})),
            "numerator": g["numerator"].sum(), "numerator_qualifier": num_q,
            "denominator": g["denominator"].sum(), "denominator_qualifier": den_q,
            "value": share.value, "lower": share.lower, "upper": share.upper, "kind": share.kind,
            "doc_ids": ";".join(sorted({d for ids in g["doc_ids"] for d in ids.split(";")})),
            "alternatives": "", "note": "; ".join(notes), "members": ";".join(members),
        })
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out = select(out)
    return out


def compute_ratios(figures: pd.DataFrame, provinces: pd.DataFrame | None = None,
                   targets: pd.DataFrame | None = None, merged_2025: bool = False) -> pd.DataFrame:
    """The ratios table (columns RATIO_COLUMNS), one row per candidate; `selected` marks the chosen one.

    level: 'province' (as in the articles) or 'province_2025' (aggregated to the merged provinces, only
    when merged_2025=True). Percent values 0-100; see the README section "Ratios, audit and statistics".
    """
    provinces = load_provinces() if provinces is None else provinces
    targets = load_targets() if targets is None else targets
    cands = candidates(figures)
    if cands.empty:
        return _empty()
    df = select(cands)
    df["level"] = "province"
    df["members"] = df["province"]
    df["province_2025"] = _province_2025(df["province"], provinces)
    if merged_2025:
        members: dict[str, list[str]] = {}
        for row in provinces.itertuples():
            members.setdefault(row.merged_into_2025 or row.name, []).append(row.name)
        df.attrs["members_2025"] = members
        agg = aggregate_2025(df)
        if not agg.empty:
            df = pd.concat([df, agg], ignore_index=True)
    df = _attach_ci(df)
    df = _match_targets(df, targets)
    df = _attach_plans(df)
    return _finish(df)


def _empty() -> pd.DataFrame:
    return _finish(pd.DataFrame(columns=list(RATIO_COLUMNS)))


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    for col in RATIO_COLUMNS:
        if col not in df.columns:
            df[col] = pd.NA
    df = df[list(RATIO_COLUMNS)].copy()
    df["year"] = df["year"].astype("Int64")
    df["target_year"] = df["target_year"].astype("Int64")
    for col in ("numerator", "denominator", "value", "lower", "upper", "ci_low", "ci_high",
                "target_pct", "gap_to_target", "plan_pct"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype(float)
    df["selected"] = df["selected"].astype(bool)
    for col in ("selection_rank", "n_candidates"):
        df[col] = df[col].astype("Int64")
    text = [c for c in RATIO_COLUMNS if c not in df.select_dtypes(include=["number", "bool"]).columns
            and c not in ("year", "target_year", "selection_rank", "n_candidates")]
    for col in text:
        df[col] = df[col].astype("string").fillna("")
    df["province_2025"] = df["province_2025"].replace("", pd.NA)
    order = ["level", "province", "ratio", "year", "scope", "status", "selection_rank"]
    return df.sort_values(order, na_position="last", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- command line
def read_figures(path: Path) -> pd.DataFrame:
    """Read and validate a figures table; raises ValueError naming the file when it is unusable."""
    try:
        df = read_table(path)
    except Exception as exc:  # noqa: BLE001 - any read failure becomes one clear message
        raise ValueError(f"{path}: cannot read the figures table ({exc})") from exc
    missing = [c for c in FIGURE_COLUMNS if c not in df.columns and c not in OPTIONAL_FIGURE_COLUMNS]
    if missing:
        raise ValueError(f"{path}: not a figures table, missing columns {', '.join(missing)}")
    try:
        return validate_figures(df[[c for c in FIGURE_COLUMNS if c in df.columns]])
    except Exception as exc:  # noqa: BLE001 - pandera's SchemaError and dtype errors alike
        raise ValueError(f"{path}: the figures table breaks the contract ({str(exc).splitlines()[0]})") from exc


def run_ratios(figures_path: Path, out_dir: Path, merged_2025: bool = False) -> int:
    """figures table -> out_dir/ratios.csv, consistency.csv, comparisons.csv; one summary line; exit code."""
    from .audit import audit
    from .stats import comparisons

    try:
        figures = read_figures(Path(figures_path))
    except ValueError as exc:
        print(f"ratios: {exc}", file=sys.stderr)
        return 2
    ratios = compute_ratios(figures, merged_2025=merged_2025)
    checks = audit(figures)
    comps = comparisons(ratios)
    out_dir = Path(out_dir)
    write_table(ratios, out_dir / "ratios.csv")
    write_table(checks, out_dir / "consistency.csv")
    write_table(comps, out_dir / "comparisons.csv")
    selected = ratios[ratios["selected"] & (ratios["level"] == "province")]
    flagged = int((checks["verdict"] == "mismatch").sum()) if not checks.empty else 0
    print(f"ratios: {len(selected)} selected ratios ({len(ratios)} rows) for "
          f"{selected['province'].replace('', pd.NA).nunique()} provinces; "
          f"audit {flagged} mismatches in {len(checks)} checks; {len(comps)} comparison rows -> {out_dir}")
    return 0
