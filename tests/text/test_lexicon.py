"""Vocabulary as data: the lexicon loader, and the cues it holds, each in several shapes of our own."""
from __future__ import annotations

import re

import pytest

from analysis.text import lexicon
from figure_fixtures import facts




def test_alternation_matches_whole_words_longest_first_and_any_spacing():
    pattern = re.compile(lexicon.alternation(["trước hạn", "trước hạn và đúng hạn", "nộp"]))
    assert pattern.search("giải quyết trước  hạn và đúng hạn").group() == "trước  hạn và đúng hạn"
    assert pattern.search("nộpx") is None


def test_entry_names_the_file_and_key_when_missing():
    with pytest.raises(KeyError, match="dossiers.yml has no entry 'verbs.nothing'"):
        lexicon.entry("dossiers", "verbs.nothing")


@pytest.mark.parametrize("text,metric", [
    ("Có 1.200 hồ sơ kỳ trước chuyển sang.", "dossiers_carried_over"),
    ("Kỳ trước chuyển qua 310 hồ sơ.", "dossiers_carried_over"),
    ("Hiện còn 95 hồ sơ đang giải quyết.", "dossiers_pending"),
    ("Có 95 hồ sơ đang trong thời hạn giải quyết.", "dossiers_pending"),
    ("Số hồ sơ đang được giải quyết là: 95 hồ sơ.", "dossiers_pending"),
    ("Đã số hóa 4.000 hồ sơ.", "dossiers_digitized"),
    ("Trong tháng, 38 hồ sơ bị trả lại do thiếu thành phần.", "dossiers_returned"),
    ("Có 12 hồ sơ công dân xin rút, không giải quyết.", "dossiers_returned"),
    ("Có 870 hồ sơ giải quyết đúng và sớm hạn.", "dossiers_ontime"),
    ("Có 870 hồ sơ giải quyết trước hạn và đúng hạn.", "dossiers_ontime"),
    ("Có 870 hồ sơ được trả trước và đúng hạn.", "dossiers_ontime"),
])
def test_dossier_states(text, metric):
    assert facts(text)[0][0] == metric


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ giải quyết đúng và sớm hạn đạt 99,2%.",
    "Tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,2%.",
])
def test_on_time_rates_in_any_word_order(text):
    assert facts(text) == [("dossiers_ontime_pct", 99.2)]


@pytest.mark.parametrize("text", [
    "Trung tâm đã tiếp nhận và giải quyết 8.000 hồ sơ.",
    "Tổng số hồ sơ tiếp nhận, giải quyết trong tháng là 8.000 hồ sơ.",
])
def test_receive_and_resolve_together_count_what_came_in(text):
    assert facts(text) == [("dossiers_received", 8000)]


@pytest.mark.parametrize("text,metric", [
    ("Năm 2020, UBND tỉnh công bố 120 thủ tục hành chính.", "procedures_announced"),
    ("Bãi bỏ 12 thủ tục hành chính.", "procedures_abolished"),
    ("Có 30 TTHC mới và 45 TTHC sửa đổi.", "procedures_new"),
    ("Sửa đổi, bổ sung 45 TTHC.", "procedures_amended"),
])
def test_changes_to_the_catalogue_are_not_the_procedures_in_force(text, metric):
    assert facts(text)[0][0] == metric


@pytest.mark.parametrize("text,expected", [
    # dossiers asked for more papers are sent back, not the online or received ones their noun names
    ("Năm 2024, có 6.874 hồ sơ trực tuyến bị yêu cầu bổ sung, bằng 13,14% số hồ sơ trực tuyến.",
     [("dossiers_returned", 6874, "actual"), ("dossiers_returned_pct", 13.14, "actual")]),
    ("Năm 2024, 687 hồ sơ vẫn bị yêu cầu nộp bổ sung bản giấy.", [("dossiers_returned", 687, "actual")]),
    # a late dossier whose reason is a missing paper stays late
    ("Năm 2015, 15 hồ sơ trễ hạn do doanh nghiệp phải bổ sung giấy tờ.", [("dossiers_late", 15, "actual")]),
])
def test_dossiers_asked_for_more_papers_are_sent_back(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


def test_procedures_in_force_stay_procedures_total():
    assert facts("Hiện tỉnh có 1.650 thủ tục hành chính.") == [("procedures_total", 1650)]


@pytest.mark.parametrize("text,expected", [
    # "mới" before the count is an adverb (only, just): the procedures in force
    ("Năm 2019, huyện mới có 240 thủ tục hành chính.", [("procedures_total", 240)]),
    ("Sở Y tế mới chỉ có 95 thủ tục hành chính thuộc thẩm quyền.", [("procedures_total", 95)]),
    # ... after it, or in "ban hành mới", a new procedure
    ("Năm 2019, tỉnh có 36 thủ tục hành chính mới.", [("procedures_new", 36)]),
    ("Năm 2019, tỉnh ban hành mới 36 thủ tục hành chính.", [("procedures_new", 36)]),
])
def test_new_procedures_are_named_after_the_count_not_by_an_adverb_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Đã số hóa hồ sơ cho 1.100 trên tổng số 2.000 hồ sơ.",
    "Trung tâm trả kết quả cho 1.100 trên 2.000 hồ sơ.",
])
def test_the_base_after_tren_is_not_a_figure(text):
    assert 2000 not in [v for _, v in facts(text)]


@pytest.mark.parametrize("text,metric", [
    ("Tỷ lệ giải quyết đúng hạn đạt 98%, tương ứng với 4.900 hồ sơ.", "dossiers_ontime"),
    ("Tỷ lệ trễ hạn chiếm 2% với 100 hồ sơ.", "dossiers_late"),
])
def test_a_count_behind_a_rate_takes_its_metric(text, metric):
    assert facts(text)[-1] == (metric, 4900 if "4.900" in text else 100)


def test_a_ranking_named_in_the_sentence_before_frames_a_bare_place():
    text = "Bộ vừa công bố chỉ số ICT Index năm 2022. Theo đó, tỉnh xếp thứ 20/63 tỉnh, thành phố."
    assert facts(text, ("metric", "value", "denominator")) == [("ict_index_rank", 20, 63)]


def test_rank_written_with_so():
    assert facts("Về chỉ số ICT Index, tỉnh xếp vị trí số 12.") == [("ict_index_rank", 12)]


def test_a_cue_added_in_a_lexicon_file_is_used(tmp_path, monkeypatch):
    """A user adds a phrase in YAML, not in Python: a new carried-over wording is read."""
    original = lexicon.lexicon_dir()
    for path in original.glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = (tmp_path / "dossiers.yml").read_text(encoding="utf-8")
    (tmp_path / "dossiers.yml").write_text(
        data.replace("- carried_over: [", "- carried_over: [gối đầu từ năm cũ, "), encoding="utf-8")
    monkeypatch.setattr(lexicon, "lexicon_dir", lambda: tmp_path)
    lexicon.load.cache_clear()
    lexicon.pattern.cache_clear()
    try:
        kinds = dict(lexicon.ordered_kinds("dossiers", "kinds"))
        assert kinds["carried_over"].search("có 40 hồ sơ gối đầu từ năm cũ")
    finally:
        lexicon.load.cache_clear()
        lexicon.pattern.cache_clear()


def test_the_base_of_an_online_count_is_all_received_and_the_share_is_the_online_one():
    text = "Năm 2023 tỉnh tiếp nhận 5.200 hồ sơ trực tuyến trên tổng số 8.000 hồ sơ, đạt 65%."
    assert facts(text) == [("dossiers_online", 5200), ("dossiers_received", 8000), ("dossiers_online_pct", 65)]


def test_bare_tren_after_a_verb_is_more_than_not_out_of():
    assert facts("Tiếp nhận 500 hồ sơ, giải quyết trên 400 hồ sơ.") == [
        ("dossiers_received", 500), ("dossiers_resolved", 400)]


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ trễ hạn dưới 2%, trong khi mức độ hài lòng của người dân đạt 91%.",
    "Tỷ lệ giải quyết đúng hạn cao; chỉ số hài lòng của tổ chức, cá nhân đạt 91%.",
])
def test_the_nearest_subject_decides_satisfaction(text):
    assert ("satisfaction_pct", 91) in facts(text)


@pytest.mark.parametrize("text", [
    "Có 1.300 hồ sơ giải quyết đúng hạn và trước hạn (98,2%).",
    "Số hồ sơ trước hạn và đúng hạn 1.300 hồ sơ (98,2%).",
])
def test_an_on_time_phrase_across_va_is_one_kind(text):
    assert facts(text) == [("dossiers_ontime", 1300), ("dossiers_ontime_pct", 98.2)]


def test_full_process_comes_before_online_in_the_kinds():
    """Full-process online dossiers are a part of the online ones (three blind gold sets agree)."""
    assert facts("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.") == [("dossiers_full_process_pct", 70)]


# --- every lexicon file, and the helpers that build grammar around its lists ------------------------

import importlib

import yaml

from analysis.figures import classify, cues, nouns
from analysis.text import clean, numbers, periods

LEXICON_FILES = sorted(p.stem for p in lexicon.lexicon_dir().glob("*.yml"))


def _lists(value, where):
    """Every list in a lexicon value, with where it is; mappings are walked, scalars checked."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str) and key.strip(), f"{where}: a key must be a non-empty string, got {key!r}"
            yield from _lists(item, f"{where}.{key}")
    elif isinstance(value, list):
        yield where, value
        for i, item in enumerate(value):
            if isinstance(item, (dict, list)):
                yield from _lists(item, f"{where}[{i}]")
    else:
        assert isinstance(value, (str, int)) and not isinstance(value, bool), f"{where}: {value!r}"


def test_the_files_this_work_added_are_there():
    assert {"qualifiers", "status", "scopes", "periods", "numbers", "furniture", "sentences"} <= set(LEXICON_FILES)


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_every_lexicon_file_loads_and_every_list_is_non_empty_phrases(name):
    data = lexicon.load(name)
    assert data, f"{name}.yml is empty"
    lists = list(_lists(data, name))
    assert lists, f"{name}.yml holds no list"
    for where, items in lists:
        assert items, f"{where} is an empty list"
        for item in items:
            if isinstance(item, dict):  # {kind: phrases} or {head: …, min_name: …}
                assert item, f"{where}: an empty entry"
                continue
            # a bare `no`, `yes` or `on` in YAML is a boolean, not the word: quote it
            assert isinstance(item, str) and item.strip(), f"{where}: {item!r} is not a phrase"
            assert item == " ".join(item.split()), f"{where}: {item!r} has stray spaces"


@pytest.mark.parametrize("name,keys", [
    ("nouns", ["fillers", "level_and_up", "email", "electronic_documents", "dossier_process.verbs",
               "dossier_process.noun", "dossier_process.outcomes", "rate_words", "metrics.services.named",
               "metrics.officials.usage", "metrics.computers_outdated"]),
    ("ranks", ["context", "place_words", "top_groups", "top_group_places", "leading", "ranked_places"]),
    ("metric_words", ["change.verbs", "change.qualifiers", "averages", "satisfaction.subjects", "satisfaction.people",
                      "count_subjects", "share_lead.verbs", "share_lead.qualifiers", "noun_then_share.verbs",
                      "of_which", "continued_verbs"]),
])
def test_the_noun_and_metric_files_hold_their_lists(name, keys):
    for key in keys:
        assert lexicon.words(name, key), f"{name}.{key}"


def test_every_head_phrase_is_read_as_its_category_and_the_order_is_the_files():
    heads = lexicon.kinds("nouns", "heads")
    assert [kind for kind, _ in heads] == [kind for kind, _ in nouns.HEADS]
    assert len(heads) > 10 and all(phrases for _, phrases in heads)
    assert [kind for kind, _ in lexicon.kinds("ranks", "rankings")] == [
        "ict_index_rank", "dti_rank", "par_index_rank", "egov_rank"]
    for kind, phrases in heads:
        for phrase in phrases:
            assert _head(" " + phrase + " của tỉnh") == kind, phrase


def test_not_followed_by_bars_a_phrase_before_its_words():
    rx = re.compile(lexicon.union(["dịch vụ", "dịch vụ công"], not_followed_by={"dịch vụ": ["bưu chính"]}))
    assert rx.match("dịch vụ công").group() == "dịch vụ công"
    assert rx.match("dịch vụ y tế")
    assert not rx.match("dịch vụ  bưu chính")
    assert _head(" dịch vụ bưu chính") is None and _head(" điểm số") is None
    assert _head(" dịch vụ công trực tuyến") == "services" and _head(" điểm cầu") == "video_points"


def test_multipliers_are_numbers():
    assert numbers.MULTIPLIERS == {"ngàn": 1000, "nghìn": 1000, "vạn": 10_000, "triệu": 1_000_000,
                                   "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}


def test_union_keeps_longest_first_and_file_order_for_ties():
    assert lexicon.union(["ab", "cd", "abc"]) == "(?:a(?:bc|b)|cd)"  # one branch per first letter
    assert re.fullmatch(lexicon.union(["xã, phường"]), "xã,phường")  # the space after a comma may be missing
    assert re.fullmatch(lexicon.union(["TP"], keep_case=True), "TP")
    assert not re.fullmatch(lexicon.union(["TP"]), "TP")  # phrases are folded text unless keep_case


def test_branches_by_first_letter_match_as_the_flat_alternation():
    phrases = ["trực tuyến", "từ xa", "trong", "giảm", "trong đó", "kế hoạch"]
    flat = "|".join(lexicon.phrase_regex(p) for p in sorted(phrases, key=len, reverse=True))
    text = "giảm trong đó, trực tuyến từ xa; trongđó kế hoạch sở kế hoạch"
    grouped = [m.span() for m in re.finditer(lexicon.branches(phrases), text)]
    assert grouped == [m.span() for m in re.finditer(flat, text)]
    barred = re.compile(lexicon.branches(["kế hoạch"], not_in=["sở kế hoạch"]))
    assert [m.start() for m in barred.finditer(text)] == [text.index("kế hoạch")]
    words = re.compile(lexicon.alternation(phrases))
    assert [m.group() for m in words.finditer(text)] == ["giảm", "trong đó", "trực tuyến", "từ xa", "kế hoạch",
                                                         "kế hoạch"]


def test_initials_are_generated_from_the_phrases():
    assert lexicon.initials(["phấn đấu", "mục tiêu", "phải đạt"]) == "(?=ph|mụ)"
    assert lexicon.initials(["giai đoạn", "từ"], width=None, extra=[r"\d"]) == r"(?=\d|giai|từ)"
    assert lexicon.initials(["lượt xem", "img", "404 not found"], width=1) == "(?=[li4])"


def test_not_inside_bars_a_phrase_inside_a_longer_name():
    rx = re.compile(lexicon.not_inside("kế hoạch", ["sở kế hoạch", "kế hoạch và đầu tư", "tin liên quan"]))
    assert rx.search("theo kế hoạch năm 2021")
    assert not rx.search("sở kế hoạch tỉnh")
    assert not rx.search("kế hoạch  và đầu tư")


@pytest.mark.parametrize("build", [
    lambda names: lexicon.not_inside("chỉ tiêu", names),
    lambda names: lexicon.branches(["chỉ tiêu"], not_in=names),
])
def test_a_name_with_words_on_both_sides_bars_the_phrase_only_where_both_stand(build):
    # "các chỉ tiêu chủ yếu": barred after "các " only when "chủ yếu" follows, not after "các " alone
    rx = re.compile(build(["các chỉ tiêu chủ yếu", "sở kế hoạch"]))
    assert not rx.search("các chỉ tiêu chủ yếu như sau")
    assert rx.search("các chỉ tiêu đặt ra cho năm 2020")
    assert rx.search("chỉ tiêu chủ yếu của ngành")
    assert rx.search("chỉ tiêu năm 2025")


def test_generated_guards_cover_every_phrase():
    """No cue can fall outside the look-ahead that guards its regex: each phrase is found where it stands."""
    for phrase in [*lexicon.words("status", "target"), *lexicon.words("status", "contrast")]:
        folded = f"x {phrase} 50%"
        assert cues.sentence_cues(folded, 0, len(folded)) != ([], [], []), phrase
    for phrase in lexicon.words("furniture", "error_lines"):
        assert clean._FURNITURE_LINE.search(phrase), phrase


# A phrase added to a temporary copy of a lexicon file is used by the module that reads that file.
# Modules compile their patterns once, at import: the test reloads the module on the temporary
# folder, then reloads it again on the real one.

def _number(text, value):
    folded = clean.fold(text)
    start = text.index(value)
    return folded, start, start + len(value)


def _qualifier(text):
    return cues.qualifier(*_number(text, "500"))


def _status(text):
    folded, start, end = _number(text, "100%")
    return cues.status(folded, start, end, (0, len(text)), None)


def _period(text):
    folded = clean.fold(text)
    return [p.role for p in periods.find_periods(folded, text, 0, len(text))]


def _money(text):
    return [(t.text, t.reason) for t in numbers.scan_numbers(clean.fold(text))]


def _lines(text):
    return [text[a:b] for a, b in clean.content_lines(text)]


def _head(text):
    found = nouns.head_at(clean.fold(text))
    return found[0] if found else None


@pytest.mark.parametrize("module,file,old,new,probe,text,before,after", [
    # a head noun added to its category (nouns.yml `heads`) is read after a number
    (nouns, "nouns.yml", "  - documents: [văn bản, vb]", "  - documents: [văn bản, vb, công văn]", _head,
     " công văn đến", None, "documents"),
    # a per-phrase exclusion is data too: "điểm thi" is no network point once listed
    (nouns, "nouns.yml", "  điểm: [số]", "  điểm: [số, thi]", _head, " điểm thi", "points", None),
    # a ranking's name (ranks.yml) and a count subject (metric_words.yml) read by classify
    (classify, "ranks.yml", "  - dti_rank: [", "  - dti_rank: [bảng xếp hạng số, ", facts,
     "Theo bảng xếp hạng số, tỉnh xếp thứ 12.", [], [("dti_rank", 12)]),
    (classify, "metric_words.yml", "\naverages: [", "\naverages: [tính ra, ", facts,
     "Tính ra 500 hồ sơ được giải quyết.", [("dossiers_resolved", 500)], []),
    (cues, "qualifiers.yml", "approx: [", "approx: [cỡ, ", _qualifier,
     "Đã có cỡ 500 hồ sơ.", "exact", "approx"),
    # "quyết tâm" opens with letters no other status cue has: the generated guard must take it in
    (cues, "status.yml", "target: [", "target: [quyết tâm, ", _status,
     "Tỉnh quyết tâm đạt 100% hồ sơ trực tuyến.", "actual", "target"),
    (periods, "periods.yml", "baseline: [", "baseline: [đối chiếu với, ", _period,
     "Tăng 30% đối chiếu với năm 2019.", ["frame"], ["baseline"]),
    (numbers, "numbers.yml", "currencies: [", "currencies: [euro, ", _money,
     "Kinh phí 500 euro.", [("500", "")], [("500", "money")]),
    (clean, "furniture.yml", "\nend_markers: [", "\nend_markers: [đọc thêm, ", _lines,
     "Tỉnh có 500 hồ sơ.\nĐọc thêm\nTin cũ", ["Tỉnh có 500 hồ sơ.", "Đọc thêm", "Tin cũ"], ["Tỉnh có 500 hồ sơ."]),
])
def test_a_phrase_added_to_a_lexicon_file_is_picked_up(tmp_path, monkeypatch, module, file, old, new, probe,
                                                        text, before, after):
    assert probe(text) == before
    for path in lexicon.lexicon_dir().glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = (tmp_path / file).read_text(encoding="utf-8")
    assert data.count(old) == 1
    (tmp_path / file).write_text(data.replace(old, new), encoding="utf-8")
    yaml.safe_load((tmp_path / file).read_text(encoding="utf-8"))
    monkeypatch.setattr(lexicon, "lexicon_dir", lambda: tmp_path)
    lexicon.load.cache_clear()
    lexicon.pattern.cache_clear()
    saved = dict(vars(module))  # the module's own objects, put back after: a reload makes new classes
    try:
        importlib.reload(module)
        assert probe(text) == after
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()
        lexicon.pattern.cache_clear()
        importlib.reload(module)
        vars(module).clear()
        vars(module).update(saved)  # e.g. clean.DecodeError stays the class other modules imported
    assert probe(text) == before


@pytest.mark.parametrize("text,metric", [
    ("Có 6.900 hồ sơ trả đúng hoặc trước hẹn.", "dossiers_ontime"),
    ("Có 12 hồ sơ trễ hẹn.", "dossiers_late"),
])
def test_appointment_dates_are_deadlines(text, metric):
    assert facts(text)[0][0] == metric


def test_sipas_is_the_satisfaction_index():
    assert facts("Chỉ số SIPAS năm 2023 của tỉnh đạt 88,2%.") == [("satisfaction_pct", 88.2)]


def test_a_year_after_the_figure_dates_it_only_within_its_clause():
    from analysis.figures.extract import extract_text
    df = extract_text("Tỷ lệ hài lòng đạt 89,4%; năm 2020, con số này là 80%.", "t", {"published": "2022"})
    assert list(zip(df["value"], df["year"])) == [(89.4, 2022), (80.0, 2020)]


def test_a_phrase_template_stands_for_every_choice_in_order():
    assert lexicon.expand("đúng {và|hoặc} {trước|sớm} hạn") == [
        "đúng và trước hạn", "đúng và sớm hạn", "đúng hoặc trước hạn", "đúng hoặc sớm hạn"]
    assert lexicon.expand("trong hạn") == ["trong hạn"]
    assert lexicon.expand("{hạn|thời hạn}") == ["hạn", "thời hạn"]
    assert lexicon.expand("{được |}tiếp nhận") == ["được tiếp nhận", "tiếp nhận"]  # an empty choice


def test_loaded_lists_hold_the_expanded_phrases_not_the_templates():
    ontime = dict(lexicon.kinds("dossiers", "kinds"))["ontime"]
    assert "đúng hoặc sớm hẹn" in ontime and "trước hạn và đúng hạn" in ontime
    assert lexicon.words("dossiers", "verbs.received_after_noun") == ["được tiếp nhận", "đã tiếp nhận", "tiếp nhận"]
    assert not any("{" in phrase or "|" in phrase for phrase in lexicon.all_phrases())


@pytest.mark.parametrize("text", [
    # on time and early joined in any order, with "và" or "hoặc", the deadline's noun once or with each
    "Năm 2020, tỷ lệ hồ sơ trả đúng hoặc sớm hẹn đạt 97,4%.",
    "Năm 2020, tỷ lệ hồ sơ giải quyết sớm hạn hoặc đúng hạn đạt 97,4%.",
    "Năm 2020, tỷ lệ hồ sơ được trả đúng hẹn và trước hẹn đạt 97,4%.",
    "Năm 2020, tỷ lệ giải quyết đúng hoặc trước thời hạn đạt 97,4%.",
])
def test_on_time_with_early_in_any_order_is_the_on_time_rate(text):
    assert facts(text) == [("dossiers_ontime_pct", 97.4)]
