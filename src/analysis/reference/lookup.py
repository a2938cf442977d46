"""Province names typed by a person -> canonical names, with closest-first suggestions when unknown."""
from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable


class UnknownProvinceError(ValueError):
    """A province name that matches no known province (the message lists the known ones, closest first)."""


def fold(name: str) -> str:
    """Casefolded, diacritic-free form for fuzzy comparison (đ -> d)."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def closest_first(name: str, known: Iterable[str]) -> list[str]:
    """Every known name, the most similar to name first (ties alphabetical)."""
    target = fold(name)
    return sorted(set(known), key=lambda k: (-difflib.SequenceMatcher(None, target, fold(k)).ratio(), k))


def _reference_names() -> list[str]:
    from .provinces import load_provinces

    return [str(n) for n in load_provinces()["name"]]


def _canonical(name: str) -> str | None:
    from .provinces import canonical_province

    return canonical_province(name)


def resolve_province(name: str, known: Iterable[str] | None = None) -> str:
    """The canonical name of province name; raises UnknownProvinceError listing the known ones closest first.

    known: the provinces accepted (default: the 63 of the reference table). An alias or a
    spelling variant is accepted when the reference table maps it to a known province.
    """
    known_list = list(known) if known is not None else _reference_names()
    text = unicodedata.normalize("NFC", str(name)).strip()
    canonical = text if text in known_list else _canonical(text)
    if canonical is not None and canonical in known_list:
        return canonical
    problem = (f"Province {canonical!r} has no figures in this data" if canonical is not None
               else f"Unknown province {text!r}")
    raise UnknownProvinceError(
        f"{problem}. Known provinces ({len(known_list)}), closest first: "
        f"{', '.join(closest_first(text, known_list))}"
    )
