"""The metric catalogue (resources/metrics.yml): every metric the extractor writes has a unit and a label."""
from __future__ import annotations

import re

import pytest

from conftest import RAW, ROOT, SHARED, figures_of

from analysis.reference.catalogue import SUM_OF_LEVELS, catalogue
from analysis.reports.labels import metric_label, ratio_label

HANDMADE = ROOT / "tests" / "data" / "handmade"
HELD_OUT = [ROOT / "tests" / "data" / f"heldout{n}" for n in ("", *range(2, 893))]
CORPORA = [RAW, HANDMADE, SHARED / "seeds", SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2", *HELD_OUT]


@pytest.fixture(scope="module")
def produced() -> dict[str, set[str]]:
    """metric -> units, over every corpus at hand."""
    found: dict[str, set[str]] = {}
    for folder in (f for f in CORPORA if f.is_dir()):
        figures = figures_of(folder)
        for metric, unit in zip(figures["metric"], figures["unit"]):
            found.setdefault(metric, set()).add(unit)
    return found


def test_every_extracted_metric_is_catalogued_with_its_unit_and_a_vietnamese_label(produced):
    cat = catalogue()
    missing = sorted(set(produced) - set(cat.metrics))
    assert not missing, f"add to resources/metrics.yml: {missing}"
    for metric, units in produced.items():
        assert units <= set(cat.units(metric)), (metric, units)
        assert metric_label(metric) != metric


def test_readme_metrics_are_catalogued():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("**Metrics added**"):text.index("Measured (")]
    named = set()
    for name in re.findall(r"`([a-z0-9_()]+)`", block):
        base = name.replace("(_pct)", "")
        named |= {base, base + "_pct"} if "(_pct)" in name else {base}
    assert named - set(catalogue().metrics) == set()


def test_relations_name_catalogued_metrics():
    cat = catalogue()
    names = set(cat.metrics) | {SUM_OF_LEVELS}
    used = [m for share, num, dens in cat.stated_shares for m in (share, *num.split("+"), *dens)]
    used += [m for part, whole in cat.part_of for m in (*part.split("+"), *whole.split("+"))]
    used += [m for spec in cat.ratios.values() for m in spec.metrics]
    assert set(used) <= names
    assert ratio_label("level4_share") == "Tỷ lệ dịch vụ công trực tuyến mức độ 4"


def test_the_share_of_a_count_is_its_declared_share_metric_or_none():
    cat = catalogue()
    assert cat.share_of("dossiers_online") == "dossiers_online_pct"
    assert cat.share_of("email_accounts") == "email_issued_pct"  # metrics.yml `share:`
    assert cat.share_of("portal_visits") is None  # no share metric of ours: no figure


def test_the_whole_of_a_part_is_its_single_declared_whole_or_none():
    assert catalogue().whole_of("dossiers_online") == "dossiers_received"
    assert catalogue().whole_of("dossiers_ontime") == "dossiers_resolved"
    assert catalogue().whole_of("dossiers_resolved") is None  # its whole is a sum: no one count stands for it
    assert catalogue().whole_of("dossiers_received") is None


def test_counts_add_up_to_the_whole_their_parts_or_the_whole_itself_belong_to():
    cat = catalogue()
    assert cat.sum_of(["dossiers_online_level3", "dossiers_online_level4"]) == "dossiers_online"
    assert cat.sum_of(["dossiers_online", "dossiers_online_level4"]) == "dossiers_online"  # the whole with a part
    assert cat.sum_of(["services_full_process", "services_partial"]) == "services_total"
    assert cat.sum_of(["services_level3", "services_level3"]) is None  # one kind of count: no sum to name
    assert cat.sum_of(["services_level3", "dossiers_online_level4"]) is None  # parts of different wholes
    assert cat.sum_containing("dossiers_partial") == "dossiers_online"
    assert not cat.is_part("dossiers_received")


def test_only_counts_of_what_was_added_in_a_period_are_flows():
    cat = catalogue()
    assert cat.is_flow("email_accounts_added")
    assert not any(cat.is_flow(m) for m in ("email_accounts", "services_total", "dossiers_online", "no_such_metric"))
    assert all(cat.units(m) == ("count",) for m in cat.metrics if cat.is_flow(m))
