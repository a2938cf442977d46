"""Folders: decoding each file, reporting bad ones, streaming tables, manifest and CLI behaviour."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.figures.corpus import extract_corpus
from analysis.tableio import read_table

from conftest import RAW


@pytest.fixture()
def messy_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a_utf16.txt").write_bytes("Tỉnh Gia Lai tiếp nhận 1.000 hồ sơ.".encode("utf-16"))
    (folder / "b_bom.txt").write_bytes("\ufeffTỉnh Yên Bái có 120 dịch vụ công trực tuyến.".encode("utf-8"))
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (folder / "manifest.csv").write_text("doc_id,url,published,province\nb_bom,,2019,\n", encoding="utf-8")
    return folder


def test_corpus_reports_bad_files_and_extracts_the_rest(messy_dir: Path):
    result = extract_corpus(messy_dir)
    assert sorted(result.documents["doc_id"]) == ["a_utf16", "b_bom"]
    assert result.documents.set_index("doc_id").loc["a_utf16", "encoding"] == "utf-16"
    assert sorted(result.errors["doc_id"]) == ["c_empty", "d_binary"]
    assert all(str(messy_dir) in e for e in result.errors["error"])
    assert "empty file" in " ".join(result.errors["error"]) and "NUL" in " ".join(result.errors["error"])
    assert result.figures.set_index("doc_id").loc["b_bom", "year"] == 2019


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_cli_writes_tables_and_signals_failures(messy_dir: Path, tmp_path: Path, suffix: str):
    out = tmp_path / f"out/figures{suffix}"
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(messy_dir), "--out", str(out), "--quiet"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "c_empty.txt: empty file" in proc.stderr
    figures = read_table(out)
    assert set(figures["doc_id"]) == {"a_utf16", "b_bom"}
    errors = pd.read_csv(out.with_name("figures_errors.csv"))
    assert len(errors) == 2
    assert len(pd.read_csv(out.with_name("figures_documents.csv"))) == 2
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temp files left


def test_cli_on_a_clean_folder_exits_zero(tmp_path: Path):
    out = tmp_path / "f.csv"
    assert main(["extract", str(RAW), "--out", str(out), "--quiet"]) == 0
    assert len(read_table(out)) > 50


def test_failed_run_leaves_an_existing_output_untouched(tmp_path: Path):
    out = tmp_path / "figures.csv"
    out.write_text("precious", encoding="utf-8")
    assert main(["extract", str(tmp_path / "missing"), "--out", str(out), "--quiet"]) == 2
    assert out.read_text(encoding="utf-8") == "precious"


def test_unsupported_output_format(tmp_path: Path):
    assert main(["extract", str(RAW), "--out", str(tmp_path / "f.xlsx"), "--quiet"]) == 2


def test_a_document_whose_rows_break_the_schema_is_reported_and_the_rest_written(tmp_path: Path, monkeypatch):
    import analysis.figures.worker as corpus  # the per-file unit every engine runs

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "good.txt").write_text("Tỉnh tiếp nhận 1.000 hồ sơ.", encoding="utf-8")
    (folder / "bad.txt").write_text("Tỉnh tiếp nhận 2.000 hồ sơ.", encoding="utf-8")
    real = corpus.document_rows

    def corrupt(doc):
        rows = real(doc)
        return [{**r, "unit": "bogus"} for r in rows] if doc.doc_id == "bad" else rows

    monkeypatch.setattr(corpus, "document_rows", corrupt)
    out = tmp_path / "f.csv"
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 1
    assert read_table(out)["doc_id"].tolist() == ["good"]
    errors = pd.read_csv(tmp_path / "f_errors.csv")
    assert errors["doc_id"].tolist() == ["bad"] and "failed validation" in errors["error"].iloc[0]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_streamed_table_reads_back_equal_to_the_in_memory_one(tmp_path: Path, suffix: str):
    out = tmp_path / f"f{suffix}"
    assert main(["extract", str(RAW), "--out", str(out), "--quiet", "--no-corrections"]) == 0
    pd.testing.assert_frame_equal(read_table(out).reset_index(drop=True),
                                  extract_corpus(RAW).figures.reset_index(drop=True), check_dtype=False)


def test_an_unknown_manifest_province_is_reported_and_the_text_decides(tmp_path: Path, caplog):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text("UBND tỉnh Gia Lai tiếp nhận 1.000 hồ sơ.", encoding="utf-8")
    (folder / "manifest.csv").write_text("doc_id,province\na,Gia Lia\n", encoding="utf-8")
    result = extract_corpus(folder)
    assert result.figures["province"].tolist() == ["Gia Lai"]
    assert "a: province 'Gia Lia' is not one of the 63 provinces" in caplog.text


def test_a_manifest_without_doc_id_stops_with_its_name(tmp_path: Path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text("Tỉnh tiếp nhận 1.000 hồ sơ.", encoding="utf-8")
    (folder / "manifest.csv").write_text("id,url\na,x\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "f.csv")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "manifest.csv: manifest has no doc_id column" in proc.stderr
    assert not (tmp_path / "f.csv").exists()


def test_documents_table_is_streamed_in_the_bytes_pandas_writes(tmp_path: Path):
    from analysis.pipeline import extract
    from analysis.schema import DOCUMENT_COLUMNS

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text("Năm 2019, tỉnh tiếp nhận 1.000 hồ sơ.", encoding="utf-8")
    (folder / "b.txt").write_text("Tỉnh có 120 dịch vụ, trong đó 30 dịch vụ mức 4.", encoding="utf-8")  # no year
    (folder / "c.txt").write_text('Tỉnh "Gia Lai", 1.200 hồ sơ, năm 2020.', encoding="utf-8")
    done = extract(folder, tmp_path / "f.csv")
    table = extract_corpus(folder).documents
    assert table["year"].isna().sum() == 1 and done.n_documents == 3
    rows = table.astype(object).where(table.notna(), None).to_dict("records")
    expected = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS)).to_csv(index=False)
    assert (tmp_path / "f_documents.csv").read_text(encoding="utf-8") == expected
    assert ",2019.0," in expected  # a year column with a gap: floats, as pandas writes it
