"""Notebook 04 executed with papermill on the bundled articles, read-only as the report batch runs it: the
corrections applied, the figures to review with their sentence, number, ratio and paste-ready line."""
from __future__ import annotations

import html

import nbformat
import pytest
from conftest import RAW

from analysis.cli import main
from analysis.reports.batch import NOTEBOOKS, Run, execute_run, kernel_name
from analysis.review.corrections import correction_line, save_line
from analysis.tableio import read_table

DAK_LAK, GIA_LAI = "000_9dc4c8d6a1d21c28", "003_32cc9585c5b789a1"
# the review threshold: high enough that figures feeding a ratio are among those shown (the seeds are mostly sure)
BELOW = 0.95
LIMIT = 60  # every seed figure below BELOW gets its card, whichever of them feed a selected ratio


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nb04")
    plain = tmp / "plain" / "figures.csv"
    assert main(["extract", str(RAW), "--out", str(plain), "--quiet", "--no-corrections"]) == 0
    figures, docs = read_table(plain), read_table(plain.with_name("figures_documents.csv"))
    sha = docs.set_index("doc_id")["sha256"]
    pick = lambda doc, metric: figures[(figures["doc_id"] == doc) & (figures["metric"] == metric)].iloc[0]  # noqa: E731
    corrections = tmp / "corrections.csv"
    save_line(corrections, correction_line(pick(DAK_LAK, "services_total"), sha[DAK_LAK], "drop"))
    save_line(corrections, correction_line(pick(DAK_LAK, "services_level4"), sha[DAK_LAK], "change", qualifier="approx"))
    save_line(corrections, correction_line(pick(GIA_LAI, "services_level4"), "f" * 64, "accept"))
    out = tmp / "data" / "figures.csv"
    assert main(["extract", str(RAW), "--out", str(out), "--quiet", "--corrections", str(corrections)]) == 1  # 1 stale
    run = Run("04_review_figures", NOTEBOOKS / "04_review_figures.ipynb", "04 · Rà soát số liệu",
              {"figures": str(out), "tables": None, "corrections": str(corrections), "interactive": False,
               "below": BELOW, "limit": LIMIT})
    result = execute_run(run, tmp, kernel_name())
    return result, tmp, figures


def test_04_runs_read_only_and_sums_up_the_corrections(executed):
    result, tmp, _ = executed
    assert result.ok, result.error
    assert result.summary.startswith("Rà soát: ")
    assert "1 số liệu được sửa, 0 được thêm, 1 bị bỏ" in result.summary
    assert "1 dòng hiệu đính không áp dụng được" in result.summary
    nb = nbformat.read(tmp / result.ipynb, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert not any(o.output_type == "error" for o in outputs)


def test_04_shows_each_figure_with_its_sentence_number_ratio_and_line(executed):
    result, tmp, figures = executed
    page = (tmp / result.html).read_text(encoding="utf-8")
    assert "Câu hỏi:" in page and "không áp dụng: bài viết đã thay đổi" in page
    low = figures[figures["confidence"] < BELOW].sort_values("confidence").iloc[0]
    assert html.escape(str(low["evidence"])[:40], quote=False) in page
    # (the corrections file speaks of three figures: reviewed, they leave the queue)
    assert page.count("<mark><b>") >= min(LIMIT, int((figures["confidence"] < BELOW).sum())) - 3
    assert "Tỷ lệ dùng số liệu này:" in page and "(được chọn)" in page
    assert f"drop,{low['doc_id']}," in page  # a line ready to paste
    assert "ở báo cáo HTML chỉ để đọc" in page
    assert "data:image/png;base64," in page  # the confidence chart


def test_04_in_jupyterlab_mode_shows_buttons_for_each_figure_and_the_add_form(executed, tmp_path):
    result, tmp, figures = executed
    corrections = tmp / "corrections.csv"
    before = corrections.read_text(encoding="utf-8")
    run = Run("04_interactive", NOTEBOOKS / "04_review_figures.ipynb", "04",
              {"figures": str(tmp / "data" / "figures.csv"), "corrections": str(corrections), "limit": 3,
               "below": BELOW, "interactive": True})
    done = execute_run(run, tmp_path, kernel_name())
    assert done.ok, done.error
    nb = nbformat.read(tmp_path / done.ipynb, as_version=4)
    views = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
             if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(views) == 3 + 1  # one decision box per figure shown, the add form
    assert corrections.read_text(encoding="utf-8") == before  # showing writes nothing; only a click does
