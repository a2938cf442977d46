"""The Vietnamese vocabulary of the extractor, kept as data (resources/lexicon/vi/*.yml) and compiled once.

A lexicon file holds plain phrases, written as they appear in folded text (lower case, NFC). In a
phrase, a space matches any run of spaces, and the space after a comma may be missing ("xã,phường").
Code names no word: it asks for a list by its key and builds the grammar around it (positions,
look-behinds, optional particles); the vocabulary is the files' (see README, "Adding a cue or a metric").

- `alternation(phrases)`: the phrases as whole words (the usual case);
- `union(phrases)`: the phrases with no word boundary, for grammar that sets its own (a number glued to
  its unit, "ngày5/6", a prefix such as "dvc" for "dvctt"); `branches` gives the same alternatives
  bare, to put several lists in one flat group;
- `initials(phrases)`: a look-ahead on the phrases' first letters, put before a large alternation so
  the regex engine skips the positions where none can start (speed); it is generated from the same
  lists, so a phrase added to a file never falls outside its guard;
- `not_inside(phrase, names)`: a phrase that is no cue inside a longer name ("kế hoạch" in "sở kế
  hoạch và đầu tư").

A phrase in a list may be a template: each "{a|b|c}" stands for one of its choices, and the template for every
phrase it makes ("đúng {và|hoặc} {trước|sớm} {hạn|hẹn}": eight phrases), so a grammar of a few words is one line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..config import load_yaml, resource

LANGUAGE = "vi"


def lexicon_dir() -> Path:
    """The folder of the language's lexicon files (package data)."""
    return Path(str(resource("lexicon", LANGUAGE)))


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """One lexicon file as a mapping, read once, its phrase templates expanded (`expand`)."""
    path = lexicon_dir() / f"{name}.yml"
    with open(path, encoding="utf-8") as handle:
        data = load_yaml(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a lexicon file must be a mapping of lists")
    return _expand_all(data)


_CHOICE = re.compile(r"\{([^{}]*)\}")


def expand(phrase: str) -> list[str]:
    """A phrase template as its phrases, every "{a|b}" one of its choices, in order: "đúng {và|hoặc} {trước|sớm}
    hạn" -> "đúng và trước hạn", "đúng và sớm hạn", "đúng hoặc trước hạn", "đúng hoặc sớm hạn"."""
    m = _CHOICE.search(phrase)
    if m is None:
        return [phrase]
    return [done for choice in m.group(1).split("|")
            for done in expand(phrase[:m.start()] + choice + phrase[m.end():])]


def _expand_all(value: Any) -> Any:
    """Every phrase template in the lists of a loaded file expanded in place of the template."""
    if isinstance(value, dict):
        return {key: _expand_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [done for item in value
                for done in (expand(item) if isinstance(item, str) else [_expand_all(item)])]
    return value


def _clean(phrases: Iterable[str], keep_case: bool = False) -> list[str]:
    """Phrases stripped (and lowered unless keep_case), duplicates dropped, first occurrence kept."""
    out = (" ".join(str(p).split()) for p in phrases if p is not None and str(p).strip())
    return list(dict.fromkeys(p if keep_case else p.lower() for p in out))


def phrase_regex(phrase: str) -> str:
    """One phrase as a regex: words escaped; a space matches any run of spaces (none needed after a comma)."""
    words = phrase.split()
    body = re.escape(words[0])
    for prev, word in zip(words, words[1:]):
        body += (r"\s*" if prev.endswith(",") else r"\s+") + re.escape(word)
    return body


def branches(phrases: Iterable[str], suffix: str = "", keep_case: bool = False, not_in: Iterable[str] = (),
             not_followed_by: Mapping[str, Iterable[str]] | None = None) -> str:
    """The bare alternatives "a|b|c" of the phrases, longest first (ties: file order), each followed by
    `suffix`, for a caller's own group: `(?P<unit>{branches(...)})`, or several lists in one flat group
    (flat alternatives that start with letters let the regex engine skip ahead, nested groups do not).
    With `not_in`, a phrase does not match inside those names (see `not_inside`); with
    `not_followed_by` ({phrase: [words]}), a phrase does not match right before those words."""
    ordered = sorted(_clean(phrases, keep_case), key=len, reverse=True)
    if not ordered:
        raise ValueError("an empty list of phrases")
    names = list(not_in)
    after = {" ".join(str(p).lower().split()): _clean(ws) for p, ws in (not_followed_by or {}).items()}
    alts = []
    for p in ordered:
        first, rest = _first_rest(p.lower() if names else p)  # (not_inside reads the phrase in lower case)
        guards = _inside_guards(p, names, first, rest) if names else ""  # written after the first character
        alts.append((first, guards + rest + _not_before(after.get(p, ())) + suffix))
    return _by_first(alts)


def _by_first(alts: list[tuple[str, str]], lead: str = "") -> str:
    """Alternatives given as (first character, rest) written as one branch per first character, the
    characters in the order they first appear and each one's alternatives in their own order
    ("t(?:rực tuyến|ừ xa)|giảm"): a phrase can only match where its first character stands, so the
    first alternative that matches at a position is the same one, and the regex engine tries one branch
    per letter instead of every phrase. `lead` ("(?<!\\w{c})") follows each first character c."""
    rests: dict[str, list[str]] = {}
    for first, rest in alts:
        rests.setdefault(first, []).append(rest)
    return "|".join(first + lead.format(c=first) + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
                    for first, tails in rests.items())


def _not_before(following: list[str]) -> str:
    """A look-ahead barring the words that may not follow a phrase ("dịch vụ" before "bưu chính"); they
    are matched as a prefix, like the phrases of `union`."""
    if not following:
        return ""
    return r"(?!\s+(?:" + "|".join(phrase_regex(p) for p in sorted(following, key=len, reverse=True)) + "))"


def not_after(words: Iterable[str]) -> str:
    """Look-behinds barring the (plain, fixed-width) words with a space right before a match ("Trung tâm Hỗ trợ" is no
    helper's work: not after "trung tâm")."""
    return "".join(f"(?<!{w} )" for w in words)


def union(phrases: Iterable[str], keep_case: bool = False, not_in: Iterable[str] = (),
          not_followed_by: Mapping[str, Iterable[str]] | None = None) -> str:
    """A non-capturing regex alternation of the phrases, longest first (ties: file order), no word boundary."""
    return f"(?:{branches(phrases, keep_case=keep_case, not_in=not_in, not_followed_by=not_followed_by)})"


def alternation(phrases: Iterable[str], keep_case: bool = False) -> str:
    """A regex alternation of phrases, longest first, each as whole words. Each branch opens with its
    first character and only then looks behind it ("t(?<!\\wt)rực tuyến" for "(?<!\\w)trực tuyến"): a
    regex that starts with the alternation lets the engine jump to the characters a phrase can start with."""
    ordered = sorted(_clean(phrases, keep_case), key=len, reverse=True)
    if not ordered:
        raise ValueError("an empty list of phrases")
    return "(?:" + _by_first([_first_rest(p) for p in ordered], _WORD_START) + r")(?!\w)"


def word_starts(phrases: Iterable[str], suffix: str = "", keep_case: bool = False) -> str:
    """The bare alternatives of `alternation` ("a|b|c", longest first, each barred after a word character
    by a look-behind written after its first character), each followed by `suffix` instead of the
    group's (?!\\w): put them first in a flat alternation, and the regex engine jumps to the characters
    they can start with ("(?<!\\w)(?:a|b)" before them makes it try every position)."""
    ordered = sorted(_clean(phrases, keep_case), key=len, reverse=True)
    if not ordered:
        raise ValueError("an empty list of phrases")
    return _by_first([(first, rest + suffix) for first, rest in map(_first_rest, ordered)], _WORD_START)


def labelled_branches(kinds: Iterable[tuple[str, Iterable[str]]], prefix: str = "k") -> str:
    """Flat alternatives for ordered (kind, phrases) entries, kinds in order and each kind's phrases longest
    first (as `branches` orders them): a phrase opens with its first character, the rest is a named
    group `{prefix}{i}_{j}` (kind i), so `m.lastgroup` names the kind. A regex made of them opens with
    letters only, and the engine jumps to the characters the phrases can start with."""
    out = []
    for i, (_, phrases) in enumerate(kinds):
        for j, phrase in enumerate(sorted(_clean(phrases), key=len, reverse=True)):
            first, rest = _first_rest(phrase)
            out.append((first, f"(?P<{prefix}{i}_{j}>{rest})"))
    return _by_first(out)


def jump_finditer(pattern: re.Pattern[str], hint: re.Pattern[str], text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text, pos, end), for a pattern that can only match where `hint`
    matches (e.g. the union of the phrases its branches open with): the engine skips ahead to the hint's
    first letters, where a pattern opening with a look-ahead would be tried at every position."""
    while True:
        found = hint.search(text, pos, end)
        if found is None:
            return
        at = found.start()
        m = pattern.match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end() if m.end() > at else at + 1


_WORD_START = r"(?<!\w{c})"  # after a phrase's first character c: no word character before it


def _first_rest(phrase: str) -> tuple[str, str]:
    """A phrase's regex cut after its first character: (that character escaped, the rest)."""
    first = re.escape(phrase[0])
    return first, phrase_regex(phrase)[len(first):]


def initials(phrases: Iterable[str], width: int | None = 2, extra: Iterable[str] = ()) -> str:
    """A look-ahead on how the phrases can start: their first `width` letters (None: their first word),
    plus `extra` regexes for the grammar's own openings (r"\\d"). One letter wide, it is a character class."""
    heads = [p.split()[0] for p in _clean(phrases)]
    heads = list(dict.fromkeys(h if width is None else h[:width] for h in heads))
    if width == 1 and not list(extra):
        return "(?=[" + "".join(re.escape(h) for h in heads) + "])"
    # grouped by first letter ("t(?:ừ|ới|háng)"): the engine tries one branch per letter, not one per head
    rests: dict[str, list[str]] = {}
    for head in heads:
        rests.setdefault(head[0], []).append(head[1:])
    return "(?=" + "|".join([*extra, *(_letter_group(first, tails) for first, tails in rests.items())]) + ")"


def _letter_group(first: str, tails: list[str]) -> str:
    """The heads that start with one letter as one branch: "ph", "t(?:ừ|ới)", or "đ" when a head is that letter."""
    if not all(tails):
        return re.escape(first)
    if len(tails) == 1:
        return re.escape(first + tails[0])
    return re.escape(first) + "(?:" + "|".join(re.escape(t) for t in tails) + ")"


def not_inside(phrase: str, names: Iterable[str]) -> str:
    """The phrase's regex, barred where it stands inside one of the names: each name that contains the
    phrase gives a look-behind on the words before it and a look-ahead on the words after it."""
    first, rest = _first_rest(" ".join(phrase.lower().split()))
    return first + _inside_guards(phrase, names, first, rest) + rest


def _inside_guards(phrase: str, names: Iterable[str], first: str, rest: str) -> str:
    """For `not_inside`: look-aheads, written after the phrase's first character, barring it where it stands inside
    one of the names that contain it: the words before it there (a look-behind, the names' own spacing) and the
    words after it, both together ("các chỉ tiêu chủ yếu" bars "chỉ tiêu" after "các " only when "chủ yếu" follows)."""
    phrase = " ".join(phrase.lower().split())
    guards = []
    for name in _clean(names):
        at = f" {name} ".find(f" {phrase} ")
        if at < 0:
            continue
        before, after = name[:at], name[at + len(phrase):]
        if not (before or after):
            continue
        behind = f"(?<={re.escape(before)}{first})" if before else ""
        ahead = r"\s+" + phrase_regex(after) if after else ""
        guards.append(f"(?!{behind}{rest}{ahead})")
    return "".join(guards)


def entry(name: str, key: str) -> Any:
    """The value at a dotted key ("verbs.resolved") of lexicon file `name`."""
    value: Any = load(name)
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(f"{lexicon_dir() / name}.yml has no entry {key!r}")
        value = value[part]
    return value


def words(name: str, key: str) -> list[str]:
    """The list of phrases at `key` of lexicon file `name` (checked: a non-empty list of strings)."""
    value = entry(name, key)
    if not isinstance(value, list) or not value or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"{lexicon_dir() / name}.yml: {key!r} must be a non-empty list of phrases")
    return value


def kinds(name: str, key: str) -> tuple[tuple[str, list[str]], ...]:
    """An ordered list of {kind: phrases} entries as (kind, phrases), in file order."""
    return tuple((str(kind), list(phrases)) for item in entry(name, key) for kind, phrases in item.items())


def group(name: str, key: str) -> str:
    """The list of phrases at `key` of lexicon file `name` as a regex group (a prefix: the caller's grammar sets the
    boundaries)."""
    return union(words(name, key))


@lru_cache(maxsize=None)
def pattern(name: str, key: str) -> re.Pattern[str]:
    """The compiled phrases at `key` of lexicon file `name`."""
    return re.compile(alternation(entry(name, key)))


def ordered_kinds(name: str, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """An ordered list of {kind: phrases} entries as (kind, compiled pattern), first wins."""
    return tuple((kind, re.compile(alternation(phrases))) for kind, phrases in kinds(name, key))


def any_kind(name: str, key: str) -> re.Pattern[str]:
    """One regex that matches where any pattern of `ordered_kinds(name, key)` matches (all their phrases
    as whole words): a pre-check that spares the kinds one scan each when a text names none of them."""
    return re.compile(alternation([phrase for _, phrases in kinds(name, key) for phrase in phrases]))


def all_phrases() -> list[str]:
    """Every phrase of every lexicon file (keys of kinds included), in file order."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                walk(str(key))
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for path in sorted(lexicon_dir().glob("*.yml")):
        walk(load(path.stem))
    return found
