"""reread: a percentage's context re-read into the words a plain sentence would have (module-level cases; the rules'
sentences are in test_classify.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.figures.context import Context
from analysis.figures.reread import reread
from figure_fixtures import facts


def _ctx(pre: str, post: str, sentence_before: str | None = None) -> Context:
    """A percentage's context with the fields the re-reading looks at."""
    return Context(unit="percent", pre=pre, post=post, clause_after=post, sentence_after=post,
                   sentence_before=sentence_before or pre, in_paren=False, prev_metric=None, prev_unit=None,
                   prev_head=None, prev_in_clause=False)


def test_a_context_with_nothing_to_re_read_is_returned_as_it_is():
    ctx = _ctx("năm 2023, tỷ lệ hồ sơ trực tuyến đạt ", ".")
    assert reread(ctx) is ctx
    count = replace(ctx, unit="count")
    assert reread(count) is count


def test_an_aside_is_blanked_to_the_same_length_and_the_clause_reaches_back_to_the_subject():
    before = "hồ sơ mức độ 4, tức nộp và nhận kết quả hoàn toàn qua mạng, mới bằng "
    got = reread(_ctx(" mới bằng ", ".", before))
    assert len(got.sentence_before) == len(before) and "tức" not in got.sentence_before
    assert got.pre.startswith("hồ sơ mức độ 4") and got.pre.rstrip().endswith("mới bằng")


def test_a_whole_restated_puts_its_words_and_predicate_after_the_number():
    got = reread(_ctx(" tức ", ", đã được cấp hộp thư công vụ.", "năm 2023, toàn bộ cán bộ, công chức cấp tỉnh, tức "))
    assert got.post.split() == "cán bộ, công chức cấp tỉnh đã được cấp hộp thư công vụ".split()


def test_officials_named_as_the_topic_move_after_the_number():
    got = reread(_ctx("năm 2016, công chức cấp tỉnh và cấp huyện ", " đã được cấp hộp thư công vụ."))
    assert got.post.startswith(" công chức đã được cấp") and "công chức" not in got.pre


@pytest.mark.parametrize("text,expected", [
    # a percentage opening its line, a colon, then the words that label it (a box of the week's numbers)
    ("Những con số trong tuần\n98,7%: hồ sơ giải quyết đúng hạn trong tuần qua.\n93,2%: người dân hài lòng với dịch vụ "
     "tại bộ phận một cửa.", [("dossiers_ontime_pct", 98.7), ("satisfaction_pct", 93.2)]),
    ("Số liệu tháng 3/2022\n- 47,5%: hồ sơ nộp trực tuyến trong tháng.", [("dossiers_online_pct", 47.5)]),
    # … not a value inside its sentence, its colon opening a list of what it is made of
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 47,5%: cấp tỉnh 61%, cấp huyện 40%.",
     [("dossiers_online_pct", 47.5), ("dossiers_online_pct", 61), ("dossiers_online_pct", 40)]),
])
def test_a_value_labelled_by_the_words_after_its_colon(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gloss set off by commas after "tức là"/"nghĩa là" between a labelled subject and its copula is an aside
    ("Trong đó mức độ 3 có 4.100 hồ sơ, còn hồ sơ mức độ 4, tức là nộp và nhận kết quả qua mạng, là 620, bằng 0,8% "
     "tổng số.",
     [("dossiers_online_level3", 4100), ("dossiers_online_level4", 620), ("dossiers_online_level4_pct", 0.8)]),
    ("Số hồ sơ trực tuyến, nghĩa là hồ sơ gửi qua Cổng dịch vụ công, là 5.480.", [("dossiers_online", 5480)]),
])
def test_a_gloss_between_subject_and_copula_is_an_aside(text, expected):
    assert facts(text, meta={"published": "2019-06-15"}) == expected
