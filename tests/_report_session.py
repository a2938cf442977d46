"""One report batch per test session (shared by the notebook, report and browser tests): run once, cached."""
from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

# An article whose text carries markup: reports must show it as text, never run it.
SCRIPT_ARTICLE = (
    "Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Đắk Lắk đã họp đánh giá kết quả năm 2020.\n"
    "Đến hết năm 2020, tỉnh Đắk Lắk đã cung cấp 1.750 dịch vụ công trực tuyến "
    "<script>window.__pwned = 1; document.title = 'PWNED';</script> cho người dân và doanh nghiệp.\n"
)


@dataclass(frozen=True)
class Batch:
    out: Path
    exit_code: int


def _tmp(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


@functools.cache
def report_batch() -> Batch:
    """`python -m analysis report` on the bundled articles (data/raw), run through the CLI once."""
    from analysis.cli import main

    out = _tmp("reports-") / "reports"
    code = main(["report", "--raw", str(RAW), "--out", str(out), "--jobs", "2"])
    return Batch(out, code)


@functools.cache
def script_report() -> Path:
    """Notebook 01 executed on a corpus holding one article with a <script> element; returns its HTML page."""
    from analysis.reports.batch import NOTEBOOKS, Run, execute_run, kernel_name

    tmp = _tmp("script-")
    raw = tmp / "raw"
    raw.mkdir()
    (raw / "900_script_injection.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    run = Run("01_script", NOTEBOOKS / "01_extract_figures.ipynb", "01 · script",
              {"figures": str(raw)})
    result = execute_run(run, tmp, kernel_name())
    assert result.ok, result.error
    return tmp / result.html
