"""Re-reading a percentage's context before its metric is decided: an aside restating its subject blanked, a whole
restated after "tức", officials named as its topic before it, a label after its colon. Each gives the context the
words a plain sentence would have ("100% cán bộ … đã được cấp hộp thư"), so the rules of classify.py read it
unchanged."""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import lexicon
from .context import Context
from .cues import QUALIFIER_WORDS
from .nouns import first_head


# the phrases the rules below are written with (lexicon files named in each comment)
_APPOSITIVE = lexicon.group("structure", "appositive_leads")
_QUALIFIER = lexicon.union(QUALIFIER_WORDS)
_SHARE_ADVERB = lexicon.group("metric_words", "share_lead.adverbs")
_SHARE_VERB = lexicon.group("metric_words", "share_lead.verbs")
_WHOLE = lexicon.group("structure", "whole_quantifiers")
_TIME = lexicon.group("structure", "topic_time_words")
_ADVERB = lexicon.group("dossiers", "predicate_adverbs")


# "Hồ sơ mức độ 4, tức nộp và nhận kết quả hoàn toàn qua mạng, mới bằng 0,49%": an aside restating the subject
# (structure.yml appositive_leads) between two commas, right before the share verb of a percentage
_ASIDE = re.compile(rf",\s*{_APPOSITIVE}\s+[^,;:()\d]{{3,80}},(?=\s*(?:{_SHARE_ADVERB}\s+)?{_SHARE_VERB}\s+"
                    rf"(?:{_QUALIFIER}\s+)?$)")
# (… or before the copula of a count or a percentage: "còn hồ sơ mức độ 4, tức là nộp … qua mạng, là 913")
_ASIDE_BEFORE_COPULA = re.compile(rf",\s*{_APPOSITIVE}\s+[^,;:()\d]{{3,80}},(?=\s*"
                                  rf"{lexicon.group('structure', 'anaphora_copulas')}\s+(?:{_QUALIFIER}\s+)?$)")


# "toàn bộ cán bộ, công chức cấp tỉnh, tức 100%, đã được cấp hộp thư", "toàn bộ cán bộ … đã được cấp hộp thư, tức
# 100%": a whole restated as a percentage after "tức" (structure.yml whole_quantifiers, appositive_leads)
_ALL_RESTATED = re.compile(rf"(?:^|[,;:]\s*|\s)(?:{_WHOLE})\s+(?P<words>[^;:.()\d]+?),\s*{_APPOSITIVE}\s*$")
_PREDICATE_AFTER = re.compile(r",\s*(?P<words>[^;:.()\d]+)")
_NOTHING_OWN_AFTER = re.compile(r"\s*(?:[,;.]|$)")


def all_restated(ctx: Context) -> Context | None:
    """A percentage restating a whole named before it ("toàn bộ …, tức 100%") read as if it stood before the whole's
    words and their predicate (before it, or after it between commas): "100% cán bộ, công chức … đã được cấp hộp thư"."""
    found = _ALL_RESTATED.search(ctx.sentence_before) if ctx.unit == "percent" else None
    if found is None or not _NOTHING_OWN_AFTER.match(ctx.post):
        return None  # ("…, tức 100% công chức, đã được cấp …": the percentage's own words say what it is)
    after = _PREDICATE_AFTER.match(ctx.post)
    words = " " + found.group("words") + (" " + after.group("words") if after else "")
    return replace(ctx, pre=" ", post=words, clause_after=words, sentence_before=ctx.sentence_before[:found.start()] + " ")


# "công chức cấp tỉnh và cấp huyện 100% đã được cấp hộp thư", "cán bộ ở huyện giờ 100% có hộp thư công vụ": the
# officials named as the topic right before a percentage (a few words of their own, perhaps a time word), its
# predicate after it (nouns.yml official_use, official_issued; structure.yml topic_time_words)
_OFFICIALS = lexicon.union(dict(lexicon.kinds("nouns", "heads"))["officials"])
_PREDICATE_WORDS = "|".join(lexicon.group(name, key) for name, key in (
    ("nouns", "official_use"), ("nouns", "official_issued"), ("structure", "officials_predicate_words")))
_OWN_WORD = rf"(?!(?:{_PREDICATE_WORDS})\b)[^\W\d_][^\s,;:.()\d]*"  # a word of the officials', no predicate's
_OFFICIALS_TOPIC = re.compile(rf"(?:^|[,;:]\s*|\s)(?P<noun>{_OFFICIALS})(?:\s+{_OWN_WORD}){{0,6}}?"
                              rf"\s+(?:{_TIME}\s+)?(?:{_QUALIFIER}\s+)?$")
_PREDICATE_OPENS = re.compile(rf"\s*(?:{_ADVERB}\s+)?(?:{_PREDICATE_WORDS})\b")


def officials_as_topic(ctx: Context) -> Context | None:
    """A percentage after the officials it is said of, its predicate after it, read as if the officials' noun stood
    right after it: "công chức cấp xã giờ 100% đã có hộp thư" as "100% công chức … đã có hộp thư"."""
    found = _OFFICIALS_TOPIC.search(ctx.pre) if ctx.unit == "percent" and _PREDICATE_OPENS.match(ctx.post) else None
    if found is None:
        return None
    return replace(ctx, pre=ctx.pre[:found.start("noun")], post=" " + found.group("noun") + ctx.post)


_COUNT_DIGITS = re.compile(r"\d{2,}|\d[.,]\d")  # a count, not a level's digit ("mức độ 4")


def without_aside(ctx: Context) -> Context:
    """A figure's context with an aside restating its subject blanked (same length), its clause reaching back over it
    to the subject: "Hồ sơ mức độ 4, tức nộp … qua mạng, mới bằng 0,49%" reads as "Hồ sơ mức độ 4 … mới bằng" (a
    count's too, before its copula: "hồ sơ mức độ 4, tức là …, là 913")."""
    shared = _ASIDE.search(ctx.sentence_before) if ctx.unit == "percent" and "," in ctx.sentence_before else None
    aside = shared or (_ASIDE_BEFORE_COPULA.search(ctx.sentence_before) if "," in ctx.sentence_before else None)
    if aside is None:
        return ctx
    start = max(ctx.sentence_before.rfind(",", 0, aside.start()), ctx.sentence_before.rfind(";", 0, aside.start())) + 1
    if _COUNT_DIGITS.search(ctx.sentence_before, start, aside.start()):
        return ctx  # ("206 hồ sơ … mức độ 4, tức là …, bằng 1,28%": the count's share, read after its comma as it is)
    if not shared and not first_head(ctx.sentence_before[start:aside.start()]):
        return ctx  # ("Tổng số pha bóng …, tức số hồ sơ … tiếp nhận, là 512.884": the gloss names what is counted)
    before = ctx.sentence_before[:aside.start()] + " " * (aside.end() - aside.start()) + ctx.sentence_before[aside.end():]
    return replace(ctx, sentence_before=before, pre=before[start:])


# "99,3%: hồ sơ giải quyết đúng hạn": a value opening its line or sentence, a colon, then the words that label it
_LABEL_AFTER_COLON = re.compile(r"\s*:\s*(?=[^\W\d_])")


def label_after_value(ctx: Context) -> Context | None:
    """A percentage opening its sentence and labelled by the words after a colon ("99,3%: hồ sơ giải quyết đúng hạn",
    a box of the week's numbers) read as if those words stood right after it: "99,3% hồ sơ giải quyết đúng hạn"."""
    found = _LABEL_AFTER_COLON.match(ctx.post) if ctx.unit == "percent" and not ctx.sentence_before.strip(" -–•*") \
        else None
    if found is None:
        return None
    return replace(ctx, post=" " + ctx.post[found.end():], clause_after=" " + ctx.clause_after[found.end():])


def reread(ctx: Context) -> Context:
    """The context a percentage is decided in: re-read by the first of the rules above that applies, else as it is."""
    return all_restated(ctx) or officials_as_topic(ctx) or label_after_value(ctx) or without_aside(ctx)
