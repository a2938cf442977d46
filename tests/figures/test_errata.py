"""Corrections (figures/errata.py): hand-made sentences in several shapes."""
import pytest

from figure_fixtures import facts

from analysis.figures.errata import withdrawn
from analysis.figures.extract import extract_text
from analysis.text.clean import fold
from analysis.text.numbers import scan_numbers


def _values(text: str) -> list[float]:
    return [v for _, v in facts(text, ("metric", "value"), {"published": "2022-05-02"})]


@pytest.mark.parametrize("text,expected", [
    # the figure written before the marker stands, the one after it is withdrawn
    ("Năm 2021, số dịch vụ mức độ 4 của tỉnh là 58 dịch vụ, bài trước đã in nhầm thành 85 dịch vụ.", [58]),
    ("Năm 2021 tỉnh tiếp nhận 30.512 hồ sơ, bài viết đã ghi nhầm thành 35.012 hồ sơ.", [30512]),
    # the marker withdraws up to the correction; the corrected value stands
    ("Tỷ lệ văn bản điện tử năm 2021 đã ghi là 69%, nay xin sửa lại là 96%.", [96]),
    ("Số dịch vụ mức độ 3 năm 2021 đã in là 402 dịch vụ; số đúng là 240 dịch vụ mức độ 3.", [240]),
])
def test_an_erratum_withdraws_the_figure_after_it(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the alternative a sentence rejects is no figure, wherever it stands
    ("Năm 2021, tỉnh xếp thứ 19/63 về ICT Index, không phải 29/63.", [19]),
    ("Năm 2021, tỷ lệ cán bộ dùng thư điện tử là 88,4%, không phải 84,8% như đã đăng.", [88.4]),
    ("Năm 2021, hồ sơ trực tuyến chiếm 14,2% số hồ sơ, chứ không phải 41,2%.", [14.2]),
    ("Năm 2021 có 6.120 hồ sơ nộp qua mạng, không phải là 6.210 hồ sơ.", [6120]),
])
def test_a_rejected_alternative_is_no_figure(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "không phải" before words is a negation, not a rejected number
    ("Năm 2021, người dân không phải đi lại, 70% hồ sơ được nộp qua mạng.", [70]),
    ("Năm 2021, 4.300 hồ sơ được nộp qua mạng, không phải đến bộ phận một cửa.", [4300]),
])
def test_a_plain_negation_withdraws_nothing(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a quotation mark or a qualifier between the rejecting words and the number
    ("Năm 2021, tỷ lệ văn bản điện tử chỉ đạt khoảng 46%, không phải “trên 60%” như đã viết.", [46]),
    ("Năm 2021, hồ sơ trực tuyến chiếm 14,2%, chứ không phải \"hơn 20%\".", [14.2]),
    # a figure said before and now superseded, right before "đã nêu" / "như đã đưa tin"
    ("Năm 2021, tỷ lệ đúng hạn được điều chỉnh thành 97,9%, thấp hơn mức 98,4% đã nêu.", [97.9]),
    ("Năm 2021, số dịch vụ mức độ 4 được đính chính là 1.204, ít hơn 1.402 dịch vụ như đã đưa tin.", [1204]),
    # a figure restated "as announced" or "as said above", or confirmed with no correction, stays
    ("Năm 2021, số dịch vụ mức độ 4 vẫn là 1.402 dịch vụ như đã đưa tin.", [1402]),
    ("Năm 2021, tỉnh giữ mục tiêu tỷ lệ hồ sơ trực tuyến đạt 90% như đã công bố.", [90]),
    ("Năm 2021, tỷ lệ văn bản điện tử đạt 45% như đã nêu ở phần trên.", [45]),
])
def test_a_rejected_or_superseded_figure_is_no_figure(text, expected):
    assert _values(text) == expected


def test_a_marker_after_its_only_number_withdraws_the_sentence():
    text = "Con số 212 dịch vụ mức độ 4 trong bài trước đã bị ghi nhầm."
    folded = fold(text)
    tokens = [t for t in scan_numbers(folded) if t.figure]
    assert withdrawn(folded, 0, len(folded), tokens) is None


@pytest.mark.parametrize("text,expected", [
    # a claim reported from an unnamed or unofficial source, to weigh it, states no figure
    ("Năm 2021, có ý kiến cho rằng tỷ lệ hồ sơ trực tuyến của tỉnh chỉ khoảng 15%, thấp nhất vùng.", []),
    ("Năm 2021, theo một số phản ánh, tỷ lệ hồ sơ nộp qua mạng của tỉnh chưa tới 15%.", []),
    ("Năm 2021, một bài đăng trên mạng xã hội khẳng định “tỉnh chỉ có 15% hồ sơ làm online”, nhưng tỷ lệ hồ sơ trực "
     "tuyến thực tế đạt 48,6%.", [("dossiers_online_pct", 48.6)]),
    # … the claim ends with its clause or its quotation: the figures after it stand
    ("Năm 2021, ở các xã vùng cao, nơi bài đăng cho rằng “không ai nộp online”, tỷ lệ hồ sơ trực tuyến đạt 31,2%.",
     [("dossiers_online_pct", 31.2)]),
    ("Năm 2021, nhiều ý kiến cho rằng kết quả đã khá, cao hơn tỉnh bạn (tỷ lệ hồ sơ trực tuyến 40,5%).",
     [("dossiers_online_pct", 40.5)]),
])
def test_a_claim_reported_from_an_unnamed_source_states_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a number said to be a mistake right after it states nothing; the right one said apart stays
    ("Năm 2022, bài trước ghi tỷ lệ hồ sơ trực tuyến là 38,12% do lỗi đánh máy; tỷ lệ đúng là 31,82%.",
     [("dossiers_online_pct", 31.82)]),
    ("Năm 2021, bài trước ghi 1.520 dịch vụ là do nhầm lẫn; tỉnh có 1.250 dịch vụ công trực tuyến.",
     [("services_total", 1250)]),
    # a cause is no mistake of the writer's
    ("Năm 2021, có 412 hồ sơ bị trả lại do nhầm lẫn giấy tờ.", [("dossiers_returned", 412)]),
])
def test_a_number_said_to_be_a_mistake_is_no_figure(text, expected):
    assert facts(text) == expected


def test_a_body_figure_that_a_later_note_calls_a_mistake_is_withdrawn_there_too():
    text = ("Năm 2023, tỉnh tiếp nhận 120.400 hồ sơ, trong đó 45.210 hồ sơ trực tuyến, đạt tỷ lệ 38,12%.\n"
            "Ghi chú của tòa soạn: bài đăng trước ghi tỷ lệ là 38,12% do lỗi đánh máy; tỷ lệ đúng là 37,55%.\n")
    assert facts(text) == [("dossiers_received", 120400), ("dossiers_online", 45210), ("dossiers_online_pct", 37.55)]


@pytest.mark.parametrize("text,expected", [
    # a figure "bị in là" (printed as) is withdrawn up to the corrected one
    ("Số hộp thư công vụ của tỉnh năm 2021 bị in là 3.850 hộp thư; con số đúng là 3.580 hộp thư.", [3580.0]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2021 bị đăng thành 71,5%, nay xin sửa lại là 17,5%.", [17.5]),
    # a rate corrected up or down: the figure said before ("… đã nêu") is superseded
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến được Sở điều chỉnh lên 35,6%, thay cho con số 31,2% đã nêu hôm trước.", [35.6]),
    ("Tỷ lệ hồ sơ đúng hạn năm 2021 điều chỉnh xuống 94,1%, thấp hơn mức 97,3% như đã đưa tin.", [94.1]),
    # … not a rate set against last year's
    ("Năm 2021, tỷ lệ hồ sơ đúng hạn đạt 97,4%, thay cho mức 94% của năm 2020.", [97.4, 94.0]),
])
def test_a_figure_printed_wrongly_or_replaced_is_withdrawn(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a number said to be a slip of the keys right after it is no figure; the right one said apart stays
    ("Bản tin năm 2022 ghi tỷ lệ hồ sơ trực tuyến là 64,2% do gõ đảo chữ số; tỷ lệ đúng là 46,2%.", [46.2]),
    ("Năm 2022, số hộp thư được ghi là 12.800 do gõ nhầm; con số đúng là 2.800 hộp thư.", [2800.0]),
])
def test_a_number_said_to_be_a_slip_of_the_keys_is_no_figure(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an editor's oversight given as the cause withdraws the figures after it, whatever verb wrote them
    ("Trong bài đăng ngày 3/5/2022, do sơ suất trong khâu biên tập, số hồ sơ trực tuyến được ghi là 18.240 hồ sơ và "
     "tỷ lệ tương ứng được ghi là 36,5%. Số liệu đúng: năm 2022 có 16.420 hồ sơ trực tuyến.", [16420.0]),
    ("Do sơ suất khi nhập liệu, tỷ lệ văn bản điện tử năm 2019 được nêu là 91,4%; tỷ lệ đúng là 81,4%.", [81.4]),
    # … and after its only number, the sentence states none
    ("Tiêu đề bài viết ghi tỷ lệ hồ sơ trực tuyến năm 2021 gần 46% là chưa chính xác do sơ suất của phóng viên.", []),
])
def test_an_oversight_given_as_the_cause_withdraws_the_figures_written_by_it(text, expected):
    assert [v for _, v in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a correction notice at the end: the value its marker withdraws is withdrawn where the body printed it, and the
    # right value is a figure of the subject the notice corrects
    ("Năm 2021, tỉnh tiếp nhận 138.540 hồ sơ, trong đó 13.640 hồ sơ được nộp trực tuyến. Đính chính: ở đoạn đầu, số "
     "hồ sơ nộp trực tuyến bị ghi nhầm là 13.640 do lỗi đảo chữ số; con số chính xác là 31.460 hồ sơ.",
     [("dossiers_received", 138540), ("dossiers_online", 31460)]),
    ("Năm 2020, tỉnh có 1.302 dịch vụ công trực tuyến, trong đó 19 dịch vụ mức độ 4. Ghi chú của tòa soạn: số dịch vụ "
     "mức độ 4 ở trên đã in nhầm là 19; số đúng là 91 dịch vụ.",
     [("services_total", 1302), ("services_level4", 91)]),
    ("Năm 2020, tỷ lệ đúng hạn đạt 89,7%. Xin đính chính: tỷ lệ hồ sơ giải quyết đúng hạn bị in nhầm thành 89,7%, nay "
     "xin sửa lại là 97,8%.", [("dossiers_ontime_pct", 97.8)]),
])
def test_a_correction_notice_withdraws_the_misprint_and_names_the_right_value(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a claim set out before a colon, the answer after it: the answer's figures stand
    ("Về ý kiến cho rằng hồ sơ qua mạng bị giải quyết chậm: năm 2021 tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn là 97,2%.",
     [("dossiers_ontime_pct", 97.2)]),
    ("Trước phản ánh cho rằng cổng thường xuyên lỗi: năm 2022 cổng tiếp nhận 120.400 hồ sơ trực tuyến.",
     [("dossiers_online", 120400)]),
    # … while a claim opened by its colon stays a claim
    ("Năm 2021, có ý kiến cho rằng: tỷ lệ hồ sơ trực tuyến chỉ khoảng 20%.", []),
])
def test_a_claim_ends_at_a_colon_past_its_first_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a speaker correcting himself right after a number: the right one follows, the number before is none
    ("Ông nói: “Năm 2021 tỷ lệ hồ sơ trực tuyến đạt 31,2%, à không, xin sửa lại là 13,2%”.",
     [("dossiers_online_pct", 13.2)]),
    ("Ông đọc: “Tỉnh đã cấp 8.120 hộp thư công vụ, à nhầm, 8.210 hộp thư công vụ”.", [("email_accounts", 8210)]),
    # … an excuse after the right one withdraws nothing
    ("Ông đọc: “Tỷ lệ đúng hạn đạt 97,5%, xin sửa lại là 95,7%, tôi đọc nhầm dòng”.", [("dossiers_ontime_pct", 95.7)]),
])
def test_a_speaker_s_self_correction_withdraws_the_number_before_it(text, expected):
    assert facts(text) == expected


def test_a_misprint_notice_naming_the_issue_s_date_does_not_stop_the_article():
    # the date of the issue that carried the misprint is no figure: it withdraws nothing, and the article is read
    # (a heading naming the misprint runs, with no full stop, into the line with the date)
    text = ("Tin đính chính\nCON SỐ BỊ IN NHẦM TRÊN SỐ BÁO TRƯỚC\nSố báo ra ngày 12/6/2019 có bản tin về cải cách hành "
            "chính. Theo báo cáo, 6 tháng đầu năm 2019 tỉnh tiếp nhận 61.200 hồ sơ, trong đó 4.510 hồ sơ nộp qua mạng.\n")
    rows = extract_text(text, doc_id="t", meta={"published": "2019-06-20"})
    assert list(zip(rows.metric, rows.value)) == [("dossiers_received", 61200), ("dossiers_online", 4510)]
