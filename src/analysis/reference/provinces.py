"""Provinces: the gazetteer of the 63 provinces, their aliases, finding one in text or a URL, and resolving a
name typed by a person (closest-first suggestions when unknown)."""
from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the readers below: slug and name matching need no pandas
    import pandas as pd

from ..config import REFERENCE_DIR
from ..text import lexicon
from ..text.clean import fold, modern_tones, normalize, strip_accents



@lru_cache(maxsize=1)
def load_provinces(path: str | None = None) -> pd.DataFrame:
    """The gazetteer: code, name, kind, region, aliases (';'-separated), merged_into_2025."""
    import pandas as pd

    df = pd.read_csv(path or REFERENCE_DIR / "provinces.csv", dtype=str, keep_default_na=False)
    df["name"] = df["name"].map(_modern_name)
    df["merged_into_2025"] = df["merged_into_2025"].map(_modern_name)
    return df


def _modern_name(name: str) -> str:
    """Canonical spelling: NFC with modern tone placement, case kept (Hoà Bình -> Hòa Bình)."""
    return modern_tones(normalize(name)).strip()


def slug(text: str) -> str:
    """ASCII slug of a name, for URLs and file names: 'Đắk Lắk' -> 'dak-lak'."""
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


_PROSE_ABBREVIATION = re.compile(r"TP[. ]*[A-Z]{2,}|[A-Z]{2,}[.-][A-Z]{2,}")


@lru_cache(maxsize=1)
def _surface_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Folded surface form (name or alias with diacritics) -> canonical name, and one regex of all."""
    forms: dict[str, str] = {}
    for row in load_provinces().itertuples():
        for form in [row.name, *row.aliases.split(";")]:
            form = form.strip()
            # ASCII aliases ("Ha Noi") and short codes ("HN") are for URLs, not Vietnamese prose; a short name with
            # its diacritics is a name ("Huế"); an abbreviation in capitals with its "TP" or its dot or dash is written
            # in prose ("TP.HCM", "BR-VT"; a bare code, "HCM", is not)
            if len(form) >= 3 and (form != strip_accents(form) or _PROSE_ABBREVIATION.fullmatch(form)) \
                    or form == row.name:
                forms[fold(form)] = row.name
    keys = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    return forms, pattern


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every surface form: a capitalised word not in it cannot start a name."""
    return frozenset(re.match(r"\w+", form).group(0) for form in _surface_forms()[0])


_PROVINCE_WORD = re.compile(r"^(?P<word>tỉnh|thành phố|tp\.?)\s+")  # the word that may stand before a province's name


def canonical_province(name: str) -> str | None:
    """A name or alias (any tone placement, with or without diacritics) -> canonical name, else None."""
    if not name or not name.strip():
        return None
    forms, _ = _surface_forms()
    key = fold(_modern_name(name))
    key = _PROVINCE_WORD.sub("", key, count=1)
    if key in forms:
        return forms[key]
    return _short_slugs().get(slug(key))


_CITY_KIND = "thành phố trực thuộc trung ương"  # provinces.csv `kind` of the five cities that are provinces


def province_named(unit: str) -> str | None:
    """The province a unit's name stands for, when it names one as a province: "Thành phố Hải Phòng" (a city that is a
    province), "tỉnh Nam Định" or "Nam Định" alone; "thành phố Trà Vinh" is the capital of Trà Vinh, no province."""
    name = canonical_province(unit)
    word = _PROVINCE_WORD.match(fold(unit.strip()))
    if name is None or word is None or word.group("word") == "tỉnh":
        return name
    return name if _kinds().get(name) == _CITY_KIND else None


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Each province's kind (tỉnh, or a city that is a province)."""
    provinces = load_provinces()
    return dict(zip(provinces["name"], provinces["kind"]))


@lru_cache(maxsize=1)
def _short_slugs() -> dict[str, str]:
    """Slug of every name and alias, short codes included ("hn", "tp-hcm")."""
    return {slug(a): row.name for row in load_provinces().itertuples()
            for a in [row.name, *row.aliases.split(";")] if a.strip()}


# Capital letters of Vietnamese: the upper-case letters of these ranges (the Latin Extended Additional
# block alternates cases; its lower-case letters, common inside words, would each stop the scan). The letter
# comes before the look-behind, so the regex engine jumps from capital to capital.
_CAP_RANGES = ("AZ", "ĐĐ", "ÀÝ", "ĂĂ", "ƠƠ", "ƯƯ", "ẠỸ")
_CAP = "[" + "".join(chr(c) for a, b in _CAP_RANGES for c in range(ord(a), ord(b) + 1) if chr(c).isupper()) + "]"
_CAPITAL = re.compile(rf"({_CAP}(?<!\w{_CAP})\w*)")
# A place opening a paragraph and followed by ':' or a dash is a dateline ("HÀ TĨNH - Sáng 5/6", "Hà Nam: …").
_DATELINE_PLACE = re.compile(r"\s*(?::|-|–|—)")
_ADMIN_PREFIX = re.compile(rf"{lexicon.union(lexicon.words('places', 'admin_prefixes'))}\s+$")
_FORMER = re.compile(rf"\s*[,(]?\s*{lexicon.union(lexicon.words('places', 'former'))}(?!\w)")


def named_former(folded: str, end: int) -> bool:
    """The province named up to `end` is marked as a former one right after its name ("tỉnh Bình Dương cũ", "(cũ)")."""
    return _FORMER.match(folded, end) is not None


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


def mention_scores(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> dict[str, int]:
    """Each province's mention score: 2 with an administrative prefix, 1 bare; former provinces aside."""
    scores: dict[str, int] = {}
    folded = fold(text) if folded is None else folded
    for name, _, end, prefixed in province_mentions(text, spans, folded):
        if not named_former(folded, end):  # "tỉnh Bình Dương cũ": a former province, not the article's
            scores[name] = scores.get(name, 0) + (2 if prefixed else 1)
    return scores


_LOCAL_UNIT = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('places', 'local_unit_words'))}\s+$")
_PERSON_NAMES = frozenset(lexicon.words("places", "person_names"))


def sole_province(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> str | None:
    """The one province a text names, even once, when it names no other (a last resort after the URL); not a
    commune or district of the same name ("xã Quảng Ninh"), nor a person's name ("tư tưởng Hồ Chí Minh")."""
    folded = fold(text) if folded is None else folded
    named = {name for name, start, end, prefixed in province_mentions(text, spans, folded)
             if not named_former(folded, end) and not _LOCAL_UNIT.search(folded, max(0, start - 12), start)
             and (prefixed or folded[start:end] not in _PERSON_NAMES)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _capitals() -> tuple[dict[str, str], re.Pattern[str]]:
    """Folded name of a provincial capital that does not share its province's name -> the province
    (provincial_capitals.csv), and a regex of a dateline opening with one ("Pleiku (TTXVN) -", "BUÔN MA THUỘT, 12/7 –")."""
    with open(REFERENCE_DIR / "provincial_capitals.csv", encoding="utf-8", newline="") as f:
        cities = {fold(_modern_name(r["city"])): _modern_name(r["province"]) for r in csv.DictReader(f)}
    names = "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
    return cities, re.compile(rf"[\s\W]*({names})\s*(?:\(|,|[–—-]\s)")


def dateline_province(text: str, spans: list[tuple[int, int]], folded: str | None = None) -> str | None:
    """The province whose capital opens a dateline in the first lines ("Pleiku (TTXVN) - …"): a wire story that
    never names its province (a last resort, after every mention)."""
    folded = fold(text) if folded is None else folded
    cities, dateline = _capitals()
    stop = spans[min(len(spans), 4) - 1][1] if spans else 0
    starts = [0, *(m.end() for m in re.finditer(r"\n", text[:stop]))]  # the lines of the first paragraphs
    for start in starts:
        m = dateline.match(folded, start, stop)
        if m:
            return cities[m.group(1)]
    return None


def province_from_text(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None,
                       scores: dict[str, int] | None = None) -> str | None:
    """The province the article is about, or None when it is only mentioned in passing.

    Score: 2 per mention with an administrative prefix ("tỉnh Gia Lai", "UBND tỉnh …"),
    1 per bare mention (`scores`, when mention_scores was run already). The winner needs a score of at least 2
    and must beat the runner-up.
    """
    scores = mention_scores(text, spans, folded) if scores is None else scores
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
            key = slug(name)
            if len(key) >= 5:
                found.append((key, row.name, re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])")))
    return tuple(found)


def province_from_url(url: str) -> str | None:
    """A province recognised in a URL's host or path slug (baoquangnam.vn, /binh-thuan-dat-...)."""
    if not url or not isinstance(url, str):
        return None
    url = url.lower()
    host, _, path = re.sub(r"^[a-z]+://", "", url).partition("/")
    best: tuple[int, str] | None = None
    for key, name, in_path in _url_slugs():
        hits = in_path.search(path) or key.replace("-", "") in host.replace("-", "")
        if hits and (best is None or len(key) > best[0]):
            best = (len(key), name)
    if best:
        return best[1]
    for row in load_news_sources().itertuples():
        if row.host_keyword and row.host_keyword in host:
            return row.province
    return None


def outlet_province(url: str, named: Collection[str]) -> str | None:
    """The province of a provincial outlet (its host names it: baothuathienhue.vn) when the text names it too
    (`named`: the provinces of mention_scores): the paper's own province, whatever places it compares it with."""
    host = re.sub(r"^[a-z]+://", "", str(url or "").lower()).partition("/")[0]
    own = province_from_url(f"http://{host}/") if host else None
    return own if own and own in named else None


@lru_cache(maxsize=1)
def load_news_sources() -> pd.DataFrame:
    """Provincial newspapers whose host does not spell the province (baodongkhoi.vn is Bến Tre's)."""
    import pandas as pd

    df = pd.read_csv(REFERENCE_DIR / "news_sources.csv", dtype=str, keep_default_na=False)
    df["host_keyword"] = df["host_keyword"].str.lower().str.strip()
    df["province"] = df["province"].map(_modern_name)
    return df


# --------------------------------------------------------------------------- names typed by a person
class UnknownProvinceError(ValueError):
    """A province name that matches no known province (the message lists the known ones, closest first)."""


def _match_key(name: str) -> str:
    """Casefolded, diacritic-free form for fuzzy comparison (đ -> d)."""
    return strip_accents(name).casefold().strip()


def closest_first(name: str, known: Iterable[str]) -> list[str]:
    """Every known name, the most similar to name first (ties alphabetical)."""
    target = _match_key(name)
    return sorted(set(known), key=lambda k: (-difflib.SequenceMatcher(None, target, _match_key(k)).ratio(), k))


def resolve_province(name: str, known: Iterable[str] | None = None) -> str:
    """The canonical name of province name; raises UnknownProvinceError listing the known ones closest first.

    known: the provinces accepted (default: the 63 of the reference table). An alias or a
    spelling variant is accepted when the reference table maps it to a known province.
    """
    known_list = list(known) if known is not None else [str(n) for n in load_provinces()["name"]]
    text = unicodedata.normalize("NFC", str(name)).strip()
    canonical = text if text in known_list else canonical_province(text)
    if canonical is not None and canonical in known_list:
        return canonical
    problem = (f"Province {canonical!r} has no figures in this data" if canonical is not None
               else f"Unknown province {text!r}")
    raise UnknownProvinceError(
        f"{problem}. Known provinces ({len(known_list)}), closest first: "
        f"{', '.join(closest_first(text, known_list))}"
    )
