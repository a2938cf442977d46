"""Answers: a short answer line's number is what the question line before it asks for."""
import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    # the asking word's place in the question is the number's
    ("Hỏi: Năm 2023 tỉnh nhận bao nhiêu hồ sơ qua mạng?\nĐáp: Khoảng 52.300 hồ sơ.", [("dossiers_online", 52300)]),
    ("Hỏi: Năm 2023 tỷ lệ hồ sơ trực tuyến là bao nhiêu?\nĐáp: Đạt 61,2%.", [("dossiers_online_pct", 61.2)]),
    ("Hỏi: Năm 2023 tỉnh có bao nhiêu dịch vụ công trực tuyến toàn trình?\nTrả lời: Có 1.021 dịch vụ.",
     [("services_full_process", 1021)]),
    ("PV: Trong Vietnam ICT Index 2016, tỉnh đứng thứ mấy?\nTL: Thứ 27/63.", [("ict_index_rank", 27)]),
    # a question that asks for no number leaves the answer's own words to say what it is
    ("Hỏi: Năm 2023 việc giải quyết hồ sơ thì sao, có chậm không?\nĐáp: Đã giải quyết 8.210 hồ sơ, đúng hạn 99%.",
     [("dossiers_resolved", 8210), ("dossiers_ontime_pct", 99)]),
    # an answer that names its own figure keeps it
    ("Hỏi: Năm 2023 tỉnh nhận bao nhiêu hồ sơ qua mạng?\nĐáp: Tỉnh có 1.204 dịch vụ công trực tuyến.",
     [("services_total", 1204)]),
])
def test_a_short_answer_is_what_its_question_asks(text, expected):
    assert facts(text) == expected


def test_lines_that_are_no_question_and_answer_are_read_alone():
    text = "Năm 2023 tỉnh nhận bao nhiêu hồ sơ qua mạng là câu hỏi của nhiều người.\nĐáp án: 52.300 hồ sơ."
    assert ("dossiers_online", 52300) not in facts(text)
