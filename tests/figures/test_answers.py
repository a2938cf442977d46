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


@pytest.mark.parametrize("text,expected", [
    # a quiz's numbered question and its answer in one line: the answer is what the question asks
    ("Câu 1: Năm 2019, tỉnh cung cấp bao nhiêu dịch vụ công trực tuyến? Đáp án: 1.672 dịch vụ.",
     [("services_total", 1672)]),
    ("Câu 4: Tỷ lệ hồ sơ giải quyết đúng hạn năm 2019 là bao nhiêu? Đáp án: 98,6%. Giải thích: hồ sơ trễ hẹn ở lĩnh vực "
     "đất đai.", [("dossiers_ontime_pct", 98.6)]),
    ("Câu 12: Năm 2020, tỷ lệ hồ sơ nộp trực tuyến đạt bao nhiêu? Trả lời: 21,4%.", [("dossiers_online_pct", 21.4)]),
    # (… asking "bao nhiêu phần trăm": the percent word is part of the asking, not the answer's noun)
    ("Câu 8: Năm 2018, bao nhiêu phần trăm người dân hài lòng với sự phục vụ của cơ quan hành chính? Đáp án: 87,3%.",
     [("satisfaction_pct", 87.3)]),
    ("Hỏi: Năm 2019, bao nhiêu phần trăm hồ sơ được giải quyết đúng hạn?\nĐáp: 98,2%.", [("dossiers_ontime_pct", 98.2)]),
    # (an answer line after a sentence that asks nothing is read alone)
    ("Năm 2019, tỉnh tăng tốc chuyển đổi số. Đáp án: 1.672.", []),
])
def test_a_quiz_question_and_its_answer_in_one_line(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the choices are guesses; the one the answer names is what the question asks
    ("Câu 3. Năm 2022, hệ thống thư điện tử công vụ có bao nhiêu tài khoản? A. 3.200 tài khoản; B. 5.480 tài khoản; "
     "C. 8.100 tài khoản. Đáp án đúng: B.", [("email_accounts", 5480)]),
    ("Câu 2. Năm 2021, tỷ lệ hồ sơ nộp trực tuyến của tỉnh là bao nhiêu? A. 18,5%; B. 33,2%; C. 47,9%. Đáp án: C.",
     [("dossiers_online_pct", 47.9)]),
    # … with no answer in the line (a key further down), none of them is a figure
    ("Câu 1. Năm 2020, tỉnh cung cấp bao nhiêu dịch vụ công trực tuyến? A. 1.450 dịch vụ. B. 1.934 dịch vụ. "
     "C. 2.310 dịch vụ.\nCâu 2. Năm 2020, tỷ lệ giải quyết đúng hạn là bao nhiêu? A. 91,4%; B. 95,07%; C. 98,94%.", []),
])
def test_the_lettered_choices_of_a_question(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # choices after "Các phương án:" and the answer label's colon right before its letter
    ("Câu 5: Năm 2015, tỉnh đứng thứ mấy trên Vietnam ICT Index? Các phương án: A. 38/63; B. 44/63; C. 51/63. Đáp án: B.",
     [("ict_index_rank", 44)]),
    # a short answer naming only the catalogue takes the level its question asks
    ("Câu 2: Năm 2015, bao nhiêu thủ tục được cung cấp trực tuyến ở mức độ 3? Đáp án: 214 thủ tục.",
     [("services_level3", 214)]),
    ("Câu 1: Năm 2015, tỉnh có bao nhiêu thủ tục hành chính? Đáp án: 1.843 thủ tục.", [("procedures_total", 1843)]),
])
def test_choices_after_a_colon_and_an_answer_naming_only_the_catalogue(text, expected):
    assert facts(text) == expected
