"""A figure to review as a card (escaped HTML): what was read, its sentence with the number marked, the ratio it
feeds, why the extractor read it so, and the corrections line ready to paste."""
from __future__ import annotations

import html

import pandas as pd

from ..reports.labels import metric_label, value_labels
from .corrections import correction_line, to_csv_text
from .evidence import marked_html
from .queue import feeds_text

PASTE_HINT = ("Dòng hiệu đính, dán vào data/corrections.csv: giữ drop để bỏ số liệu; đổi thành accept nếu đúng; "
              "đổi thành change và điền cột new_… để sửa.")


def _blank(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") if float(value).is_integer() else f"{value:g}".replace(".", ",")


def paste_line(figure: pd.Series, sha256: str, action: str = "drop") -> str:
    """The corrections line for a figure as one CSV line (no header), ready to paste into the file."""
    return to_csv_text([correction_line(figure, sha256, action)]).splitlines()[1]


def facts_text(figure: pd.Series) -> str:
    """What the extractor read, in Vietnamese: province, year, status, qualifier, scope, period."""
    status, qualifier = value_labels("status"), value_labels("qualifier")
    parts = [_blank(figure.get("province")) or "(không rõ tỉnh)",
             f"năm {_blank(figure.get('year'))}" if _blank(figure.get("year")) else "(không rõ năm)",
             status.get(figure["status"], figure["status"]), qualifier.get(figure["qualifier"], figure["qualifier"])]
    for column, label in (("scope", "phạm vi"), ("period", "thời kỳ")):
        if _blank(figure.get(column)):
            parts.append(f"{label}: {figure[column]}")
    return " · ".join(parts)


def card_html(rank: int, figure: pd.Series, sha256: str, ratios: pd.DataFrame, text: str | None = None,
              audit: str = "") -> str:
    """One figure to review as escaped HTML."""
    confidence = _blank(figure.get("confidence"))
    sure = f"độ tin cậy {float(confidence):.2f}".replace(".", ",") if confidence else "độ tin cậy: không rõ"
    head = f"#{rank} · {metric_label(str(figure['metric']))}: {_number(float(figure['value']))} — {sure}"
    sentence = marked_html(str(figure["evidence"]), int(figure["start"]), int(figure["end"]), float(figure["value"]), text)
    feeds = feeds_text(figure, ratios) or "Không nuôi tỷ lệ nào."
    rows = [f"<p><b>{html.escape(head)}</b><br>{html.escape(facts_text(figure))} · "
            f"<code>{html.escape(str(figure['doc_id']))}</code></p>",
            f"<blockquote>{sentence}</blockquote>",
            f"<p>Tỷ lệ dùng số liệu này: {html.escape(feeds)}</p>"]
    if audit:
        rows.append(f"<p>Kiểm tra nhất quán báo lệch: {html.escape(audit)}</p>")
    rows.append(f"<p>Vì sao máy đọc như vậy: <code>{html.escape(_blank(figure.get('rule')) or '—')}</code></p>")
    rows.append(f"<p><i>{html.escape(PASTE_HINT)}</i></p><pre>{html.escape(paste_line(figure, sha256))}</pre>")
    return f'<div class="review-card">{"".join(rows)}</div><hr>'
