"""The command line: one clear line for an --out of the wrong kind, a bad --jobs and a missing input; the
report's notebook parameters reach the notebooks that declare them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW

from analysis.cli import build_parser, main, notebook_parameters
from analysis.reports.batch import plan_runs


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err and "Errno" not in err, err
    return err


@pytest.mark.parametrize("argv", [["report", "--out", "x.csv"], ["ratios", "figures.csv", "--out", "out.csv"]])
def test_a_file_name_where_a_folder_is_expected_is_one_line(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    pd.DataFrame().to_csv("figures.csv")
    assert main(argv) == 2
    assert "looks like a file name; give a folder" in _one_line(capsys)
    assert not (tmp_path / argv[-1]).exists()


def test_an_existing_file_as_report_out_is_one_line(tmp_path, capsys):
    (tmp_path / "reports").write_text("x")
    assert main(["report", "--raw", str(tmp_path), "--out", str(tmp_path / "reports")]) == 2
    assert "is a file; give a folder" in _one_line(capsys)


def test_a_folder_of_other_files_as_extract_out_is_refused_not_replaced(tmp_path, capsys):
    processed = tmp_path / "processed"
    processed.mkdir()
    (processed / "keep.csv").write_text("a\n1\n")
    (tmp_path / "raw").mkdir()
    assert main(["extract", str(tmp_path / "raw"), "--out", str(processed), "--quiet"]) == 2
    assert "is a folder of other files, not a figures dataset" in _one_line(capsys)
    assert (processed / "keep.csv").read_text() == "a\n1\n"


@pytest.mark.parametrize("jobs", ["0", "-1"])
def test_report_jobs_below_one_is_rejected(capsys, jobs):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["report", "--jobs", jobs])
    assert exit_.value.code == 2 and "must be at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("argv, expected", [
    (["ratios", "{t}/missing.csv", "--out", "{t}/out"], "missing.csv: no such figures table"),
    (["correct", "{t}/missing.csv"], "missing.csv: no such figures table"),
    (["evaluate", "{t}/gold.csv", "{t}/pred.csv"], "gold.csv: no such gold file"),
    (["extract", "{t}", "--out", "{t}/f.csv", "--manifest", "{t}/manifest.csv", "--quiet"],
     "manifest.csv: no such manifest file"),
    (["correct", "{t}"], "is a folder; expected a figures table"),
])
def test_a_missing_input_is_one_line_without_errno(tmp_path, capsys, argv, expected):
    assert main([a.format(t=tmp_path) for a in argv]) == 2
    assert expected in _one_line(capsys)


def test_report_notebook_parameters_only_those_given():
    args = build_parser().parse_args(["report", "--provinces", "Hòa Bình, Yên Bái", "--year-min", "2019",
                                      "--merged-2025"])
    assert notebook_parameters(args) == {"provinces": ["Hòa Bình", "Yên Bái"], "year_min": 2019,
                                         "merged_2025": True}
    assert notebook_parameters(build_parser().parse_args(["report"])) == {}


def test_report_year_range_backwards_is_one_line(capsys):
    assert main(["report", "--year-min", "2022", "--year-max", "2020"]) == 2
    assert "--year-min 2022 is after --year-max 2020" in _one_line(capsys)


def test_notebook_parameters_reach_only_the_notebooks_that_declare_them():
    extra = {"provinces": ["Hòa Bình"], "year_min": 2019, "year_max": 2023, "merged_2025": True}
    runs = {r.key: r.parameters for r in plan_runs("data/figures.csv", "data", ["Hòa Bình"], extra=extra)}
    assert {k: runs["02_adoption_ratios"][k] for k in extra} == extra
    for key, params in runs.items():
        if key != "02_adoption_ratios":
            assert not set(extra) & set(params), key
    plain = {r.key: r.parameters for r in plan_runs("data/figures.csv", "data", ["Hòa Bình"])}
    assert runs == {**plain, "02_adoption_ratios": {**plain["02_adoption_ratios"], **extra}}


def test_a_folder_of_other_files_as_report_out_is_refused_not_replaced(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "keep.csv").write_text("a\n1\n")
    assert main(["report", "--raw", str(tmp_path), "--out", str(tmp_path / "data")]) == 2
    assert "is a folder of other files, not a reports folder" in _one_line(capsys)
    assert (tmp_path / "data" / "keep.csv").read_text() == "a\n1\n"


# ----------------------------------------------------------------- output paths (issue 13 item 7)
@pytest.fixture(scope="module")
def figures_table(tmp_path_factory) -> Path:
    """The extractor's tables on the bundled articles (figures.csv and the side tables beside it)."""
    out = tmp_path_factory.mktemp("extracted") / "figures.csv"
    assert main(["extract", str(RAW), "--out", str(out), "--quiet", "--no-corrections"]) == 0
    return out


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden temporary files too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_extract_out_csv_that_is_a_folder_is_one_line_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "x.csv").mkdir()
    assert main(["extract", str(RAW), "--out", str(tmp_path / "x.csv"), "--quiet"]) == 2
    assert "x.csv is a folder; give a table file name" in _one_line(capsys)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["x.csv"]


@pytest.mark.parametrize("argv", [
    ["extract", str(RAW), "--out", "{f}/f.csv", "--quiet"],
    ["ratios", "{figures}", "--out", "{f}/ratios"],
    ["report", "--raw", str(RAW), "--out", "{f}/reports"],
])
def test_an_out_whose_parent_is_a_file_is_one_line_exit_2(tmp_path, capsys, figures_table, argv):
    (tmp_path / "file").write_text("x")
    assert main([a.format(f=tmp_path / "file", figures=figures_table) for a in argv]) == 2
    assert f"{tmp_path / 'file'} is a file, not a folder" in _one_line(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.parametrize("side", ["figures_documents.csv", "figures_errors.csv", "figures_corrections.csv",
                                  "figures_corrections_used.csv", "figures_extracted.csv"])
def test_extract_writes_no_table_when_a_side_table_cannot_be_written(tmp_path, capsys, side):
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures.csv").write_text("old\n")
    (out / side).mkdir()
    assert main(["extract", str(RAW), "--out", str(out / "figures.csv"), "--quiet"]) == 2
    assert f"{side} is a folder where a table is to be written" in _one_line(capsys)
    assert _files(out) == {"figures.csv": b"old\n"}  # the main table not replaced, no temporary file left


def test_ratios_writes_no_table_when_one_cannot_be_written(tmp_path, capsys, figures_table):
    out = tmp_path / "ratios"
    out.mkdir()
    (out / "ratios.csv").write_text("old\n")
    (out / "consistency.csv").mkdir()
    assert main(["ratios", str(figures_table), "--out", str(out)]) == 2
    assert "consistency.csv is a folder where a table is to be written" in _one_line(capsys)
    assert _files(out) == {"ratios.csv": b"old\n"}


def test_correct_writes_no_table_when_a_side_table_cannot_be_written(tmp_path, capsys, figures_table):
    shutil.copytree(figures_table.parent, tmp_path / "t")
    before = _files(tmp_path / "t")
    (tmp_path / "t" / "figures_corrections_used.csv").mkdir()
    assert main(["correct", str(tmp_path / "t" / "figures.csv")]) == 2
    assert "figures_corrections_used.csv is a folder where a table is to be written" in _one_line(capsys)
    assert _files(tmp_path / "t") == before


def test_a_write_failing_midway_replaces_no_output(tmp_path, capsys, figures_table, monkeypatch):
    """A side table whose write fails (a full disk) after the main table was written: none is replaced."""
    out = tmp_path / "ratios"
    assert main(["ratios", str(figures_table), "--out", str(out)]) == 0
    capsys.readouterr()
    for name in ("ratios.csv", "consistency.csv", "comparisons.csv"):
        (out / name).write_text("old\n")
    real = pd.DataFrame.to_csv

    def full_disk(self, path=None, *args, **kwargs):
        if path is not None and ".comparisons.csv." in str(path):
            raise OSError(28, "No space left on device")
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)
    assert main(["ratios", str(figures_table), "--out", str(out)]) == 2
    assert "comparisons.csv: cannot write (No space left on device)" in _one_line(capsys)
    assert _files(out) == dict.fromkeys(["comparisons.csv", "consistency.csv", "ratios.csv"], b"old\n")


def test_the_parsers_engines_are_the_extractors():
    from analysis.cli import ENGINES
    from analysis.figures.corpus import ENGINES as EXTRACTOR_ENGINES

    assert ENGINES == EXTRACTOR_ENGINES
