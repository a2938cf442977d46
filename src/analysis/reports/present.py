"""What the notebooks show: escaped HTML tables and sentences, charts as PNG, reader views of the tables
(Vietnamese headers and values) and each report's one-line summary."""
from __future__ import annotations

import html
import io
import math

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, Image, display

from .labels import reader_view
from .words import selected


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
    if df.empty:
        display(HTML(f"<p><i>{html.escape(empty)}</i></p>"))
    else:
        display(HTML(table_html(df, max_rows, caption)))


def say(*sentences: str) -> None:
    """Display sentences as escaped paragraphs."""
    display(HTML("".join(f"<p>{html.escape(s)}</p>" for s in sentences)))


def summary(text: str) -> None:
    """The report's one-line summary, printed as the output of the cell tagged `summary` (the batch copies
    that output into reports/index.html)."""
    print(text)


def figure_png(fig) -> bytes:
    """A matplotlib Figure as PNG bytes (whatever the backend), then closed."""
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", bbox_inches="tight")
    finally:
        plt.close(fig)
    return buf.getvalue()


def show_figure(fig) -> None:
    """Display a chart as an embedded PNG image (works with any matplotlib backend, inline or Agg)."""
    display(Image(data=figure_png(fig), format="png"))


# --------------------------------------------------------------------------- reader views
FIGURE_VIEW = ["doc_id", "province", "period", "metric", "value", "unit", "denominator", "qualifier", "status",
               "scope", "evidence"]
RATIO_VIEW = ["level", "province", "year", "ratio", "scope", "value", "lower", "upper", "kind", "ci_low", "ci_high",
              "basis", "numerator", "denominator", "selected", "target_pct", "target_year", "gap_to_target",
              "doc_ids"]
AUDIT_VIEW = ["check", "doc_id", "province", "year", "metric", "relation", "expected", "found", "verdict", "detail",
              "evidence"]
PAIRWISE_VIEW = ["ratio", "year", "province_a", "province_b", "value_a", "value_b", "diff", "p_value", "p_adjusted",
                 "significant", "tested", "reason"]
TREND_VIEW = ["ratio", "scope", "model", "province", "n_years", "years", "fitted", "odds_ratio_per_year", "p_value",
              "reason"]


def figures_view(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures with Vietnamese labels and headers, ready to show with their evidence sentences."""
    return reader_view(figures, FIGURE_VIEW)


def documents_view(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """What was read: one row per article with its province, year, periods mentioned and figure count."""
    periods = (figures.assign(period=figures["period"].fillna("").astype(str))
               .query("period != ''").groupby("doc_id")["period"]
               .agg(lambda s: "; ".join(dict.fromkeys(s))))
    docs = documents.copy()
    docs["periods"] = docs["doc_id"].map(periods).fillna("")
    return reader_view(docs, ["doc_id", "province", "province_source", "year", "published", "periods",
                              "n_figures", "n_chars", "encoding"])


def errors_view(errors: pd.DataFrame) -> pd.DataFrame:
    """The articles that could not be read, and why."""
    return reader_view(errors, ["doc_id", "path", "error"])


def ratios_view(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio table's readable columns: who, when, which ratio, value and its interval, how it was built."""
    return reader_view(ratios.round(2), RATIO_VIEW)


def audit_view(consistency: pd.DataFrame) -> pd.DataFrame:
    """The consistency audit: each check, what was expected and found, the verdict and the sentence."""
    return reader_view(consistency.round(2), AUDIT_VIEW)


def pairwise(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The pairwise province tests of comparisons.csv."""
    return comparisons[comparisons["analysis"] == "pairwise"] if "analysis" in comparisons else comparisons


def trends(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The trend models of comparisons.csv."""
    return comparisons[comparisons["analysis"] == "trend"] if "analysis" in comparisons else comparisons


def pairwise_view(comparisons: pd.DataFrame) -> pd.DataFrame:
    return reader_view(pairwise(comparisons).round(4), PAIRWISE_VIEW)


def trends_view(comparisons: pd.DataFrame) -> pd.DataFrame:
    return reader_view(trends(comparisons).round(4), TREND_VIEW)


def targets_vs_achievements(ratios: pd.DataFrame) -> pd.DataFrame:
    """Each selected ratio next to its national target: gap and whether the target was met."""
    cols = ["province", "year", "ratio", "value", "kind", "target_pct", "target_year", "gap_to_target"]
    if ratios.empty or "target_pct" not in ratios:
        return reader_view(pd.DataFrame(columns=cols + ["verdict"]))
    rows = selected(ratios.dropna(subset=["target_pct"]))
    rows = rows[[c for c in cols if c in rows]].copy()
    value = pd.to_numeric(rows["value"], errors="coerce")
    target = pd.to_numeric(rows["target_pct"], errors="coerce")
    rows["verdict"] = [("đạt" if v >= t else "chưa đạt") if pd.notna(v) and pd.notna(t) else "không rõ"
                       for v, t in zip(value, target)]
    return reader_view(rows.round(2).reset_index(drop=True))


# --------------------------------------------------------------------------- one-line summaries
def extraction_summary(figures: pd.DataFrame, documents: pd.DataFrame, errors: pd.DataFrame) -> str:
    """01's summary: articles read, provinces, figures, errors."""
    return (f"{len(documents)} bài viết, {figures['province'].nunique()} tỉnh, "
            f"{len(figures)} số liệu, {len(errors)} lỗi")


def ratios_summary(ratios: pd.DataFrame, consistency: pd.DataFrame) -> str:
    """02's one-line summary: provinces with a ratio, selected ratios, audit mismatches."""
    chosen = selected(ratios)
    if "level" in chosen:
        chosen = chosen[chosen["level"] == "province"]
    mismatches = int((consistency["verdict"] == "mismatch").sum()) if "verdict" in consistency else 0
    return (f"{chosen['province'].nunique() if len(chosen) else 0} tỉnh, {len(chosen)} tỷ lệ, "
            f"{mismatches} điểm không nhất quán")


def province_figures(figures: pd.DataFrame, province: str) -> pd.DataFrame:
    """One province's figures, by metric, year and period."""
    return figures[figures["province"] == province].sort_values(["metric", "year", "period"])


def province_ratios(ratios: pd.DataFrame, province: str) -> pd.DataFrame:
    """One province's selected ratios."""
    own = selected(ratios)
    return own[own["province"] == province] if len(own) else own


def profile_intro(province: str, mine: pd.DataFrame) -> str:
    """03's opening sentence: how many figures, from how many articles, for which years."""
    years = ", ".join(str(y) for y in sorted(mine["year"].dropna().unique())) or "không rõ"
    return f"{province}: {len(mine)} số liệu từ {mine['doc_id'].nunique()} bài viết, năm {years}."


def profile_summary(province: str, mine: pd.DataFrame, own: pd.DataFrame) -> str:
    """03's summary: figures, metrics, comparable ratios."""
    return f"{province}: {len(mine)} số liệu, {mine['metric'].nunique()} chỉ số, {len(own)} tỷ lệ so sánh được"

