"""report --figures: a figures table written before is used as it is (no extraction), the index says where the
figures came from, and reuse follows that table's content (issue 14)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from _report_session import RAW

from analysis import pipeline
from analysis.cli import main
from analysis.reports import batch as reports
from analysis.tableio import read_figures, read_table

ARTICLE = "002_a758e705c6fbd338.txt"  # Hòa Bình: one article, four reports (01, 02, one 03, 04)


def _no_extraction(*args, **kwargs):
    raise AssertionError("the batch extracted although it was given a figures table")


@pytest.fixture(scope="module")
def given(tmp_path_factory) -> tuple[Path, Path]:
    """(the figures table extract wrote on one article, the report batch published from it)."""
    tmp = tmp_path_factory.mktemp("given")
    (tmp / "raw").mkdir()
    shutil.copy(RAW / ARTICLE, tmp / "raw" / ARTICLE)
    table = tmp / "tables" / "figures.csv"
    assert main(["extract", str(tmp / "raw"), "--out", str(table), "--quiet"]) == 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "extract", _no_extraction)
        assert main(["report", "--figures", str(table), "--out", str(tmp / "reports"), "--jobs", "2"]) == 0
    return table, tmp / "reports"


def _copy(given: tuple[Path, Path], tmp: Path) -> tuple[Path, Path]:
    table, out = given
    shutil.copytree(table.parent, tmp / "tables")
    shutil.copytree(out, tmp / "reports")
    return tmp / "tables" / table.name, tmp / "reports"


def test_the_given_table_and_its_side_tables_are_the_batchs_tables_and_the_index_says_so(given):
    table, out = given
    for name in ("figures.csv", "figures_documents.csv", "figures_errors.csv", "figures_corrections.csv",
                 "figures_corrections_used.csv"):
        assert (out / "data" / name).read_bytes() == (table.parent / name).read_bytes(), name
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f"Nguồn số liệu: bảng số liệu có sẵn {table}" in page
    assert "trích xuất từ các bài viết" not in page


def test_a_rerun_on_the_same_table_reuses_everything(given, tmp_path, monkeypatch):
    table, out = _copy(given, tmp_path)
    monkeypatch.setattr(pipeline, "extract", _no_extraction)
    table.touch()  # a newer file with the same content: still the same figures
    done = pipeline.report(Path("unused"), out, progress=False, figures=table)
    assert done.ok and {"extraction", "ratios"} <= set(done.reused)
    assert {r.key for r in done.runs} <= set(done.reused)


def test_a_changed_table_reruns_what_reads_it(given, tmp_path, monkeypatch):
    table, out = _copy(given, tmp_path)
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # one figure fewer
    asked: list[str] = []

    def run_all(runs, *args, **kwargs):
        asked.extend(r.key for r in runs)
        raise RuntimeError("stop before executing")

    monkeypatch.setattr(reports, "run_all", run_all)
    with pytest.raises(RuntimeError, match="stop before executing"):
        pipeline.report(Path("unused"), out, progress=False, figures=table)
    assert set(asked) == {"01_extract_figures", "02_adoption_ratios", "03_province_profile-hoa-binh",
                          "04_review_figures"}


@pytest.mark.parametrize("kind", ["parquet", "dataset"])
def test_a_parquet_table_or_dataset_becomes_the_batchs_csv_with_empty_side_tables(given, tmp_path, kind):
    table, _ = given
    figures = read_figures(table)
    path = tmp_path / ("f.parquet" if kind == "parquet" else "f")
    if kind == "parquet":
        figures.to_parquet(path, index=False)
    else:
        path.mkdir()
        figures.to_parquet(path / "part-00000.parquet", index=False)
    done = pipeline.use_figures(path, tmp_path / "data")
    assert done.n_figures == len(figures) and done.errors == [] and done.n_documents == 0
    pd.testing.assert_frame_equal(read_figures(tmp_path / "data" / "figures.csv"), figures)
    assert list(read_table(tmp_path / "data" / "figures_documents.csv").columns)[:2] == ["doc_id", "path"]
    assert (tmp_path / "data" / "figures_corrections_used.csv").read_text(encoding="utf-8").startswith("action,")


@pytest.mark.parametrize("argv, expected", [
    (["--figures", "{t}/f.csv", "--raw", "{t}"], "give --raw (articles to extract) or --figures"),
    (["--figures", "{t}/f.csv", "--corrections", "{t}/c.csv"], "--figures takes the table as it is"),
    (["--figures", "{t}/missing.csv"], "missing.csv: no such figures table"),
])
def test_report_figures_misuse_is_one_line(tmp_path, capsys, argv, expected):
    (tmp_path / "f.csv").write_text("doc_id\n")
    assert main(["report", "--out", str(tmp_path / "reports"), *[a.format(t=tmp_path) for a in argv]]) == 2
    err = capsys.readouterr().err.strip()
    assert expected in err and "\n" not in err
    assert not (tmp_path / "reports").exists()


def test_a_table_that_breaks_the_contract_fails_the_step_and_runs_nothing(tmp_path, capsys):
    (tmp_path / "f.csv").write_text("doc_id,metric\nx,y\n")
    assert main(["report", "--figures", str(tmp_path / "f.csv"), "--out", str(tmp_path / "reports")]) == 1
    assert "not a figures table" in capsys.readouterr().err
    assert "thất bại" in (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
