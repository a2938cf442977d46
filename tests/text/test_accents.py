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
