import re

import pytest

from analysis.text.marks import BULLET, strip_bullets


@pytest.mark.parametrize("glyph", list("-–—•+*▪●◦►»■□➤➢→✓✔✅☑☐") + ["🔹", "📌"])
def test_every_bullet_glyph_is_one_bullet(glyph):
    assert re.fullmatch(BULLET, glyph)


@pytest.mark.parametrize("text", ["a", "1", ".", ")", "(", ":", " "])
def test_letters_numbers_and_punctuation_are_no_bullets(text):
    assert not re.fullmatch(BULLET, text)


@pytest.mark.parametrize("label,more,expected", [
    (" – Hồ sơ tiếp nhận: ", ":", "Hồ sơ tiếp nhận"),
    ("• Văn bản điện tử", "", "Văn bản điện tử"),
    ("➤ Dịch vụ công | ", "|", "Dịch vụ công"),
    ("Hồ sơ trực tuyến -", "", "Hồ sơ trực tuyến"),
])
def test_strip_bullets_keeps_the_label_s_words(label, more, expected):
    assert strip_bullets(label, more) == expected
