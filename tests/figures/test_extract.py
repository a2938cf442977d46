"""Extraction of one text: rows, status, years, provinces, offsets, restatements, furniture."""
from __future__ import annotations


import pandas as pd
import pytest

from analysis.figures.extract import extract_text
from figure_fixtures import facts
from analysis.schema import FIGURE_COLUMNS


def test_row_has_contract_columns_evidence_and_offsets():
    text = "Năm 2020, tỉnh Gia Lai\u00a0tiếp nhận 12.500 hồ sơ. Câu khác."
    df = extract_text(text, "doc1")
    assert list(df.columns) == list(FIGURE_COLUMNS)
    row = df.iloc[0]
    assert (row.doc_id, row.province, row.year, row.period, row.metric, row.value) == (
        "doc1", "Gia Lai", 2020, "năm 2020", "dossiers_received", 12500)
    assert text[row.start:row.end] == "12.500"
    assert row.evidence == "Năm 2020, tỉnh Gia Lai tiếp nhận 12.500 hồ sơ."


@pytest.mark.parametrize("text,status", [
    ("Phấn đấu đến năm 2025 có 80% dịch vụ công trực tuyến mức độ 4.", "target"),
    ("Mục tiêu năm 2021: tỷ lệ hồ sơ trực tuyến đạt 30%.", "target"),
    ("Kế hoạch năm 2022 cung cấp 500 dịch vụ công trực tuyến mức độ 4.", "target"),
    ("Mặc dù đã có nhiều phấn đấu, nhưng tỉnh mới có 120 dịch vụ công trực tuyến mức độ 4.", "actual"),
    ("Sở Kế hoạch và Đầu tư đã tiếp nhận 400 hồ sơ trực tuyến.", "actual"),
    ("Tỉnh đã vượt chỉ tiêu với 45% hồ sơ trực tuyến.", "actual"),
    ("Kế hoạch năm nay là 60% hồ sơ trực tuyến, thực tế đã đạt 52%.", "target|actual"),
    # a plan cue does not reach past "trong khi", which sets a result against it
    ("Tỷ lệ văn bản điện tử được giao chỉ tiêu 90%, trong khi năm ngoái đạt 71,4%.", "target|actual"),
    ("Huyện phấn đấu 25% hồ sơ nộp qua mạng, trong khi cả năm 2021 có 1.912 hồ sơ, chiếm 9,3%.", "target|actual|actual"),
    ("Mục tiêu là 300 dịch vụ mức độ 4 trong khi hiện tỉnh có 184 dịch vụ mức độ 4.", "target|actual"),
])
def test_status(text, status):
    assert extract_text(text)["status"].tolist() == status.split("|")


def test_forward_looking_paragraph_and_anaphoric_next_sentence_make_targets():
    text = ("Nhiệm vụ trong thời gian tới: Rà soát quy trình. Cung cấp 300 dịch vụ công trực tuyến mức độ 4.\n"
            "Tỉnh đang xây dựng cổng, bảo đảm cung cấp 200 dịch vụ công trực tuyến mức độ 3. "
            "Các chỉ tiêu này dự kiến hoàn thành năm 2019.")
    df = extract_text(text)
    assert df["status"].tolist() == ["target", "target"]
    assert df["year"].tolist() == [pd.NA, 2019] or df["year"].iloc[1] == 2019


def test_parenthesis_with_its_own_year_is_actual_inside_a_target_sentence():
    text = ("Theo đề án, đến năm 2025 tỉnh vào nhóm 15 tỉnh dẫn đầu về ICT Index "
            "(năm 2019 tỉnh xếp hạng thứ 30); 100% dịch vụ công trực tuyến đạt mức độ 4.")
    df = extract_text(text)
    assert df[["value", "status", "year"]].values.tolist() == [[15, "target", 2025], [30, "actual", 2019],
                                                               [100, "target", 2025]]


def test_year_falls_back_to_paragraph_then_document():
    text = "Kết quả 9 tháng năm 2021 của tỉnh.\nHệ thống thư điện tử có 60 cơ quan sử dụng."
    assert extract_text(text)["year"].tolist() == [2021]
    assert extract_text("Hệ thống thư điện tử có 60 cơ quan sử dụng.", meta={"published": "2018-05-01"})["year"].tolist() == [2018]
    assert extract_text("Hệ thống thư điện tử có 60 cơ quan sử dụng.")["year"].isna().all()


@pytest.mark.parametrize("text,years", [
    # a clause looking back from its sentence's own time dates itself only: the next sentence goes on with that time
    ("Quý I/2024, tỉnh nhận 60.000 hồ sơ, trong đó 30.000 hồ sơ trực tuyến; cả năm 2023, tỷ lệ này là 41%. Tỷ lệ giải "
     "quyết đúng hạn đạt 98,8%.", [2024, 2024, 2023, 2024]),
    ("Sáu tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến đạt 35%, còn năm 2021 chỉ là 20%. Tỷ lệ hài lòng đạt 95%.",
     [2022, 2021, 2022]),
    # … but a time naming a sentence itself carries on
    ("Năm 2021 tỉnh có 1.820 dịch vụ công trực tuyến. Năm 2020, tỷ lệ đúng hạn đạt 97%. Tỷ lệ hài lòng đạt 90%.",
     [2021, 2020, 2020]),
])
def test_a_time_looked_back_to_in_a_clause_does_not_date_the_sentences_after(text, years):
    assert extract_text(text, meta={"published": "2024-06-01"})["year"].tolist() == years


def test_province_precedence_manifest_text_url():
    text = "Toàn tỉnh tiếp nhận 500 hồ sơ (số liệu của UBND tỉnh Nam Định)."  # named after the figure: the article's
    assert extract_text(text, meta={"province": "Hoà Bình"})["province"].iloc[0] == "Hòa Bình"
    assert extract_text(text, meta={"url": "https://baolongan.vn/x"})["province"].iloc[0] == "Nam Định"
    assert extract_text("Tỉnh tiếp nhận 500 hồ sơ.", meta={"url": "https://baolongan.vn/x"})["province"].iloc[0] == "Long An"
    assert extract_text("Tỉnh tiếp nhận 500 hồ sơ.")["province"].isna().all()


def test_headline_dateline_names_the_province_and_agency_scope_needs_a_name():
    df = extract_text("HÀ TĨNH - Sáng 5/6, Sở TT&TT cho biết toàn tỉnh đã tiếp nhận 12.000 hồ sơ trực tuyến.")
    assert df["province"].tolist() == ["Hà Tĩnh"] and df["scope"].isna().all()
    assert extract_text("Hà Nam: 98% hồ sơ giải quyết đúng hạn")["province"].tolist() == ["Hà Nam"]


def test_restated_figure_is_kept_once():
    text = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%\n\nTrong quý I/2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%."
    df = extract_text(text)
    assert len(df) == 1 and df["period"].iloc[0] == "quý I/2023"


@pytest.mark.parametrize("caption,expected", [
    # a caption repeating a body figure restates it, whatever unit its photo shows
    ("Ảnh: Người dân chờ làm thủ tục ở Trung tâm Hành chính công huyện Đông Sơn; cả năm toàn tỉnh tiếp nhận 214.300 hồ sơ.",
     [("dossiers_received", 214300.0)]),
    ("Ảnh: Cán bộ bộ phận một cửa phường Ba Đình hướng dẫn người dân; năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 41,5%.",
     [("dossiers_received", 214300.0)]),
    # … a figure of its own is a row of its own
    ("Ảnh: Người dân thị xã Bỉm Sơn nộp hồ sơ qua điện thoại; trong năm, thị xã có 3.870 hồ sơ trực tuyến được tiếp nhận.",
     [("dossiers_received", 214300.0), ("dossiers_online", 3870.0)]),
])
def test_a_caption_restating_a_body_figure_adds_no_row(caption, expected):
    text = ("Năm 2022, các cơ quan của tỉnh Thanh Hóa tiếp nhận 214.300 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 41,5%.\n"
            f"{caption}\nCác xã vùng cao vẫn còn ít hồ sơ qua mạng.\n")
    df = extract_text(text)
    assert [(m, v) for m, v in zip(df["metric"], df["value"]) if m != "dossiers_online_pct"] == expected
    assert (df["metric"] == "dossiers_online_pct").sum() == 1


@pytest.mark.parametrize("text,expected", [
    # a rubric in capitals right under the title is the title block's: it heads no section, plans or not
    ("Bình Phước tăng tốc chuyển đổi số\nMỤC TIÊU VÀ NHIỆM VỤ\nNăm 2023, các cơ quan của tỉnh tiếp nhận 120.400 hồ "
     "sơ, trong đó 48.160 hồ sơ nộp trực tuyến.\n", ["actual", "actual"]),
    ("Bình Phước công bố chỉ tiêu số hóa\nKẾ HOẠCH\nCả năm 2023, tỉnh có 812 dịch vụ công trực tuyến mức độ 4.\n",
     ["actual"]),
    # … a numbered heading there still heads the plan under it, and a heading in capitals inside the body its section
    ("Kế hoạch chuyển đổi số của tỉnh Bình Phước năm 2024\nI. MỤC TIÊU\nTỷ lệ hồ sơ trực tuyến đạt 60% trên tổng số "
     "hồ sơ.\n", ["target"]),
    ("Bình Phước tăng tốc chuyển đổi số\nNăm 2023, tỉnh tiếp nhận 120.400 hồ sơ.\nMỤC TIÊU NĂM 2024\nTỷ lệ hồ sơ "
     "trực tuyến đạt 60% trên tổng số hồ sơ.\n", ["actual", "target"]),
])
def test_a_rubric_under_the_title_heads_no_section(text, expected):
    assert extract_text(text)["status"].tolist() == expected


def test_page_furniture_gives_no_figures():
    text = "26/06/2018 - Lượt xem: 2232\ndt 8920201825 img 2882\nTin liên quan\n60 năm chiến thắng\nThông qua 14 nghị quyết"
    assert extract_text(text).empty


def test_rate_of_the_online_subset_is_scoped_and_earlier_phrases_do_not_leak_scope():
    df = extract_text("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96%, tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,5%.")
    assert df["scope"].fillna("").tolist() == ["", "hồ sơ trực tuyến"]
    df = extract_text("Tỉnh cấp 900 tài khoản thư điện tử, đạt 100% CBCC cấp tỉnh, do đó tỷ lệ cán bộ sử dụng thư điện tử đạt 80%.")
    assert pd.isna(df.set_index("metric").loc["email_usage_pct", "scope"])


def test_random_text_never_crashes_and_offsets_point_at_numbers():
    """A deterministic fuzz: seed words shuffled with hard tokens (unbalanced parentheses, odd
    numbers, furniture, URLs); every row must validate and its offsets must cover a number."""
    import random

    from analysis.text.clean import normalize

    from conftest import RAW

    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))).split()
    hard = ["(", ")", "((", "%", "/", ":", ";", "1.687", "43,75%", "19/19", "6/8", "61,3 ngàn", "hơn", "mức độ",
            "tỷ lệ", "hồ sơ", "\n", "đạt", "phấn đấu", "0/0", "999999999999", "http://x.vn/1", "Tin liên quan",
            "\u00a0", "Hoà", "năm 1986", "quý IV", "250%"]
    rng = random.Random(20261122)
    for i in range(300):
        text = " ".join(rng.choice(words) if rng.random() < 0.7 else rng.choice(hard) for _ in range(rng.randint(0, 80)))
        df = extract_text(text, f"f{i}")
        norm = normalize(text)
        for start, end in zip(df["start"], df["end"]):
            assert any(ch.isdigit() for ch in norm[start:end])


def _years(text: str, meta=None) -> list[tuple[float, object]]:
    df = extract_text(text, "t", meta)
    return [(v, None if y is pd.NA else int(y)) for v, y in zip(df["value"], df["year"])]


def test_an_undated_article_takes_its_year_from_a_report_cutoff_later_in_the_text():
    text = ("Kết quả cải cách hành chính của tỉnh\n\n"
            "Theo Sở Nội vụ, đến nay tỉnh đã cung cấp 410 dịch vụ công trực tuyến.\n\n"
            "Tính đến tháng 10/2019, toàn tỉnh có 1.530 thủ tục hành chính.")
    assert _years(text) == [(410, 2019), (1530, 2019)]


@pytest.mark.parametrize("lead", [
    "Phấn đấu trong năm 2026 có 90% hồ sơ được nộp trực tuyến.",
    "Mục tiêu đến năm 2030, tỉnh có 100% dịch vụ công trực tuyến toàn trình.",
])
def test_a_planned_year_in_the_lead_is_not_the_articles_year(lead):
    text = f"{lead}\n\nHiện nay tỉnh có 1.200 thủ tục hành chính trên cổng.\n\nĐến tháng 8.2024, đã có 300 dịch vụ công trực tuyến."
    years = dict(_years(text))
    assert years[1200] == 2024 and years[300] == 2024


def test_now_dates_what_follows_it_with_the_articles_year():
    text = "Trước năm 2021 tỷ lệ hồ sơ trực tuyến chỉ đạt 12%, đến nay đã đạt 64%."
    assert _years(text, {"published": "2023-05-02"}) == [(12, 2021), (64, 2023)]


def test_a_year_named_in_the_sentence_beats_now():
    text = "Hiện nay tỉnh cung cấp 800 dịch vụ công trực tuyến trong năm 2022."
    assert _years(text, {"published": "2023"}) == [(800, 2022)]


def test_a_headline_restating_a_scoped_planned_figure_is_one_row_with_the_bodys_status():
    text = ("Tỉnh nâng cấp 150 dịch vụ công trực tuyến lên mức độ 4\n\n"
            "Trong quý IV năm 2021, tỉnh sẽ nâng cấp 150 dịch vụ công trực tuyến (cấp tỉnh) lên mức độ 4.")
    df = extract_text(text, "t")
    assert list(zip(df["value"], df["status"], df["scope"])) == [(150, "target", "cấp tỉnh")]


@pytest.mark.parametrize("text,year", [
    ("Theo báo cáo Vietnam ICT Index 2016, tỉnh xếp thứ 28/63 tỉnh, thành phố.", 2016),
    ("Chỉ số hài lòng SIPAS năm 2023 của tỉnh đạt 86,1%.", 2023),
    ("Về DTI 2022, tỉnh đứng thứ 9/63.", 2022),
    # after a rank out of its total the edition still dates it: "34/63" is one number, not two
    ("Tỉnh xếp thứ 34/63 về DTI 2022.", 2022),
    ("Tỉnh đứng thứ 12/63 tỉnh, thành phố trong Vietnam ICT Index 2019.", 2019),
    ("Thành phố lên thứ 7/63 ở bảng xếp hạng PAR INDEX năm 2021.", 2021),
])
def test_an_index_edition_named_with_its_year_dates_its_figures(text, year):
    assert [y for _, y in _years(text, {"published": "2024"})] == [year]


@pytest.mark.parametrize("text,expected", [
    # a satisfaction rate after a ranking: dated by the edition of an index that reports satisfaction (PAR Index, SIPAS),
    # not by one that does not (DTI, ICT Index), which dates its ranking only
    ("Năm 2022, theo DTI năm 2021, tỉnh đứng thứ 43/63; mức độ hài lòng của người dân đạt 93%.",
     [(43, 2021), (93, 2022)]),
    ("Năm 2018, trong ICT Index 2017 tỉnh xếp thứ 20/63; tỷ lệ người dân hài lòng đạt 95,2%.",
     [(20, 2017), (95.2, 2018)]),
    ("Năm 2022, theo PAR INDEX năm 2021, tỉnh xếp thứ 12/63; mức độ hài lòng của người dân đạt 86,5%.",
     [(12, 2021), (86.5, 2021)]),
])
def test_an_edition_dates_a_satisfaction_rate_only_when_its_index_reports_one(text, expected):
    assert _years(text, {"published": "2022-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a year right after the number is that number's own, even with another year just before it
    ("Về ICT Index, năm 2021 tỉnh xếp thứ 30/63, so với hạng 44 năm 2019 và hạng 52 năm 2018.",
     [(30, 2021), (44, 2019), (52, 2018)]),
    ("Tỷ lệ văn bản điện tử đạt 70% năm 2020, 85% năm 2021.", [(70, 2020), (85, 2021)]),
    # a year in parentheses after the number belongs to what the parenthesis says
    ("Năm 2021, tỷ lệ văn bản điện tử là 92% (năm 2020 là 81%).", [(92, 2021), (81, 2020)]),
])
def test_a_year_right_after_the_number_dates_it(text, expected):
    assert _years(text) == expected


def test_a_ranking_named_earlier_in_the_paragraph_names_later_places():
    text = ("Bộ Thông tin và Truyền thông vừa công bố Chỉ số ICT Index năm 2020. Theo đó, tỉnh xếp thứ 20/63. "
            "Đây là bước tiến lớn so với vị trí số 35 năm 2019.")
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["year"])) == [("ict_index_rank", 20, 2020), ("ict_index_rank", 35, 2019)]


@pytest.mark.parametrize("text,expected", [
    # an index edition dates its own sentence's figures and the ranks after it, not the later shares and counts
    ("Trong ICT Index 2016, tỉnh xếp thứ 33/63. Trên 70% cán bộ, công chức đã dùng thư điện tử công vụ.",
     [(33, 2016), (70, 2017)]),
    ("Theo Vietnam ICT Index 2018, tỉnh đứng thứ 21/63. Tỷ lệ văn bản điện tử giữa các cơ quan đạt 86%.",
     [(21, 2018), (86, 2019)]),
    ("Tỉnh xếp thứ 40/63 trong DTI 2022. Xếp hạng chỉ số chính quyền số của tỉnh ở vị trí 37/63. Có 4.200 hộp thư "
     "công vụ đang hoạt động.", [(40, 2022), (37, 2022), (4200, 2023)]),
])
def test_an_index_edition_dates_the_ranks_after_it_but_no_other_figure(text, expected):
    assert _years(text, {"published": "2023-06-10" if "DTI" in text else "2017-11-15" if "2016" in text
                         else "2019-04-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # an edition named by its index before the year ("Bộ chỉ số … (DTI) năm 2023") dates the ranks of the sentences after
    # it too, not their other figures …
    ("Sáu tháng đầu năm 2024, tỉnh tiếp nhận 52.300 hồ sơ.\n\nTại Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, tỉnh "
     "xếp thứ 10/63. Trong cuộc khảo sát hồi tháng 6, 86,4% người trả lời hài lòng với dịch vụ công trực tuyến.",
     [(52300, 2024), (10, 2023), (86.4, 2024)]),
    ("Sáu tháng đầu năm 2024, tỉnh tiếp nhận 52.300 hồ sơ.\n\nTheo Chỉ số sẵn sàng ứng dụng công nghệ thông tin năm "
     "2023, tỉnh đứng thứ 15/63. Hệ thống thư điện tử có 6.120 tài khoản.", [(52300, 2024), (15, 2023), (6120, 2024)]),
    # … unless its index reports the figure (a satisfaction rate after the PAR Index)
    ("Sáu tháng đầu năm 2024, tỉnh tiếp nhận 52.300 hồ sơ.\n\nTheo Chỉ số cải cách hành chính (PAR Index) năm 2023, "
     "tỉnh xếp thứ 12/63. Mức độ hài lòng của người dân đạt 86%.", [(52300, 2024), (12, 2023), (86, 2023)]),
])
def test_an_edition_named_by_its_index_before_its_year_dates_only_the_ranks_after_it(text, expected):
    assert _years(text, {"published": "2024-08-21"}) == expected


@pytest.mark.parametrize("text,expected", [
    # in one sentence too, the edition dates its ranking; a figure set apart from it by that ranking is of the article's
    # time: after the ranking's clause, or before an index named with its year
    ("Theo bộ chỉ số DTI năm 2022, tỉnh xếp thứ 24/63; cổng dịch vụ công của tỉnh có 1.870 dịch vụ công trực tuyến.",
     [(24, 2022), (1870, 2023)]),
    ("Trong ICT Index 2022, tỉnh đứng thứ 15/63, còn tỷ lệ văn bản điện tử đạt 97%.", [(15, 2022), (97, 2023)]),
    ("Tỉnh đã cấp 7.300 hộp thư công vụ, và trong Vietnam ICT Index 2022 tỉnh xếp thứ 31/63.",
     [(7300, 2023), (31, 2022)]),
    # … not a figure in a clause that names an index of its own, nor the survey an index reports
    ("Theo ICT Index 2022, tỉnh xếp thứ 15/63; theo chỉ số này, tỷ lệ văn bản điện tử đạt 92%.", [(15, 2022), (92, 2022)]),
    ("Theo PAR Index năm 2022, tỉnh xếp thứ 20/63; mức độ hài lòng của người dân đạt 84,6%.", [(20, 2022), (84.6, 2022)]),
    # … nor a plan's year, which is no edition
    ("Năm 2023, tỉnh phấn đấu đưa chỉ số DTI lên vị trí 15/63, nâng tỷ lệ hồ sơ trực tuyến lên 60%.",
     [(15, 2023), (60, 2023)]),
])
def test_an_index_edition_dates_the_ranking_but_not_a_figure_its_ranking_sets_apart(text, expected):
    assert _years(text, {"published": "2023-06-10"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the edition may follow the place it dates: a figure past the clause that holds them both is of the article's time
    ("Tỉnh đứng thứ 18/63 trong Vietnam ICT Index 2022, và sáu tháng qua 97,1% hồ sơ được giải quyết đúng hạn.",
     [(18, 2022), (97.1, 2023)]),
    ("Thành phố xếp thứ 6/63 tỉnh, thành phố ở DTI 2022; tỷ lệ văn bản điện tử giữa các cơ quan đạt 93%.",
     [(6, 2022), (93, 2023)]),
    # … or open its ranking's clause, the index named after its year
    ("Năm 2022 chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 29/63, tăng ba bậc; hệ thống thư điện tử có 5.120 tài khoản.",
     [(29, 2022), (5120, 2023)]),
    ("Giám đốc sở cho biết năm 2022 Chỉ số DTI của tỉnh đứng thứ 40/63, tăng năm bậc; số văn bản điện tử chiếm 91%.",
     [(40, 2022), (91, 2023)]),
    # … but a figure in a clause naming the index is still the edition's, and a plan's place is no edition
    ("Tỉnh xếp thứ 18/63 trong ICT Index 2022, theo chỉ số này tỷ lệ văn bản điện tử đạt 92%.", [(18, 2022), (92, 2022)]),
    ("Năm 2023, tỉnh đặt mục tiêu đưa chỉ số DTI vào nhóm 10/63; tỷ lệ hồ sơ trực tuyến trên 70%.",
     [(10, 2023), (70, 2023)]),
])
def test_an_edition_after_its_place_or_opening_its_ranking_dates_that_ranking_only(text, expected):
    assert _years(text, {"published": "2023-06-10"}) == expected


@pytest.mark.parametrize("text,expected", [
    # an index named with its year in a clause of its own after the figure dates its ranking only
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%, song theo Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022, tỉnh xếp thứ "
     "45/63.", [(98.2, 2023), (45, 2022)]),
    ("Tỷ lệ văn bản điện tử giữa các cơ quan đạt 91%, còn theo Chỉ số cải cách hành chính (PAR INDEX) năm 2022, tỉnh "
     "xếp thứ 20/63.", [(91, 2023), (20, 2022)]),
    ("Hệ thống thư điện tử có 5.120 tài khoản, và ở bảng xếp hạng chuyển đổi số (DTI) năm 2022, tỉnh đứng thứ "
     "30/63.",
     [(5120, 2023), (30, 2022)]),
    # … but not an index named before the figure, which the figure measures
    ("Chỉ số hài lòng của người dân năm 2022 đạt 85,2%.", [(85.2, 2022)]),
])
def test_an_index_named_with_its_year_after_a_figure_dates_only_its_ranking(text, expected):
    assert _years(text, {"published": "2023-06-10"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a deadline's words alone between the number and a year said of the present or the past: the number's own
    ("Đề án đặt mục tiêu đến năm 2025 có 70% hồ sơ trực tuyến; trước mắt là 35% vào cuối năm nay.",
     [(70, 2025), (35, 2023)]),
    ("Kế hoạch đến năm 2025 nâng tỷ lệ văn bản điện tử lên 99%, phấn đấu đạt 95% trước cuối năm nay.",
     [(99, 2025), (95, 2023)]),
    ("Chương trình đặt chỉ tiêu đến năm 2030 là 90% văn bản điện tử, và 75% đến hết năm nay.",
     [(90, 2030), (75, 2023)]),
])
def test_a_deadline_right_after_the_number_names_its_own_year(text, expected):
    assert _years(text, {"published": "2023-06-10"}) == expected


@pytest.mark.parametrize("text", [
    "Năm 2016 tỉnh mới có 3 dịch vụ công mức độ 4. Đến nay, toàn tỉnh hiện có 2.400 tài khoản thư điện tử.",
    "Năm 2016 tỉnh mới có 3 dịch vụ công mức độ 4. Cả tỉnh hiện đang có 2.400 tài khoản thư điện tử.",
    # "hiện" before a verb of stating or providing: the catalogue in force at the time of writing
    "Năm 2016 tỉnh mới có 3 dịch vụ công mức độ 4. Tỉnh hiện cung cấp 2.400 dịch vụ công trực tuyến.",
    "Năm 2016 tỉnh mới có 3 dịch vụ công mức độ 4. Tỉnh hiện công bố 2.400 thủ tục hành chính.",
])
def test_hien_co_dates_a_figure_at_the_time_of_writing(text):
    assert _years(text, {"published": "2019-05-02"}) == [(3, 2016), (2400, 2019)]


@pytest.mark.parametrize("text,expected", [
    # a review of the year before: what the province "hiện" has is the stock when the article was written
    ("Tổng kết công tác năm 2021\n\nSáng nay, Sở tổng kết công tác năm 2021. Tỉnh hiện cung cấp 1.520 dịch vụ công "
     "trực tuyến.\n\nCả năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.", [(1520, 2022), (52000, 2021)]),
    ("Tổng kết công tác năm 2021\n\nSáng nay, Sở tổng kết công tác năm 2021.\n\nHệ thống thư công vụ hiện có 4.860 tài "
     "khoản. Cả năm, các cơ quan gửi 91% văn bản dưới dạng điện tử.", [(4860, 2022), (91, 2021)]),
    # … and the sentences after it in its paragraph that name no time of their own go on at that time
    ("Tổng kết công tác năm 2021\n\nSáng nay, Sở tổng kết công tác năm 2021.\n\nHiện tỉnh cung cấp 1.520 dịch vụ công "
     "trực tuyến. Hệ thống thư công vụ có 4.860 tài khoản.", [(1520, 2022), (4860, 2022)]),
    ("Tổng kết công tác năm 2021\n\nSáng nay, Sở tổng kết công tác năm 2021.\n\nTỉnh hiện có 4.860 tài khoản thư công "
     "vụ; 100% cán bộ được cấp hộp thư. Các sở dùng 320 chữ ký số.", [(4860, 2022), (100, 2022), (320, 2022)]),
])
def test_hien_in_a_review_of_the_year_before_is_the_year_of_writing(text, expected):
    assert _years(text, {"published": "2022-01-20"}) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the month an article is published in, in its lead, is the time of an event: the whole year the lead names after
    # it is the year reported on
    ("Tỉnh nhìn lại năm qua\n\nTại buổi làm việc đầu tháng 3/2016, lãnh đạo tỉnh đánh giá năm 2015 có nhiều chuyển "
     "biến.\n\nToàn tỉnh tiếp nhận 214.500 hồ sơ, trong đó 6.280 hồ sơ nộp qua mạng.", "2016-03-16",
     [(214500, 2015), (6280, 2015)]),
    ("Sở họp giao ban\n\nTrong cuộc họp tháng 1/2021, Sở Nội vụ cho biết năm 2020 toàn tỉnh tiếp nhận 98.200 hồ sơ."
     "\n\nCấp xã tiếp nhận 41.300 hồ sơ.", "2021-01-22", [(98200, 2020), (41300, 2020)]),
    # a month already over is a period reported on
    ("Kết quả tháng 4\n\nTrong tháng 4/2016, tỉnh tiếp nhận 9.800 hồ sơ, tăng so với năm 2015.\n\nCấp xã tiếp nhận "
     "3.100 hồ sơ.", "2016-05-10", [(9800, 2016), (3100, 2016)]),
])
def test_the_month_of_publication_in_a_lead_is_no_period_reported_on(text, published, expected):
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the lead speaks of the present first: the year before, named after it, is a baseline, not the year reviewed
    ("Chữ ký số trong cơ quan nhà nước\n\nĐến nay, các cơ quan nhận 12.300 hồ sơ qua mạng. Cuối năm 2019, con số này "
     "mới là 4.100.\n\nTám tháng qua, tỉnh tiếp nhận 196.514 hồ sơ.", "2020-09-16",
     [(12300, 2020), (4100, 2019), (196514, 2020)]),
    # … or of a span reaching the year of writing (a school year)
    ("Tuyển sinh trên mạng\n\nKỳ tuyển sinh năm học 2018 – 2019, Sở nhận 3.412 hồ sơ trực tuyến. Năm 2017, con số này "
     "chỉ là 602.\n\nToàn tỉnh tiếp nhận 45.200 hồ sơ thủ tục hành chính.", "2018-07-18",
     [(3412, 2018), (602, 2017), (45200, 2018)]),
    # … or of a cut-off in the year of writing that opens its sentence (not a range's end)
    ("Họp trực tuyến tới xã\n\nĐến tháng 10/2022, tỉnh có 145 điểm cầu. Đầu năm 2021, hệ thống mới có 14 điểm cầu.\n\n"
     "Chín tháng qua, toàn tỉnh tiếp nhận 52.300 hồ sơ.", "2022-10-20",
     [(145, 2022), (14, 2021), (52300, 2022)]),
    ("Họp trực tuyến tới xã\n\nTừ đầu năm 2021 đến tháng 3/2022, tỉnh tổng kết các chỉ số năm 2021.\n\n"
     "Năm 2021, toàn tỉnh tiếp nhận 52.300 hồ sơ.", "2022-04-20", [(52300, 2021)]),
    # a lead that opens with the whole year before reviews it
    ("Tổng kết năm 2020\n\nNăm 2020, toàn tỉnh tiếp nhận 98.000 hồ sơ.\n\nCấp xã tiếp nhận 41.000 hồ sơ.", "2021-01-15",
     [(98000, 2020), (41000, 2020)]),
])
def test_a_lead_that_speaks_of_the_present_first_reviews_no_year(text, published, expected):
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a lead on "the year just past" ("Năm qua", "Trong năm vừa qua") early in a year reviews the year before …
    ("Kết quả cải cách hành chính\n\nNăm qua, toàn tỉnh tiếp nhận 184.200 hồ sơ, trong đó 5.310 hồ sơ nộp qua mạng.\n\n"
     "Cấp xã tiếp nhận 62.000 hồ sơ.", "2019-01-15", [(184200, 2018), (5310, 2018), (62000, 2018)]),
    ("Một cửa điện tử\n\nTrong năm vừa qua, các sở đã giải quyết 41.060 hồ sơ.", "2020-02-20", [(41060, 2019)]),
    # … nor does the year of the tasks ahead that the lead names beside it
    ("Tổng kết một cửa\n\nSáng 8/1, tỉnh tổng kết công tác cải cách hành chính và triển khai nhiệm vụ năm 2020. Năm qua "
     "có nhiều chuyển biến.\n\nCả năm, các cơ quan tiếp nhận 214.900 hồ sơ.", "2020-01-09", [(214900, 2019)]),
    # … a dateline's day before it (the day of writing) names no period of its own
    ("Kết quả một cửa\n\nĐIỆN BIÊN, 12/1/2021 – Sáng nay, văn phòng công bố kết quả của năm qua.\n\nTheo đó, các cơ quan "
     "tiếp nhận 96.400 hồ sơ.\n\nCấp xã tiếp nhận 30.150 hồ sơ.", "2021-01-12", [(96400, 2020), (30150, 2020)]),
    # … but late in a year it is the year of writing, and "những năm qua" (the years past) names no year
    ("Kết quả cải cách hành chính\n\nNăm qua, toàn tỉnh tiếp nhận 184.200 hồ sơ.", "2019-12-20", [(184200, 2019)]),
    ("Một cửa điện tử\n\nNhững năm qua, các sở đã giải quyết 41.060 hồ sơ.", "2020-02-20", [(41060, 2020)]),
])
def test_a_lead_on_the_year_just_past_early_in_a_year_reviews_the_year_before(text, published, expected):
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the same period of the year before ("cùng kỳ năm 2022") in a lead is a baseline, not the year the article reviews
    ("Một cửa ở trụ sở mới\n\nTừ tháng 1/2023, trung tâm làm việc ở trụ sở mới. Bốn tháng qua, trung tâm nhận 9.120 hồ "
     "sơ. Cùng kỳ năm 2022, con số này là 7.400.\n\nCấp xã nhận 3.050 hồ sơ.", "2023-05-10",
     [(9120, 2023), (7400, 2022), (3050, 2023)]),
    ("Cùng kỳ năm 2019, huyện nhận 4.100 hồ sơ.\n\nSáu tháng qua, huyện nhận 5.600 hồ sơ.", "2020-07-02",
     [(4100, 2019), (5600, 2020)]),
])
def test_the_same_period_a_year_before_in_a_lead_is_no_year_reviewed(text, published, expected):
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a period opening a clause that ranks an index dates the index's edition, not the time the article reports on,
    # with a comma after it or none
    ("Bảng xếp hạng mới\n\nNăm 2020 tỉnh xếp thứ 8/63 về Chỉ số cải cách hành chính (PAR Index).\n\n"
     "Tỉnh công khai 1.650 thủ tục hành chính.", "2021-05-20", [(8, 2020), (1650, 2021)]),
    ("Bảng xếp hạng mới\n\nNăm 2020, tỉnh đứng thứ 11/63 trên Chỉ số DTI.\n\nTỉnh công khai 1.650 thủ tục hành "
     "chính.", "2021-05-20", [(11, 2020), (1650, 2021)]),
    # … but a period before a count is the year reported on
    ("Tổng kết năm 2020\n\nNăm 2020 tỉnh tiếp nhận 98.000 hồ sơ và đứng thứ 8/63 về PAR Index.\n\nCấp xã tiếp nhận "
     "41.000 hồ sơ.", "2021-01-15", [(98000, 2020), (8, 2020), (41000, 2020)]),
])
def test_a_period_opening_an_index_ranking_dates_the_edition(text, published, expected):
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,expected", [
    # a share right after a baseline's count is of the baseline's time
    ("Quý I/2016 có 930 hồ sơ nộp qua mạng, chiếm 2,4%; cùng kỳ năm trước chỉ có 318 hồ sơ, tương đương 0,9%.",
     [(930, 2016), (2.4, 2016), (318, 2015), (0.9, 2015)]),
    ("Năm 2019 huyện nhận 2.050 hồ sơ trực tuyến, bằng 12,1%, cao hơn so với cùng kỳ năm 2018 là 1.120 hồ sơ, bằng 7,3%.",
     [(2050, 2019), (12.1, 2019), (1120, 2018), (7.3, 2018)]),
    # … not a share after a count of its own time
    ("Năm 2019 huyện nhận 2.050 hồ sơ trực tuyến, bằng 12,1%.", [(2050, 2019), (12.1, 2019)]),
])
def test_a_share_of_a_baseline_s_count_is_of_the_baseline_s_time(text, expected):
    assert _years(text, {"published": "2019-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "Hiện" opening a sentence, before its subject: the time of writing, not the year the sentence before names
    ("Năm 2016 tỉnh tiếp nhận 52.000 hồ sơ. Hiện tỉnh công bố 1.811 thủ tục hành chính.", [(52000, 2016), (1811, 2019)]),
    ("Năm 2016 tỉnh có 3 dịch vụ mức độ 4. Hiện các cơ quan dùng 4.860 tài khoản thư công vụ.", [(3, 2016), (4860, 2019)]),
    ("Năm 2016 tỉnh có 3 dịch vụ mức độ 4. Hiện, Sở quản lý 4.860 tài khoản thư công vụ.", [(3, 2016), (4860, 2019)]),
    # … or right before the number
    ("Năm 2016 tỉnh có 3 dịch vụ mức độ 4. Hiện 4.860 tài khoản thư công vụ đã được cấp.", [(3, 2016), (4860, 2019)]),
    ("Năm 2017, tỷ lệ văn bản điện tử là 42%. Hiện 96% cán bộ cấp xã dùng hộp thư công vụ.", [(42, 2017), (96, 2019)]),
    # ("Nay" too: "Nay khoảng 68% văn bản …", after an opening quotation mark; "hiện công khai" a verb of the present)
    ("Năm 2017, tỷ lệ văn bản điện tử là 42%. Nay khoảng 88% văn bản được gửi điện tử.", [(42, 2017), (88, 2019)]),
    ("Năm 2017, tỷ lệ văn bản điện tử là 42%. “Nay, 88% văn bản được gửi điện tử.”", [(42, 2017), (88, 2019)]),
    ("Năm 2016 tỉnh tiếp nhận 52.000 hồ sơ. Cổng dịch vụ công hiện công khai 1.811 thủ tục.", [(52000, 2016), (1811, 2019)]),
    # "hiện" ending a word of its own opens nothing
    ("Năm 2016 tỉnh tiếp nhận 52.000 hồ sơ. Thực hiện kế hoạch, tỉnh công bố 1.811 thủ tục hành chính.",
     [(52000, 2016), (1811, 2016)]),
])
def test_hien_opening_a_sentence_dates_it_at_the_time_of_writing(text, expected):
    assert _years(text, {"published": "2019-05-02"}) == expected


@pytest.mark.parametrize("text,expected", [
    # when an edition came out dates none of its figures: the edition's own year does
    ("Theo Vietnam ICT Index 2018 do Bộ công bố cuối năm 2019, tỉnh xếp thứ 31/63.", [(31, 2018)]),
    ("Trên bảng xếp hạng ICT Index 2017 được công bố vào tháng 5/2018, tỉnh đứng thứ 24/63.", [(24, 2017)]),
    ("Năm 2016 tỉnh xếp thứ 35/63 về ICT Index; trong bảng xếp hạng năm 2017, công bố cuối năm 2018, tỉnh đạt vị trí "
     "27/63.",
     [(35, 2016), (27, 2017)]),
    # the latest edition published, its year after a comma, is the edition's year
    ("Kết quả ICT Index gần nhất được công bố, năm 2018, xếp tỉnh thứ 31/63.", [(31, 2018)]),
    # … a month or a day named before the year it came out in changes nothing, the year said outright or as last year
    ("Trong Vietnam ICT Index 2018 công bố tháng 12 năm ngoái, tỉnh xếp thứ 19/63.", [(19, 2018)]),
    ("Theo báo cáo ICT Index 2018 được công bố hồi tháng 11 năm ngoái, tỉnh đứng thứ 40/63.", [(40, 2018)]),
    ("Theo DTI 2018 công bố ngày 20/12 năm 2019, tỉnh đứng thứ 7/63.", [(7, 2018)]),
])
def test_when_an_edition_came_out_dates_none_of_its_figures(text, expected):
    assert _years(text, {"published": "2019-05-02"}) == expected


def test_the_whole_year_after_its_quarters_is_no_quarter():
    """"Cộng cả năm" after the quarters: its figures are the year's, not the last quarter's."""
    text = ("Năm 2015, quý I toàn tỉnh tiếp nhận 1.146 hồ sơ nộp qua mạng; quý IV đạt 2.418 hồ sơ. Cộng cả năm, các cơ "
            "quan đã nhận 7.174 hồ sơ qua mạng trên tổng số 152.906 hồ sơ tiếp nhận, chiếm 4,69%.")
    df = extract_text(text, "t", {"published": "2016-01-20"})
    rows = {r.value: (r.period, r.year) for r in df.itertuples()}
    assert rows[2418] == ("quý IV", 2015)
    assert rows[7174] == rows[152906] == rows[4.69] == ("cộng cả năm", 2015)


def test_thuc_hien_is_not_the_time_of_writing():
    text = "Năm 2016 tỉnh đã ban hành kế hoạch. Sở đã thực hiện có hiệu quả 3.100 hồ sơ trực tuyến."
    assert _years(text, {"published": "2019-05-02"}) == [(3100, 2016)]


@pytest.mark.parametrize("published,year", [("2022-01-20", 2021), ("2022", 2021), ("2022-06-01", 2021), ("2023-01-20", 2023)])
def test_a_review_of_the_year_before_takes_that_year(published, year):
    text = ("Tổng kết công tác chuyển đổi số năm 2021\n\n"
            "Sáng nay, Sở Thông tin và Truyền thông tổng kết công tác năm 2021.\n\n"
            "Trong năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.")
    assert _years(text, {"published": published}) == [(52000, year)]


@pytest.mark.parametrize("text", [
    # a rank's year in the lead is the year it was ranked, not the year the article reports on
    "Tỉnh có 980 dịch vụ công trực tuyến nhưng vẫn xếp hạng 41/63 năm 2018 về ICT Index.\n\nToàn tỉnh tiếp nhận 52.000 "
    "hồ sơ.",
    "Dịch vụ công vắng người dùng\nTỉnh đứng thứ 30/63 năm 2018, trong khi số hồ sơ trực tuyến còn ít.\n\nToàn tỉnh "
    "tiếp nhận 52.000 hồ sơ.",
])
def test_a_rank_s_year_in_the_lead_is_no_review_of_that_year(text):
    assert _years(text, {"published": "2019-10-02"})[-1] == (52000, 2019)


@pytest.mark.parametrize("text", [
    # the day of the meeting opens the lead; the year it reviews comes after it
    "Ngày 9/1/2022, Sở Nội vụ họp tổng kết công tác cải cách hành chính năm 2021.\n\nTrong năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.",
    # a dateline and a title line before the lead paragraph
    "Cập nhật: 10/01/2022 08:15\n\nMột năm nhìn lại\n\nNăm 2021 là năm bản lề của chuyển đổi số.\n\n"
    "Cả năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.",
    # a letter's place and date written in words under its title
    "Thư gửi bà con nhân dân\nHà Giang, ngày 15 tháng 1 năm 2022\nNăm 2021 khép lại với nhiều cố gắng.\n"
    "Trong cả năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.",
    "BÁO CÁO NHANH\nNgày 05 tháng 02 năm 2022\nNhìn lại năm 2021 của ngành.\n\nCả năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.",
])
def test_the_lead_reviewing_the_year_before_is_found_past_event_days_and_title_lines(text):
    assert _years(text, {}) == [(52000, 2021)]


@pytest.mark.parametrize("text", [
    # a title in capitals naming the whole year before
    "MƯỜI SỰ KIỆN NỔI BẬT VỀ CHUYỂN ĐỔI SỐ CỦA TỈNH NĂM 2021\n1. Cả năm, toàn tỉnh tiếp nhận 52.000 hồ sơ.",
    # a title that asks a question, then a lead naming the data's year
    "Bạn hiểu chính quyền số của tỉnh đến đâu?\nTám câu hỏi dưới đây đều dựa trên số liệu năm 2021 của tỉnh.\n"
    "Đáp án: toàn tỉnh tiếp nhận 52.000 hồ sơ.",
    # a note on where the data come from names their year, many words after "số liệu"
    "Cuộc thi tìm hiểu chuyển đổi số năm 2022 – đáp án tuần 1\nSố liệu trong đáp án lấy từ báo cáo chính thức "
    "của tỉnh về kết quả năm 2021.\nĐáp án: toàn tỉnh tiếp nhận 52.000 hồ sơ.",
])
def test_a_review_named_by_a_title_in_capitals_a_question_title_or_a_data_note(text):
    assert _years(text, {"published": "2022-02-10"}) == [(52000, 2021)]


@pytest.mark.parametrize("title_block", [
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nV/v góp ý dự thảo Kế hoạch chuyển đổi số năm 2026\nLạng Sơn, ngày 20 tháng 11 năm 2025",
    "Dự thảo kế hoạch năm 2026: ý kiến của Sở\nCao Bằng, 20/11/2025",
])
def test_the_lines_above_a_dateline_head_no_section(title_block):
    # a letter about a plan: the title block names the plan, the body states this year's results
    text = (f"{title_block}\nKính gửi: Sở Khoa học và Công nghệ.\n"
            "Từ tháng 1 đến tháng 10/2025, toàn tỉnh tiếp nhận 98.000 hồ sơ, trong đó 61.000 hồ sơ nộp trực tuyến.")
    assert facts(text, ("metric", "status", "year"), {"published": "2025-11-20"}) == [
        ("dossiers_received", "actual", 2025), ("dossiers_online", "actual", 2025)]


def test_a_letter_dated_in_words_reviewing_the_year_before_takes_that_year():
    text = ("Thư của Giám đốc Sở gửi doanh nghiệp\nLai Châu, ngày 02 tháng 3 năm 2022\nKính gửi: các doanh nghiệp,\n"
            "Năm 2021 đã qua với nhiều việc làm được; sang năm 2022 chúng tôi mong tiếp tục đồng hành.\n"
            "Trong cả năm, các cơ quan tiếp nhận 52.000 hồ sơ, trong đó 31.000 hồ sơ trực tuyến.")
    assert _years(text, {"published": "2022-03-02"}) == [(52000, 2021), (31000, 2021)]


@pytest.mark.parametrize("title,note", [
    ("Hội chợ công nghệ số tỉnh, tháng 4/2023", "Các con số dưới đây là số liệu của năm 2022, trừ khi ghi rõ."),
    ("Tờ gấp giới thiệu Trung tâm phục vụ hành chính công (in tháng 3/2023)", "Số liệu thống kê năm 2022."),
    ("Bản tin tháng 2/2023 của Sở", "Toàn bộ số liệu tính cho cả năm 2022 do Văn phòng UBND tỉnh cung cấp."),
])
def test_a_lead_note_naming_its_figures_year_dates_them(title, note):
    # the title names when the leaflet came out; the note says which year its figures are of
    text = f"{title}\n{note}\nCác cơ quan tiếp nhận 64.000 hồ sơ, trong đó 40.100 hồ sơ nộp trực tuyến."
    assert _years(text, {"published": "2023-04-20"}) == [(64000, 2022), (40100, 2022)]


def test_a_lead_note_naming_a_cut_off_day_leaves_a_title_naming_the_year_before():
    # "(năm 2024)" in the title of a review out in January 2025; the note's day is a cut-off, no year of its own
    text = ("Một năm chính quyền số qua những con số (năm 2024)\nSố liệu chốt ngày 31/12/2024.\n"
            "Tiếp nhận: 402.000 hồ sơ ở cả ba cấp.")
    assert _years(text, {"published": "2025-01-10"}) == [(402000, 2024)]


def test_a_lead_note_naming_a_cut_off_day_within_the_year_leaves_the_year_of_publication():
    text = ("Tổng kết chuyển đổi số, tháng 1/2024\nSố liệu tính đến ngày 05/01/2024.\n"
            "Đến nay, các cơ quan đã cấp 5.200 tài khoản thư điện tử công vụ.")
    assert _years(text, {"published": "2024-01-10"}) == [(5200, 2024)]


@pytest.mark.parametrize("lead", [
    "Tổng kết chuyển đổi số, tháng 1/2024\nSố liệu tính đến ngày 31/12/2023.",
    "Bản tóm tắt báo cáo của Sở (số liệu chốt đến hết 31/12/2023, bản đầy đủ đăng ở mục Văn bản)",
    "Tin tổng hợp đầu năm\nCác con số dưới đây được tính đến 31-12-2023.",
])
def test_a_lead_cut_off_at_the_end_of_the_year_before_makes_the_article_a_review_of_that_year(lead):
    # the figures stop at the year's last day: the whole year reported on, the stocks "đến nay" included
    text = (f"{lead}\nCác cơ quan tiếp nhận 64.000 hồ sơ, trong đó 40.100 hồ sơ nộp trực tuyến. "
            "Đến nay, các cơ quan đã cấp 5.200 tài khoản thư điện tử công vụ.")
    assert _years(text, {"published": "2024-01-10"}) == [(64000, 2023), (40100, 2023), (5200, 2023)]


@pytest.mark.parametrize("lead", [
    "Năm 2021, chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 30/63, tăng 4 bậc.",
    "Năm 2021, Chỉ số sẵn sàng ứng dụng công nghệ thông tin (ICT Index) của tỉnh đứng thứ 41/63.",
])
def test_a_lead_whose_year_opens_an_index_ranking_is_not_a_review(lead):
    # the year is the index edition's; "đến nay" in an article of 2022 is 2022
    text = lead + "\n\nĐến nay, toàn tỉnh đã cấp 4.100 tài khoản thư điện tử công vụ."
    assert (4100, 2022) in _years(text, {"published": "2022-02-15"})


def test_a_lead_naming_only_a_day_of_the_year_before_is_not_a_review():
    text = ("Trước ngày 1-7-2021, tỷ lệ hồ sơ trực tuyến chỉ khoảng 8%; đến nay đã đạt trên 60%.")
    assert _years(text, {"published": "2022-03-01"}) == [(8, 2021), (60, 2022)]


@pytest.mark.parametrize("text,expected", [
    ("Năm nay tỉnh đưa thêm 60 dịch vụ công trực tuyến lên Cổng, nâng tổng số dịch vụ công trực tuyến lên 410 dịch vụ.",
     [("services_total", 410)]),
    # a rise stays a rise before a raised total
    ("Số dịch vụ mức độ 3 tăng thêm 38 dịch vụ, nâng tổng số dịch vụ mức độ 3 lên 190 dịch vụ.",
     [("services_level3", 190)]),
    # a count of another noun before the raised total stays
    ("Tỉnh có 1.800 thủ tục hành chính; đã bổ sung 30 dịch vụ công trực tuyến, nâng tổng số dịch vụ lên 700 dịch vụ.",
     [("procedures_total", 1800), ("services_total", 700)]),
])
def test_counts_added_to_a_raised_total_are_not_totals(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers are a flow: those of a period added to a running total are that period's figure, and a total naming no
    # kind of its own is a total of the kind it adds to
    ("Quý II tiếp nhận thêm 2.000 hồ sơ trực tuyến, đưa tổng số hồ sơ trực tuyến lên thành 9.500 hồ sơ.",
     [("dossiers_online", 2000), ("dossiers_online", 9500)]),
    ("Riêng tháng 8, có 640 hồ sơ nộp qua mạng, nâng tổng số từ đầu năm lên 4.210 hồ sơ.",
     [("dossiers_online", 640), ("dossiers_online", 4210)]),
    ("Quý III có thêm 75 hồ sơ mức độ 4, đưa tổng số lên 310 hồ sơ.",
     [("dossiers_online_level4", 75), ("dossiers_online_level4", 310)]),
    # … unless its own words name what it counts, or its parts add up to it (then it is their sum's kind)
    ("Tháng 5, xã nhận 120 hồ sơ trực tuyến, nâng tổng số hồ sơ tiếp nhận từ đầu năm lên 1.460 hồ sơ.",
     [("dossiers_online", 120), ("dossiers_received", 1460)]),
    ("Số hồ sơ nộp qua mạng tăng: 1.400 hồ sơ mức độ 3 và 210 hồ sơ mức độ 4, nâng tổng số lên 1.610 hồ sơ.",
     [("dossiers_online_level3", 1400), ("dossiers_online_level4", 210), ("dossiers_online", 1610)]),
])
def test_dossiers_of_a_period_added_to_a_running_total_are_figures_of_that_period(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a running total ("lũy kế", "cộng dồn") before or after its count, naming no kind: the kind of the count before it
    ("Tháng 10 có 231 hồ sơ nộp qua mạng, lũy kế mười tháng đạt 1.904 hồ sơ.",
     [("dossiers_online", 231), ("dossiers_online", 1904)]),
    ("Trong tuần có 96 hồ sơ trực tuyến và 1.210 hồ sơ cộng dồn từ đầu tháng.",
     [("dossiers_online", 96), ("dossiers_online", 1210)]),
    # … its own verb says what it counts
    ("Tháng 10 có 231 hồ sơ nộp qua mạng, lũy kế giải quyết 1.870 hồ sơ.",
     [("dossiers_online", 231), ("dossiers_resolved", 1870)]),
    # a sentence opening with a topic of dossiers at one level: its received counts are of that level
    ("Riêng hồ sơ mức độ 4, tháng 5 ghi nhận 88 hồ sơ, lũy kế năm tháng là 402 hồ sơ.",
     [("dossiers_online_level4", 88), ("dossiers_online_level4", 402)]),
    ("Đối với hồ sơ mức độ 3, quý I các xã tiếp nhận 3.015 hồ sơ, đã giải quyết 2.988 hồ sơ.",
     [("dossiers_online_level3", 3015), ("dossiers_resolved", 2988)]),
    # … with no comma, the verb of having right after the level
    ("Riêng ở mức độ 4 đã có 517 hồ sơ được nộp, nộp phí và nhận kết quả qua mạng trong năm 2019.",
     [("dossiers_online_level4", 517)]),
    ("Riêng mức độ 3 ghi nhận 2.140 hồ sơ trực tuyến trong quý II năm 2020.", [("dossiers_online_level3", 2140)]),
])
def test_a_running_total_or_a_level_topic_gives_a_count_its_kind(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2022, tỷ lệ văn bản điện tử đạt 88%, năm 2021 là 75%.", [(88, 2022), (75, 2021)]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41,5% (năm 2021: khoảng 30%).", [(41.5, 2022), (30, 2021)]),
])
def test_a_period_that_labels_the_next_number_does_not_date_this_one(text, expected):
    assert _years(text) == expected


def test_an_index_edition_dates_only_its_own_sentence():
    text = ("Lãnh đạo Sở cho biết: 100% cán bộ đã được cấp hộp thư điện tử công vụ. "
            "Chỉ số ICT Index năm 2019 của tỉnh xếp thứ 40/63.")
    assert _years(text, {"published": "2020-11-02"}) == [(100, 2020), (40, 2019)]


SECTIONS = """Hà Nam đẩy mạnh chuyển đổi số

Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 48,2%.

Chỉ tiêu đến năm 2026

- Tỷ lệ hồ sơ giải quyết trực tuyến đạt 75%;
- Mức độ hài lòng của người dân đạt trên 92%.

Định hướng năm 2030

Toàn tỉnh có 100% văn bản được trao đổi dưới dạng điện tử.

Kết quả quý I

Tỷ lệ hồ sơ trực tuyến quý I đạt 51%.
"""


TASKS = """Báo cáo kết quả chuyển đổi số năm 2023

1. Kết quả
Tỷ lệ hồ sơ nộp trực tuyến đạt 91%.

2. Nhiệm vụ năm 2024
a) Tỷ lệ hồ sơ nộp trực tuyến đạt trên 96%;
b) Tỷ lệ hồ sơ được số hóa đạt 100%.

III. PHƯƠNG HƯỚNG THỜI GIAN TỚI

Nâng tỷ lệ văn bản điện tử lên 99%.

3. Kết quả thực hiện nhiệm vụ năm 2023
Tỷ lệ văn bản điện tử đạt 98%.
"""


def test_a_heading_that_opens_with_the_tasks_ahead_makes_its_lines_plans():
    # the heading may stand alone or be glued to the list under it; "nhiệm vụ" inside a heading reports results
    got = facts(TASKS, ("value", "status"))
    assert got == [(91, "actual"), (96, "target"), (100, "target"), (99, "target"), (98, "actual")]


@pytest.mark.parametrize("text,expected", [
    # a heading that opens with results reports them, whatever plan it names after
    ("Huyện A làm việc với đoàn công tác\n\nKết quả năm 2023 là nền cho chỉ tiêu năm 2024\n\n"
     "Năm 2023 huyện tiếp nhận 8.100 hồ sơ, trực tuyến đạt 45%.", [(8100, "actual"), (45, "actual")]),
    ("Báo cáo của Sở\n\nII. Kết quả thực hiện chỉ tiêu kế hoạch năm 2024\n\nVăn bản điện tử đạt 97,5%.",
     [(97.5, "actual")]),
    # one that names the plan alone frames its section as plans
    ("Báo cáo của Sở\n\nChỉ tiêu kế hoạch năm 2024\n\nVăn bản điện tử đạt 97,5%.", [(97.5, "target")]),
    # one that names the plan joined to its results lists what was reached against it
    ("Sơ kết kế hoạch của tỉnh\nCác mục tiêu chính và kết quả đạt được như sau:\n– Văn bản điện tử: đạt 88%.\n"
     "– Hồ sơ trực tuyến: đạt 31%.", [(88, "actual"), (31, "actual")]),
    ("Báo cáo của huyện\n\nChỉ tiêu, tiến độ thực hiện đến tháng 6\n\nTỷ lệ văn bản điện tử đạt 93%.",
     [(93, "actual")]),
    ("Báo cáo của huyện\n\nKế hoạch năm 2024 cùng kết quả quý I\n\nTỷ lệ hồ sơ trực tuyến đạt 27%.",
     [(27, "actual")]),
    # or the results first, then the plan: the sentences under it decide
    ("Tỉnh A tổng kết\nTIN KẾT QUẢ NĂM QUA VÀ CHỈ TIÊU CHO NĂM MỚI\nTỷ lệ hồ sơ đúng hạn đạt 98,5%.\n"
     "Năm tới tỉnh phấn đấu đạt 99%.", [(98.5, "actual"), (99, "target")]),
    ("Sở báo cáo\n\nBáo cáo kết quả năm 2023 và phương hướng năm 2024\n\nVăn bản điện tử đạt 91%.",
     [(91, "actual")]),
    ("Tỉnh giao chỉ tiêu\nTIN GIAO MỤC TIÊU CHO TỪNG HUYỆN KÈM KẾT QUẢ NĂM TRƯỚC\nHuyện A tiếp nhận 9.300 hồ sơ.",
     [(9300, "actual")]),
    # one measuring results against the plan
    ("Tỉnh còn cách mục tiêu bao xa\nĐỐI CHIẾU TỶ LỆ HỒ SƠ TRỰC TUYẾN VỚI MỤC TIÊU ĐƯỢC GIAO\nTỷ lệ hồ sơ trực tuyến đạt 9%.",
     [(9, "actual")]),
    ("Báo cáo của Sở\n\nSố liệu quý III so với kế hoạch năm\n\nTỷ lệ văn bản điện tử đạt 92%.", [(92, "actual")]),
    # a review of the year, then the plan set for the next, a verb between
    ("Tỉnh điểm lại một năm\nTIN ĐIỂM LẠI MƯỜI MỘT THÁNG, ĐẶT CHỈ TIÊU CHO NĂM SAU\nTỷ lệ văn bản điện tử đạt 72%.",
     [(72, "actual")]),
    ("Sở báo cáo\n\nNhìn lại năm 2023 và đề ra mục tiêu năm 2024\n\nTỷ lệ hồ sơ trực tuyến đạt 48%.", [(48, "actual")]),
])
def test_a_heading_that_opens_with_results_frames_no_plan(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a rubric between the title and a body opened by a dateline belongs to the title block: its plan words frame nothing
    ("Tỉnh đi được nửa chặng\nTIN ĐO KẾT QUẢ BẰNG PHẦN TRĂM KẾ HOẠCH\nHÀ NAM – Sáu tháng, tỉnh tiếp nhận 12.400 hồ sơ.",
     [(12400, "actual")]),
    ("Sở Tư pháp đón yêu cầu qua mạng\nYÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP\nBẮC GIANG – Tám tháng, Sở tiếp nhận 2.300 hồ sơ, "
     "tỷ lệ hồ sơ trực tuyến đạt 26,5%.", [(2300, "actual"), (26.5, "actual")]),
    # a plan heading inside the body still frames what follows it
    ("Tỉnh họp tổng kết\nHÀ NAM – Năm 2024, tỉnh tiếp nhận 12.400 hồ sơ.\nMỤC TIÊU NĂM 2025\nTỷ lệ hồ sơ trực tuyến đạt 60%.",
     [(12400, "actual"), (60, "target")]),
    # an obligation to secure a level is a plan
    ("Năm 2024, các sở, ngành phải bảo đảm: tỷ lệ hồ sơ trực tuyến đạt ít nhất 50%.", [(50, "target")]),
    ("Trong quý IV, UBND cấp huyện cần đảm bảo tỷ lệ văn bản điện tử đạt 100%.", [(100, "target")]),
])
def test_a_rubric_over_a_datelined_body_frames_no_plan(text, expected):
    assert facts(text, ("value", "status"), meta={"published": "2024-07-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a school grade's number is a label, no count
    ("Các trường tiểu học nhận 12.904 hồ sơ tuyển sinh vào lớp 1, trong đó 9.438 hồ sơ được đăng ký trực tuyến.",
     [("dossiers_received", 12904), ("dossiers_online", 9438)]),
    ("Tuyển sinh lớp 6 năm nay có 8.120 hồ sơ đăng ký trực tuyến.", [("dossiers_online", 8120)]),
])
def test_a_school_grade_is_no_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Phòng Tài chính - Kế hoạch huyện tiếp nhận 2.118 hồ sơ đăng ký hộ kinh doanh.",
    "Bốn tháng, phòng Tài chính – Kế hoạch của tám huyện nhận 2.936 hồ sơ.",
])
def test_a_planning_office_s_name_is_no_plan(text):
    assert {status for _, status in facts(text, ("value", "status"))} == {"actual"}


def test_a_heading_that_names_a_plan_and_a_year_frames_its_section():
    got = facts(SECTIONS, ("metric", "value", "year", "status"))
    assert got == [
        ("dossiers_online_pct", 48.2, 2024, "actual"),
        ("dossiers_online_pct", 75, 2026, "target"), ("satisfaction_pct", 92, 2026, "target"),
        ("edocs_pct", 100, 2030, "target"),
        # a heading with no plan word and no year leaves its section to the article's own year and status
        ("dossiers_online_pct", 51, 2024, "actual")]


@pytest.mark.parametrize("text,expected", [
    # the baseline's value in parentheses measures what was compared, dated by the baseline
    ("Năm 2020 có 8.400 hồ sơ nộp trực tuyến, gấp 3 lần năm 2019 (2.800 hồ sơ).",
     [("dossiers_online", 8400, 2020), ("dossiers_online", 2800, 2019)]),
    ("Quý I/2022 tỉnh tiếp nhận trực tuyến 950 hồ sơ, gần gấp đôi cùng kỳ năm 2021 (480 hồ sơ).",
     [("dossiers_online", 950, 2022), ("dossiers_online", 480, 2021)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 47%, cao hơn hẳn so với năm 2022 (29%).",
     [("dossiers_online_pct", 47, 2023), ("dossiers_online_pct", 29, 2022)]),
    # the figure after the comparison keeps the sentence's own year
    ("Năm 2020 có 8.400 hồ sơ trực tuyến, gấp 3 lần năm 2019, trong đó mức độ 4 là 1.100 hồ sơ.",
     [("dossiers_online", 8400, 2020), ("dossiers_online_level4", 1100, 2020)]),
    # a parenthesis after a name is a part, not a baseline
    ("Năm 2020 có 8.400 hồ sơ trực tuyến, nhiều nhất là Sở Tư pháp (2.800 hồ sơ).",
     [("dossiers_online", 8400, 2020), ("dossiers_online", 2800, 2020)]),
    # a share between the compared count and the baseline: the baseline is a count like the compared one
    ("Năm 2021 có 6.020 hồ sơ gửi qua mạng, chiếm 9,4% tổng số hồ sơ, gấp đôi so với năm 2020 (3.010 hồ sơ).",
     [("dossiers_online", 6020, 2021), ("dossiers_online_pct", 9.4, 2021), ("dossiers_online", 3010, 2020)]),
    # "cao hơn" marks a baseline as "so với" does: the year is the baseline's, not the sentence's
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 33%, tương ứng 12.000 hồ sơ, cao hơn cùng kỳ năm 2022 (21%).",
     [("dossiers_online_pct", 33, 2023), ("dossiers_online", 12000, 2023), ("dossiers_online_pct", 21, 2022)]),
    ("Quý I/2023, tỷ lệ hồ sơ trực tuyến đạt 33%, thấp hơn năm 2022 (41%).",
     [("dossiers_online_pct", 33, 2023), ("dossiers_online_pct", 41, 2022)]),
    # the comparison opens the sentence: the baseline measures the subject it leads into
    ("So với năm 2019 (20.150 hồ sơ), số hồ sơ tiếp nhận năm 2020 tăng mạnh.",
     [("dossiers_received", 20150, 2019)]),
    ("So với cùng kỳ năm 2022 (7.310 hồ sơ), số hồ sơ đã giải quyết tăng 12%.",
     [("dossiers_resolved", 7310, 2022)]),
    # …a rate subject too: the baseline's percentage is that rate's
    ("So với năm 2021 (24,5%), tỷ lệ hồ sơ trực tuyến năm 2022 tăng gần 10 điểm phần trăm.",
     [("dossiers_online_pct", 24.5, 2021)]),
    ("So với cùng kỳ năm 2023 (88%), tỷ lệ giải quyết hồ sơ đúng hạn đã cải thiện rõ.",
     [("dossiers_ontime_pct", 88, 2023)]),
    # no rate subject after it: nothing to measure
    ("So với năm 2021 (24,5%), kết quả này cho thấy nhiều chuyển biến.", []),
])
def test_a_comparison_baseline_value_in_parentheses(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a level word right after the comparison: the baseline's level, dated by its own period ("của …")
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 61%, tăng mạnh so với mức 44,8% của năm 2022.",
     [("dossiers_online_pct", 61, 2023), ("dossiers_online_pct", 44.8, 2022)]),
    ("Năm 2024, tỉnh tiếp nhận 20.500 hồ sơ trực tuyến, cao hơn nhiều so với con số 12.300 hồ sơ của năm 2023.",
     [("dossiers_online", 20500, 2024), ("dossiers_online", 12300, 2023)]),
    ("Trong 9 tháng năm 2024, tỷ lệ văn bản điện tử đạt 96%, tăng so với tỷ lệ 90% của cùng kỳ năm 2023.",
     [("edocs_pct", 96, 2024), ("edocs_pct", 90, 2023)]),
    # the change itself, before "so với", stays no figure
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 61%, tăng 16,2% so với năm 2022.", [("dossiers_online_pct", 61, 2023)]),
])
def test_a_comparison_baseline_level_after_a_level_word(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["year"])) == expected


@pytest.mark.parametrize("text", [
    "Trong quý, các sở đã nâng cấp thêm 14 dịch vụ lên mức độ 4.",
    "Năm nay Sở cấp thêm 600 tài khoản thư điện tử cho cán bộ cấp xã.",
    "Tỉnh sẽ đưa thêm khoảng 50 dịch vụ công trực tuyến lên Cổng.",
])
def test_what_is_added_is_not_the_stock(text):
    assert extract_text(text, "t").empty


@pytest.mark.parametrize("text", [
    "Các phường đã tiếp nhận 4.100 hồ sơ. Dẫn đầu là phường An Hòa (820 hồ sơ), phường Bình Minh (610 hồ sơ).",
    "Bộ phận một cửa các xã tiếp nhận 4.100 hồ sơ trong quý. Nhiều nhất là xã Tân Phú (820 hồ sơ) và xã Long Hải (610 hồ sơ).",
    "Toàn huyện tiếp nhận 4.100 hồ sơ. Trong đó, đứng đầu là thị trấn Cái Bè (820 hồ sơ), tiếp đến là xã Hậu Mỹ (610 hồ sơ).",
])
def test_a_sentence_ranking_the_parts_of_a_count_counts_them_as_that_count(text):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == [("dossiers_received", 4100), ("dossiers_received", 820),
                                                    ("dossiers_received", 610)]


def test_parts_under_a_subject_of_their_own_do_not_borrow_the_verb_before():
    text = "Các phường đã tiếp nhận 4.100 hồ sơ. Các đơn vị có nhiều giao dịch là phường An Hòa (820 hồ sơ)."
    df = extract_text(text, "t")
    assert list(df["value"]) == [4100]


@pytest.mark.parametrize("text,expected", [
    ("• Tỷ lệ hồ sơ trực tuyến: ≥ 75%", [("dossiers_online_pct", 75, "more_than")]),
    ("Tỷ lệ giải quyết đúng hạn đạt >97%.", [("dossiers_ontime_pct", 97, "more_than")]),
    ("- Người dân hài lòng: > 90%", [("satisfaction_pct", 90, "more_than")]),
    ("Tỷ lệ hồ sơ trễ hạn: ≤ 3%", [("dossiers_late_pct", 3, "less_than")]),
])
def test_a_sign_before_the_number_is_its_qualifier_and_hides_nothing(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["qualifier"])) == expected


def test_a_heading_naming_a_bare_year_dates_the_lines_under_it():
    text = ("Kết quả năm 2023\n\nNăm 2023, tỉnh tiếp tục cải cách hành chính.\n\n"
            "CHỈ TIÊU 2026\n• Tỷ lệ hồ sơ trực tuyến: 85%\n• Mức độ hài lòng: 96%")
    df = extract_text(text, "t")
    assert list(zip(df["value"], df["year"], df["status"])) == [(85, 2026, "target"), (96, 2026, "target")]


@pytest.mark.parametrize("text,years", [
    # a numbered sub-heading with no year sits under a roman-numeral heading that names one
    ("Báo cáo của Sở\nI. KẾT QUẢ NĂM 2021\n1. Thư điện tử\nHệ thống có 4.200 tài khoản thư điện tử.\n"
     "2. Dịch vụ công\nTỉnh cung cấp 1.500 dịch vụ công trực tuyến.\nII. NHIỆM VỤ\n1. Chỉ tiêu\n"
     "Phấn đấu 95% văn bản điện tử.", [2021, 2021, 2024]),
    # a sub-heading's own year wins over the heading above it
    ("Tổng kết\nI. KẾT QUẢ GIAI ĐOẠN 2019-2021\n1. Năm 2020\nTỉnh có 900 dịch vụ công trực tuyến.", [2020]),
])
def test_a_paragraph_is_dated_by_the_numbered_headings_above_it(text, years):
    df = extract_text(text, "t", {"published": "2024-01-05"})
    assert list(df["year"]) == years


def test_a_number_spelled_out_again_in_parentheses_is_skipped():
    text = ("Sở đã đưa vào vận hành 05 (năm) dịch vụ công trực tuyến mức độ 4. Bộ phận một cửa tiếp nhận 1.024 "
            "(một nghìn không trăm hai mươi tư) hồ sơ; 20 (hai mươi) cán bộ được cấp hộp thư điện tử.")
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == [("services_level4", 5), ("dossiers_received", 1024),
                                                    ("email_accounts", 20)]


@pytest.mark.parametrize("text,expected", [
    # "năm trước" / "năm ngoái" date their figure a year before the sentence's year, or the article's
    ("Năm 2021, 88% cán bộ dùng thư điện tử công vụ, trong khi năm trước con số này là 71%.", [(88, 2021), (71, 2020)]),
    ("Năm ngoái, tỉnh tiếp nhận 7.400 hồ sơ trực tuyến.", [(7400, 2022)]),
    # after a baseline word it is the baseline, and it dates no figure of its own
    ("Tỷ lệ hồ sơ trực tuyến đạt 40%, tăng so với năm trước.", [(40, 2023)]),
    ("Năm 2021 tỉnh tiếp nhận 7.400 hồ sơ trực tuyến, cao hơn cùng kỳ năm trước.", [(7400, 2021)]),
    # … its end, a value of it or where something came from: the year before dates what was compared
    ("Tỷ lệ cán bộ dùng thư công vụ đạt 93%, nhích lên so với cuối năm trước.", [(93, 2023)]),
    ("Số dịch vụ mức độ 4 chiếm 12,4%, cao hơn hẳn mức của năm trước.", [(12.4, 2023)]),
    ("Hồ sơ trực tuyến chiếm 6,1%, gần gấp ba tỷ lệ năm trước.", [(6.1, 2023)]),
    ("Huyện A có tỷ lệ đúng hạn thấp nhất, 90,5%, do hồ sơ tồn đọng từ năm trước.", [(90.5, 2023)]),
    # it does not carry over to the next sentence
    ("Năm 2021, năm trước tỉnh tiếp nhận 5.000 hồ sơ. Tỷ lệ hồ sơ trực tuyến đạt 40%.", [(5000, 2020), (40, 2021)]),
    # after a count of years it counts back ("vài năm trước": a few years ago) and names no year: the sentence's stands
    ("Năm 2022, tỷ lệ công chức dùng thư công vụ đạt 91,5%. Tỷ lệ văn bản điện tử đạt 87%, cao hơn hẳn vài năm trước.",
     [(91.5, 2022), (87, 2022)]),
    ("Tỉnh có 9.100 tài khoản thư điện tử, nhiều hơn hẳn so với mấy năm trước.", [(9100, 2023)]),
    ("Năm 2021 tỉnh tiếp nhận 12.300 hồ sơ trực tuyến, điều mà hai năm trước khó ai nghĩ tới.", [(12300, 2021)]),
    # a month or quarter of last year is still last year
    ("Tháng hai năm trước, tỉnh tiếp nhận 6.200 hồ sơ trực tuyến.", [(6200, 2022)]),
])
def test_the_year_before(text, expected):
    assert _years(text, {"published": "2023-05-02"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "năm trước" / "năm nay" right after a number label it, the start of a rise included
    ("Số dịch vụ toàn trình tăng từ 884 năm trước lên 1.152 năm nay.", [(884, 2022), (1152, 2023)]),
    ("Số hồ sơ nộp trực tuyến tăng từ 61.400 năm ngoái lên 74.200 năm nay.", [(61400, 2022), (74200, 2023)]),
])
def test_the_year_before_or_this_year_right_after_a_number_is_its_own(text, expected):
    assert _years(text, {"published": "2023-05-02"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a timeline: each line opens with the month and year it records
    ("Các mốc chính\n03/2019 – Tỉnh cấp 4.200 tài khoản thư điện tử công vụ.\n"
     "11/2022 – Toàn tỉnh tiếp nhận 96.000 hồ sơ trực tuyến.", [(4200, 2019), (96000, 2022)]),
    ("Cổng dịch vụ công cung cấp 1.640 dịch vụ công trực tuyến (số liệu 8/2023).", [(1640, 2023)]),
])
def test_a_month_and_year_date_their_line(text, expected):
    assert _years(text, {"published": "2025-03-10"}) == expected


@pytest.mark.parametrize("text,meta,year", [
    # no date given: the date in the web address
    ("Năm nay, Sở tiếp nhận 5.200 hồ sơ trực tuyến.", {"url": "https://baotinh.vn/mot-cua/d20191212"}, 2019),
    # no date anywhere: the first period in the body that frames a report
    ("Chuyển biến trong ứng dụng CNTT\n\nTỉnh đã có nhiều cố gắng.\n\nTrong 6 tháng đầu năm 2017, có 1.500 hồ sơ trực "
     "tuyến. Hiện tỉnh cung cấp 1.716 dịch vụ công trực tuyến.", {}, 2017),
])
def test_an_undated_article_takes_its_year_from_its_address_or_its_body(text, meta, year):
    assert {y for _, y in _years(text, meta)} == {year}


def test_a_body_year_is_never_a_plan_nor_an_index_edition():
    text = ("Kết quả cải cách hành chính\n\nTỉnh đã có nhiều cố gắng.\n\nChỉ số sẵn sàng cho phát triển CNTT Việt Nam "
            "năm 2018 của tỉnh còn thấp. Phấn đấu năm 2020 có 30% hồ sơ trực tuyến.\n\n"
            "Hiện tỉnh cung cấp 1.716 dịch vụ công trực tuyến.")
    assert _years(text, {}) == [(30, 2020), (1716, None)]


@pytest.mark.parametrize("text,expected", [
    # the catalogue in force: "đã công bố" with nothing that makes it an act of announcing
    ("Đến nay tỉnh đã công bố 1.530 thủ tục hành chính trên Cổng dịch vụ công.", "procedures_total"),
    ("Năm 2022, UBND tỉnh đã công bố tổng cộng 1.611 TTHC thuộc thẩm quyền ba cấp.", "procedures_total"),
    # ... or "công bố" in the present, an adverb of now a few words before it
    ("Hiện thành phố công bố 1.702 thủ tục hành chính ở ba cấp.", "procedures_total"),
    ("Toàn tỉnh hiện đang công bố 1.688 TTHC.", "procedures_total"),
    # ... or said of the whole province, or up to a date, the number before or after the verb
    ("Năm 2020 toàn tỉnh công bố 1.702 thủ tục hành chính.", "procedures_total"),
    ("Toàn tỉnh hiện có 1.655 thủ tục hành chính được công bố.", "procedures_total"),
    ("Ghi chú 2.1: Tính đến ngày 30/6/2022, tỉnh công bố 1.790 thủ tục hành chính, trong đó 650 thủ tục mức độ 4.",
     "procedures_total"),
    ("Toàn tỉnh công bố 52 thủ tục hành chính mới trong năm.", "procedures_announced"),
    ("Hiện nay, UBND tỉnh đã ký quyết định công bố 36 thủ tục hành chính mới.", "procedures_announced"),
    # an announcement: a decision, a list or a change named with it
    ("Chủ tịch UBND tỉnh ký Quyết định số 88/QĐ-UBND công bố 41 thủ tục hành chính lĩnh vực xây dựng.",
     "procedures_announced"),
    ("Trong quý, tỉnh công bố danh mục 63 TTHC.", "procedures_announced"),
    ("Trong năm đã công bố 120 TTHC mới ban hành và sửa đổi.", "procedures_announced"),
    ("Tháng 3/2021, UBND tỉnh công bố 27 thủ tục hành chính.", "procedures_announced"),
    # the perfect passive, a date the count runs up to, or what the catalogue has: in force too
    ("Có 1.730 thủ tục hành chính đã được công bố và đăng tải trên Cổng dịch vụ công.", "procedures_total"),
    ("Đến tháng 9/2023, thành phố công bố 1.655 thủ tục hành chính.", "procedures_total"),
    ("Bộ thủ tục hành chính của tỉnh có 1.402 thủ tục được công bố ở ba cấp.", "procedures_total"),
    ("Đến tháng 9, UBND tỉnh đã ban hành 12 quyết định công bố 140 thủ tục hành chính.", "procedures_announced"),
])
def test_announced_in_the_perfect_alone_states_the_catalogue_in_force(text, expected):
    assert facts(text, ("metric",))[0] == (expected,)


@pytest.mark.parametrize("text,expected", [
    ("Trong quý có 2.407 hồ sơ được thanh toán phí trực tuyến.", [("dossiers_paid_online", 2407)]),
    ("Có 512 hồ sơ thanh toán lệ phí qua mạng, chiếm 40,5% số hồ sơ nộp trực tuyến.",
     [("dossiers_paid_online", 512), ("dossiers_paid_online_pct", 40.5)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 61%; tỷ lệ thanh toán trực tuyến đạt 37%.",
     [("dossiers_online_pct", 61), ("dossiers_paid_online_pct", 37)]),
    # the fee as the object of "nộp" / "đóng" is paid, not a dossier submitted
    ("Năm 2025, người dân đã nộp phí, lệ phí trực tuyến cho 436 hồ sơ.", [("dossiers_paid_online", 436)]),
    ("Năm 2024, có 1.208 hồ sơ được đóng lệ phí qua mạng.", [("dossiers_paid_online", 1208)]),
    # … unless it is owed ("phải nộp phí"), waived ("miễn lệ phí"), or a step in the list that defines a level
    ("Năm 2018, có 31.208 hồ sơ thuộc các dịch vụ mức độ 4, tức là người dân nộp hồ sơ, nộp phí và nhận kết quả qua "
     "mạng.", [("dossiers_online_level4", 31208)]),
    ("Năm 2025, tỉnh nhận 1.200 hồ sơ, trong đó 436 hồ sơ phải nộp phí.",
     [("dossiers_received", 1200), ("dossiers_with_fee", 436)]),
])
def test_payments_made_online_are_not_online_submissions(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an unnamed, counted set of units before the percentage: a bound over a group, no rate of the province
    ("Tỷ lệ hồ sơ trực tuyến đạt 52%, song vẫn còn 9 xã dưới 20%.", [("dossiers_online_pct", 52)]),
    ("Bên cạnh đó, một số huyện có tỷ lệ hồ sơ trực tuyến chỉ khoảng 15%.", []),
    ("Không ít địa phương tỷ lệ hồ sơ trực tuyến đã vượt 80%.", []),
    # all the units of a level ("các xã") is a scope, not a group: the rate stands
    ("Tỷ lệ hồ sơ trực tuyến của các xã đạt 38%.", [("dossiers_online_pct", 38)]),
    # a comma between the group and the rate: the rate is the clause's own
    ("Ở nhiều xã, cán bộ đã hướng dẫn tận nơi; tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 61%.",
     [("dossiers_online_pct", 61)]),
    # … or a coordinator opening a conjunct that names its own rate: the group is another subject's
    ("Năm 2021, huyện có 18/21 xã đạt chuẩn nông thôn mới và tỷ lệ hồ sơ trực tuyến đạt 43%.",
     [("dossiers_online_pct", 43)]),
    ("Năm 2021, nhiều xã đã có điểm wifi miễn phí, còn tỷ lệ hồ sơ trực tuyến của thị xã mới đạt 22%.",
     [("dossiers_online_pct", 22)]),
    # (the conjunct's verb may stand before its rate: the counted units are an object of the clause before)
    ("Năm 2023, huyện sẽ mở rộng mô hình ra 6 thôn và nâng tỷ lệ hồ sơ trực tuyến lên 70%.",
     [("dossiers_online_pct", 70)]),
    ("Kế hoạch năm 2024 là lắp camera cho 40 cơ quan, cùng đưa tỷ lệ văn bản điện tử lên 95%.",
     [("edocs_pct", 95)]),
    # a number after a month word is the month, not a count of units
    ("Tỷ lệ hồ sơ trực tuyến của thành phố là 54%, trong khi tháng 8 xã Hòa Bình mới có 31%.",
     [("dossiers_online_pct", 54), ("dossiers_online_pct", 31)]),
    # the rate's noun first, the group linked to it after: the rate measured in the group, a figure
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến ở một số xã biên giới vẫn dưới 25%.", [("dossiers_online_pct", 25)]),
    ("Tỷ lệ văn bản điện tử của nhiều phường mới khoảng 60%.", [("edocs_pct", 60)]),
    ("Còn tỷ lệ hồ sơ nộp qua mạng tại không ít huyện miền núi chưa tới 10%.", [("dossiers_online_pct", 10)]),
])
def test_a_rate_of_an_unnamed_group_of_units_is_no_figure_of_the_province(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,meta,expected", [
    # a figure dated after the year the article came out can only be a plan, whatever its wording
    ("Chủ tịch yêu cầu các sở có giải pháp để năm 2021 nâng tỷ lệ hồ sơ trực tuyến lên 30%.",
     {"published": "2020-12-20"}, [(30, 2021, "target")]),
    ("Trong năm 2025, tỷ lệ văn bản điện tử của tỉnh đạt 99%.", {"published": "2024-11-02"}, [(99, 2025, "target")]),
    # a review of the year before came out the year after: the year it came out is no future
    ("Tổng kết năm 2023, tỷ lệ hồ sơ trực tuyến đạt 62%. Năm 2024, tỷ lệ này đạt 70% trong tháng 1.",
     {"published": "2024-02-01"}, [(62, 2023, "actual"), (70, 2024, "actual")]),
    # with no date for the article, nothing is known to be future
    ("Trong năm 2025, tỷ lệ văn bản điện tử của tỉnh đạt 99%.", {}, [(99, 2025, "actual")]),
])
def test_a_figure_dated_after_the_article_came_out_is_a_plan(text, meta, expected):
    df = extract_text(text, "t", meta)
    assert list(zip(df["value"], df["year"], df["status"])) == expected


@pytest.mark.parametrize("text,expected", [
    # the base of a count at one level is all services; the share after the base is the level's share
    ("Tỉnh có 540 dịch vụ mức độ 4 trên tổng số 1.800 dịch vụ công trực tuyến, tỷ lệ 30%.",
     [("services_level4", 540), ("services_total", 1800), ("services_level4_pct", 30)]),
    ("Đã có 702 dịch vụ mức độ 3 trên tổng số 1.950 dịch vụ công trực tuyến, đạt 36%.",
     [("services_level3", 702), ("services_total", 1950), ("services_level3_pct", 36)]),
    # or all procedures, when it names them
    ("Tỉnh có 540 dịch vụ mức độ 4 trên tổng số 1.800 thủ tục hành chính.",
     [("services_level4", 540), ("procedures_total", 1800)]),
    # a base of another noun is no figure of ours
    ("Tỉnh có 540 dịch vụ mức độ 4 trên tổng số 2.000 hồ sơ.", [("services_level4", 540)]),
    # the base of any count of services is all procedures when it names them
    ("Tỉnh cung cấp 1.540 dịch vụ công trực tuyến trên tổng số 1.720 thủ tục hành chính.",
     [("services_total", 1540), ("procedures_total", 1720)]),
    ("Thành phố có 980 dịch vụ toàn trình trên tổng số 1.650 TTHC.",
     [("services_full_process", 980), ("procedures_total", 1650)]),
    # ... but a base that names a level is no total
    ("Tỉnh đã tích hợp 900 dịch vụ công trực tuyến mức độ 3, 4 trên tổng số 1.100 dịch vụ công trực tuyến mức độ 3, 4.",
     [("services_level34", 900)]),
])
def test_the_base_of_a_level_count_is_all_services_or_procedures(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an x/y whose subject names procedures: its base is all procedures, whatever the level
    ("Năm 2016, số thủ tục đạt mức độ 4 là 24/1.642.", [("services_level4", 24), ("procedures_total", 1642)]),
    ("Năm 2016, số dịch vụ công trực tuyến mức độ 4 là 24/1.642.", [("services_level4", 24), ("services_total", 1642)]),
    # the base of an x/y restating a count said before it with its own base is that count, kept once
    ("Năm 2016, bộ phận một cửa nhận 8.500 hồ sơ. Đã có 8.000/8.500 hồ sơ được giải quyết, trong đó 7.900/8.000 hồ sơ "
     "trả đúng hẹn.", [("dossiers_received", 8500), ("dossiers_resolved", 8000), ("dossiers_ontime", 7900)]),
    ("Năm 2017, cấp xã nhận 3.000 hồ sơ; 2.900/3.000 hồ sơ được giải quyết, trong đó 2.850/2.900 hồ sơ đúng hạn.",
     [("dossiers_received", 3000), ("dossiers_resolved", 2900), ("dossiers_ontime", 2850)]),
    # two places of the same number out of different wholes are two figures (the one out of a region's provinces is no
    # place among all provinces, so no rank of ours: ranks.yml national_counts)
    ("Năm 2020, tỉnh xếp thứ 5/63 về chỉ số DTI và thứ 5/14 trong vùng.", [("dti_rank", 5)]),
])
def test_the_base_of_an_x_out_of_y_restates_what_it_is_said_of(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a contrast after a comma starts a new subject: the words after it are not the figure's
    ("Năm 2020, khoảng 75% cán bộ đã được cấp hộp thư công vụ, nhưng nhiều người chưa sử dụng thường xuyên.",
     [("email_issued_pct", 75)]),
    ("Năm 2020, 90% công chức có hộp thư điện tử công vụ, song việc dùng thường xuyên còn hạn chế.",
     [("email_issued_pct", 90)]),
    # a noun subject, then an adverb and a qualifier, then the share
    ("Ở huyện miền núi, số hồ sơ trực tuyến mới chưa đến 3%.", [("dossiers_online_pct", 3)]),
    ("Tại Sở Xây dựng, hồ sơ nộp qua mạng chỉ chiếm khoảng 6%.", [("dossiers_online_pct", 6)]),
])
def test_a_contrast_turns_the_subject_and_a_noun_subject_leads_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause after a baseline that speaks of the baseline's time ("khi", "khi đó", "lúc đó") takes its year
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 24%, gấp bốn lần so với năm 2020, khi tỷ lệ này chỉ là 6%.",
     [(24, 2021), (6, 2020)]),
    ("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 58%. So với năm 2022, con số đã tăng mạnh: lúc đó, tỷ lệ này là 35%.",
     [(58, 2023), (35, 2022)]),
    # … opened in a parenthesis, or with no comma at all
    ("Năm 2020 có 5.210 hồ sơ nộp qua mạng, gần gấp đôi năm 2019 (khi đó mới có 2.745 hồ sơ).",
     [(5210, 2020), (2745, 2019)]),
    ("Quý II/2022 tỷ lệ hồ sơ trực tuyến lên 31%, vượt xa cùng kỳ năm 2021 khi tỷ lệ này chưa tới 9%.",
     [(31, 2022), (9, 2021)]),
    # "khi" before the comparison, or no comparison at all: the sentence's own year
    ("Năm 2021, khi triển khai Cổng dịch vụ công mới, tỷ lệ hồ sơ trực tuyến đạt 24%.", [(24, 2021)]),
])
def test_a_clause_of_the_baseline_s_time_takes_its_year(text, expected):
    assert _years(text) == expected


@pytest.mark.parametrize("text,expected", [
    # every value in the parenthesis after a baseline is the baseline's, each with its own noun
    ("Năm 2023 Sở nhận 3.904 hồ sơ, trong đó 2.611 hồ sơ trực tuyến, tăng so với năm 2022 (3.120 hồ sơ tiếp nhận, "
     "1.407 hồ sơ trực tuyến, tỷ lệ 45,1%).",
     [("dossiers_received", 3904, 2023), ("dossiers_online", 2611, 2023), ("dossiers_received", 3120, 2022),
      ("dossiers_online", 1407, 2022), ("dossiers_online_pct", 45.1, 2022)]),
    ("Sáu tháng đầu năm 2021, huyện giải quyết 1.050 hồ sơ, cao hơn cùng kỳ năm 2020 (842 hồ sơ giải quyết, "
     "95 hồ sơ trễ hạn).",
     [("dossiers_resolved", 1050, 2021), ("dossiers_resolved", 842, 2020), ("dossiers_late", 95, 2020)]),
    # a parenthesis that names its own time keeps it ("cùng kỳ năm trước" of the baseline's quarter)
    ("Quý I/2024 tiếp nhận 8.400 hồ sơ, tăng so với quý I/2023 (cùng kỳ năm trước là 7.950 hồ sơ).",
     [("dossiers_received", 8400, 2024), ("dossiers_received", 7950, 2023)]),
])
def test_the_values_in_parentheses_after_a_baseline_are_the_baseline_s(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Quý III, liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế có 1.204 hồ sơ.",
     [("dossiers_interlinked", 1204)]),
    ("Riêng nhóm thủ tục liên thông về khai tử đã tiếp nhận 305 hồ sơ.", [("dossiers_interlinked", 305)]),
    # the one-stop mechanism is the way all dossiers come in, not a group of procedures
    ("Toàn tỉnh tiếp nhận theo cơ chế một cửa liên thông 50.000 hồ sơ.", [("dossiers_received", 50000)]),
])
def test_dossiers_of_an_interlinked_procedure_group_are_not_all_received(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a period in a contrast clause dates that clause only, not the sentences after it
    ("Năm 2019, tỷ lệ văn bản điện tử đạt 71%, trong khi năm 2018 chỉ đạt 48%. Tại Sở Tư pháp, tỷ lệ này là 95%.",
     [(71, 2019), (48, 2018), (95, 2019)]),
    ("Năm 2019 tỷ lệ hồ sơ trực tuyến đạt 12%, nhưng năm 2018 mới có 3%. Ở cấp xã, tỷ lệ này là 5%.",
     [(12, 2019), (3, 2018), (5, 2019)]),
    # a period that frames its sentence still dates the next one
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến đạt 3%. Ở cấp xã, tỷ lệ này là 1%.", [(3, 2018), (1, 2018)]),
])
def test_a_period_in_a_contrast_clause_dates_only_that_clause(text, expected):
    assert _years(text, {"published": "2019-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a comparison's period dates its own sentence, not the ones after it
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 38%. Cùng kỳ năm 2020, tỷ lệ này là 17%. Tỷ lệ giải quyết đúng hạn đạt 97%.",
     [(38, 2021), (17, 2020), (97, 2021)]),
    ("Năm 2021, tỉnh xếp thứ 12/63 về ICT Index, tăng so với vị trí thứ 20 của năm 2020. Tỷ lệ văn bản điện tử đạt 88%.",
     [(12, 2021), (88, 2021)]),
    # a period that frames its sentence still dates the next one
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến là 17%. Tỷ lệ giải quyết đúng hạn đạt 97%.", [(17, 2020), (97, 2020)]),
])
def test_a_period_of_a_comparison_dates_only_its_own_sentence(text, expected):
    assert _years(text, {"published": "2021-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the compared value's year, its clause closed by a comma, dates neither the value before nor the one after
    ("Theo ICT Index năm 2021, tỉnh đứng thứ 9/63, tăng bốn bậc so với vị trí 13/63 năm 2020, xếp sau tỉnh bạn (6/63).",
     [(9, 2021), (13, 2020), (6, 2021)]),
    ("Năm 2022 tỷ lệ hồ sơ trực tuyến đạt 41%, gấp đôi mức 20% của năm 2021, tỷ lệ đúng hạn đạt 98%.",
     [(41, 2022), (20, 2021), (98, 2022)]),
    # the comparison's year with no value of its own before it still dates the clause it opens
    ("Năm 2022 tỷ lệ hồ sơ trực tuyến đạt 41%; cùng kỳ năm 2021, tỷ lệ này là 20%.", [(41, 2022), (20, 2021)]),
    # a semicolon closes the compared value's clause as a comma does
    ("Năm 2020, tỉnh xếp thứ 18/63 về chỉ số ICT Index so với vị trí 25/63 năm 2019; tỷ lệ văn bản điện tử đạt 90%.",
     [(18, 2020), (25, 2019), (90, 2020)]),
])
def test_a_compared_value_s_year_dates_that_value_only(text, expected):
    assert _years(text, {"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the year unfinished dossiers are carried into dates nothing after it
    ("Năm 2015 tỉnh nhận 80.400 hồ sơ; 2.310 hồ sơ đang giải quyết được chuyển sang năm 2016. Như vậy, tỷ lệ hồ sơ "
     "giải quyết đúng hạn đạt 97,5%.", [(80400, 2015), (2310, 2015), (97.5, 2015)]),
    ("Trong năm 2020, Sở giải quyết 4.120 hồ sơ, còn 85 hồ sơ chưa đến hạn chuyển qua năm 2021; tỷ lệ đúng hạn 99%.",
     [(4120, 2020), (85, 2020), (99, 2020)]),
    # opening a clause, it is a turn of the story and frames what follows
    ("Năm 2020 tỉnh có 410 dịch vụ công trực tuyến mức độ 3. Chuyển sang năm 2021, tỉnh có 650 dịch vụ công trực "
     "tuyến mức độ 3.", [(410, 2020), (650, 2021)]),
])
def test_the_year_dossiers_are_carried_into_dates_nothing(text, expected):
    assert _years(text, {"published": "2021-03-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # …nor the sentences before it, when they name no year of their own
    ("Sở Nội vụ vừa tổng kết quý II/2021.\nTrong quý, tỷ lệ hồ sơ trực tuyến đạt 71%. Cùng kỳ năm 2020, tỷ lệ hồ sơ "
     "trực tuyến chỉ đạt 40%.", [(71, 2021), (40, 2020)]),
    ("Sở Nội vụ vừa tổng kết quý II/2021.\nTrong quý, tỉnh nhận 9.000 hồ sơ. So với năm 2020, khi tỉnh nhận 5.000 hồ "
     "sơ, số hồ sơ đã tăng mạnh.", [(9000, 2021), (5000, 2020)]),
])
def test_a_later_comparison_does_not_date_the_sentences_before_it(text, expected):
    assert _years(text, {"published": "2021-06-15"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a figure said again at another time dates its own sentence, not the ones around it
    ("Kết quả 9 tháng đầu năm 2022.\nTrong 9 tháng, tỷ lệ hồ sơ trực tuyến đạt 32%. Năm 2021, tỷ lệ này chỉ đạt 11,5%. "
     "Tỷ lệ đúng hạn đạt 98%.", [(32, 2022), (11.5, 2021), (98, 2022)]),
    ("Tỷ lệ văn bản điện tử đạt 91%. Năm 2020, con số này là 70%. Tỷ lệ hồ sơ trực tuyến đạt 40%.",
     [(91, 2022), (70, 2020), (40, 2022)]),
    # a period that frames its sentence still dates the next one
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 30%. Tỷ lệ đúng hạn đạt 97%.", [(30, 2021), (97, 2021)]),
])
def test_a_period_of_a_restated_figure_dates_only_its_own_sentence(text, expected):
    assert _years(text, {"published": "2022-10-10"}) == expected


HEADED = """Một cửa điện tử năm 2023: nhiều chuyển biến
Sở Nội vụ vừa tổng kết công tác cải cách hành chính của tỉnh.
Hơn 52 nghìn hồ sơ trong năm
Năm 2023, các cơ quan đã giải quyết 52.480 hồ sơ, trong đó 30.100 hồ sơ trực tuyến.
Khoảng 9 nghìn hồ sơ bưu chính
Năm 2023, số hồ sơ qua bưu chính là 8.950 hồ sơ.
Gần 20 nghìn hồ sơ
Năm 2023, tỉnh tiếp nhận 30.000 hồ sơ.
"""


def test_a_heading_count_that_rounds_a_count_of_its_section_counts_what_that_one_does():
    got = facts(HEADED, ("metric", "value", "qualifier"))
    assert ("dossiers_resolved", 52000, "more_than") in got  # rounds 52.480, stated as resolved below it
    assert ("dossiers_postal", 9000, "approx") in got        # names its own kind: read as it says
    # a heading whose count rounds none of its section's counts is no figure
    assert not any(v == 20000 for _, v, _ in got)


def test_this_year_dates_a_figure_to_the_year_of_writing_not_the_paragraph_s():
    text = ("Tiêu đề\nNăm 2019, Sở tiếp nhận 412 hồ sơ, chỉ 37 hồ sơ nộp trực tuyến. Chín tháng năm nay, Sở tiếp nhận "
            "389 hồ sơ, trong đó 164 hồ sơ trực tuyến.")
    df = extract_text(text, "t", {"published": "2020-10-16"})
    assert list(zip(df["value"], df["year"])) == [(412, 2019), (37, 2019), (389, 2020), (164, 2020)]


def test_a_yearless_window_of_its_own_takes_no_year_from_a_later_sentence():
    text = ("Tiêu đề\nHội nghị sơ kết 6 tháng đầu năm 2023 diễn ra hôm qua.\nSáu tháng đầu năm, tỉnh tiếp nhận 90.400 hồ "
            "sơ. Năm 2022, tỉnh xếp thứ 30/63 về DTI.")
    df = extract_text(text, "t", {"published": "2023-07-20"})
    assert list(zip(df["value"], df["year"])) == [(90400, 2023), (30, 2022)]


TASKS_GLUED = """Báo cáo tình hình
2. Kết quả
a) Năm 2020, tỷ lệ văn bản điện tử đạt 88%.
b) Tỷ lệ hồ sơ trực tuyến đạt 12%.
3. Nhiệm vụ thời gian tới
a) Các sở phấn đấu đến cuối năm 2021 tỷ lệ hồ sơ trực tuyến đạt 25%.
b) Hoàn thành kết nối phần mềm; tỷ lệ văn bản điện tử đạt trên 95%.
Về nhiệm vụ năm 2022
Tôi đề nghị các sở tập trung vào hai việc. Một là, nâng tỷ lệ hồ sơ trực tuyến lên 40%.
"""


def test_a_heading_glued_to_its_first_item_heads_the_items_after_it_and_may_open_with_a_topic_word():
    got = facts(TASKS_GLUED, ("value", "status"))
    assert got == [(88, "actual"), (12, "actual"), (25, "target"), (95, "target"), (40, "target")]


def test_parts_that_add_up_to_a_raised_total_are_kept_and_additions_are_their_own_kind():
    parts = ("Năm 2023, cấp huyện tiếp nhận 4.000 hồ sơ, cấp xã tiếp nhận 6.000 hồ sơ, nâng tổng số hồ sơ toàn huyện "
             "lên 10.000 hồ sơ.")
    assert [v for _, v in facts(parts)] == [4000, 6000, 10000]
    added = "Năm 2023 đã cấp mới 1.500 tài khoản thư điện tử, nâng tổng số tài khoản lên 9.800."
    assert facts(added) == [("email_accounts_added", 1500), ("email_accounts", 9800)]
    # the last few counts adding up are its parts, whatever counts of its noun came before them
    last = ("Huyện tiếp nhận 52.300 hồ sơ, trong đó hồ sơ nộp qua dịch vụ mức độ 3 là 2.140 hồ sơ và qua dịch vụ mức "
            "độ 4 là 860 hồ sơ, nâng tổng số hồ sơ trực tuyến lên 3.000 hồ sơ.")
    assert [v for _, v in facts(last)] == [52300, 2140, 860, 3000]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ văn bản điện tử tăng từ 61% năm 2021 lên 78% năm 2022 và 90,5% trong 6 tháng đầu năm 2023.",
     [("edocs_pct", 61, 2021), ("edocs_pct", 78, 2022), ("edocs_pct", 90.5, 2023)]),
    ("Tỷ lệ hồ sơ đúng hạn đạt 97,2% năm 2022 và 98,4% trong quý I/2023.",
     [("dossiers_ontime_pct", 97.2, 2022), ("dossiers_ontime_pct", 98.4, 2023)]),
    ("Năm 2022, tỉnh cung cấp 1.120 dịch vụ công trực tuyến, rồi 1.480 dịch vụ trong năm 2023.",
     [("services_total", 1120, 2022), ("services_total", 1480, 2023)]),
])
def test_a_period_joined_to_the_number_by_trong_is_the_number_s_own(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # an encyclopedia's notes: the marker is no figure and ends no sentence's frame for the next
    ("Kế hoạch giai đoạn 2016–2020 được ban hành.[1] Năm 2017, cổng có 146 dịch vụ mức độ 3.[4] Năm 2018, tỉnh có "
     "1.263 thủ tục hành chính.[5]",
     [("services_level3", 146, 2017, "actual"), ("procedures_total", 1263, 2018, "actual")]),
    # a parenthesis that holds only a period, right after the number, dates it
    ("Số thủ tục hành chính: 1.938 (cuối năm 2018). Năm 2019, tỉnh phấn đấu 30% dịch vụ đạt mức độ 4.",
     [("procedures_total", 1938, 2018, "actual"), ("services_level4_pct", 30, 2019, "target")]),
])
def test_citation_markers_and_a_dated_parenthesis(text, expected):
    df = extract_text(text, "t", meta={"published": "2019-08-14"})
    assert list(zip(df["metric"], df["value"], df["year"], df["status"])) == expected


def test_a_period_in_a_comparison_by_gap_dates_only_its_own_sentence():
    text = ("Năm 2021, huyện tiếp nhận 9.120 hồ sơ trực tuyến, gấp đôi con số của năm 2019. "
            "Tỷ lệ giải quyết đúng hạn đạt 98,5%.")
    df = extract_text(text, "t", meta={"published": "2022-01-05"})
    assert list(zip(df["value"], df["year"])) == [(9120, 2021), (98.5, 2021)]


@pytest.mark.parametrize("text,expected", [
    # x/y of a part of a count: the base is that whole count, stated once
    ("Đến tháng 9, phường mới có 58/912 hồ sơ tiếp nhận được nộp trực tuyến.",
     [("dossiers_online", 58.0, 912.0), ("dossiers_received", 912.0, None)]),
    ("Tỷ lệ nộp hồ sơ trực tuyến của huyện đạt 21,6% (4.410/20.417 hồ sơ).",
     [("dossiers_online_pct", 21.6, None), ("dossiers_online", 4410.0, 20417.0), ("dossiers_received", 20417.0, None)]),
    ("Sở đã giải quyết đúng hạn 97,3% hồ sơ (1.946/2.000 hồ sơ đã giải quyết).",
     [("dossiers_ontime_pct", 97.3, None), ("dossiers_ontime", 1946.0, 2000.0), ("dossiers_resolved", 2000.0, None)]),
    # the base said in full elsewhere in the article is one figure
    ("Năm 2024 huyện tiếp nhận 20.417 hồ sơ. Tỷ lệ trực tuyến đạt 21,6% (4.410/20.417 hồ sơ).",
     [("dossiers_received", 20417.0, None), ("dossiers_online_pct", 21.6, None), ("dossiers_online", 4410.0, 20417.0)]),
    # a level out of procedures: the base is all procedures, as its noun says, not all services
    ("Năm 2017, 205/1.460 thủ tục của tỉnh đã đạt mức độ 4.",
     [("services_level4", 205.0, 1460.0), ("procedures_total", 1460.0, None)]),
    # (… one figure with the procedures the article states in full)
    ("Tỉnh đã công bố 1.460 thủ tục hành chính. Trong đó, 205/1.460 thủ tục đạt mức độ 4.",
     [("procedures_total", 1460.0, None), ("services_level4", 205.0, 1460.0)]),
    ("Sở Công Thương có 12/96 thủ tục ở mức độ 4 (12,5%).",
     [("services_level4", 12.0, 96.0), ("procedures_total", 96.0, None), ("services_level4_pct", 12.5, None)]),
    # … and out of services when its noun names them
    ("Huyện có 40/210 dịch vụ công trực tuyến ở mức độ 4.",
     [("services_level4", 40.0, 210.0), ("services_total", 210.0, None)]),
    # a fraction of no part (a rank) has no whole of its own
    ("Năm 2023 tỉnh xếp thứ 37/63 về ICT Index.", [("ict_index_rank", 37.0, 63.0)]),
])
def test_the_base_of_a_fraction_of_a_part_is_its_whole(text, expected):
    assert facts(text, ("metric", "value", "denominator")) == expected


@pytest.mark.parametrize("text", [
    "Ví dụ (giả định): một huyện có 250 người được cấp hộp thư, trong đó 200 người đăng nhập hằng tuần thì tỷ lệ là 80%.",
    "Giả sử xã A tiếp nhận 300 hồ sơ, trong đó 120 hồ sơ trực tuyến, tỷ lệ sẽ là 40%.",
])
def test_a_sentence_marked_hypothetical_states_no_figures(text):
    assert facts(text) == []


@pytest.mark.parametrize("text,expected", [
    # the same period a year before, named without its year, is dated a year before the figure's own period
    ("Chín tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 77,7%, trong khi tỷ lệ này của cùng kỳ năm trước chỉ là 51,4%.",
     [(77.7, 2024), (51.4, 2023)]),
    ("Sáu tháng năm 2023, tỷ lệ giải quyết đúng hạn đạt 99,4%, nhích lên so với mức 98,9% của cùng kỳ.",
     [(99.4, 2023), (98.9, 2022)]),
    # "cùng kỳ" alone before a number is the same period elsewhere; with its year it is that year
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 70%; tỷ lệ cùng kỳ của tỉnh bạn là 72%.", [(70.0, 2024), (72.0, 2024)]),
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70%, cùng kỳ năm 2022 là 41%.", [(70.0, 2024), (41.0, 2022)]),
])
def test_the_same_period_a_year_before_named_without_its_year(text, expected):
    assert facts(text, ("value", "year")) == expected


def test_entries_of_a_table_of_contents_opened_by_a_time_mark_head_no_section():
    # a podcast's chapters: "(22:30) Mục tiêu …" names a plan, but the text under the list reports results
    text = ("Podcast Chuyển đổi số – Tập 3\n\nTrong tập này:\n(01:10) Con số chín tháng\n(20:30) Mục tiêu đến cuối năm\n\n"
            "Chín tháng năm 2023, tỉnh tiếp nhận 90.400 hồ sơ, trong đó 41.200 hồ sơ nộp trực tuyến.")
    assert facts(text, ("value", "status")) == [(90400.0, "actual"), (41200.0, "actual")]
    # a heading that names a plan still frames its section
    planned = "Báo cáo\n\nMục tiêu đến cuối năm\n\nTỉnh tiếp nhận 90.400 hồ sơ trực tuyến."
    assert facts(planned, ("value", "status")) == [(90400.0, "target")]


@pytest.mark.parametrize("text,expected", [
    # "tỷ lệ này" opening a paragraph points back to the rate the paragraph before stated last
    ("Năm 2023, tỉnh tiếp nhận 90.000 hồ sơ, trong đó 45.000 hồ sơ nộp trực tuyến, đạt 50%.\n\n"
     "Cùng kỳ năm 2022, tỷ lệ này mới đạt 31,2%.",
     [("dossiers_received", 90000.0), ("dossiers_online", 45000.0), ("dossiers_online_pct", 50.0),
      ("dossiers_online_pct", 31.2)]),
    ("Tỷ lệ giải quyết đúng hạn năm 2024 đạt 99,1%.\n\nỞ cấp xã, tỷ lệ này chỉ 96,4%.",
     [("dossiers_ontime_pct", 99.1), ("dossiers_ontime_pct", 96.4)]),
])
def test_a_pointing_rate_opening_a_paragraph_points_to_the_one_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan's year said after the results of a paragraph dates the plan only
    ("Sáu tháng, tỉnh tiếp nhận 84.000 hồ sơ. Kế hoạch năm 2024 của tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến trên 50%.",
     [(84000.0, 2023), (50.0, 2024)]),
    ("Tỉnh tiếp nhận 84.000 hồ sơ, trong đó 40.000 hồ sơ trực tuyến. Kế hoạch năm 2024 đặt mục tiêu tỷ lệ hồ sơ trực "
     "tuyến trên 50%.", [(84000.0, 2023), (40000.0, 2023), (50.0, 2024)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 41%. Mục tiêu năm 2025 là 60%.", [(41.0, 2023), (60.0, 2025)]),
    # a plan pointing back to the figures before it dates them ("Các chỉ tiêu này … cuối năm 2024")
    ("Sở sẽ cung cấp 300 dịch vụ mức độ 3. Các chỉ tiêu này dự kiến hoàn thành vào cuối năm 2024.", [(300.0, 2024)]),
])
def test_a_plan_s_year_after_results_dates_the_plan_only(text, expected):
    df = extract_text(text, meta={"published": "2023-07-10"})
    assert list(zip(df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's bare rate after an on-time rate, far below any on-time rate: the online rate the article stated
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 38,3%. Tỷ lệ đúng hạn đạt 97,6%. Riêng xã Đất Mũi chỉ đạt 21,5%.",
     [("dossiers_online_pct", 38.3), ("dossiers_ontime_pct", 97.6), ("dossiers_online_pct", 21.5)]),
    ("Hồ sơ nộp trực tuyến đạt 52%.\nTỷ lệ giải quyết đúng hạn đạt 98,1%.\n- Để so sánh, tỉnh Bình Dương cùng kỳ đạt 41,5%.",
     [("dossiers_online_pct", 52.0), ("dossiers_ontime_pct", 98.1), ("dossiers_online_pct", 41.5)]),
    # ... and the units compared with it in its sentence share that rate
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 68,99%. Tỷ lệ giải quyết đúng hạn đạt 99,21%.\n"
     "Nội thành dẫn đầu, điển hình là quận Cầu Giấy (84,6%), trong khi huyện Ba Vì chỉ đạt 41,2%.",
     [("dossiers_online_pct", 68.99), ("dossiers_ontime_pct", 99.21), ("dossiers_online_pct", 84.6),
      ("dossiers_online_pct", 41.2)]),
    # ... a guessed on-time rate that is plausible stays one
    ("Tỷ lệ hồ sơ trực tuyến đạt 52%, tỷ lệ giải quyết đúng hạn 98,1%; cấp xã đạt 96,4%.",
     [("dossiers_online_pct", 52.0), ("dossiers_ontime_pct", 98.1), ("dossiers_ontime_pct", 96.4)]),
    # ... or, with no online rate stated, the online dossiers counted
    ("Năm 2023, tỉnh nhận 90.000 hồ sơ, đúng hạn đạt 98,2%. Số hồ sơ gửi qua mạng là 40.100.\nChênh lệch giữa các "
     "huyện còn lớn. Huyện A mới đạt 24,5%, trong khi thành phố B đạt 66,1%.",
     [("dossiers_received", 90000.0), ("dossiers_ontime_pct", 98.2), ("dossiers_online", 40100.0),
      ("dossiers_online_pct", 24.5), ("dossiers_online_pct", 66.1)]),
    # ... and with no online rate stated, there is nothing better to read it as
    ("Tỷ lệ giải quyết đúng hạn của tỉnh đạt 98,1%; riêng xã A mới đạt 61%.",
     [("dossiers_ontime_pct", 98.1), ("dossiers_ontime_pct", 61.0)]),
])
def test_a_guessed_rate_below_what_its_metric_ever_reaches_is_the_online_rate(text, expected):
    """A percentage whose metric was only guessed from the figures before it, far below any on-time rate
    (metrics.yml usual_floor), is the article's online rate."""
    assert list(zip(extract_text(text, "t")["metric"], extract_text(text, "t")["value"])) == expected


@pytest.mark.parametrize("agents", ["người dân, doanh nghiệp", "tổ chức, cá nhân", "cơ quan, đơn vị"])
def test_a_comma_between_paired_nouns_cuts_no_clause(agents):
    """"hồ sơ được người dân, doanh nghiệp nộp trực tuyến": the words after that comma are still the number's."""
    text = f"Năm 2023 có 14.830 hồ sơ được {agents} nộp trực tuyến trong tổng số 35.672 hồ sơ tiếp nhận."
    assert list(zip(extract_text(text, "t")["metric"], extract_text(text, "t")["value"])) == [
        ("dossiers_online", 14830), ("dossiers_received", 35672)]


@pytest.mark.parametrize("leader", ["........", "……", ". . . .", "______"])
def test_a_statistics_page_of_dotted_leaders_reads_each_label_and_value(leader):
    """"Hồ sơ tiếp nhận ........ 162.384": a label joined to its value by a run of dots, one per line."""
    text = (f"Thống kê tháng 10/2025\nHồ sơ tiếp nhận trong tháng {leader} 16.238\nHồ sơ nộp trực tuyến {leader} 12.401\n"
            f"Tỷ lệ hồ sơ nộp trực tuyến {leader} 76,37%\nHồ sơ đã giải quyết {leader} 15.590\n")
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == [("dossiers_received", 16238), ("dossiers_online", 12401),
                                                    ("dossiers_online_pct", 76.37), ("dossiers_resolved", 15590)]


@pytest.mark.parametrize("text,expected", [
    ("• Quảng Ngãi: 1.023/1.975 thủ tục, tức 51,8%", [("procedures_total", 1975)]),
    ("Toàn tỉnh có 212/1.820 thủ tục hành chính chưa phát sinh hồ sơ.", [("procedures_total", 1820)]),
    # a part named in its own words keeps x and reads y as its whole
    ("Số lượng hồ sơ được giải quyết là 1.456/1.625.", [("dossiers_resolved", 1456)]),
    ("Có 46/638 hồ sơ được nộp trực tuyến.", [("dossiers_online", 46), ("dossiers_received", 638)]),
    # a predicate that makes the noun another whole names x: online services out of the procedures
    ("Năm 2017, Sở Tư pháp có 120/135 thủ tục được cung cấp trực tuyến.", [("services_total", 120)]),
    ("Huyện đã đưa 88/142 thủ tục hành chính lên cung cấp trực tuyến.", [("services_total", 88)]),
])
def test_x_out_of_y_of_a_wholes_bare_noun_states_the_whole(text, expected):
    """"1.023/1.975 thủ tục": y is the procedures, x a part the words do not name (no second total)."""
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # units ranked by a part out of a whole, the later ones naming the bare noun: read as the first
    ("Năm 2017, dẫn đầu là Sở A có 120/135 thủ tục được cung cấp trực tuyến. Tiếp theo là Sở B có 98/112 thủ tục, Sở C "
     "87/118 thủ tục.", [("services_total", 120), ("services_total", 98), ("services_total", 87)]),
    ("Năm 2020, huyện A có 1.204/2.310 hồ sơ nộp trực tuyến. Tiếp đến là huyện B với 655/1.980 hồ sơ.",
     [("dossiers_online", 1204), ("dossiers_received", 2310), ("dossiers_online", 655), ("dossiers_received", 1980)]),
    # no ranking: a bare noun's fraction states the whole
    ("Năm 2017, Sở A có 120/135 thủ tục được cung cấp trực tuyến. Sở B hiện có 98/112 thủ tục.",
     [("services_total", 120), ("procedures_total", 112)]),
])
def test_a_ranking_s_fractions_of_a_bare_noun_count_what_the_first_counted(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("heading", ["II. DỊCH VỤ NHIỀU HƠN, GỌN HƠN", "Gần dân hơn", "CHƯA ĐẾN"])
def test_a_heading_s_last_word_qualifies_no_callout_under_it(heading):
    # "hơn" / "đến" ending the heading line is no "more than" / "up to" of the number on the next line
    text = f"{heading}\n2.046\nthủ tục hành chính đã được công bố trên Cổng dịch vụ công của tỉnh đến cuối năm 2023."
    assert facts(text, ("metric", "value", "qualifier")) == [("procedures_total", 2046, "exact")]


@pytest.mark.parametrize("note", ["(Nguồn: Sở Nội vụ; cột cuối là Thực hiện chia Kế hoạch)",
                                  "(Ảnh: lễ ký kế hoạch chuyển đổi số năm 2025)"])
def test_a_note_in_parentheses_is_no_heading_for_the_paragraph_under_it(note):
    # a plan word inside a source note or a photo caption plans nothing of the paragraph after it
    text = f"Kết quả quý III/2025.\n{note}\nTrong quý III/2025, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 71,4%."
    assert facts(text, ("metric", "value", "status"), meta={"published": "2025-10-20"}) == \
        [("dossiers_online_pct", 71.4, "actual")]


@pytest.mark.parametrize("bullet", ["-", "–", "•", "+", "*"])
@pytest.mark.parametrize("line, expected", [
    ("Hồ sơ được giải quyết đúng hạn trong tháng chiếm 98,7%, nhích nhẹ so với tháng trước.", ("dossiers_ontime_pct", 98.7)),
    ("Văn bản đi giữa các cơ quan được gửi dưới dạng điện tử đạt 97,3%.", ("edocs_pct", 97.3)),
    ("Hồ sơ nộp trực tuyến chiếm 61,2% tổng số hồ sơ.", ("dossiers_online_pct", 61.2)),
])
def test_a_list_bullet_does_not_hide_the_subject_before_the_number(bullet, line, expected):
    text = f"Tin tháng 7/2023:\n{bullet} {line}"
    assert facts(text, ("metric", "value")) == [expected]


def test_a_statistics_page_s_pairs_on_one_line_each_take_their_own_label():
    text = ("THỐNG KÊ 6 THÁNG ĐẦU NĂM 2024\nTổng hồ sơ tiếp nhận trong kỳ: 52.140     Hồ sơ nộp trực tuyến: 30.115\n"
            "Tổng số thủ tục hành chính công bố: 1.702     Tổng số dịch vụ công trực tuyến: 1.488\n")
    assert facts(text, ("metric", "value")) == [("dossiers_received", 52140), ("dossiers_online", 30115),
                                                ("procedures_total", 1702), ("services_total", 1488)]


@pytest.mark.parametrize("answer, expected", [
    ("Con số 33.418 hồ sơ tương ứng tỷ lệ 56,0%, thấp hơn cấp tỉnh.", ("dossiers_online_pct", 56.0)),
    ("Số liệu 33.418 hồ sơ ấy tương đương 56,0%.", ("dossiers_online_pct", 56.0)),
])
def test_a_count_named_as_a_figure_is_the_figure_said_before(answer, expected):
    # the question gave "số nộp trực tuyến chỉ 33.418 hồ sơ"; the answer names the same count as a figure and its share
    text = ("Đại biểu: Năm 2023 cấp xã tiếp nhận 59.720 hồ sơ, nhưng số nộp trực tuyến chỉ 33.418 hồ sơ.\n"
            f"Giám đốc Sở: {answer}")
    rows = facts(text, ("metric", "value"))
    assert expected in rows and rows.count(("dossiers_online", 33418)) == 1


def test_markdown_bold_labels_read_as_plain_labels():
    text = ("Kết quả quý III/2025:\n- **Hồ sơ tiếp nhận:** 318.450 hồ sơ.\n- **Hồ sơ trực tuyến:** 205.112 hồ sơ, tương đương 64,41%.\n"
            "- **Dịch vụ công trực tuyến:** 2.034 dịch vụ, trong đó 1.218 dịch vụ toàn trình.\n")
    rows = facts(text, ("metric", "value"))
    assert rows == [("dossiers_received", 318450), ("dossiers_online", 205112), ("dossiers_online_pct", 64.41),
                    ("services_total", 2034), ("services_full_process", 1218)]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024, tỉnh đặt mục tiêu hồ sơ trực tuyến đạt trên 65%.", ("dossiers_online_pct", 65, "target")),
    ("Phấn đấu văn bản điện tử đạt trên 90% vào cuối năm 2025.", ("edocs_pct", 90, "target")),
    ("Đáp: Phấn đấu hồ sơ giải quyết đúng hạn đạt 99%.", ("dossiers_ontime_pct", 99, "target")),
])
def test_the_noun_after_a_plan_s_words_is_the_subject_of_its_share(text, expected):
    assert facts(text, ("metric", "value", "status")) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 70,2%. Năm 2023 tỷ lệ này đã ở mức cao (Báo cáo số 19/BC-UBND ngày "
     "15/1/2024: 61,45%).", [("dossiers_online_pct", 70.2, 2024), ("dossiers_online_pct", 61.45, 2023)]),
    ("Năm 2023, tỷ lệ văn bản điện tử giữa các cơ quan gần như tuyệt đối (theo Công văn số 86/STTTT: 99,2%).",
     [("edocs_pct", 99.2, 2023)]),
])
def test_a_parenthesis_citing_its_source_states_the_value_of_the_clause_it_closes(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a parenthesis holding only a year dates the name or the count right before it
    ("Ở lần công bố cuối của Chỉ số PAR Index (năm 2021), tỉnh đứng thứ 14/63.", [(14, 2021)]),
    ("Theo ICT Index (năm 2019), tỉnh xếp hạng 22/63; Chỉ số DTI năm 2022 xếp thứ 9/63.", [(22, 2019), (9, 2022)]),
    ("Hệ thống thư công vụ có 7.340 tài khoản (năm 2022), phục vụ các sở, ngành.", [(7340, 2022)]),
    ("Tỉnh cung cấp 1.620 dịch vụ công trực tuyến (cuối năm 2023).", [(1620, 2023)]),
])
def test_a_parenthesis_holding_only_a_year_dates_what_stands_before_it(text, expected):
    assert _years(text, {"published": "2025-04-10"}) == expected


def test_a_parenthesis_saying_more_than_its_year_dates_nothing_outside_it():
    text = "Trong năm 2024 (so với năm 2023 tăng mạnh), tỉnh tiếp nhận 52.000 hồ sơ."
    assert _years(text, {"published": "2025-04-10"}) == [(52000, 2024)]


@pytest.mark.parametrize("text", [
    # a later sentence's year (a plan's, a ranking's) dates that sentence, not the figures said before it
    "Hệ thống thư công vụ có 5.100 tài khoản; 97,5% văn bản được gửi dưới dạng điện tử. “Năm 2025, tỉnh phấn đấu "
    "đưa 100% văn bản lên môi trường mạng”, ông nói.",
    "Cùng kỳ, tỷ lệ hồ sơ trực tuyến của tỉnh mới đạt 41,7%; nhiều thôn chưa có sóng. Năm 2023, tỉnh xếp thứ 55/63 về "
    "Chỉ số DTI.",
])
def test_a_later_sentence_s_year_does_not_date_the_figures_before_it(text):
    years = {v: y for v, y in _years(text, {"published": "2024-06-20"})}
    assert all(y == 2024 for v, y in years.items() if v not in (55, 100)), years


@pytest.mark.parametrize("text,expected", [
    # an aside right after a figure naming the same period, with no year: the figure a year before
    ("Năm 2024, mức độ hài lòng đạt 95,2% (cùng kỳ: 93,1%).", [(95.2, 2024), (93.1, 2023)]),
    ("Năm 2024, tỷ lệ văn bản điện tử đạt 98,1% (cùng kỳ 96,4%).", [(98.1, 2024), (96.4, 2023)]),
    # compared with the same period, no year, its value after a copula or a colon: the figure a year before
    ("Năm 2024, tỷ lệ văn bản điện tử đạt 97,2%, so với cùng kỳ là 94,6%.", [(97.2, 2024), (94.6, 2023)]),
    ("Chín tháng năm 2024 tỷ lệ hài lòng đạt 92,5%, so với cùng kỳ: 90,1%.", [(92.5, 2024), (90.1, 2023)]),
    # … or in parentheses right after it, with or without "năm trước"
    ("Sáu tháng năm 2024, có 11.930 hồ sơ trực tuyến, gấp hơn hai lần so với cùng kỳ (5.284 hồ sơ).",
     [(11930, 2024), (5284, 2023)]),
    ("Sáu tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 12,4%, tăng so với cùng kỳ năm trước (8,1%).",
     [(12.4, 2024), (8.1, 2023)]),
    # (the same period of another place, in parentheses with no baseline word, is the same year)
    ("Sáu tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 12,4%, cao hơn mức chung của vùng cùng kỳ (10,9%).",
     [(12.4, 2024), (10.9, 2024)]),
    # a baseline's value said after its copula is of the baseline's year
    ("Chín tháng năm 2024 tiếp nhận 120.400 hồ sơ, so với cùng kỳ năm 2023 là 101.250 hồ sơ.",
     [(120400, 2024), (101250, 2023)]),
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 63%, tăng mạnh so với năm 2022 chỉ đạt 38%.", [(63, 2024), (38, 2022)]),
    # "cùng kỳ" opening a clause is the same period as the figures around it
    ("Chín tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 63%. Cùng kỳ, toàn tỉnh tiếp nhận 120.400 hồ sơ.",
     [(63, 2024), (120400, 2024)]),
])
def test_the_same_period_a_year_before_and_a_baseline_s_value(text, expected):
    assert _years(text, {"published": "2024-10-15"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the dossiers of a sample are no figures of the province; the sentences around keep theirs
    ("Năm 2024 toàn tỉnh tiếp nhận 84.000 hồ sơ. Đoàn kiểm tra chọn ngẫu nhiên 200 hồ sơ trực tuyến thì 31 hồ sơ do "
     "công chức nộp thay.", [84000.0]),
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 58%. Trong 300 hồ sơ được chọn mẫu kiểm tra, 281 hồ sơ được giải quyết "
     "đúng hạn.", [58.0]),
    # a survey's satisfaction rate is a figure, sample or not
    ("Năm 2024, khảo sát ngẫu nhiên 1.200 người dân cho thấy tỷ lệ hài lòng đạt 93,4%.", [93.4]),
    # a share of the sample is none; a rate in a sentence that only names the sampling method is
    ("Năm 2024 kiểm tra 400 hồ sơ chọn ngẫu nhiên, có 52 hồ sơ nộp thay, chiếm 13% mẫu kiểm tra.", []),
    ("Năm 2025 giữ mục tiêu tỷ lệ hồ sơ trực tuyến đạt 65%, với cùng phương pháp chọn mẫu như năm trước.", [65.0]),
])
def test_the_dossiers_of_a_sample_are_no_figures(text, expected):
    assert [v for v, _ in _years(text, {"published": "2025-01-10"})] == expected


@pytest.mark.parametrize("text,expected", [
    # whatever the sample counts, the count right after the sampling words is the sample's; the province's stay
    ("Năm 2024 hệ thống có 6.100 tài khoản thư công vụ; đoàn kiểm tra xác suất 25 hộp thư, đều có giao dịch.", [6100.0]),
    ("Tỉnh cấp 3.020 chứng thư số năm 2024. Kiểm tra chọn ngẫu nhiên 40 tài khoản thư điện tử thì 6 tài khoản bỏ trống.",
     [3020.0]),
])
def test_a_count_drawn_as_a_sample_is_no_figure_whatever_it_counts(text, expected):
    assert [v for v, _ in _years(text, {"published": "2025-01-10"})] == expected


@pytest.mark.parametrize("contents", [
    "Mục lục: 1 Lịch sử – 2 Dịch vụ công trực tuyến – 3 Xếp hạng",
    "Mục lục: 1 Tổng quan · 2 Dịch vụ công trực tuyến · 3 Thư điện tử",
    "NỘI DUNG CHÍNH: 1. Hạ tầng; 2. Dịch vụ công trực tuyến; 3. Hồ sơ trực tuyến",
])
def test_a_table_of_contents_states_no_figures(contents):
    text = f"Chính quyền điện tử tỉnh Yên Bái\n{contents}\nNăm 2024 tỉnh cung cấp 1.810 dịch vụ công trực tuyến."
    assert _years(text, {"published": "2025-01-10"}) == [(1810, 2024)]


@pytest.mark.parametrize("entry", [
    "02:10 – Năm 2024 huyện tiếp nhận 84.210 hồ sơ, 51.600 hồ sơ nộp trực tuyến.",
    "Phút 05:30: năm 2024 huyện tiếp nhận 84.210 hồ sơ, trong đó 51.600 hồ sơ trực tuyến.",
    "- Chương 2. Năm 2024, 51.600 trên 84.210 hồ sơ của huyện được nộp trực tuyến.",
])
def test_the_entries_under_a_bare_contents_heading_keep_their_figures(entry):
    text = f"Bản tin chuyển đổi số huyện Lục Yên\nMục lục:\n{entry}\n08:00 – Hỏi đáp cùng thính giả."
    assert sorted(_years(text, {"published": "2025-01-10"})) == [(51600, 2024), (84210, 2024)]


@pytest.mark.parametrize("text,expected", [
    # "the corresponding figure" at another time or place is the figure before it again
    ("Năm 2024 có 52.400 hồ sơ nộp trực tuyến, chiếm 61,2%; năm 2023 con số tương ứng chỉ là 40.100 hồ sơ, tỷ lệ 50,3%.",
     [("dossiers_online", 52400), ("dossiers_online_pct", 61.2), ("dossiers_online", 40100),
      ("dossiers_online_pct", 50.3)]),
    ("Năm 2024, tỷ lệ văn bản điện tử đạt 88,6%. Ở cấp xã, tỷ lệ tương ứng mới là 71,5%.",
     [("edocs_pct", 88.6), ("edocs_pct", 71.5)]),
    ("Năm 2024, tỷ lệ cán bộ dùng thư điện tử thường xuyên đạt 87,4%. Ở cấp xã, con số tương ứng mới là 79,5%.",
     [("email_usage_pct", 87.4), ("email_usage_pct", 79.5)]),
    # its own kind after the noun stays its own
    ("Năm 2024 có 52.400 hồ sơ nộp trực tuyến; con số tương ứng là 90.000 hồ sơ tiếp nhận.",
     [("dossiers_online", 52400), ("dossiers_received", 90000)]),
])
def test_the_corresponding_figure_is_the_one_before_it_again(text, expected):
    assert facts(text, meta={"published": "2025-01-10"}) == expected


def test_a_lead_year_in_a_contrast_clause_is_no_review_of_that_year():
    # the lead compares with the year before: the article reports on its own year
    text = ("Hồ sơ trực tuyến tăng mạnh\nChín tháng qua có 139.800 hồ sơ nộp trực tuyến, chiếm 74,9%, trong khi chín "
            "tháng năm 2023 con số tương ứng chỉ là 106.900 hồ sơ.")
    assert _years(text, {"published": "2024-10-10"}) == [(139800, 2024), (74.9, 2024), (106900, 2023)]


@pytest.mark.parametrize("text", [
    "Các chỉ tiêu năm 2024:\n1. Tỷ lệ hồ sơ trực tuyến đạt 61%.\n2. Tỷ lệ văn bản điện tử đạt 98%.",
    "Kết quả năm 2024 như sau:\n1) Tỷ lệ hồ sơ trực tuyến đạt 61%;\n2) Tỷ lệ văn bản điện tử đạt 98%.",
])
def test_a_list_s_numbering_opening_a_line_is_no_figure(text):
    assert [v for v, _ in _years(text, {"published": "2025-01-10"})] == [61, 98]


@pytest.mark.parametrize("text,expected", [
    # a sentence saying its figures were written by mistake states none; the corrected ones stand
    ("Năm 2024, do sơ suất, bài viết đã ghi nhầm số hồ sơ nộp trực tuyến là 75.200 hồ sơ. Năm 2024 tỉnh có 68.100 hồ "
     "sơ nộp trực tuyến.", [68100]),
    ("Năm 2024, tỷ lệ văn bản điện tử bị in nhầm thành 99%. Năm 2024 tỷ lệ văn bản điện tử đạt 96,5%.", [96.5]),
    # "written as" in a correction notice: the wrong figure, not the province's
    ("Trong bài, số dịch vụ mức độ 4 năm 2024 bị ghi thành 320 dịch vụ. Số đúng là 230 dịch vụ mức độ 4.", [230]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2024 đã ghi sai thành 71%. Thực tế năm 2024 tỷ lệ hồ sơ trực tuyến đạt 17%.", [17]),
])
def test_an_erratum_states_no_figure(text, expected):
    assert [v for v, _ in _years(text, {"published": "2025-01-10"})] == expected


@pytest.mark.parametrize("text", ["Năm 2024, số hồ sơ đã có kết quả trong tháng là 1.790 hồ sơ.",
                                  "Năm 2024 có 1.790 hồ sơ có kết quả giải quyết."])
def test_a_dossier_that_has_its_result_is_resolved(text):
    assert facts(text) == [("dossiers_resolved", 1790)]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn (%): 2022 là 96,1; 2023 là 97,84",
     [("dossiers_ontime_pct", 96.1, "percent"), ("dossiers_ontime_pct", 97.84, "percent")]),
    ("Tỷ lệ văn bản trao đổi dưới dạng điện tử (đơn vị: %): 88,5",
     [("edocs_pct", 88.5, "percent")]),
    ("3. Tỷ lệ hồ sơ nộp trực tuyến (%)(*): 54,02\n4. Số hồ sơ tiếp nhận (hồ sơ): 120.400",
     [("dossiers_online_pct", 54.02, "percent"), ("dossiers_received", 120400.0, "count")]),
    # … and the values its period labels give after it on its line, apart by semicolons
    ("Năm 2020, tỷ lệ hồ sơ nộp trực tuyến (%): 12,7; cùng kỳ năm 2019: 6,2; kế hoạch năm 2021: 20",
     [("dossiers_online_pct", 12.7, "percent"), ("dossiers_online_pct", 6.2, "percent"),
      ("dossiers_online_pct", 20.0, "percent")]),
])
def test_bare_values_under_a_label_naming_percent_as_its_unit_are_percentages(text, expected):
    # the unit is named once, in the label's parentheses; the values after the colon are written bare
    assert facts(text, ("metric", "value", "unit")) == expected


@pytest.mark.parametrize("caption,lines,metric", [
    ("BIỂU ĐỒ 2. Tỷ lệ văn bản điện tử giữa các cơ quan theo quý năm 2024.",
     "Thanh thứ nhất, quý I: 91,2%.\nThanh thứ hai, quý II: 93,6%.", "edocs_pct"),
    ("Hình 1: Tỷ lệ hồ sơ giải quyết đúng hạn qua các tháng năm 2024, đơn vị phần trăm.",
     "Điểm đầu tiên, tháng 1: 96,4%.\nĐiểm thứ hai, tháng 2: 97,1%.", "dossiers_ontime_pct"),
])
def test_a_charts_caption_names_the_rate_of_the_bars_described_under_it(caption, lines, metric):
    # a chart described in words for a screen reader: its caption ends with a full stop, its lines name only the bar
    text = f"Mô tả biểu đồ của tỉnh\n{caption}\nBiểu đồ cột, trục dọc là phần trăm.\n{lines}"
    assert [(m, y) for m, _, y in facts(text, ("metric", "value", "year"), {"published": "2024-09-01"})] == [
        (metric, 2024), (metric, 2024)]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2024 xã nhận 9.100 hồ sơ; trong đó 6.420 hồ sơ, tức 70,55%, được gửi qua mạng.",
     [("dossiers_received", 9100.0), ("dossiers_online", 6420.0), ("dossiers_online_pct", 70.55)]),
    ("Năm 2024 các sở đã giải quyết 30.000 hồ sơ, trong đó 29.400 hồ sơ, chiếm 98%, trả kết quả đúng hạn.",
     [("dossiers_resolved", 30000.0), ("dossiers_ontime", 29400.0), ("dossiers_ontime_pct", 98.0)]),
])
def test_the_predicate_after_a_counts_share_set_off_by_commas_is_the_counts(text, expected):
    # "N hồ sơ, tức X%, <predicate>": the share stands between the count and what the count did
    assert [(m, v) for m, v, _ in facts(text, ("metric", "value", "year"))] == expected


@pytest.mark.parametrize("opening", ["QUYẾT NGHỊ:", "Hội đồng nhân dân tỉnh quyết nghị như sau:"])
def test_a_heading_glued_under_a_line_leading_to_it_heads_the_items_after_it(opening):
    # "QUYẾT NGHỊ:\nĐiều 1. Chỉ tiêu đến năm 2026\na) …": the heading is the second of the glued lines
    text = (f"Nghị quyết về dịch vụ công trực tuyến\nNăm 2024 toàn tỉnh tiếp nhận 80.000 hồ sơ.\n{opening}\n"
            "Điều 1. Chỉ tiêu đến năm 2026\na) Tỷ lệ hồ sơ nộp trực tuyến đạt 85%.\nb) Tỷ lệ hồ sơ giải quyết đúng hạn "
            "đạt 99%.\nc) Tỷ lệ văn bản điện tử giữa các cơ quan đạt 97%.")
    assert facts(text, ("value", "status", "year"), {"published": "2024-12-10"}) == [
        (80000, "actual", 2024), (85, "target", 2026), (99, "target", 2026), (97, "target", 2026)]


def test_an_open_data_record_of_field_lines_gives_its_figures():
    # a dataset page's latest record: field names in ASCII joined by "_", "=", then the value (rates written bare)
    text = ("Cổng dữ liệu mở – Bộ dữ liệu hồ sơ thủ tục hành chính theo quý\nBản ghi mới nhất (quý II/2024):\n"
            "ky_bao_cao = II/2024\nso_ho_so_tiep_nhan = 52.400\nso_ho_so_truc_tuyen = 30.100\nty_le_truc_tuyen = 57,44\n"
            "ty_le_dung_han = 97,6")
    assert facts(text, ("metric", "value", "unit")) == [
        ("dossiers_received", 52400, "count"), ("dossiers_online", 30100, "count"),
        ("dossiers_online_pct", 57.44, "percent"), ("dossiers_ontime_pct", 97.6, "percent")]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn: 97,6", [("dossiers_ontime_pct", 97.6, "percent")]),
    ("- Tỷ lệ văn bản điện tử: 91\n- Số hồ sơ tiếp nhận: 91", [("edocs_pct", 91, "percent"),
                                                             ("dossiers_received", 91, "count")]),
])
def test_a_bare_value_after_a_rate_label_is_a_percentage(text, expected):
    assert facts(text, ("metric", "value", "unit")) == expected


@pytest.mark.parametrize("heading", ["Phần IV. Phương hướng, biện pháp năm 2025", "Mục 3: Nhiệm vụ năm 2025",
                                     "Chương II. Định hướng năm 2025"])
def test_a_plan_heading_numbered_after_a_section_word_heads_plans(heading):
    # "Phần", "Mục", "Chương" before the heading's number: the heading's own words still open with the tasks ahead
    text = (f"Báo cáo kiểm điểm năm 2024\nNăm 2024 tỷ lệ hài lòng đạt 91%.\n{heading}\n"
            "- Nâng tỷ lệ hài lòng với dịch vụ công trực tuyến lên 95%.")
    assert facts(text, ("value", "status", "year"), {"published": "2025-01-05"}) == [
        (91, "actual", 2024), (95, "target", 2025)]


@pytest.mark.parametrize("heading", ["I. TIẾN ĐỘ CÁC CHỈ TIÊU SO VỚI KẾ HOẠCH NĂM", "2. Tình hình thực hiện chỉ tiêu kế hoạch",
                                     "Kết quả thực hiện các mục tiêu"])
def test_a_heading_that_opens_with_progress_heads_results_whatever_plan_it_names(heading):
    text = (f"Báo cáo sáu tháng đầu năm 2024\n{heading}\n"
            "1. Giải quyết đúng hạn: 6 tháng đạt 97,8%, chưa bằng chỉ tiêu 98% của năm 2024.\n"
            "2. Thư điện tử công vụ: hệ thống có 9.850 tài khoản đang hoạt động.")
    # (the plan its result is set against stays a target: "chưa bằng chỉ tiêu 98%")
    assert facts(text, ("value", "status"), {"published": "2024-07-08"}) == [
        (97.8, "actual"), (98, "target"), (9850, "actual")]


@pytest.mark.parametrize("note", ["(số liệu cuối năm 2024)", "(số liệu năm 2024)", "(các số liệu tháng 12/2024)"])
def test_a_note_of_its_figures_period_in_parentheses_dates_the_figure_before_it(note):
    text = f"Năm 2025 tỉnh đẩy mạnh thư công vụ; hệ thống có 38.500 tài khoản {note}, cấp cho cán bộ các cấp."
    assert _years(text, {"published": "2025-03-01"}) == [(38500, 2024)]


@pytest.mark.parametrize("heading", ["Con số thứ hai: 97,9%", "2. 97,9%", "Điểm nhấn: 97,9%"])
def test_a_headings_bare_value_stated_below_in_words_is_that_statement(heading):
    # a listicle: the heading shows a number alone, the paragraph under it says what it is
    text = (f"Năm con số của năm 2024\nTỷ lệ hồ sơ nộp trực tuyến năm 2024 đạt 71,2%.\n{heading}\n"
            "Tỷ lệ hồ sơ được giải quyết đúng hạn năm 2024 đạt 97,9%, cao nhất từ trước tới nay.")
    assert facts(text, ("metric", "value")) == [("dossiers_online_pct", 71.2), ("dossiers_ontime_pct", 97.9)]


@pytest.mark.parametrize("text,expected", [
    # "of those" right after the noun, then a predicate: the words after it are still the figure's
    ("Tỉnh tiếp nhận 52.300 hồ sơ. 31.040 hồ sơ trong số đó được nộp trực tuyến.",
     [("dossiers_received", 52300), ("dossiers_online", 31040)]),
    ("Cổng cung cấp 1.640 dịch vụ công trực tuyến; 905 dịch vụ trong đó là toàn trình.",
     [("services_total", 1640), ("services_full_process", 905)]),
    # (… a level its predicate names, after "đạt" or "ở")
    ("Năm 2015, tỉnh có 1.694 dịch vụ công trực tuyến. 187 dịch vụ trong số đó đạt mức độ 3.",
     [("services_total", 1694), ("services_level3", 187)]),
    ("Năm 2016, huyện có 416 dịch vụ công trực tuyến, 42 dịch vụ trong đó ở mức độ 4.",
     [("services_total", 416), ("services_level4", 42)]),
    # with a comma, or before a number, it opens the parts as before
    ("Tỉnh tiếp nhận 52.300 hồ sơ, trong đó 31.040 hồ sơ được nộp trực tuyến.",
     [("dossiers_received", 52300), ("dossiers_online", 31040)]),
    # what a figure includes is not what it is: "tính cả", "kể cả" name the parts of a total
    ("Tỉnh cung cấp 1.640 dịch vụ công trực tuyến, tính cả dịch vụ một phần lẫn dịch vụ toàn trình.",
     [("services_total", 1640)]),
    ("Toàn tỉnh tiếp nhận 52.300 hồ sơ, kể cả hồ sơ nộp trực tuyến qua Cổng.", [("dossiers_received", 52300)]),
    # "of those", then any predicate with no number of its own up to its clause's end
    ("Năm 2020, Sở nhận 2.140 hồ sơ, 1.712 hồ sơ trong số đó đến qua mạng (80%).",
     [("dossiers_received", 2140), ("dossiers_online", 1712), ("dossiers_online_pct", 80)]),
    ("Năm 2020, huyện A nhận 960 hồ sơ, 412 hồ sơ trong đó gửi trực tuyến.",
     [("dossiers_received", 960), ("dossiers_online", 412)]),
    # ... a number after it opens the parts
    ("Năm 2020, Sở nhận 2.140 hồ sơ trong đó 1.712 hồ sơ qua mạng.",
     [("dossiers_received", 2140), ("dossiers_online", 1712)]),
])
def test_of_those_and_inclusions_after_a_count_s_noun(text, expected):
    assert [(m, v) for m, v in facts(text, ("metric", "value"))] == expected


@pytest.mark.parametrize("text,expected", [
    # an aside that denies names what the figure is not
    ("Tổng số hồ sơ tiếp nhận trong tháng: 12.846 hồ sơ (không có hồ sơ tồn từ tháng trước chuyển sang).",
     [("dossiers_received", 12846)]),
    ("Trong quý, tỉnh tiếp nhận 9.310 hồ sơ (chưa tính hồ sơ trực tuyến của các xã).", [("dossiers_received", 9310)]),
    ("Sở đã giải quyết 4.120 hồ sơ (không phát sinh hồ sơ quá hạn).", [("dossiers_resolved", 4120)]),
    # an aside that names the figure's own kind still does
    ("Trong quý, tỉnh tiếp nhận 9.310 hồ sơ (trực tuyến).", [("dossiers_online", 9310)]),
])
def test_an_aside_that_denies_is_none_of_the_figure_s_words(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("line", [
    "Sở Tư pháp – đã tiếp nhận 21.406 hồ sơ – trực tuyến 93,15%",
    "Sở Tư pháp — đã tiếp nhận 21.406 hồ sơ — trực tuyến 93,15%",
    "Sở Tư pháp: đã tiếp nhận 21.406 hồ sơ, trực tuyến 93,15%",
])
def test_a_spaced_dash_ends_a_count_s_phrase_like_a_comma(line):
    # the words after the dash label the next number, not the count before it
    assert facts(f"Kết quả theo đơn vị:\n{line}", ("metric", "value"))[0] == ("dossiers_received", 21406)


@pytest.mark.parametrize("text,expected", [
    # what a plan sets for a year is planned, even under "các chỉ tiêu"
    ("Các chỉ tiêu nghị quyết đặt ra cho năm 2024 gồm: 95% văn bản điện tử và tỷ lệ hồ sơ trực tuyến đạt 60%.",
     [(95, "target"), (60, "target")]),
    ("Mức đề ra cho năm 2024 là tỷ lệ hồ sơ trực tuyến đạt 60%.", [(60, "target")]),
    # "các chỉ tiêu" alone names a report's indicators: no plan
    ("Năm 2024, hầu hết các chỉ tiêu đều tăng: tỷ lệ hồ sơ trực tuyến đạt 58%.", [(58, "actual")]),
    ("Năm 2024, một số chỉ tiêu chính như sau: tỷ lệ hồ sơ trực tuyến đạt 58%.", [(58, "actual")]),
])
def test_a_plan_set_for_a_year_against_a_report_s_indicators(text, expected):
    assert facts(text, ("value", "status"), {"published": "2024-09-16"}) == expected



@pytest.mark.parametrize("text,expected", [
    # a "và" opening a dossier verb before the next number ends the count's words and opens the next figure's
    ("Thị xã Bắc Kạn nhận 7.210 hồ sơ, có 305 hồ sơ gửi qua mạng và giải quyết đúng hạn 98,6%.",
     [("dossiers_received", 7210), ("dossiers_online", 305), ("dossiers_ontime_pct", 98.6)]),
    ("Huyện Na Rì có 96 hồ sơ trực tuyến và trả kết quả trễ hạn 12 hồ sơ.",
     [("dossiers_online", 96), ("dossiers_late", 12)]),
    ("Năm 2016, phường Đức Xuân có 87 hồ sơ nộp qua mạng và giải quyết trước hạn 61,2% số hồ sơ.",
     [("dossiers_online", 87), ("dossiers_early_pct", 61.2)]),
    # … but a "và" closing a run of verbs shares their words ("nộp, tiếp nhận và giải quyết trực tuyến")
    ("Có 2.104 hồ sơ được nộp, tiếp nhận và giải quyết trực tuyến mức độ 3, chiếm 4,1%.",
     [("dossiers_online_level3", 2104), ("dossiers_online_level3_pct", 4.1)]),
    # … and a "và" joining two subjects before the verb is no second predicate
    ("Có 6.310 hồ sơ được người dân và doanh nghiệp nộp trực tuyến, đạt 41,5%.",
     [("dossiers_online", 6310), ("dossiers_online_pct", 41.5)]),
])
def test_a_second_verb_after_a_count_opens_the_next_figure_s_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second goal after "và", its verb after a word of tense or continuation: its level is not the share's
    ("Năm 2017, tỉnh phấn đấu có 6% hồ sơ được nộp qua mạng và sẽ đưa thêm 30 dịch vụ lên mức độ 4.",
     [("dossiers_online_pct", 6)]),  # (the services added are no total)
    ("Năm 2018, huyện đặt mục tiêu 12% hồ sơ gửi trực tuyến và tiếp tục nâng số thủ tục mức độ 3.",
     [("dossiers_online_pct", 12)]),
    ("Năm 2018, xã phấn đấu 20% hồ sơ nộp qua mạng, cũng sẽ hoàn thành việc cung cấp dịch vụ mức độ 3.",
     [("dossiers_online_pct", 20)]),
])
def test_a_second_goal_after_a_word_of_tense_keeps_its_words_from_the_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "và" then a new counted subject with its own predicate: its kind is not the share's
    ("Năm 2025, tỉnh đặt mục tiêu 85% hồ sơ được nộp trực tuyến và số dịch vụ toàn trình đạt 1.300.",
     [("dossiers_online_pct", 85), ("services_full_process", 1300)]),
    ("Năm 2019, huyện phấn đấu 10% hồ sơ gửi qua mạng và số thủ tục mức độ 4 tăng lên.", [("dossiers_online_pct", 10)]),
])
def test_a_new_counted_subject_after_and_keeps_its_words_from_the_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # … and after a share: a rate word, a digitising verb or a dossier verb after "và" opens the next figure's words
    ("Năm 2023, huyện phấn đấu có 60% hồ sơ trực tuyến và số hóa 40% kết quả giải quyết.",
     [("dossiers_online_pct", 60), ("dossiers_digitized_pct", 40)]),
    ("Mục tiêu năm 2024 là 50% hồ sơ có phí được thanh toán trực tuyến và tỷ lệ hồ sơ trực tuyến đạt 75%.",
     [("dossiers_paid_online_pct", 50), ("dossiers_online_pct", 75)]),
    ("Sở phấn đấu có 25% hồ sơ đất đai nộp trực tuyến và giải quyết đúng hạn trên 98%.",
     [("dossiers_online_pct", 25), ("dossiers_ontime_pct", 98)]),
    # … and so does a time of its own after "và": the next conjunct's words (a level, a software) are not the share's
    ("Huyện phấn đấu đến cuối năm 2018 có 20% hồ sơ nộp qua mạng và trong năm 2019 đưa 45 dịch vụ lên mức độ 4.",
     [("dossiers_online_pct", 20), ("services_level4", 45)]),
    ("Mục tiêu là 12% hồ sơ được gửi trực tuyến và năm 2021 lắp phần mềm một cửa điện tử cho 30/30 xã.",
     [("dossiers_online_pct", 12)]),
    ("Kế hoạch đặt ra 18% hồ sơ gửi qua mạng và trong năm 2020 tăng số dịch vụ mức độ 4 lên 90.",
     [("dossiers_online_pct", 18), ("services_level4", 90)]),
    ("Tỉnh phấn đấu 35% hồ sơ trực tuyến và đến năm 2023 có 95% văn bản điện tử.",
     [("dossiers_online_pct", 35), ("edocs_pct", 95)]),
    # … and so does an adverbial of the plan before the next verb ("theo kế hoạch", "theo lộ trình")
    ("Huyện phấn đấu đến cuối năm 2023 đạt 55% hồ sơ nộp trực tuyến và theo kế hoạch số hóa 70% kết quả giải quyết.",
     [("dossiers_online_pct", 55), ("dossiers_digitized_pct", 70)]),
    ("Sở đặt mục tiêu 40% hồ sơ gửi qua mạng và theo lộ trình số hóa 60% hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 40), ("dossiers_digitized_pct", 60)]),
])
def test_a_second_predicate_after_a_share_opens_the_next_figure_s_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a period after "và" (or "còn", "nhưng") opens the next conjunct: it dates what follows it, not the figure before
    ("Tỉnh đặt mục tiêu đến cuối năm 2016 tỷ lệ hồ sơ trực tuyến đạt 8% và trong năm 2017 nâng lên 15%.",
     [(8, 2016), (15, 2017)]),
    ("Sở phấn đấu đến hết năm 2019 có 40% hồ sơ nộp qua mạng và trong năm 2020 đưa 150 dịch vụ lên mức độ 4.",
     [(40, 2019), (150, 2020)]),
    # … but a period linked to the number alone ("của", "trong") is its own
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến là 30%; tỷ lệ này tăng lên 45% trong năm 2022.", [(30, 2021), (45, 2022)]),
    ("Tỷ lệ hồ sơ trực tuyến tăng từ 41,2% của năm 2021 lên 55,6% trong năm 2022.", [(41.2, 2021), (55.6, 2022)]),
])
def test_a_period_after_a_coordinator_is_the_next_conjunct_s(text, expected):
    assert facts(text, ("value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence opening on "tương đương"/"tương ứng" (perhaps after a lead and a figure pointer) gives the count behind
    # the share the paragraph said last
    ("Năm 2022, 31,5% hồ sơ được nộp trực tuyến. Tương đương 18.402 hồ sơ, chủ yếu là hộ tịch.",
     [("dossiers_online_pct", 31.5), ("dossiers_online", 18402)]),
    ("Năm 2022, 97,6% hồ sơ được giải quyết đúng hạn. Tính ra, con số này tương ứng với 51.230 hồ sơ.",
     [("dossiers_ontime_pct", 97.6), ("dossiers_ontime", 51230)]),
    # … but a count of another head is no count of that share
    ("Năm 2022, 31,5% hồ sơ được nộp trực tuyến. Tương đương 120 dịch vụ công đã phát sinh hồ sơ.",
     [("dossiers_online_pct", 31.5), ("services_with_dossiers", 120)]),
])
def test_a_sentence_opening_on_the_count_behind_the_share_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a comparison's period dates the value compared, not the figures after its clause, even when a number with its
    # thousands separator stands between the comparison's word and the period
    ("Năm 2016, huyện tiếp nhận 41.206 hồ sơ, tăng so với 38.950 hồ sơ của cùng kỳ năm 2015; đã giải quyết 40.904 hồ sơ.",
     [(41206, 2016), (38950, 2015), (40904, 2016)]),
    ("Năm 2021, tỷ lệ hài lòng đạt 96,4%, cao hơn so với mức 93,15% của năm 2020; tỷ lệ đúng hạn đạt 98,7%.",
     [(96.4, 2021), (93.15, 2020), (98.7, 2021)]),
])
def test_a_comparison_s_period_past_a_separated_number_dates_only_the_value_compared(text, expected):
    assert facts(text, ("value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a number in an aside opened by a unit's label ("(toàn tỉnh: …)", "(bình quân huyện: …)") has that unit as scope
    ("Năm 2017 xã nhận 412 hồ sơ qua mạng (toàn huyện: 3.906 hồ sơ), đạt 6,1% (toàn huyện: 4,4%).",
     [(412.0, None), (3906.0, "toàn huyện"), (6.1, None), (4.4, "toàn huyện")]),
    ("Năm 2020 tỷ lệ đúng hạn của phường là 99,4% (bình quân thành phố: 98,1%).",
     [(99.4, None), (98.1, "bình quân thành phố")]),
])
def test_a_unit_labelled_aside_is_its_number_s_scope(text, expected):
    df = extract_text(text, "t", {})
    assert [(v, None if pd.isna(sc) else sc) for v, sc in zip(df["value"], df["scope"])] == expected


@pytest.mark.parametrize("text,expected", [
    # "năm nay" (this year) after the figure in its clause dates it, as a year written there would
    ("Năm 2024, tỉnh nâng cấp cổng. Sở phấn đấu trên 30% hồ sơ được nộp qua mạng ngay trong năm nay.", [(30, 2023)]),
    ("Kế hoạch năm 2025 đã ban hành. Huyện phấn đấu cung cấp 90 dịch vụ công trực tuyến trong năm nay.", [(90, 2023)]),
    # the time of writing said in other words after the figure still dates nothing ("hiện" opens the next clause)
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 12%, hiện tỉnh đang nâng cấp cổng.", [(12, 2021)]),
])
def test_this_year_after_a_figure_in_its_clause_dates_it(text, expected):
    assert _years(text, {"published": "2023-05-02"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause joined after a count that opens by denying names another noun: its words are not the count's
    ("Năm 2016, xã Hải Lâm nhận 143 hồ sơ và không có hồ sơ nào nộp qua mạng.", [("dossiers_received", 143.0)]),
    ("Năm 2016, phường A tiếp nhận 2.310 hồ sơ nhưng chưa có hồ sơ nào nộp trực tuyến.", [("dossiers_received", 2310.0)]),
    ("Năm 2016, xã có 143 hồ sơ mà không có hồ sơ nào nộp qua mạng.", []),
    # the count's own words before the joiner still count
    ("Năm 2016, xã tiếp nhận 143 hồ sơ trực tuyến và không có hồ sơ nào trễ hạn.", [("dossiers_online", 143.0)]),
])
def test_a_denied_clause_after_a_count_lends_it_no_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a quantity in words, its count alone in parentheses, then the predicate both share
    ("Năm 2018, thị xã nhận 8.400 hồ sơ, quá nửa (4.350 hồ sơ) gửi qua mạng.",
     [("dossiers_received", 8400.0), ("dossiers_online", 4350.0)]),
    ("Năm 2022, Sở nhận 960 hồ sơ, đa số các hồ sơ này (812 hồ sơ) được giải quyết trước hạn.",
     [("dossiers_received", 960.0), ("dossiers_early", 812.0)]),
    ("Trong năm 2019, xã tiếp nhận 2.700 hồ sơ; khoảng hai phần ba (1.815 hồ sơ) nộp trực tuyến.",
     [("dossiers_received", 2700.0), ("dossiers_online", 1815.0)]),
    # a named unit before the parenthesis is no quantity: the count keeps its own words
    ("Năm 2019, huyện Kim Bảng (1.230 hồ sơ) nộp trực tuyến nhiều nhất.", []),
    # the parenthesis holding more than the count is no restatement
    ("Năm 2018, quá nửa số xã (12 xã, 340 hồ sơ) đã gửi hồ sơ qua mạng.", []),
])
def test_a_count_restating_a_quantity_in_words_takes_the_predicate_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share in words, its exact value alone in parentheses: the value stands where the words are, exact
    ("Năm 2022, gần như tất cả hồ sơ được giải quyết đúng hạn (98,7%).", [("dossiers_ontime_pct", 98.7, "exact")]),
    ("Năm 2021, khoảng ba phần tư cán bộ, công chức (74,2%) đã dùng hộp thư công vụ hằng ngày.",
     [("email_usage_pct", 74.2, "exact")]),
    ("Khảo sát năm 2023 cho thấy gần chín phần mười người được hỏi (88,4%) hài lòng với cách phục vụ.",
     [("satisfaction_pct", 88.4, "exact")]),
    ("Năm 2023, toàn bộ cán bộ cấp xã (100%) đã được cấp hộp thư công vụ.", [("email_issued_pct", 100.0, "exact")]),
    # … of a base after it, not the rate
    ("Năm 2022, qua Cổng Dịch vụ công quốc gia, tỉnh nhận 6.400 hồ sơ, hơn một phần tư (27,8%) số hồ sơ trực tuyến.",
     [("dossiers_online", 6400.0, "exact")]),
    # closing its clause after a count, it is that count's share (the fraction's denominator may be two words)
    ("Năm 2019, huyện nhận 4.000 hồ sơ, trong đó 1.300 hồ sơ trực tuyến, chưa bằng một phần ba (32,5%).",
     [("dossiers_received", 4000.0, "exact"), ("dossiers_online", 1300.0, "exact"),
      ("dossiers_online_pct", 32.5, "exact")]),
    ("Năm 2019, xã có 90 hồ sơ trực tuyến trên tổng số 1.200 hồ sơ, chỉ nhỉnh hơn một phần mười lăm (7,5%).",
     [("dossiers_online", 90.0, "exact"), ("dossiers_received", 1200.0, "exact"),
      ("dossiers_online_pct", 7.5, "exact")]),
])
def test_a_share_restating_a_quantity_in_words_stands_where_the_words_are(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence setting a part of the count apart keeps its rate to itself: the bare rate of a unit after it is
    # the paragraph's own rate
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 24,6%. Riêng hồ sơ trực tuyến mức độ 4 chiếm 8,1% tổng số hồ sơ. "
     "Huyện Kỳ Sơn cao nhất với 40,2%.", [("dossiers_online_pct", 24.6), ("dossiers_online_level4_pct", 8.1), ("dossiers_online_pct", 40.2)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 24,6%. Riêng các hồ sơ trực tuyến mức độ 3 đạt 15,3%. Thị xã "
     "Thái Hòa đạt 33,5%, cao nhất.",
     [("dossiers_online_pct", 24.6), ("dossiers_online_level3_pct", 15.3), ("dossiers_online_pct", 33.5)]),
    # a sentence setting a unit apart sets no part apart: the nearest rate is still the one to follow
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 24,6%. Tỷ lệ hồ sơ trực tuyến mức độ 4 là 8,1%. Huyện Kỳ Sơn cao "
     "nhất với 12,2%.",
     [("dossiers_online_pct", 24.6), ("dossiers_online_level4_pct", 8.1), ("dossiers_online_level4_pct", 12.2)]),
])
def test_a_part_set_apart_keeps_its_rate_to_its_sentence(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a measure word alone after a number, its clause naming no noun, stands for the noun it measured last in the
    # paragraph ("bộ hồ sơ"), else the sentence's first head noun
    ("Năm 2019, huyện tiếp nhận 24.310 bộ hồ sơ, đã trả kết quả 23.906 bộ.",
     [("dossiers_received", 24310.0), ("dossiers_resolved", 23906.0)]),
    ("Năm 2019, huyện nhận 24.310 bộ hồ sơ. Trong đó, gửi qua mạng mới có 611 bộ.",
     [("dossiers_received", 24310.0), ("dossiers_online", 611.0)]),
    ("Năm 2019, hồ sơ của huyện tăng mạnh, đã giải quyết 23.906 bộ.", [("dossiers_resolved", 23906.0)]),
    # its clause naming the noun, that noun is its subject
    ("Năm 2019, hồ sơ gửi qua mạng là 968 bộ.", [("dossiers_online", 968.0)]),
])
def test_a_measure_word_alone_stands_for_the_noun_it_measured(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the words of a figure start past a comma and a contrast turning to another subject: the clause before is
    # another figure's
    ("Năm 2018, tỉnh đã cung cấp 310 dịch vụ mức độ 3, nhưng hồ sơ nộp qua mạng mới chiếm 2,4% tổng số hồ sơ.",
     [("services_level3", 310.0), ("dossiers_online_pct", 2.4)]),
    ("Năm 2018, 90% cán bộ đã có hộp thư công vụ, song số người dùng thường xuyên chỉ khoảng 35%.",
     [("email_issued_pct", 90.0), ("email_usage_pct", 35.0)]),
    ("Năm 2018, 58% thủ tục đã làm được trực tuyến, trong khi hồ sơ gửi qua mạng chỉ chiếm 9% tổng số hồ sơ.",
     [("dossiers_online_pct", 9.0)]),
])
def test_a_contrast_turning_to_another_subject_opens_the_figure_s_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate opening its sentence after a whole and its two parts, their values adding up to it, is the whole's share
    ("Năm 2019, huyện nhận 20.400 hồ sơ. Hồ sơ nộp qua mạng là 3.060 hồ sơ, gồm 2.510 hồ sơ mức độ 3 và 550 hồ sơ mức "
     "độ 4. Tỷ lệ là 15%.",
     [("dossiers_received", 20400.0), ("dossiers_online", 3060.0), ("dossiers_online_level3", 2510.0),
      ("dossiers_online_level4", 550.0), ("dossiers_online_pct", 15.0)]),
    # (the parts not adding up to it: the rate of the last part, as before)
    ("Năm 2019, huyện nhận 20.400 hồ sơ. Hồ sơ nộp qua mạng là 3.060 hồ sơ, trong đó 2.510 hồ sơ mức độ 3 và 204 hồ sơ "
     "mức độ 4. Tỷ lệ là 1%.",
     [("dossiers_received", 20400.0), ("dossiers_online", 3060.0), ("dossiers_online_level3", 2510.0),
      ("dossiers_online_level4", 204.0), ("dossiers_online_level4_pct", 1.0)]),
    # a word saying the rate is the exact one stands between the rate word and its copula
    ("Năm 2019, huyện nhận 20.400 hồ sơ, có 3.060 hồ sơ nộp qua mạng. Tỷ lệ chính xác là 15%.",
     [("dossiers_received", 20400.0), ("dossiers_online", 3060.0), ("dossiers_online_pct", 15.0)]),
])
def test_a_rate_after_a_whole_and_its_parts_is_the_whole_s_share(text, expected):
    assert facts(text) == expected


def test_a_reference_to_a_numbered_note_is_no_figure():
    """Markers "(1)", "(2)" after figures point to notes laid out one per line at the article's end."""
    text = ("Đà Nẵng, ngày 5/7/2018.\n"
            "Thành phố cung cấp 1.204 dịch vụ công trực tuyến, trong đó 96 dịch vụ mức độ 4 (1).\n"
            "Số hồ sơ gửi qua mạng là 18.230, đạt 6% (2); tỷ lệ đúng hạn đạt 98,1% (2).\n"
            "(1) Báo cáo của UBND thành phố về ứng dụng công nghệ thông tin.\n"
            "(2) Số liệu của Văn phòng UBND thành phố.\n")
    assert facts_of(text) == [("services_total", 1204), ("services_level4", 96), ("dossiers_online", 18230),
                              ("dossiers_online_pct", 6), ("dossiers_ontime_pct", 98.1)]
    # with no such notes, a number alone in parentheses after a spelled one is still read where it counts
    assert ("services_level4", 2) in facts_of("Đà Nẵng, ngày 5/7/2018.\nThành phố có hai (2) dịch vụ mức độ 4.\n")


def facts_of(text: str) -> list[tuple[str, float]]:
    return [(r.metric, r.value) for r in extract_text(text).itertuples()]


@pytest.mark.parametrize("text,expected", [
    # a contrast with no comma before the next count of its clause: the predicate after the turn is the next count's
    ("Năm 2022, cấp xã tiếp nhận 187.300 hồ sơ nhưng mới số hóa 29.500 hồ sơ.",
     [("dossiers_received", 187300), ("dossiers_digitized", 29500)]),
    ("Năm 2023, huyện tiếp nhận 41.200 hồ sơ song chỉ 9.050 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 41200), ("dossiers_online", 9050)]),
    ("Năm 2021, tỉnh có 1.690 thủ tục hành chính nhưng mới cung cấp 420 dịch vụ công trực tuyến.",
     [("procedures_total", 1690), ("services_total", 420)]),
])
def test_a_contrast_without_a_comma_hands_its_predicate_to_the_next_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share said in words with its exact value in parentheses reads as the value said in the words' place; its
    # predicate runs past a comma between paired nouns
    ("Năm 2018, ba phần tư (75,3%) cán bộ, công chức đã được cấp hộp thư.", [("email_issued_pct", 75.3)]),
    ("Năm 2019, gần hai phần ba (64,8%) văn bản trao đổi giữa các cơ quan được gửi dưới dạng điện tử.",
     [("edocs_pct", 64.8)]),
    # offices are agencies covered by a network
    ("Năm 2018, ở cấp xã, chưa đến một phần ba (32,6%) trụ sở có mạng nội bộ.", [("lan_pct", 32.6)]),
    ("Năm 2013, 96% trụ sở xã được kết nối Internet băng thông rộng.", [("internet_pct", 96.0)]),
])
def test_a_share_in_words_restated_exactly_in_parentheses(text, expected):
    assert facts(text, ("metric", "value")) == expected


_AHEAD = "Năm mới, người dân sẽ thấy gì khác khi đi làm thủ tục?\nTIN NHỮNG ĐIỀU ĐÁNG CHỜ ĐỢI TRONG NĂM TỚI\n"


@pytest.mark.parametrize("text,expected", [
    # under a heading about the year ahead, a line's own window of results so far, or the present, reports what was done
    (f"{_AHEAD}Hồ sơ qua mạng sẽ nhiều hơn. Mười tháng năm 2020, tỉnh tiếp nhận 91.300 hồ sơ.", [(91300, "actual")]),
    (f"{_AHEAD}Thư công vụ sẽ thay giấy mời. 11 tháng qua, tỷ lệ văn bản điện tử đạt 71,4%.", [(71.4, "actual")]),
    # … while its own plan words still plan, and a quarter may be a plan's deadline
    (f"{_AHEAD}Hồ sơ qua mạng sẽ nhiều hơn. Mười tháng năm 2020, tỉnh phấn đấu tiếp nhận 91.300 hồ sơ.",
     [(91300, "target")]),
    (f"{_AHEAD}Hồ sơ qua mạng sẽ nhiều hơn. Trong quý I/2021, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 40%.",
     [(40, "target")]),
])
def test_a_report_window_under_a_heading_about_the_year_ahead_is_a_result(text, expected):
    df = extract_text(text, "t", meta={"published": "2020-12-20"})
    assert list(zip(df["value"], df["status"])) == expected


@pytest.mark.parametrize("text,expected", [
    # the same period of last year opening its clause dates the figure the year before, a comma after it or not
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%; cùng kỳ năm ngoái, tỷ lệ này là 93,4%.", [(96.8, 2015), (93.4, 2014)]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%. Cùng kỳ năm trước, tỷ lệ này là 93,4%.", [(96.8, 2015), (93.4, 2014)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 12,3%. Cùng kỳ năm ngoái tỷ lệ này chỉ là 7,1%.", [(12.3, 2015), (7.1, 2014)]),
    # … not after a comparison, whose next clause is this year's
    ("Số hồ sơ nộp trực tuyến đạt 18.702, tăng gấp đôi so với cùng kỳ năm trước, chiếm 14,86% tổng số hồ sơ.",
     [(18702.0, 2015), (14.86, 2015)]),
])
def test_the_same_period_last_year_opening_a_clause_dates_its_figure_the_year_before(text, expected):
    df = extract_text("Tiêu đề\n" + text, "t", {"published": "2015-12-16"})
    assert list(zip(df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # last year (or its same period) opening the sentence with a comma or a colon frames every figure of it
    ("Năm nay tỉnh tiếp nhận 512.000 hồ sơ. Cùng kỳ năm trước, tỉnh tiếp nhận 468.115 hồ sơ và chỉ có 301.952 hồ sơ "
     "trực tuyến, tương ứng 64,50%.", [(512000.0, 2015), (468115.0, 2014), (301952.0, 2014), (64.5, 2014)]),
    ("Cùng kỳ năm trước: tiếp nhận 1.702 hồ sơ, giải quyết 1.655 hồ sơ, tỷ lệ trả đúng hẹn 95,2%.",
     [(1702.0, 2014), (1655.0, 2014), (95.2, 2014)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 3,2%. Cả năm ngoái, tỷ lệ này chỉ là 1,12%.", [(3.2, 2015), (1.12, 2014)]),
    ("Năm ngoái, cả năm chỉ có 2.406 hồ sơ nộp qua mạng.", [(2406.0, 2014)]),
    # … up to a ";" or a contrast turning away from it, or a year named in the sentence
    ("Năm ngoái, tỉnh có 2.406 hồ sơ trực tuyến; năm nay con số này là 5.100.", [(2406.0, 2014), (5100.0, 2015)]),
    ("Cùng kỳ năm trước, tỉnh có 2.406 hồ sơ trực tuyến, trong khi năm 2015 có 5.100 hồ sơ.",
     [(2406.0, 2014), (5100.0, 2015)]),
])
def test_last_year_opening_a_sentence_frames_its_figures(text, expected):
    df = extract_text("Tiêu đề\n" + text, "t", {"published": "2015-12-16"})
    assert list(zip(df["value"], df["year"])) == expected


def test_a_result_of_a_month_already_over_under_a_heading_of_tasks_is_actual():
    text = ("Kết quả cải cách hành chính quý I\nIII. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2017\n"
            "1. Phấn đấu đến hết năm 2017 có ít nhất 60 dịch vụ đạt mức độ 4.\n"
            "2. Sở Nội vụ theo dõi sự hài lòng; khảo sát tháng 3/2017 cho thấy 90,2% người được hỏi hài lòng.\n")
    assert facts(text, ("metric", "value", "status"), meta={"published": "2017-04-12"}) == [
        ("services_level4", 60, "target"), ("satisfaction_pct", 90.2, "actual")]


@pytest.mark.parametrize("text,expected", [
    # a count whose own share right after it is measured against the online dossiers is a part of them (a channel, an
    # app), not their total; one said of a unit or an agency keeps its scope and its row
    ("Sáu tháng đầu năm 2023, 21.530 hồ sơ được gửi qua ứng dụng di động, bằng 14,2% tổng số hồ sơ trực tuyến.", []),
    ("Năm 2022, qua Cổng Dịch vụ công quốc gia, tỉnh nhận 9.806 hồ sơ, chiếm 31,4% số hồ sơ trực tuyến của tỉnh.", []),
    ("Năm 2023, Sở Tư pháp nhận 2.715 hồ sơ trực tuyến, bằng 18,9% số hồ sơ trực tuyến toàn tỉnh.",
     [("dossiers_online", 2715.0, "Sở Tư pháp")]),
    # … nor a count or share read as no more than dossiers: "… do công chức nộp hộ, chiếm 27,75% số hồ sơ trực tuyến"
    ("Năm 2024, có 51.200 hồ sơ do tổ công nghệ số cộng đồng nộp hộ, chiếm 21,3% số hồ sơ trực tuyến.", []),
    # (the base's owner is not the base: "số hồ sơ của các thủ tục có dịch vụ công trực tuyến" is no online dossiers)
    ("Năm 2021, số hồ sơ nộp qua mạng là 11.230, bằng 22,6% số hồ sơ của các thủ tục có dịch vụ công trực tuyến.",
     [("dossiers_online", 11230.0, None)]),
])
def test_a_count_measured_against_the_online_dossiers_is_a_part_of_them(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text, year", [
    ("Tôi không làm ở một cửa, nhưng vẫn đọc báo cáo tổng kết năm 2017 của tỉnh. Năm ấy, các cơ quan tiếp nhận 318.604 hồ "
     "sơ.", 2017),
    ("Kết quả này tốt hơn nhiều so với năm 2019. Cũng trong năm đó, tỉnh tiếp nhận 52.100 hồ sơ.", 2019),
    ("Anh không ở tỉnh, nhưng vẫn theo dõi kỳ tổng kết năm 2016. Năm đó, toàn tỉnh nhận 41.020 hồ sơ.", 2016),
])
def test_a_sentence_opening_with_that_year_takes_the_year_named_before_it(text, year):
    assert facts(text, ("metric", "year"), meta={"published": "2023-05-01"}) == [("dossiers_received", year)]


@pytest.mark.parametrize("published,sentences,expected", [
    # "năm qua" in a sentence, in an article of the first months of a year: the year just past
    ("2019-02-20", "Theo Sở Nội vụ, trong năm qua, các cơ quan tiếp nhận 48.210 hồ sơ; 3.905 hồ sơ được gửi qua mạng.",
     [(48210, 2018), (3905, 2018)]),
    ("2021-04-02", "Ông cho biết năm vừa qua huyện nhận 2.416 hồ sơ trực tuyến.", [(2416, 2020)]),
    # … later in the year, the year of writing
    ("2021-10-02", "Ông cho biết năm vừa qua huyện nhận 2.416 hồ sơ trực tuyến.", [(2416, 2021)]),
    # … in its own clause only, when it does not open the sentence
    ("2019-02-20", "Tỉnh đã cấp 6.100 hộp thư công vụ; 81% văn bản được gửi điện tử trong năm qua; hiện có 410 dịch vụ "
     "công trực tuyến.", [(6100, 2019), (81, 2018), (410, 2019)]),
    # "những năm qua" are the years past, no year
    ("2019-02-20", "Những năm qua, tỉnh luôn quan tâm cải cách; hiện có 410 dịch vụ công trực tuyến.", [(410, 2019)]),
])
def test_the_year_just_past_dates_its_sentence_by_the_time_of_writing(published, sentences, expected):
    text = f"Tin cải cách hành chính\n\nBáo cáo tình hình.\n\n{sentences}"
    assert _years(text, {"published": published}) == expected


@pytest.mark.parametrize("text,expected", [
    # a count restating the share right before it ("tức là", "tương đương") counts what the share is of
    ("Năm 2021, huyện tiếp nhận 9.240 hồ sơ; hồ sơ gửi qua mạng chiếm 22,5%, tức là 2.079 hồ sơ.",
     [("dossiers_received", 9240), ("dossiers_online_pct", 22.5), ("dossiers_online", 2079)]),
    ("Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%, tương đương 8.962 hồ sơ.",
     [("dossiers_ontime_pct", 97), ("dossiers_ontime", 8962)]),
    # … unless the count names a kind of its own
    ("Năm 2021, hồ sơ trực tuyến chiếm 22,5%, tức 2.079 hồ sơ, trong đó 1.300 hồ sơ mức độ 4.",
     [("dossiers_online_pct", 22.5), ("dossiers_online", 2079), ("dossiers_online_level4", 1300)]),
])
def test_a_count_restating_the_share_before_it_counts_what_the_share_is_of(text, expected):
    df = extract_text(text, "t", {"published": "2021-12-30"})
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a count "tính từ đầu năm" after a count of a kind in its sentence is that kind's running total
    ("Trong tháng 11/2021, các sở giải quyết 12.408 hồ sơ; tính từ đầu năm là 131.770 hồ sơ.",
     [("dossiers_resolved", 12408), ("dossiers_resolved", 131770)]),
    ("Tháng 11/2021, tỉnh nhận 5.025 hồ sơ trực tuyến, tính chung từ đầu năm đạt 48.300 hồ sơ.",
     [("dossiers_online", 5025), ("dossiers_online", 48300)]),
])
def test_a_count_from_the_year_s_start_runs_on_the_kind_before_it(text, expected):
    df = extract_text(text, "t", {"published": "2021-12-30"})
    assert list(zip(df["metric"], df["value"])) == expected


def _pairs(text: str, published: str = "2023-12-20") -> list[tuple[str, float]]:
    df = extract_text(text, "t", {"published": published})
    return list(zip(df["metric"], df["value"]))


@pytest.mark.parametrize("text,expected", [
    # under a heading of next year's goals, a sentence of what is offered or handled now ("hiện …") is a result
    ("Định hướng năm 2024\nPhấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.\n"
     "Về số liệu chung, tỉnh hiện cung cấp 1.740 dịch vụ công trực tuyến.",
     [("dossiers_online_pct", "target"), ("services_total", "actual")]),
    ("Mục tiêu năm 2024\nĐưa tỷ lệ hồ sơ đúng hạn lên 99%.\nTrung tâm hiện tiếp nhận 52.600 hồ sơ mỗi năm.",
     [("dossiers_ontime_pct", "target"), ("dossiers_received", "actual")]),
    # … not a plan line with no such word
    ("Mục tiêu năm 2024\nTỉnh cung cấp 1.900 dịch vụ công trực tuyến.",
     [("services_total", "target")]),
])
def test_what_stands_now_under_a_goals_heading_is_a_result(text, expected):
    df = extract_text(f"Tin cải cách hành chính\n{text}", "t", {"published": "2023-11-02"})
    assert list(zip(df["metric"], df["status"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a worked example: an example word and its colon or comma, figures leading to a consequence after "thì"
    ("Ví dụ: một xã nhận 250 hồ sơ, có 40 hồ sơ gửi qua mạng thì tỷ lệ là 16%.", []),
    ("Minh họa, cơ quan cấp 30 hộp thư, 24 hộp thư được mở hằng ngày thì tỷ lệ sử dụng là 80%.", []),
    ("Cách tính: huyện giải quyết 200 hồ sơ, 196 hồ sơ đúng hẹn thì tỷ lệ đúng hạn là 98%.", []),
    # … a real case given as an example states its figure
    ("Chẳng hạn, thị xã B đã nhận 2.310 hồ sơ trực tuyến trong quý.", [("dossiers_online", 2310)]),
])
def test_a_worked_example_states_no_figures(text, expected):
    assert _pairs(text, "2022-10-05") == expected


@pytest.mark.parametrize("text,expected", [
    # procedures not yet put online are their own part; dossiers on paper are the offline ones
    ("Tỉnh có 1.602 dịch vụ công trực tuyến; 290 thủ tục còn lại chưa được đưa lên mạng.",
     [("services_total", 1602), ("procedures_offline_only", 290)]),
    ("Huyện còn 75 thủ tục chưa thể cung cấp trực tuyến.", [("procedures_offline_only", 75)]),
    ("Trong tuần bảo trì, bộ phận một cửa nhận 412 hồ sơ bằng giấy.", [("dossiers_offline", 412)]),
    # a national programme's target is no province's figure; the province's own after it is
    ("Chương trình quốc gia đặt mục tiêu 80% dịch vụ đạt mức độ 4; tỉnh đặt chỉ tiêu riêng là 60%.",
     [("services_level4_pct", 60)]),
])
def test_parts_not_online_and_national_programme_targets(text, expected):
    assert _pairs(text, "2021-06-01") == expected


@pytest.mark.parametrize("text,published,expected", [
    # "chỉ tiêu" names an indicator too: a heading naming only it and a year already past lists results
    ("Phụ lục. Một số chỉ tiêu năm 2014 của tỉnh\nTỉnh có 1.790 thủ tục hành chính.\n", "2015-01-28",
     [("procedures_total", "actual")]),
    ("Sở vừa gửi báo cáo năm.\nPhụ lục. Một số chỉ tiêu ứng dụng công nghệ thông tin năm 2021\n"
     "STT | Chỉ tiêu | Đơn vị tính | Kết quả\n"
     "1 | Thủ tục hành chính được công khai | Thủ tục | 1.804\n2 | Hộp thư điện tử công vụ đã cấp | Hộp thư | 5.120\n",
     "2022-06-20", [("procedures_total", "actual"), ("email_accounts", "actual")]),
    # … a heading of the year of writing, or naming a plan besides, stays a plan
    ("Chỉ tiêu năm 2022\nTỉnh có 1.900 dịch vụ công trực tuyến.\n", "2022-06-20", [("services_total", "target")]),
    ("Kế hoạch và chỉ tiêu năm 2014\nTỉnh có 1.850 thủ tục hành chính.\n", "2015-01-28",
     [("procedures_total", "target")]),
])
def test_a_heading_of_past_indicators_lists_results(text, published, expected):
    df = extract_text(f"Tin tổng hợp\n{text}", "t", {"published": published})
    assert list(zip(df["metric"], df["status"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a membership card is no paper a procedure issues: no dossiers resolved
    ("Trong quý, thư viện cấp mới 1.420 thẻ bạn đọc.", []),
    ("Hội đã cấp 312 thẻ hội viên cho các chị em.", []),
    # … a card a procedure issues still counts
    ("Trong quý, Sở đã cấp 1.420 thẻ hướng dẫn viên du lịch.", [("dossiers_resolved", 1420)]),
])
def test_papers_that_no_procedure_issues(text, expected):
    df = extract_text(text, "t", {"published": "2022-01-20"})
    assert list(zip(df["metric"], df["value"])) == expected


def test_a_numbered_sub_row_counts_what_its_parent_row_does():
    text = ("Tin tổng hợp\nBáo cáo có một bảng:\nTT | Nội dung | Kết quả\n1 | Hồ sơ tiếp nhận | 9.120\n"
            "1.1 | Tiếp nhận qua Cổng dịch vụ công trực tuyến | 2.300\n2 | Hồ sơ đã giải quyết | 8.950\n"
            "2.1 | Giải quyết đúng hạn | 8.700\n")
    df = extract_text(text, "t", {"published": "2019-07-01"})
    assert list(zip(df["metric"], df["value"])) == [("dossiers_received", 9120), ("dossiers_online", 2300),
                                                    ("dossiers_resolved", 8950), ("dossiers_ontime", 8700)]


@pytest.mark.parametrize("text,expected", [
    # a whole year, done, then a window of months in the next clause: the window and what follows it are of the
    # article's year
    ("Cả năm 2019, tỷ lệ hồ sơ trực tuyến chỉ là 3,2%; trong 6 tháng đầu năm, tỷ lệ giải quyết đúng hạn đạt 98,4%; "
     "có 84 cơ quan dùng thư điện tử công vụ.",
     [("dossiers_online_pct", 3.2, 2019), ("dossiers_ontime_pct", 98.4, 2020), ("email_agencies", 84, 2020)]),
    ("Tính chung cả năm 2019, tỉnh tiếp nhận 52.000 hồ sơ; 7 tháng đầu năm, tỉnh tiếp nhận 24.100 hồ sơ.",
     [("dossiers_received", 52000, 2019), ("dossiers_received", 24100, 2020)]),
    # a year not said to be whole frames the window after it
    ("Năm 2019, tỉnh cung cấp 1.200 dịch vụ công trực tuyến; 8 tháng đầu năm tiếp nhận 30.500 hồ sơ.",
     [("services_total", 1200, 2019), ("dossiers_received", 30500, 2019)]),
])
def test_a_window_of_months_after_a_whole_year_is_of_its_own_time(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2020-08-10"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "Cũng trong sáu tháng" in a later paragraph: the six months the article reports on, not the year of writing
    ("Xã Tân Lập vừa gửi báo cáo về tổ công nghệ số.\n\nSáu tháng cuối năm 2025, xã tiếp nhận 4.200 hồ sơ.\n\n"
     "Các tổ công nghệ số làm việc đều.\n\nCũng trong sáu tháng, xã giải quyết 4.105 hồ sơ.",
     [("dossiers_received", 4200, 2025), ("dossiers_resolved", 4105, 2025)]),
    # … the article's window, not one set against it
    ("Tỉnh vừa gửi báo cáo.\n\nChín tháng năm 2025, tỉnh tiếp nhận 90.000 hồ sơ, gấp đôi cùng kỳ: chín tháng năm "
     "2024 chỉ 45.000 hồ sơ.\n\n"
     "Cũng trong 9 tháng, 98,1% hồ sơ được giải quyết đúng hạn.",
     [("dossiers_received", 90000, 2025), ("dossiers_received", 45000, 2024), ("dossiers_ontime_pct", 98.1, 2025)]),
    # … or to the quarter named with its year, past a paragraph dated by a whole year set against it
    ("Tỉnh vừa gửi báo cáo.\n\nQuý I năm 2026, tỉnh tiếp nhận 52.000 hồ sơ.\n\nCả năm 2025, tỷ lệ trực tuyến chỉ "
     "61%. Cũng trong quý I, 97,5% hồ sơ được giải quyết đúng hạn.",
     [("dossiers_received", 52000, 2026), ("dossiers_online_pct", 61, 2025), ("dossiers_ontime_pct", 97.5, 2026)]),
])
def test_also_in_the_same_window_of_months_points_back_to_it(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2026-03-14"}) == expected


@pytest.mark.parametrize("text,expected", [
    # an edition named by its long name, its short name in parentheses, then its bare year dates the place
    ("Theo Chỉ số sẵn sàng ứng dụng CNTT Việt Nam (Vietnam ICT Index) 2016, tỉnh xếp thứ 37/63.",
     [("ict_index_rank", 37, 2016)]),
    ("Theo Chỉ số chuyển đổi số cấp tỉnh (DTI) 2022, tỉnh xếp thứ 21/63.", [("dti_rank", 21, 2022)]),
])
def test_an_index_s_bare_year_after_its_short_name_dates_the_place(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2023-09-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a rise by a percentage between a count and its share is no figure in their way
    ("Năm 2019, tỉnh tiếp nhận 60.000 hồ sơ; 4.380 hồ sơ được nộp trực tuyến, tăng 38,5% so với cùng kỳ, chiếm 7,3% "
     "tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 60000), ("dossiers_online", 4380), ("dossiers_online_pct", 7.3)]),
    ("Năm 2019, huyện nhận 8.000 hồ sơ, trong đó 960 hồ sơ trực tuyến, giảm 4% so với năm trước, bằng 12% tổng số.",
     [("dossiers_received", 8000), ("dossiers_online", 960), ("dossiers_online_pct", 12)]),
])
def test_a_rise_by_a_percentage_between_a_count_and_its_share(text, expected):
    assert facts(text, meta={"published": "2019-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a comparison's period dates its own clause, not the clauses after its ';'
    ("Tin tổng kết.\n\n+ Hồ sơ qua mạng: 9.120, chiếm 35,2% tổng số hồ sơ; cùng kỳ năm 2018 tỷ lệ này là 20,1%;\n"
     "+ Hồ sơ mức độ 4: 2.050.",
     [("dossiers_online", 9120, 2019), ("dossiers_online_pct", 35.2, 2019), ("dossiers_online_pct", 20.1, 2018),
      ("dossiers_online_level4", 2050, 2019)]),
    ("Tin tổng kết.\n\nTỉnh xếp thứ 16/63 trong ICT Index 2018, tăng bốn bậc so với năm 2017; hệ thống thư điện tử có "
     "12.400 tài khoản.", [("ict_index_rank", 16, 2018), ("email_accounts", 12400, 2019)]),
])
def test_a_comparison_s_period_dates_nothing_past_its_semicolon(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2019-04-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a window of months of the year before ("sáu tháng đầu năm trước", "9 tháng năm ngoái") dates its figure a year back
    ("Sáu tháng đầu năm 2023, huyện giải quyết 9.870 hồ sơ, trong khi sáu tháng đầu năm trước con số này là 8.512.",
     [(9870, 2023), (8512, 2022)]),
    ("Chín tháng năm 2023, tỉnh nhận 41.200 hồ sơ trực tuyến; 9 tháng năm ngoái chỉ có 30.115 hồ sơ.",
     [(41200, 2023), (30115, 2022)]),
    # the same period alone opening a contrast's clause before a copula is a year back too
    ("Sáu tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến lên 46,4%, còn cùng kỳ chỉ là 31,8%.", [(46.4, 2023), (31.8, 2022)]),
    ("Năm 2023, tỷ lệ đúng hạn đạt 98,2%, trong khi cùng kỳ là 96,5%.", [(98.2, 2023), (96.5, 2022)]),
    # … but not another place's: "cùng kỳ của Đà Nẵng"
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến của Huế lên 46,4%, còn cùng kỳ của Đà Nẵng là 51,2%.", [(46.4, 2023), (51.2, 2023)]),
    # a period compared with is no base for "last year": it is that year itself
    ("So với cùng kỳ năm 2022, số hồ sơ qua mạng tăng gấp ba, khi bảy tháng đầu năm ngoái chỉ có 487 hồ sơ.",
     [(487, 2022)]),
])
def test_the_year_before_s_window_and_same_period_date_a_year_back(text, expected):
    assert _years(text, {"published": "2023-08-10"}) == expected
