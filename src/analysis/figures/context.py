"""The text around one figure as the metric rules read it, and what they decide about it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Context:
    """The text around one figure, as the extractor cut it (all folded). Treated as immutable (derive a
    new one with dataclasses.replace); not frozen only because a frozen 17-field init costs 6x more."""

    unit: str                 # count | percent | fraction (from the number scanner)
    pre: str                  # since the previous figure or the clause start
    post: str                 # to the next figure, clause end, closing parenthesis or next "tỷ lệ"
    clause_after: str         # to the end of the clause
    sentence_after: str       # to the end of the sentence
    sentence_before: str      # from the start of the sentence
    in_paren: bool
    prev_metric: str | None   # the previous figure of the same sentence
    prev_unit: str | None
    prev_head: str | None
    prev_in_clause: bool      # the previous figure is in the same clause
    para_pct_metric: str | None = None  # the last percentage metric of the paragraph so far (or the one before)
    first_rate: str | None = None  # the rate the article stated first
    rate_nearby: bool = False  # para_pct_metric is the paragraph's, the sentence's or the heading's (not from further)
    item_name: str = ""       # a capitalised name listed right before the number ("…: Cù Lao Dung 2,1%")
    after_count: bool = False  # the number right before, in the same clause, is a count (decided or not)
    pre_cut: bool = False      # `pre` starts at a clause or list-item edge, not right after the number before
    prev_adjacent: bool = True  # no other number stands between this one and the previous decided figure
    context_before: str = ""   # the sentence before in the paragraph (or the heading above it)
    prev_like: Decision | None = None  # the last decided figure of the clause in this one's unit (percent or not)
    title: str = ""            # the article's headline, if it has one
    paragraph_before: str = ""  # the paragraph before the sentence's (a ranking named there frames a bare rank)
    article_ranking: str | None = None  # the one ranking the article named by its index's name before the sentence
    accounts_email: bool = False  # the system named last before the figure, of those owning accounts, is e-mail
    mail_last: bool = False  # the same for a percentage, whatever its sentence names (an officials' share of use)


@dataclass(frozen=True)
class Decision:
    """A figure's metric, its unit in the figures table, and how the metric was found."""

    metric: str
    unit: str
    head: str | None
    how: str  # head | subject | share | inherited | rank

