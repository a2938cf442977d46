"""The index banner is green only when nothing failed: notebooks, and articles that could not be read."""
from __future__ import annotations

from analysis.reports.index import RunResult, render_index


def _run(key: str, ok: bool = True) -> RunResult:
    return RunResult(key, f"Báo cáo {key}", f"{key}.ipynb", {}, "ok" if ok else "failed", 1.0, f"{key}.html", None)


def _banner(page: str) -> str:
    start = page.index('<p class="banner')
    return page[start:page.index("</p>", start)]


def test_all_good_is_green():
    banner = _banner(render_index([_run("a"), _run("b")], [], []))
    assert 'class="banner ok"' in banner and "mọi bài viết đều đọc được" in banner


def test_an_unread_article_turns_the_banner_red_even_when_every_report_ran():
    banner = _banner(render_index([_run("a")], [], [], failures=["bài 900_bad.txt: không đọc được (bảng mã)"]))
    assert 'class="banner failed"' in banner and "900_bad.txt" in banner and "thành công" not in banner


def test_failed_reports_and_failed_articles_are_both_counted():
    banner = _banner(render_index([_run("a", ok=False), _run("b")], [], [],
                                  failures=["bài x.txt: tệp rỗng", "bài y.txt: tệp rỗng"]))
    assert "1 / 2 báo cáo bị lỗi: Báo cáo a" in banner and "2 lỗi ngoài các báo cáo" in banner
