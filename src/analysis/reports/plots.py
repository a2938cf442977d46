"""Charts for the reports: matplotlib/seaborn Figures labelled in Vietnamese (DejaVu Sans has the glyphs).

Every chart carries `alt_text` (what it shows, for the <img>) and `source_text` (articles and years behind
it, shown under it); legends sit below the plot, never on the data; one colour per kind of value in every
chart; values that cannot be true are left out and counted in the source line."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..ratios.plausibility import figure_problems, problems_of
from ..reference.catalogue import catalogue
from . import fmt
from .labels import KIND_LABELS, metric_label, ratio_label
from .words import held_back_sentence, row_kinds, value_text

FONT = "DejaVu Sans"
REPORT_WIDTH_IN = 9.0  # ~ 860 px at the reports' 96 dpi: the width of the HTML page's content column

_KIND_MARKERS: dict[str, str] = {"exact": "o", "bound_lower": ">", "bound_upper": "<", "estimate": "D"}
# One colour per kind of value, the same in every chart.
KIND_COLOURS: dict[str, str] = {"exact": "#1f5fa8", "estimate": "#2e8b57", "bound_lower": "#e07b00",
                                "bound_upper": "#e07b00", "target": "#c0392b", "interval": "#9db7d5"}


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
        "text.parse_math": False,  # labels are data (file names, doc_ids): "$x$" or "\\" must print as is
    })


def _describe(fig: Figure, alt: str, source: str) -> Figure:
    """Attach the chart's alt text and source line (read by present.figure_html)."""
    fig.alt_text = alt  # type: ignore[attr-defined]
    fig.source_text = source  # type: ignore[attr-defined]
    return fig


def source_line(rows: pd.DataFrame, held_back: int = 0) -> str:
    """'Nguồn: 3 bài viết (000_…, 001_…), năm 2018–2019.' plus how many values were held back."""
    ids: list[str] = []
    for col in ("doc_ids", "doc_id"):
        if col in rows:
            ids = sorted({d for v in rows[col].dropna().astype(str) for d in v.split(";") if d})
            break
    years = pd.to_numeric(rows["year"], errors="coerce").dropna().astype(int) if "year" in rows else pd.Series([])
    span = ("" if years.empty else f", năm {years.min()}" if years.min() == years.max()
            else f", năm {years.min()}–{years.max()}")
    shown = ", ".join(ids[:4]) + (", …" if len(ids) > 4 else "")
    text = f"Nguồn: {len(ids)} bài viết ({shown}){span}." if ids else "Nguồn: không có bài viết nào."
    return text + (" " + held_back_sentence(held_back) if held_back else "")


def _empty(title: str, message: str, source: str = "") -> Figure:
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, 1.6))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.4, message, ha="center", va="center", fontsize=11, color="#555555")
    return _describe(fig, f"{title}: {message}", source)


def _percent_axis(ax) -> None:
    """An x axis from 0 to 100% with Vietnamese tick labels (a little room so a dot at 0 or 100 shows whole)."""
    ax.set_xlim(-2, 102)
    ax.set_xticks(range(0, 101, 20))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: fmt.percent(x)))


def _legend_below(ax, n_items: int) -> None:
    """The legend under the plot area, never over the data."""
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=min(3, max(1, n_items)), fontsize=8,
                  frameon=False)


def coverage_heatmap(figures: pd.DataFrame) -> Figure:
    """Province × metric: how many figures each province's articles state for each metric (who reports what);
    a metric nobody in a province states is an empty cell, every column is labelled, one colour per count."""
    title = "Độ phủ số liệu: tỉnh nào báo cáo chỉ số nào"
    data = figures.dropna(subset=["province"])
    if data.empty:
        return _empty(title, "Không có số liệu nào gắn với một tỉnh.")
    table = pd.crosstab(data["province"].astype(str), data["metric"].astype(str))
    known = list(catalogue().metrics)  # the catalogue's order, then metrics it lacks alphabetically
    table = table[sorted(table.columns, key=lambda m: (m not in known, known.index(m) if m in known else 0, m))]
    table.columns = [metric_label(m) for m in table.columns]
    top = int(table.to_numpy().max())
    cmap = ListedColormap(plt.get_cmap("Blues")(np.linspace(0.3, 1.0, max(top, 1))))  # 1 is visibly blue
    norm = BoundaryNorm(np.arange(0.5, top + 1.5), cmap.N)  # one colour per whole count: 1, 2, 3, …
    use_report_style()
    height = max(3.0, 0.45 * len(table.index) + 4.2)
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, height))
    sns.heatmap(table, mask=table == 0, annot=True, fmt="d", cmap=cmap, norm=norm, linewidths=0.5,
                linecolor="#eeeeee", ax=ax, xticklabels=True, yticklabels=True,
                cbar_kws={"label": "Số số liệu", "ticks": list(range(1, top + 1))})
    ax.set_facecolor("white")  # a masked (missing) cell stays empty
    ax.grid(False)
    ax.set_title(title)
    ax.set_xlabel("Chỉ số (ô trống: không có số liệu)")
    ax.set_ylabel("Tỉnh/thành phố")
    ax.tick_params(axis="x", labelrotation=90, labelsize=7)
    ax.tick_params(axis="y", labelrotation=0)
    fig.tight_layout()
    alt = (f"{title}: bảng nhiệt {len(table.index)} tỉnh × {len(table.columns)} chỉ số; số trong ô là số số liệu, "
           "ô trống là không có.")
    return _describe(fig, alt, source_line(data))


def figures_per_document(documents: pd.DataFrame) -> Figure:
    """Bar chart: how many figures were read from each article."""
    title = "Số số liệu đọc được từ mỗi bài viết"
    if documents.empty:
        return _empty(title, "Không có bài viết nào.")
    docs = documents.copy()
    docs["nhan"] = docs["doc_id"].astype(str) + " (" + docs["province"].fillna("không rõ tỉnh").astype(str) + ")"
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, max(2.4, 0.4 * len(docs) + 1.2)))
    sns.barplot(data=docs, y="nhan", x="n_figures", color=KIND_COLOURS["exact"], ax=ax)
    ax.set_title(title)
    ax.set_xlabel("Số số liệu")
    ax.set_ylabel("Bài viết (tỉnh)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    fig.tight_layout()
    parts = "; ".join(f"{d}: {fmt.number(n)}" for d, n in zip(docs["nhan"], docs["n_figures"]))
    return _describe(fig, f"{title}. {parts}.", source_line(docs))


def _bounds(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's interval: the confidence interval of an exact share, else its bounds; an open side of a bound
    (hơn 60% has no upper end) reaches 0 or 100 (an interval computed on a bound's stated numbers is not shown)."""
    def col(name: str) -> pd.Series:
        return pd.to_numeric(rows[name], errors="coerce") if name in rows else pd.Series(np.nan, rows.index)

    kinds = row_kinds(rows)
    exact = kinds == "exact"
    lo = col("ci_low").where(exact).fillna(col("lower"))
    hi = col("ci_high").where(exact).fillna(col("upper"))
    lo = lo.mask((kinds == "bound_upper") & lo.isna(), 0.0)
    hi = hi.mask((kinds == "bound_lower") & hi.isna(), 100.0)
    value = col("value")
    return lo.fillna(value).to_numpy(float), hi.fillna(value).to_numpy(float)


def year_text(years: pd.Series, missing: str) -> pd.Series:
    """Years as labels ('2019'), `missing` where the year is unknown (pandas renders a missing Int64 as 'nan')."""
    return years.map(lambda y: missing if pd.isna(y) else str(int(y)))


def _dot_chart(rows: pd.DataFrame, labels: pd.Series, title: str, ylabel: str, highlight: str | None = None,
               targets: list[tuple[float, str]] = ()) -> Figure:
    """Values as dots coloured by kind, their interval or bound as a bar, target lines, legend below."""
    lo, hi = _bounds(rows)
    values = rows["value"].to_numpy(float)
    kinds = row_kinds(rows).reset_index(drop=True)
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, max(3.0, 0.5 * len(rows) + 2.4)))
    y = np.arange(len(rows))
    ax.hlines(y, lo, hi, color=KIND_COLOURS["interval"], linewidth=4, alpha=0.9, label="khoảng tin cậy / cận")
    for kind in dict.fromkeys(kinds):
        mask = (kinds == kind).to_numpy()
        ax.scatter(values[mask], y[mask], marker=_KIND_MARKERS.get(kind, "o"), s=70, zorder=3,
                   color=KIND_COLOURS.get(kind, KIND_COLOURS["exact"]),
                   label=f"giá trị ({KIND_LABELS.get(kind, kind)})")
    if highlight is not None:
        mask = (rows["province"] == highlight).to_numpy()
        if mask.any():
            ax.scatter(values[mask], y[mask], s=260, facecolors="none", edgecolors="#222222",
                       linewidths=2, zorder=4, label=highlight)
    for line_no, (pct, tyear) in enumerate(targets):
        ax.axvline(pct, color=KIND_COLOURS["target"], linestyle=("--", ":", "-.")[line_no % 3], linewidth=1.6,
                   label=f"Mục tiêu quốc gia {tyear}: {fmt.percent(pct)}")
    ax.set_yticks(y, labels)
    _percent_axis(ax)
    ax.set_xlabel("Tỷ lệ (%)")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    _legend_below(ax, len(ax.get_legend_handles_labels()[0]))
    fig.tight_layout()
    return fig


def ratio_chart(ratios: pd.DataFrame, ratio: str, targets: pd.DataFrame | None = None,
                highlight: str | None = None, level: str = "province") -> Figure:
    """One adoption ratio across provinces (and years): value, interval or bound, and the national target line(s).

    level: "province" (as in the articles) or "province_2025" (the merged provinces, each labelled with the
    former provinces its value covers). Achieved values only; values that cannot be true are held back.
    """
    title = ratio_label(ratio) + (" (tỉnh sau sáp nhập 2025)" if level == "province_2025" else "")
    rows = ratios[ratios["ratio"] == ratio].copy()
    if "level" in rows:
        rows = rows[rows["level"] == level]
    if "status" in rows:
        rows = rows[rows["status"].fillna("actual") == "actual"]
    if "selected" in rows:
        chosen = rows[rows["selected"].fillna(False).astype(bool)]
        rows = chosen if not chosen.empty else rows
    rows = rows.dropna(subset=["value"])
    bad = (problems_of(rows) != "").to_numpy() if len(rows) else np.zeros(0, bool)
    held, rows = int(bad.sum()), rows[~bad]
    if rows.empty:
        message = "Chưa có tỉnh nào đủ số liệu để tính tỷ lệ này."
        return _empty(title, message + (" " + held_back_sentence(held) if held else ""), source_line(rows, held))
    year = year_text(rows["year"], "không rõ năm")
    scope = rows["scope"].fillna("").astype(str) if "scope" in rows else pd.Series("", rows.index)
    name = rows["province"].astype(str)
    if level == "province_2025" and "members" in rows:
        name = name + " – gồm " + rows["members"].fillna("").astype(str).str.replace(";", ", ")
    rows["nhan"] = name + " (" + year + ")" + scope.map(lambda s: f" – {s}" if s else "")
    rows = rows.sort_values("value").reset_index(drop=True)
    fig = _dot_chart(rows, rows["nhan"], title, "Tỉnh/thành phố (năm)", highlight, _targets_for(ratio, rows, targets))
    said = "; ".join(f"{n}: {value_text(r)}" for n, (_, r) in zip(rows["nhan"], rows.iterrows()))
    return _describe(fig, f"Biểu đồ {title.lower()}: {said}.", source_line(rows, held))


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


def _figure_kinds(rows: pd.DataFrame) -> pd.DataFrame:
    """A figures table read as ratio-like rows: kind, lower and upper from each figure's qualifier."""
    q = rows["qualifier"].fillna("exact").astype(str)
    value = rows["value"].astype(float)
    return rows.assign(
        kind=q.map({"exact": "exact", "approx": "estimate", "more_than": "bound", "less_than": "bound"})
        .fillna("exact"),
        lower=value.where(q.isin(["exact", "more_than"])), upper=value.where(q.isin(["exact", "less_than"])))


def province_metrics(figures: pd.DataFrame, province: str) -> Figure:
    """One province's achieved percentage figures by metric and period (counts are in the table beside)."""
    title = f"{province}: các chỉ số tỷ lệ theo thời kỳ"
    own = figures[(figures["province"] == province) & (figures["unit"] == "percent")]
    rows = own[own["status"] == "actual"].copy()
    bad = (figure_problems(rows) != "").to_numpy() if len(rows) else np.zeros(0, bool)
    held, rows = int(bad.sum()), rows[~bad]
    if rows.empty:
        message = ("Chưa có số liệu thực hiện (chỉ có mục tiêu)." if len(own)
                   else "Tỉnh này chưa có số liệu dạng tỷ lệ phần trăm.")
        return _empty(title, message + (" " + held_back_sentence(held) if held else ""), source_line(own, held))
    period = rows["period"].fillna("").astype(str)
    when = period.where(period != "", year_text(rows["year"], "không rõ năm"))
    rows = _figure_kinds(rows.assign(nhan=rows["metric"].map(metric_label) + " (" + when + ")"))
    rows = rows.sort_values(["metric", "year"]).reset_index(drop=True)
    fig = _dot_chart(rows, rows["nhan"], title, "Chỉ số (thời kỳ)")
    said = "; ".join(f"{n}: {value_text(r)}" for n, (_, r) in zip(rows["nhan"], rows.iterrows()))
    return _describe(fig, f"Biểu đồ {title}: {said}.", source_line(rows, held))


def ratios_to_chart(ratios: pd.DataFrame) -> list[str]:
    """The three core adoption ratios (always, so a missing one shows as such) then any other ratio present."""
    core = list(catalogue().ratios)
    present = sorted(set(ratios["ratio"].dropna().astype(str))) if "ratio" in ratios else []
    return core + [r for r in present if r not in core]
