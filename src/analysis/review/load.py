"""What the review notebook reads: the extractor's figures (a folder extracted here, or a figures table and
the tables beside it), the corrections file applied to them, the ratio tables, the article texts."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..figures.corpus import extract_corpus, side_paths
from ..ratios.audit import audit
from ..ratios.build import compute_ratios
from ..reports.inputs import existing_input, resolve_input
from ..tableio import read_figures, read_result_table
from .apply import Applied, apply_corrections
from .corrections import beside, empty_corrections, read_corrections
from .evidence import article_texts


@dataclass
class Review:
    """The corrected figures with their outcomes, the documents (sha256, path), ratios, audit, article texts."""

    applied: Applied
    corrections: pd.DataFrame
    corrections_path: Path
    documents: pd.DataFrame
    ratios: pd.DataFrame
    consistency: pd.DataFrame
    texts: dict[str, str]

    @property
    def figures(self) -> pd.DataFrame:
        return self.applied.figures

    def sha256(self, doc_id: str) -> str:
        """The article's sha256 as the documents table has it."""
        docs = self.documents.set_index("doc_id")["sha256"]
        return str(docs.get(doc_id, ""))


def extractor_tables(source: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the extractor's figures, documents): a folder extracted here, or a figures table — its `_extracted`
    twin when it was corrected already — with the documents table beside it."""
    path = existing_input(source)
    if path.is_dir():
        corpus = extract_corpus(path)
        return corpus.figures, corpus.documents
    figures = read_figures(path)
    if "source" in figures:
        figures = read_figures(beside(path)[0])
    docs_path = side_paths(path)[0]
    documents = read_result_table(docs_path) if docs_path.exists() else pd.DataFrame(columns=["doc_id", "sha256"])
    return figures, documents


def load_review(figures: str | Path, corrections: str | Path, tables: str | Path | None = None) -> Review:
    """Everything the review notebook shows: corrections (absent file: none) applied to the extractor's
    figures; ratios.csv and consistency.csv from `tables`, or computed here from the corrected figures."""
    extracted, documents = extractor_tables(figures)
    path = resolve_input(corrections)
    lines = read_corrections(path) if path.exists() else empty_corrections()
    texts = article_texts(documents)
    applied = apply_corrections(extracted, lines, documents, texts)
    if tables is not None:
        folder = existing_input(tables, "tables")
        ratios, consistency = (read_result_table(folder / f"{n}.csv") for n in ("ratios", "consistency"))
    else:
        ratios, consistency = compute_ratios(applied.figures), audit(applied.figures)
    return Review(applied, lines, path, documents, ratios, consistency, texts)
