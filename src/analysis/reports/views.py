"""Reader views of the tables: a few Vietnamese columns that fit the page, values read with their kind, the
sentence as the main column (its number highlighted); codes and offsets go to a second, folded table."""
from __future__ import annotations

import html
import re
from pathlib import PurePath

import pandas as pd

from ..ratios.plausibility import figure_problems, impossible, problems_of
from ..text.numbers import NUMBER_PATTERN, parse_number
from . import fmt
from .labels import basis_label, bounded, column_label, metric_label, ratio_label, translate, value_labels
from .words import comparable, row_kind, selected, target_verdict, value_text, who


class Html(str):
    """A table cell that is already safe HTML (built here, every piece of text escaped)."""


def with_html(view: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Mark the view's columns whose cells are safe HTML built here (present.table_html inserts them as is)."""
    view.attrs["html_columns"] = [c for c in columns if c in view.columns]
    return view


def esc(text: object) -> str:
    """Escaped text ('' for a missing value)."""
    return "" if text is None or (not isinstance(text, str) and pd.isna(text)) else html.escape(str(text))


# --------------------------------------------------------------------------- sentences and figures
_MULTIPLIERS = {"ngàn": 1e3, "nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9, "vạn": 1e4}
_SPAN = re.compile(rf"(?<![\d.,])({NUMBER_PATTERN})(?![\d])(\s*(?:%|phần trăm|ngàn|nghìn|triệu|tỷ|vạn)(?!\w))?")


def highlight(sentence: object, *values: object, occurrence: int = 0) -> Html:
    """The sentence escaped, with the number that states one of `values` (tried in order; multiplier or %
    included) in <mark>: its `occurrence`-th statement in the sentence (0 = first; the last when fewer)."""
    text = fmt.text(sentence)
    for value in values:
        found = _mark(text, fmt._real(value), occurrence)
        if found is not None:
            return found
    return Html(esc(text))


def _mark(text: str, target: float | None, occurrence: int = 0) -> Html | None:
    """text with the number stating target marked, or None when no number in it states target."""
    spans = [m for m in _SPAN.finditer(text) if _states(m, target)]
    if not spans:
        return None
    m = spans[min(occurrence, len(spans) - 1)]
    return Html(f"{esc(text[:m.start()])}<mark><b>{esc(m.group(0))}</b></mark>{esc(text[m.end():])}")


def _states(m: re.Match, target: float | None) -> bool:
    """Whether a number span (with its multiplier) states target."""
    if target is None:
        return False
    try:
        n = parse_number(m.group(1))
    except ValueError:
        return False
    tail = (m.group(2) or "").strip()
    return abs(n * _MULTIPLIERS.get(tail, 1.0) - target) < 1e-6 * max(1.0, target)


def _occurrences(figures: pd.DataFrame) -> pd.Series:
    """Per figure: how many figures of the same sentence and value come before it in the article (by offset),
    i.e. which statement of that value in the sentence is its own."""
    if figures.empty or "start" not in figures:
        return pd.Series(0, index=figures.index)
    order = figures.assign(_s=pd.to_numeric(figures["start"], errors="coerce")).sort_values("_s", kind="stable")
    nth = order.groupby(["doc_id", "evidence", "value"], dropna=False, sort=False).cumcount()
    return nth.reindex(figures.index).fillna(0).astype(int)



def is_derived(figures: pd.DataFrame) -> pd.Series:
    """Figures computed from another statement (a rank from 'giảm 7 bậc'), not stated in the article."""
    rule = figures["rule"].astype("string").fillna("") if "rule" in figures else pd.Series("", index=figures.index)
    return rule.str.contains("metric:derived", regex=False)


def figure_value(row: pd.Series, derived: bool = False) -> str:
    """A figure's value as the article allows it: 'hơn 7.000', '16,06%', 'hạng 37/63', '40 (suy ra)'."""
    unit = fmt.text(row.get("unit"))
    number = fmt.number(row.get("value"))
    if unit == "percent":
        number += "%"
    elif unit == "rank":
        den = fmt.number(row.get("denominator"))
        number = f"hạng {number}" + (f"/{den}" if den else "")
    elif fmt._real(row.get("denominator")) is not None:
        number += f"/{fmt.number(row.get('denominator'))}"
    text = bounded(number, (fmt.text(row.get("qualifier")) or "exact"))
    return bounded(text, "derived") if derived else text


def _when(row: pd.Series) -> str:
    period, year = fmt.text(row.get("period")), fmt.year(row.get("year"))
    if period and year and year not in period:
        return f"{period} ({year})"
    if period and not year:
        return f"{period} (không rõ năm)"
    return period or year or "không rõ năm"


def _article(doc_id: object, urls: dict[str, str]) -> Html:
    url = urls.get(str(doc_id), "")
    if url.startswith(("http://", "https://")):
        return Html(f'<a href="{esc(url)}">{esc(doc_id)}</a>')
    return Html(esc(doc_id))


def _urls(documents: pd.DataFrame | None) -> dict[str, str]:
    if documents is None or documents.empty or "url" not in documents:
        return {}
    return {str(d): str(u) for d, u in zip(documents["doc_id"], documents["url"].fillna("")) if u}


def figures_view(figures: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figures for a reader: what, how much (read with its qualifier; derived and impossible ones say so),
    when, where (the province only when there are several), and the sentence with the number highlighted."""
    derived, problems, urls = is_derived(figures), figure_problems(figures), _urls(documents)
    nth = _occurrences(figures)
    why = value_labels("problem")
    rows = []
    for i, row in figures.iterrows():
        value = figure_value(row, bool(derived.loc[i]))
        if problems.loc[i]:
            value += f" — không thể đúng: {why.get(str(problems.loc[i]), problems.loc[i])}"
        rows.append({
            "Số liệu": metric_label(str(row["metric"])), "Giá trị": value,
            "Loại": value_labels("status").get(str(row.get("status")), row.get("status")),
            "Thời kỳ": _when(row), "Tỉnh": row.get("province") if pd.notna(row.get("province")) else "",
            "Phạm vi": row.get("scope") if pd.notna(row.get("scope")) else "",
            "Bài viết": _article(row["doc_id"], urls),
            "Câu trích dẫn": highlight(row.get("evidence"), row.get("value"), occurrence=int(nth.loc[i])),
        })
    view = pd.DataFrame(rows, columns=["Số liệu", "Giá trị", "Loại", "Thời kỳ", "Tỉnh", "Phạm vi", "Bài viết",
                                       "Câu trích dẫn"])
    if figures["province"].nunique(dropna=False) <= 1:  # one province's profile: the column would repeat its name
        view = view.drop(columns="Tỉnh")
    return with_html(view, "Bài viết", "Câu trích dẫn")


def figure_codes_view(figures: pd.DataFrame) -> pd.DataFrame:
    """The codes behind each figure (for the folded table): article, metric identifier, offsets, rule."""
    cols = [c for c in ("doc_id", "metric", "value", "qualifier", "start", "end", "confidence", "rule") if c in figures]
    view = figures[cols].copy()
    if "value" in view:
        view["value"] = view["value"].map(fmt.number)
    if "qualifier" in view:  # a derived figure is never shown as exact, not even among the codes
        view["qualifier"] = view["qualifier"].astype(object).mask(is_derived(figures), "derived")
    return view.rename(columns=column_label)


def impossible_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures that cannot be true (a share above 100%, a rank beyond its denominator), with their sentence."""
    problems = figure_problems(figures)
    return figures_view(figures[(problems != "").to_numpy()])


# --------------------------------------------------------------------------- articles
def documents_view(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """What was read: each article (linked to its URL when known), its province, year, periods and figure count."""
    periods = (figures.assign(period=figures["period"].fillna("").astype(str))
               .query("period != ''").groupby("doc_id")["period"]
               .agg(lambda s: "; ".join(dict.fromkeys(s))))
    urls = _urls(documents)
    source = value_labels("province_source")
    rows = []
    for _, d in documents.iterrows():
        url = urls.get(str(d["doc_id"]), "")
        article = (Html(f'{esc(d["doc_id"])}<br><a href="{esc(url)}">{esc(_host(url))}</a>')
                   if url.startswith(("http://", "https://")) else Html(esc(d["doc_id"])))
        rows.append({
            "Bài viết": article,
            "Tỉnh": d.get("province") if pd.notna(d.get("province")) else "không rõ",
            "Xác định tỉnh theo": source.get(fmt.text(d.get("province_source")), d.get("province_source")),
            "Năm": fmt.year(d.get("year")) or "không rõ (xem bên dưới)",
            "Ngày đăng": d.get("published") if pd.notna(d.get("published")) else "",
            "Các thời kỳ được nhắc": periods.get(d["doc_id"], ""),
            "Số số liệu": fmt.number(d.get("n_figures")),
        })
    return with_html(pd.DataFrame(rows, columns=["Bài viết", "Tỉnh", "Xác định tỉnh theo", "Năm", "Ngày đăng",
                                                 "Các thời kỳ được nhắc", "Số số liệu"]), "Bài viết")


def _host(url: str) -> str:
    """The web host of a URL, to show instead of the whole address ('baogialai.com.vn')."""
    return re.sub(r"^https?://(www\.)?", "", url).split("/")[0]


def undated_articles(documents: pd.DataFrame) -> list[str]:
    """Sentences for the articles whose year could not be determined: why, and how to fix it."""
    if documents.empty or "year" not in documents:
        return []
    undated = documents[documents["year"].isna()]
    return [f"Không xác định được năm của bài {d}: bài không có ngày đăng trong manifest.csv, không có dòng "
            f"ngày tháng ở đầu bài và đoạn mở đầu không nêu năm báo cáo. Các số liệu không ghi năm của bài này "
            f"được xếp vào \"không rõ năm\" và không được xếp hạng. Cách sửa: thêm vào manifest.csv (trong thư mục "
            f"bài viết) dòng \"{d},<địa chỉ bài viết>,<ngày đăng, ví dụ 2019-12-31>,\" rồi chạy lại."
            for d in undated["doc_id"]]


def errors_view(errors: pd.DataFrame) -> pd.DataFrame:
    """The articles that could not be read, and why (file names only, never a machine's absolute path)."""
    rows = [{"Bài viết": e.get("doc_id", ""), "Tệp": PurePath(fmt.text(e.get("path"))).name,
             "Lỗi": e.get("error", "")} for _, e in errors.iterrows()]
    return pd.DataFrame(rows, columns=["Bài viết", "Tệp", "Lỗi"])


# --------------------------------------------------------------------------- ratios
def _ci(row: pd.Series) -> str:
    if row_kind(row) != "exact":  # an interval on a bound's or an estimate's stated numbers would mislead
        return ""
    lo, hi = fmt._real(row.get("ci_low")), fmt._real(row.get("ci_high"))
    return f"{fmt.number(lo, 1)}–{fmt.percent(hi)}" if lo is not None and hi is not None else ""


def _counts(row: pd.Series) -> str:
    num, den = fmt._real(row.get("numerator")), fmt._real(row.get("denominator"))
    if num is None or den is None:
        return ""
    return (f"{bounded(fmt.number(num), str(row.get('numerator_qualifier') or 'exact'))} / "
            f"{bounded(fmt.number(den), str(row.get('denominator_qualifier') or 'exact'))}")


def _target(row: pd.Series) -> str:
    pct, year = fmt._real(row.get("target_pct")), fmt.year(row.get("target_year"))
    return f"{fmt.percent(pct)} (năm {year})" if pct is not None else ""


_SAID_BY_THE_VALUE = ("lower bound", "upper bound")  # the value already reads "ít nhất …" / "dưới …"


def _note(row: pd.Series) -> str:
    """A ratio's note in Vietnamese, without what its value already says."""
    parts = [p for p in fmt.text(row.get("note")).split("; ") if p and p not in _SAID_BY_THE_VALUE]
    return translate("; ".join(parts))


def ratios_view(ratios: pd.DataFrame) -> pd.DataFrame:
    """The chosen ratios that can be true: who (merged provinces with their members), when, value read with
    its kind, interval, counts, basis, national target and notes."""
    rows = selected(ratios)
    rows = rows[(problems_of(rows) == "").to_numpy()] if len(rows) else rows
    status = value_labels("status")
    out = [{
        "Tỉnh": who(r), "Năm": fmt.year(r.get("year")) or "không rõ", "Tỷ lệ": ratio_label(str(r["ratio"])),
        "Phạm vi": fmt.text(r.get("scope")), "Loại": status.get(str(r.get("status")), r.get("status")),
        "Giá trị": value_text(r), "KTC 95%": _ci(r), "Tử số / mẫu số": _counts(r),
        "Mẫu số dùng": basis_label(fmt.text(r.get("basis"))), "Mục tiêu quốc gia": _target(r),
        "Ghi chú": _note(r),
    } for _, r in rows.iterrows()]
    view = pd.DataFrame(out, columns=["Tỉnh", "Năm", "Tỷ lệ", "Phạm vi", "Loại", "Giá trị", "KTC 95%",
                                      "Tử số / mẫu số", "Mẫu số dùng", "Mục tiêu quốc gia", "Ghi chú"])
    return view


def ratio_codes_view(ratios: pd.DataFrame) -> pd.DataFrame:
    """Every candidate ratio with its codes (for the folded table): articles, basis, selection."""
    cols = ["level", "province", "year", "ratio", "scope", "status", "value", "kind", "basis", "doc_ids",
            "selected", "selection_rank", "n_candidates", "problem"]
    view = ratios[[c for c in cols if c in ratios]].copy()
    view["value"] = view["value"].map(lambda v: fmt.number(v, 2))
    view["year"] = view["year"].map(fmt.year)
    return view


def _behind(figures: pd.DataFrame, row: pd.Series, metrics: str, value: object) -> Html:
    """The sentence(s) of the figures behind one side of a ratio, the number highlighted."""
    docs = fmt.text(row.get("doc_ids")).split(";")
    wanted = [m for m in str(metrics).split("+") if m]
    found = figures[figures["doc_id"].isin(docs) & figures["metric"].isin(wanted)]
    if "year" in found and pd.notna(row.get("year")):
        found = found[found["year"] == row["year"]]
    if len(wanted) == 1 and fmt._real(value) is not None:
        exact = found[found["value"] == float(value)]
        found = exact if len(exact) else found
    parts = [f"{esc(metric_label(f['metric']))}: {highlight(f['evidence'], f['value'])}"
             for _, f in found.drop_duplicates(["metric", "value", "evidence"]).iterrows()]
    return Html("<br>".join(parts))


def impossible_view(ratios: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The ratios that cannot be true, as audit findings: why, the computed value, and the figures behind them."""
    rows = impossible(ratios)
    if "level" in rows:
        rows = rows[rows["level"] == "province"]
    why = value_labels("problem")
    out = []
    for _, r in rows.drop_duplicates(["province", "year", "ratio", "basis", "numerator", "denominator",
                                      "value"]).iterrows():
        basis = fmt.text(r.get("basis"))
        stated = basis.removeprefix("stated:") if basis.startswith("stated:") else ""
        if stated:
            behind = _behind(figures, r, stated, r.get("value"))
        else:
            sides = (_behind(figures, r, fmt.text(r.get("numerator_basis")), r.get("numerator")),
                     _behind(figures, r, basis, r.get("denominator")))
            behind = Html("<br>".join(side for side in sides if side))
        out.append({
            "Tỉnh": r["province"], "Năm": fmt.year(r.get("year")) or "không rõ",
            "Tỷ lệ": metric_label(stated) if stated else ratio_label(str(r["ratio"])),
            "Vì sao không thể đúng": why.get(str(problems_of(r.to_frame().T).iloc[0]), ""),
            "Giá trị tính ra": fmt.percent(r.get("value")), "Tử số / mẫu số": _counts(r),
            "Các số liệu đằng sau": behind,
        })
    return with_html(pd.DataFrame(out, columns=["Tỉnh", "Năm", "Tỷ lệ", "Vì sao không thể đúng", "Giá trị tính ra",
                                                "Tử số / mẫu số", "Các số liệu đằng sau"]), "Các số liệu đằng sau")


def targets_vs_achievements(ratios: pd.DataFrame) -> pd.DataFrame:
    """Each achieved ratio that can be true next to its national target: the gap (exact values only) and
    whether the target was met, as far as a bound allows to say."""
    rows = selected(ratios)
    rows = rows[(problems_of(rows) == "").to_numpy()] if len(rows) else rows
    if len(rows) and "status" in rows:
        rows = rows[rows["status"] == "actual"]
    rows = rows.dropna(subset=["target_pct"]) if "target_pct" in rows else rows.iloc[0:0]
    out = [{
        "Tỉnh": who(r), "Năm": fmt.year(r.get("year")) or "không rõ", "Tỷ lệ": ratio_label(str(r["ratio"])),
        "Giá trị": value_text(r), "Mục tiêu quốc gia": _target(r),
        "Còn cách mục tiêu (điểm %)": (fmt.number(max(float(r["gap_to_target"]), 0.0), 1)
                                       if row_kind(r) == "exact" and pd.notna(r.get("gap_to_target")) else ""),
        "Kết luận": target_verdict(r),
    } for _, r in rows.iterrows()]
    return pd.DataFrame(out, columns=["Tỉnh", "Năm", "Tỷ lệ", "Giá trị", "Mục tiêu quốc gia",
                                      "Còn cách mục tiêu (điểm %)", "Kết luận"])


# --------------------------------------------------------------------------- the audit
VERDICT_ORDER = {"mismatch": 0, "ok_with_qualifier": 1, "ok": 2}


def audit_problems(consistency: pd.DataFrame) -> pd.DataFrame:
    """The checks that did not plainly pass, mismatches first."""
    if consistency.empty:
        return consistency
    rows = consistency[consistency["verdict"] != "ok"]
    return rows.sort_values("verdict", key=lambda v: v.map(VERDICT_ORDER), kind="stable")


def audit_view(consistency: pd.DataFrame) -> pd.DataFrame:
    """Audit rows for a reader: verdict, check, where, the figures compared (in words) and the sentence."""
    verdict, check = value_labels("verdict"), value_labels("check")
    out = [{
        "Kết luận": verdict.get(str(r["verdict"]), r["verdict"]),
        "Phép kiểm tra": check.get(str(r["check"]), r["check"]),
        "Tỉnh": fmt.text(r.get("province")), "Năm": fmt.year(r.get("year")) or "không rõ",
        "Chỉ số": metric_label(str(r["metric"])), "Các con số": translate(r.get("detail")),
        "Giá trị kỳ vọng": fmt.number(r.get("expected")), "Giá trị trong bài": fmt.number(r.get("found")),
        "Câu trích dẫn": highlight(r.get("evidence"), r.get("found"), r.get("expected")),
    } for _, r in consistency.iterrows()]
    return with_html(pd.DataFrame(out, columns=["Kết luận", "Phép kiểm tra", "Tỉnh", "Năm", "Chỉ số", "Các con số",
                                                "Giá trị kỳ vọng", "Giá trị trong bài", "Câu trích dẫn"]),
                     "Câu trích dẫn")


# --------------------------------------------------------------------------- statistics
def pairwise(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The pairwise province tests of comparisons.csv."""
    return comparisons[comparisons["analysis"] == "pairwise"] if "analysis" in comparisons else comparisons


def trends(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The trend models of comparisons.csv."""
    return comparisons[comparisons["analysis"] == "trend"] if "analysis" in comparisons else comparisons


def pairwise_view(comparisons: pd.DataFrame) -> pd.DataFrame:
    """Pairwise tests for a reader: who against whom, the two shares, the gap, the adjusted p and a note."""
    yes = value_labels("significant")
    out = [{
        "Tỷ lệ": ratio_label(str(r["ratio"])), "Năm": fmt.year(r.get("year")) or "không rõ",
        "Tỉnh A": r["province_a"], "Tỉnh B": r["province_b"], "Giá trị A": fmt.percent(r["value_a"]),
        "Giá trị B": fmt.percent(r["value_b"]), "Chênh lệch (điểm %)": fmt.number(r.get("diff"), 1),
        "p đã hiệu chỉnh": fmt.p_value(r.get("p_adjusted")) if bool(r.get("tested")) else "không kiểm định",
        "Khác biệt có ý nghĩa": yes.get(bool(r.get("significant")), ""), "Ghi chú": translate(r.get("reason")),
    } for _, r in pairwise(comparisons).iterrows()]
    return pd.DataFrame(out, columns=["Tỷ lệ", "Năm", "Tỉnh A", "Tỉnh B", "Giá trị A", "Giá trị B",
                                      "Chênh lệch (điểm %)", "p đã hiệu chỉnh", "Khác biệt có ý nghĩa", "Ghi chú"])


def trends_view(comparisons: pd.DataFrame) -> pd.DataFrame:
    """Trend models for a reader: ratio, model, provinces, years, the yearly odds ratio, p, or why not fitted."""
    model = value_labels("model")
    out = [{
        "Tỷ lệ": ratio_label(str(r["ratio"])), "Phạm vi": r.get("scope") if pd.notna(r.get("scope")) else "",
        "Mô hình": model.get(str(r.get("model")), r.get("model")),
        "Tỉnh": fmt.text(r.get("province")).replace(";", ", ") or "không có tỉnh nào đủ hai năm",
        "Các năm": ", ".join(fmt.year(y) for y in fmt.text(r.get("years")).split(";") if y),
        "Tỷ số chênh (odds) mỗi năm": fmt.number(r.get("odds_ratio_per_year"), 2),
        "p": fmt.p_value(r.get("p_value")) if bool(r.get("fitted")) else "",
        "Ghi chú": translate(r.get("reason")),
    } for _, r in trends(comparisons).iterrows()]
    return pd.DataFrame(out, columns=["Tỷ lệ", "Phạm vi", "Mô hình", "Tỉnh", "Các năm", "Tỷ số chênh (odds) mỗi năm",
                                      "p",
                                      "Ghi chú"])


def comparable_count(ratios: pd.DataFrame) -> int:
    """How many ratio values may be compared (selected, achieved, possible)."""
    return len(comparable(ratios))

