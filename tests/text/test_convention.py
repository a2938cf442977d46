"""The number convention of a whole article (text/convention.py)."""
import pytest

from analysis.figures.extract import extract_text
from analysis.text.convention import english_style, ordinal_ranks, spelled_before_digits, spelled_numbers, spoken_digits, whole_count


@pytest.mark.parametrize("text,english", [
    ("Tỉnh tiếp nhận 187,462 hồ sơ, trực tuyến 45,318 hồ sơ; tỷ lệ đạt 24.2%.", True),
    ("Tỷ lệ đạt 24.2% và 98.5%.", True),
    ("Tỉnh tiếp nhận 187.462 hồ sơ, tỷ lệ trực tuyến 24,2%.", False),
    # one English-looking number among Vietnamese ones is not enough, nor a mixed article
    ("Tỉnh tiếp nhận 2,037 hồ sơ.", False),
    ("Tỉnh tiếp nhận 187,462 hồ sơ và 1.687 dịch vụ; tỷ lệ 24.2%.", False),
])
def test_english_style_needs_english_evidence_and_no_vietnamese(text, english):
    assert english_style(text.lower()) is english


def test_an_english_style_article_is_read_the_english_way():
    text = ("Năm 2019, tỉnh tiếp nhận 187,462 hồ sơ, trong đó trực tuyến 45,318 hồ sơ. "
            "Tỷ lệ hồ sơ trực tuyến đạt 24.2%. Tỉnh có hơn 1.3 triệu tài khoản.")
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"]))[:3] == [("dossiers_received", 187462), ("dossiers_online", 45318),
                                                        ("dossiers_online_pct", 24.2)]


@pytest.mark.parametrize("text,expected", [
    # a count after a round base in its sentence is a share of the base
    ("Cứ 100 hồ sơ nộp vào xã thì có 37 hồ sơ được gửi trực tuyến.", [("dossiers_online_pct", 37.0)]),
    ("Nói cách khác, cứ 10 hồ sơ thì có 6 hồ sơ nộp qua mạng.", [("dossiers_online_pct", 60.0)]),
    ("Trong mỗi 1000 hồ sơ, có 985 hồ sơ được giải quyết đúng hạn.", [("dossiers_ontime_pct", 98.5)]),
    # no base word: two counts
    ("Xã nhận 100 hồ sơ, trong đó 37 hồ sơ nộp trực tuyến.", [("dossiers_received", 100.0), ("dossiers_online", 37.0)]),
    # a base in one sentence reaches no count of the next
    ("Cứ 100 hộ dân có một tổ công nghệ số. Xã nhận 37 hồ sơ trực tuyến.", [("dossiers_online", 37.0)]),
])
def test_a_count_after_a_round_base_is_its_share(text, expected):
    df = extract_text(text)
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024 tỉnh tiếp nhận 318 472 hồ sơ, trong đó 241 906 hồ sơ nộp trực tuyến, đạt tỷ lệ 75,96%.",
     [("dossiers_received", 318472), ("dossiers_online", 241906), ("dossiers_online_pct", 75.96)]),
    ("Năm 2024 có 1 796 thủ tục hành chính; toàn tỉnh có 9 214 tài khoản thư điện tử công vụ.",
     [("procedures_total", 1796), ("email_accounts", 9214)]),
])
def test_thousands_set_off_by_spaces_read_as_one_number(text, expected):
    df = extract_text(text)
    assert list(zip(df["metric"], df["value"])) == expected


def test_spaces_are_no_thousands_when_the_article_uses_points_or_has_one_such_number():
    # the article writes 1.200 with a point: "3 100" is two numbers there; one spaced group alone decides nothing
    from analysis.text.convention import spaced_thousands
    for text in ("có 1.200 hồ sơ, mức độ 3 100 dịch vụ và 4 200 dịch vụ", "mức độ 3 100 dịch vụ",
                 "Xã A 512 430 84,0 và xã B 120 096 80,0 hồ sơ",  # a table pasted with single spaces
                 "Sở Y tế\t512\t430 hồ sơ; Sở Nội vụ\t120\t096 hồ sơ"):  # tabs are cell gaps
        assert spaced_thousands(text, text) == text
    text = "có 318 472 hồ sơ và 9 214 tài khoản, đạt 75 %"
    assert spaced_thousands(text, text) == "có 318.472 hồ sơ và 9.214 tài khoản, đạt 75 %"


@pytest.mark.parametrize("text,expected", [
    # an article pasted from several sources writes points in some figures and spaces in others: the spaced groups
    # right before a counted noun are one number each
    ("Năm 2019, tỉnh công khai 2 046 thủ tục hành chính; các cơ quan đã cấp 7 315 hộp thư và nhận 1.250 văn bản.",
     [("procedures_total", 2046), ("email_accounts", 7315)]),
    ("Năm 2021, huyện tiếp nhận 58 410 hồ sơ, đã giải quyết 57 902 hồ sơ, trong đó 3.118 hồ sơ trực tuyến.",
     [("dossiers_received", 58410), ("dossiers_resolved", 57902), ("dossiers_online", 3118)]),
])
def test_spaced_thousands_before_a_noun_in_an_article_that_also_writes_points(text, expected):
    df = extract_text(text)
    assert list(zip(df["metric"], df["value"])) == expected


def test_in_an_article_with_points_spaced_groups_without_a_noun_or_after_a_level_stay_apart():
    from analysis.text.convention import spaced_thousands
    for text in ("Năm 2020 có 1.200 hồ sơ; dịch vụ mức độ 3 100 dịch vụ, mức 4 200 dịch vụ",  # a level, then a count
                 "Có 1.200 hồ sơ. Xã A 512 430 và xã B 120 096 đạt",  # no counted noun after the groups
                 "Có 1.200 hồ sơ và 4 312 hồ sơ"):  # one spaced group alone decides nothing
        assert spaced_thousands(text, text) == text


@pytest.mark.parametrize("text", [
    "Năm 2023, bình quân cứ 1.000 người dân có khoảng 179 hồ sơ trực tuyến.",
    "Năm 2023, cứ 100 doanh nghiệp thì có 230 hồ sơ nộp qua mạng.",
    # (people named by a word that is no head of its own elsewhere: "dân")
    "Năm 2019, tỉnh phấn đấu bình quân mỗi 1.000 dân có ít nhất 8 hồ sơ trực tuyến.",
    "Năm 2020, huyện đạt mức cứ 100 dân thì có 3 hồ sơ gửi qua mạng.",
])
def test_a_count_per_so_many_people_is_neither_a_share_nor_a_total(text):
    assert extract_text(text).empty


@pytest.mark.parametrize("text, share", [
    ("Năm 2023, cứ 100 hồ sơ thì có 42 hồ sơ nộp trực tuyến.", 42.0),
    ("Năm 2023, cứ 100 hồ sơ tiếp nhận thì có 61 hồ sơ được nộp qua mạng.", 61.0),
])
def test_a_part_of_a_round_base_of_its_own_noun_is_its_share(text, share):
    df = extract_text(text)
    assert df["value"].tolist() == [share] and df["unit"].tolist() == ["percent"]


@pytest.mark.parametrize("text,expected", [
    # so many dossiers out of a round base, written as a fraction: a share, neither a count nor a base
    ("Sáu tháng đầu năm 2019, gần 3/10 hồ sơ mà các cơ quan tiếp nhận đã được nộp trực tuyến.",
     [("dossiers_online_pct", 30.0, "approx")]),
    ("Năm 2020, ở thị xã, 6/10 hồ sơ được gửi qua mạng.", [("dossiers_online_pct", 60.0, "exact")]),
    ("Năm 2021, 97/100 hồ sơ được giải quyết đúng hạn.", [("dossiers_ontime_pct", 97.0, "exact")]),
    # not units counted out of their whole, nor dossiers out of a base that is no round one
    ("Năm 2021, 9/10 huyện đã dùng thư điện tử công vụ.", [("email_agencies", 9.0, "exact")]),
    ("Năm 2021, huyện nhận 412/1.306 hồ sơ qua mạng.", [("dossiers_online", 412.0, "exact"),
                                                      ("dossiers_received", 1306.0, "exact")]),
])
def test_dossiers_out_of_a_round_base_are_a_share(text, expected):
    assert [tuple(r) for r in extract_text(text)[["metric", "value", "qualifier"]].values] == expected


@pytest.mark.parametrize("text", [
    "Năm 2023, cứ 100 hồ sơ thì có khoảng bao nhiêu hồ sơ được nộp trực tuyến?",
    "Hỏi: cứ 10 hồ sơ người dân nộp thì mấy hồ sơ qua mạng?",
    "Cứ 1.000 hồ sơ tiếp nhận. Đó là cách tính của Sở.",
])
def test_a_round_base_with_no_part_after_it_in_its_sentence_is_still_no_figure(text):
    from analysis.text.clean import fold
    from analysis.text.convention import per_base
    from analysis.text.numbers import scan_numbers
    folded = fold(text)
    bases = [t for t in per_base(scan_numbers(folded), folded) if t.value in (10, 100, 1000)]
    assert bases and all(not t.figure and t.reason == "base" for t in bases)


@pytest.mark.parametrize("text,expected", [
    # a number spelled in words, then the same number in digits in parentheses: the digits stand for both
    ("Năm 2015, các sở tiếp nhận hai trăm sáu mươi mốt nghìn bốn trăm (261.400) hồ sơ, trong đó mười hai nghìn bốn "
     "trăm linh tám (12.408) hồ sơ được nộp qua mạng, chiếm bốn phẩy bảy mươi lăm phần trăm (4,75%).",
     [("dossiers_received", 261400), ("dossiers_online", 12408), ("dossiers_online_pct", 4.75)]),
    ("Hiện tỉnh cung cấp một trăm hai mươi (120) dịch vụ công trực tuyến mức độ 4.", [("services_level4", 120)]),
    # a word that ends a name, with a figure in parentheses after it, is no number: the figure is the name's
    ("Tỷ lệ hồ sơ trực tuyến của Sở Kế hoạch và Đầu tư (87,2%) cao nhất tỉnh.", [("dossiers_online_pct", 87.2)]),
])
def test_a_number_in_words_before_its_digits_is_read_once(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"])) == expected


def test_words_that_do_not_say_the_digits_are_left_as_they_are():
    folded = "năm 2016 có hai nghìn (1.200) hồ sơ"
    assert spelled_before_digits(folded) == folded
    assert spelled_before_digits("có mười hai (12) hồ sơ") == "có           12  hồ sơ"


@pytest.mark.parametrize("text,expected", [
    # a label's value after its colon, closing its item, may set its thousands off by spaces, even in an article that
    # writes points elsewhere
    ("Năm 2017, tỉnh có 1.203 dịch vụ công trực tuyến. Hồ sơ tiếp nhận: 142 318; Hồ sơ đã giải quyết: 139 774.",
     [("services_total", 1203.0), ("dossiers_received", 142318.0), ("dossiers_resolved", 139774.0)]),
    ("Năm 2017: Hồ sơ nộp trực tuyến: 9 861; Tổng số hồ sơ tiếp nhận: 52 406.",
     [("dossiers_online", 9861.0), ("dossiers_received", 52406.0)]),
])
def test_spaced_thousands_in_a_label_s_value(text, expected):
    rows = extract_text(text, doc_id="t")
    assert list(zip(rows["metric"], rows["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # a spaced value right after a word, closing its clause at a comma or semicolon, in an article that spaces thousands
    ("Năm 2016 tỉnh tiếp nhận 118 604 hồ sơ; số hồ sơ gửi qua mạng đạt 4 218, bằng 3,56% tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 118604), ("dossiers_online", 4218), ("dossiers_online_pct", 3.56)]),
    ("Năm 2016 tổng số hồ sơ là 96 412; số hồ sơ trực tuyến là 2 305; tỷ lệ đúng hạn đạt 97,2%.",
     [("dossiers_received", 96412), ("dossiers_online", 2305), ("dossiers_ontime_pct", 97.2)]),
])
def test_spaced_thousands_closing_a_clause_are_one_number(text, expected):
    df = extract_text(text)
    assert list(zip(df["metric"], df["value"])) == expected


@pytest.mark.parametrize("text,expected", [
    # after a clause's comma (no number before it), and closing its sentence at a point
    ("Năm 2023 tỉnh tiếp nhận 204 118 hồ sơ. Trong năm, 88 406 hồ sơ được nộp qua mạng.",
     [("dossiers_received", 204118), ("dossiers_online", 88406)]),
    ("Năm 2023, trong các cơ quan, 7 215 tài khoản thư điện tử công vụ đang hoạt động; tổng số hồ sơ tiếp nhận là 61 904.",
     [("email_accounts", 7215), ("dossiers_received", 61904)]),
])
def test_spaced_thousands_after_a_clause_comma_or_closing_a_sentence(text, expected):
    df = extract_text(text)
    assert list(zip(df["metric"], df["value"])) == expected


def test_a_number_then_a_comma_still_stands_apart_from_the_spaced_group_after_it():
    from analysis.text.convention import spaced_thousands
    text = "các mức 12, 345 hồ sơ; có 318 472 hồ sơ và 9 214 tài khoản"
    assert spaced_thousands(text, text) == "các mức 12, 345 hồ sơ; có 318.472 hồ sơ và 9.214 tài khoản"


@pytest.mark.parametrize("words,reads", [
    # a number spelled in words with no digits beside it reads as its digits (in the words' place, the text's length
    # kept: spaces fill the rest)
    ("có bốn nghìn tám trăm hai mươi hồ sơ", "có 4.820 hồ sơ"),
    ("đạt tám mươi bảy phẩy năm phần trăm", "đạt 87,5 phần trăm"),
    ("mới có bảy dịch vụ", "mới có 7 dịch vụ"),
    ("đã cấp mười hai nghìn hộp thư", "đã cấp 12.000 hộp thư"),
    ("tỉnh xếp thứ ba mươi mốt trên sáu mươi ba tỉnh", "tỉnh xếp thứ 31/63 tỉnh"),
    ("hơn một triệu hồ sơ", "hơn 1.000.000 hồ sơ"),
    # … not one (an article as often as a number), nor "năm" (the year), nor a month, a level, an ordinal, nor a small
    # number of units, nor words counting nothing of ours
    ("chỉ một hồ sơ", "chỉ một hồ sơ"), ("năm hồ sơ trực tuyến", "năm hồ sơ trực tuyến"),
    ("tháng mười một năm ngoái", "tháng mười một năm ngoái"), ("dịch vụ mức độ ba", "dịch vụ mức độ ba"),
    ("ngày thứ ba hằng tuần", "ngày thứ ba hằng tuần"), ("ba cơ quan", "ba cơ quan"),
    ("hai mươi bốn giờ", "hai mươi bốn giờ"), ("không hồ sơ nào trễ hạn", "không hồ sơ nào trễ hạn"),
    # … nor the hundred of the percent word, nor a fraction's part
    ("khoảng chín mươi phần trăm cán bộ", "khoảng 90 phần trăm cán bộ"),
    ("gần bốn phần mười hồ sơ", "gần bốn phần mười hồ sơ"),
    # … nor in an article that writes more of its figures in digits: there words are a rounded restatement or prose
    ("hơn ba trăm nghìn hồ sơ, chính xác là 312.486 hồ sơ, trong đó 20.104 hồ sơ trực tuyến",
     "hơn ba trăm nghìn hồ sơ, chính xác là 312.486 hồ sơ, trong đó 20.104 hồ sơ trực tuyến"),
])
def test_a_number_spelled_in_words_reads_as_digits(words, reads):
    read = spelled_numbers(words)
    assert " ".join(read.split()) == reads and len(read) == len(words)


@pytest.mark.parametrize("words,reads", [
    # a spoken number half in digits: groups under falling scales, the last group perhaps without its scale
    ("tiếp nhận 86 nghìn 412 hồ sơ", "tiếp nhận 86.412 hồ sơ"),
    ("có 1 nghìn 46 hồ sơ mức độ 4", "có 1.046 hồ sơ mức độ 4"),
    ("đạt 2 ngàn 7, tăng so với năm trước", "đạt 2.007, tăng so với năm trước"),
    ("1 triệu 250 nghìn lượt truy cập", "1.250.000 lượt truy cập"),
    ("3 triệu 40 nghìn 5 giao dịch", "3.040.005 giao dịch"),
    # the spoken decimal point between digits
    ("chiếm 8 phẩy 46 phần trăm", "chiếm 8,46 phần trăm"),
    ("tỷ lệ đạt 12 phẩy 4 phần trăm, cao nhất", "tỷ lệ đạt 12,4 phần trăm, cao nhất"),
    # a scale alone is a multiplier, left as written; scales that do not fall, or a group too big for the scale
    # above it, are no one number
    ("hơn 7 nghìn hồ sơ", "hơn 7 nghìn hồ sơ"),
    ("2 nghìn 3 triệu", "2 nghìn 3 triệu"),
    ("5 nghìn 1.200 hồ sơ", "5 nghìn 1.200 hồ sơ"),
    # nor a rounded figure before a count of time
    ("nhận hơn 12 nghìn 6 tháng đầu năm", "nhận hơn 12 nghìn 6 tháng đầu năm"),
])
def test_a_spoken_number_half_in_digits_reads_as_digits(words, reads):
    read = spoken_digits(words)
    assert " ".join(read.split()) == reads and len(read) == len(words)


def test_a_transcript_s_spoken_numbers_give_its_figures():
    text = ("Năm 2021, toàn tỉnh tiếp nhận 52 nghìn 318 hồ sơ, trong đó 6 nghìn 904 hồ sơ nộp qua mạng, chiếm 13 phẩy "
            "2 phần trăm.")
    rows = extract_text(text)
    assert sorted(zip(rows["metric"], rows["value"])) == [
        ("dossiers_online", 6904.0), ("dossiers_online_pct", 13.2), ("dossiers_received", 52318.0)]


def test_a_script_with_numbers_in_words_gives_its_figures():
    text = ("Năm 2019, toàn tỉnh tiếp nhận hơn hai trăm mười nghìn hồ sơ, trong đó chín nghìn bốn trăm hồ sơ nộp qua "
            "mạng, chiếm bốn phẩy năm phần trăm. Tỉnh xếp thứ hai mươi hai trên sáu mươi ba tỉnh, thành phố về chỉ số "
            "ICT Index.")
    rows = extract_text(text, meta={"published": "2019-12-20"})
    got = sorted(zip(rows["metric"], rows["value"]))
    assert got == [("dossiers_online", 9400.0), ("dossiers_online_pct", 4.5), ("dossiers_received", 210000.0),
                   ("ict_index_rank", 22.0)]
    assert rows.set_index("metric").loc["dossiers_received", "evidence"].startswith("Năm 2019, toàn tỉnh")


@pytest.mark.parametrize("literal, value, whole", [
    ("2.418", 2418.0, 2418.0), ("96", 96.0, 96.0),  # Vietnamese thousands, a plain number
    ("61,3 nghìn", 61300.0, 61300.0), ("1,2 triệu", 1200000.0, 1200000.0),  # a scale word makes a decimal whole
    ("187,462", 187462.0, 187462.0),  # already read the English way (an English-style article)
    ("4,215", 4.215, 4215.0), ("1,306,218", 1.306218, 1306218.0),  # English thousands in a Vietnamese article
    ("7,3", 7.3, None), ("2,0", 2.0, None), ("15,25", 15.25, None), ("9.5", 9.5, None),  # a decimal part: no count
])
def test_a_count_is_whole(literal, value, whole):
    assert whole_count(literal, value) == whole


@pytest.mark.parametrize("text, expected", [
    # a count in English thousands inside a Vietnamese article (a quoted report) is read as thousands
    ("Năm 2021, tỉnh có 1.920 thủ tục. Báo cáo gửi nhà tài trợ ghi nguyên văn: “hệ thống tiếp nhận 245,118 hồ sơ”.",
     [1920.0, 245118.0]),
    # averages per people or per unit written with a decimal part, in a list under a lead saying so, are no counts
    ("Các huyện chênh nhau nhiều, như bảng kê sau (hồ sơ nộp trực tuyến bình quân trên 1.000 dân, năm 2020):\n"
     "- Huyện Krông Bông: 8,4 hồ sơ, cao nhất;\n- Huyện Lắk: 2,0 hồ sơ;\n- Thị xã Buôn Hồ: 12,75 hồ sơ.", []),
    ("Năm 2021, mỗi tài khoản trung bình nộp 1,6 hồ sơ; toàn tỉnh có 5.204 hồ sơ trực tuyến.", [5204.0]),
    # a score is no count either
    ("Năm 2021, điểm số hóa hồ sơ của tỉnh: 12,06 điểm; tỉnh tiếp nhận 4.100 hồ sơ.", [4100.0]),
])
def test_counts_with_a_decimal_part_are_no_figures_and_english_thousands_are_read(text, expected):
    df = extract_text("Tiêu đề\n" + text, "t", {"published": "2022-01-10"})
    assert df[df["unit"] == "count"]["value"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction in words (and its qualifier) with the exact percentage in parentheses: the percentage stands for it
    ("Năm 2018, đã có gần hai phần ba (64,8%) văn bản giữa các cơ quan được gửi dưới dạng điện tử.",
     [("edocs_pct", 64.8, "exact")]),
    ("Năm 2019, ba phần tư (75,3%) cán bộ, công chức đã được cấp hộp thư, nhưng chỉ khoảng hai phần năm (41%) "
     "thường xuyên mở hộp thư.", [("email_issued_pct", 75.3, "exact"), ("email_usage_pct", 41.0, "exact")]),
    ("Năm 2017, hơn một nửa (53,1%) văn bản đi được gửi điện tử.", [("edocs_pct", 53.1, "exact")]),
    ("Năm 2017, tỷ lệ văn bản điện tử mới là hơn một nửa (53,1%).", [("edocs_pct", 53.1, "exact")]),
    # … a fraction said of a count, its parenthesis closing the clause, keeps the count's share
    ("Năm 2023, tỉnh tiếp nhận 238.915 hồ sơ với 131.604 hồ sơ trực tuyến, lần đầu tiên vượt quá một nửa (55,08%), "
     "trong khi tỷ lệ giải quyết đúng hạn là 99,34%.",
     [("dossiers_received", 238915.0, "exact"), ("dossiers_online", 131604.0, "exact"),
      ("dossiers_online_pct", 55.08, "exact"), ("dossiers_ontime_pct", 99.34, "exact")]),
    # … not a percentage the fraction does not round, nor a name before a parenthesis
    ("Năm 2017, một nửa (12%) văn bản đi được gửi điện tử.", [("edocs_pct", 12.0, "exact")]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến chung là 41%, cao nhất là Sở Kế hoạch và Đầu tư (87,2%).",
     [("dossiers_online_pct", 41.0, "exact"), ("dossiers_online_pct", 87.2, "exact")]),
])
def test_a_fraction_in_words_with_its_exact_percentage_in_parentheses_reads_as_the_percentage(text, expected):
    df = extract_text("Tiêu đề\n" + text, "t", {"published": "2020-12-10"})
    assert list(zip(df["metric"], df["value"], df["qualifier"])) == expected


@pytest.mark.parametrize("text,place", [
    ("năm 2019, tỉnh đứng thứ ba toàn quốc về chỉ số ict", "3"),
    ("quảng ninh xếp thứ mười hai cả nước", "12"),
    ("chỉ xếp sau đà nẵng (thứ nhất) và hà nội", "1"),
    ("tỉnh giữ vị trí thứ tư trên cả nước", "4"),
])
def test_a_national_place_in_words_reads_as_its_digits(text, place):
    """After a rank word and before the country, or alone in a parenthesis in a sentence that ranks: the place's
    digits stand at the end of its words, the text keeps its length."""
    read = ordinal_ranks(text)
    assert len(read) == len(text) and f" {place}" in read and read.replace(" ", "") != text.replace(" ", "")


@pytest.mark.parametrize("text", [
    "cuộc họp diễn ra vào thứ ba tuần sau, khi tỉnh xếp lịch",  # a weekday
    "tỉnh đứng thứ hai khu vực đông nam bộ",  # a region, not the country
    "sở y tế đứng thứ mười bảy với 3,2%",  # a list of agencies
    "thanh hóa đứng thứ mười chín cả nước (19/63)",  # the digits say it once
    "hội nghị mở vào sáng thứ hai (ngày 12/3)",
])
def test_other_ordinals_in_words_stay_words(text):
    assert ordinal_ranks(text) == text


def test_a_national_place_in_words_is_a_rank_row():
    rows = extract_text("Tin tức\nTheo Vietnam ICT Index 2016, Thái Bình đứng thứ mười hai toàn quốc.\n", "t",
                        meta={"published": "2017-03-01"})
    assert list(zip(rows["metric"], rows["value"])) == [("ict_index_rank", 12.0)]
