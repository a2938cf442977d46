"""Extraction on worker processes and into a partitioned Parquet dataset (issue 12): the same tables
as one process, byte for byte and row for row; a dataset appears whole or not at all."""
from __future__ import annotations

import filecmp
from pathlib import Path

import pandas as pd
import pytest

import analysis.figures.corpus as corpus
from analysis.pipeline import extract
from analysis.tableio import read_figures, read_table

from conftest import RAW


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """40 articles: the bundled ones under new names, a bad file among them (enough for 5 batches)."""
    folder = tmp_path_factory.mktemp("many")
    seeds = [p.read_bytes() for p in sorted(RAW.glob("*.txt"))]
    for i in range(40):
        (folder / f"{i:03d}.txt").write_bytes(seeds[i % len(seeds)] if i != 17 else b"")
    return folder


@pytest.fixture(scope="module")
def serial(corpus_dir: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "f.csv"
    extract(corpus_dir, out, jobs=1)
    return out


def test_two_workers_write_the_same_bytes_as_one(corpus_dir: Path, serial: Path, tmp_path: Path):
    out = tmp_path / "f.csv"
    done = extract(corpus_dir, out, jobs=2)
    assert done.n_documents == 39 and [e["doc_id"] for e in done.errors] == ["017"]
    for name in ("f.csv", "f_documents.csv", "f_errors.csv"):
        assert filecmp.cmp(serial.with_name(name), out.with_name(name), shallow=False), name


def test_a_folder_output_is_a_partitioned_dataset_equal_to_the_table(corpus_dir: Path, serial: Path,
                                                                       tmp_path: Path, monkeypatch):
    monkeypatch.setattr(corpus.StreamWriter, "batch_rows", 200)  # several parts
    out = tmp_path / "figures"
    extract(corpus_dir, out, jobs=2)
    parts = sorted(p.name for p in out.iterdir())
    assert len(parts) > 2 and all(p.startswith("part-") and p.endswith(".parquet") for p in parts)
    pd.testing.assert_frame_equal(read_table(out), read_table(serial))
    pd.testing.assert_frame_equal(pd.read_parquet(out).reset_index(drop=True),
                                  read_table(serial).reset_index(drop=True), check_dtype=False)
    assert (tmp_path / "figures_documents.csv").exists() and (tmp_path / "figures_errors.csv").exists()


def test_columns_are_read_alone_from_a_dataset(corpus_dir: Path, tmp_path: Path):
    out = tmp_path / "figures"
    extract(corpus_dir, out)
    some = read_figures(out, columns=["doc_id", "metric", "value"])
    assert list(some.columns) == ["doc_id", "metric", "value"] and len(some) == len(read_figures(out))


def test_an_interrupted_dataset_run_leaves_the_old_dataset_whole(corpus_dir: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "figures"
    extract(corpus_dir, out)
    before = read_table(out)
    monkeypatch.setattr(corpus.StreamWriter, "batch_rows", 50)
    real = corpus.StreamWriter._append
    calls = []

    def dying(self, frames, rows):
        calls.append(1)
        if len(calls) == 3:  # two parts written, then the run dies
            raise KeyboardInterrupt
        return real(self, frames, rows)

    monkeypatch.setattr(corpus.StreamWriter, "_append", dying)
    with pytest.raises(KeyboardInterrupt):
        extract(corpus_dir, out, jobs=2)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    pd.testing.assert_frame_equal(read_table(out), before)


def test_notebook_inputs_read_a_dataset_not_as_articles(corpus_dir: Path, serial: Path, tmp_path: Path):
    from analysis.reports.inputs import load_extraction, load_figures, load_tables

    out = tmp_path / "figures"
    extract(corpus_dir, out)
    pd.testing.assert_frame_equal(load_figures(out), read_table(serial))
    assert list(load_figures(out, columns=["province", "year"]).columns) == ["province", "year"]
    plain = tmp_path / "plain.csv"  # a table without `source` (no corrections): asking for it is not an error
    read_table(serial).drop(columns="source", errors="ignore").to_csv(plain, index=False)
    for table in (out, plain, corpus_dir):
        assert list(load_figures(table, columns=["province", "year", "source"]).columns) == ["province", "year"]
    loaded = load_extraction(out)
    assert len(loaded.figures) == len(read_table(serial)) and len(loaded.documents) == 39
    tables = load_tables(out, merged_2025=False)
    assert len(tables.ratios) > 0 and "evidence" in tables.figures


def test_a_folder_of_other_files_is_never_replaced_by_a_dataset(corpus_dir: Path, tmp_path: Path):
    from analysis.cli import main

    folder = tmp_path / "processed"
    folder.mkdir()
    (folder / "ratios.csv").write_text("precious", encoding="utf-8")
    assert main(["extract", str(corpus_dir), "--out", str(folder), "--quiet", "--jobs", "1"]) == 2
    assert [p.name for p in folder.iterdir()] == ["ratios.csv"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def _die(batch, policy):
    """A worker killed in the middle of a batch (the system's OOM killer, a kill -9)."""
    import os
    os._exit(9)


def test_a_worker_that_dies_stops_the_run_with_an_error_naming_its_files(corpus_dir: Path, serial: Path,
                                                                          tmp_path: Path, monkeypatch):
    import analysis.figures.parallel as parallel
    from analysis.figures.files import ExtractError

    out = tmp_path / "f.csv"
    serial_bytes = serial.read_bytes()
    out.write_bytes(serial_bytes)
    monkeypatch.setattr(parallel, "extract_batch", _die)
    with pytest.raises(ExtractError, match=r"worker process died .* 000\.txt, 001\.txt, 002\.txt, \.\.\."):
        extract(corpus_dir, out, jobs=2)
    assert out.read_bytes() == serial_bytes  # the old table is left whole
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
