"""reports/index.html: every report with its summary, parameters, status, run time, input hashes and versions."""
from __future__ import annotations

import functools
import hashlib
import html
import importlib.metadata
import json
import platform
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

PACKAGES = ("vn-egov-analysis", "pandas", "numpy", "pyarrow", "pandera", "matplotlib", "seaborn", "statsmodels",
            "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel", "jupyter_client")


@dataclass
class RunResult:
    """What one notebook run produced (picklable: it crosses the worker-process boundary)."""

    key: str
    title: str
    notebook: str
    parameters: dict
    status: str  # "ok" or "failed"
    seconds: float
    html: str  # file name beside index.html
    ipynb: str | None  # executed notebook beside the HTML (None when papermill wrote nothing)
    summary: str = ""
    error: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    content_hash: str = ""  # sha256 of everything the output depends on (incremental.py)
    reused: bool = False  # True: unchanged inputs, the previous batch's output was kept

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def input_hashes(paths: Iterable[Path], root: Path | None = None) -> list[tuple[str, str]]:
    """(path shown relative to root when possible, sha256) for each existing file, sorted by path."""
    rows = []
    for p in paths:
        if p.is_file():
            shown = str(p.relative_to(root)) if root is not None and p.is_relative_to(root) else str(p)
            rows.append((shown, sha256_file(p)))
    return sorted(rows)


def package_versions(names: Sequence[str] = PACKAGES) -> list[tuple[str, str]]:
    """(package, installed version) including Python itself; 'not installed' when missing."""
    return list(_versions(tuple(names)))


@functools.cache
def _versions(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """package_versions, read once per process (the code hash and the index both ask; metadata reads cost)."""
    rows = [("python", platform.python_version())]
    for name in names:
        try:
            rows.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return tuple(rows)


def project_commit(root: Path | None = None) -> str:
    """The project's git commit (short hash, "+ thay đổi chưa commit" appended when the work tree differs)
    when root is a git checkout, else "phiên bản <package version>"."""
    if root is None:
        from ..config import ROOT as root
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                              timeout=10)
        if head.returncode == 0 and head.stdout.strip():
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                                   capture_output=True, text=True, timeout=10)
            return head.stdout.strip() + (" + thay đổi chưa commit" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return f"phiên bản {dict(package_versions(PACKAGES[:1])).get(PACKAGES[0], 'không rõ')}"


def versions_with_commit(root: Path | None = None) -> list[tuple[str, str]]:
    """What the index's versions table shows: the project's commit first, then package_versions()."""
    return [("mã nguồn dự án (git commit)", project_commit(root)), *package_versions()]


_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 2rem auto; max-width: 1100px;
       color: #1d1d1d; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
code { font-size: 0.82rem; word-break: break-all; }
.ok { color: #1e7b34; font-weight: bold; } .failed { color: #b3261e; font-weight: bold; }
tr.failed-row { background: #fdecea; }
.error { color: #b3261e; font-size: 0.82rem; white-space: pre-wrap; }
.banner { padding: 0.6rem 1rem; border-radius: 4px; margin: 1rem 0; }
.banner.ok { background: #e6f4ea; } .banner.failed { background: #fdecea; }
"""


STEP_LABELS = {"extraction": "trích xuất số liệu", "ratios": "tính tỷ lệ"}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def banner_html(results: Sequence[RunResult], failures: Sequence[str] = ()) -> str:
    """The banner: green only when every report ran and nothing else failed (unread articles, ratio tables)."""
    failed = [r for r in results if not r.ok]
    problems = []
    if failed:
        problems.append(f"{len(failed)} / {len(results)} báo cáo bị lỗi: {', '.join(r.title for r in failed)}")
    if failures:
        problems.append(f"{len(failures)} lỗi ngoài các báo cáo: {'; '.join(failures)}")
    if problems:
        return f'<p class="banner failed">{_e(". ".join(problems))}.</p>'
    return f'<p class="banner ok">Tất cả {len(results)} báo cáo chạy thành công và mọi bài viết đều đọc được.</p>'


def render_index(results: Sequence[RunResult], inputs: Sequence[tuple[str, str]],
                 versions: Sequence[tuple[str, str]], notes: Sequence[str] = (),
                 generated: datetime | None = None, failures: Sequence[str] = (),
                 failed_steps: Sequence[tuple[str, str]] = ()) -> str:
    """The index page as one self-contained HTML string (everything escaped, no external resource).

    failures: what failed outside the notebooks (an article that could not be read, the ratio tables), one
    line each; any of them turns the banner red like a failed report. failed_steps: (step, error) for pipeline
    steps that failed before the notebooks ("extraction", "ratios"): the reports needing them did not run.
    """
    generated = generated or datetime.now(timezone.utc)
    steps = "".join(f'<p class="banner failed">Bước {_e(STEP_LABELS.get(step, step))} thất bại: {_e(error)}. '
                    f"Các báo cáo cần kết quả của bước này không được chạy; không có số liệu nào từ lần chạy "
                    f"trước được dùng thay.</p>" for step, error in failed_steps)
    if (failed_steps or not results) and all(r.ok for r in results) and not failures:
        banner = '<p class="banner failed">Không có báo cáo nào chạy thành công.</p>'
    else:
        banner = banner_html(results, failures)
    banner = steps + banner
    reused = sum(r.reused for r in results)
    if reused:
        banner += (f"<p>{reused} / {len(results)} báo cáo được giữ nguyên từ lần chạy trước vì notebook, tham số, "
                   f"bảng dữ liệu và mã nguồn không đổi (so bằng mã băm nội dung).</p>")
    rows = []
    for r in results:
        params = json.dumps(r.parameters, ensure_ascii=False, sort_keys=True)
        nb_link = f'<a href="{_e(r.ipynb)}">.ipynb</a>' if r.ipynb else "—"
        status = ('<span class="ok">thành công</span>' if r.ok
                  else f'<span class="failed">LỖI</span><div class="error">{_e(r.error)}</div>')
        seconds = f"{r.seconds:.1f} s" + (" (lần trước; giữ nguyên)" if r.reused else "")
        rows.append(
            f'<tr class="{"ok-row" if r.ok else "failed-row"}" data-status="{_e(r.status)}"'
            f' data-reused="{str(r.reused).lower()}">'
            f'<td><a href="{_e(r.html)}">{_e(r.title)}</a></td><td>{_e(r.summary)}</td>'
            f"<td><code>{_e(params)}</code></td><td>{status}</td><td>{_e(seconds)}</td><td>{nb_link}</td>"
            f"<td><code>{_e(r.content_hash[:12])}</code></td></tr>"
        )
    note_html = "".join(f"<p>{_e(n)}</p>" for n in notes)
    inputs_html = "".join(f"<tr><td>{_e(p)}</td><td><code>{_e(h)}</code></td></tr>" for p, h in inputs)
    versions_html = "".join(f"<tr><td>{_e(p)}</td><td>{_e(v)}</td></tr>" for p, v in versions)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo chính quyền điện tử các tỉnh</title><style>{_CSS}</style></head>
<body>
<h1>Báo cáo chính quyền điện tử các tỉnh</h1>
<p>Tạo lúc {_e(generated.strftime("%Y-%m-%d %H:%M:%S %Z"))}.</p>
{banner}{note_html}
<table id="reports">
<thead><tr><th>Báo cáo</th><th>Tóm tắt</th><th>Tham số</th><th>Trạng thái</th><th>Thời gian chạy</th>
<th>Notebook</th><th>Mã băm nội dung</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
<h2>Tệp đầu vào (sha256)</h2>
<table id="inputs"><thead><tr><th>Tệp</th><th>sha256</th></tr></thead><tbody>{inputs_html}</tbody></table>
<h2>Phiên bản phần mềm</h2>
<table id="versions"><thead><tr><th>Gói</th><th>Phiên bản</th></tr></thead><tbody>{versions_html}</tbody></table>
</body>
</html>
"""
