"""The Dask engine (issue 12): the same per-file function as Dask tasks on a 2-worker LocalCluster
gives the table of the serial run."""
from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.pipeline import extract

from conftest import RAW

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")


def test_dask_on_a_local_cluster_equals_the_serial_run(tmp_path: Path):
    folder = tmp_path / "raw"
    folder.mkdir()
    seeds = [p.read_bytes() for p in sorted(RAW.glob("*.txt"))]
    for i in range(8):
        (folder / f"{i:02d}.txt").write_bytes(seeds[i % len(seeds)])
    (folder / "zz.txt").write_bytes(b"\x00\x01")  # an error row too
    serial, dask = tmp_path / "serial.csv", tmp_path / "dask.csv"
    extract(folder, serial)
    done = extract(folder, dask, jobs=2, engine="dask")
    assert done.n_documents == 8 and len(done.errors) == 1
    for a, b in (("serial.csv", "dask.csv"), ("serial_documents.csv", "dask_documents.csv"),
                 ("serial_errors.csv", "dask_errors.csv")):
        assert filecmp.cmp(tmp_path / a, tmp_path / b, shallow=False), a


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, capsys, monkeypatch):
    import analysis.figures.dask_engine as engine

    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "1s")
    status = main(["extract", str(RAW), "--out", str(tmp_path / "f.csv"), "--quiet", "--engine", "dask",
                   "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 2
    err = capsys.readouterr().err
    assert "dask scheduler tcp://127.0.0.1:9: cannot connect" in err and "Traceback" not in err
    assert not (tmp_path / "f.csv").exists()
