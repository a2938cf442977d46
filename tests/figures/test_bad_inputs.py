"""Issue 13, items 6 and 8: manifest problems, left-over temp files, file-name case, empty folders and
odd file names each give one clear warning or error (never silence, never a traceback)."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.figures.corpus import extract_corpus
from analysis.tableio import read_table

ARTICLE = "UBND tỉnh Gia Lai cho biết năm 2021 tỉnh tiếp nhận 1.000 hồ sơ trực tuyến."


def _folder(tmp_path: Path, names: tuple[str, ...] = ("a", "b"), manifest: str | None = None) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in names:
        (folder / (name if "." in name else f"{name}.txt")).write_text(ARTICLE, encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def _extract(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "extract", *args, "--quiet", "--no-corrections"],
                          capture_output=True, text=True)


# --------------------------------------------------------------------------- item 6: manifest
def test_a_duplicate_doc_id_is_a_warning_naming_both_lines_and_the_first_row_is_kept(tmp_path, caplog):
    folder = _folder(tmp_path, manifest="doc_id,url,published,province\na,http://one,2020,\na,http://two,2019,\n")
    with caplog.at_level(logging.WARNING):
        result = extract_corpus(folder)
    assert "line 3: doc_id 'a' already on line 2" in caplog.text
    assert result.documents.set_index("doc_id").loc["a", "url"] == "http://one"


def test_a_doc_id_without_an_article_file_is_a_warning_naming_its_line(tmp_path, caplog):
    folder = _folder(tmp_path, manifest="doc_id,url\na,\nghost,\n")
    with caplog.at_level(logging.WARNING):
        result = extract_corpus(folder)
    assert "1 doc_id(s) with no article file" in caplog.text and "'ghost' (line 3)" in caplog.text
    assert sorted(result.documents["doc_id"]) == ["a", "b"]


@pytest.mark.parametrize("value", ["abcd", "99999", "1800", "20201"])
def test_an_invalid_published_is_a_warning_and_ignored(tmp_path, caplog, value):
    folder = _folder(tmp_path, manifest=f"doc_id,published\na,{value}\n")
    with caplog.at_level(logging.WARNING):
        result = extract_corpus(folder)
    assert f"line 2: published '{value}' is not a date" in caplog.text
    doc = result.documents.set_index("doc_id").loc["a"]
    assert doc["published"] is None or str(doc["published"]) in ("", "nan", "None", "<NA>")


@pytest.mark.parametrize("value", ["2020", "2020-10-11", "2020/10/11", "11/10/2020", "2020-10-11T08:30:00+07:00"])
def test_valid_published_dates_give_no_warning(tmp_path, caplog, value):
    folder = _folder(tmp_path, manifest=f"doc_id,published\na,{value}\n")
    with caplog.at_level(logging.WARNING):
        result = extract_corpus(folder)
    assert "published" not in caplog.text
    assert result.documents.set_index("doc_id").loc["a", "published"] == value


def test_an_unclosed_quote_stops_with_one_line_naming_the_line(tmp_path):
    folder = _folder(tmp_path, manifest='doc_id,url\na,x\nb,"http://open\n')
    proc = _extract([str(folder), "--out", str(tmp_path / "f.csv")])
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "line 3: unclosed quote" in proc.stderr
    assert not (tmp_path / "f.csv").exists()


def test_a_manifest_option_pointing_nowhere_is_an_error(tmp_path):
    folder = _folder(tmp_path)
    proc = _extract([str(folder), "--out", str(tmp_path / "f.csv"), "--manifest", str(tmp_path / "nope.csv")])
    assert proc.returncode == 2 and "nope.csv: no such manifest file" in proc.stderr
    assert not (tmp_path / "f.csv").exists()
    from analysis.figures.corpus import ExtractError  # the library too (notebooks, pipeline.extract)

    with pytest.raises(ExtractError, match="nope.csv: no such manifest file"):
        extract_corpus(folder, tmp_path / "nope.csv")


# --------------------------------------------------------------------------- item 8: litter and surprises
def test_temp_files_left_by_a_killed_run_are_removed_by_the_next(tmp_path):
    out = tmp_path / "figures.csv"
    code = ("import os, sys; from pathlib import Path; from analysis.tableio import AtomicFile; "
            "from analysis.figures.corpus import side_paths; out = Path(sys.argv[1]); "
            "[AtomicFile(p) for p in (out, *side_paths(out))]; os._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(out)], check=False)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert len(left) == 3, left  # what a killed run leaves
    # a temp file of a live writer (this process) is not touched
    from analysis.tableio import AtomicFile
    live = AtomicFile(out)
    assert main(["extract", str(_folder(tmp_path)), "--out", str(out), "--quiet", "--no-corrections"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [live.tmp.name]
    live.discard()


def test_an_upper_case_suffix_is_an_article_like_any_other(tmp_path):
    folder = _folder(tmp_path, names=("a", "UPPER.TXT", "Mixed.Txt"))
    result = extract_corpus(folder)
    assert sorted(result.documents["doc_id"]) == ["Mixed", "UPPER", "a"]


def test_an_empty_folder_warns_on_stderr_and_exits_zero(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "notes.md").write_text("x", encoding="utf-8")
    proc = _extract([str(folder), "--out", str(tmp_path / "f.csv")])
    assert proc.returncode == 0, proc.stderr
    assert "no article files (*.txt, *.html, *.htm, *.pdf, *.docx)" in proc.stderr
    assert read_table(tmp_path / "f.csv").empty


def test_a_failed_file_with_a_newline_in_its_name_gives_one_error_line(tmp_path):
    folder = _folder(tmp_path)
    (folder / "bad\nname.txt").write_bytes(b"")
    proc = _extract([str(folder), "--out", str(tmp_path / "f.csv")])
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "bad\\nname.txt" in errors[0], proc.stderr
    assert not any(line.startswith("name.txt") for line in proc.stderr.splitlines())


def test_chart_labels_with_dollars_and_backslashes_render_as_written():
    import io

    import pandas as pd

    from analysis.reports import plots

    documents = pd.DataFrame({"doc_id": ["giá $x^2$ và $y", "a\\b", "tệp $\\bad$ và $a_$"],
                              "province": ["Gia Lai"] * 3, "n_figures": [1, 2, 3]})
    fig = plots.figures_per_document(documents)
    fig.savefig(io.BytesIO(), format="png")  # mathtext raises ValueError on "$\\bad$" and "$a_$"
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "giá $x^2$ và $y (Gia Lai)" in labels
