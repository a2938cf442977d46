"""Notebook presentation helpers: inputs, escaped HTML tables and plain-language sentences."""
from __future__ import annotations

import html
import math
from pathlib import Path

import pandas as pd

from ..config import NOTEBOOKS_DIR as NOTEBOOKS
from .plots import KIND_LABELS, metric_label, ratio_label


FIGURE_VIEW = {
    "doc_id": "Bài viết", "province": "Tỉnh", "period": "Thời kỳ", "metric": "Chỉ số", "value": "Giá trị",
    "unit": "Đơn vị", "denominator": "Mẫu số", "qualifier": "Mức chắc chắn", "status": "Loại",
    "scope": "Phạm vi", "evidence": "Câu trích dẫn",
}


def resolve_input(path: str | Path) -> Path:
    """An input path as given, or relative to notebooks/ (where JupyterLab opens) when it does not exist as given."""
    p = Path(path).expanduser()
    if p.exists() or p.is_absolute():
        return p
    alt = (NOTEBOOKS / p).resolve()
    return alt if alt.exists() else p


def load_figures(source: str | Path) -> pd.DataFrame:
    """A figures table from a .csv/.parquet file, or extracted on the fly from a folder of articles."""
    path = resolve_input(source)
    if path.is_dir():
        from ..figures.corpus import extract_corpus

        return extract_corpus(path).figures
    from ..tableio import read_table

    return read_table(path)


def filter_figures(figures: pd.DataFrame, provinces: str | list[str] | None = None,
                   year_min: int | None = None, year_max: int | None = None) -> pd.DataFrame:
    """Rows of the chosen provinces (None or "all": every one) within [year_min, year_max]; undated rows are kept."""
    keep = pd.Series(True, index=figures.index)
    if provinces not in (None, "all", "", []):
        from ..reference.lookup import resolve_province

        wanted = [p.strip() for p in provinces.split(",")] if isinstance(provinces, str) else list(provinces)
        known = sorted(figures["province"].dropna().unique())
        keep &= figures["province"].isin([resolve_province(p, known) for p in wanted])
    year = figures["year"].astype("Int64")
    if year_min is not None:
        keep &= (year >= int(year_min)).fillna(True)
    if year_max is not None:
        keep &= (year <= int(year_max)).fillna(True)
    return figures[keep.astype(bool)].reset_index(drop=True)


def table_html(df: pd.DataFrame, max_rows: int | None = None, caption: str | None = None) -> str:
    """An HTML table with every cell escaped (article text never becomes markup)."""
    shown = df if max_rows is None else df.head(max_rows)
    shown = shown.astype(object).where(shown.notna(), "")  # pd.NA / NaN / None shown as empty cells
    shown = shown.map(_cell)
    body = shown.to_html(index=False, escape=True, na_rep="", border=0, classes="report-table")
    cap = f"<p><b>{html.escape(caption)}</b></p>" if caption else ""
    more = (f"<p><i>… và {len(df) - len(shown)} dòng nữa</i></p>" if len(shown) < len(df) else "")
    return cap + body + more


def _cell(value: object) -> object:
    """A float that is a whole number is shown without '.0' (1687, 2019); others as short as exact."""
    if isinstance(value, float) and not math.isnan(value):
        return f"{value:.0f}" if value.is_integer() else f"{value:g}"
    return value


def show_table(df: pd.DataFrame, max_rows: int | None = None, caption: str | None = None,
               empty: str = "(không có dòng nào)") -> None:
    """Display df as an escaped HTML table in the notebook (a sentence instead when it is empty)."""
    from IPython.display import HTML, display

    if df.empty:
        display(HTML(f"<p><i>{html.escape(empty)}</i></p>"))
    else:
        display(HTML(table_html(df, max_rows, caption)))


def say(*sentences: str) -> None:
    """Display sentences as escaped paragraphs."""
    from IPython.display import HTML, display

    display(HTML("".join(f"<p>{html.escape(s)}</p>" for s in sentences)))


def summary(text: str) -> None:
    """The report's one-line summary (the batch copies it into reports/index.html); call it in a cell tagged summary."""
    print(text)


def figures_view(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures with Vietnamese metric labels and column names, ready to show with their evidence sentences."""
    view = figures[[c for c in FIGURE_VIEW if c in figures]].copy()
    view["metric"] = view["metric"].map(metric_label)
    return view.rename(columns=FIGURE_VIEW)


def documents_view(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """What was read: one row per article with its province, year, periods mentioned and figure count."""
    periods = (figures.assign(period=figures["period"].fillna("").astype(str))
               .query("period != ''").groupby("doc_id")["period"]
               .agg(lambda s: "; ".join(dict.fromkeys(s))))
    docs = documents.copy()
    docs["periods"] = docs["doc_id"].map(periods).fillna("")
    cols = [c for c in ("doc_id", "province", "province_source", "year", "published", "periods",
                        "n_figures", "n_chars", "encoding") if c in docs]
    return docs[cols]


def _fmt_pct(x: object) -> str:
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "?"
    return "?" if math.isnan(v) else f"{v:.1f}%".replace(".", ",")


def targets_vs_achievements(ratios: pd.DataFrame) -> pd.DataFrame:
    """Each selected ratio next to its national target: gap and whether the target was met."""
    cols = ["province", "year", "ratio", "value", "kind", "target_pct", "target_year", "gap_to_target"]
    if ratios.empty or "target_pct" not in ratios:
        return pd.DataFrame(columns=cols + ["verdict"])
    rows = ratios.dropna(subset=["target_pct"])
    if "selected" in rows:
        rows = rows[rows["selected"].fillna(False).astype(bool)]
    rows = rows[[c for c in cols if c in rows]].copy()
    value = pd.to_numeric(rows["value"], errors="coerce")
    target = pd.to_numeric(rows["target_pct"], errors="coerce")
    rows["verdict"] = [("đạt" if v >= t else "chưa đạt") if pd.notna(v) and pd.notna(t) else "không rõ"
                       for v, t in zip(value, target)]
    rows["ratio"] = rows["ratio"].map(ratio_label)
    return rows.round(2).reset_index(drop=True)


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


def ratios_view(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio table's readable columns: who, when, which ratio, value and its interval, how it was built."""
    cols = ["level", "province", "year", "ratio", "scope", "value", "lower", "upper", "kind", "ci_low", "ci_high",
            "basis", "numerator", "denominator", "selected", "target_pct", "target_year", "gap_to_target", "doc_ids"]
    view = ratios[[c for c in cols if c in ratios]].copy()
    if "ratio" in view:
        view["ratio"] = view["ratio"].map(ratio_label)
    return view.round(2)


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


def figure_png(fig) -> bytes:
    """A matplotlib Figure as PNG bytes (whatever the backend), then closed."""
    import io

    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", bbox_inches="tight")
    finally:
        plt.close(fig)
    return buf.getvalue()


def show_figure(fig) -> None:
    """Display a chart as an embedded PNG image (works with any matplotlib backend, inline or Agg)."""
    from IPython.display import Image, display

    display(Image(data=figure_png(fig), format="png"))


def ratios_summary(ratios: pd.DataFrame, consistency: pd.DataFrame) -> str:
    """02's one-line summary: provinces with a ratio, selected ratios, audit mismatches."""
    chosen = selected(ratios)
    if "level" in chosen:
        chosen = chosen[chosen["level"] == "province"]
    mismatches = int((consistency["verdict"] == "mismatch").sum()) if "verdict" in consistency else 0
    return (f"{chosen['province'].nunique() if len(chosen) else 0} tỉnh, {len(chosen)} tỷ lệ, "
            f"{mismatches} điểm không nhất quán")
