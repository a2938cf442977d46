"""Honest statistics on the ratios: Wilson intervals, pairwise province tests, binomial trend models."""
from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd


from ..schema import COMPARISON_COLUMNS, PAIRWISE_COLUMNS, TREND_COLUMNS

ALPHA = 0.05
CORRECTION = "holm"
MIN_YEARS = 3  # a per-province trend needs at least three years (two points leave no residual)

CAVEAT = ("counts are a census of a year's dossiers or services; tests treat them as draws from a stable "
          "process, so they say whether a difference is larger than chance variation of that process")


def wilson_interval(successes: float | pd.Series | np.ndarray, trials: float | pd.Series | np.ndarray,
                    alpha: float = ALPHA) -> tuple[np.ndarray | float, np.ndarray | float]:
    """Wilson (1-alpha) interval of successes/trials in percent (0-100); NaN where the counts are unusable.

    Works on scalars or arrays. It is the uncertainty of a share over a year's flow of dossiers seen as
    draws from a stable process, not a sampling error: the counts are everything the province reported.
    """
    scalar = np.isscalar(successes) and np.isscalar(trials)
    x = np.asarray(pd.to_numeric(pd.Series(np.atleast_1d(successes)), errors="coerce"), dtype=float)
    n = np.asarray(pd.to_numeric(pd.Series(np.atleast_1d(trials)), errors="coerce"), dtype=float)
    valid = np.isfinite(x) & np.isfinite(n) & (n > 0) & (x >= 0) & (x <= n)
    low, high = np.full(x.shape, np.nan), np.full(x.shape, np.nan)
    if valid.any():
        from statsmodels.stats.proportion import proportion_confint  # deferred: statsmodels takes ~2 s to import

        lo, hi = proportion_confint(x[valid], n[valid], alpha=alpha, method="wilson")
        low[valid], high[valid] = 100 * np.asarray(lo), 100 * np.asarray(hi)
    if scalar:
        return float(low[0]), float(high[0])
    return low, high


def _counted(ratios: pd.DataFrame) -> pd.DataFrame:
    """Selected, achieved, province-level rows built from counts with 0 <= numerator <= denominator."""
    if ratios.empty:
        return ratios
    r = ratios
    ok = ((r["level"] == "province") & r["selected"] & (r["status"] == "actual")
          & r["numerator"].notna() & r["denominator"].notna() & (r["denominator"] > 0)
          & (r["numerator"] >= 0) & (r["numerator"] <= r["denominator"]) & (r["province"] != "")
          & (r["value"] <= 100.0))
    return r[ok]


def compare_provinces(ratios: pd.DataFrame, alpha: float = ALPHA, correction: str = CORRECTION) -> pd.DataFrame:
    """Every pair of provinces with counts for the same ratio, scope and year: two-proportion z-test.

    p-values are adjusted with `correction` (Holm by default) within each ratio-scope-year family.
    Pairs where either share is a bound or an estimate are listed with tested=False and the reason.
    """
    from statsmodels.stats.multitest import multipletests  # deferred: statsmodels takes ~2 s to import
    from statsmodels.stats.proportion import proportions_ztest

    base = _counted(ratios)
    rows: list[dict] = []
    for (ratio, scope, year), g in base.groupby(["ratio", "scope", "year"], sort=True):
        g = g.sort_values("province")
        for a, b in itertools.combinations(g.itertuples(), 2):
            row = {
                "analysis": "pairwise", "ratio": ratio, "scope": scope, "year": year,
                "province_a": a.province, "province_b": b.province, "basis_a": a.basis, "basis_b": b.basis,
                "count_a": a.numerator, "nobs_a": a.denominator, "count_b": b.numerator, "nobs_b": b.denominator,
                "value_a": a.value, "value_b": b.value, "diff": a.value - b.value,
                "statistic": math.nan, "p_value": math.nan, "tested": False, "reason": "",
            }
            if a.kind != "exact" or b.kind != "exact":
                row["reason"] = "not tested: a share is a bound or an estimate"
            elif (a.numerator + b.numerator == 0) or (a.numerator == a.denominator and b.numerator == b.denominator):
                row["reason"] = "not tested: both shares are 0% or both 100%"
            else:
                stat, p = proportions_ztest([a.numerator, b.numerator], [a.denominator, b.denominator])
                row.update(statistic=float(stat), p_value=float(p), tested=True,
                           reason="" if a.basis == b.basis else "different denominators (basis): read with care")
            rows.append(row)
    out = pd.DataFrame(rows, columns=[c for c in PAIRWISE_COLUMNS if c not in ("p_adjusted", "correction",
                                                                                 "n_tests", "significant")])
    out["p_adjusted"], out["n_tests"] = math.nan, 0
    out["correction"] = correction
    out["tested"] = out["tested"].astype(bool)
    for _, idx in out[out["tested"]].groupby(["ratio", "scope", "year"]).groups.items():
        p = out.loc[idx, "p_value"].to_numpy(dtype=float)
        out.loc[idx, "p_adjusted"] = multipletests(p, alpha=alpha, method=correction)[1]
        out.loc[idx, "n_tests"] = len(idx)
    out["significant"] = out["tested"] & (out["p_adjusted"] < alpha)
    return out[list(PAIRWISE_COLUMNS)]


def _fit(succ: np.ndarray, fail: np.ndarray, exog: np.ndarray, year_col: int) -> dict:
    """Binomial GLM with Pearson-scaled (quasi-binomial) errors; the year coefficient and its interval."""
    import statsmodels.api as sm  # deferred: statsmodels takes ~2 s to import

    model = sm.GLM(np.column_stack([succ, fail]), exog, family=sm.families.Binomial())
    res = model.fit(scale="X2")
    lo, hi = np.asarray(res.conf_int(alpha=ALPHA))[year_col]
    coef = float(np.asarray(res.params)[year_col])
    return {
        "fitted": True, "reason": "", "coef_year": coef, "coef_ci_low": float(lo), "coef_ci_high": float(hi),
        "odds_ratio_per_year": math.exp(coef), "p_value": float(np.asarray(res.pvalues)[year_col]),
        "df_resid": float(res.df_resid), "scale": float(res.scale),
    }


def _not_fitted(reason: str) -> dict:
    return {"fitted": False, "reason": reason, "coef_year": math.nan, "coef_ci_low": math.nan,
            "coef_ci_high": math.nan, "odds_ratio_per_year": math.nan, "p_value": math.nan,
            "df_resid": math.nan, "scale": math.nan}


def trend_models(ratios: pd.DataFrame, min_years: int = MIN_YEARS) -> pd.DataFrame:
    """Binomial GLMs of a share on year: per province, and pooled with province effects per ratio and scope.

    Only exact count-based, selected, achieved rows with a year enter. A per-province model needs
    `min_years` distinct years; the pooled model needs two provinces with at least two years each and a
    residual degree of freedom. Every province-ratio-scope with counts gets a row; unfitted rows say why.
    Errors are Pearson-scaled (quasi-binomial): dossier counts are far more dispersed than binomial.
    """
    base = _counted(ratios)
    base = base[base["year"].notna() & (base["kind"] == "exact")]
    skipped = _counted(ratios)
    skipped = skipped[~skipped.index.isin(base.index)]
    rows: list[dict] = []
    for (ratio, scope), g in base.groupby(["ratio", "scope"], sort=True):
        for province, p in g.groupby("province", sort=True):
            p = p.sort_values("year")
            years = p["year"].astype(int).to_numpy()
            head = {"analysis": "trend", "ratio": ratio, "scope": scope, "model": "per_province",
                    "province": province, "n_years": len(years), "years": ";".join(map(str, years))}
            if len(years) < min_years:
                rows.append({**head, **_not_fitted(f"not fitted: {len(years)} year(s) with counts, "
                                                   f"{min_years} needed")})
                continue
            succ = p["numerator"].to_numpy(float)
            exog = np.column_stack([np.ones(len(years)), (years - years.mean()).astype(float)])
            rows.append({**head, **_fit(succ, p["denominator"].to_numpy(float) - succ, exog, 1)})
        multi = g.groupby("province").filter(lambda x: len(x) >= 2)
        n_prov = multi["province"].nunique()
        head = {"analysis": "trend", "ratio": ratio, "scope": scope, "model": "pooled_province_effects",
                "province": ";".join(sorted(multi["province"].unique())), "n_years": multi["year"].nunique(),
                "years": ";".join(map(str, sorted(multi["year"].astype(int).unique())))}
        if n_prov < 2:
            rows.append({**head, **_not_fitted(f"not fitted: {n_prov} province(s) with two or more years, 2 needed")})
        elif len(multi) <= n_prov + 1:
            rows.append({**head, **_not_fitted("not fitted: no residual degree of freedom")})
        else:
            years = multi["year"].astype(int).to_numpy()
            dummies = pd.get_dummies(multi["province"], drop_first=True, dtype=float).to_numpy()
            exog = np.column_stack([np.ones(len(multi)), years - years.mean(), dummies])
            succ = multi["numerator"].to_numpy(float)
            rows.append({**head, **_fit(succ, multi["denominator"].to_numpy(float) - succ, exog, 1)})
    for row in skipped.itertuples():
        why = "no year" if pd.isna(row.year) else f"the share is a {row.kind}"
        rows.append({"analysis": "trend", "ratio": row.ratio, "scope": row.scope, "model": "per_province",
                     "province": row.province, "n_years": 0 if pd.isna(row.year) else 1, "years": "" if pd.isna(row.year) else str(row.year),
                     **_not_fitted(f"not fitted: {why}")})
    return pd.DataFrame(rows, columns=list(TREND_COLUMNS))


def comparisons(ratios: pd.DataFrame) -> pd.DataFrame:
    """comparisons.csv: pairwise tests then trend-model rows, one table told apart by `analysis`."""
    pair, trend = compare_provinces(ratios), trend_models(ratios)
    frames = [f for f in (pair, trend) if not f.empty]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    out = out.reindex(columns=list(COMPARISON_COLUMNS))
    out["caveat"] = CAVEAT
    return out
