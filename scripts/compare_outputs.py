"""Behaviour check for refactors: the tables the command line writes, before and after, byte for byte.

For each corpus (the bundled data/raw and, when present, ../shared/seeds, ../shared/corpus/dev and
../shared/corpus/dev2) it runs `python -m analysis extract` and `python -m analysis ratios` (with and
without --merged-2025) through the command line, so it works whatever the package's inner layout, and
writes every table into OUT/<corpus>/.

    python scripts/compare_outputs.py write OUT          # save the tables of the code as it is now
    python scripts/compare_outputs.py compare A B        # compare two saved folders (exit 1 on a difference)
    python scripts/compare_outputs.py check BASELINE     # write into a temporary folder, compare with BASELINE

Table paths inside documents tables are the corpus paths, so run it from the same checkout folder
(or with the same ../shared) for both sides.
"""
from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {
    "raw": ROOT / "data" / "raw",
    "seeds": SHARED / "seeds",
    "dev": SHARED / "corpus" / "dev",
    "dev2": SHARED / "corpus" / "dev2",
}


def _run(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"analysis {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")


def write(out: Path) -> list[str]:
    """Extract and compute the ratio tables of every corpus found into out/<corpus>/; the corpora written."""
    written = []
    for name, raw in CORPORA.items():
        if not raw.is_dir():
            print(f"skip {name}: {raw} not found", file=sys.stderr)
            continue
        folder = out / name
        figures = folder / "figures.csv"
        _run("extract", str(raw), "--out", str(figures), "--quiet")
        _run("ratios", str(figures), "--out", str(folder))
        _run("ratios", str(figures), "--out", str(folder / "merged_2025"), "--merged-2025")
        written.append(name)
    return written


def compare(a: Path, b: Path) -> list[str]:
    """Every table present in either folder that differs (or is missing on one side)."""
    names = sorted({p.relative_to(a) for p in a.rglob("*.csv")} | {p.relative_to(b) for p in b.rglob("*.csv")})
    if not names:
        return [f"no tables in {a} or {b}"]
    problems = []
    for rel in names:
        pa, pb = a / rel, b / rel
        if not pa.exists() or not pb.exists():
            problems.append(f"{rel}: only in {a if pa.exists() else b}")
        elif not filecmp.cmp(pa, pb, shallow=False):
            problems.append(f"{rel}: differs")
    print(f"compared {len(names)} tables: {len(problems)} differ")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("write").add_argument("out")
    p = sub.add_parser("compare")
    p.add_argument("a")
    p.add_argument("b")
    sub.add_parser("check").add_argument("baseline")
    args = parser.parse_args(argv)
    if args.command == "write":
        print("wrote", ", ".join(write(Path(args.out))), "->", args.out)
        return 0
    if args.command == "compare":
        problems = compare(Path(args.a), Path(args.b))
    else:
        with tempfile.TemporaryDirectory(prefix="compare_outputs.") as tmp:
            write(Path(tmp))
            problems = compare(Path(args.baseline), Path(tmp))
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
