"""The analyst's corrections as gold: the figures they reviewed (accepted, changed or dropped) and added are
the measure of the extractor on their own articles. Only reviewed figures count: a row nobody looked at is
neither right nor wrong."""
from __future__ import annotations

import pandas as pd

from .apply import apply_corrections

_KEY = ["doc_id", "start", "end"]


def reviewed(extracted: pd.DataFrame, lines: pd.DataFrame, documents: pd.DataFrame,
             texts: dict[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(gold, predicted) from the extractor's own table and the corrections: gold = the reviewed figures as
    corrected (accepted as they are, changed, added), predicted = the extractor's rows that were reviewed."""
    applied = apply_corrections(extracted, lines, documents, texts)
    done = applied.outcomes[applied.outcomes["outcome"] == "applied"]
    targets = done[done["action"] != "add"][[*_KEY, "metric", "value"]].astype({"start": "int64", "end": "int64"})
    predicted = extracted.merge(targets, on=[*_KEY, "metric", "value"], how="inner")
    corrected = applied.figures
    offsets = done[done["action"].isin(["accept", "change", "add"])][_KEY].astype({"start": "int64", "end": "int64"})
    gold = corrected.merge(offsets.drop_duplicates(), on=_KEY, how="inner")
    gold = gold[gold["source"].isin(["corrected", "added"]) | gold.set_index(_KEY).index.isin(
        done[done["action"] == "accept"].set_index(_KEY).index)]
    return gold.assign(tier="core").reset_index(drop=True), predicted.reset_index(drop=True)
