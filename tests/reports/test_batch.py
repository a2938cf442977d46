"""The report batch: index.html, offline self-contained pages, hidden code, failures that stay visible."""
from __future__ import annotations

import html
import json
import re
from importlib.metadata import version

import nbformat
import pytest
from _report_session import RAW, report_batch, script_report
from nbconvert import HTMLExporter

from analysis.cli import main
from analysis.reports import batch as reports
from analysis.reports.htmlexport import notebook_to_html, remote_resources
from analysis.reports.index import sha256_file
from analysis.reports.batch import NOTEBOOKS, Run
from analysis.tableio import read_table


def _index() -> str:
    return (report_batch().out / "index.html").read_text(encoding="utf-8")


def _rows(page: str) -> list[str]:
    return re.findall(r"<tr class=\"(?:ok|failed)-row\".*?</tr>", page, flags=re.S)


def test_index_links_every_report_with_summary_parameters_status_and_time():
    batch = report_batch()
    assert batch.exit_code == 0
    page = _index()
    pages = sorted(p.name for p in batch.out.glob("*.html") if p.name != "index.html")
    rows = _rows(page)
    assert len(rows) == len(pages) >= 3
    for row in rows:
        link = re.search(r'<a href="([^"]+\.html)">', row).group(1)
        assert link in pages
        stem = link.removesuffix(".html")
        assert (batch.out / f"{stem}.ipynb").exists() and f'href="{stem}.ipynb"' in row  # kept for re-opening
        assert 'data-status="ok"' in row and "thành công" in row
        assert re.search(r"<td>\d+\.\d s</td>", row)
        executed = nbformat.read(batch.out / f"{stem}.ipynb", as_version=4)
        params = executed.metadata.papermill.parameters
        assert html.escape(json.dumps(params, ensure_ascii=False, sort_keys=True)) in row
        summary = re.findall(r"</a></td><td>(.*?)</td>", row)[0]
        assert len(summary) > 10, row
    n_docs = len(list(RAW.glob("*.txt")))
    assert f"{n_docs} bài viết" in page  # 01's summary line
    assert "Tất cả" in page


def test_index_records_input_hashes_and_package_versions():
    page = _index()
    for article in RAW.glob("*.txt"):
        assert f"data/raw/{article.name}" in page and sha256_file(article) in page
    figures = report_batch().out / "data" / "figures.csv"
    assert sha256_file(figures) in page
    for package in ("pandas", "papermill", "nbconvert", "matplotlib"):
        assert f"<td>{package}</td><td>{version(package)}</td>" in page


def test_every_page_is_self_contained_and_offline():
    out = report_batch().out
    for page_path in out.glob("*.html"):
        page = page_path.read_text(encoding="utf-8")
        assert remote_resources(page) == [], page_path.name
        assert not re.search(r"<script[^>]*\bsrc=", page), page_path.name
        assert not re.search(r"<link[^>]*\bhref=[\"']?(?!data:)", page), page_path.name
        assert not re.search(r"<img[^>]*\bsrc=\"(?!data:)", page), page_path.name


def test_offline_check_catches_the_default_cdn_template():
    """The default lab template pulls require.js / MathJax from a CDN; the check must notice."""
    nb = nbformat.read(report_batch().out / "02_adoption_ratios.ipynb", as_version=4)
    default_page, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    assert remote_resources(default_page)
    assert remote_resources('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X">')
    assert remote_resources("<style>@import url('//cdn.example/x.css');</style>")
    assert not remote_resources('<a href="https://example.org/article">nguồn</a>')


def test_code_is_hidden_unless_with_code():
    out = report_batch().out
    page = (out / "02_adoption_ratios.html").read_text(encoding="utf-8")
    assert "load_tables" not in page
    assert "hl-ipython3" not in page  # no highlighted code cell
    nb = nbformat.read(out / "02_adoption_ratios.ipynb", as_version=4)
    with_code = notebook_to_html(nb, "02", with_code=True)
    assert "load_tables" in with_code and "hl-ipython3" in with_code
    assert remote_resources(with_code) == []


def test_batch_outputs_include_ratio_tables():
    data = report_batch().out / "data"
    for name in ("figures.csv", "figures_documents.csv", "figures_errors.csv", "ratios.csv", "consistency.csv",
                 "comparisons.csv"):
        assert (data / name).exists(), name
    assert not read_table(data / "figures.csv").empty


def test_article_markup_is_escaped_in_reports():
    page = script_report().read_text(encoding="utf-8")
    assert "window.__pwned" in page, "the article's sentence (with its markup) is shown as evidence"
    assert "<script>window.__pwned" not in page
    assert "&lt;script&gt;window.__pwned" in page


def test_unknown_parameter_stops_the_batch_before_any_notebook_runs(tmp_path, monkeypatch, capsys):
    def plan_with_a_typo(figures_path, tables_dir, provinces, notebooks=NOTEBOOKS):
        return [Run("bad", notebooks / "02_adoption_ratios.ipynb", "bad", {"figures": "x", "year_mn": 2019})]

    monkeypatch.setattr(reports, "plan_runs", plan_with_a_typo)
    assert main(["report", "--raw", str(RAW), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 2
    assert re.search(r"year_mn.*year_min", capsys.readouterr().err)
    assert not list((tmp_path / "out").glob("*.html"))


def test_a_failing_notebook_gets_its_page_the_index_marks_it_the_rest_completes(tmp_path, monkeypatch, capsys):
    """The report end to end with one unknown province among the runs: exit 1, error page, marked row."""
    real_plan = reports.plan_runs

    def plan_with_a_typo(figures_path, tables_dir, provinces, notebooks=NOTEBOOKS):
        runs = real_plan(figures_path, tables_dir, ["Gia Lai"], notebooks)
        return [r for r in runs if r.key.startswith("03")] + [
            Run("03_province_profile-typo", notebooks / "03_province_profile.ipynb", "03 · Hồ sơ tỉnh: Đắc Lắc",
                {"province": "Đắc Lắc", "figures": str(figures_path), "tables": str(tables_dir)})]

    monkeypatch.setattr(reports, "plan_runs", plan_with_a_typo)
    out = tmp_path / "reports"
    code = main(["report", "--raw", str(RAW), "--out", str(out), "--jobs", "2"])
    assert code == 1
    assert "FAILED 03_province_profile-typo" in capsys.readouterr().err
    good = (out / "03_province_profile-gia-lai.html").read_text(encoding="utf-8")
    assert "Gia Lai" in good and "data:image/png;base64," in good
    failed = (out / "03_province_profile-typo.html").read_text(encoding="utf-8")
    assert "UnknownProvinceError" in failed
    listed = re.search(r"closest first: ([^<\n]+)", failed).group(1)
    assert listed.split(", ")[0] == "Đắk Lắk"  # the closest known name comes first
    assert len(listed.split(", ")) == 63
    nb = nbformat.read(out / "03_province_profile-typo.ipynb", as_version=4)
    assert nb.metadata.papermill.exception is True
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    raised = next(i for i, c in enumerate(code_cells) if any(o.output_type == "error" for o in c.outputs))
    assert "resolve_province" in code_cells[raised].source and raised <= 2  # fails at once, before loading data
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = _rows(index)
    assert len(rows) == 2  # the patched plan: one good and one bad profile
    bad_row = next(r for r in rows if "typo" in r)
    assert 'data-status="failed"' in bad_row and "LỖI" in bad_row and "UnknownProvinceError" in bad_row
    assert 'data-status="ok"' in next(r for r in rows if "gia-lai" in r)
    assert "1 / 2 báo cáo bị lỗi" in index
