"""The Vietnamese vocabulary of the extractor, kept as data (resources/lexicon/vi/*.yml) and compiled once.

A lexicon file holds plain phrases, written as they appear in folded text (lower case, NFC). A phrase
matches as whole words; a space in it matches any run of spaces. Code names no word: it asks for a
list by its key and gets a compiled pattern (see README, "Adding a cue or a metric").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..config import resource

LANGUAGE = "vi"


def lexicon_dir() -> Path:
    """The folder of the language's lexicon files (package data)."""
    return Path(str(resource("lexicon", LANGUAGE)))


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """One lexicon file as a mapping, read once."""
    path = lexicon_dir() / f"{name}.yml"
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a lexicon file must be a mapping of lists")
    return data


def alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, each as whole words."""
    ordered = sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)
    return rf"(?<!\w)(?:{body})(?!\w)"


def entry(name: str, key: str) -> Any:
    """The value at a dotted key ("verbs.resolved") of lexicon file `name`."""
    value: Any = load(name)
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(f"{lexicon_dir() / name}.yml has no entry {key!r}")
        value = value[part]
    return value


@lru_cache(maxsize=None)
def pattern(name: str, key: str) -> re.Pattern[str]:
    """The compiled phrases at `key` of lexicon file `name`."""
    return re.compile(alternation(entry(name, key)))


def ordered_kinds(name: str, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """An ordered list of {kind: phrases} entries as (kind, compiled pattern), first wins."""
    return tuple((kind, re.compile(alternation(words)))
                 for item in entry(name, key) for kind, words in item.items())
