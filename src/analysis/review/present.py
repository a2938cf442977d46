"""The review notebook's displays: the parameters checked, the queue as cards (with buttons in JupyterLab),
the corrections applied, the one-line summary."""
from __future__ import annotations

import difflib

import pandas as pd
from IPython.display import HTML, display

from ..reference.catalogue import catalogue
from ..reference.provinces import resolve_province
from ..reports import present
from .cards import card_html
from .chart import confidence_chart
from .load import Review
from .queue import review_queue
from .words import corrections_sentence, outcomes_view


def check_metric(metric: str | None) -> str | None:
    """The metric asked for, or ValueError naming the closest known metrics."""
    if metric in (None, "", "all"):
        return None
    if metric not in catalogue().metrics:
        close = difflib.get_close_matches(metric, list(catalogue().metrics), n=3)
        raise ValueError(f"unknown metric {metric!r}" + (f"; did you mean {', '.join(close)}?" if close else ""))
    return metric


def queue_for(review: Review, province: str | None, metric: str | None, below: float) -> pd.DataFrame:
    """The figures to review for the notebook's parameters (province typed by a person, metric checked)."""
    known = sorted(review.figures["province"].dropna().unique())
    chosen = resolve_province(province, known) if province not in (None, "", "all") else None
    return review_queue(review.figures, review.corrections, review.ratios, review.consistency, chosen,
                        check_metric(metric), float(below))


def show_confidence(review: Review, below: float) -> None:
    """The confidence of every figure as a chart, the review threshold marked."""
    present.show_figure(confidence_chart(review.figures, below))


def show_queue(review: Review, queue: pd.DataFrame, limit: int | None, interactive: bool) -> None:
    """Each figure as a card, most likely wrong first; with accept/drop/change buttons when interactive."""
    if queue.empty:
        present.say("Không còn số liệu nào dưới ngưỡng độ tin cậy cần xem.")
        return
    shown = queue if limit is None else queue.head(int(limit))
    for rank, (_, figure) in enumerate(shown.iterrows(), start=1):
        sha = review.sha256(str(figure["doc_id"]))
        display(HTML(card_html(rank, figure, sha, review.ratios, review.texts.get(str(figure["doc_id"])),
                               str(figure.get("audit") or ""))))
        if interactive:
            from .widgets import decision_box  # ipywidgets only where there is a screen to click on

            display(decision_box(figure, sha, review.corrections_path))
    if len(shown) < len(queue):
        present.say(f"… và {len(queue) - len(shown)} số liệu nữa (tăng `limit` để xem).")


def show_corrections(review: Review) -> None:
    """The corrections applied: one sentence, then every line of the file with its outcome."""
    present.say(corrections_sentence(review.applied), f"Tệp hiệu đính: {review.corrections_path.name}.")
    present.show_table(outcomes_view(review.applied.outcomes), empty="(tệp hiệu đính chưa có dòng nào)")


def show_add_form(review: Review, interactive: bool) -> None:
    """The form for a missed figure in JupyterLab; in a rendered report, how to add one by hand."""
    if not interactive:
        present.say("Trong JupyterLab, ô này hiện biểu mẫu thêm một số liệu máy bỏ sót; ở báo cáo HTML chỉ để đọc: "
                    "thêm một dòng action = add (câu văn trong cột evidence) vào data/corrections.csv.")
        return
    from .widgets import add_box

    shas = {d: review.sha256(d) for d in review.texts}
    display(add_box(review.texts, shas, review.corrections_path))


def review_summary(review: Review, queue: pd.DataFrame, below: float) -> str:
    """The report's one-line summary."""
    threshold = f"{float(below):.2f}".replace(".", ",")
    return (f"Rà soát: {len(queue)} số liệu có độ tin cậy dưới {threshold} chưa được xem. "
            + corrections_sentence(review.applied))
