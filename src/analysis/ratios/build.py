"""Adoption ratios (level-4 share, online dossiers, e-mail use) per province and year, from the figures table:
candidates from one article each, then the selection of one per province, year, ratio, scope and status."""
from __future__ import annotations

import math

import pandas as pd

from ..reference.catalogue import SUM_OF_LEVELS, RatioSpec, catalogue
from ..reference.provinces import load_provinces
from ..reference.targets import load_targets
from ..schema import RATIO_COLUMNS
from .plausibility import ratio_problems
from .enrich import aggregate_2025, attach_ci, attach_plans, match_targets, members_2025, province_2025
from .qualifiers import QUALIFIER_RANK, combine_qualifiers, share_from_counts, share_from_stated

_KIND_RANK = {"exact": 0, "estimate": 1, "bound": 2}


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
        "q": rows["qualifier"].map(QUALIFIER_RANK).fillna(3),
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


# --------------------------------------------------------------------------- one candidate
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


# --------------------------------------------------------------------------- the ratios (resources/metrics.yml)
_SPECS = catalogue().ratios
NO_COUNTS = "no counts: the share as stated"


def _pick(g: pd.DataFrame, spec: RatioSpec, period: str) -> dict[str, pd.Series | None]:
    return {m: _best(g[g["metric"] == m], period) for m in spec.metrics}


def _bound_or_stated(spec: RatioSpec, cand: dict, pick: dict[str, pd.Series | None]) -> dict:
    """Counts that give only a bound or an estimate yield to a share the same article states exactly
    (exact > estimate > bound, as in `select`)."""
    stated = next((pick[m] for m in spec.stated if pick[m] is not None), None)
    if cand["kind"] == "exact" or stated is None or stated["qualifier"] != "exact":
        return cand
    return _stated(spec.name, stated, f"the share as stated; the counts give only {cand['kind']} "
                                      f"{cand['value']:.2f}% ({cand['basis']})")


def _first_stated(spec: RatioSpec, pick: dict[str, pd.Series | None]) -> dict | None:
    """The first stated share present, when no counts make the ratio."""
    for metric in spec.stated:
        if pick[metric] is not None:
            return _stated(spec.name, pick[metric], NO_COUNTS if spec.numerators else "")
    return None


def _sum_of_levels(spec: RatioSpec, pick: dict, num: pd.Series) -> dict | None:
    """Denominator = the numerator's level plus the other stated levels; without the first level (2) the
    real total is at least that sum, so the share is an upper bound."""
    levels = [pick[m] for m in spec.levels if pick[m] is not None]
    if not levels:
        return None
    parts = [num, *levels]
    qual = combine_qualifiers([p["qualifier"] for p in parts])
    note = ""
    if pick[spec.levels[0]] is None:
        qual = combine_qualifiers([qual, "more_than"])
        note = "level 2 not stated: the total is at least the sum of the stated levels"
    return _candidate(spec.name, SUM_OF_LEVELS, num["metric"], num["value"], num["qualifier"],
                      sum(p["value"] for p in parts), qual, parts, note)


def _level4(g: pd.DataFrame, period: str) -> dict | None:
    spec = _SPECS["level4_share"]
    pick = _pick(g, spec, period)
    num = pick[spec.numerators[0]]
    for basis in spec.denominators if num is not None else ():
        if basis == SUM_OF_LEVELS:
            cand = _sum_of_levels(spec, pick, num)
            if cand is not None:
                return _bound_or_stated(spec, cand, pick)
        elif pick[basis] is not None:
            den = pick[basis]
            return _bound_or_stated(spec, _candidate(spec.name, basis, num["metric"], num["value"],
                                                     num["qualifier"], den["value"], den["qualifier"],
                                                     [num, den]), pick)
    return _first_stated(spec, pick)


def _online_numerator(spec: RatioSpec, pick: dict) -> tuple[list[pd.Series], str, str, str] | None:
    """(figures, numerator_basis, qualifier, note): the single count, else the per-level counts (with
    only one level stated the numerator is at least that)."""
    whole, by_level = spec.numerators
    if pick[whole] is not None:
        return [pick[whole]], whole, pick[whole]["qualifier"], ""
    parts = [pick[m] for m in by_level.split("+") if pick[m] is not None]
    if not parts:
        return None
    num_q = combine_qualifiers([p["qualifier"] for p in parts])
    note = ""
    if len(parts) == 1:
        num_q = combine_qualifiers([num_q, "more_than"])
        note = "only one of levels 3 and 4 stated: the numerator is at least this"
    return parts, "+".join(p["metric"] for p in parts), num_q, note


def _online(g: pd.DataFrame, period: str) -> dict | None:
    spec = _SPECS["online_dossier_share"]
    pick = _pick(g, spec, period)
    den_basis = next((b for b in spec.denominators if pick[b] is not None), None)
    num = _online_numerator(spec, pick)
    if num is not None and den_basis is not None:
        parts, num_basis, num_q, note = num
        den = pick[den_basis]
        return _bound_or_stated(spec, _candidate(spec.name, den_basis, num_basis, sum(p["value"] for p in parts),
                                                 num_q, den["value"], den["qualifier"], [*parts, den], note), pick)
    return _first_stated(spec, pick)


def _email(g: pd.DataFrame, period: str) -> dict | None:
    spec = _SPECS["email_use"]
    return _first_stated(spec, _pick(g, spec, period))


_BUILDERS = {"level4_share": _level4, "online_dossier_share": _online, "email_use": _email}
# The preferred basis first, per ratio (select compares bases within one ratio only).
_BASIS_RANK = {basis: rank for spec in _SPECS.values() for rank, basis in enumerate(spec.bases)}


# --------------------------------------------------------------------------- candidates and selection
def _prepare(figures: pd.DataFrame) -> pd.DataFrame:
    df = figures.copy()
    for col in ("province", "scope", "period", "qualifier", "status", "metric", "doc_id"):
        df[col] = df[col].astype("string").fillna("").str.strip()
    df["qualifier"] = df["qualifier"].replace("", "exact")
    df["year"] = df["year"].astype("Int64")
    df["value"] = df["value"].astype(float)
    df["start"] = pd.to_numeric(df["start"], errors="coerce").fillna(0)
    used = {m for spec in _SPECS.values() for m in spec.metrics}
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
                    "alternatives": "; ".join(_others(sub, used, _SPECS[ratio].metrics)),
                })
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    # the same figures can form the same candidate for two periods of one article: keep one
    out = out.drop_duplicates(subset=["doc_id", "province", "year", "scope", "status", "ratio", "basis",
                                      "numerator", "denominator", "value"])
    out["problem"] = ratio_problems(out)
    return out.reset_index(drop=True)


def select(cands: pd.DataFrame) -> pd.DataFrame:
    """Mark the chosen candidate per province, year, ratio, scope and status (`selected`, `selection_rank`).

    Rule, in order: a value that can be true (plausibility.ratio_problems) > one that cannot; kind exact >
    estimate > bound; the preferred basis of figures.md (services_total >
    procedures_total > sum of levels; dossiers_received > dossiers_resolved; e-mail usage > issued;
    counts before a stated share); the larger denominator (a longer period or a wider coverage);
    then doc_id and period, so the choice is deterministic. The others stay with selected=False.
    """
    if cands.empty:
        return cands.assign(selected=pd.Series(dtype=bool), selection_rank=pd.Series(dtype="Int64"),
                            n_candidates=pd.Series(dtype="Int64"))
    df = cands.copy()
    df["_p"] = (ratio_problems(df) != "").astype(int)
    df["_k"] = df["kind"].map(_KIND_RANK)
    df["_b"] = df["basis"].map(_BASIS_RANK).fillna(9)
    df["_d"] = -df["denominator"].fillna(-1)
    df = df.sort_values(["_p", "_k", "_b", "_d", "doc_ids", "period"], kind="stable")
    group = ["province", "year", "ratio", "scope", "status"]
    df["selection_rank"] = df.groupby(group, dropna=False).cumcount().add(1).astype("Int64")
    df["n_candidates"] = df.groupby(group, dropna=False)["ratio"].transform("size").astype("Int64")
    df["selected"] = df["selection_rank"] == 1
    return df.drop(columns=["_p", "_k", "_b", "_d"]).sort_index()


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
    df["province_2025"] = province_2025(df["province"], provinces)
    if merged_2025:
        df.attrs["members_2025"] = members_2025(provinces)
        agg = aggregate_2025(df)
        if not agg.empty:
            df = pd.concat([df, select(agg)], ignore_index=True)
    df = attach_ci(df)
    df = match_targets(df, targets)
    df = attach_plans(df)
    df["problem"] = ratio_problems(df)
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
