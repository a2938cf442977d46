"""The review notebook's parameters: a typed province resolved, an unknown metric named with the closest ones."""
from __future__ import annotations

import pytest
from conftest import RAW

from analysis.config import NOTEBOOKS_DIR, ROOT
from analysis.review.load import load_review
from analysis.review.present import check_metric, queue_for, review_summary


def test_check_metric_names_the_closest_known_metrics():
    assert check_metric(None) is None and check_metric("services_total") == "services_total"
    with pytest.raises(ValueError, match="did you mean services_level4"):
        check_metric("services_levl4")


def test_queue_for_a_typed_province_and_the_summary(tmp_path):
    review = load_review(RAW, tmp_path / "none.csv")
    queue = queue_for(review, "dak lak", None, 1.01)
    assert set(queue["province"]) == {"Đắk Lắk"}
    assert review_summary(review, queue, 1.01).startswith(f"Rà soát: {len(queue)} số liệu có độ tin cậy dưới 1,01")


def test_the_notebooks_default_corrections_file_is_the_projects():
    import papermill

    declared = papermill.inspect_notebook(str(NOTEBOOKS_DIR / "04_review_figures.ipynb"))
    default = eval(declared["corrections"]["default"])  # noqa: S307 - a literal from our own notebook
    assert (NOTEBOOKS_DIR / default).resolve() == (ROOT / "data" / "corrections.csv").resolve()
    assert eval(declared["interactive"]["default"]) is True  # noqa: S307


def test_the_confidence_chart_stacks_sources_and_marks_the_threshold():
    import pandas as pd

    from analysis.review.chart import confidence_chart

    figures = pd.DataFrame({"confidence": [0.3, 0.75, 0.9, 1.0, 1.0], "source": ["extracted"] * 3 + ["corrected", "added"]})
    fig = confidence_chart(figures, 0.8)
    ax = fig.axes[0]
    assert sum(p.get_height() for p in ax.patches) == 5
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["máy trích xuất (3)", "đã sửa tay (1)", "thêm tay (1)"]
    assert any(line.get_xdata()[0] == 0.8 for line in ax.get_lines())
