import pytest

from analysis.text.accents import restore_marks


@pytest.mark.parametrize("bare, marked", [
    ("Ho so tiep nhan", "hồ sơ tiếp nhận"),
    ("Ty le truc tuyen (%)", "tỷ lệ trực tuyến (%)"),
    ("Tai khoan thu dien tu", "tài khoản thư điện tử"),
])
def test_a_phrase_written_without_marks_gets_the_lexicon_s_marks_back(bare, marked):
    assert restore_marks(bare) == marked


@pytest.mark.parametrize("text", ["Hồ sơ tiếp nhận", "Tỷ lệ (%)", "Sở Tư pháp"])
def test_a_phrase_with_any_mark_is_left_as_written(text):
    assert restore_marks(text) == text


def test_an_unmarked_word_standing_for_two_marked_ones_is_left_alone():
    # "so" is "số" (a number of) or "sở" (a department): no guess
    assert restore_marks("so ho so") == "so hồ sơ"


@pytest.mark.parametrize("line,label", [
    ("so_ho_so_tiep_nhan = 61.208", "so hồ sơ tiếp nhận : 61.208"),
    ("ty_le_dung_han: 98,05", "tỷ lệ đúng hạn: 98,05"),
    # ("số tài khoản" is a lexicon phrase, structure.yml second_predicate_openers: marked as a whole, "so" with it)
    ("- so_tai_khoan_thu_dien_tu = 4.500", "- số tài khoản thư điện tử : 4.500"),
])
def test_a_datasets_field_line_reads_as_a_label_in_words(line, label):
    from analysis.text.accents import fields_as_labels
    assert fields_as_labels(line, line) == label and len(label) == len(line)


@pytest.mark.parametrize("line", ["ma_dinh_danh = abc", "Xem trang https://x.vn/du_lieu_mo = 3", "Hồ sơ_tiếp nhận = 5"])
def test_other_lines_with_underscores_are_left_as_they_are(line):
    from analysis.text.accents import fields_as_labels
    assert fields_as_labels(line, line) == line
