"""Special files in the input folder (issue 13, item 5): only regular files are read, within a size
limit; FIFOs, devices and folders are refused at once; links out of the folder only on request; an
interrupted run leaves nothing half-written."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.figures.corpus import extract_corpus
from analysis.figures.files import ExtractError, ReadPolicy, read_regular

from conftest import RAW

GOOD = "Tỉnh tiếp nhận 1.000 hồ sơ trực tuyến."


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    return raw


def _errors(raw: Path) -> dict[str, str]:
    result = extract_corpus(raw)
    return dict(zip(result.errors["doc_id"], result.errors["error"]))


def test_a_fifo_is_refused_without_waiting(folder: Path):
    os.mkfifo(folder / "x.txt")
    started = time.monotonic()
    errors = _errors(folder)
    assert time.monotonic() - started < 20
    assert "not a regular file (a FIFO (named pipe))" in errors["x"] and str(folder / "x.txt") in errors["x"]


def test_a_folder_named_like_an_article_is_refused(folder: Path):
    (folder / "d.txt").mkdir()
    assert "not a regular file (a folder)" in _errors(folder)["d"]


def test_a_link_out_of_the_folder_is_refused_unless_asked(folder: Path, tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "good.txt")
    errors = _errors(folder)
    assert set(errors) == {"link"}
    assert f"symbolic link to {outside}, outside the input folder" in errors["link"]
    assert "--follow-symlinks" in errors["link"]
    policy = ReadPolicy.for_folder(folder, follow_symlinks=True)
    assert read_regular(folder / "link.txt", policy) == outside.read_bytes()


def test_a_link_to_a_device_is_refused_even_when_followed(folder: Path):
    (folder / "zero.txt").symlink_to("/dev/zero")
    assert "outside the input folder" in _errors(folder)["zero"]
    with pytest.raises(ExtractError, match="not a regular file \\(a character device\\)"):
        read_regular(folder / "zero.txt", ReadPolicy.for_folder(folder, follow_symlinks=True))


def test_the_size_limit(folder: Path, tmp_path: Path):
    (folder / "big.txt").write_text(GOOD * 100, encoding="utf-8")
    with pytest.raises(ExtractError, match="over the size limit of 1,000 bytes \\(--max-size\\)"):
        read_regular(folder / "big.txt", ReadPolicy.for_folder(folder, max_bytes=1000))
    out = tmp_path / "f.csv"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--max-size", "0.001"]) == 1
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 0  # default: 20 MB


def test_the_cli_reads_links_out_of_the_folder_with_follow_symlinks(folder: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    out = tmp_path / "f.csv"
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 1
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--follow-symlinks"]) == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_leaves_no_temporary_file_and_the_old_output(tmp_path: Path, jobs: str):
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = [p.read_bytes() for p in sorted(RAW.glob("*.txt"))]
    for i in range(600):
        (raw / f"{i:04d}.txt").write_bytes(seeds[i % len(seeds)])
    os.mkfifo(raw / "zz_fifo.txt")  # would have hung the run at its end before
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "f.csv").write_text("precious", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(raw), "--out", str(out_dir / "f.csv"),
                             "--quiet", "--jobs", jobs], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not [p for p in out_dir.iterdir() if p.name.startswith(".")] and time.monotonic() < deadline:
        time.sleep(0.05)  # the temporary output exists: the run is under way
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["f.csv"]
    assert (out_dir / "f.csv").read_text(encoding="utf-8") == "precious"
