"""Corrections through the command line: `extract` applies data/corrections.csv (or --corrections) and keeps the
result across re-runs, `correct` re-applies, a stale line is reported (exit 1), a bad file writes nothing (exit 2)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW

from analysis.cli import main
from analysis.review.corrections import correction_line, save_line
from analysis.tableio import read_table

DAK_LAK = "000_9dc4c8d6a1d21c28"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[Path, pd.DataFrame, pd.DataFrame]:
    """A copy of the bundled articles and the extractor's own tables on them."""
    tmp = tmp_path_factory.mktemp("cli")
    raw = tmp / "raw"
    shutil.copytree(RAW, raw)
    assert main(["extract", str(raw), "--out", str(tmp / "plain" / "figures.csv"), "--quiet", "--no-corrections"]) == 0
    return raw, read_table(tmp / "plain" / "figures.csv"), read_table(tmp / "plain" / "figures_documents.csv")


def _corrections(tmp: Path, figures: pd.DataFrame, documents: pd.DataFrame) -> Path:
    sha = documents.set_index("doc_id")["sha256"]
    mine = figures[figures["doc_id"] == DAK_LAK]
    total, level4 = (mine[mine["metric"] == m].iloc[0] for m in ("services_total", "services_level4"))
    path = tmp / "corrections.csv"
    save_line(path, correction_line(total, sha[DAK_LAK], "drop"))
    save_line(path, correction_line(level4, sha[DAK_LAK], "change", qualifier="approx"))
    added = pd.Series({"doc_id": DAK_LAK, "start": int(total["start"]), "end": int(total["end"]),
                       "metric": "procedures_total", "value": float(total["value"]), "evidence": total["evidence"]})
    save_line(path, correction_line(added, sha[DAK_LAK], "add"))
    return path


def test_corrections_survive_a_re_run_and_correct_gives_the_same_table(extracted, tmp_path, capsys):
    raw, figures, documents = extracted
    corrections = _corrections(tmp_path, figures, documents)
    out = tmp_path / "out" / "figures.csv"
    args = ["extract", str(raw), "--out", str(out), "--quiet", "--corrections", str(corrections)]
    assert main(args) == 0
    first = out.read_bytes()
    table = read_table(out)
    assert table["source"].value_counts().to_dict() == {"extracted": len(figures) - 2, "corrected": 1, "added": 1}
    assert "3 of 3 lines applied (1 figures corrected, 1 added), 0 stale" in capsys.readouterr().err
    assert read_table(out.with_name("figures_extracted.csv")).equals(figures)
    assert main(args) == 0 and out.read_bytes() == first  # re-extraction: same corrected table
    assert main(["correct", str(out), "--corrections", str(corrections)]) == 0 and out.read_bytes() == first
    outcomes = read_table(out.with_name("figures_corrections.csv"))
    assert outcomes["outcome"].tolist() == ["applied"] * 3
    assert main(["ratios", str(out), "--out", str(tmp_path / "ratios")]) == 0
    ratios = read_table(tmp_path / "ratios" / "ratios.csv")
    level4 = ratios[(ratios["province"] == "Đắk Lắk") & (ratios["ratio"] == "level4_share")]
    # the level-4 count corrected to "khoảng" makes the counts' share an estimate on the added base (the
    # dropped total is gone), so the share the article states exactly (16,06%) is shown, the estimate noted
    assert set(level4["basis"]) == {"stated:services_level4_pct"} and set(level4["kind"]) == {"exact"}
    notes = level4["note"]
    assert notes.str.contains("estimate").all() and notes.str.contains("(procedures_total)", regex=False).all()


def test_an_edited_article_makes_its_lines_stale_and_they_are_not_applied(extracted, tmp_path, capsys):
    raw, figures, documents = extracted
    corrections = _corrections(tmp_path, figures, documents)
    edited = tmp_path / "raw"
    shutil.copytree(raw, edited)
    article = edited / f"{DAK_LAK}.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nCập nhật.\n", encoding="utf-8")
    out = tmp_path / "out" / "figures.csv"
    code = main(["extract", str(edited), "--out", str(out), "--quiet", "--corrections", str(corrections)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"stale: {corrections} line 2: drop {DAK_LAK} services_total 1687" in err and "article changed" in err
    assert "0 of 3 lines applied" in err and "3 stale" in err
    table = read_table(out)
    assert set(table["source"]) == {"extracted"} and len(table) == len(figures)


def test_a_bad_corrections_file_stops_before_anything_is_written(extracted, tmp_path, capsys):
    raw, figures, documents = extracted
    corrections = _corrections(tmp_path, figures, documents)
    corrections.write_text(corrections.read_text(encoding="utf-8").replace("approx", "aprox"), encoding="utf-8")
    out = tmp_path / "out" / "figures.csv"
    assert main(["extract", str(raw), "--out", str(out), "--quiet", "--corrections", str(corrections)]) == 2
    err = capsys.readouterr().err
    assert f"{corrections} line 3: new_qualifier 'aprox' is not one of" in err
    assert not out.parent.exists()
    assert main(["report", "--raw", str(raw), "--out", str(tmp_path / "rep"), "--corrections", str(corrections)]) == 2
    assert "line 3" in capsys.readouterr().err and not (tmp_path / "rep").exists()


def test_no_corrections_writes_the_extractors_table_as_it_is(extracted, tmp_path):
    raw, figures, _ = extracted
    assert "source" not in figures
    missing = tmp_path / "absent.csv"
    assert main(["extract", str(raw), "--out", str(tmp_path / "f.csv"), "--quiet", "--corrections", str(missing)]) == 2


def test_the_report_batch_applies_corrections_before_the_ratios_and_says_so(extracted, tmp_path, monkeypatch):
    from analysis.reports import batch

    raw, figures, documents = extracted
    corrections = _corrections(tmp_path, figures, documents)
    real_plan = batch.plan_runs
    monkeypatch.setattr(batch, "plan_runs", lambda *a, **k: [r for r in real_plan(*a, **k)
                                                               if r.key == "04_review_figures"])
    out = tmp_path / "rep"
    assert main(["report", "--raw", str(raw), "--out", str(out), "--jobs", "1", "--corrections", str(corrections)]) == 0
    table = read_table(out / "data" / "figures.csv")
    assert table["source"].value_counts().to_dict() == {"extracted": len(figures) - 2, "corrected": 1, "added": 1}
    ratios = read_table(out / "data" / "ratios.csv")
    level4 = ratios[(ratios["province"] == "Đắk Lắk") & (ratios["ratio"] == "level4_share")]
    assert set(level4["basis"]) == {"stated:services_level4_pct"}  # the corrected counts give only an estimate
    assert level4["note"].str.contains("(procedures_total)", regex=False).all()  # ... on the added base
    index = (out / "index.html").read_text(encoding="utf-8")
    note = "Hiệu đính thủ công: 1 số liệu được sửa, 1 được thêm, 1 bị bỏ"
    assert note in index and "figures_corrections_used.csv" in index  # the file applied is hashed
    assert note in (out / "04_review_figures.html").read_text(encoding="utf-8")
    # again with nothing changed: the extraction is reused (the corrections not applied again), its note kept
    monkeypatch.setattr("analysis.pipeline.extract", None)
    assert main(["report", "--raw", str(raw), "--out", str(out), "--jobs", "1", "--corrections", str(corrections)]) == 0
    assert note in (out / "index.html").read_text(encoding="utf-8")


def test_a_dataset_output_takes_no_corrections_but_says_so(extracted, tmp_path, capsys):
    raw, figures, documents = extracted
    out = tmp_path / "ds"
    assert main(["extract", str(raw), "--out", str(out), "--quiet", "--no-corrections"]) == 0
    empty = tmp_path / "empty.csv"
    save_line(empty, correction_line(figures.iloc[0], documents.set_index("doc_id")["sha256"][figures.iloc[0]["doc_id"]],
                                     "drop"))
    assert main(["extract", str(raw), "--out", str(tmp_path / "ds2"), "--quiet", "--corrections", str(empty)]) == 2
    assert "not to the dataset folder" in capsys.readouterr().err


def test_evaluate_takes_the_analysts_corrections_as_gold(extracted, tmp_path, capsys):
    raw, figures, documents = extracted
    corrections = _corrections(tmp_path, figures, documents)  # drop one, change one's qualifier, add one
    sha = documents.set_index("doc_id")["sha256"]
    mine = figures[figures["doc_id"] == DAK_LAK]
    other = mine[~mine["metric"].isin(["services_total", "services_level4"])].iloc[0]
    save_line(corrections, correction_line(other, sha[DAK_LAK], "accept"))
    out = tmp_path / "out" / "figures.csv"
    assert main(["extract", str(raw), "--out", str(out), "--quiet", "--corrections", str(corrections)]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(corrections), str(out.with_name("figures_extracted.csv"))]) == 0
    lines = capsys.readouterr().out.splitlines()
    # reviewed: the dropped row is a false figure, the changed one matches (its qualifier was wrong), the
    # accepted one matches; the added one was missed
    assert lines[0] == "gold 3  predicted 3  matched 2"
    assert lines[1] == "precision 0.667  recall 0.667  F1 0.667"
    assert "qualifier accuracy on matched rows: 0.500" in lines
    assert not any(line.startswith("ratios (") for line in lines)
