"""Restated and running totals (restate.py): the words that make a count a running total."""
import pytest

from analysis.figures.extract import extract_text
from analysis.figures.restate import running_words


@pytest.mark.parametrize("pre,post", [
    ("quý này nhận 410 hồ sơ, cộng dồn từ đầu năm lên ", " hồ sơ."),  # before it, in its own clause
    ("tháng 3 có ", " hồ sơ lũy kế từ đầu năm."),  # after it, its noun between
    ("tuần qua có ", " | luỹ kế"),  # a table's bar between
])
def test_running_words_of_the_count_itself(pre, post):
    assert running_words(pre, post)


@pytest.mark.parametrize("pre,post", [
    ("số đã giải quyết là ", ", lũy kế 5.120 hồ sơ."),  # a comma: the next number's
    ("đã xử lý ", " hồ sơ; cộng dồn cả quý 2.004 hồ sơ."),  # a semicolon after its noun
    ("tháng 4 trả kết quả ", ": lũy kế 801."),  # a colon
])
def test_running_words_after_a_clause_mark_are_not_its_own(pre, post):
    assert running_words(pre, post) == ""


@pytest.mark.parametrize("text,expected", [
    ("Tháng 5/2021, huyện nhận 2.316 hồ sơ; số hồ sơ đã giải quyết trong tháng là 2.170, lũy kế 9.115 hồ sơ.",
     [("dossiers_received", 2316), ("dossiers_resolved", 2170), ("dossiers_resolved", 9115)]),
    ("Quý I, xã tiếp nhận 640 hồ sơ, đã trả kết quả 612, cộng dồn từ đầu năm 1.980 hồ sơ.",
     [("dossiers_received", 640), ("dossiers_resolved", 612), ("dossiers_resolved", 1980)]),
])
def test_a_count_before_a_running_total_keeps_its_own_kind(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a running total whose own clause names its kind before the running words counts that kind, not the count before
    ("Năm 2019, huyện đã giải quyết 24.300 hồ sơ; hồ sơ nộp qua mạng lũy kế đạt 1.812.",
     [("dossiers_resolved", 24300), ("dossiers_online", 1812)]),
    ("Trong quý II, các xã trả kết quả 5.640 hồ sơ, số hồ sơ trực tuyến cộng dồn lên 730.",
     [("dossiers_resolved", 5640), ("dossiers_online", 730)]),
    # … with no kind of its own, the kind of the count before it
    ("Trong quý II, các xã trả kết quả 5.640 hồ sơ, cộng dồn từ đầu năm 11.020 hồ sơ.",
     [("dossiers_resolved", 5640), ("dossiers_resolved", 11020)]),
])
def test_a_running_total_naming_its_own_kind_counts_it(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected
