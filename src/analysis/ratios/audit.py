"""Consistency audit of the figures table: do an article's figures agree with each other? Reported, never fixed."""
from __future__ import annotations

import math
import re

import pandas as pd

from ..text.numbers import NUMBER_PATTERN as _NUM, parse_number

from ..reference.catalogue import SUM_OF_LEVELS, catalogue
from ..schema import AUDIT_COLUMNS
from .qualifiers import decimals, interval, sum_interval, verdict

_CATALOGUE = catalogue()
# (share metric, numerator metric(s) "a+b", denominators in order of preference): resources/metrics.yml
STATED_SHARES = _CATALOGUE.stated_shares
# (part, whole) "a+b" sums metrics; part <= whole within one article, scope and period
PART_WHOLE = _CATALOGUE.part_of
LEVELS = _CATALOGUE.service_levels
SCOPED_TOTALS = _CATALOGUE.scoped_totals
GOVERNMENT_TIERS = ("cấp tỉnh", "cấp huyện", "cấp xã")


# --------------------------------------------------------------------------- evidence parsing
_NUM_RE = re.compile(rf"(?<![\d.,/])({_NUM})(?![\d/]|[.,]\d)")


def parenthesised_parts(evidence: str, total: float) -> list[tuple[float, str]]:
    """The parts listed in parentheses right after `total` in the sentence: '99 cơ quan (31 sở; 9 huyện; ...)'.

    The number `total` must be followed, within a few words and with no other number between, by '(';
    the bracket is split on ';' (or on ',' when every piece then starts with a number) and each piece
    must start with a number (percentages are not parts). Returns [(value, piece)], or [] when the
    sentence lists no such parts.
    """
    if not isinstance(evidence, str):
        return []
    for m in _NUM_RE.finditer(evidence):
        if parse_number(m.group(1)) != total:
            continue
        tail = evidence[m.end():]
        opening = re.match(r"[^()\d;.]{0,80}?\(", tail)
        if not opening:
            continue
        inner_start = m.end() + opening.end()
        close = evidence.find(")", inner_start)
        if close < 0:
            continue
        inner = evidence[inner_start:close]
        pieces = [p.strip() for p in inner.split(";")]
        if len(pieces) < 2:
            pieces = [p.strip() for p in inner.split(",")]
        parts = []
        for piece in pieces:
            lead = re.match(rf"({_NUM})(?!\s*%)(?![\d/])", piece)
            if not lead:
                parts = []
                break
            parts.append((parse_number(lead.group(1)), piece))
        if len(parts) >= 2:
            return parts
    return []


# --------------------------------------------------------------------------- the checks
def _prepare(figures: pd.DataFrame) -> pd.DataFrame:
    df = figures.copy()
    for col in ("doc_id", "province", "scope", "period", "qualifier", "status", "metric", "unit", "evidence"):
        df[col] = df[col].astype("string").fillna("").str.strip()
    df["qualifier"] = df["qualifier"].replace("", "exact")
    df["year"] = df["year"].astype("Int64")
    df["value"] = df["value"].astype(float)
    df["denominator"] = pd.to_numeric(df["denominator"], errors="coerce").astype(float)
    df["start"] = pd.to_numeric(df["start"], errors="coerce").fillna(0)
    return df


def _row(check: str, ref: pd.Series, metric: str, relation: str, expected: float, found: float,
         verdict: str, detail: str, evidence: str | None = None) -> dict:
    return {
        "check": check, "doc_id": ref["doc_id"], "province": ref["province"], "year": ref["year"],
        "scope": ref["scope"], "period": ref["period"], "status": ref["status"], "metric": metric,
        "relation": relation, "expected": float(expected), "found": float(found), "verdict": verdict,
        "detail": detail, "evidence": ref["evidence"] if evidence is None else evidence,
    }


def _first(g: pd.DataFrame, metric: str) -> pd.Series | None:
    """The figure of a metric to check against: exact before qualified, then the first in the text."""
    rows = g[g["metric"] == metric]
    if rows.empty:
        return None
    rank = rows["qualifier"].map({"exact": 0, "approx": 1}).fillna(2)
    return rows.loc[pd.DataFrame({"r": rank, "s": rows["start"]}).sort_values(["r", "s"]).index[0]]


def _combo(g: pd.DataFrame, metrics: str) -> tuple[float, tuple[float, float], list[pd.Series]] | None:
    """Sum of the '+'-joined metrics (all must be present): stated value, interval, figures used."""
    figs = [_first(g, m) for m in metrics.split("+")]
    if any(f is None for f in figs):
        return None
    return (sum(f["value"] for f in figs), sum_interval([interval(f["value"], f["qualifier"]) for f in figs]),
            figs)


def _fmt(x: float) -> str:
    """A number as stated, every digit kept (1139324, 16.06), never in exponent notation."""
    return f"{x:.12g}" if abs(x) < 1e12 else f"{x:.0f}"


def check_stated_shares(g: pd.DataFrame) -> list[dict]:
    """A stated share against the share computed from its counts, within the rounding of the stated share."""
    rows = []
    for share_metric, nums, dens in STATED_SHARES:
        num = _combo(g, nums)
        if num is None:
            continue
        for stated in g[g["metric"] == share_metric].itertuples(index=False):
            stated = pd.Series(stated._asdict())
            lo_s, hi_s = interval(stated["value"], stated["qualifier"], decimals(stated["value"]))
            tried = []
            for den_metric in dens:
                den = _combo(g, "+".join(LEVELS)) if den_metric == SUM_OF_LEVELS else _combo(g, den_metric)
                if den is None or den[0] <= 0:
                    continue
                computed = 100 * num[0] / den[0]
                lo_c = 100 * num[1][0] / den[1][1] if den[1][1] > 0 else 0.0
                hi_c = 100 * num[1][1] / den[1][0] if den[1][0] > 0 else math.inf
                holds = lo_s <= computed <= hi_s
                overlap = lo_c <= hi_s and lo_s <= hi_c
                base = "sum of levels" if den_metric == SUM_OF_LEVELS else den_metric
                detail = f"{'+'.join(_fmt(f['value']) for f in num[2])} / {_fmt(den[0])} ({base}) = {computed:.4f}%"
                tried.append((holds or overlap, _row("stated_share_vs_counts", stated, share_metric, "≈",
                                                     computed, stated["value"], verdict(holds, overlap), detail)))
                if holds:
                    break
            if tried:
                agreeing = [r for ok, r in tried if ok]
                rows.append(agreeing[0] if agreeing else tried[0][1])
    return rows


def check_part_whole(g: pd.DataFrame) -> list[dict]:
    """A part never exceeds its whole: resolved <= received (+ carried over), online <= received, ..."""
    rows = []
    for part_m, whole_m in PART_WHOLE:
        part = _combo(g, part_m)
        wholes = [m for m in whole_m.split("+") if _first(g, m) is not None]
        if part is None or not wholes or whole_m.split("+")[0] not in wholes:
            continue
        whole = _combo(g, "+".join(wholes))
        holds = part[0] <= whole[0]
        possible = part[1][0] <= whole[1][1]
        ref = whole[2][0]
        detail = f"{part_m} {_fmt(part[0])} <= {'+'.join(wholes)} {_fmt(whole[0])}"
        rows.append(_row("part_le_whole", ref, part_m, "<=", whole[0], part[0], verdict(holds, possible), detail))
    return rows


def check_levels_total(g: pd.DataFrame) -> list[dict]:
    """Service levels against the total: the stated levels never exceed it; levels 2-4 together equal it."""
    rows = []
    total = _first(g, "services_total")
    levels = [_first(g, m) for m in LEVELS]
    present = [f for f in levels if f is not None]
    if total is None or len(present) < 2:
        return rows
    stated = sum(f["value"] for f in present)
    lo, hi = sum_interval([interval(f["value"], f["qualifier"]) for f in present])
    t_lo, t_hi = interval(total["value"], total["qualifier"])
    parts = " + ".join(f"{_fmt(f['value'])} ({f['metric']})" for f in present)
    if len(present) == len(LEVELS):
        holds, possible = stated == total["value"], lo <= t_hi and t_lo <= hi
        rows.append(_row("levels_sum_to_total", total, "services_total", "==", total["value"], stated,
                         verdict(holds, possible), f"{parts} = {_fmt(stated)}"))
    else:
        holds, possible = stated <= total["value"], lo <= t_hi
        rows.append(_row("levels_within_total", total, "services_total", "<=", total["value"], stated,
                         verdict(holds, possible), f"{parts} = {_fmt(stated)} (not all levels stated)"))
    return rows


def check_scoped_parts(doc: pd.DataFrame) -> list[dict]:
    """Per-scope figures against the province-wide one (same metric, period): parts <= total; = for 3 tiers."""
    rows = []
    keys = ["province", "year", "status", "period"]
    for _, g in doc[doc["metric"].isin(SCOPED_TOTALS)].groupby(keys, dropna=False):
        for metric, m in g.groupby("metric"):
            total = _first(m[m["scope"] == ""], metric)
            scoped = m[m["scope"] != ""]
            if total is None or scoped.empty:
                continue
            per_scope = [_first(s, metric) for _, s in scoped.groupby("scope")]
            stated = sum(f["value"] for f in per_scope)
            lo, hi = sum_interval([interval(f["value"], f["qualifier"]) for f in per_scope])
            t_lo, t_hi = interval(total["value"], total["qualifier"])
            parts = " + ".join(f"{_fmt(f['value'])} ({f['scope']})" for f in per_scope)
            tiers = {f["scope"] for f in per_scope}
            if set(GOVERNMENT_TIERS) <= tiers and tiers <= set(GOVERNMENT_TIERS):
                holds, possible = stated == total["value"], lo <= t_hi and t_lo <= hi
                rows.append(_row("scopes_sum_to_total", total, metric, "==", total["value"], stated,
                                 verdict(holds, possible), f"{parts} = {_fmt(stated)}"))
            else:
                holds, possible = stated <= total["value"], lo <= t_hi
                rows.append(_row("scopes_within_total", total, metric, "<=", total["value"], stated,
                                 verdict(holds, possible), f"{parts} = {_fmt(stated)}"))
    return rows


def check_percent_range(doc: pd.DataFrame) -> list[dict]:
    """Percentages are at most 100; an x/y figure's x is at most y."""
    rows = []
    for _, f in doc.iterrows():
        if f["unit"] == "percent":
            rows.append(_row("percent_le_100", f, f["metric"], "<=", 100.0, f["value"],
                             "ok" if f["value"] <= 100 else "mismatch", f"{_fmt(f['value'])}%"))
        elif not pd.isna(f["denominator"]):
            rows.append(_row("fraction_le_denominator", f, f["metric"], "<=", f["denominator"], f["value"],
                             "ok" if f["value"] <= f["denominator"] else "mismatch",
                             f"{_fmt(f['value'])}/{_fmt(f['denominator'])}"))
    return rows


def check_parenthesised_parts(doc: pd.DataFrame) -> list[dict]:
    """Parts listed in parentheses after a total in the evidence sentence add up to that total."""
    rows = []
    for _, f in doc[doc["unit"] == "count"].iterrows():
        parts = parenthesised_parts(f["evidence"], f["value"])
        if not parts:
            continue
        stated = sum(v for v, _ in parts)
        lo, hi = interval(f["value"], f["qualifier"])
        holds, possible = stated == f["value"], lo <= stated <= hi
        detail = " + ".join(_fmt(v) for v, _ in parts) + f" = {_fmt(stated)}"
        rows.append(_row("parenthesised_parts_sum", f, f["metric"], "==", f["value"], stated,
                         verdict(holds, possible), detail))
    return rows


def check_stated_twice(doc: pd.DataFrame) -> list[dict]:
    """One metric stated twice in an article (same province, year, scope, period, status) with one value.

    Only figures of the same unit and x/y denominator, read from different sentences, are compared:
    several values of one metric in one sentence ("4 điểm cầu cấp tỉnh và 9 điểm cầu ... huyện")
    count different things.
    """
    rows = []
    doc = doc.assign(_den=doc["denominator"].fillna(-1))
    keys = ["province", "year", "scope", "period", "status", "metric", "unit", "_den"]
    for _, g in doc.groupby(keys, dropna=False):
        if len(g) < 2 or g["evidence"].nunique() < 2:
            continue
        g = g.drop_duplicates(subset=["evidence"], keep=False) if g["evidence"].duplicated().any() else g
        if len(g) < 2:
            continue
        # parts listed in parentheses after a total of the same metric are not a restatement
        listed = {v for f in g.itertuples() for v, _ in parenthesised_parts(f.evidence, f.value)}
        g = g[~g["value"].isin(listed) | (g["value"] == g["value"].max())]
        g = g.sort_values("start")
        if len(g) < 2:
            continue
        first = _first(g, g["metric"].iloc[0])
        lo, hi = interval(first["value"], first["qualifier"])
        for _, other in g.drop(index=first.name).iterrows():
            o_lo, o_hi = interval(other["value"], other["qualifier"])
            holds = other["value"] == first["value"]
            possible = o_lo <= hi and lo <= o_hi
            detail = (f"{_fmt(first['value'])} ({first['qualifier']}) and {_fmt(other['value'])} "
                      f"({other['qualifier']}) at offsets {int(first['start'])} and {int(other['start'])}")
            rows.append(_row("stated_twice", other, other["metric"], "==", first["value"], other["value"],
                             verdict(holds, possible), detail))
    return rows


def audit(figures: pd.DataFrame) -> pd.DataFrame:
    """The consistency table, one row per check made (AUDIT_COLUMNS); verdict ok / ok_with_qualifier / mismatch.

    ok_with_qualifier: the stated numbers disagree, but a qualifier (hơn, khoảng, ...) allows them to agree.
    Checks that compare figures within a scope run per article, province, year, scope, period and status;
    target figures are checked against target figures only.
    """
    df = _prepare(figures)
    rows: list[dict] = []
    group = ["province", "year", "scope", "period", "status"]
    for _, doc in df.groupby("doc_id", sort=True):
        for _, g in doc.groupby(group, dropna=False, sort=True):
            rows += check_stated_shares(g) + check_part_whole(g) + check_levels_total(g)
        rows += check_scoped_parts(doc) + check_percent_range(doc) + check_parenthesised_parts(doc)
        rows += check_stated_twice(doc)
    out = pd.DataFrame(rows, columns=list(AUDIT_COLUMNS))
    out["year"] = out["year"].astype("Int64")
    for col in ("expected", "found"):
        out[col] = out[col].astype(float)
    return out.reset_index(drop=True)
