"""What a reader is told about corrections, in Vietnamese: how many figures were corrected, added or dropped by
hand, and which correction lines could not be applied."""
from __future__ import annotations

import pandas as pd

from ..reports.fmt import number
from ..reports.labels import metric_label
from .apply import Applied

ACTION_LABELS = {"accept": "xác nhận đúng", "drop": "bỏ", "change": "sửa", "add": "thêm"}
OUTCOME_LABELS = {
    "applied": "đã áp dụng",
    "stale_document": "không áp dụng: bài viết đã thay đổi",
    "stale_row": "không áp dụng: không còn số liệu này",
    "already_extracted": "không cần: máy đã tự trích xuất số liệu này",
    "bad_offsets": "không áp dụng: vị trí con số không khớp với bài viết",
    "not_in_corpus": "bỏ qua: bài viết không có trong lần chạy này",
}


def corrections_sentence(applied: Applied) -> str:
    """One sentence: figures corrected, added and dropped by hand, and stale lines (or that there were none)."""
    outcomes = applied.outcomes
    done = outcomes[outcomes["outcome"] == "applied"]
    sources = applied.sources()
    dropped = int((done["action"] == "drop").sum())
    accepted = int((done["action"] == "accept").sum())
    if done.empty and applied.stale.empty:
        return f"Chưa có hiệu đính thủ công: cả {sources['extracted']} số liệu đều do máy trích xuất."
    text = (f"Hiệu đính thủ công: {sources['corrected']} số liệu được sửa, {sources['added']} được thêm, "
            f"{dropped} bị bỏ, {accepted} được xác nhận đúng; {sources['extracted']} số liệu giữ nguyên như máy trích xuất.")
    if not applied.stale.empty:
        text += f" {len(applied.stale)} dòng hiệu đính không áp dụng được (xem figures_corrections.csv)."
    return text


def hand_sentence(figures: pd.DataFrame) -> str:
    """One sentence for a report: how many of these figures were corrected or added by hand, or that none were."""
    counts = figures["source"].value_counts() if "source" in figures.columns else pd.Series(dtype="int64")
    corrected, added = int(counts.get("corrected", 0)), int(counts.get("added", 0))
    if corrected == 0 and added == 0:
        return "Tất cả số liệu do máy trích xuất, chưa có hiệu đính tay."
    parts = [f"{number(n)} số liệu được {verb} tay" for n, verb in ((corrected, "sửa"), (added, "thêm")) if n]
    rest = ("; các số liệu còn lại do máy trích xuất" if len(figures) > corrected + added else "")
    return f"Có {' và '.join(parts)} (tệp hiệu đính data/corrections.csv){rest}."


def correction_notes(applied: Applied) -> list[str]:
    """The index page's notes on corrections: one sentence when any line was applied or stale, else none."""
    if applied.count("applied") == 0 and applied.stale.empty:
        return []
    return [corrections_sentence(applied)]


def outcomes_view(outcomes: pd.DataFrame) -> pd.DataFrame:
    """The outcome of every correction line, with Vietnamese headers and values."""
    view = outcomes.assign(action=outcomes["action"].map(lambda a: ACTION_LABELS.get(a, a)),
                           outcome=outcomes["outcome"].map(lambda o: OUTCOME_LABELS.get(o, o)),
                           metric=outcomes["metric"].map(lambda m: metric_label(m) if isinstance(m, str) else m))
    headers = {"line": "Dòng", "action": "Thao tác", "doc_id": "Bài viết", "metric": "Chỉ số", "value": "Giá trị",
               "outcome": "Kết quả", "detail": "Chi tiết"}
    return view[list(headers)].rename(columns=headers)
