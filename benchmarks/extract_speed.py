"""Extraction speed on one core, against the floor, and memory: MB of article text per second through the
full extraction (read -> decode -> rows -> validated table written), on a corpus generated from the
shared articles (seeds, dev, dev2; data/raw when ../shared is absent) with their numbers varied.

In the same run it measures the floor - decode + NFC normalisation + a scan for digits over the same
files - and prints the ratio to it, since this machine's speed drifts by tens of percent between runs
(target: full extraction >= 4 MB/s, <= 15x the floor). Memory must not grow with corpus size: a corpus
a quarter of the size runs too and both peaks are printed (each run in a fresh
process, so ru_maxrss is that run's own peak). Also prints extract_text on one seed-sized article in a loop.

    python benchmarks/extract_speed.py            # 10 MB (modest default)
    python benchmarks/extract_speed.py --full     # 50 MB, the issue's size
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = [SHARED / "seeds", SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2"]
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every shared article, or of data/raw when ../shared is not there."""
    folders = [f for f in SOURCES if f.is_dir()] or [ROOT / "data" / "raw"]
    return [(p.stem, p.read_bytes().decode("utf-8-sig")) for f in folders for p in sorted(f.glob("*.txt"))]


def vary_numbers(text: str, rng: random.Random) -> str:
    """The text with every digit run replaced by random digits of the same length (years and 1-digit
    runs kept: they are dates and levels, changing them would change what the text says)."""
    def swap(m: re.Match[str]) -> str:
        run = m.group()
        if len(run) == 1 or _YEAR.fullmatch(run):
            return run
        first = rng.choice("123456789") if run[0] != "0" else "0"
        return first + "".join(rng.choice("0123456789") for _ in run[1:])
    return _DIGITS.sub(swap, text)


def build_corpus(folder: Path, target_mb: float, seed: int = 0) -> int:
    """Write copies of the shared articles with varied numbers until folder holds target_mb; bytes written."""
    rng, texts = random.Random(seed), source_texts()
    total = i = 0
    while total < target_mb * 1e6:
        name, text = texts[i % len(texts)]
        data = vary_numbers(text, rng).encode("utf-8")
        (folder / f"{i:06d}_{name}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return total


def floor(folder: Path) -> dict:
    """decode + NFC + digit scan over the folder: the least any extraction must do."""
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.text.clean import decode

    start = time.perf_counter()
    size = digits = 0
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        text, _ = decode(data)
        digits += sum(1 for _ in _DIGITS.finditer(unicodedata.normalize("NFC", text)))
        size += len(data)
    seconds = time.perf_counter() - start
    return {"mb": size / 1e6, "seconds": seconds, "mb_per_s": size / 1e6 / seconds, "digit_runs": digits}


def measure(folder: Path) -> dict:
    """Run the streaming extraction (one process) here; time, this process's peak RSS, and the floor."""
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.pipeline import extract

    out = folder.parent / f"{folder.name}.csv"
    start = time.perf_counter()
    status = 1 if extract(folder, out, jobs=1).errors else 0
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"status": status, "mb": size / 1e6, "seconds": seconds, "mb_per_s": size / 1e6 / seconds,
            "peak_rss_mb": peak_mb, "floor": floor(folder)}


def single_text(seconds: float = 5.0) -> dict:
    """extract_text on the largest seed-sized article, called in a loop for `seconds`."""
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.figures.extract import extract_text

    name, text = max(source_texts()[:5], key=lambda t: len(t[1]))
    extract_text(text)
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        extract_text(text)
        calls += 1
    elapsed = time.perf_counter() - start
    size = len(text.encode("utf-8"))
    return {"article": name, "bytes": size, "calls": calls, "mb_per_s": calls * size / 1e6 / elapsed}


def child(*args: str) -> dict:
    """Run this script with args in a fresh interpreter (one process: one core at a time; not pinned, as
    other work on a shared machine may hold any given core); its JSON answer."""
    cmd = [sys.executable, __file__, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the large corpus in MB (default 10)")
    parser.add_argument("--full", action="store_true", help="the issue's size: 50 MB")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    if args.single:
        print(json.dumps(single_text()))
        return 0
    mb = 50.0 if args.full else args.mb
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for label, size in (("small", mb / 4), ("large", mb)):
            folders[label] = Path(tmp) / label
            folders[label].mkdir()
            build_corpus(folders[label], size)
        small = child("--measure", str(folders["small"]))
        large = child("--measure", str(folders["large"]))
    one = child("--single")
    base = large["floor"]
    print(f"corpus: {large['mb']:.1f} MB of text (seeds, dev, dev2 with varied numbers)")
    print(f"full extraction, one core: {large['mb_per_s']:.2f} MB/s ({large['seconds']:.1f} s)  [target >= 4 MB/s]")
    print(f"floor (decode + NFC + digit scan): {base['mb_per_s']:.1f} MB/s ({base['seconds']:.2f} s); "
          f"extraction is {base['mb_per_s'] / large['mb_per_s']:.0f}x the floor  [target <= 15x]")
    print(f"extract_text, one {one['bytes']:,}-byte article in a loop: {one['mb_per_s']:.2f} MB/s "
          f"({one['calls']} calls)  [target >= 1 MB/s]; {one['mb_per_s'] / large['mb_per_s']:.2f}x the corpus path")
    print(f"peak memory: {small['peak_rss_mb']:.0f} MB at {small['mb']:.1f} MB of text, "
          f"{large['peak_rss_mb']:.0f} MB at {large['mb']:.1f} MB of text "
          f"(growth {large['peak_rss_mb'] - small['peak_rss_mb']:+.0f} MB for {large['mb'] / small['mb']:.0f}x the text)")
    return 0 if large["status"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
