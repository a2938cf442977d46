"""The notebooks: committed clean, parameterised for papermill, and what a reader sees once executed."""
from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

import nbformat
import papermill
import pytest
from _report_session import RAW, ROOT, report_batch

from analysis.reports.inputs import resolve_input
from analysis.reference.provinces import slug
from analysis.reports.batch import NOTEBOOKS, ParameterError, Run, check_parameters, execute_run, kernel_name
from analysis.tableio import read_table

NAMES = ["01_extract_figures.ipynb", "02_adoption_ratios.ipynb", "03_province_profile.ipynb",
         "04_review_figures.ipynb"]
EXPECTED_PARAMETERS = {
    "01_extract_figures.ipynb": {"figures"},
    "02_adoption_ratios.ipynb": {"figures", "tables", "provinces", "year_min", "year_max", "merged_2025"},
    "03_province_profile.ipynb": {"province", "figures", "tables"},
    "04_review_figures.ipynb": {"figures", "tables", "corrections", "province", "metric", "below", "limit",
                                "interactive"},
}
IMG = re.compile(r'<img[^>]+src="data:image/png;base64,[A-Za-z0-9+/=]{2000,}"')


def _page(name: str) -> str:
    return (report_batch().out / name).read_text(encoding="utf-8")


def _figures():
    return read_table(report_batch().out / "data" / "figures.csv")


def test_the_numbered_notebooks_exist():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs_and_opens_with_a_question(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "**Câu hỏi:**" in first.source
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: committed with outputs"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and nb.cells.index(tagged[0]) == 1
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", NAMES)
def test_parameters_as_declared_with_defaults_that_work_from_the_repo(name):
    declared = papermill.inspect_notebook(str(NOTEBOOKS / name))
    assert set(declared) == EXPECTED_PARAMETERS[name]
    for param in ("figures",):
        if param in declared:
            default = eval(declared[param]["default"])  # noqa: S307 - a literal from our own notebook
            assert resolve_input(default).resolve() == RAW.resolve()
            cwd = os.getcwd()
            try:  # JupyterLab opens notebooks with notebooks/ as the working directory
                os.chdir(NOTEBOOKS)
                assert Path(default).resolve() == RAW.resolve()
            finally:
                os.chdir(cwd)


def test_a_misspelt_parameter_is_an_error_not_a_warning():
    run = Run("x", NOTEBOOKS / "03_province_profile.ipynb", "x", {"provinc": "Đắk Lắk"})
    with pytest.raises(ParameterError, match=r"'provinc' \(did you mean 'province'\?\)"):
        check_parameters(run)
    check_parameters(Run("x", NOTEBOOKS / "03_province_profile.ipynb", "x", {"province": "Đắk Lắk"}))


def test_the_batch_executed_every_notebook_once_per_province():
    batch = report_batch()
    assert batch.exit_code == 0
    provinces = sorted(_figures()["province"].dropna().unique())
    assert provinces, "the bundled articles yield figures for at least one province"
    expected = ({"01_extract_figures", "02_adoption_ratios", "04_review_figures"}
                | {f"03_province_profile-{slug(p)}" for p in provinces})
    assert {p.stem for p in batch.out.glob("*.ipynb")} == expected
    for stem in expected:
        nb = nbformat.read(batch.out / f"{stem}.ipynb", as_version=4)
        assert nb.metadata.papermill.exception is not True
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.execution_count for c in code), f"{stem}: a cell did not run"
        for cell in code:
            for out in cell.outputs:
                assert out.output_type != "error", f"{stem}: {out.get('ename')}"
                assert "missing from font" not in out.get("text", ""), f"{stem}: {out['text']}"
                assert "Warning" not in out.get("text", "") or out.get("name") != "stderr", out["text"]


def test_01_shows_documents_heatmap_evidence_and_errors():
    page = _page("01_extract_figures.html")
    for doc in sorted(p.stem for p in RAW.glob("*.txt")):
        assert f"<td>{doc}</td>" in page
    assert len(IMG.findall(page)) >= 2  # figures per document + coverage heatmap
    assert "<th>Câu trích dẫn</th>" in page
    evidence = _figures()["evidence"].iloc[0]
    assert html.escape(evidence, quote=False) in page
    assert "Không có lỗi" in page  # the bundled articles all decode


def test_02_shows_ratio_table_one_chart_per_ratio_targets_audit_and_words():
    page = _page("02_adoption_ratios.html")
    assert len(IMG.findall(page)) >= 3  # one chart per core ratio
    assert "<th>Tỷ lệ</th>" in page and "<th>Độ chính xác</th>" in page
    assert "Tỷ lệ dịch vụ công trực tuyến mức độ 4" in page
    assert "<th>Kết luận</th>" in page and ("đạt" in page)
    assert "<th>Phép kiểm tra</th>" in page  # the consistency audit
    assert re.search(r"so với .*(chênh|không kiểm định)", page) or "Không đủ tỉnh để so sánh" in page
    assert "Xu hướng" in page or "Không đủ số năm" in page


def test_03_dak_lak_profile_quotes_its_evidence_sentence():
    figures = _figures()
    mine = figures[figures["province"] == "Đắk Lắk"]
    assert len(mine) >= 5
    page = _page(f"03_province_profile-{slug('Đắk Lắk')}.html")
    article = (RAW / f"{mine['doc_id'].iloc[0]}.txt").read_text(encoding="utf-8")
    level4 = mine[mine["metric"] == "services_level4"]
    assert not level4.empty, "the Đắk Lắk article states its level-4 services (271)"
    sentence = level4["evidence"].iloc[0]
    assert "271" in sentence and sentence in article  # the sentence as it stands in the source
    assert html.escape(sentence, quote=False) in page
    assert "&lt;NA&gt;" not in page and ">nan<" not in page  # missing values show as empty cells
    assert len(IMG.findall(page)) >= 1
    assert "đứng thứ" in page or "không đủ số liệu" in page


def test_kernel_is_the_project_interpreter(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("label = 'x'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"),
    ])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "which.ipynb"
    nbformat.write(nb, path)
    result = execute_run(Run("which", path, "which", {"label": "y"}), tmp_path, kernel_name())
    assert result.ok, result.error
    executed = nbformat.read(tmp_path / "which.ipynb", as_version=4)
    printed = executed.cells[-1].outputs[0]["text"].strip()
    assert os.path.samefile(printed, sys.executable)
    assert Path(sys.executable).resolve().is_relative_to((ROOT / ".venv").resolve()) or sys.prefix != sys.base_prefix
