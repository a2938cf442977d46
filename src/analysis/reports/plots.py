"""Charts for the reports: matplotlib/seaborn Figures labelled in Vietnamese (DejaVu Sans has the glyphs)."""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from ..reference.catalogue import catalogue
from .labels import KIND_LABELS, metric_label, ratio_label

FONT = "DejaVu Sans"
REPORT_WIDTH_IN = 9.0  # ~ 860 px at the reports' 96 dpi: the width of the HTML page's content column

_KIND_MARKERS: dict[str, str] = {"exact": "o", "bound_lower": ">", "bound_upper": "<", "estimate": "D"}


def use_report_style() -> None:
    """Seaborn's clean style with DejaVu Sans (which has every Vietnamese glyph) as the only font."""
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [FONT],
        "axes.titlesize": 12,
        "axes.labelsize": 10,
        "figure.dpi": 96,
        "savefig.dpi": 96,
        "figure.autolayout": False,
    })


def _empty(title: str, message: str) -> Figure:
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, 1.6))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.4, message, ha="center", va="center", fontsize=11, color="#555555")
    return fig


def coverage_heatmap(figures: pd.DataFrame) -> Figure:
    """Province × metric: how many achieved figures each province reports for each metric (who reports what)."""
    title = "Độ phủ số liệu: tỉnh nào báo cáo chỉ số nào"
    data = figures.dropna(subset=["province"])
    if data.empty:
        return _empty(title, "Không có số liệu nào gắn với một tỉnh.")
    table = pd.crosstab(data["province"].astype(str), data["metric"].astype(str))
    known = list(catalogue().metrics)  # the catalogue's order, then metrics it lacks alphabetically
    table = table[sorted(table.columns, key=lambda m: (m not in known, known.index(m) if m in known else 0, m))]
    table.columns = [metric_label(m) for m in table.columns]
    use_report_style()
    height = max(3.0, 0.45 * len(table.index) + 3.2)
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, height))
    sns.heatmap(table, annot=True, fmt="d", cmap="Blues", cbar_kws={"label": "Số số liệu"},
                linewidths=0.5, linecolor="white", ax=ax, vmin=0)
    ax.set_title(title)
    ax.set_xlabel("Chỉ số")
    ax.set_ylabel("Tỉnh/thành phố")
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    ax.tick_params(axis="y", labelrotation=0)
    for lab in ax.get_xticklabels():
        lab.set_horizontalalignment("right")
    fig.tight_layout()
    return fig


def figures_per_document(documents: pd.DataFrame) -> Figure:
    """Bar chart: how many figures were read from each article."""
    title = "Số số liệu đọc được từ mỗi bài viết"
    if documents.empty:
        return _empty(title, "Không có bài viết nào.")
    docs = documents.copy()
    docs["nhan"] = docs["doc_id"].astype(str) + " (" + docs["province"].fillna("không rõ tỉnh").astype(str) + ")"
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, max(2.4, 0.4 * len(docs) + 1.2)))
    sns.barplot(data=docs, y="nhan", x="n_figures", color="#3b75af", ax=ax)
    ax.set_title(title)
    ax.set_xlabel("Số số liệu")
    ax.set_ylabel("Bài viết (tỉnh)")
    fig.tight_layout()
    return fig


def _bounds(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's interval: the confidence interval when given, else its bounds; an open side of a bound
    (hơn 60% has no upper end) reaches 0 or 100."""
    def col(name: str) -> pd.Series:
        return pd.to_numeric(rows[name], errors="coerce") if name in rows else pd.Series(np.nan, rows.index)

    lo = col("ci_low").fillna(col("lower"))
    hi = col("ci_high").fillna(col("upper"))
    bound = _kinds(rows).str.startswith("bound")
    lo = lo.mask(bound & lo.isna(), 0.0)
    hi = hi.mask(bound & hi.isna(), 100.0)
    value = col("value")
    return lo.fillna(value).to_numpy(float), hi.fillna(value).to_numpy(float)


def _kinds(rows: pd.DataFrame) -> pd.Series:
    """exact / estimate / bound_lower (at least: hơn, trên) / bound_upper (at most: dưới, chưa đến)."""
    kind = rows["kind"].fillna("exact").astype(str) if "kind" in rows else pd.Series("exact", rows.index)
    lower = pd.to_numeric(rows["lower"], errors="coerce") if "lower" in rows else pd.Series(np.nan, rows.index)
    upper = pd.to_numeric(rows["upper"], errors="coerce") if "upper" in rows else pd.Series(np.nan, rows.index)
    at_most = (kind == "bound") & lower.isna() & upper.notna()
    return kind.mask(kind == "bound", "bound_lower").mask(at_most, "bound_upper")


def year_text(years: pd.Series, missing: str) -> pd.Series:
    """Years as labels ('2019'), `missing` where the year is unknown (pandas renders a missing Int64 as 'nan')."""
    return years.map(lambda y: missing if pd.isna(y) else str(int(y)))


def ratio_chart(ratios: pd.DataFrame, ratio: str, targets: pd.DataFrame | None = None,
                highlight: str | None = None, level: str = "province") -> Figure:
    """One adoption ratio across provinces (and years): value, interval or bound, and the national target line(s).

    level: "province" (as in the articles) or "province_2025" (the merged provinces), when the table has levels.
    """
    title = ratio_label(ratio) + (" (tỉnh sau sáp nhập 2025)" if level == "province_2025" else "")
    rows = ratios[ratios["ratio"] == ratio].copy()
    if "level" in rows:
        rows = rows[rows["level"] == level]
    if "selected" in rows:
        chosen = rows[rows["selected"].fillna(False).astype(bool)]
        rows = chosen if not chosen.empty else rows
    rows = rows.dropna(subset=["value"])
    if rows.empty:
        return _empty(title, "Chưa có tỉnh nào đủ số liệu để tính tỷ lệ này.")
    year = year_text(rows["year"], "không rõ năm")
    scope = rows["scope"].fillna("").astype(str) if "scope" in rows else pd.Series("", rows.index)
    rows["nhan"] = rows["province"].astype(str) + " (" + year + ")" + scope.map(lambda s: f" – {s}" if s else "")
    rows = rows.sort_values("value").reset_index(drop=True)
    lo, hi = _bounds(rows)
    values = rows["value"].to_numpy(float)
    kinds = _kinds(rows)

    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, max(2.8, 0.5 * len(rows) + 1.8)))
    y = np.arange(len(rows))
    ax.hlines(y, lo, hi, color="#8aa9c9", linewidth=4, alpha=0.8, label="khoảng tin cậy / cận")
    palette = sns.color_palette("deep")
    for i, kind in enumerate(dict.fromkeys(kinds)):
        mask = (kinds == kind).to_numpy()
        ax.scatter(values[mask], y[mask], marker=_KIND_MARKERS.get(kind, "o"), s=70, zorder=3,
                   color=palette[i % len(palette)], label=f"giá trị ({KIND_LABELS.get(kind, kind)})")
    if highlight is not None:
        mask = (rows["province"] == highlight).to_numpy()
        if mask.any():
            ax.scatter(values[mask], y[mask], s=260, facecolors="none", edgecolors="#c0392b",
                       linewidths=2, zorder=4, label=highlight)
    for line_no, (pct, tyear) in enumerate(_targets_for(ratio, rows, targets)):
        ax.axvline(pct, color="#c0392b", linestyle=("--", ":", "-.")[line_no % 3], linewidth=1.6,
                   label=f"Mục tiêu quốc gia {tyear}: {pct:g}%")
    ax.set_yticks(y, rows["nhan"])
    upper = np.nanmax(np.concatenate([hi, values, [0.0]]))
    ax.set_xlim(0, max(100.0, math.ceil(upper / 10.0) * 10.0) if upper > 1.5 else 1.0)
    ax.set_xlabel("Tỷ lệ (%)")
    ax.set_ylabel("Tỉnh/thành phố (năm)")
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8, frameon=True)
    fig.tight_layout()
    return fig


def _targets_for(ratio: str, rows: pd.DataFrame, targets: pd.DataFrame | None) -> list[tuple[float, str]]:
    """(target %, year) pairs for a ratio, from the targets table or else from the ratio rows' own target columns."""
    pairs: list[tuple[float, str]] = []
    if targets is not None and not targets.empty and "ratio" in targets:
        t = targets[targets["ratio"] == ratio]
        year_col = "by_year" if "by_year" in t else "target_year"
        for _, r in t.iterrows():
            pairs.append((float(r["target_pct"]), str(r.get(year_col, ""))))
    elif "target_pct" in rows:
        t = rows.dropna(subset=["target_pct"]).drop_duplicates(["target_pct", "target_year"])
        for _, r in t.iterrows():
            pairs.append((float(r["target_pct"]), str(r.get("target_year", ""))))
    return sorted(set(pairs), key=lambda p: p[1])


def province_metrics(figures: pd.DataFrame, province: str) -> Figure:
    """One province's achieved percentage figures by metric and period (counts are in the table beside)."""
    title = f"{province}: các chỉ số tỷ lệ theo thời kỳ"
    rows = figures[(figures["province"] == province) & (figures["unit"] == "percent")
                   & (figures["status"] == "actual")].copy()
    if rows.empty:
        return _empty(title, "Tỉnh này chưa có số liệu dạng tỷ lệ phần trăm.")
    rows["chi_so"] = rows["metric"].map(metric_label)
    period = rows["period"].fillna("").astype(str)
    rows["thoi_ky"] = period.where(period != "", year_text(rows["year"], "không rõ"))
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, max(2.8, 0.45 * rows["chi_so"].nunique() + 2.0)))
    sns.barplot(data=rows, y="chi_so", x="value", hue="thoi_ky", ax=ax, errorbar=None)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Tỷ lệ (%)")
    ax.set_ylabel("Chỉ số")
    ax.set_title(title)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(title="Thời kỳ", fontsize=8, title_fontsize=9, loc="lower right")
    fig.tight_layout()
    return fig


def ratios_to_chart(ratios: pd.DataFrame) -> list[str]:
    """The three core adoption ratios (always, so a missing one shows as such) then any other ratio present."""
    core = list(catalogue().ratios)
    present = sorted(set(ratios["ratio"].dropna().astype(str))) if "ratio" in ratios else []
    return core + [r for r in present if r not in core]
