"""Charts: Vietnamese labels rendered with a font that has the glyphs, target lines, counts."""
from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from analysis.reports import plots, present  # noqa: E402
from analysis.reports.labels import metric_label  # noqa: E402

VIETNAMESE = "Tỷ lệ dịch vụ công trực tuyến mức độ 4 — Đắk Lắk, Thừa Thiên Huế, Bà Rịa – Vũng Tàu"


def _figures() -> pd.DataFrame:
    rows = [
        ("a", "Đắk Lắk", 2019, "services_total", 1687.0, "count"),
        ("a", "Đắk Lắk", 2019, "services_level4", 271.0, "count"),
        ("a", "Đắk Lắk", 2019, "edocs_pct", 95.0, "percent"),
        ("b", "Thừa Thiên Huế", 2020, "services_level4", 300.0, "count"),
        ("b", "Thừa Thiên Huế", 2020, "edocs_pct", 80.0, "percent"),
        ("b", "Thừa Thiên Huế", 2020, "edocs_pct", 85.0, "percent"),
    ]
    df = pd.DataFrame(rows, columns=["doc_id", "province", "year", "metric", "value", "unit"])
    return df.assign(period="năm " + df["year"].astype(str), status="actual", qualifier="exact",
                     evidence="câu", year=df["year"].astype("Int64"))


def _ratios() -> pd.DataFrame:
    return pd.DataFrame({
        "level": ["province"] * 3, "province": ["Đắk Lắk", "Yên Bái", "Bà Rịa - Vũng Tàu"], "year": [2019, 2019, 2020],
        "ratio": ["level4_share"] * 3, "value": [16.06, 6.02, 40.0], "lower": [16.06, 6.02, 40.0],
        "upper": [16.06, 6.02, 100.0], "kind": ["exact", "exact", "bound"], "ci_low": [14.4, 5.0, None],
        "ci_high": [17.9, 7.3, None], "selected": [True, True, True], "target_pct": [30.0] * 3,
        "target_year": [2020] * 3,
    })


def _targets() -> pd.DataFrame:
    return pd.DataFrame({"ratio": ["level4_share", "level4_share"], "target_pct": [30, 80], "by_year": [2020, 2025]})


def _glyph_warnings(fig) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        present.figure_png(fig)
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


CHARTS = {
    "coverage_heatmap": lambda: plots.coverage_heatmap(_figures()),
    "figures_per_document": lambda: plots.figures_per_document(pd.DataFrame(
        {"doc_id": ["a", "b"], "province": ["Đắk Lắk", None], "n_figures": [3, 0]})),
    "ratio_chart": lambda: plots.ratio_chart(_ratios(), "level4_share", _targets(), highlight="Đắk Lắk"),
    "ratio_chart_empty": lambda: plots.ratio_chart(_ratios(), "email_use"),
    "province_metrics": lambda: plots.province_metrics(_figures(), "Thừa Thiên Huế"),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_renders_vietnamese_without_missing_glyphs(name):
    fig = CHARTS[name]()
    texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    assert any(any(ch in t for ch in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ") for t in texts), texts
    assert plt.rcParams["font.sans-serif"][0] == "DejaVu Sans"
    assert _glyph_warnings(fig) == []


def test_glyph_check_catches_a_font_without_vietnamese():
    """The check above can fail: a font lacking the glyphs (Computer Modern) warns on the same text."""
    plots.use_report_style()
    with plt.rc_context({"font.family": "cmr10", "axes.formatter.use_mathtext": True}):
        fig, ax = plt.subplots()
        ax.set_title(VIETNAMESE)
        assert _glyph_warnings(fig)


def test_ratio_chart_draws_each_national_target_and_the_bounds():
    fig = plots.ratio_chart(_ratios(), "level4_share", _targets())
    ax = fig.axes[0]
    vertical = sorted(line.get_xdata()[0] for line in ax.get_lines() if isinstance(line, Line2D)
                      and len(set(line.get_xdata())) == 1 and line.get_linestyle() != "None")
    assert vertical == [30, 80]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Mục tiêu quốc gia 2020: 30%" in legend and "Mục tiêu quốc gia 2025: 80%" in legend
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Yên Bái (2019)", "Đắk Lắk (2019)",
                                                              "Bà Rịa - Vũng Tàu (2020)"]
    segments = ax.collections[0].get_segments()  # interval / bound per province, sorted by value
    assert [tuple(s[:, 0]) for s in segments] == [(5.0, 7.3), (14.4, 17.9), (40.0, 100.0)]
    assert "giá trị (tối thiểu (hơn, trên))" in legend
    plt.close(fig)


def test_an_upper_bound_reaches_down_to_zero_and_says_at_most():
    ratios = _ratios()
    ratios.loc[2, ["lower", "upper", "value"]] = [None, 40.0, 40.0]  # "dưới 40%"
    fig = plots.ratio_chart(ratios, "level4_share")
    ax = fig.axes[0]
    assert tuple(ax.collections[0].get_segments()[2][:, 0]) == (0.0, 40.0)
    assert "giá trị (tối đa (dưới, chưa đến))" in [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)


def test_ratio_chart_readable_at_report_width():
    fig = plots.ratio_chart(_ratios(), "level4_share", _targets())
    assert fig.get_size_inches()[0] == pytest.approx(plots.REPORT_WIDTH_IN)
    assert plt.rcParams["font.size"] >= 9
    plt.close(fig)


def test_coverage_heatmap_counts_figures_per_province_and_metric():
    fig = plots.coverage_heatmap(_figures())
    ax = fig.axes[0]
    cells = {t.get_text() for t in ax.texts}
    assert "2" in cells  # Thừa Thiên Huế states edocs_pct twice
    assert {t.get_text() for t in ax.get_yticklabels()} == {"Đắk Lắk", "Thừa Thiên Huế"}
    assert metric_label("edocs_pct") in {t.get_text() for t in ax.get_xticklabels()}
    plt.close(fig)


def test_figure_png_is_an_image():
    png = present.figure_png(plots.coverage_heatmap(_figures()))
    assert png.startswith(b"\x89PNG") and len(png) > 5000


def test_a_province_with_unknown_year_keeps_its_name_in_the_label():
    ratios = _ratios()
    ratios["year"] = ratios["year"].astype("Int64")
    ratios.loc[0, "year"] = pd.NA
    fig = plots.ratio_chart(ratios, "level4_share")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert not any("nan" in label for label in labels)
    assert any(label.endswith("(không rõ năm)") for label in labels)
    plt.close(fig)


def test_tables_show_numbers_the_vietnamese_way_and_years_plainly():
    html = present.table_html(pd.DataFrame({"value": [156815.0, 43.75, None], "year": [2019.0, 2020.0, None]}))
    assert "<td>156.815</td>" in html and "<td>43,75</td>" in html and "<td>2019</td>" in html
    assert "156815" not in html and "2.019" not in html and "nan" not in html.lower()


def test_heatmap_province_labels_are_horizontal():
    fig = plots.coverage_heatmap(_figures())
    assert {t.get_rotation() for t in fig.axes[0].get_yticklabels()} == {0.0}
    plt.close(fig)


def _ratios_with_an_impossible_one() -> pd.DataFrame:
    ratios = _ratios()
    extra = ratios.iloc[[0]].assign(province="Thái Bình", value=445.0, lower=445.0, upper=445.0, ci_low=None,
                                    ci_high=None, numerator=4450.0, denominator=1000.0)
    return pd.concat([ratios, extra], ignore_index=True)


def test_an_impossible_value_is_held_back_and_the_chart_says_how_many():
    fig = plots.ratio_chart(_ratios_with_an_impossible_one(), "level4_share", _targets())
    ax = fig.axes[0]
    assert "Thái Bình (2019)" not in [t.get_text() for t in ax.get_yticklabels()]
    assert ax.get_xlim() == (-2.0, 102.0) and max(ax.get_xticks()) == 100
    assert "1 giá trị không thể đúng" in fig.source_text
    plt.close(fig)


def test_only_impossible_values_give_an_empty_chart_that_says_why():
    only = _ratios_with_an_impossible_one().iloc[[3]]
    fig = plots.ratio_chart(only, "level4_share")
    assert "1 giá trị không thể đúng" in fig.alt_text and "1 giá trị không thể đúng" in fig.source_text
    plt.close(fig)


def test_one_colour_per_kind_in_every_chart():
    ratio_fig = plots.ratio_chart(_ratios(), "level4_share")
    figures = _figures().assign(qualifier=["exact", "exact", "exact", "exact", "more_than", "exact"])
    profile_fig = plots.province_metrics(figures, "Thừa Thiên Huế")

    def colours(fig) -> dict[str, tuple]:
        ax = fig.axes[0]
        return {c.get_label(): tuple(c.get_facecolor()[0]) for c in ax.collections if c.get_label().startswith("giá trị")}

    a, b = colours(ratio_fig), colours(profile_fig)
    shared = set(a) & set(b)
    assert "giá trị (chính xác)" in shared and "giá trị (tối thiểu (hơn, trên))" in shared
    assert all(a[k] == b[k] for k in shared)
    assert a["giá trị (chính xác)"] != a["giá trị (tối thiểu (hơn, trên))"]
    plt.close(ratio_fig), plt.close(profile_fig)


def test_the_legend_sits_below_the_plot_not_on_the_data():
    fig = plots.ratio_chart(_ratios(), "level4_share", _targets(), highlight="Đắk Lắk")
    fig.canvas.draw()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent()
    assert legend.y1 <= ax.get_window_extent().y0
    plt.close(fig)


def test_heatmap_labels_every_column_leaves_missing_cells_empty_with_integer_steps():
    figures = _figures()
    many = pd.concat([figures] + [figures.iloc[[0]].assign(metric=m) for m in
                                  ["services_level2", "services_level3", "dossiers_received", "dossiers_online",
                                   "email_accounts", "lan_pct", "computers_pct", "portal_coverage"]], ignore_index=True)
    fig = plots.coverage_heatmap(many)
    ax = fig.axes[0]
    assert len([t for t in ax.get_xticklabels() if t.get_text()]) == many["metric"].nunique()
    assert "0" not in {t.get_text() for t in ax.texts}  # a missing cell is empty, not 0
    ticks = fig.axes[1].get_yticks()
    assert all(float(t).is_integer() for t in ticks)
    plt.close(fig)


def test_every_chart_has_alt_text_and_a_source_line():
    for name, make in CHARTS.items():
        fig = make()
        assert len(fig.alt_text) > 20, name
        assert fig.source_text.startswith("Nguồn:"), name
        html = present.figure_html(fig)
        assert 'alt="' in html and "Nguồn:" in html


def test_a_province_with_targets_only_says_so_in_its_chart():
    figures = _figures().assign(status="target")
    fig = plots.province_metrics(figures, "Đắk Lắk")
    assert "Chưa có số liệu thực hiện (chỉ có mục tiêu)." in fig.alt_text
    plt.close(fig)


def test_a_merged_province_in_a_chart_names_the_former_provinces_it_covers():
    merged = _ratios().assign(level="province_2025", province=["Đắk Lắk", "Lào Cai", "Bà Rịa - Vũng Tàu"],
                              members=["Đắk Lắk", "Yên Bái", "Bà Rịa - Vũng Tàu"])
    fig = plots.ratio_chart(merged, "level4_share", level="province_2025")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Lào Cai – gồm Yên Bái (2019)" in labels
    assert "Lào Cai – gồm Yên Bái (2019): 6%" in fig.alt_text
    plt.close(fig)
