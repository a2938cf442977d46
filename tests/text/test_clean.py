from analysis.text.clean import content_lines, decode, fold, modern_tones, normalize, paragraphs, sentences, strip_accents

import unicodedata

import pytest

from analysis.text.clean import DecodeError, closing_values_as_labels, fold, glosses_blanked, leaders_as_colons

TEXT = "Tỉnh Hoà Bình có 921 dịch vụ công trực tuyến."
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks as separate combining marks."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_decode_accepts_the_encodings_articles_come_in(encoding):
    data = to_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding)
    text, used = decode(data)
    assert normalize(text) == TEXT
    assert used in {encoding, "utf-16"}


def test_decode_rejects_binary_with_a_reason():
    with pytest.raises(DecodeError, match="NUL"):
        decode(b"\x00\x01\x02PNG")


def test_windows_1258_combining_marks_become_nfc():
    raw = to_cp1258("Đắk Lắk")
    assert len(raw) > len("Đắk Lắk")  # the tones really are separate bytes
    assert normalize(decode(raw)[0]) == "Đắk Lắk"


def test_normalize_keeps_length_for_odd_spaces():
    text = "1.687\u00a0dịch vụ\u2009công\u200b"
    assert normalize(text) == "1.687 dịch vụ công "


def test_fold_moves_old_tone_marks_and_keeps_offsets():
    for old, new in [("Hoà Bình", "hòa bình"), ("Uỷ ban", "ủy ban"), ("khoẻ", "khỏe"), ("thuỷ", "thủy")]:
        assert fold(old) == new and len(fold(old)) == len(old)
    assert fold("Quý") == "quý"  # 'qu' + y keeps its tone
    assert fold("hoàng") == "hoàng"  # a final consonant keeps the tone on the vowel
    assert modern_tones("Hoà") == "Hòa"


@pytest.mark.parametrize("written, folded", [
    ("Tỉ lệ hồ sơ", "tỷ lệ hồ sơ"), ("trong quí II", "trong quý ii"), ("văn bản được kí số", "văn bản được ký số"),
    ("so với cùng kì", "so với cùng kỳ"), ("phần mềm quản lí văn bản", "phần mềm quản lý văn bản"),
])
def test_fold_spells_a_final_toned_i_as_y(written, folded):
    assert fold(written) == folded and len(fold(written)) == len(written)


@pytest.mark.parametrize("word", ["tỉnh", "chỉ", "thi", "kinh", "Thị xã", "gửi"])
def test_fold_keeps_i_inside_other_syllables(word):
    assert fold(word) == word.lower()


def test_strip_accents():
    assert strip_accents("Đắk Lắk") == "Dak Lak"


def test_furniture_lines_and_related_news_are_left_out():
    text = ("26/06/2018 - Lượt xem: 2232\nTỉnh có 100 dịch vụ.\nẢnh: H.D\n\nTin liên quan\n"
            "Kỳ họp thứ 2 thông qua 14 nghị quyết\n")
    kept = [text[a:b] for a, b in content_lines(text)]
    assert kept == ["Tỉnh có 100 dịch vụ."]
    sentence = "Số lượt truy cập Cổng dịch vụ công đạt 120.000 lượt."
    assert [sentence[a:b] for a, b in content_lines(sentence)] == [sentence]  # a figure, not a counter


@pytest.mark.parametrize("line,kept", [
    # a counter closing a line of the article's own words takes only itself off the line
    ("Hồ sơ trực tuyến tăng mạnh. Ngày đăng: 18/7/2023. … Sáu tháng đầu năm 2023, tỉnh tiếp nhận 96.840 hồ sơ, trong đó "
     "31.702 hồ sơ trực tuyến, chiếm 32,74% … Lượt xem: 1.245.", "chiếm 32,74% … "),
    ("Năm 2022, toàn tỉnh đã cung cấp 1.206 dịch vụ công trực tuyến và cấp 4.860 tài khoản thư điện tử công vụ cho cán "
     "bộ, công chức các cấp trong tỉnh. Lượt đọc: 312", "công chức các cấp trong tỉnh. "),
])
def test_a_counter_after_the_articles_words_leaves_the_words(line, kept):
    (start, end), = content_lines(line)
    assert line[start:end].endswith(kept)


@pytest.mark.parametrize("line", ["26/06/2018 - Lượt xem: 2232", "Lượt truy cập: 1.204.567"])
def test_a_short_line_with_a_counter_is_furniture(line):
    assert content_lines(line) == []


@pytest.mark.parametrize("line,kept", [
    # a caption describing the photo is the article's text; a credit alone is furniture
    ("Ảnh: Công chức xã Tân Hòa hướng dẫn một cụ bà quét mã để nộp hồ sơ cấp lại thẻ bảo hiểm y tế trên điện thoại.",
     True),
    ("Ảnh : Đoàn viên thanh niên trực ở bộ phận một cửa huyện suốt mùa hè; tháng qua huyện nhận 2.140 hồ sơ qua mạng.",
     True),
    ("Ảnh: Thanh Tâm", False),
    ("Ảnh: Minh họa (nguồn Internet)", False),
    # … other labels stay furniture however long
    ("Nguồn: Văn phòng Ủy ban nhân dân tỉnh, số liệu trích từ hệ thống một cửa điện tử đến hết ngày 30 tháng Sáu.",
     False),
])
def test_a_photo_caption_is_text_and_its_credit_furniture(line, kept):
    text = f"Tỉnh có 100 dịch vụ.\n{line}\nTỉnh có 20 điểm cầu.\n"
    assert (line in [text[a:b] for a, b in content_lines(text)]) == kept


@pytest.mark.parametrize("kicker", ["BÌNH LUẬN", "Tin liên quan", "Ý kiến bạn đọc"])
def test_a_section_kicker_above_the_first_paragraph_does_not_end_the_article(kicker):
    text = f"Vì sao hồ sơ trực tuyến còn ít?\n{kicker}\nNăm 2021 tỉnh tiếp nhận 146.208 hồ sơ.\nTin liên quan\nMục khác\n"
    kept = [text[a:b] for a, b in content_lines(text)]
    assert kept == ["Vì sao hồ sơ trực tuyến còn ít?", "Năm 2021 tỉnh tiếp nhận 146.208 hồ sơ."]


def test_error_banner_glued_before_a_title_is_cut():
    text = "The request was aborted: Could not create SSL/TLS secure channel. Xây dựng Chính phủ điện tử"
    (start, end), = content_lines(text)
    assert text[start:end] == "Xây dựng Chính phủ điện tử"


def test_line_broken_inside_a_phrase_is_one_paragraph():
    text = "Người dân thực hiện thủ tục\ntại Trung tâm ngày 23/4.\nĐoạn mới."
    assert len(paragraphs(text)) == 2


def test_sentences_keep_numbers_and_abbreviations_whole():
    text = "Tỉnh có 1.687 dịch vụ (43,75%). TP. Hà Nội đạt 2.0 điểm. Năm 2019 tăng."
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["Tỉnh có 1.687 dịch vụ (43,75%).", "TP. Hà Nội đạt 2.0 điểm.", "Năm 2019 tăng."]


def test_a_bar_ends_a_label_value_piece_but_not_a_table_cell():
    text = "Tổng hồ sơ: 498.362 | Nộp trực tuyến: 403.930 (81,05%) | Đúng hạn: 97,6%"
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["Tổng hồ sơ: 498.362", "Nộp trực tuyến: 403.930 (81,05%)", "Đúng hạn: 97,6%"]
    row = "Sở Tài chính | 8.412 | 8.105 | 97,3"
    assert [row[s.start:s.end] for s in sentences(row)] == [row]


@pytest.mark.parametrize("text,pieces", [
    # an inline bullet between label-value pieces ends each, like a bar; a word may stand before the value
    ("Số liệu – Dịch vụ mức độ 4: 58 • Hộp thư đã cấp: 9.860 • Văn bản điện tử: 78%",
     ["Số liệu – Dịch vụ mức độ 4: 58", "Hộp thư đã cấp: 9.860", "Văn bản điện tử: 78%"]),
    ("Hồ sơ trực tuyến: 41,2% · Chỉ số DTI 2022: hạng 17/63",
     ["Hồ sơ trực tuyến: 41,2%", "Chỉ số DTI 2022: hạng 17/63"]),
    # … not a bullet inside running words
    ("Các sở • ban • ngành đều dùng phần mềm: 100%.", ["Các sở • ban • ngành đều dùng phần mềm: 100%."]),
])
def test_an_inline_bullet_ends_a_label_value_piece(text, pieces):
    assert [text[s.start:s.end] for s in sentences(text)] == pieces


def test_citation_markers_become_spaces_of_the_same_length():
    text = "Cổng đi vào hoạt động với 146 dịch vụ mức độ 3.[4] Tháng 10, tỉnh có 1.263 thủ tục.[12]"
    out = normalize(text)
    assert len(out) == len(text) and "[" not in out and out.startswith("Cổng đi vào hoạt động với 146 dịch vụ mức độ 3.")
    # a bracket that is no citation stays: "[Kỳ 2]", a bracket opening a line
    assert normalize("[2] Ghi chú ở đầu dòng") == "[2] Ghi chú ở đầu dòng"
    assert normalize("Phóng sự [Kỳ 2]: hồ sơ trực tuyến") == "Phóng sự [Kỳ 2]: hồ sơ trực tuyến"


@pytest.mark.parametrize("text,out", [
    ("**1.812** dịch vụ công trực tuyến", "1.812 dịch vụ công trực tuyến"),
    ("- **Hồ sơ trực tuyến:** 205.112 hồ sơ", "- Hồ sơ trực tuyến: 205.112 hồ sơ"),
    ("Tỷ lệ đạt **97,82%** hồ sơ đúng hạn", "Tỷ lệ đạt 97,82% hồ sơ đúng hạn"),
])
def test_markdown_bold_marks_are_dropped_not_left_as_a_cell_gap(text, out):
    assert normalize(text) == out


@pytest.mark.parametrize("line,folded", [
    ("hồ sơ tiếp nhận ........ 162.384", "hồ sơ tiếp nhận:         162.384"),
    ("tỷ lệ hài lòng …… 97,84%", "tỷ lệ hài lòng:   97,84%"),
    ("số hồ sơ trễ hạn ______ 1.591", "số hồ sơ trễ hạn:       1.591"),
    ("thế là... năm sau", "thế là... năm sau"),  # an ellipsis before words leads to no value
])
def test_dotted_leaders_read_as_a_colon_and_keep_the_length(line, folded):
    assert leaders_as_colons(line) == folded and len(leaders_as_colons(line)) == len(line)


def test_a_dotted_leader_ends_no_sentence():
    text = "A. KẾT QUẢ\nHồ sơ tiếp nhận ........ 162.384\nTỷ lệ đúng hạn ........ 98,98%"
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "A. KẾT QUẢ", "Hồ sơ tiếp nhận ........ 162.384", "Tỷ lệ đúng hạn ........ 98,98%"]


@pytest.mark.parametrize("line, pieces", [
    ("Hồ sơ đã giải quyết: 94.215     Hồ sơ đang giải quyết: 4.245",
     ["Hồ sơ đã giải quyết: 94.215", "Hồ sơ đang giải quyết: 4.245"]),
    ("Tỷ lệ hồ sơ trực tuyến: 62,30%\tHồ sơ tiếp nhận trực tiếp và qua bưu chính: 37.122",
     ["Tỷ lệ hồ sơ trực tuyến: 62,30%", "Hồ sơ tiếp nhận trực tiếp và qua bưu chính: 37.122"]),
    # a gap before words that label no number ends nothing
    ("Tổng số hồ sơ: 1.200     Ghi chú: số liệu sơ bộ", ["Tổng số hồ sơ: 1.200     Ghi chú: số liệu sơ bộ"]),
])
def test_label_value_pairs_on_one_line_cut_by_a_gap_are_sentences_of_their_own(line, pieces):
    assert [line[s.start:s.end] for s in sentences(line)] == pieces


@pytest.mark.parametrize("heading", ["I. KẾT QUẢ NĂM 2024", "II. ĐỀ XUẤT, KIẾN NGHỊ", "KẾT QUẢ CỤ THỂ"])
def test_a_heading_in_capitals_after_a_colon_is_no_item_of_the_line_before(heading):
    text = f"Sở kính trình một số nội dung sau:\n{heading}\n1. Tỉnh tiếp nhận 1.200 hồ sơ."
    assert len(paragraphs(text)) == 3
    # a list item after the colon is still joined to it
    assert len(paragraphs("Kết quả như sau:\n- tiếp nhận 1.200 hồ sơ;\n- giải quyết 1.100 hồ sơ.")) == 1


@pytest.mark.parametrize("heading", ["Điều 1. Kết quả năm 2019 làm cơ sở giao ước", "Mục II: Nhiệm vụ năm 2024",
                                     "Phần 3. Đề xuất", "Chương IV. Tổ chức thực hiện"])
def test_a_numbered_section_heading_after_a_colon_is_no_item_of_the_line_before(heading):
    text = f"Các đơn vị thống nhất các nội dung sau:\n{heading}\nNăm 2019, tỉnh tiếp nhận 84.216 hồ sơ."
    assert len(paragraphs(text)) == 3
    # (a line that only opens with such a word is still an item: "Điều chỉnh …", "Phần mềm …")
    assert len(paragraphs("Kết quả như sau:\nPhần mềm một cửa đã về 120 xã;\nphần còn lại trong quý sau.")) == 1


@pytest.mark.parametrize("heading", ["CÁC THÔNG TIN LIÊN QUAN", "Những thông tin liên quan", "MỘT SỐ TIN KHÁC ĐÃ ĐĂNG"])
def test_a_heading_that_only_ends_with_an_end_marker_is_a_section_of_the_article(heading):
    text = f"Tỉnh tăng hồ sơ trực tuyến.\nNăm 2021 tỉnh tiếp nhận 146.208 hồ sơ.\n{heading}\nTỉnh có 1.702 dịch vụ công.\n"
    kept = [text[a:b] for a, b in content_lines(text)]
    assert kept[-1] == "Tỉnh có 1.702 dịch vụ công."


@pytest.mark.parametrize("byline", ["T/h: Minh AnÝ KIẾN BẠN ĐỌC", "Nguồn: Báo Tỉnh NhàTIN KHÁC ĐÃ ĐĂNG",
                                    "Theo Cổng thông tinTin liên quan"])
def test_an_end_marker_glued_to_a_byline_ends_the_article(byline):
    text = f"Năm 2021 tỉnh tiếp nhận 146.208 hồ sơ.\n{byline}\nTỉnh A đạt 80% hồ sơ trực tuyến\n"
    kept = [text[a:b] for a, b in content_lines(text)]
    assert kept == ["Năm 2021 tỉnh tiếp nhận 146.208 hồ sơ."]


def test_an_inline_dot_between_fields_reads_as_a_semicolon_in_the_folded_view():
    from analysis.text.clean import field_dots_as_semicolons, fold
    text = "Tiếp nhận: 612.408 · Trực tuyến: 398.112 • Tỷ lệ: 65%\n• Hồ sơ đã giải quyết: 598.760"
    folded = field_dots_as_semicolons(text, fold(text))
    assert len(folded) == len(text)
    assert folded.count(";") == 2  # the two between fields; the bullet opening a line stays a bullet
    assert folded.endswith("• hồ sơ đã giải quyết: 598.760")
    plain = "Tiếp nhận: 612.408; trực tuyến: 398.112"
    assert field_dots_as_semicolons(plain, fold(plain)) == fold(plain)


@pytest.mark.parametrize("text, expected", [
    # bulleted lines each closing with their value in parentheses read as "label: value"
    ("- Hồ sơ nộp qua mạng (2.104);\n- Tỷ lệ đúng hạn (97,5%).",
     "- Hồ sơ nộp qua mạng: 2.104 ;\n- Tỷ lệ đúng hạn: 97,5% ."),
    ("• Dịch vụ mức độ 4 (312)\n• Dịch vụ mức độ 3 (1.020)", "• Dịch vụ mức độ 4: 312 \n• Dịch vụ mức độ 3: 1.020 "),
    # one such line alone, a count's share in parentheses, or an aside inside the line: unchanged
    ("- Hồ sơ nộp qua mạng (2.104);\nCác đơn vị khác chưa báo cáo.", None),
    ("- Sở A: tiếp nhận 640 hồ sơ (35,2%);\n- Sở B: tiếp nhận 212 hồ sơ (12,4%);", None),
    ("- Hồ sơ (gồm bản giấy) được số hóa: 512;\n- Văn bản điện tử (đi và đến): 90%;", None),
])
def test_values_closing_bulleted_lines_read_as_labelled(text, expected):
    written = closing_values_as_labels(text, text)
    assert written == (text if expected is None else expected) and len(written) == len(text)


@pytest.mark.parametrize("jump", ["(Xem tiếp trang 6)\n(Tiếp theo trang 1)", "(Tiếp trang 4)", "Xem tiếp trang 8"])
def test_a_print_page_jump_joins_the_lines_it_breaks(jump):
    text = f"Tiêu đề bài\nHiện tỉnh có 1.692 dịch vụ, trong đó mức độ 4 có\n{jump}\n53 dịch vụ. Câu sau.\n"
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans][1:] == [
        f"Hiện tỉnh có 1.692 dịch vụ, trong đó mức độ 4 có\n{jump}\n53 dịch vụ. Câu sau."]


@pytest.mark.parametrize("text, gloss", [
    # an English gloss after the Vietnamese it translates is blanked, the length kept
    ("Đã có 2.310 hồ sơ (paid online) trong quý.", "(paid online)"),
    ("Cổng có 845 dịch vụ (full-process online services) và 301 dịch vụ một phần.", "(full-process online services)"),
    ("Tỷ lệ đúng hạn (on-time rate) là 97%.", "(on-time rate)"),
    # names in capitals, acronyms, one word, Vietnamese and numbers are kept
    ("Chỉ số PAPI (Provincial Governance Index) tăng.", None),
    ("Tỉnh xếp thứ 7 về DTI (Digital Transformation Index).", None),
    ("Hồ sơ nộp qua mạng (online) tăng mạnh.", None),
    ("Huyện A (gồm 12 xã) đạt 80%.", None),
    ("Số hồ sơ (theo quý 3) là 410.", None),
])
def test_an_english_gloss_is_blanked_in_the_folded_view(text, gloss):
    folded = fold(text)
    expected = fold(text.replace(gloss, " " * len(gloss))) if gloss else folded
    assert glosses_blanked(text, folded) == expected
