"""Tables told in words (Vietnamese): one sentence per ratio, per province comparison, per trend model."""
from __future__ import annotations

import math

import pandas as pd

from .labels import KIND_LABELS, ratio_label


def _fmt_pct(x: object) -> str:
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "?"
    return "?" if math.isnan(v) else f"{v:.1f}%".replace(".", ",")


def describe_ratio(row: pd.Series) -> str:
    """One sentence about one ratio row: value, kind, basis and target."""
    year = "" if pd.isna(row.get("year")) else f" năm {int(row['year'])}"
    kind = str(row.get("kind") or "exact")
    text = f"{row['province']}{year}: {ratio_label(str(row['ratio'])).lower()} là {_fmt_pct(row['value'])}"
    if kind != "exact":
        text += f" ({KIND_LABELS.get(kind, kind)})"
    if pd.notna(row.get("target_pct")):
        met = float(row["value"]) >= float(row["target_pct"])
        text += (f", {'đã đạt' if met else 'chưa đạt'} mục tiêu {_fmt_pct(row['target_pct'])}"
                 f" đến năm {int(row['target_year'])}" if pd.notna(row.get("target_year")) else "")
    return text + "."


def describe_comparisons(pairs: pd.DataFrame) -> list[str]:
    """One sentence per pairwise province comparison (two-proportion tests, Holm-adjusted p-values)."""
    out: list[str] = []
    for _, r in pairs.iterrows():
        year = "" if pd.isna(r.get("year")) else f" năm {int(r['year'])}"
        head = (f"{ratio_label(str(r['ratio']))}{year}: {r['province_a']} {_fmt_pct(r['value_a'])} so với "
                f"{r['province_b']} {_fmt_pct(r['value_b'])}")
        if not bool(r.get("tested")):
            out.append(f"{head}; không kiểm định ({r.get('reason') or 'không đủ điều kiện'}).")
            continue
        p = float(r["p_adjusted"]) if pd.notna(r.get("p_adjusted")) else float(r["p_value"])
        gap = abs(float(r["value_a"]) - float(r["value_b"]))
        verdict = ("chênh lệch này lớn hơn mức dao động ngẫu nhiên" if bool(r.get("significant"))
                   else "chênh lệch này có thể chỉ là dao động ngẫu nhiên")
        note = f" Lưu ý: {r['reason']}." if str(r.get("reason") or "") else ""
        out.append(f"{head}: chênh {gap:.1f} điểm phần trăm; {verdict} (p đã hiệu chỉnh = {p:.3g}).{note}")
    return out


def describe_trends(trends: pd.DataFrame) -> list[str]:
    """One sentence per trend model: the yearly change in odds and whether it is distinguishable from none."""
    out: list[str] = []
    for _, r in trends.iterrows():
        who = str(r.get("province") or "").replace(";", ", ")
        head = f"Xu hướng {ratio_label(str(r['ratio'])).lower()} ({who})"
        if not bool(r.get("fitted")):
            out.append(f"{head}: chưa ước lượng được ({r.get('reason') or 'không đủ số liệu'}).")
            continue
        odds = float(r["odds_ratio_per_year"])
        direction = "tăng" if odds > 1 else "giảm"
        lo, hi = math.exp(float(r["coef_ci_low"])), math.exp(float(r["coef_ci_high"]))
        sure = ("khoảng tin cậy không chứa 1 nên xu hướng rõ ràng" if lo > 1 or hi < 1
                else "khoảng tin cậy chứa 1 nên chưa thể khẳng định có xu hướng")
        out.append(f"{head}: mỗi năm tỷ lệ odds {direction} {abs(odds - 1) * 100:.0f}% "
                   f"(KTC 95%: ×{lo:.2f} đến ×{hi:.2f}); {sure} (p = {float(r['p_value']):.3g}).")
    return out


def selected(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio rows chosen for comparison (all rows when the table has no `selected` column)."""
    if ratios.empty or "selected" not in ratios:
        return ratios
    return ratios[ratios["selected"].fillna(False).astype(bool)]


def rank_sentence(ratios: pd.DataFrame, ratio: str, province: str) -> str:
    """Where province stands on ratio among the provinces that have it (best value = rank 1)."""
    rows = selected(ratios)
    rows = rows[rows["ratio"] == ratio].dropna(subset=["value"])
    best = rows.groupby("province")["value"].max().sort_values(ascending=False)
    label = ratio_label(ratio).lower()
    if province not in best.index:
        return f"{province} chưa có {label}."
    rank = list(best.index).index(province) + 1
    return (f"{province}: {label} {_fmt_pct(best[province])}, đứng thứ {rank}/{len(best)} tỉnh có số liệu "
            f"(cao nhất {_fmt_pct(best.iloc[0])}, thấp nhất {_fmt_pct(best.iloc[-1])}).")
