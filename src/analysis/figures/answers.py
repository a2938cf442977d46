"""Answers: a short answer line right after a question line ("Hỏi: … có bao nhiêu hồ sơ được nộp qua mạng?" / "Đáp:
Chỉ 1.127 hồ sơ."), or right after its question sentence in one line ("Câu 1: …? Đáp án: …"): the answer's number
stands where the question's asking word stands, and the question's words around it say what the number is. Words: structure.yml `question_labels`, `answer_labels`, `asking_words`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import lexicon
from .context import Context

# (a numbered question: "Câu 3: …?")
_QUESTION = re.compile(rf"^\W*(?:{lexicon.union(lexicon.words('structure', 'question_labels'))})(?:\s+\d{{1,3}})?"
                       r"\s*:\s*(?P<asked>[^?]+?)\s*\?\s*$")
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
    if asked is None:
        return None
    words = asked.group("asked")
    ask = _ASKING.search(words)
    if ask is None and asking:
        return None  # "… thì sao, có để hồ sơ chậm không?" asks for no number: the answer's own words say what it is
    pre, post = (words[:ask.start()], words[ask.end():]) if ask else (f"{words}: ", "")
    return replace(ctx, pre=pre, sentence_before=pre, post=post or ctx.post, clause_after=post or ctx.clause_after,
                   in_paren=False)
