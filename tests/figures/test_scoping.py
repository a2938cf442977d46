"""Scope of a figure: the unit a unit's average names."""
import pytest

from analysis.figures.context import Context
from analysis.figures.scoping import average_scope
from figure_fixtures import facts


def _ctx(pre: str, post: str) -> Context:
    return Context(unit="percent", pre=pre, post=post, clause_after="", sentence_after="", sentence_before=pre,
                   in_paren=False, prev_metric=None, prev_unit=None, prev_head=None, prev_in_clause=False)


@pytest.mark.parametrize("pre,post,scope", [
    ("cao hơn mức bình quân của huyện (", "", "bình quân huyện"),        # named before, in parentheses
    (") và của toàn tỉnh (", "", "bình quân toàn tỉnh"),                 # the second unit of a pair
    (" vượt mức bình quân ", " của thị xã và ", "bình quân thị xã"),       # owned right after the number
    (" của huyện và ", " của toàn tỉnh.", "bình quân toàn tỉnh"),          # the owner after wins over the one before
    (" bình quân chung ", "", "bình quân"),                                # no unit named
])
def test_a_unit_s_average_is_scoped_by_the_unit_it_names(pre, post, scope):
    assert average_scope(_ctx(pre, post)) == scope


@pytest.mark.parametrize("text,expected", [
    # a centrally run city named with its unit word is the row's province, not a unit inside it
    ("Quý II/2025, Quảng Ninh đạt 86,4% hồ sơ trực tuyến. Thành phố Hải Phòng đạt 81,2%.",
     [("Quảng Ninh", None), ("Hải Phòng", None)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2024: tỉnh Nam Định 61,5%, tỉnh Thái Bình 58,7%.",
     [("Nam Định", None), ("Thái Bình", None)]),
    # a district keeps its scope
    ("Quý II/2025, tỉnh Quảng Ninh đạt 86,4% hồ sơ trực tuyến. Thành phố Hạ Long đạt 91,2%.",
     [("Quảng Ninh", None), ("Quảng Ninh", "Thành phố Hạ Long")]),
    # a province's capital of the same name is a unit inside it: only the five cities that are provinces are provinces
    ("Quý II/2024, tỉnh Trà Vinh đạt 56,4% hồ sơ trực tuyến. Thành phố Trà Vinh đạt 71,2%.",
     [("Trà Vinh", None), ("Trà Vinh", "Thành phố Trà Vinh")]),
])
def test_a_province_named_as_a_unit_is_the_row_s_province_not_its_scope(text, expected):
    assert facts(text, ("province", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # each criterion of the satisfaction index scopes its own share; the overall rate stays unscoped
    ("Chỉ số SIPAS của tỉnh đạt 84,2%, trong đó hài lòng về tiếp cận dịch vụ 86,5%, về thủ tục hành chính 83,9% và "
     "về kết quả giải quyết 82,7%.",
     [(84.2, None), (86.5, "tiếp cận dịch vụ"), (83.9, "thủ tục hành chính"), (82.7, "kết quả giải quyết")]),
    ("Xét từng tiêu chí, mức hài lòng đối với cơ sở vật chất đạt 79%; đối với sự phục vụ của công chức đạt 88%.",
     [(79, "cơ sở vật chất"), (88, "sự phục vụ của công chức")]),
    # one criterion alone is the overall rate said in full, and a criterion before the satisfaction word is no object
    ("Tỷ lệ hài lòng đối với việc giải quyết thủ tục hành chính đạt 97,5%.", [(97.5, None)]),
    ("Tỷ lệ hồ sơ có kết quả giải quyết đúng hạn đạt 99%; tỷ lệ người dân hài lòng về thủ tục hành chính đạt 96%.",
     [(99, None), (96, None)]),
])
def test_a_criterion_of_the_satisfaction_index_is_its_share_s_scope(text, expected):
    assert [(v, s or None) for v, s in facts(text, ("value", "scope"))] == expected
