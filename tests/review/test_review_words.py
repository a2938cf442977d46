"""What a reader is told about corrections."""
from __future__ import annotations

import pandas as pd

from analysis.review.apply import OUTCOME_COLUMNS, Applied
from analysis.review.words import correction_notes, corrections_sentence, hand_sentence, outcomes_view


def _applied(sources: list[str], outcomes: list[tuple[str, str]]) -> Applied:
    figures = pd.DataFrame({"source": sources})
    rows = [{c: None for c in OUTCOME_COLUMNS} | {"line": i + 2, "action": a, "outcome": o, "metric": "services_total"}
            for i, (a, o) in enumerate(outcomes)]
    return Applied(figures, pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS)))


def test_no_correction_says_so_and_adds_no_note():
    applied = _applied(["extracted"] * 3, [("drop", "not_in_corpus")])
    assert corrections_sentence(applied) == "Chưa có hiệu đính thủ công: cả 3 số liệu đều do máy trích xuất."
    assert correction_notes(applied) == []


def test_counts_by_kind_and_stale_lines_are_told():
    applied = _applied(["extracted", "corrected", "added", "added"],
                       [("change", "applied"), ("add", "applied"), ("add", "applied"), ("drop", "applied"),
                        ("accept", "applied"), ("change", "stale_row")])
    text = corrections_sentence(applied)
    assert text.startswith("Hiệu đính thủ công: 1 số liệu được sửa, 2 được thêm, 1 bị bỏ, 1 được xác nhận đúng; "
                           "1 số liệu giữ nguyên")
    assert text.endswith("1 dòng hiệu đính không áp dụng được (xem figures_corrections.csv).")
    assert correction_notes(applied) == [text]
    view = outcomes_view(applied.outcomes)
    assert list(view.columns) == ["Dòng", "Thao tác", "Bài viết", "Chỉ số", "Giá trị", "Kết quả", "Chi tiết"]
    assert view["Kết quả"].iloc[-1] == "không áp dụng: không còn số liệu này"
    assert view["Chỉ số"].iloc[0] == "Tổng số dịch vụ công trực tuyến"


NONE_BY_HAND = "Tất cả số liệu do máy trích xuất, chưa có hiệu đính tay."


def test_hand_sentence_without_source_or_without_hand_rows_says_all_extracted():
    assert hand_sentence(pd.DataFrame({"value": [1.0, 2.0]})) == NONE_BY_HAND
    assert hand_sentence(pd.DataFrame({"source": ["extracted", "extracted"]})) == NONE_BY_HAND
    assert hand_sentence(pd.DataFrame({"source": pd.Series([], dtype="string")})) == NONE_BY_HAND


def test_hand_sentence_counts_corrected_and_added():
    figures = pd.DataFrame({"source": ["corrected", "extracted", "added", "corrected", "extracted"]})
    assert hand_sentence(figures) == ("Có 2 số liệu được sửa tay và 1 số liệu được thêm tay (tệp hiệu đính "
                                      "data/corrections.csv); các số liệu còn lại do máy trích xuất.")
    assert hand_sentence(figures[figures["source"] != "added"]) == (
        "Có 2 số liệu được sửa tay (tệp hiệu đính data/corrections.csv); các số liệu còn lại do máy trích xuất.")
    assert hand_sentence(pd.DataFrame({"source": ["added"] * 1200})) == (
        "Có 1.200 số liệu được thêm tay (tệp hiệu đính data/corrections.csv).")  # nothing left to the machine
