"""The number marked in its sentence: by offsets when the article is at hand, else where it is written."""
from __future__ import annotations

from conftest import RAW

from analysis.figures.corpus import extract_corpus
from analysis.review.evidence import article_texts, marked_html, number_spans, written_forms


def test_every_bundled_figure_is_marked_exactly_by_its_offsets():
    corpus = extract_corpus(RAW)
    texts = article_texts(corpus.documents)
    assert set(texts) == set(corpus.documents["doc_id"])
    for r in corpus.figures.itertuples():
        (a, b), = number_spans(r.evidence, r.start, r.end, r.value, texts[r.doc_id])
        assert r.evidence[a:b] == texts[r.doc_id][r.start:r.end]


def test_without_the_article_every_place_the_number_is_written_is_marked():
    assert written_forms(1687.0) == ["1.687", "1687"] and written_forms(43.75)[0] == "43,75"
    sentence = "có 100% sở và 100% huyện, 1.100 xã"
    assert number_spans(sentence, 0, 1, 100.0) == [(3, 6), (14, 17)]
    assert number_spans("không có số", 0, 1, 5.0) == []


def test_article_text_is_escaped_and_long_sentences_cut_around_the_number():
    page = marked_html("<script>x</script> cung cấp 1.687 dịch vụ " + "rất dài " * 100, 0, 1, 1687.0, window=30)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<mark><b>1.687</b></mark>" in page and page.endswith("…") and len(page) < 200
