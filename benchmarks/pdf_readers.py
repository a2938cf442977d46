"""Which PDF reader keeps a report's layout: the measurement behind text/pdftext.py's choice.

    .venv/bin/python benchmarks/pdf_readers.py [PDF]   # default: tests/data/formats/report.pdf

For pypdf (default and layout mode) and pdfplumber (default and layout; `pip install pdfplumber`, not a
dependency: skipped when absent) prints the time per page (best of 5) and, on the raw text: how many of
the statistics table's rows figures/tables.py finds (cells must be 2+ spaces or a tab apart), and whether
the letterhead, the first paragraph, the table and the footer come in reading order.
"""
from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.figures.tables import find_tables  # noqa: E402

# landmarks of the fixture page, top to bottom
ORDER = ("UBND TỈNH HÀ TĨNH", "Năm 2024, Hà Tĩnh", "Sở Tài chính", "Năm 2025, tỉnh", "Báo cáo số 15/BC-STTTT")


def _pypdf(layout: bool):
    from pypdf import PdfReader
    mode = {"extraction_mode": "layout"} if layout else {}
    return lambda data: "\n".join(p.extract_text(**mode) for p in PdfReader(io.BytesIO(data)).pages)


def _pdfplumber(layout: bool):
    import pdfplumber

    def read(data: bytes) -> str:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(p.extract_text(layout=layout) or "" for p in pdf.pages)
    return read


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "formats" / "report.pdf"
    data = path.read_bytes()
    print(f"{'reader':<20} {'ms/page':>8} {'table rows found':>17} {'reading order':>14}")
    for name, make in (("pypdf", lambda: _pypdf(False)), ("pypdf layout", lambda: _pypdf(True)),
                       ("pdfplumber", lambda: _pdfplumber(False)), ("pdfplumber layout", lambda: _pdfplumber(True))):
        try:
            read = make()
            text = read(data)
        except ImportError:
            print(f"{name:<20} (not installed)")
            continue
        best = min(_timed(read, data) for _ in range(5))
        rows = sum(len(t.rows) for t in find_tables(text))
        at = [text.find(mark) for mark in ORDER]
        print(f"{name:<20} {best * 1000:8.0f} {rows:17d} {'yes' if -1 not in at and at == sorted(at) else 'no':>14}")


def _timed(read, data: bytes) -> float:
    start = time.perf_counter()
    read(data)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
