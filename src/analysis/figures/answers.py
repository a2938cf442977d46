"""Answers: a short answer line right after a question line ("Hỏi: … có bao nhiêu hồ sơ được nộp qua mạng?" / "Đáp:
Chỉ 1.127 hồ sơ."), or right after its question sentence in one line ("Câu 1: …? Đáp án: …"): the answer's number
stands where the question's asking word stands, and the question's words around it say what the number is.

Choices: a question's lettered choices after its "?" in one line ("… bao nhiêu tài khoản? A. 4.150; B. 7.318;
C. 9.760.") are guesses; only the one an answer label later in the line names ("Đáp án đúng: B.") is a figure.

Words: structure.yml `question_labels`, `answer_labels`, `asking_words`, `choice_answer_labels`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import lexicon
from .context import Context

# a question's label, perhaps numbered ("Hỏi", "Câu 3")
_QUESTION_LABEL = rf"(?:{lexicon.union(lexicon.words('structure', 'question_labels'))})(?:\s+\d{{1,3}})?"
_QUESTION = re.compile(rf"^\W*{_QUESTION_LABEL}\s*:\s*(?P<asked>[^?]+?)\s*\?\s*$")  # "Câu 3: …?"
_ANSWER = re.compile(rf"^\W*(?:{lexicon.union(lexicon.words('structure', 'answer_labels'))})\s*:")
_ASKING = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'asking_words'))})(?!\w)")


def is_answer(question: str, answer: str) -> bool:
    """Whether `answer` (folded, from its line's start) is an answer line right after the question line `question`."""
    return bool(question) and bool(_ANSWER.match(answer)) and bool(_QUESTION.match(question))


def answered(ctx: Context, question: str, answer: str, asking: bool = True) -> Context | None:
    """The context of a number in an answer line (`answer`, folded, from the line's start) as the question line before
    it (`question`, folded) puts it: the question's words before its asking word before the number, those after it
    after; with no asking word (`asking` False: wanted), the whole question before it. None when the lines are no
    question and its answer."""
    asked = _QUESTION.match(question) if _ANSWER.match(answer) else None
    return as_asked(ctx, asked.group("asked"), asking) if asked else None


def as_asked(ctx: Context, words: str, asking: bool = True) -> Context | None:
    """The context of an answer's number as the question's words (`words`, folded) put it (see `answered`)."""
    ask = _ASKING.search(words)
    if ask is None and asking:
        return None  # "… thì sao, có để hồ sơ chậm không?" asks for no number: the answer's own words say what it is
    pre, post = (words[:ask.start()], words[ask.end():]) if ask else (f"{words}: ", "")
    return replace(ctx, pre=pre, sentence_before=pre, post=post or ctx.post, clause_after=post or ctx.clause_after,
                   in_paren=False)


# a choice's letter after the question mark or the choice before it ("? A. 28,4%; B. 41,7%", "– C. …")
_CHOICE = re.compile(r"(?:(?<=\?)|(?<=[;:.–—-]))\s*(?P<letter>[a-e])[.)]\s")  # (": A." after "Các phương án")
_CHOSEN = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'choice_answer_labels'))})\s*:?\s*"
                     r"(?P<letter>[a-e])(?!\w)")


_QUESTION_OPENING = re.compile(rf"{_QUESTION_LABEL}\s*[.:]\s*")  # "Câu 3. " before a lettered question's words


def _choices(text: str, folded: str, start: int, first: int) -> tuple[int, list[tuple[int, int, bool]]]:
    """The "?" of the lettered question right before `first` in its line (`text` keeps the line breaks `folded`, of the
    same length, may not), and its choices as (start, end, chosen); (-1, []) when there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (nl := text.find("\n", first)) < 0 else nl
    asked = folded.rfind("?", line_start, first)  # (the question right before the numbers; the next one ends its
    if asked < 0:                                 # choices and answer)
        return -1, []
    line_end = next_question if (next_question := folded.find("?", asked + 1, line_end)) > 0 else line_end
    chosen = _CHOSEN.search(folded, asked, line_end)  # (the answer label ends the choices: "… Đáp án đúng: C.")
    stop = chosen.start() if chosen else line_end
    choices = list(_CHOICE.finditer(folded, asked, stop))
    if len(choices) < 2 or not "abcde".startswith("".join(m.group("letter") for m in choices)):
        return -1, []
    ends = [m.start() for m in choices[1:]] + [stop]
    return asked, [(m.start(), end, bool(chosen) and chosen.group("letter") == m.group("letter"))
                   for m, end in zip(choices, ends)]


def wrong_choices(text: str, folded: str, start: int, starts: list[int]) -> set[int]:
    """Of the numbers at `starts` (in the sentence from `start`), those in a choice of a lettered question's line that
    an answer label later in the line does not name (all of them when none does)."""
    _, choices = _choices(text, folded, start, min(starts))
    return {p for p in starts for a, b, chosen in choices if a <= p < b and not chosen}


def chosen_question(text: str, folded: str, start: int, pos: int) -> str:
    """The words of the lettered question whose chosen choice holds the number at `pos` (its label dropped), else ''."""
    asked, choices = _choices(text, folded, start, pos)
    if not any(a <= pos < b and chosen for a, b, chosen in choices):
        return ""
    opened = max(folded.rfind("?", 0, asked), text.rfind("\n", 0, asked)) + 1
    words = folded[opened:asked].strip()
    label = _QUESTION_OPENING.match(words)
    return words[label.end():] if label else words
