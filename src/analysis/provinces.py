"""Provinces: the gazetteer of the 63 provinces, their aliases, and finding one in text or a URL."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .textclean import fold, modern_tones, normalize, strip_accents

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "data" / "reference"


@lru_cache(maxsize=1)
def load_provinces(path: str | None = None) -> pd.DataFrame:
    """The gazetteer: code, name, kind, region, aliases (';'-separated), merged_into_2025."""
    df = pd.read_csv(path or REFERENCE_DIR / "provinces.csv", dtype=str, keep_default_na=False)
    df["name"] = df["name"].map(_modern_name)
    df["merged_into_2025"] = df["merged_into_2025"].map(_modern_name)
    return df


def _modern_name(name: str) -> str:
    """Canonical spelling: NFC with modern tone placement, case kept (Hoà Bình -> Hòa Bình)."""
    return modern_tones(normalize(name)).strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


@lru_cache(maxsize=1)
def _surface_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Folded surface form (name or alias with diacritics) -> canonical name, and one regex of all."""
    forms: dict[str, str] = {}
    for row in load_provinces().itertuples():
        for form in [row.name, *row.aliases.split(";")]:
            form = form.strip()
            # ASCII aliases ("Ha Noi") and short codes ("HN") are for URLs, not Vietnamese prose.
            if len(form) > 3 and form != strip_accents(form) or form == row.name:
                forms[fold(form)] = row.name
    keys = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    return forms, pattern


def canonical_province(name: str) -> str | None:
    """A name or alias (any tone placement, with or without diacritics) -> canonical name, else None."""
    if not name or not name.strip():
        return None
    forms, _ = _surface_forms()
    key = fold(_modern_name(name))
    key = re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", key)
    if key in forms:
        return forms[key]
    slug = _slug(key)
    for row in load_provinces().itertuples():
        if slug in {_slug(row.name), *(_slug(a) for a in row.aliases.split(";") if a.strip())}:
            return row.name
    return None


_ADMIN_PREFIX = re.compile(r"(tỉnh|thành phố|tp\.?|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|thành ủy)\s+$")


def province_mentions(text: str, spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Every province mention in the text (optionally only inside spans): name, start, end, prefixed."""
    forms, pattern = _surface_forms()
    folded = fold(text)
    rows = []
    for start, end in spans or [(0, len(text))]:
        for m in pattern.finditer(folded, start, end):
            before = folded[max(0, m.start() - 20):m.start()]
            rows.append({
                "name": forms[m.group(1)], "start": m.start(), "end": m.end(),
                "prefixed": bool(_ADMIN_PREFIX.search(before)),
            })
    return pd.DataFrame(rows, columns=["name", "start", "end", "prefixed"])


def province_from_text(text: str, spans: list[tuple[int, int]] | None = None) -> str | None:
    """The province the article is about, or None when it is only mentioned in passing.

    Score: 2 per mention with an administrative prefix ("tỉnh Gia Lai", "UBND tỉnh …"),
    1 per bare mention. The winner needs a score of at least 2 and must beat the runner-up.
    """
    mentions = province_mentions(text, spans)
    if mentions.empty:
        return None
    scores = (mentions["prefixed"].astype(int) + 1).groupby(mentions["name"]).sum().sort_values(ascending=False)
    best, score = scores.index[0], int(scores.iloc[0])
    runner_up = int(scores.iloc[1]) if len(scores) > 1 else 0
    return best if score >= 2 and score > runner_up else None


def province_from_url(url: str) -> str | None:
    """A province recognised in a URL's host or path slug (baoquangnam.vn, /binh-thuan-dat-...)."""
    if not url or not isinstance(url, str):
        return None
    url = url.lower()
    host, _, path = re.sub(r"^[a-z]+://", "", url).partition("/")
    best: tuple[int, str] | None = None
    for row in load_provinces().itertuples():
        names = [row.name, *(a for a in row.aliases.split(";") if len(a.strip()) > 3)]
        for name in names:
            slug = _slug(name)
            if len(slug) < 5:
                continue
            hits = re.search(rf"(?<![a-z0-9]){re.escape(slug)}(?![a-z0-9])", path) or (
                slug.replace("-", "") in host.replace("-", "")
            )
            if hits and (best is None or len(slug) > best[0]):
                best = (len(slug), row.name)
    if best:
        return best[1]
    for row in load_news_sources().itertuples():
        if row.host_keyword and row.host_keyword in host:
            return row.province
    return None


@lru_cache(maxsize=1)
def load_news_sources() -> pd.DataFrame:
    """Provincial newspapers whose host does not spell the province (baodongkhoi.vn is Bến Tre's)."""
    df = pd.read_csv(REFERENCE_DIR / "news_sources.csv", dtype=str, keep_default_na=False)
    df["host_keyword"] = df["host_keyword"].str.lower().str.strip()
    df["province"] = df["province"].map(_modern_name)
    return df
