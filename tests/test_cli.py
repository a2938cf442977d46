"""The command line: one clear line for an --out of the wrong kind, a bad --jobs and a missing input; the
report's notebook parameters reach the notebooks that declare them."""
from __future__ import annotations

import pandas as pd
import pytest

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
