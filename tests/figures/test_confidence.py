"""Confidence and rule: the four signals of a row and how they combine."""
from analysis.figures.confidence import evidence_strength, weights
from analysis.figures.extract import extract_text


def test_rule_names_every_signal():
    rule = evidence_strength("head", "dossiers", "sentence", "default", "manifest")["rule"]
    assert rule == "metric:head(dossiers); year:sentence; status:default; province:manifest"


def test_confidence_is_the_product_of_the_rates_and_falls_back_to_the_signal_kind():
    w = weights()
    got = evidence_strength("subject", "dossiers", "document(published)", "cue", "text")["confidence"]
    expected = w["metric"]["subject(dossiers)"] * w["year"]["document(published)"] * w["status"]["cue"] * w["province"]["text"]
    assert got == round(expected, 2)
    unknown = evidence_strength("subject", "dossiers", "document(somewhere)", "cue", "text")["confidence"]
    assert unknown == round(w["metric"]["subject(dossiers)"] * w["year"]["document"] * w["status"]["cue"]
                            * w["province"]["text"], 2)


def test_how_the_articles_year_was_settled_is_part_of_the_rule():
    text = "Tổng kết năm 2022\n\nSở Nội vụ tổng kết công tác năm 2022.\n\nTrong năm, tỉnh Kon Tum tiếp nhận 61.000 hồ sơ."
    by_manifest = extract_text(text, "a", {"published": "2024-06-10"}).iloc[0]
    review = extract_text(text, "b", {"published": "2023-01-12"}).iloc[0]
    undated = extract_text(text, "c").iloc[0]
    assert "year:document(published)" in by_manifest["rule"] and by_manifest["year"] == 2024
    assert "year:document(review)" in review["rule"] and review["year"] == 2022
    assert "year:document(lead)" in undated["rule"] and undated["year"] == 2022
    assert "province:text" in undated["rule"]
