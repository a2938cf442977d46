"""The quality bar: core F1 and attribute accuracy on the seeds and the dev corpus (read from ../shared)."""
from __future__ import annotations

import pytest

from analysis.figures.evaluate import evaluate, read_gold
from analysis.figures.corpus import extract_corpus

from conftest import RAW, figures_of, shared_path


@pytest.fixture(scope="module")
def seeds():
    return extract_corpus(RAW).figures


@pytest.fixture(scope="module")
def dev():
    return extract_corpus(shared_path("corpus", "dev")).figures


def test_seed_core_f1(seeds):
    result, matches = evaluate(read_gold(shared_path("gold", "seed_figures.csv")), seeds)
    assert result.f1 >= 0.97, matches[matches["outcome"] != "tp"].to_string()
    assert result.accuracy["qualifier"] >= 0.95 and result.accuracy["status"] >= 0.95


def test_dev_core_f1_and_accuracy(dev):
    result, matches = evaluate(read_gold(shared_path("gold", "dev_figures.csv")), dev)
    assert result.f1 >= 0.90, matches[matches["outcome"] != "tp"].to_string()
    assert result.accuracy["qualifier"] >= 0.95
    assert result.accuracy["status"] >= 0.95


def test_seed_hand_checked_rows(seeds):
    dak_lak = seeds[seeds["doc_id"] == "000_9dc4c8d6a1d21c28"].set_index("metric")
    assert dak_lak.loc["services_level4", "value"] == 271
    assert dak_lak.loc["services_level4_pct", "value"] == 16.06
    assert dak_lak.loc["services_total", "evidence"].startswith("Về triển khai, Đắk Lắk sử dụng")
    gia_lai = seeds[(seeds["doc_id"] == "003_32cc9585c5b789a1") & (seeds["metric"] == "ict_index_rank")]
    assert sorted(zip(gia_lai["year"], gia_lai["value"])) == [(2015, 44), (2016, 38), (2017, 37)]


def test_handmade_articles_in_styles_the_corpus_lacks():
    """Three articles written for the tests (2022 'toàn trình' vocabulary, a plan next to last year's
    results, e-mail and ICT), annotated before the extractor ran on them; every tier must be found."""
    folder = RAW.parent.parent / "tests" / "data" / "handmade"
    result, matches = evaluate(read_gold(folder / "gold.csv"), extract_corpus(folder).figures,
                               tiers=("core", "extra", "bonus"))
    assert result.f1 >= 0.95, matches[matches["outcome"] != "tp"].to_string()
    assert all(value == 1.0 for value in result.accuracy.values()), result.accuracy


def test_dev2_core_f1_and_accuracy():
    """dev2 was used to find the kinds of error (its first look was 0.619); the bar keeps what was gained."""
    result, matches = evaluate(read_gold(shared_path("gold", "dev2_figures.csv")),
                               extract_corpus(shared_path("corpus", "dev2")).figures)
    assert result.f1 >= 0.95, matches[matches["outcome"] != "tp"].to_string()
    assert result.accuracy["status"] >= 0.95 and result.accuracy["year"] >= 0.95


@pytest.mark.parametrize("folder,floor,province", [("heldout", 0.95, 1.0), ("heldout2", 0.94, 1.0),
                                                   ("heldout3", 0.94, 1.0), ("heldout4", 0.95, 0.98),
                                                   ("heldout5", 0.95, 1.0), ("heldout6", 0.92, 1.0),
                                                   ("heldout7", 0.92, 0.95), ("heldout8", 0.92, 1.0),
                                                   ("heldout9", 0.95, 1.0), ("heldout10", 0.95, 1.0),
                                                   ("heldout11", 0.95, 1.0), ("heldout12", 0.92, 0.98),
                                                   ("heldout13", 0.95, 1.0), ("heldout14", 0.95, 1.0),
                                                   ("heldout15", 0.95, 0.98), ("heldout16", 0.94, 1.0),
                                                   ("heldout17", 0.93, 1.0), ("heldout18", 0.93, 0.98),
                                                   ("heldout19", 0.94, 1.0), ("heldout20", 0.92, 0.97),
                                                   ("heldout21", 0.91, 0.99), ("heldout22", 0.94, 0.93),
                                                   ("heldout23", 0.94, 0.98), ("heldout24", 0.92, 0.99),
                                                   ("heldout25", 0.93, 1.0), ("heldout26", 0.92, 0.99),
                                                   ("heldout27", 0.96, 1.0), ("heldout28", 0.95, 0.99),
                                                   ("heldout29", 0.95, 0.99), ("heldout30", 0.94, 1.0),
                                                   ("heldout31", 0.97, 0.99), ("heldout32", 0.95, 1.0),
                                                   ("heldout33", 0.92, 1.0), ("heldout34", 0.91, 0.99),
                                                   ("heldout35", 0.94, 0.99), ("heldout36", 0.95, 0.98),
                                                   ("heldout37", 0.95, 0.99), ("heldout38", 0.92, 0.97),
                                                   ("heldout39", 0.85, 0.95), ("heldout40", 0.89, 1.0),
                                                   ("heldout41", 0.93, 0.99), ("heldout42", 0.88, 0.99),
                                                   ("heldout43", 0.95, 0.99), ("heldout44", 0.94, 0.99),
                                                   ("heldout45", 0.95, 0.96), ("heldout46", 0.94, 0.99),
                                                   ("heldout47", 0.94, 0.95), ("heldout48", 0.92, 0.99),
                                                   ("heldout49", 0.93, 0.99), ("heldout50", 0.92, 0.99),
                                                   ("heldout51", 0.90, 0.99), ("heldout52", 0.87, 0.93),
                                                   ("heldout53", 0.94, 0.97), ("heldout54", 0.93, 0.98),
                                                   ("heldout55", 0.94, 0.98), ("heldout56", 0.93, 0.98),
                                                   ("heldout57", 0.94, 0.98), ("heldout58", 0.94, 0.97),
                                                   ("heldout59", 0.96, 0.98), ("heldout60", 0.86, 0.98),
                                                   ("heldout61", 0.90, 0.94), ("heldout62", 0.90, 0.98),
                                                   ("heldout63", 0.92, 0.98), ("heldout64", 0.94, 0.98),
                                                   ("heldout65", 0.91, 0.98), ("heldout66", 0.96, 0.98),
                                                   ("heldout67", 0.96, 0.98), ("heldout68", 0.94, 0.98),
                                                   ("heldout69", 0.95, 0.98), ("heldout70", 0.95, 0.98),
                                                   ("heldout71", 0.95, 0.98), ("heldout72", 0.94, 0.98),
                                                   ("heldout73", 0.85, 0.97), ("heldout74", 0.86, 0.98),
                                                   ("heldout75", 0.95, 0.98), ("heldout76", 0.88, 0.98),
                                                   ("heldout77", 0.97, 0.98), ("heldout78", 0.93, 0.98),
                                                   ("heldout79", 0.93, 0.92), ("heldout80", 0.90, 0.98),
                                                   ("heldout81", 0.96, 0.98), ("heldout82", 0.92, 0.98),
                                                   ("heldout83", 0.93, 0.98), ("heldout84", 0.88, 0.98),
                                                   ("heldout85", 0.93, 0.98), ("heldout86", 0.86, 0.98),
                                                   ("heldout87", 0.94, 0.98), ("heldout88", 0.93, 0.98),
                                                   ("heldout89", 0.94, 0.97), ("heldout90", 0.89, 0.98),
                                                   ("heldout91", 0.90, 0.98), ("heldout92", 0.92, 0.98),
                                                   ("heldout93", 0.93, 0.98), ("heldout94", 0.86, 0.98),
                                                   ("heldout95", 0.92, 0.98), ("heldout96", 0.90, 0.98),
                                                   ("heldout97", 0.92, 0.98), ("heldout98", 0.86, 0.98),
                                                   ("heldout99", 0.89, 0.98), ("heldout100", 0.90, 0.98),
                                                   ("heldout101", 0.88, 0.99), ("heldout102", 0.91, 0.99),
                                                   ("heldout103", 0.88, 0.99), ("heldout104", 0.87, 0.99),
                                                   ("heldout105", 0.92, 0.99), ("heldout106", 0.92, 0.99),
                                                   ("heldout107", 0.93, 0.99), ("heldout108", 0.90, 0.99),
                                                   ("heldout109", 0.90, 0.99), ("heldout110", 0.89, 0.95),
                                                   ("heldout111", 0.88, 0.99), ("heldout112", 0.91, 0.99),
                                                   ("heldout113", 0.88, 0.99), ("heldout114", 0.75, 0.95),
                                                   ("heldout115", 0.91, 0.99), ("heldout116", 0.90, 0.95),
                                                   ("heldout117", 0.84, 0.97), ("heldout118", 0.90, 0.97),
                                                   ("heldout119", 0.86, 0.83), ("heldout120", 0.90, 0.96),
                                                   ("heldout121", 0.90, 0.91), ("heldout122", 0.87, 0.96),
                                                   ("heldout123", 0.88, 0.95), ("heldout124", 0.87, 0.93),
                                                   ("heldout125", 0.88, 0.98), ("heldout126", 0.91, 0.96),
                                                   ("heldout127", 0.92, 0.93), ("heldout128", 0.90, 0.97),
                                                   ("heldout129", 0.91, 0.98), ("heldout130", 0.91, 0.98),
                                                   ("heldout131", 0.87, 0.98), ("heldout132", 0.89, 0.98),
                                                   ("heldout133", 0.92, 0.98), ("heldout134", 0.84, 0.98),
                                                   ("heldout135", 0.81, 0.98), ("heldout136", 0.90, 0.98),
                                                   ("heldout137", 0.91, 0.97), ("heldout138", 0.90, 0.98),
                                                   ("heldout139", 0.94, 0.98), ("heldout140", 0.94, 0.98),
                                                   ("heldout141", 0.92, 0.98), ("heldout142", 0.93, 0.98),
                                                   ("heldout143", 0.90, 0.98), ("heldout144", 0.93, 0.98),
                                                   ("heldout145", 0.94, 0.98), ("heldout146", 0.97, 0.98),
                                                   ("heldout147", 0.93, 0.98), ("heldout148", 0.95, 0.97),
                                                   ("heldout149", 0.85, 0.96), ("heldout150", 0.91, 0.98),
                                                   ("heldout151", 0.91, 0.98), ("heldout152", 0.91, 0.98),
                                                   ("heldout153", 0.84, 0.98), ("heldout154", 0.91, 0.98),
                                                   ("heldout155", 0.89, 0.98), ("heldout156", 0.89, 0.98),
                                                   ("heldout157", 0.90, 0.98), ("heldout158", 0.92, 0.98),
                                                   ("heldout159", 0.89, 0.98), ("heldout160", 0.92, 0.98),
                                                   ("heldout161", 0.89, 0.98), ("heldout162", 0.92, 0.98),
                                                   ("heldout163", 0.88, 0.98), ("heldout164", 0.90, 0.98),
                                                   ("heldout165", 0.87, 0.94), ("heldout166", 0.87, 0.98),
                                                   ("heldout167", 0.89, 0.94), ("heldout168", 0.85, 0.98),
                                                   ("heldout169", 0.89, 0.98), ("heldout170", 0.89, 0.98),
                                                   ("heldout171", 0.90, 0.98), ("heldout172", 0.88, 0.98),
                                                   ("heldout173", 0.92, 0.98), ("heldout174", 0.90, 0.93),
                                                   ("heldout175", 0.90, 0.98), ("heldout176", 0.92, 0.98),
                                                   ("heldout177", 0.88, 0.98), ("heldout178", 0.92, 0.98),
                                                   ("heldout179", 0.93, 0.98), ("heldout180", 0.91, 0.98),
                                                   ("heldout181", 0.91, 0.98), ("heldout182", 0.93, 0.98),
                                                   ("heldout183", 0.89, 0.98), ("heldout184", 0.84, 0.98),
                                                   ("heldout185", 0.92, 0.98), ("heldout186", 0.91, 0.97),
                                                   ("heldout187", 0.90, 0.93), ("heldout188", 0.94, 0.98),
                                                   ("heldout189", 0.87, 0.97), ("heldout190", 0.91, 0.98),
                                                   ("heldout191", 0.86, 0.98), ("heldout192", 0.94, 0.97),
                                                   ("heldout193", 0.86, 0.98), ("heldout194", 0.88, 0.98),
                                                   ("heldout195", 0.90, 0.98), ("heldout196", 0.87, 0.98),
                                                   ("heldout197", 0.90, 0.98), ("heldout198", 0.89, 0.98),
                                                   ("heldout199", 0.89, 0.98), ("heldout200", 0.90, 0.98),
                                                   ("heldout201", 0.89, 0.98), ("heldout202", 0.94, 0.97),
                                                   ("heldout203", 0.90, 0.98), ("heldout204", 0.89, 0.98),
                                                   ("heldout205", 0.94, 0.98), ("heldout206", 0.92, 0.98),
                                                   ("heldout207", 0.95, 0.98), ("heldout208", 0.90, 0.98),
                                                   ("heldout209", 0.90, 0.94), ("heldout210", 0.90, 0.98),
                                                   ("heldout211", 0.91, 0.98), ("heldout212", 0.86, 0.98),
                                                   ("heldout213", 0.92, 0.98), ("heldout214", 0.88, 0.98),
                                                   ("heldout215", 0.91, 0.98), ("heldout216", 0.91, 0.98),
                                                   ("heldout217", 0.92, 0.98), ("heldout218", 0.90, 0.98),
                                                   ("heldout219", 0.92, 0.98), ("heldout220", 0.91, 0.98),
                                                   ("heldout221", 0.91, 0.98), ("heldout222", 0.93, 0.98),
                                                   ("heldout223", 0.93, 0.98), ("heldout224", 0.91, 0.98),
                                                   ("heldout225", 0.91, 0.98), ("heldout226", 0.83, 0.98),
                                                   ("heldout227", 0.88, 0.98), ("heldout228", 0.91, 0.98),
                                                   ("heldout229", 0.92, 0.98), ("heldout230", 0.86, 0.92),
                                                   ("heldout231", 0.83, 0.98), ("heldout232", 0.85, 0.98),
                                                   ("heldout233", 0.89, 0.98), ("heldout234", 0.93, 0.98),
                                                   ("heldout235", 0.95, 0.98), ("heldout236", 0.95, 0.98),
                                                   ("heldout237", 0.89, 0.98), ("heldout238", 0.87, 0.98),
                                                   ("heldout239", 0.90, 0.98), ("heldout240", 0.85, 0.98),
                                                   ("heldout241", 0.86, 0.97), ("heldout242", 0.89, 0.98),
                                                   ("heldout243", 0.84, 0.98), ("heldout244", 0.87, 0.98),
                                                   ("heldout245", 0.86, 0.98), ("heldout246", 0.89, 0.98),
                                                   ("heldout247", 0.79, 0.98), ("heldout248", 0.90, 0.98),
                                                   ("heldout249", 0.89, 0.98), ("heldout250", 0.86, 0.98),
                                                   ("heldout251", 0.86, 0.98), ("heldout252", 0.88, 0.98),
                                                   ("heldout253", 0.92, 0.98), ("heldout254", 0.89, 0.98),
                                                   ("heldout255", 0.88, 0.98), ("heldout256", 0.91, 0.98),
                                                   ("heldout257", 0.89, 0.98), ("heldout258", 0.87, 0.98),
                                                   ("heldout259", 0.89, 0.98), ("heldout260", 0.89, 0.98),
                                                   ("heldout261", 0.91, 0.98), ("heldout262", 0.93, 0.98),
                                                   ("heldout263", 0.92, 0.98), ("heldout264", 0.83, 0.98),
                                                   ("heldout265", 0.93, 0.98), ("heldout266", 0.96, 0.98),
                                                   ("heldout267", 0.92, 0.98), ("heldout268", 0.91, 0.98),
                                                   ("heldout269", 0.93, 0.98), ("heldout270", 0.92, 0.98),
                                                   ("heldout271", 0.87, 0.98), ("heldout272", 0.90, 0.98),
                                                   ("heldout273", 0.90, 0.98), ("heldout274", 0.95, 0.98),
                                                   ("heldout275", 0.92, 0.98), ("heldout276", 0.83, 0.98),
                                                   ("heldout277", 0.89, 0.98), ("heldout278", 0.90, 0.98),
                                                   ("heldout279", 0.87, 0.98), ("heldout280", 0.89, 0.98),
                                                   ("heldout281", 0.90, 0.98), ("heldout282", 0.87, 0.98),
                                                   ("heldout283", 0.91, 0.98), ("heldout284", 0.85, 0.98),
                                                   ("heldout285", 0.94, 0.98), ("heldout286", 0.95, 0.98),
                                                   ("heldout287", 0.88, 0.98), ("heldout288", 0.94, 0.98),
                                                   ("heldout289", 0.93, 0.98), ("heldout290", 0.92, 0.98),
                                                   ("heldout291", 0.92, 0.98), ("heldout292", 0.93, 0.98),
                                                   ("heldout293", 0.87, 0.98), ("heldout294", 0.82, 0.98),
                                                   ("heldout295", 0.89, 0.98), ("heldout296", 0.93, 0.98),
                                                   ("heldout297", 0.92, 0.98), ("heldout298", 0.88, 0.98),
                                                   ("heldout299", 0.78, 0.98), ("heldout300", 0.89, 0.98),
                                                   ("heldout301", 0.88, 0.98), ("heldout302", 0.90, 0.98),
                                                   ("heldout303", 0.92, 0.98), ("heldout304", 0.82, 0.98),
                                                   ("heldout305", 0.92, 0.96), ("heldout306", 0.76, 0.98),
                                                   ("heldout307", 0.80, 0.98), ("heldout308", 0.83, 0.98),
                                                   ("heldout309", 0.88, 0.98), ("heldout310", 0.84, 0.98),
                                                   ("heldout311", 0.86, 0.98), ("heldout312", 0.81, 0.98),
                                                   ("heldout313", 0.85, 0.98), ("heldout314", 0.91, 0.98),
                                                   ("heldout315", 0.89, 0.96), ("heldout316", 0.92, 0.98),
                                                   ("heldout317", 0.79, 0.98), ("heldout318", 0.85, 0.98),
                                                   ("heldout319", 0.89, 0.98), ("heldout320", 0.86, 0.98),
                                                   ("heldout321", 0.86, 0.98), ("heldout322", 0.92, 0.98),
                                                   ("heldout323", 0.85, 0.98), ("heldout324", 0.92, 0.98),
                                                   ("heldout325", 0.95, 0.98), ("heldout326", 0.97, 0.98),
                                                   ("heldout327", 0.91, 0.98), ("heldout328", 0.91, 0.98),
                                                   ("heldout329", 0.92, 0.98), ("heldout330", 0.80, 0.98),
                                                   ("heldout331", 0.93, 0.98), ("heldout332", 0.83, 0.98),
                                                   ("heldout333", 0.91, 0.98), ("heldout334", 0.95, 0.98),
                                                   ("heldout335", 0.94, 0.98), ("heldout336", 0.93, 0.98),
                                                   ("heldout337", 0.93, 0.98), ("heldout338", 0.92, 0.98),
                                                   ("heldout339", 0.90, 0.98), ("heldout340", 0.89, 0.98),
                                                   ("heldout341", 0.91, 0.98), ("heldout342", 0.87, 0.98),
                                                   ("heldout343", 0.90, 0.98), ("heldout344", 0.87, 0.98),
                                                   ("heldout345", 0.93, 0.98), ("heldout346", 0.91, 0.98),
                                                   ("heldout347", 0.89, 0.98), ("heldout348", 0.79, 0.98),
                                                   ("heldout349", 0.86, 0.98), ("heldout350", 0.94, 0.98),
                                                   ("heldout351", 0.82, 0.98), ("heldout352", 0.90, 0.98),
                                                   ("heldout353", 0.87, 0.98), ("heldout354", 0.83, 0.98),
                                                   ("heldout355", 0.91, 0.98), ("heldout356", 0.89, 0.98),
                                                   ("heldout357", 0.88, 0.98), ("heldout358", 0.82, 0.98),
                                                   ("heldout359", 0.74, 0.98), ("heldout360", 0.83, 0.98),
                                                   ("heldout361", 0.89, 0.98), ("heldout362", 0.88, 0.98),
                                                   ("heldout363", 0.87, 0.98), ("heldout364", 0.90, 0.98),
                                                   ("heldout365", 0.84, 0.98), ("heldout366", 0.87, 0.98),
                                                   ("heldout367", 0.73, 0.98), ("heldout368", 0.88, 0.98),
                                                   ("heldout369", 0.78, 0.96), ("heldout370", 0.86, 0.98),
                                                   ("heldout371", 0.90, 0.98), ("heldout372", 0.83, 0.98),
                                                   ("heldout373", 0.82, 0.98), ("heldout374", 0.80, 0.98),
                                                   ("heldout375", 0.85, 0.98), ("heldout376", 0.85, 0.98),
                                                   ("heldout377", 0.80, 0.98), ("heldout378", 0.85, 0.98),
                                                   ("heldout379", 0.83, 0.98), ("heldout380", 0.82, 0.98),
                                                   ("heldout381", 0.87, 0.98), ("heldout382", 0.86, 0.98),
                                                   ("heldout383", 0.88, 0.98), ("heldout384", 0.83, 0.98),
                                                   ("heldout385", 0.77, 0.98), ("heldout386", 0.88, 0.98),
                                                   ("heldout387", 0.84, 0.98), ("heldout388", 0.79, 0.98),
                                                   ("heldout389", 0.75, 0.98), ("heldout390", 0.77, 0.98),
                                                   ("heldout391", 0.85, 0.98), ("heldout392", 0.89, 0.98),
                                                   ("heldout393", 0.80, 0.98), ("heldout394", 0.80, 0.98),
                                                   ("heldout395", 0.85, 0.98), ("heldout396", 0.83, 0.98),
                                                   ("heldout397", 0.88, 0.98), ("heldout398", 0.84, 0.98),
                                                   ("heldout399", 0.88, 0.98), ("heldout400", 0.83, 0.98),
                                                   ("heldout401", 0.87, 0.98), ("heldout402", 0.90, 0.98),
                                                   ("heldout403", 0.88, 0.98), ("heldout404", 0.88, 0.98),
                                                   ("heldout405", 0.79, 0.98), ("heldout406", 0.88, 0.98),
                                                   ("heldout407", 0.94, 0.98), ("heldout408", 0.83, 0.98),
                                                   ("heldout409", 0.93, 0.98), ("heldout410", 0.92, 0.98),
                                                   ("heldout411", 0.95, 0.98), ("heldout412", 0.93, 0.98),
                                                   ("heldout413", 0.94, 0.98), ("heldout414", 0.92, 0.98),
                                                   ("heldout415", 0.87, 0.98), ("heldout416", 0.92, 0.97),
                                                   ("heldout417", 0.93, 0.98), ("heldout418", 0.91, 0.98),
                                                   ("heldout419", 0.92, 0.98), ("heldout420", 0.92, 0.97),
                                                   ("heldout421", 0.92, 0.98), ("heldout422", 0.92, 0.98),
                                                   ("heldout423", 0.93, 0.97), ("heldout424", 0.89, 0.98),
                                                   ("heldout425", 0.91, 0.98), ("heldout426", 0.92, 0.98),
                                                   ("heldout427", 0.90, 0.98), ("heldout428", 0.93, 0.98),
                                                   ("heldout429", 0.82, 0.98), ("heldout430", 0.94, 0.98),
                                                   ("heldout431", 0.90, 0.98), ("heldout432", 0.89, 0.98),
                                                   ("heldout433", 0.89, 0.98), ("heldout434", 0.94, 0.98),
                                                   ("heldout435", 0.89, 0.98), ("heldout436", 0.90, 0.98),
                                                   ("heldout437", 0.86, 0.98), ("heldout438", 0.90, 0.98),
                                                   ("heldout439", 0.94, 0.98), ("heldout440", 0.90, 0.98),
                                                   ("heldout441", 0.93, 0.98), ("heldout442", 0.91, 0.98),
                                                   ("heldout443", 0.91, 0.98), ("heldout444", 0.94, 0.98),
                                                   ("heldout445", 0.89, 0.98), ("heldout446", 0.93, 0.98),
                                                   ("heldout447", 0.90, 0.98), ("heldout448", 0.90, 0.93),
                                                   ("heldout449", 0.89, 0.98), ("heldout450", 0.86, 0.98),
                                                   ("heldout451", 0.89, 0.98), ("heldout452", 0.92, 0.98),
                                                   ("heldout453", 0.92, 0.98), ("heldout454", 0.90, 0.98),
                                                   ("heldout455", 0.92, 0.98), ("heldout456", 0.92, 0.98),
                                                   ("heldout457", 0.90, 0.98), ("heldout458", 0.90, 0.98),
                                                   ("heldout459", 0.89, 0.98), ("heldout460", 0.93, 0.98),
                                                   ("heldout461", 0.92, 0.98), ("heldout462", 0.92, 0.98),
                                                   ("heldout463", 0.83, 0.98), ("heldout464", 0.94, 0.98),
                                                   ("heldout465", 0.92, 0.98), ("heldout466", 0.92, 0.98),
                                                   ("heldout467", 0.85, 0.98), ("heldout468", 0.88, 0.98),
                                                   ("heldout469", 0.91, 0.98), ("heldout470", 0.93, 0.98),
                                                   ("heldout471", 0.88, 0.98), ("heldout472", 0.92, 0.98),
                                                   ("heldout473", 0.90, 0.98), ("heldout474", 0.92, 0.98),
                                                   ("heldout475", 0.90, 0.98), ("heldout476", 0.90, 0.98),
                                                   ("heldout477", 0.93, 0.98), ("heldout478", 0.93, 0.98),
                                                   ("heldout479", 0.91, 0.98), ("heldout480", 0.89, 0.98),
                                                   ("heldout481", 0.90, 0.98), ("heldout482", 0.92, 0.98),
                                                   ("heldout483", 0.95, 0.98), ("heldout484", 0.92, 0.98),
                                                   ("heldout485", 0.92, 0.98), ("heldout486", 0.87, 0.98),
                                                   ("heldout487", 0.90, 0.98), ("heldout488", 0.88, 0.98),
                                                   ("heldout489", 0.91, 0.98), ("heldout490", 0.92, 0.98),
                                                   ("heldout491", 0.91, 0.98), ("heldout492", 0.91, 0.98),
                                                   ("heldout493", 0.90, 0.98), ("heldout494", 0.91, 0.98),
                                                   ("heldout495", 0.90, 0.98), ("heldout496", 0.83, 0.98),
                                                   ("heldout497", 0.93, 0.98), ("heldout498", 0.94, 0.98),
                                                   ("heldout499", 0.93, 0.98), ("heldout500", 0.91, 0.98),
                                                   ("heldout501", 0.93, 0.98), ("heldout502", 0.92, 0.98),
                                                   ("heldout503", 0.90, 0.98), ("heldout504", 0.92, 0.98),
                                                   ("heldout505", 0.92, 0.98), ("heldout506", 0.90, 0.98),
                                                   ("heldout507", 0.93, 0.98), ("heldout508", 0.91, 0.98),
                                                   ("heldout509", 0.90, 0.98), ("heldout510", 0.91, 0.98),
                                                   ("heldout511", 0.91, 0.98), ("heldout512", 0.92, 0.98),
                                                   ("heldout513", 0.97, 0.98), ("heldout514", 0.95, 0.98),
                                                   ("heldout515", 0.96, 0.98), ("heldout516", 0.93, 0.98),
                                                   ("heldout517", 0.92, 0.98), ("heldout518", 0.94, 0.98),
                                                   ("heldout519", 0.96, 0.98), ("heldout520", 0.94, 0.98),
                                                   ("heldout521", 0.95, 0.98), ("heldout522", 0.95, 0.98),
                                                   ("heldout523", 0.95, 0.98), ("heldout524", 0.92, 0.98),
                                                   ("heldout525", 0.95, 0.98), ("heldout526", 0.94, 0.98),
                                                   ("heldout527", 0.94, 0.98), ("heldout528", 0.92, 0.98),
                                                   ("heldout529", 0.95, 0.98), ("heldout530", 0.95, 0.98),
                                                   ("heldout531", 0.97, 0.98), ("heldout532", 0.94, 0.98),
                                                   ("heldout533", 0.97, 0.98), ("heldout534", 0.96, 0.98),
                                                   ("heldout535", 0.94, 0.98), ("heldout536", 0.90, 0.98),
                                                   ("heldout537", 0.92, 0.98), ("heldout538", 0.88, 0.98),
                                                   ("heldout539", 0.94, 0.98), ("heldout540", 0.94, 0.98),
                                                   ("heldout541", 0.97, 0.95), ("heldout542", 0.93, 0.92),
                                                   ("heldout543", 0.93, 0.98), ("heldout544", 0.91, 0.98),
                                                   ("heldout545", 0.93, 0.98), ("heldout546", 0.94, 0.98),
                                                   ("heldout547", 0.94, 0.98),
                                                   ("heldout548", 0.94, 0.98), ("heldout549", 0.97, 0.98),
                                                   ("heldout550", 0.96, 0.97), ("heldout551", 0.96, 0.98),
                                                   ("heldout552", 0.94, 0.98), ("heldout553", 0.94, 0.98),
                                                   ("heldout554", 0.95, 0.98), ("heldout555", 0.95, 0.98),
                                                   ("heldout556", 0.96, 0.98), ("heldout557", 0.94, 0.98),
                                                   ("heldout558", 0.95, 0.98), ("heldout559", 0.95, 0.96),
                                                   ("heldout560", 0.95, 0.98), ("heldout561", 0.96, 0.98),
                                                   ("heldout562", 0.95, 0.98), ("heldout563", 0.93, 0.98),
                                                   ("heldout564", 0.96, 0.98), ("heldout565", 0.93, 0.98),
                                                   ("heldout566", 0.93, 0.98), ("heldout567", 0.89, 0.98),
                                                   ("heldout568", 0.95, 0.98), ("heldout569", 0.96, 0.98),
                                                   ("heldout570", 0.96, 0.98), ("heldout571", 0.95, 0.98),
                                                   ("heldout572", 0.92, 0.98), ("heldout573", 0.95, 0.98),
                                                   ("heldout574", 0.94, 0.98), ("heldout575", 0.97, 0.98),
                                                   ("heldout576", 0.91, 0.98), ("heldout577", 0.95, 0.96),
                                                   ("heldout578", 0.94, 0.98), ("heldout579", 0.92, 0.98),
                                                   ("heldout580", 0.92, 0.98),
                                                   ("heldout581", 0.95, 0.98), ("heldout582", 0.90, 0.98),
                                                   ("heldout583", 0.88, 0.98), ("heldout584", 0.94, 0.98),
                                                   ("heldout585", 0.92, 0.98), ("heldout586", 0.88, 0.98),
                                                   ("heldout587", 0.94, 0.98), ("heldout588", 0.91, 0.98),
                                                   ("heldout589", 0.96, 0.98), ("heldout590", 0.93, 0.98),
                                                   ("heldout591", 0.96, 0.98), ("heldout592", 0.95, 0.98),
                                                   ("heldout593", 0.96, 0.98), ("heldout594", 0.96, 0.98),
                                                   ("heldout595", 0.94, 0.98), ("heldout596", 0.89, 0.98),
                                                   ("heldout597", 0.92, 0.98),
                                                   ("heldout598", 0.88, 0.98), ("heldout599", 0.92, 0.98),
                                                   ("heldout600", 0.90, 0.98), ("heldout601", 0.97, 0.98),
                                                   ("heldout602", 0.90, 0.98), ("heldout603", 0.97, 0.98),
                                                   ("heldout604", 0.93, 0.98), ("heldout605", 0.92, 0.98),
                                                   ("heldout606", 0.96, 0.98), ("heldout607", 0.92, 0.98),
                                                   ("heldout608", 0.94, 0.98), ("heldout609", 0.97, 0.98),
                                                   ("heldout610", 0.97, 0.98), ("heldout611", 0.94, 0.98),
                                                   ("heldout612", 0.93, 0.98), ("heldout613", 0.96, 0.97),
                                                   ("heldout614", 0.93, 0.98), ("heldout615", 0.97, 0.98),
                                                   ("heldout616", 0.95, 0.95),
                                                   ("heldout617", 0.97, 0.95), ("heldout618", 0.98, 0.95),
                                                   ("heldout619", 0.95, 0.95), ("heldout620", 0.97, 0.95),
                                                   ("heldout621", 0.96, 0.95), ("heldout622", 0.93, 0.95),
                                                   ("heldout623", 0.98, 0.95), ("heldout624", 0.98, 0.95),
                                                   ("heldout625", 0.96, 0.95), ("heldout626", 0.98, 0.95),
                                                   ("heldout627", 0.95, 0.95), ("heldout628", 0.96, 0.95),
                                                   ("heldout629", 0.96, 0.95), ("heldout630", 0.98, 0.95),
                                                   ("heldout631", 0.97, 0.95), ("heldout632", 0.97, 0.95),
                                                   ("heldout633", 0.97, 0.95), ("heldout634", 0.98, 0.95),
                                                   ("heldout635", 0.98, 0.95), ("heldout636", 0.98, 0.95),
                                                   ("heldout637", 0.93, 0.95), ("heldout638", 0.96, 0.95),
                                                   ("heldout639", 0.95, 0.95), ("heldout640", 0.97, 0.95),
                                                   ("heldout641", 0.94, 0.95), ("heldout642", 0.91, 0.95),
                                                   ("heldout643", 0.97, 0.95), ("heldout644", 0.97, 0.95),
                                                   ("heldout645", 0.95, 0.95), ("heldout646", 0.92, 0.95),
                                                   ("heldout647", 0.96, 0.95), ("heldout648", 0.96, 0.95),
                                                   ("heldout649", 0.97, 0.95), ("heldout650", 0.95, 0.95),
                                                   ("heldout651", 0.94, 0.95), ("heldout652", 0.97, 0.95),
                                                   ("heldout653", 0.98, 0.95), ("heldout654", 0.94, 0.95),
                                                   ("heldout655", 0.95, 0.95), ("heldout656", 0.97, 0.95),
                                                   ("heldout657", 0.95, 0.95), ("heldout658", 0.97, 0.95),
                                                   ("heldout659", 0.98, 0.95), ("heldout660", 0.97, 0.95),
                                                   ("heldout661", 0.97, 0.95), ("heldout662", 0.92, 0.95),
                                                   ("heldout663", 0.95, 0.95), ("heldout664", 0.99, 0.95),
                                                   ("heldout665", 0.97, 0.95), ("heldout666", 0.99, 0.95),
                                                   ("heldout667", 0.93, 0.95), ("heldout668", 0.99, 0.95),
                                                   ("heldout669", 0.98, 0.95), ("heldout670", 0.97, 0.95),
                                                   ("heldout671", 0.93, 0.95), ("heldout672", 0.99, 0.95),
                                                   ("heldout673", 0.97, 0.95), ("heldout674", 0.98, 0.95),
                                                   ("heldout675", 0.97, 0.95), ("heldout676", 0.97, 0.95),
                                                   ("heldout677", 0.98, 0.95), ("heldout678", 0.99, 0.95),
                                                   ("heldout679", 0.99, 0.95), ("heldout680", 0.99, 0.95),
                                                   ("heldout681", 0.98, 0.95), ("heldout682", 0.98, 0.95),
                                                   ("heldout683", 0.99, 0.95), ("heldout684", 0.96, 0.95),
                                                   ("heldout685", 0.94, 0.95), ("heldout686", 0.97, 0.95),
                                                   ("heldout687", 0.97, 0.95), ("heldout688", 0.98, 0.95),
                                                   ("heldout689", 0.99, 0.95), ("heldout690", 0.98, 0.95),
                                                   ("heldout691", 0.97, 0.95), ("heldout692", 0.99, 0.95),
                                                   ("heldout693", 0.98, 0.95), ("heldout694", 0.94, 0.95),
                                                   ("heldout695", 0.96, 0.95), ("heldout696", 0.95, 0.95),
                                                   ("heldout697", 0.98, 0.95), ("heldout698", 0.97, 0.95),
                                                   ("heldout699", 0.98, 0.95), ("heldout700", 0.94, 0.95),
                                                   ("heldout701", 0.95, 0.95), ("heldout702", 0.95, 0.95),
                                                   ("heldout703", 0.95, 0.95), ("heldout704", 0.97, 0.95),
                                                   ("heldout705", 0.97, 0.95), ("heldout706", 0.96, 0.95),
                                                   ("heldout707", 0.99, 0.95), ("heldout708", 0.97, 0.95),
                                                   ("heldout709", 0.97, 0.95), ("heldout710", 0.97, 0.95),
                                                   ("heldout711", 0.96, 0.95), ("heldout712", 0.98, 0.95),
                                                   ("heldout713", 0.95, 0.95), ("heldout714", 0.97, 0.95),
                                                   ("heldout715", 0.93, 0.95), ("heldout716", 0.93, 0.95),
                                                   ("heldout717", 0.96, 0.95), ("heldout718", 0.93, 0.95),
                                                   ("heldout719", 0.97, 0.95), ("heldout720", 0.94, 0.95),
                                                   ("heldout721", 0.97, 0.95), ("heldout722", 0.97, 0.95),
                                                   ("heldout723", 0.96, 0.95), ("heldout724", 0.93, 0.95),
                                                   ("heldout725", 0.92, 0.95), ("heldout726", 0.93, 0.95),
                                                   ("heldout727", 0.95, 0.95), ("heldout728", 0.96, 0.95),
                                                   ("heldout729", 0.97, 0.95), ("heldout730", 0.92, 0.95),
                                                   ("heldout731", 0.90, 0.95), ("heldout732", 0.95, 0.95),
                                                   ("heldout733", 0.97, 0.95), ("heldout734", 0.92, 0.95),
                                                   ("heldout735", 0.91, 0.95), ("heldout736", 0.95, 0.95),
                                                   ("heldout737", 0.92, 0.95), ("heldout738", 0.94, 0.95),
                                                   ("heldout739", 0.96, 0.95), ("heldout740", 0.92, 0.95),
                                                   ("heldout741", 0.95, 0.95), ("heldout742", 0.92, 0.95),
                                                   ("heldout743", 0.92, 0.95), ("heldout744", 0.89, 0.95),
                                                   ("heldout745", 0.93, 0.95), ("heldout746", 0.93, 0.95),
                                                   ("heldout747", 0.94, 0.95), ("heldout748", 0.97, 0.95),
                                                   ("heldout749", 0.95, 0.95), ("heldout750", 0.94, 0.95),
                                                   ("heldout751", 0.96, 0.95), ("heldout752", 0.91, 0.95),
                                                   ("heldout753", 0.93, 0.95), ("heldout754", 0.93, 0.95),
                                                   ("heldout755", 0.97, 0.95), ("heldout756", 0.93, 0.95),
                                                   ("heldout757", 0.98, 0.95), ("heldout758", 0.93, 0.95),
                                                   ("heldout759", 0.95, 0.95), ("heldout760", 0.92, 0.95),
                                                   ("heldout761", 0.94, 0.95), ("heldout762", 0.95, 0.95),
                                                   ("heldout763", 0.96, 0.95), ("heldout764", 0.96, 0.95),
                                                   ("heldout765", 0.95, 0.95), ("heldout766", 0.90, 0.95),
                                                   ("heldout767", 0.93, 0.95), ("heldout768", 0.90, 0.95),
                                                   ("heldout769", 0.96, 0.95), ("heldout770", 0.96, 0.95),
                                                   ("heldout771", 0.98, 0.95), ("heldout772", 0.95, 0.95),
                                                   ("heldout773", 0.96, 0.95), ("heldout774", 0.94, 0.95),
                                                   ("heldout775", 0.92, 0.95), ("heldout776", 0.97, 0.95),
                                                   ("heldout777", 0.94, 0.95), ("heldout778", 0.95, 0.95),
                                                   ("heldout779", 0.93, 0.95), ("heldout780", 0.93, 0.95),
                                                   ("heldout781", 0.93, 0.95), ("heldout782", 0.97, 0.95),
                                                   ("heldout783", 0.93, 0.95), ("heldout784", 0.94, 0.95),
                                                   ("heldout785", 0.92, 0.95), ("heldout786", 0.95, 0.95),
                                                   ("heldout787", 0.91, 0.95), ("heldout788", 0.96, 0.95),
                                                   ("heldout789", 0.90, 0.95), ("heldout790", 0.96, 0.95),
                                                   ("heldout791", 0.92, 0.95), ("heldout792", 0.95, 0.95),
                                                   ("heldout793", 0.89, 0.95), ("heldout794", 0.93, 0.95),
                                                   ("heldout795", 0.92, 0.95), ("heldout796", 0.96, 0.95),
                                                   ("heldout797", 0.94, 0.95), ("heldout798", 0.97, 0.95),
                                                   ("heldout799", 0.95, 0.95), ("heldout800", 0.94, 0.95),
                                                   ("heldout801", 0.94, 0.95), ("heldout802", 0.93, 0.95),
                                                   ("heldout803", 0.93, 0.95), ("heldout804", 0.94, 0.95),
                                                   ("heldout805", 0.97, 0.95), ("heldout806", 0.98, 0.95),
                                                   ("heldout807", 0.95, 0.95), ("heldout808", 0.94, 0.95),
                                                   ("heldout809", 0.94, 0.95), ("heldout810", 0.94, 0.95),
                                                   ("heldout811", 0.94, 0.95), ("heldout812", 0.95, 0.95),
                                                   ("heldout813", 0.94, 0.95), ("heldout814", 0.94, 0.95),
                                                   ("heldout815", 0.95, 0.95), ("heldout816", 0.92, 0.95),
                                                   ("heldout817", 0.92, 0.95), ("heldout818", 0.96, 0.95),
                                                   ("heldout819", 0.94, 0.95), ("heldout820", 0.95, 0.95),
                                                   ("heldout821", 0.95, 0.95), ("heldout822", 0.95, 0.95),
                                                   ("heldout823", 0.94, 0.95), ("heldout824", 0.93, 0.95),
                                                   ("heldout825", 0.93, 0.95), ("heldout826", 0.84, 0.95),
                                                   ("heldout827", 0.97, 0.95), ("heldout828", 0.92, 0.95),
                                                   ("heldout829", 0.96, 0.95), ("heldout830", 0.95, 0.95),
                                                   ("heldout831", 0.95, 0.95), ("heldout832", 0.97, 0.95),
                                                   ("heldout833", 0.98, 0.95), ("heldout834", 0.94, 0.95),
                                                   ("heldout835", 0.93, 0.95), ("heldout836", 0.96, 0.95),
                                                   ("heldout837", 0.95, 0.95), ("heldout838", 0.94, 0.95),
                                                   ("heldout839", 0.91, 0.95), ("heldout840", 0.96, 0.95),
                                                   ("heldout841", 0.95, 0.95), ("heldout842", 0.94, 0.95),
                                                   ("heldout843", 0.95, 0.95), ("heldout844", 0.97, 0.95),
                                                   ("heldout845", 0.92, 0.95), ("heldout846", 0.93, 0.95),
                                                   ("heldout847", 0.97, 0.95), ("heldout848", 0.97, 0.95),
                                                   ("heldout849", 0.96, 0.95), ("heldout850", 0.90, 0.95),
                                                   ("heldout851", 0.95, 0.95), ("heldout852", 0.95, 0.95),
                                                   ("heldout853", 0.96, 0.95), ("heldout854", 0.96, 0.95),
                                                   ("heldout855", 0.98, 0.95), ("heldout856", 0.95, 0.95),
                                                   ("heldout857", 0.92, 0.95), ("heldout858", 0.95, 0.95),
                                                   ("heldout859", 0.95, 0.95), ("heldout860", 0.90, 0.95)])
def test_held_out_articles_written_in_other_styles(folder, floor, province):
    """Articles written by helpers in styles the corpora lack, gold written before any run (first looks:
    0.793, 0.783, 0.932, 0.879, 0.916, 0.855, 0.882, 0.939, 0.873, 0.962, 0.935, 0.824, 0.839, 0.874, 0.878,
    0.922, 0.867, 0.902, 0.916, 0.877, 0.916, 0.912, 0.807, 0.822, 0.866, 0.896, 0.937, 0.944, 0.851, 0.823, 0.985, 0.942, 0.884, 0.854, 0.886, 0.940, 0.887, 0.799, 0.866, 0.906, 0.935, 0.807, 0.945, 0.831, 0.917, 0.915,
    0.924, 0.774, 0.958, 0.844, 0.836, 0.897, 0.920, 0.953, 0.856, 0.932, 0.882, 0.919, 0.964, 0.876, 0.923, 0.929,
    0.868, 0.967, 0.915, 0.944, 0.939, 0.822, 0.832, 0.930, 0.969, 0.920, 0.759, 0.744, 0.968, 0.832, 0.935, 0.947,
    0.945, 0.874, 0.976, 0.926, 0.940, 0.892, 0.892, 0.864, 0.944, 0.929, 0.924, 0.798, 0.914, 0.921, 0.839, 0.813,
    0.849, 0.894, 0.915, 0.807, 0.802, 0.895, 0.899, 0.928, 0.893, 0.871, 0.936, 0.934, 0.887, 0.914, 0.903, 0.908, 0.788, 0.904, 0.892, 0.761, 0.802, 0.914, 0.851, 0.904, 0.832, 0.820, 0.865, 0.889, 0.894, 0.832, 0.891, 0.928, 0.942, 0.918, 0.921, 0.878, 0.872, 0.896, 0.938, 0.864, 0.827, 0.923, 0.929, 0.915, 0.948, 0.959, 0.908, 0.867, 0.917, 0.948, 0.934, 0.990, 0.946, 0.966, 0.791, 0.930, 0.920, 0.928, 0.859, 0.932, 0.892, 0.909, 0.920, 0.941, 0.900, 0.893, 0.906, 0.940, 0.900, 0.896, 0.887, 0.891, 0.905, 0.868, 0.909, 0.905, 0.924, 0.898, 0.942, 0.918, 0.920, 0.938, 0.900, 0.905, 0.941, 0.915, 0.939, 0.942, 0.911, 0.860, 0.948, 0.933, 0.907, 0.955, 0.892, 0.933, 0.864, 0.959, 0.874, 0.904, 0.928, 0.882, 0.921, 0.907, 0.914, 0.912,
    0.900, 0.956, 0.853, 0.903, 0.952, 0.931, 0.942, 0.902, 0.920, 0.916, 0.921, 0.878, 0.922, 0.895, 0.922, 0.917, 0.934, 0.912, 0.936, 0.906, 0.866, 0.947, 0.942, 0.921, 0.923, 0.845, 0.893, 0.920, 0.931, 0.874, 0.840, 0.838,
    0.899, 0.925, 0.962, 0.951, 0.879, 0.884, 0.913, 0.854, 0.868, 0.882, 0.856, 0.876, 0.874, 0.902, 0.795, 0.910, 0.845, 0.868, 0.872, 0.890, 0.937, 0.905, 0.859, 0.918, 0.906, 0.864, 0.904, 0.894, 0.926, 0.948, 0.929, 0.847,
    0.940, 0.970, 0.917, 0.920, 0.943, 0.939, 0.886, 0.912, 0.900, 0.967, 0.891, 0.832, 0.906, 0.897, 0.852, 0.904,
    0.918, 0.871, 0.929, 0.864, 0.945, 0.958, 0.891, 0.944, 0.932, 0.927,
    0.923, 0.940, 0.876, 0.821, 0.897, 0.938, 0.924, 0.889, 0.801, 0.897,
    0.887, 0.910, 0.929, 0.833, 0.937, 0.777, 0.810, 0.849, 0.895, 0.801, 0.869, 0.828, 0.850, 0.925, 0.905, 0.932,
    0.808, 0.860, 0.907, 0.876,
    0.866, 0.928, 0.862, 0.928, 0.961, 0.931, 0.910, 0.909,
    0.924, 0.812, 0.935, 0.837,
    0.915, 0.951, 0.954, 0.926,
    0.932, 0.924, 0.907, 0.904,
    0.920, 0.874, 0.902, 0.878, 0.944, 0.916, 0.883, 0.801, 0.868, 0.946, 0.825, 0.910, 0.876, 0.841, 0.916, 0.898,
    0.881, 0.832, 0.754, 0.835,
    0.896, 0.884, 0.873, 0.903, 0.846, 0.856, 0.732, 0.892, 0.780, 0.869, 0.913, 0.839, 0.813, 0.796, 0.855, 0.858,
    0.748, 0.863, 0.842, 0.812,
    0.881, 0.869, 0.888, 0.836,
    0.773, 0.885, 0.842, 0.798, 0.740, 0.782, 0.856, 0.899, 0.799, 0.806, 0.857, 0.835, 0.884, 0.842, 0.889, 0.844,
    0.879, 0.905, 0.888, 0.892, 0.804, 0.892, 0.948, 0.826,
    0.942, 0.937, 0.957, 0.916, 0.947, 0.938, 0.887, 0.935, 0.948, 0.921, 0.932, 0.937, 0.933, 0.933, 0.943, 0.907;
    0.926, 0.939, 0.879, 0.952, 0.837, 0.960, 0.917, 0.907, 0.903, 0.957, 0.893, 0.918; 0.873, 0.919, 0.955, 0.919, 0.951, 0.924, 0.930, 0.956, 0.909, 0.952, 0.924, 0.920;
    0.915, 0.883, 0.911, 0.943; 0.945, 0.925, 0.941, 0.947; 0.927, 0.925, 0.917, 0.957; 0.942, 0.946, 0.852, 0.960;
    0.944, 0.947, 0.879, 0.905; 0.936, 0.951, 0.910, 0.944; 0.923, 0.941, 0.929, 0.925; 0.959, 0.951, 0.938, 0.917; 0.921, 0.945, 0.976, 0.943; 0.943, 0.897, 0.922, 0.905; 0.933, 0.943, 0.941, 0.937; 0.923, 0.932, 0.921, 0.851; 0.958, 0.963, 0.952, 0.933; 0.954, 0.944, 0.922, 0.947; 0.946, 0.924, 0.959, 0.934; 0.925, 0.939, 0.932, 0.945; 0.993, 0.969, 0.981, 0.957; 0.941, 0.960, 0.981, 0.961; 0.969, 0.974, 0.973, 0.946; 0.971, 0.969, 0.962, 0.947; 0.973, 0.973, 0.993, 0.960; 0.979, 0.983, 0.951, 0.920; 0.940, 0.902, 0.959, 0.958; 0.990, 0.950, 0.934, 0.937; 0.942, 0.952, 0.954, 0.950; 0.993, 0.969, 0.969, 0.921; 0.930, 0.975, 0.973, 0.987; 0.963, 0.975, 0.971, 0.970; 0.987, 0.976, 0.959, 0.982; 0.959, 0.958, 0.917, 0.971; 0.985, 0.985, 0.978, 0.946; 0.974, 0.966, 0.993, 0.935; 0.977, 0.967, 0.943, 0.941; 0.982, 0.926, 0.909, 0.965; 0.951, 0.910, 0.970, 0.942; 0.989, 0.958, 0.988, 0.982; 0.988, 0.988, 0.967, 0.919; 597 0.951, 598 0.908, 599 0.951, 600 0.935; 601 1.000, 602 0.888, 603 0.989, 604 0.931; 605 0.943, 606 0.969, 607 0.949, 608 0.964; 609 0.978, 610 0.968, 611 0.910, 612 0.934; 613 0.975, 614 0.950, 615 0.986, 616 0.962; 617 0.989, 618 0.975, 619 0.945, 620 0.973; 621 0.949, 622 0.940, 623 0.992, 624 0.952; 625 0.958, 626 0.982, 627 0.954, 628 0.957; 629 0.960, 630 0.973, 631 0.977, 632 0.985; 633 0.985, 634 0.988, 635 0.984, 636 0.969; 637 0.889, 638 0.951, 639 0.966, 640 0.984; 641 0.948, 642 0.892, 643 0.986, 644 0.976; 645 0.963, 646 0.932, 647 0.977, 648 0.980; 649 0.985, 650 0.947, 651 0.955, 652 0.986; 653 1.000, 654 0.958, 655 0.964, 656 0.989; 657 0.964, 658 0.983, 659 0.996, 660 0.989; 661 0.971, 662 0.920, 663 0.949, 664 0.996; 665 0.973, 666 0.985, 667 0.938, 668 0.996; 669 0.981, 670 0.980, 671 0.932, 672 0.996; 673 0.976, 674 0.983, 675 0.973, 676 0.978; 677 0.981, 678 0.996, 679 0.993, 680 0.996; 681 0.990, 682 0.984, 683 0.993, 684 0.969; 685 0.947, 686 0.977, 687 0.969, 688 0.988; 689 0.993, 690 0.971, 691 0.961, 692 0.997; 693 0.983, 694 0.945, 695 0.967, 696 0.955; 697 0.986, 698 0.978, 699 0.989, 700 0.912; 701 0.960, 702 0.951, 703 0.954, 704 0.977; 705 0.973, 706 0.962, 707 1.000, 708 0.973; 709 0.971, 710 0.971, 711 0.969, 712 0.958; 713 0.954, 714 0.972, 715 0.935, 716 0.931; 717 0.960, 718 0.936, 719 0.974, 720 0.942; 721 0.977, 722 0.979, 723 0.967, 724 0.940; 725 0.921, 726 0.934, 727 0.951, 728 0.966; 729 0.976, 730 0.925, 731 0.908, 732 0.959; 733 0.966, 734 0.938, 735 0.920, 736 0.967; 737 0.933, 738 0.958, 739 0.975, 740 0.936; 741 0.965, 742 0.928, 743 0.935, 744 0.904; 745 0.943, 746 0.946, 747 0.952, 748 0.984; 749 0.963, 750 0.958, 751 0.971, 752 0.919; 753 0.941, 754 0.941, 755 0.988, 756 0.949; 757 1.000, 758 0.949, 759 0.968, 760 0.935; 761 0.943, 762 0.962, 763 0.974, 764 0.971; 765 0.967, 766 0.923, 767 0.952, 768 0.916; 769 0.978, 770 0.980, 771 0.996, 772 0.972; 773 0.979, 774 0.959, 775 0.939, 776 0.982; 777 0.936, 778 0.966, 779 0.940, 780 0.945; 781 0.949, 782 0.992, 783 0.950, 784 0.958; 785 0.938, 786 0.965, 787 0.930, 788 0.985; 789 0.923, 790 0.984, 791 0.942, 792 0.976; 793 0.915, 794 0.955, 795 0.945, 796 0.981; 797 0.962, 798 0.996, 799 0.908, 800 0.962; 801 0.961, 802 0.949, 803 0.948, 804 0.966; 805 0.968, 806 1.000, 807 0.969, 808 0.960; 809 0.943, 810 0.961, 811 0.963, 812 0.979; 813 0.958, 814 0.960, 815 0.971, 816 0.949; 817 0.944, 818 0.986, 819 0.963, 820 0.977; 821 0.974, 822 0.955, 823 0.958, 824 0.957; 825 0.951, 826 0.867, 827 0.992, 828 0.950; 829 0.976, 830 0.973, 831 0.978, 832 0.992; 833 1.000, 834 0.965, 835 0.954, 836 0.989; 837 0.972, 838 0.964, 839 0.940, 840 0.982; 841 0.959, 842 0.960, 843 0.975, 844 0.992; 845 0.950, 846 0.952, 847 0.996, 848 0.993; 849 0.986, 850 0.923, 851 0.976, 852 0.975; 853 0.983, 854 0.983, 855 1.000, 856 0.973; 857 0.927, 858 0.979, 859 0.979, 860 0.924; README). All were used to find kinds of error
    afterwards except heldout21 and heldout22, scored once after the ninth session's rules; heldout23 and heldout24
    were scored before the tenth session changed any rule, heldout25 and heldout26 after its first rules;
    heldout27 and heldout28 after the eleventh session's first rules, heldout29 and heldout30 after seven,
    heldout31 and heldout32 after twenty; heldout33 and heldout34 after the twelfth session's first seven, heldout36 after thirteen, heldout35 after
    fifteen, heldout37 and heldout38 after twenty-six, heldout39 and heldout40 after all of them (never used to
    find errors); heldout41, 43 and 44 after the thirteenth session's first three rules, heldout45 and 46 after four,
    heldout42 after eight; heldout47 and 48 before the fourteenth session changed anything, heldout49 … 52 after its
    twenty-four first rules (then used to find errors too); heldout53 … 56 after the fifteenth session's first
    three rule commits, heldout57 … 60 after fourteen (all then used to find errors), heldout61 … 64 after all
    twenty-five (heldout63 then used for one more); heldout65 … 68 after the sixteenth session's first two rule
    commits, heldout69 … 72 after twelve, heldout73 … 76 after twenty (all then used to find errors); heldout77 … 80
    before the seventeenth session changed any rule, heldout81 … 84 after its first two rule commits, heldout85 … 88
    after fourteen (all then used to find errors); heldout89 … 92 after the eighteenth session's first rule commit,
    heldout93 … 96 after four, heldout97 … 100 after eighteen (all then used to find errors); heldout101 … 104 after
    the nineteenth session's first rule commit, heldout105 … 108 after three, heldout109 … 112 after four, heldout113 …
    116 after nine, heldout117 … 120 after thirteen, heldout121 … 124 after sixteen (all then used to find errors);
    heldout125 … 128 before the twentieth session changed any rule, heldout129 … 132 after its first two rule commits,
    133 … 136 after four, 137 … 140 after five, 141 … 144 after six, 145 … 148 after eight, 149 … 152 after ten,
    153 … 156 after twelve, 157 … 160 after thirteen, 161 … 164 after fourteen, 165 … 168 after fifteen (all then
    used to find errors), 169 … 172 after sixteen, 173 … 176 after all seventeen; heldout177 … 180 before the
    twenty-first session changed any rule, 181 … 184 after its first three rule commits, 185 … 188 after five, 189 …
    192 after seven, 193 … 196 after nine, 197 … 200 after ten (all then used to find errors); heldout201 … 204 before
    the twenty-second session changed any rule, 205 … 208 after its first rule commit, 209 … 212 after four, 213 … 216
    after five, 217 … 220 after six, 221 … 224 after eight, 225 … 228 after ten, 229 … 232 after thirteen (all then
    used to find errors); heldout233 … 236 after the twenty-third session's first three rule commits, 237 … 240 after
    eight, 241 … 244 after eleven, 245 … 248 after thirteen, 250 … 252 after fifteen, 249 after sixteen, 253 … 256
    after nineteen, 257 and 259 after twenty-three, 258 and 260 after twenty-four, 262 after twenty-seven, 261, 263
    and 264 after twenty-eight (all then used to find errors); heldout265 … 267 before the twenty-fourth session
    changed any rule, 268 after its first rule commit, 269 … 272 after six (265 … 268 then used to find errors);
    heldout273 … 276 after the twenty-fifth session's first two rule commits, 277, 279 and 280 after four, 278 after
    six, 283 after eight, 282 and 284 after nine, 281 after eleven (273 … 280, 282 and 284 then used to find errors);
    heldout285 … 288 before the twenty-sixth session changed any rule, 289 … 292 after its first rule commit, 293 …
    300 after two (293 … 296 then used to find errors); heldout301 … 304 after the twenty-seventh session's first
    two rule commits, 307 after four, 305, 306 and 308 after five, 309 … 312 after eight, 313 … 316 after twelve,
    317 … 320 after fifteen (all but 319 then used to find errors); heldout321 … 324 after the twenty-eighth
    session's first two rule commits, 325 and 326 after four, 327 after five, 328 after six, 329 and 330 after
    eight, 331 and 332 after ten, 333 and 334 after twelve, 335 and 336 after fourteen, 337 and 338 after seventeen
    (then used to find errors), 339 and 340 after nineteen (their errors read, no rule kept from them then);
    heldout341 … 344 after the twenty-ninth session's first rule commit, 345 … 348 after three, 349 … 352 after
    five, 353 … 356 after seven, 357 … 360 after nine (all then used to find errors); heldout361 … 364 after the
    thirtieth session's first three rule commits, 365 … 367 after seven, 368 after nine, 369 … 372 after twelve, 373
    … 376 after seventeen, 377 … 380 after twenty (all but 371, 375, 376 and 378 then used to find errors), 381 …
    384 after twenty-seven (not used to find errors); heldout385 … 388 after the thirty-first session's first rule
    commit, 389 … 392 after three, 393 … 396 after five, 397 … 400 after six, 401 … 404 after eight, 405 after ten,
    406 … 408 after eleven (385, 387 … 390, 393, 394, 398, 405 and 408 then used to find errors); heldout409 … 412
    after the thirty-second session's first rule commit, 413, 415 and 416 after two, 414 after four, 420 after five,
    417 … 419 after six, 421 … 424 after nine, from a brief rewritten that session (410, 412 and 415 then used to
    find errors, one changed row of 411 seen); heldout425 … 428 after the thirty-third session's first six rule
    commits, 430 and 431 after eleven, 432 after thirteen, 429, 434 and 435 after sixteen, 433 after seventeen, 436
    after nineteen (425, 427 and 435 then used to find errors); heldout437 … 440 after the thirty-fourth session's
    first three rule commits, 441 … 444 after five, 445 … 448 after thirteen (437, 440 and 445 then used to find
    errors); heldout449 … 452 after the thirty-fifth session's first two commits (review only, figures unchanged; 449 … 452 then used to find errors), 453 after
    its first four rule commits, 455 and 456 after five, 454 after seven (453 and 456 then used to find errors), 457 … 460 after eight (457 … 460 then used to find errors),
    461 … 464 after eleven and a fix; heldout465 … 468 after the thirty-sixth session's first four rule commits (465
    … 468 then used to find errors), 469 … 472 after nine (then used to find errors), 473 … 476 after fourteen, 477 … 480 after twenty and a fix."""
    path = RAW.parent.parent / "tests" / "data" / folder
    result, matches = evaluate(read_gold(path / "gold.csv"), figures_of(path))
    assert result.f1 >= floor, matches[matches["outcome"] != "tp"].to_string()
    assert result.accuracy["province"] >= province
