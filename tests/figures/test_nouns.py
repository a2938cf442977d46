"""Head nouns and dossier kinds (figures/nouns.py): hand-made sentences in several shapes."""
import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    # "hồ sơ giấy" is a paper dossier …
    ("Năm 2017, bộ phận một cửa nhận 640 hồ sơ giấy và 85 hồ sơ qua mạng.",
     [("dossiers_offline", 640), ("dossiers_online", 85)]),
    # … but the start of a longer name ("giấy phép", "giấy thông hành", "giấy chứng nhận") is a document's dossiers
    ("Sở phấn đấu năm 2018 có 70% hồ sơ giấy phép lái xe được nộp qua mạng.", [("dossiers_online_pct", 70)]),
    ("Năm 2016, đồn biên phòng nhận 214 hồ sơ giấy thông hành qua mạng.", [("dossiers_online", 214)]),
    ("Năm 2019 có 45% hồ sơ giấy chứng nhận quyền sử dụng đất gửi trực tuyến.", [("dossiers_online_pct", 45)]),
])
def test_a_paper_dossier_is_not_a_document_whose_name_starts_with_paper(text, expected):
    assert facts(text) == expected
