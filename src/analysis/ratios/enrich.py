"""What a ratio row carries beyond its share: the province after the 2025 merger, the Wilson interval,
the national target and the province's own plan; and the rows aggregated to the merged provinces."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .plausibility import ratio_problems
from .qualifiers import combine_qualifiers, share_from_counts
from .stats import wilson_interval

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


def members_2025(provinces: pd.DataFrame) -> dict[str, list[str]]:
    """Merged province (July 2025) -> the provinces it took in (itself included)."""
    members: dict[str, list[str]] = {}
    for row in provinces.itertuples():
        members.setdefault(row.merged_into_2025 or row.name, []).append(row.name)
    return members


def province_2025(names: pd.Series, provinces: pd.DataFrame) -> pd.Series:
    mapping: dict[str, str] = {}
    for row in provinces.itertuples():
        target = row.merged_into_2025 or row.name
        mapping[row.name] = target
        for alias in str(getattr(row, "aliases", "") or "").split(";"):
            if alias.strip():
                mapping.setdefault(alias.strip(), target)
    return names.map(lambda n: mapping.get(n, pd.NA) if n else pd.NA).astype("string")


def match_targets(df: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
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


def attach_ci(df: pd.DataFrame) -> pd.DataFrame:
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


def attach_plans(df: pd.DataFrame) -> pd.DataFrame:
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
    A member whose counts cannot be true (numerator above its base) is left out, as if it had no figure.
    """
    base = ratios[(ratios["level"] == "province") & ratios["selected"] & ratios["numerator"].notna()
                  & ratios["denominator"].notna() & ratios["province_2025"].notna()
                  & (ratio_problems(ratios) == "")]
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
    return out
