"""Every metric that can appear has a Vietnamese label; coded values and ratio bases read in Vietnamese."""
from __future__ import annotations

import pytest
import yaml

from analysis.config import resource
from analysis.reference.catalogue import catalogue
from analysis.reports.labels import basis_label, bounded, metric_label, value_labels


def _lexicon_metrics() -> list[str]:
    """The metrics the lexicon alone can create: dossiers_<kind>(_pct) and procedures_<kind>."""
    out = []
    for file, prefix, suffixes in (("dossiers", "dossiers_", ("", "_pct")), ("procedures", "procedures_", ("",))):
        kinds = yaml.safe_load(resource(f"lexicon/vi/{file}.yml").read_text(encoding="utf-8"))["kinds"]
        names = [next(iter(k)) for k in kinds] if isinstance(kinds, list) else list(kinds)
        out += [f"{prefix}{n}{s}" for n in names for s in suffixes]
    return out


@pytest.mark.parametrize("metric", sorted(set(catalogue().metrics) | set(_lexicon_metrics())))
def test_every_metric_has_a_vietnamese_label(metric):
    label = metric_label(metric)
    assert label != metric and "_" not in label
    assert any(ch in label for ch in "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ"), label


def test_a_share_of_a_labelled_count_reads_as_its_share():
    assert metric_label("dossiers_pending_pct") == f"Tỷ lệ {metric_label('dossiers_pending')[0].lower()}" \
        f"{metric_label('dossiers_pending')[1:]} (%)"
    assert metric_label("not_a_metric_pct") == "not_a_metric_pct"  # unknown stays visible as such, not invented


@pytest.mark.parametrize("column, value, label", [
    ("qualifier", "exact", "chính xác"), ("qualifier", "more_than", "hơn"), ("status", "actual", "thực hiện"),
    ("status", "target", "mục tiêu"), ("verdict", "ok_with_qualifier", "khớp nhờ từ chỉ mức (hơn, khoảng…)"),
    ("problem", "share_above_100", "tỷ lệ vượt 100%"),
])
def test_coded_values_read_in_vietnamese(column, value, label):
    assert value_labels(column)[value] == label


def test_bases_and_bounds_read_in_vietnamese():
    assert basis_label("services_total") == metric_label("services_total")
    assert basis_label("stated:email_usage_pct").startswith("tỷ lệ nêu trong bài: ")
    assert "mức" in basis_label("sum_of_levels") and basis_label("") == ""
    assert bounded("60%", "bound_lower") == "ít nhất 60%" and bounded("5,9%", "bound_upper") == "dưới 5,9%"
    assert bounded("40", "derived") == "40 (suy ra)" and bounded("95%", "approx") == "khoảng 95%"
