"""Extraction speed and memory: MB of text per second and peak memory on a corpus made by
repeating the seed articles (default ~20 MB), measured on one core through the CLI's streaming path.

Memory must not grow with corpus size: the script also runs a corpus a quarter of the size and
prints both peaks (each run in a fresh process, so ru_maxrss is that run's own peak).
This machine's CPU speed drifts by tens of percent between runs, so speed is reported as the best
(and the median) of --repeat runs of the large corpus, as timeit does.

    python benchmarks/extract_speed.py [--mb 20] [--raw data/raw]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(raw: Path, target_mb: float, folder: Path) -> int:
    """Copy the seed articles under new names until the folder holds target_mb of text."""
    seeds = [(p.stem, p.read_bytes()) for p in sorted(raw.glob("*.txt"))]
    total, i = 0, 0
    while total < target_mb * 1e6:
        stem, data = seeds[i % len(seeds)]
        (folder / f"{i:06d}_{stem}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return total


def measure(folder: Path) -> dict:
    """Run the streaming extraction in this process; report time and this process's peak RSS."""
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.pipeline import extract

    out = folder.parent / f"{folder.name}.csv"
    start = time.perf_counter()
    status = 1 if extract(folder, out).errors else 0
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"status": status, "mb": size / 1e6, "seconds": seconds, "mb_per_s": size / 1e6 / seconds, "peak_rss_mb": peak_mb}


def child(folder: Path) -> dict:
    """Measure in a fresh interpreter pinned to one core."""
    cmd = [sys.executable, __file__, "--measure", str(folder)]
    if hasattr(os, "sched_setaffinity"):
        cmd = ["taskset", "-c", "0", *cmd] if Path("/usr/bin/taskset").exists() else cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the large corpus in MB")
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw", help="seed articles to repeat")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the large corpus (best is reported)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for label, mb in (("small", args.mb / 4), ("large", args.mb)):
            folders[label] = Path(tmp) / label
            folders[label].mkdir()
            build_corpus(args.raw, mb, folders[label])
        small = child(folders["small"])
        runs = sorted((child(folders["large"]) for _ in range(max(1, args.repeat))), key=lambda r: -r["mb_per_s"])
    large = runs[0]
    median = runs[len(runs) // 2]
    print(f"corpus: {large['mb']:.1f} MB of text ({args.raw} repeated)")
    print(f"speed: {large['mb_per_s']:.2f} MB/s on one core, best of {len(runs)} ({large['seconds']:.1f} s); "
          f"median {median['mb_per_s']:.2f} MB/s  [target >= 2 MB/s]")
    print(f"peak memory: {small['peak_rss_mb']:.0f} MB at {small['mb']:.1f} MB of text, "
          f"{large['peak_rss_mb']:.0f} MB at {large['mb']:.1f} MB of text "
          f"(growth {large['peak_rss_mb'] - small['peak_rss_mb']:+.0f} MB for {large['mb'] / small['mb']:.0f}x the text)")
    return 0 if large["status"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
