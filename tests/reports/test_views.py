"""Reader views: the sentence with its number highlighted, derived and impossible figures labelled, the audit's
problems first, impossible ratios with the figures behind them, articles linked, no machine paths."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.ratios.audit import audit
from analysis.ratios.build import compute_ratios
from analysis.reports import present, views
from analysis.reports.labels import metric_label, translate
from analysis.schema import as_figures


def _figs(*rows: dict) -> pd.DataFrame:
    base = {"doc_id": "a", "province": "Thái Bình", "year": 2021, "period": "", "unit": "count", "denominator": None,
            "qualifier": "exact", "status": "actual", "scope": "", "start": 0, "end": 1, "confidence": 0.9,
            "rule": "metric:head(dossiers); year:sentence; status:default"}
    return as_figures([{**base, **r, "end": r.get("start", 0) + 1} for r in rows])


@pytest.mark.parametrize("sentence, value, marked", [
    ("Đã tiếp nhận 156.815 hồ sơ, trong đó 8.907 hồ sơ trực tuyến.", 8907, "<mark><b>8.907</b></mark>"),
    ("Tỷ lệ đạt 43,75% so với kế hoạch.", 43.75, "<mark><b>43,75%</b></mark>"),
    ("Có 61,3 ngàn hồ sơ trực tuyến.", 61300, "<mark><b>61,3 ngàn</b></mark>"),
    ("Xếp vị trí 47/63 tỉnh thành.", 47, "<mark><b>47</b></mark>/63"),
])
def test_the_sentence_shows_its_number_highlighted(sentence, value, marked):
    assert marked in views.highlight(sentence, value)


def test_a_sentence_is_escaped_and_unmarked_when_its_number_is_absent():
    out = views.highlight("<script>x</script> giảm 7 bậc", 40)
    assert "<script>" not in out and "&lt;script&gt;" in out and "<mark>" not in out


def test_a_derived_figure_says_so_and_never_reads_exact():
    f = _figs({"metric": "ict_index_rank", "value": 40.0, "unit": "rank", "denominator": 63.0,
               "evidence": "xếp vị trí 47/63 tỉnh thành, giảm 7 bậc so với năm 2017",
               "rule": "metric:derived; year:sentence; status:default"},
              {"metric": "ict_index_rank", "value": 47.0, "unit": "rank", "denominator": 63.0,
               "evidence": "xếp vị trí 47/63 tỉnh thành, giảm 7 bậc so với năm 2017"})
    view = views.figures_view(f)
    assert list(view["Giá trị"]) == ["hạng 40/63 (suy ra)", "hạng 47/63"]
    assert "chính xác" not in view.to_string() and "giảm 7 bậc" in view["Câu trích dẫn"].iloc[0]


def test_qualified_figures_read_as_bounds_and_impossible_ones_say_why():
    f = _figs({"metric": "email_accounts", "value": 7000.0, "qualifier": "more_than", "evidence": "hơn 7.000 tài khoản"},
              {"metric": "dossiers_online_pct", "value": 445.0, "unit": "percent", "evidence": "đạt 445%"},
              {"metric": "ict_index_rank", "value": 70.0, "unit": "rank", "denominator": 63.0, "evidence": "hạng 70/63"})
    values = list(views.figures_view(f)["Giá trị"])
    assert values[0] == "hơn 7.000"
    assert values[1].startswith("445% — không thể đúng: tỷ lệ vượt 100%")
    assert "thứ hạng vượt quá" in values[2]
    assert len(views.impossible_figures(f)) == 2


def test_an_impossible_ratio_is_an_audit_finding_with_the_figures_behind_it():
    f = _figs({"metric": "dossiers_received", "value": 1000.0, "evidence": "Năm 2021 tiếp nhận 1.000 hồ sơ.", "start": 5},
              {"metric": "dossiers_online", "value": 4450.0, "evidence": "Có 4.450 hồ sơ trực tuyến.", "start": 50})
    ratios = compute_ratios(f)
    assert list(views.ratios_view(ratios)["Tỉnh"]) == []  # never shown as a value
    found = views.impossible_view(ratios, f)
    assert len(found) == 1
    row = found.iloc[0]
    assert row["Vì sao không thể đúng"] == "tử số lớn hơn mẫu số" and row["Giá trị tính ra"] == "445%"
    assert "<mark><b>4.450</b></mark>" in row["Các số liệu đằng sau"] and "<mark><b>1.000</b></mark>" in row["Các số liệu đằng sau"]
    assert "0 tỷ lệ so sánh được, 1 giá trị không thể đúng bị loại" in present.ratios_summary(ratios, audit(f))


def test_the_audit_shows_problems_first_and_folds_what_passes():
    c = pd.DataFrame({"check": ["part_le_whole", "stated_twice", "percent_le_100", "stated_twice"],
                      "verdict": ["ok", "ok_with_qualifier", "mismatch", "ok"], "province": "A", "year": 2019,
                      "metric": "dossiers_online", "detail": "", "expected": 1.0, "found": 2.0, "evidence": "x"})
    first = views.audit_problems(c)
    assert list(first["verdict"]) == ["mismatch", "ok_with_qualifier"]
    assert list(views.audit_view(first)["Kết luận"]) == ["không khớp", "khớp nhờ từ chỉ mức (hơn, khoảng…)"]


def test_articles_link_to_their_url_and_errors_show_no_machine_path():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "province": ["Gia Lai", None], "province_source": ["url", ""],
                         "year": pd.array([2019, None], dtype="Int64"), "published": ["2019-05-01", None],
                         "url": ["https://baogialai.com.vn/x", None], "n_figures": [3, 0]})
    view = views.documents_view(docs, _figs({"metric": "services_total", "value": 1.0, "evidence": "1"}))
    assert '<a href="https://baogialai.com.vn/x">baogialai.com.vn</a>' in view["Bài viết"].iloc[0]
    assert view["Năm"].iloc[1].startswith("không rõ")
    fix = views.undated_articles(docs)
    assert len(fix) == 1 and "manifest.csv" in fix[0] and fix[0].startswith("Không xác định được năm của bài b")
    errors = views.errors_view(pd.DataFrame({"path": ["/home/someone/data/raw/x.txt"], "doc_id": ["x"],
                                             "error": ["cannot decode"]}))
    assert errors["Tệp"].iloc[0] == "x.txt" and "/home" not in errors.to_string()


def test_a_province_with_targets_only_says_so():
    f = _figs({"metric": "services_national_portal_pct", "value": 30.0, "unit": "percent", "status": "target",
               "evidence": "phấn đấu 30%"})
    assert "Chưa có số liệu thực hiện (chỉ có mục tiêu)." in present.profile_intro("Thái Bình", f)
    assert "chưa có số liệu thực hiện (chỉ có mục tiêu)" in present.no_ratio_sentence("Thái Bình", f)


def test_wide_content_wraps_inside_the_page():
    html = present.table_html(pd.DataFrame({"Câu": ["x" * 3000], "Mã": ["metric:head(services);year:document"]}))
    assert "overflow-wrap: break-word" in html and "width: 100%" in html
    assert "overflow-wrap: anywhere" in present.folded_html(pd.DataFrame({"Mã": ["x" * 300]}), "mã")


def test_translated_notes_and_details_leave_no_english():
    for text in ("lower bound; no counts: the share as stated", "no figures for Lào Cai",
                 "upper bound; level 2 not stated: the total is at least the sum of the stated levels",
                 "approximate figure (and a bound)", "qualifiers pull in opposite directions",
                 "not fitted: 0 province(s) with two or more years, 2 needed", "not fitted: the share is a estimate",
                 "271+5 / 1687 (sum of levels) = 16.0640%", "1687 (exact) and 1700 (approx) at offsets 120 and 3400"):
        out = translate(text)
        for english in ("bound", "figure", "share", "stated", "not ", "sum of", "exact", "approx", "offsets"):
            assert english not in out, (text, out)
    assert translate("services_level4 271 <= services_total 1687") == (
        f"{metric_label('services_level4').lower()} 271 <= {metric_label('services_total').lower()} 1.687")


def test_the_page_shows_the_highlight_as_markup_and_the_article_text_escaped():
    f = _figs({"metric": "services_total", "value": 1750.0,
               "evidence": "cung cấp 1.750 dịch vụ <script>window.x=1</script> công"})
    page = present.table_html(views.figures_view(f))
    assert "<mark><b>1.750</b></mark>" in page
    assert "<script>window" not in page and "&lt;script&gt;window.x=1&lt;/script&gt;" in page
    plain = present.table_html(pd.DataFrame({"Bài viết": ["<b>x</b>"]}))  # not a view's HTML column: escaped
    assert "&lt;b&gt;x&lt;/b&gt;" in plain


def test_two_figures_with_one_value_in_one_sentence_each_highlight_their_own_number():
    sentence = "100% CBCC được cấp hộp thư; 100% đơn vị có bộ phận một cửa điện tử."
    f = _figs({"metric": "email_issued_pct", "value": 100.0, "unit": "percent", "evidence": sentence, "start": 10},
              {"metric": "one_stop_coverage", "value": 100.0, "unit": "percent", "evidence": sentence, "start": 38})
    cells = list(views.figures_view(f.iloc[::-1])["Câu trích dẫn"])  # table order does not matter
    assert cells[0].index("<mark>") > cells[1].index("<mark>")
    assert cells[1].startswith("<mark><b>100%</b></mark> CBCC")


def test_a_derived_figure_is_not_exact_among_the_codes_either():
    f = _figs({"metric": "ict_index_rank", "value": 40.0, "unit": "rank", "denominator": 63.0, "evidence": "giảm 7 bậc",
               "rule": "metric:derived; year:sentence; status:default"},
              {"metric": "ict_index_rank", "value": 47.0, "unit": "rank", "denominator": 63.0, "evidence": "47/63"})
    codes = views.figure_codes_view(f)
    assert list(codes[codes.columns[3]]) == ["derived", "exact"]


def test_trend_rows_show_years_plainly_and_say_when_no_province_qualifies():
    c = pd.DataFrame([{"analysis": "trend", "ratio": "level4_share", "scope": "", "model": "per_province",
                       "province": "Yên Bái", "years": "2019.0;2020.0", "fitted": False,
                       "reason": "not fitted: 2 year(s) with counts, 3 needed"},
                      {"analysis": "trend", "ratio": "level4_share", "scope": "", "model": "pooled_province_effects",
                       "province": "", "years": "", "fitted": False,
                       "reason": "not fitted: 0 province(s) with two or more years, 2 needed"}])
    view = views.trends_view(c)
    assert list(view["Các năm"]) == ["2019, 2020", ""]
    assert list(view["Tỉnh"]) == ["Yên Bái", "không có tỉnh nào đủ hai năm"]
    assert list(view["Mô hình"]) == ["từng tỉnh", "gộp các tỉnh"]


def test_the_province_column_shows_only_when_there_are_several_provinces():
    one = _figs({"metric": "services_total", "value": 1.0, "evidence": "1"})
    two = pd.concat([one, one.assign(province="Hà Nam")], ignore_index=True)
    assert "Tỉnh" not in views.figures_view(one).columns and "Tỉnh" in views.figures_view(two).columns
