"""Reading a folder of mixed formats (figures/files.read_source, worker.with_file_meta, corpus): pages, PDFs
and Word files give the plain text's figures with readable evidence, the page's metadata fills what the
manifest leaves empty, the documents table records format and extractor, a scan is one clear error while
the rest completes, the file rules hold for every format, and --jobs changes nothing."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.figures.corpus import extract_corpus
from analysis.figures.files import ExtractError, ReadPolicy, read_source
from analysis.figures.worker import with_file_meta
from analysis.pipeline import extract
from analysis.review.evidence import article_texts, number_spans
from analysis.tableio import read_table

from format_fixtures import PUBLISHED, figure_keys, fixture_bytes, write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("formats") / "raw")
    (folder / "manifest.csv").write_text(f"doc_id,url,published,province\na00_plain,,{PUBLISHED},\n"
                                         f"a00_word,,{PUBLISHED},\na00_report,,{PUBLISHED},\n", encoding="utf-8")
    return folder, extract_corpus(folder)


def test_every_format_gives_the_plain_texts_figures(corpus):
    _, result = corpus
    figures = result.figures
    plain = figure_keys(figures[figures["doc_id"] == "a00_plain"])
    assert len(plain) >= 20
    assert figure_keys(figures[figures["doc_id"] == "a00_page"]) == plain
    assert figure_keys(figures[figures["doc_id"] == "a00_word"]) == plain
    keys = ("metric", "value", "period", "scope", "status")  # the PDF's letterhead moves its lead year
    assert figure_keys(figures[figures["doc_id"] == "a00_report"], keys) == figure_keys(
        figures[figures["doc_id"] == "a00_plain"], keys)


def test_evidence_is_readable_and_offsets_index_the_extracted_text(corpus):
    _, result = corpus
    figures = result.figures
    assert not figures["evidence"].str.contains("<|>").any()
    texts = article_texts(result.documents)  # what review/evidence.py marks numbers in: read_source's text
    assert sorted(texts) == ["a00_page", "a00_plain", "a00_report", "a00_word"]
    for row in figures.itertuples():
        text = texts[row.doc_id]
        written = text[row.start:row.end]
        assert row.evidence in text and written in row.evidence and written[0].isdigit(), (row.doc_id, written)
        assert number_spans(row.evidence, row.start, row.end, row.value, text)


def test_the_documents_table_records_format_extractor_and_the_pages_metadata(corpus):
    _, result = corpus
    docs = result.documents.set_index("doc_id")
    assert docs.loc["a00_page", "format"] == "html" and docs.loc["a00_page", "extractor"].startswith("trafilatura")
    assert docs.loc["a00_report", "extractor"].startswith("pypdf") and docs.loc["a00_word", "format"] == "docx"
    assert docs.loc["a00_plain", ["format", "extractor"]].tolist() == ["txt", "plain"]
    page = docs.loc["a00_page"]
    assert page["published"] == PUBLISHED and page["year"] == 2024  # a review of 2024 published in 2025
    assert page["url"].startswith("https://kinhteso-mientrung.example.vn/") and page["site"] == "Báo Kinh tế số Miền Trung"
    assert page["title"].startswith("Hà Tĩnh: dịch vụ công") and page["province"] == "Hà Tĩnh"


def test_a_scan_is_one_error_naming_the_file_and_the_rest_completes(corpus):
    folder, result = corpus
    assert result.errors["doc_id"].tolist() == ["z_scan"]
    message = result.errors["error"].iloc[0]
    assert message.startswith(str(folder / "z_scan.pdf")) and "no text layer" in message and "\n" not in message
    assert len(result.documents) == 4


def test_the_manifest_wins_over_the_page():
    assert with_file_meta({"url": "http://given", "published": ""}, {"url": "http://page", "published": "2025-01-08",
                                                                     "title": "T"}) == \
        {"url": "http://given", "published": "2025-01-08", "title": "T"}


def test_two_files_with_one_doc_id_refuse_the_second(tmp_path: Path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.html").write_bytes(fixture_bytes("article.html"))
    (folder / "a.txt").write_text("Tỉnh tiếp nhận 1.000 hồ sơ trực tuyến.", encoding="utf-8")
    (folder / "b.txt").write_text("Tỉnh tiếp nhận 2.000 hồ sơ trực tuyến.", encoding="utf-8")
    result = extract_corpus(folder)
    assert result.documents["doc_id"].tolist() == ["a", "b"] and result.documents["format"].tolist() == ["html", "txt"]
    assert result.errors["error"].tolist() == [f"{folder / 'a.txt'}: doc_id 'a' is already the document a.html; "
                                               "rename one of the two files"]


def test_the_file_rules_hold_for_every_format(tmp_path: Path):
    folder, outside = tmp_path / "raw", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (outside / "page.html").write_bytes(fixture_bytes("article.html"))
    (folder / "linked.html").symlink_to(outside / "page.html")
    (folder / "dir.pdf").mkdir()
    (folder / "big.pdf").write_bytes(fixture_bytes("report.pdf"))
    with pytest.raises(ExtractError, match="linked.html: symbolic link to .*outside the input folder"):
        read_source(folder / "linked.html", policy=ReadPolicy.for_folder(folder))
    with pytest.raises(ExtractError, match=r"dir.pdf: not a regular file \(a folder\)"):
        read_source(folder / "dir.pdf", policy=ReadPolicy.for_folder(folder))
    with pytest.raises(ExtractError, match="big.pdf: .* over the size limit"):
        read_source(folder / "big.pdf", policy=ReadPolicy.for_folder(folder, max_bytes=10_000))
    (folder / "empty.docx").write_bytes(b"")
    with pytest.raises(ExtractError, match="empty.docx: empty file"):
        read_source(folder / "empty.docx")


def test_jobs_two_writes_the_bytes_of_jobs_one_and_the_cli_exits_one_for_the_scan(tmp_path: Path, capsys):
    folder = write_corpus(tmp_path / "raw", copies=4)  # 17 files: enough for two worker processes
    assert main(["extract", str(folder), "--out", str(tmp_path / "one.csv"), "--jobs", "1", "--quiet",
                 "--no-corrections"]) == 1
    stderr = capsys.readouterr().err.splitlines()
    assert [line for line in stderr if "z_scan.pdf" in line] == [line for line in stderr if "no text layer" in line]
    assert len([line for line in stderr if "no text layer" in line]) == 1
    done = extract(folder, tmp_path / "two.csv", jobs=2)
    assert done.n_documents == 16 and [e["doc_id"] for e in done.errors] == ["z_scan"]
    for name in ("{}.csv", "{}_documents.csv", "{}_errors.csv"):
        a, b = (tmp_path / name.format("one")).read_bytes(), (tmp_path / name.format("two")).read_bytes()
        assert a == b, name
    assert len(read_table(tmp_path / "one.csv")) > 4 * 20
    assert set(pd.read_csv(tmp_path / "one_documents.csv")["format"]) == {"txt", "html", "pdf", "docx"}
