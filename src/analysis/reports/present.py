"""What the notebooks show: escaped HTML tables that fit the page, folded tables, sentences, charts as PNG
with alt text, and each report's one-line summary. The reader views themselves are in views.py."""
from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from ..ratios.plausibility import impossible
from . import fmt
from .views import Html, audit_problems, audit_view, comparable_count
from .words import comparable, selected

# Tables never wider than the page: cells wrap anywhere, the table takes the column's width.
_STYLE = """<style>
.jp-RenderedHTMLCommon table.vn-table, table.vn-table { width: 100%; table-layout: auto; border-collapse: collapse;
  font-size: 12px; margin: 0.4em 0 1em 0; }
.jp-RenderedHTMLCommon table.vn-table th, .jp-RenderedHTMLCommon table.vn-table td, table.vn-table th,
table.vn-table td { text-align: left; vertical-align: top; padding: 3px 6px; min-width: 0; max-width: none;
  overflow-wrap: break-word; word-break: normal; border-bottom: 1px solid #e3e3e3; }
table.vn-table.vn-codes td { overflow-wrap: anywhere; }
table.vn-table th { background: #f3f5f7; }
table.vn-table tr.problem td { background: #fdecea; }
table.vn-table tr.warn td { background: #fff6dc; }
table.vn-table mark { background: #ffe58a; }
details.vn-fold { margin: 0.4em 0 1em 0; } details.vn-fold > summary { cursor: pointer; color: #1f4e79; }
p.vn-source { font-size: 11px; color: #555; margin-top: 0; }
</style>"""

_YEAR_HEADERS = ("year", "target_year", "Năm", "Năm mục tiêu")


def _cell(value: object, header: str, trusted: bool = False) -> str:
    """One cell as HTML: a view's own HTML cell as is, years without a thousands dot, other numbers the
    Vietnamese way, everything else escaped."""
    if trusted or isinstance(value, Html):
        return fmt.text(value)
    if header in _YEAR_HEADERS:
        return html.escape(fmt.year(value) if not isinstance(value, str) else value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return html.escape(fmt.number(value))
    return html.escape(str(value))


def table_html(df: pd.DataFrame, max_rows: int | None = None, caption: str | None = None,
               row_classes: Sequence[str] | None = None, css: str = "vn-table") -> str:
    """An HTML table as wide as the page at most, every text cell escaped (article text never becomes markup)."""
    shown = df if max_rows is None else df.head(max_rows)
    trusted = set(df.attrs.get("html_columns", ()))
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    body = []
    for i, row in enumerate(shown.itertuples(index=False)):
        cls = row_classes[i] if row_classes is not None and i < len(row_classes) and row_classes[i] else ""
        cells = "".join(f"<td>{_cell(v, str(c), c in trusted)}</td>" for c, v in zip(shown.columns, row))
        body.append(f'<tr class="{cls}">{cells}</tr>' if cls else f"<tr>{cells}</tr>")
    cap = f"<p><b>{html.escape(caption)}</b></p>" if caption else ""
    more = f"<p><i>… và {fmt.number(len(df) - len(shown))} dòng nữa</i></p>" if len(shown) < len(df) else ""
    return (f'{_STYLE}{cap}<table class="{css}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{more}")


def show_table(df: pd.DataFrame, max_rows: int | None = None, caption: str | None = None,
               empty: str = "(không có dòng nào)", row_classes: Sequence[str] | None = None) -> None:
    """Display df as an escaped HTML table in the notebook (a sentence instead when it is empty)."""
    if df.empty:
        display(HTML(f"<p><i>{html.escape(empty)}</i></p>"))
    else:
        display(HTML(table_html(df, max_rows, caption, row_classes)))


def folded_html(df: pd.DataFrame, summary: str) -> str:
    """A table behind a toggle (<details>, no script): closed until the reader opens it."""
    return (f'<details class="vn-fold"><summary>{html.escape(summary)}</summary>'
            f"{table_html(df, css='vn-table vn-codes')}</details>")


def show_folded(df: pd.DataFrame, summary: str) -> None:
    """Display a table folded behind a toggle (nothing when it is empty)."""
    if not df.empty:
        display(HTML(folded_html(df, summary)))


def say(*sentences: str) -> None:
    """Display sentences as escaped paragraphs."""
    display(HTML("".join(f"<p>{html.escape(s)}</p>" for s in sentences if s)))


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


def figure_html(fig, alt: str = "") -> str:
    """A chart as an embedded PNG <img> with alt text (what it shows) and its source line underneath."""
    alt = alt or getattr(fig, "alt_text", "") or "Biểu đồ"
    source = getattr(fig, "source_text", "")
    data = base64.b64encode(figure_png(fig)).decode("ascii")
    under = (f'<p class="vn-source" style="font-size:11px;color:#555;margin-top:0">{html.escape(source)}</p>'
             if source else "")
    return (f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
            f'style="max-width:100%">{under}')


def show_figure(fig, alt: str = "") -> None:
    """Display a chart as an embedded PNG image with alt text (any matplotlib backend, inline or Agg)."""
    display(HTML(figure_html(fig, alt)))


def show_audit(consistency: pd.DataFrame) -> None:
    """The consistency audit: problems first (mismatches highlighted), the checks that pass folded into a count."""
    if consistency.empty:
        say("Không có phép kiểm tra nào áp dụng được.")
        return
    problems = audit_problems(consistency)
    passed = consistency[consistency["verdict"] == "ok"]
    n_mis = int((consistency["verdict"] == "mismatch").sum())
    say(f"{fmt.number(len(consistency))} phép kiểm tra: {fmt.number(n_mis)} không khớp, "
        f"{fmt.number(len(problems) - n_mis)} chỉ khớp nhờ từ chỉ mức (hơn, khoảng…), "
        f"{fmt.number(len(passed))} khớp.")
    classes = ["problem" if v == "mismatch" else "warn" for v in problems["verdict"]]
    show_table(audit_view(problems), row_classes=classes, empty="Mọi phép kiểm tra đều khớp.")
    show_folded(audit_view(passed), f"{fmt.number(len(passed))} phép kiểm tra khớp (bấm để xem)")


# --------------------------------------------------------------------------- one-line summaries
def extraction_summary(figures: pd.DataFrame, documents: pd.DataFrame, errors: pd.DataFrame) -> str:
    """01's summary: articles read, provinces, figures, errors."""
    return (f"{fmt.number(len(documents))} bài viết, {fmt.number(figures['province'].nunique())} tỉnh, "
            f"{fmt.number(len(figures))} số liệu, {fmt.number(len(errors))} bài không đọc được")


def ratios_summary(ratios: pd.DataFrame, consistency: pd.DataFrame) -> str:
    """02's one-line summary: provinces with a ratio, comparable ratios, values held back, audit mismatches."""
    n = comparable_count(ratios)
    chosen = selected(ratios)
    held = len(impossible(chosen)) if len(chosen) else 0
    provinces = chosen["province"].nunique() if len(chosen) else 0
    mismatches = int((consistency["verdict"] == "mismatch").sum()) if "verdict" in consistency else 0
    return (f"{fmt.number(provinces)} tỉnh, {fmt.number(n)} tỷ lệ so sánh được, {fmt.number(held)} giá trị không "
            f"thể đúng bị loại, {fmt.number(mismatches)} điểm không nhất quán")


def province_figures(figures: pd.DataFrame, province: str) -> pd.DataFrame:
    """One province's figures, by metric, year and period."""
    return figures[figures["province"] == province].sort_values(["metric", "year", "period"])


def province_ratios(ratios: pd.DataFrame, province: str) -> pd.DataFrame:
    """One province's comparable ratios: selected, achieved, possible, as in the articles (not merged)."""
    own = comparable(ratios)
    return own[own["province"] == province] if len(own) else own


def no_ratio_sentence(province: str, mine: pd.DataFrame) -> str:
    """Why a province has no comparable ratio: only targets, or not enough figures."""
    if len(mine) and not (mine["status"] == "actual").any():
        return (f"Các bài viết về {province} chưa có số liệu thực hiện (chỉ có mục tiêu), nên chưa có tỷ lệ "
                "nào để so sánh với các tỉnh khác.")
    return f"Các bài viết về {province} không đủ số liệu để tính một tỷ lệ so sánh được."


def profile_intro(province: str, mine: pd.DataFrame) -> str:
    """03's opening sentence: how many figures, from how many articles, for which years; targets only said so."""
    years = ", ".join(str(y) for y in sorted(mine["year"].dropna().unique())) or "không rõ"
    text = (f"{province}: {fmt.number(len(mine))} số liệu từ {fmt.number(mine['doc_id'].nunique())} bài viết, "
            f"năm {years}.")
    if len(mine) and not (mine["status"] == "actual").any():
        text += " Chưa có số liệu thực hiện (chỉ có mục tiêu)."
    return text


def profile_summary(province: str, mine: pd.DataFrame, own: pd.DataFrame) -> str:
    """03's summary: figures, metrics, comparable ratios."""
    n = comparable_count(own) if len(own) else 0
    return (f"{province}: {fmt.number(len(mine))} số liệu, {fmt.number(mine['metric'].nunique())} chỉ số, "
            f"{fmt.number(n)} tỷ lệ so sánh được")
