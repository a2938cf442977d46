"""Provinces: the gazetteer of the 63 provinces, their aliases, and finding one in text or a URL."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..config import REFERENCE_DIR
from ..text.clean import fold, modern_tones, normalize, strip_accents



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


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every surface form: a capitalised word not in it cannot start a name."""
    return frozenset(re.match(r"\w+", form).group(0) for form in _surface_forms()[0])


def canonical_province(name: str) -> str | None:
    """A name or alias (any tone placement, with or without diacritics) -> canonical name, else None."""
    if not name or not name.strip():
        return None
    forms, _ = _surface_forms()
    key = fold(_modern_name(name))
    key = re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", key)
    if key in forms:
        return forms[key]
    return _short_slugs().get(_slug(key))


@lru_cache(maxsize=1)
def _short_slugs() -> dict[str, str]:
    """Slug of every name and alias, short codes included ("hn", "tp-hcm")."""
    return {_slug(a): row.name for row in load_provinces().itertuples()
            for a in [row.name, *row.aliases.split(";")] if a.strip()}


# Capital letters of Vietnamese (ranges; the Latin Extended Additional block alternates cases,
# so a match is confirmed with str.isupper).
_CAPITAL = re.compile(r"(?<!\w)([A-ZĐÀ-ÝĂƠƯẠ-Ỹ]\w*)")
# A place opening a paragraph and followed by ':' or a dash is a dateline ("HÀ TĨNH - Sáng 5/6", "Hà Nam: …").
_DATELINE_PLACE = re.compile(r"\s*(?::|-|–|—)")
_ADMIN_PREFIX = re.compile(r"(tỉnh|thành phố|tp\.?|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|thành ủy)\s+$")


def province_mentions(text: str, spans: list[tuple[int, int]] | None = None,
                      folded: str | None = None) -> list[tuple[str, int, int, bool]]:
    """Every province mention in the text (optionally only inside spans): (name, start, end, prefixed)."""
    forms, pattern = _surface_forms()
    first_words = _first_words()
    folded = fold(text) if folded is None else folded
    found = []
    for start, end in spans or [(0, len(text))]:
        # Names are written capitalised: try the gazetteer only where a capitalised word starts.
        for cap in _CAPITAL.finditer(text, start, end):
            if not text[cap.start()].isupper() or folded[cap.start():cap.end()] not in first_words:
                continue
            m = pattern.match(folded, cap.start(), end)
            if not m:
                continue
            prefixed = bool(_ADMIN_PREFIX.search(folded, max(0, m.start() - 20), m.start())
                            or _DATELINE_PLACE.match(folded, m.end()) and m.start() == start)
            found.append((forms[m.group(1)], m.start(), m.end(), prefixed))
    return found


def province_from_text(text: str, spans: list[tuple[int, int]] | None = None,
                       folded: str | None = None) -> str | None:
    """The province the article is about, or None when it is only mentioned in passing.

    Score: 2 per mention with an administrative prefix ("tỉnh Gia Lai", "UBND tỉnh …"),
    1 per bare mention. The winner needs a score of at least 2 and must beat the runner-up.
    """
    scores: dict[str, int] = {}
    for name, _, _, prefixed in province_mentions(text, spans, folded):
        scores[name] = scores.get(name, 0) + (2 if prefixed else 1)
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=scores.get)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return best if ranked[0] >= 2 and ranked[0] > runner_up else None


@lru_cache(maxsize=1)
def _url_slugs() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(slug, province, regex finding the slug in a path) for every name and alias long enough
    to be recognised in a URL."""
    found = []
    for row in load_provinces().itertuples():
        for name in [row.name, *(a for a in row.aliases.split(";") if len(a.strip()) > 3)]:
            slug = _slug(name)
            if len(slug) >= 5:
                found.append((slug, row.name, re.compile(rf"(?<![a-z0-9]){re.escape(slug)}(?![a-z0-9])")))
    return tuple(found)


def province_from_url(url: str) -> str | None:
    """A province recognised in a URL's host or path slug (baoquangnam.vn, /binh-thuan-dat-...)."""
    if not url or not isinstance(url, str):
        return None
    url = url.lower()
    host, _, path = re.sub(r"^[a-z]+://", "", url).partition("/")
    best: tuple[int, str] | None = None
    for slug, name, in_path in _url_slugs():
        hits = in_path.search(path) or slug.replace("-", "") in host.replace("-", "")
        if hits and (best is None or len(slug) > best[0]):
            best = (len(slug), name)
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
