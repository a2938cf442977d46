"""The on-screen review in JupyterLab (ipywidgets): accept, drop or change a figure, or add one the extractor
missed; each decision is written into the corrections file at once (atomically, one line per figure)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from ..reference.catalogue import catalogue
from ..schema import QUALIFIERS, STATUSES
from ..text.numbers import parse_amount
from .corrections import CorrectionsError, correction_line, save_line

LABELS = {"accept": "Đúng", "drop": "Bỏ", "change": "Sửa", "add": "Thêm số liệu"}
FIELDS = ("metric", "value", "year", "status", "qualifier", "scope", "province", "period")


def _text(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _fields(figure: pd.Series | None) -> dict[str, widgets.Widget]:
    """Editable fields holding the figure's values (or empty ones for a new figure)."""
    get = (lambda c: _text(figure.get(c))) if figure is not None else (lambda c: "")
    value = get("value")
    return {
        "metric": widgets.Dropdown(options=sorted(catalogue().metrics), value=get("metric") or None,
                                   description="Chỉ số"),
        "value": widgets.Text(value=f"{float(value):g}" if value else "", description="Giá trị"),
        "year": widgets.Text(value=get("year"), description="Năm"),
        "status": widgets.Dropdown(options=list(STATUSES), value=get("status") or "actual", description="Trạng thái"),
        "qualifier": widgets.Dropdown(options=list(QUALIFIERS), value=get("qualifier") or "exact",
                                      description="Mức chắc"),
        "scope": widgets.Text(value=get("scope"), description="Phạm vi"),
        "province": widgets.Text(value=get("province"), description="Tỉnh"),
        "period": widgets.Text(value=get("period"), description="Thời kỳ"),
    }


def changed(figure: pd.Series, fields: dict[str, widgets.Widget]) -> dict[str, object]:
    """The fields the analyst changed: {field: new value} ('' = emptied)."""
    out: dict[str, object] = {}
    for name in FIELDS:
        new, old = _text(fields[name].value).strip(), _text(figure.get(name))
        if name == "value":
            if new and float(new.replace(",", ".")) != float(old):
                out[name] = float(new.replace(",", "."))
        elif name == "year":
            if new != (str(int(float(old))) if old else ""):
                out[name] = int(new) if new else None
        elif new != old:
            out[name] = new or None
    return out


def _saver(path: Path, status: widgets.HTML, on_saved: Callable[[dict], None] | None) -> Callable[[dict], None]:
    """Write a line into the corrections file and say so (or say what is wrong) in `status`."""
    def save(line: dict) -> None:
        try:
            save_line(path, line)
        except (CorrectionsError, ValueError) as exc:
            status.value = f"<b>Chưa ghi:</b> <pre>{exc}</pre>"
            return
        status.value = f"Đã ghi vào <code>{path}</code>: <b>{line['action']}</b> {line['metric']} {line['value']}"
        if on_saved:
            on_saved(line)
    return save


def decision_box(figure: pd.Series, sha256: str, path: str | Path,
                 on_saved: Callable[[dict], None] | None = None) -> widgets.VBox:
    """Buttons Đúng / Bỏ / Sửa for one figure, with its fields to edit; a click writes its line."""
    status, fields = widgets.HTML(), _fields(figure)
    save = _saver(Path(path), status, on_saved)
    buttons = {a: widgets.Button(description=LABELS[a]) for a in ("accept", "drop", "change")}
    buttons["accept"].on_click(lambda _: save(correction_line(figure, sha256, "accept")))
    buttons["drop"].on_click(lambda _: save(correction_line(figure, sha256, "drop")))

    def change(_: widgets.Button) -> None:
        try:
            new = changed(figure, fields)
        except ValueError as exc:
            status.value = f"<b>Chưa ghi:</b> {exc}"
            return
        if not new:
            status.value = "Không có trường nào thay đổi: dùng <b>Đúng</b> nếu số liệu đúng."
            return
        save(correction_line(figure, sha256, "change", **new))

    buttons["change"].on_click(change)
    edit = widgets.Accordion(children=[widgets.VBox(list(fields.values()))], titles=("Sửa các trường",))
    edit.selected_index = None
    return widgets.VBox([widgets.HBox(list(buttons.values())), edit, status])


def locate(text: str, sentence: str, number: str) -> tuple[int, int]:
    """Offsets of `number` inside `sentence` inside the article text; ValueError when either is not found."""
    at = text.find(sentence)
    if at < 0:
        raise ValueError("không tìm thấy câu này trong bài viết (chép đúng nguyên văn)")
    inside = sentence.find(number)
    if inside < 0:
        raise ValueError("không tìm thấy con số này trong câu")
    return at + inside, at + inside + len(number)


def add_box(texts: dict[str, str], shas: dict[str, str], path: str | Path,
            on_saved: Callable[[dict], None] | None = None) -> widgets.VBox:
    """A form for a figure the extractor missed: article, sentence and number as written, its fields."""
    status, fields = widgets.HTML(), _fields(None)
    fields.pop("value")
    doc = widgets.Dropdown(options=sorted(texts), description="Bài viết")
    sentence = widgets.Textarea(description="Câu", placeholder="chép nguyên văn câu có con số")
    number = widgets.Text(description="Con số", placeholder="như trong bài, vd. 1.687")
    save = _saver(Path(path), status, on_saved)

    def add(_: widgets.Button) -> None:
        try:
            start, end = locate(texts[doc.value], sentence.value.strip(), number.value.strip())
            value = parse_amount(number.value.strip())
            if not fields["metric"].value:
                raise ValueError("chọn chỉ số")
        except (ValueError, KeyError) as exc:
            status.value = f"<b>Chưa ghi:</b> {exc}"
            return
        figure = pd.Series({"doc_id": doc.value, "start": start, "end": end, "metric": fields["metric"].value,
                            "value": value, "evidence": sentence.value.strip()})
        extra = {n: w.value for n, w in fields.items() if n != "metric" and _text(w.value).strip()}
        save(correction_line(figure, shas.get(doc.value, ""), "add", **extra))

    button = widgets.Button(description=LABELS["add"])
    button.on_click(add)
    return widgets.VBox([doc, sentence, number, *fields.values(), button, status])
