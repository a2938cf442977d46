"""A figure's sentence with its number marked: found by the figure's offsets in the article text when the text
is at hand, else by the number as Vietnamese writes it (1.687, 43,75), else the sentence unmarked."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from ..config import ROOT
from ..figures.corpus import ExtractError, read_article
from ..text.clean import normalize


def _article_path(path: str) -> Path:
    """An article's path as the documents table has it: absolute, or relative to where `extract` ran (tried
    here, then from the project folder)."""
    given = Path(path)
    return given if given.is_absolute() or given.is_file() else ROOT / given


def article_texts(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the document text the offsets index (decoded, normalised), for the articles still readable."""
    texts: dict[str, str] = {}
    for doc in documents.to_dict("records"):
        path = _article_path(str(doc.get("path") or ""))
        if doc.get("path") and path.is_file():
            try:
                texts[str(doc["doc_id"])] = normalize(read_article(path)[0])
            except ExtractError:
                continue
    return texts


def written_forms(value: float) -> list[str]:
    """How an article may write a number: 1687 -> 1.687, 1687; 43.75 -> 43,75."""
    if float(value).is_integer():
        whole = int(value)
        return list(dict.fromkeys([f"{whole:,}".replace(",", "."), str(whole)]))
    decimals = f"{value:.10g}".split(".")[1] if "." in f"{value:.10g}" else ""
    grouped = f"{int(value):,}".replace(",", ".")
    return list(dict.fromkeys([f"{grouped},{decimals}", f"{int(value)},{decimals}", f"{value:g}"]))


def number_spans(evidence: str, start: int, end: int, value: float, text: str | None = None) -> list[tuple[int, int]]:
    """Where the figure's number is in its sentence: exactly, by its offsets, when the article text is at hand;
    else every place the number is written (several when it is written several times); [] when nowhere."""
    if text is not None and 0 <= start < end <= len(text):
        at = text.find(evidence, max(0, end - len(evidence)))
        if 0 <= at <= start and end <= at + len(evidence):
            return [(start - at, end - at)]
    for form in written_forms(value):
        pattern = re.compile(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)")
        spans = [m.span() for m in pattern.finditer(evidence)]
        if spans:
            return spans
    return []


def marked_html(evidence: str, start: int, end: int, value: float, text: str | None = None,
                window: int | None = 200) -> str:
    """The sentence as escaped HTML with its number in <mark> (article text never becomes markup); a long
    sentence is cut to `window` characters either side of the number."""
    spans = number_spans(evidence, start, end, value, text)
    lo = max(0, spans[0][0] - window) if spans and window else 0
    hi = min(len(evidence), spans[-1][1] + window) if spans and window else len(evidence)
    parts, at = ["…" if lo else ""], lo
    for a, b in spans:
        parts += [html.escape(evidence[at:a]), f"<mark><b>{html.escape(evidence[a:b])}</b></mark>"]
        at = b
    parts += [html.escape(evidence[at:hi]), "…" if hi < len(evidence) else ""]
    return "".join(parts)
