"""Scope of a figure: the unit a unit's average names."""
import pytest

from analysis.figures.context import Context
from analysis.figures.extract import extract_text
from analysis.figures.names import sentence_subject
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


@pytest.mark.parametrize("text,expected", [
    # the named unit a sentence says its figures of scopes all of them, a count, its base and its share
    ("Năm 2019, huyện Tân Hòa dẫn đầu với 704 hồ sơ qua mạng trên tổng số 5.120 hồ sơ, đạt 13,75%.",
     [("dossiers_online", "huyện Tân Hòa"), ("dossiers_received", "huyện Tân Hòa"),
      ("dossiers_online_pct", "huyện Tân Hòa")]),
    ("Năm 2019, thấp nhất là xã Phú Lộc với 52 hồ sơ trực tuyến trong 1.310 hồ sơ.",
     [("dossiers_online", "xã Phú Lộc"), ("dossiers_received", "xã Phú Lộc")]),
    # an agency: a capitalised word after its head, then its name up to what the sentence says of it
    ("Năm 2022, Sở Giao thông vận tải nhận 2.904 hồ sơ, trong đó 1.870 hồ sơ nộp trực tuyến.",
     [("dossiers_received", "Sở Giao thông vận tải"), ("dossiers_online", "Sở Giao thông vận tải")]),
    ("Trong quý II/2020, Chi nhánh Văn phòng đăng ký đất đai Lạc Sơn đã tiếp nhận 3.415 hồ sơ.",
     [("dossiers_received", "Chi nhánh Văn phòng đăng ký đất đai Lạc Sơn")]),
    # a new subject later in the sentence takes over; a whole named after the unit takes the sentence back
    ("Năm 2020, huyện Yên Lạc có 815 hồ sơ trực tuyến, còn huyện Sông Lô chỉ có 96 hồ sơ trực tuyến.",
     [("dossiers_online", "huyện Yên Lạc"), ("dossiers_online", "huyện Sông Lô")]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của thị xã Ba Đồn đạt 35,2%, trong khi toàn tỉnh đạt 28,4%.",
     [("dossiers_online_pct", "thị xã Ba Đồn"), ("dossiers_online_pct", None)]),
    # a source, a speaker or a unit compared with is no subject
    ("Theo Sở Nội vụ, năm 2021 toàn tỉnh tiếp nhận 84.300 hồ sơ.", [("dossiers_received", None)]),
    ("Sở Thông tin và Truyền thông cho biết năm 2021 tỉnh tiếp nhận 84.300 hồ sơ.", [("dossiers_received", None)]),
    ("Năm 2021, so với huyện Kỳ Sơn, tỉnh đã tiếp nhận 84.300 hồ sơ.", [("dossiers_received", None)]),
    # a lower-case head is a common noun, no name ("trung tâm đã nhận …") …
    ("Năm 2021, trung tâm đã tiếp nhận 84.300 hồ sơ.", [("dossiers_received", None)]),
    # … unless the text named one of that head before: then it points back to it
    ("Bài viết về Sở Xây dựng. Năm 2021, sở nhận 2.140 hồ sơ cấp phép xây dựng.",
     [("dossiers_received", "Sở Xây dựng")]),
    ("Theo Trung tâm Phục vụ hành chính công tỉnh, năm 2022 trung tâm đã tiếp nhận 31.870 hồ sơ.",
     [("dossiers_received", "Trung tâm Phục vụ hành chính công tỉnh")]),
    # an agency's name runs on through "và" before a capital and ends with its place
    ("Năm 2022, Sở Văn hóa, Thể thao và Du lịch nhận 1.204 hồ sơ.", [("dossiers_received", "Sở Văn hóa")]),
    ("Năm 2022, Sở Lao động - Thương binh và Xã hội nhận 2.310 hồ sơ.",
     [("dossiers_received", "Sở Lao động - Thương binh và Xã hội")]),  # ("Xã hội" is no commune)
    ("Năm 2022, Sở Kế hoạch và Đầu tư tỉnh Yên Bái nhận 3.018 hồ sơ.",
     [("dossiers_received", "Sở Kế hoạch và Đầu tư tỉnh Yên Bái")]),
    ("Năm 2022, Chi nhánh Văn phòng đăng ký đất đai huyện Lục Yên nhận 3.018 hồ sơ.",
     [("dossiers_received", "Chi nhánh Văn phòng đăng ký đất đai huyện Lục Yên")]),
    # a place in an aside, or where the unit is sited, is not its subject
    ("Năm 2023, Trung tâm Phục vụ hành chính công (đặt tại phường Nam Thanh) đã tiếp nhận 9.120 hồ sơ.",
     [("dossiers_received", "Trung tâm Phục vụ hành chính công")]),
])
def test_the_named_unit_a_sentence_speaks_of_scopes_its_figures(text, expected):
    assert facts(text, ("metric", "scope")) == expected


def test_a_figure_said_again_without_its_sentence_subject_is_the_same_figure():
    text = ("Quý III/2021, Trung tâm Phục vụ hành chính công tiếp nhận 12.656 hồ sơ. Số hồ sơ tiếp nhận trong quý "
            "(12.656 hồ sơ) thấp hơn quý II.")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_received", 12656.0, "Trung tâm Phục vụ hành chính công")]


@pytest.mark.parametrize("text,subject", [
    ("Huyện Lục Yên có nhiều cố gắng. Năm 2022, huyện đã nhận ", "Huyện Lục Yên"),  # as first written
    # after a quantifier a bare head is no one unit: "các huyện", "mỗi xã"
    ("Huyện Lục Yên có nhiều cố gắng. Năm 2022, các huyện đã nhận ", ""),
    ("Xã Tân Lập có nhiều cố gắng. Năm 2022, mỗi xã đã nhận ", ""),
])
def test_a_bare_head_before_its_verb_points_back_to_the_unit_named_before(text, subject):
    assert sentence_subject(text, text.index("Năm"), len(text)) == subject


@pytest.mark.parametrize("text,expected", [
    # a figure whose sentence names no unit keeps the subject of the figure said right before it …
    ("Năm 2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 61.230 hồ sơ và giải quyết 60.904 hồ sơ.\n"
     "Tỷ lệ đúng hạn đạt 99,6%.\nĐáng chú ý, số hồ sơ trực tuyến đạt 38.410.",
     [("dossiers_received", "Trung tâm Phục vụ hành chính công tỉnh"),
      ("dossiers_resolved", "Trung tâm Phục vụ hành chính công tỉnh"),
      ("dossiers_ontime_pct", "Trung tâm Phục vụ hành chính công tỉnh"),
      ("dossiers_online", "Trung tâm Phục vụ hành chính công tỉnh")]),
    # … but not when its sentence speaks of a place, a tier or the whole
    ("Năm 2024, huyện Mường Tè tiếp nhận 8.120 hồ sơ.\nCả tỉnh tiếp nhận 402.300 hồ sơ.",
     [("dossiers_received", "huyện Mường Tè"), ("dossiers_received", None)]),
    ("Năm 2024, huyện Mường Tè tiếp nhận 8.120 hồ sơ.\nTrên địa bàn, có 130.400 hồ sơ trực tuyến.",
     [("dossiers_received", "huyện Mường Tè"), ("dossiers_online", None)]),
    # … nor when the figure before it was said of no named unit
    ("Năm 2024, toàn tỉnh tiếp nhận 402.300 hồ sơ.\nTỷ lệ đúng hạn đạt 98,9%.",
     [("dossiers_received", None), ("dossiers_ontime_pct", None)]),
])
def test_a_sentence_naming_no_unit_keeps_the_subject_of_the_figure_before(text, expected):
    assert facts(text, ("metric", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # the deadline's outcome said of the online dossiers, with or without a rate word, before or after the number: the
    # on-time rate of those dossiers, scoped to them
    ("Trong quý III, hồ sơ trực tuyến được giải quyết đúng hạn 99,2%.",
     [("dossiers_ontime_pct", 99.2, "hồ sơ trực tuyến")]),
    ("Cả năm có 97% hồ sơ nộp qua mạng được trả kết quả đúng hẹn.",
     [("dossiers_ontime_pct", 97, "hồ sơ trực tuyến")]),
    ("Sáu tháng qua, tỷ lệ hồ sơ trực tuyến được giải quyết trước hạn là 41,5%.",
     [("dossiers_early_pct", 41.5, "hồ sơ trực tuyến")]),
    # all the dossiers stay unscoped; and a rate after a second rate word ("tỷ lệ hồ sơ trực tuyến đạt 80% và tỷ lệ
    # giải quyết đúng hạn …", "80% hồ sơ trực tuyến và 100% hồ sơ đúng hạn") is no rate of the online ones
    ("Trong năm, 98,4% hồ sơ được giải quyết đúng hạn.", [("dossiers_ontime_pct", 98.4, None)]),
    ("Mục tiêu năm 2026 là tỷ lệ hồ sơ nộp trực tuyến đạt 75% và tỷ lệ giải quyết đúng hạn đạt 99%.",
     [("dossiers_online_pct", 75, None), ("dossiers_ontime_pct", 99, None)]),
    ("Năm 2026, phường phấn đấu trên 70% hồ sơ trực tuyến và 100% hồ sơ đúng hạn.",
     [("dossiers_online_pct", 70, None), ("dossiers_ontime_pct", 100, None)]),
])
def test_an_outcome_of_the_deadline_said_of_the_online_dossiers_is_their_rate(text, expected):
    assert [(m, v, s or None) for m, v, s in facts(text, ("metric", "value", "scope"))] == expected


@pytest.mark.parametrize("text,expected", [
    # a listed unit's place in the ranking is no part of its name
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 48,2%. Thành phố Tuy Hòa dẫn đầu với 71,4%, huyện Sơn Hòa thấp "
     "nhất với 19,6%.", [(48.2, None), (71.4, "Thành phố Tuy Hòa"), (19.6, "huyện Sơn Hòa")]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 48,2%. Huyện Tuy An có tỷ lệ cao nhất với 66%.",
     [(48.2, None), (66, "Huyện Tuy An")]),
])
def test_a_listed_unit_is_scoped_by_its_name_without_its_rank(text, expected):
    assert [(v, s or None) for v, s in facts(text, ("value", "scope"))] == expected


@pytest.mark.parametrize("text,expected", [
    # each item of a series names its own tier before its count: that tier, not the first item's
    ("Năm 2023, cấp xã có 112 dịch vụ công trực tuyến, cấp huyện có 243 dịch vụ công trực tuyến.",
     [(112.0, "cấp xã"), (243.0, "cấp huyện")]),
    ("Năm 2023, cấp tỉnh tiếp nhận 52.310 hồ sơ, cấp huyện tiếp nhận 18.404 hồ sơ, cấp xã tiếp nhận 9.877 hồ sơ.",
     [(52310.0, "cấp tỉnh"), (18404.0, "cấp huyện"), (9877.0, "cấp xã")]),
    # an item with no tier of its own keeps the one said before it in its clause
    ("Năm 2023, cấp huyện tiếp nhận 18.404 hồ sơ, giải quyết 17.950 hồ sơ.", [(18404.0, "cấp huyện"),
                                                                             (17950.0, "cấp huyện")]),
])
def test_an_item_s_own_tier_before_its_count_is_its_scope(text, expected):
    rows = extract_text("Bình Định, ngày 2/3/2024.\n" + text)
    assert [(r.value, r.scope) for r in rows.itertuples()] == expected
