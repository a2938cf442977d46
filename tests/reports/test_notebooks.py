"""The notebooks: committed clean, parameterised for papermill, and what a reader sees once executed."""
from __future__ import annotations

import html
import os
import re
import shutil
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
MARK = re.compile(r"</?(?:mark|b)>")
# Codes a reader must never see as cell values: they have Vietnamese labels.
RAW_CODES = ("exact", "more_than", "less_than", "approx", "actual", "target", "bound_lower", "bound_upper",
             "ok_with_qualifier", "mismatch", "services_total", "stated:", "sum_of_levels", "not fitted",
             "not tested", "lower bound", "upper bound", "no counts")


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
    assert html.escape(evidence, quote=False) in MARK.sub("", page)
    assert "<mark><b>" in page  # each sentence shows its number highlighted
    assert "Không có lỗi" in page  # the bundled articles all decode
    assert "Tất cả số liệu do máy trích xuất, chưa có hiệu đính tay." in page  # data/corrections.csv has no lines


def test_01_02_and_03_say_how_many_figures_were_corrected_or_added_by_hand(tmp_path):
    data = report_batch().out / "data"
    figures = read_table(data / "figures.csv")
    province = figures["province"].dropna().iloc[0]
    own = figures.index[figures["province"] == province]
    other = figures.index[figures["province"] != province]
    figures["source"] = "extracted"
    figures.loc[own[:2], "source"] = "corrected"
    figures.loc[other[:1], "source"] = "added"  # another province's: 03 must not count it
    shutil.copytree(data, tmp_path / "data")
    figures.to_csv(tmp_path / "data" / "figures.csv", index=False)
    both = ("Có 2 số liệu được sửa tay và 1 số liệu được thêm tay (tệp hiệu đính data/corrections.csv); "
            "các số liệu còn lại do máy trích xuất.")
    runs = [(NOTEBOOKS / "01_extract_figures.ipynb", {"figures": "data/figures.csv"}, both),
            (NOTEBOOKS / "02_adoption_ratios.ipynb", {"figures": "data/figures.csv", "tables": "data"}, both),
            (NOTEBOOKS / "03_province_profile.ipynb",
             {"province": province, "figures": "data/figures.csv", "tables": "data"},
             "Có 2 số liệu được sửa tay (tệp hiệu đính data/corrections.csv); các số liệu còn lại do máy trích xuất.")]
    for path, parameters, sentence in runs:
        result = execute_run(Run(path.stem, path, path.stem, parameters), tmp_path, kernel_name())
        assert result.ok, result.error
        assert sentence in (tmp_path / result.html).read_text(encoding="utf-8"), path.stem


def test_02_shows_ratio_table_one_chart_per_ratio_targets_audit_and_words():
    page = _page("02_adoption_ratios.html")
    assert len(IMG.findall(page)) >= 3  # one chart per core ratio
    assert "<th>Tỷ lệ</th>" in page and "<th>Giá trị</th>" in page
    assert "ít nhất 60%" in page and "dưới 5,9%" in page  # Gia Lai 2018: bounds read as bounds
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
    assert html.escape(sentence, quote=False) in MARK.sub("", page)
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


@pytest.mark.parametrize("stem", ["01_extract_figures", "02_adoption_ratios", "03_province_profile-gia-lai",
                                  "03_province_profile-hoa-binh", "03_province_profile-quang-tri"])
def test_every_page_speaks_vietnamese_with_vietnamese_numbers_and_no_machine_path(stem):
    page = _page(f"{stem}.html")
    shown = re.sub(r"<details.*?</details>", "", page, flags=re.S)  # codes may sit behind a toggle
    cells = re.findall(r"<td>(.*?)</td>", shown, flags=re.S)
    for code in RAW_CODES:
        assert not any(code in MARK.sub("", c) for c in cells), f"{stem}: a cell shows {code!r}"
    assert str(report_batch().out) not in page and "/tmp/" not in page and "/home/" not in page
    plain = [c for c in cells if re.fullmatch(r"\d{4,}(?:[.,]\d+)?", c) and not 1900 <= float(c) <= 2100]
    assert plain == [], f"{stem}: numbers without thousands dots {plain[:3]}"


def test_the_pages_tell_the_honest_sentences_of_the_bundled_data():
    ratios_page = _page("02_adoption_ratios.html")
    assert "60,0%, đứng thứ" not in ratios_page and "thấp nhất 5,9%" not in ratios_page
    assert "Lào Cai" not in ratios_page or "chỉ gồm số liệu của" in ratios_page
    hoa_binh = _page(f"03_province_profile-{slug('Hòa Bình')}.html")
    assert "chưa có số liệu thực hiện (chỉ có mục tiêu)" in hoa_binh.lower()
    quang_tri = _page(f"03_province_profile-{slug('Quảng Trị')}.html")
    assert "(suy ra)" in quang_tri  # the 2017 ICT rank computed from "giảm 7 bậc"
    dak_lak = _page(f"03_province_profile-{slug('Đắk Lắk')}.html")
    text = re.sub(r"<img[^>]*>", "", dak_lak)
    assert "156.815" in text and "156815" not in text


@pytest.mark.parametrize("name", NAMES)
def test_every_parameter_has_a_type_and_a_vietnamese_and_english_description(name):
    for param, spec in papermill.inspect_notebook(str(NOTEBOOKS / name)).items():
        assert spec["inferred_type_name"] not in ("None", ""), f"{name}: {param} has no type"
        vietnamese, _, english = spec["help"].partition(" / ")
        assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", vietnamese), (param, spec["help"])
        assert english and re.search(r"[a-z]{3,}", english), (param, spec["help"])
