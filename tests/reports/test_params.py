"""Issue 13, item 9: notebook parameters are checked against the types their parameters cell declares."""
from __future__ import annotations

import pytest

from analysis.reports.batch import NOTEBOOKS, ParameterError, Run, check_parameters
from analysis.reports.inputs import load_extraction
from analysis.reports.params import ParameterTypeError, check_notebook, declared_types, type_problem

NB02 = NOTEBOOKS / "02_adoption_ratios.ipynb"


def test_declared_types_come_from_the_type_comments():
    types = {name: t for name, (t, _) in declared_types(NB02).items()}
    assert types == {"figures": "str", "tables": "Optional[str]", "provinces": "Optional[list]",
                     "year_min": "Optional[int]", "year_max": "Optional[int]", "merged_2025": "bool"}


@pytest.mark.parametrize(("value", "declared", "ok"), [
    ("no", "bool", False), (0, "bool", False), (True, "bool", True),
    (2018.7, "Optional[int]", False), (2018, "Optional[int]", True), (None, "Optional[int]", True),
    (True, "Optional[int]", False), ("2018", "Optional[int]", False),
    (None, "str", False), ("", "str", False), ("Gia Lai", "str", True),
    ("Gia Lai", "Optional[list]", False), (["Gia Lai"], "Optional[list]", True),
    (0.8, "float", True), (1, "float", True), ("0.8", "float", False),
])
def test_type_problem(value, declared, ok):
    assert (type_problem("p", value, declared) is None) == ok


@pytest.mark.parametrize(("params", "message"), [
    ({"merged_2025": "no"}, "merged_2025 must be bool; got 'no'"),
    ({"year_min": 2018.7}, "year_min must be Optional[int]; got 2018.7"),
])
def test_the_batch_refuses_a_parameter_of_the_wrong_type(params, message):
    with pytest.raises(ParameterError, match=message.replace("[", r"\[").replace("]", r"\]")):
        check_parameters(Run("x", NB02, "x", params))
    check_parameters(Run("x", NB02, "x", {"merged_2025": False, "year_min": 2018}))


def test_03_without_a_province_stops_instead_of_profiling_a_default_one():
    defaults = {name: default for name, (_, default) in declared_types(NOTEBOOKS / "03_province_profile.ipynb").items()}
    with pytest.raises(ParameterTypeError, match="province is required"):
        check_notebook("03_province_profile.ipynb", defaults)
    check_notebook("03_province_profile.ipynb", {**defaults, "province": "Gia Lai"})


@pytest.mark.parametrize("name", ["01_extract_figures.ipynb", "02_adoption_ratios.ipynb", "04_review_figures.ipynb"])
def test_the_defaults_of_the_other_notebooks_pass(name):
    defaults = {n: default for n, (_, default) in declared_types(NOTEBOOKS / name).items()}
    check_notebook(name, defaults)


def test_each_notebook_checks_its_parameters_in_its_first_code_cell():
    import nbformat

    for path in sorted(NOTEBOOKS.glob("0*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert f'check_notebook("{path.name}", globals())' in code[1].source, path.name


def test_a_missing_figures_or_tables_path_is_named_as_such(tmp_path):
    from analysis.reports.inputs import load_tables
    from analysis.review.load import load_review

    from conftest import RAW

    with pytest.raises(FileNotFoundError, match=r"figures = '.*nowhere': no such file or folder"):
        load_extraction(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match=r"figures = '.*nowhere': no such file or folder"):
        load_review(tmp_path / "nowhere", tmp_path / "corrections.csv")
    with pytest.raises(FileNotFoundError, match=r"tables = '.*nowhere': no such file or folder"):
        load_tables(RAW, tmp_path / "nowhere")
