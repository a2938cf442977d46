"""A figure to review as a card: escaped, with the number marked, the ratio it feeds and a line that pastes."""
from __future__ import annotations

import html

import pandas as pd

from analysis.review.cards import card_html, facts_text, paste_line
from analysis.review.corrections import CORRECTION_COLUMNS, parse_corrections

SHA = "b6ad57f210a50ab2ee7a2d0e6e2a095c2cdb309556a1ea8a1aeb4069ad1af768"
FIGURE = pd.Series({"doc_id": "d1", "province": "Đắk Lắk", "year": 2019, "period": "", "metric": "services_total",
                    "value": 1687.0, "unit": "count", "qualifier": "approx", "status": "actual", "scope": "cấp tỉnh",
                    "evidence": 'Tỉnh "A" <b>cung cấp</b> gần 1.687 dịch vụ, dấu phẩy', "start": 5, "end": 10,
                    "confidence": 0.42, "rule": "metric:head(services); year:document; status:default"})
RATIOS = pd.DataFrame([{"level": "province", "province": "Đắk Lắk", "year": 2019, "ratio": "level4_share", "scope": "cấp tỉnh",
                        "status": "actual", "basis": "services_total", "numerator_basis": "services_level4",
                        "value": 16.064, "selected": True, "doc_ids": "d1", "alternatives": ""}])


def test_the_card_escapes_the_article_and_marks_the_number():
    page = card_html(3, FIGURE, SHA, RATIOS)
    assert "<b>cung cấp</b>" not in page and html.escape("<b>cung cấp</b>") in page
    assert "<mark><b>1.687</b></mark>" in page
    assert "#3 · Tổng số dịch vụ công trực tuyến: 1.687 — độ tin cậy 0,42" in page
    assert "Tỷ lệ dịch vụ công trực tuyến mức độ 4 = 16,06% (được chọn): mẫu số" in page
    assert "metric:head(services)" in page


def test_the_paste_line_is_a_valid_corrections_line():
    line = paste_line(FIGURE, SHA)
    table = parse_corrections(",".join(CORRECTION_COLUMNS) + "\n" + line + "\n")
    row = table.iloc[0]
    assert (row["action"], row["doc_id"], row["start"], row["end"], row["value"]) == ("drop", "d1", "5", "10", "1687")
    assert row["evidence"] == FIGURE["evidence"]


def test_what_was_read_is_told_in_vietnamese():
    assert facts_text(FIGURE) == "Đắk Lắk · năm 2019 · thực hiện · khoảng · phạm vi: cấp tỉnh"
    unknown = FIGURE.copy()
    unknown["year"], unknown["confidence"] = pd.NA, float("nan")
    assert "(không rõ năm)" in facts_text(unknown)
    assert "độ tin cậy: không rõ" in card_html(1, unknown, SHA, RATIOS.iloc[0:0])
