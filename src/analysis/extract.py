"""Extraction: article text -> the tidy figures table, for one text or a whole folder."""
from __future__ import annotations

import csv
from bisect import bisect_left
import hashlib
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors

from . import cues
from .metrics import Context, Decision, decide
from .numbers import NumberToken, scan_numbers
from .periods import Period, dateline_year, find_periods, pick_period, year_of
from .provinces import canonical_province, province_from_text, province_from_url
from .schema import ERROR_COLUMNS, FIGURE_COLUMNS, as_figures, empty_figures
from .textclean import DecodeError, Sentence, decode, fold, normalize, paragraphs, sentences
from .tableio import write_table

DOCUMENT_COLUMNS = ("doc_id", "path", "province", "province_source", "year", "published", "url",
                    "encoding", "n_chars", "n_figures", "sha256")
MANIFEST_COLUMNS = ("doc_id", "url", "published", "province")


@dataclass
class Document:
    """One article prepared for extraction: its text, views of it, and what is known about it."""

    doc_id: str
    text: str
    folded: str
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    province: str | None
    province_source: str
    year: int | None
    meta: Mapping[str, object] = field(default_factory=dict)


def prepare(text: str, doc_id: str, meta: Mapping[str, object] | None = None) -> Document:
    """Normalise the text and settle the document-level facts: province and default year."""
    meta = dict(meta or {})
    text = normalize(text)
    folded = fold(text)
    paras = paragraphs(text, folded)
    province, source = None, ""
    for candidate, origin in (
        (canonical_province(str(meta.get("province") or "")), "manifest"),
        (province_from_text(text, paras, folded), "text"),
        (province_from_url(str(meta.get("url") or "")), "url"),
    ):
        if candidate:
            province, source = candidate, origin
            break
    year = year_of(meta.get("published")) or dateline_year(text)
    if year is None and paras:
        lead = [p for p in find_periods(folded, text, *paras[0]) if p.year and p.role in ("frame", "target")]
        year = lead[0].year if lead else None
    return Document(doc_id, text, folded, sentences(text, paras), paras, province, source, year, meta)


def _boundaries(folded: str, start: int, end: int) -> list[int]:
    return [m.start() for m in re.finditer(r"[;:]", folded[start:end])]


_PARENS = re.compile(r"[()]")


def _enclosing_paren(folded: str, start: int, pos: int, end: int) -> tuple[int, int] | None:
    """The parenthesis that contains pos within [start, end), as (open, close+1)."""
    open_at: list[int] = []
    for m in _PARENS.finditer(folded, start, pos):
        if m.group() == "(":
            open_at.append(m.start())
        elif open_at:
            open_at.pop()
    if not open_at:
        return None
    depth = 1
    for m in _PARENS.finditer(folded, pos, end):
        depth += 1 if m.group() == "(" else -1
        if depth == 0:
            return open_at[-1], m.end()
    return open_at[-1], end


@dataclass
class _Seen:
    token: NumberToken
    decision: Decision | None
    scope: str
    clause_start: int


def _sentence_rows(doc: Document, s_index: int, para_periods: dict[int, list[Period]],
                   scanned: list[NumberToken]) -> list[dict]:
    s = doc.sentences[s_index]
    folded, text = doc.folded, doc.text
    tokens = [t for t in scanned if t.figure]
    if not tokens:
        return []
    para = doc.paragraphs[s.paragraph]
    if s.paragraph not in para_periods:
        para_periods[s.paragraph] = find_periods(folded, text, *para)
    s_periods = [p for p in para_periods[s.paragraph] if s.start <= p.start and p.end <= s.end]
    nxt = doc.sentences[s_index + 1] if s_index + 1 < len(doc.sentences) else None
    next_span = (nxt.start, nxt.end) if nxt and nxt.paragraph == s.paragraph else None
    cuts = [s.start + b for b in _boundaries(folded, s.start, s.end)]
    planned = cues.planned_sentence(folded, (s.start, s.end), para, next_span)
    sentence_cues = cues.sentence_cues(folded, s.start, s.end)
    rows: list[dict] = []
    seen: list[_Seen] = []
    breakdown: tuple[int, int] | None = None
    for i, tok in enumerate(tokens):
        clause_start = max([c + 1 for c in cuts if c < tok.start], default=s.start)
        clause_end = min([c for c in cuts if c >= tok.end], default=s.end)
        prev = seen[-1] if seen else None
        pre_start = max(clause_start, prev.token.end if prev else s.start)
        paren = _enclosing_paren(folded, s.start, tok.start, s.end)
        post_end = min(tokens[i + 1].start if i + 1 < len(tokens) else s.end, clause_end)
        if paren:
            post_end = min(post_end, paren[1] - 1)
        ratio_word = re.search(r"t[ỷỉ] lệ|,?\s*\b(?:trong đó|trong số đó|bao gồm)\b", folded[tok.end:post_end])
        if ratio_word:
            post_end = tok.end + ratio_word.start()
        prev_decided = next((p for p in reversed(seen) if p.decision), None)
        ctx = Context(
            unit=tok.unit, pre=folded[pre_start:tok.start], post=folded[tok.end:post_end],
            clause_after=folded[tok.end:clause_end], sentence_after=folded[tok.end:s.end],
            sentence_before=folded[s.start:tok.start],
            in_paren=paren is not None,
            prev_metric=prev_decided.decision.metric if prev_decided else None,
            prev_unit=prev_decided.decision.unit if prev_decided else None,
            prev_head=prev_decided.decision.head if prev_decided else None,
            prev_in_clause=bool(prev_decided and prev_decided.clause_start == clause_start),
        )
        decision = decide(ctx)
        # A count listed in parentheses right after a count of the same thing is a part of it
        # ("105 điểm (31 điểm …; 71 xã …)"): the audit reads those parts, they are not figures.
        if decision and paren and decision.unit == "count":
            if breakdown == paren or (prev_decided and prev_decided.decision.unit == "count"
                                      and prev_decided.decision.head == decision.head
                                      and prev_decided.token.end <= paren[0]
                                      and not re.search(r"[;:]", folded[prev_decided.token.end:paren[0]])):
                breakdown = paren
                decision = None
        scope = _scope(doc, tok, decision, ctx, clause_start, pre_start, post_end, prev_decided, tokens)
        seen.append(_Seen(tok, decision, scope, clause_start))
        if decision is None:
            continue
        period = pick_period(s_periods, tok.start, folded, s.start, s.end) or pick_period(
            para_periods[s.paragraph], tok.start, folded, *para)
        year = period.year if period and period.year else None
        if year is None:
            dated = pick_period(s_periods, tok.start, folded, s.start, s.end, need_year=True) or pick_period(
                para_periods[s.paragraph], tok.start, folded, *para, need_year=True)
            year = dated.year if dated else doc.year
        state = cues.status(folded, tok.start, tok.end, (s.start, s.end), paren, planned, sentence_cues)
        if state == "actual" and period and period.role == "target" and doc.year and period.year and period.year > doc.year:
            state = "target"
        rows.append({
            "doc_id": doc.doc_id, "province": doc.province, "year": year,
            "period": period.text if period else None,
            "metric": decision.metric, "value": float(tok.value),
            "unit": decision.unit, "denominator": tok.denominator if tok.unit == "fraction" else None,
            "qualifier": cues.qualifier(folded, tok.start, tok.end), "status": state,
            "scope": scope or None, "evidence": text[s.start:s.end], "start": tok.start, "end": tok.end,
        })
    return rows + _implied_ranks(doc, s, scanned, rows)


_RANK_MOVE = re.compile(r"(?P<dir>tăng|giảm|tụt|vượt lên)\s+(?:thêm\s+)?$")
_RANK_BASE = re.compile(r"^\s*(?:bậc|hạng|vị trí|bậc xếp hạng)\s+so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})")


def _implied_ranks(doc: Document, s: Sentence, scanned: list[NumberToken], rows: list[dict]) -> list[dict]:
    """Earlier places implied by a move: "xếp vị trí 47/63, giảm 7 bậc so với năm 2017" -> 40 in 2017
    (falling 7 places means the earlier place number was 7 smaller)."""
    ranks = [r for r in rows if r["unit"] == "rank" and r["status"] == "actual"]
    if not ranks or "bậc" not in doc.folded[s.start:s.end]:
        return []
    implied = []
    for tok in scanned:
        move = _RANK_MOVE.search(doc.folded, max(s.start, tok.start - 20), tok.start)
        base = _RANK_BASE.match(doc.folded[tok.end:s.end])
        earlier = [r for r in ranks if r["end"] <= tok.start]
        if not (tok.unit == "count" and move and base and earlier and tok.value):
            continue
        current = earlier[-1]
        step = -tok.value if move.group("dir") in ("giảm", "tụt") else tok.value
        value = current["value"] + step
        if value >= 1:
            implied.append({**current, "year": int(base.group("y")), "period": f"năm {base.group('y')}",
                            "value": float(value), "qualifier": "exact", "start": tok.start, "end": tok.end})
    return implied


def _scope(doc: Document, tok: NumberToken, decision: Decision | None, ctx: Context, clause_start: int,
           pre_start: int, post_end: int, prev: _Seen | None, figures: list[NumberToken]) -> str:
    """Scope of a figure: a named agency right before it, else scope words of its own phrase,
    else of its clause's opening (first figure of the clause), else its predecessor's."""
    agency = cues.agency_before(doc.folded, doc.text, max(clause_start, tok.start - 60), tok.start)
    if agency:
        return agency
    if decision is None:
        return ""
    same_clause = prev is not None and prev.clause_start == clause_start
    if decision.how == "share" and prev:
        return prev.scope
    if decision.how == "subject":
        sentence_start = tok.start - len(ctx.sentence_before)
        subjects = list(re.finditer(r"t[ỷỉ] lệ", ctx.sentence_before))
        subject_at = sentence_start + subjects[-1].start() if subjects else pre_start
        windows = [(subject_at, tok.start)]
        lead = doc.folded[sentence_start:subject_at]
        if not any(sentence_start <= t.start < subject_at for t in figures):
            cuts = [m.start() for m in re.finditer(r"[;:]", lead)]
            windows.insert(0, (sentence_start + (cuts[-1] + 1 if cuts else 0), subject_at))
        found = cues.scope(doc.folded, doc.text, windows)
    else:
        windows = [(tok.end, post_end)]
        if not same_clause:
            windows.insert(0, (clause_start, tok.start))
        found = cues.scope(doc.folded, doc.text, windows)
    if not found and same_clause and prev and prev.decision and decision.how in ("head", "inherited"):
        return prev.scope
    return found


def _dedupe(rows: list[dict]) -> list[dict]:
    """One row per figure restated in the same document (headline and body): same metric, value,
    qualifier, status and scope, and the same year or a year missing on one side. The statement
    kept is the one that says more (a year, then a period); ties keep the first."""
    key_cols = ("metric", "value", "unit", "denominator", "qualifier", "status", "scope")
    kept: list[dict | None] = []
    slots: dict[tuple, list[int]] = {}
    for row in rows:
        same = slots.setdefault(tuple(row[c] for c in key_cols), [])
        twin = next((i for i in same if kept[i]["year"] is None or row["year"] is None
                     or kept[i]["year"] == row["year"]), None)
        if twin is None:
            same.append(len(kept))
            kept.append(row)
        elif (row["year"] is not None, bool(row["period"])) > (kept[twin]["year"] is not None, bool(kept[twin]["period"])):
            kept[twin] = row
    return [row for row in kept if row is not None]


def document_rows(doc: Document) -> list[dict]:
    """The figures of a prepared document as plain rows (validated later, in batches)."""
    para_periods: dict[int, list[Period]] = {}
    rows: list[dict] = []
    tokens: list[NumberToken] = []
    for start, end in doc.paragraphs:
        tokens.extend(scan_numbers(doc.folded, start, end))
    starts = [t.start for t in tokens]
    for index, s in enumerate(doc.sentences):
        scanned = tokens[bisect_left(starts, s.start):bisect_left(starts, s.end)]
        if scanned:
            rows.extend(_sentence_rows(doc, index, para_periods, scanned))
    return _dedupe(rows)


def extract_document(doc: Document) -> pd.DataFrame:
    """The figures of a prepared document, validated against the schema."""
    return as_figures(document_rows(doc))


def extract_text(text: str, doc_id: str = "doc", meta: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Article text -> figures table (offsets index the normalised text, see textclean)."""
    return extract_document(prepare(text, doc_id, meta))


# --- folders --------------------------------------------------------------------------------

class ExtractError(Exception):
    """A file that could not be extracted; the message names the file and the reason."""


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """manifest.csv -> {doc_id: {url, published, province}}; only doc_id is required."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "doc_id" not in reader.fieldnames:
                raise ExtractError(f"{path}: manifest has no doc_id column (columns: {reader.fieldnames})")
            return {row["doc_id"].strip(): {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS[1:]}
                    for row in reader if (row.get("doc_id") or "").strip()}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ExtractError(f"{path}: cannot read manifest: {exc}") from exc


def article_paths(raw_dir: Path) -> list[Path]:
    """The article files of a folder: every *.txt, sorted by name."""
    return sorted(p for p in raw_dir.glob("*.txt") if not p.name.startswith("."))


def _read_bytes(path: Path) -> bytes | OSError:
    try:
        return path.read_bytes()
    except OSError as exc:
        return exc


def prefetched(paths: Iterable[Path], ahead: int = 8) -> Iterator[tuple[Path, bytes | OSError]]:
    """(path, bytes or the OSError) in order, read a few files ahead on a thread: file I/O waits
    overlap with extraction while memory holds at most `ahead` files."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        window: deque = deque()
        for path in paths:
            window.append((path, pool.submit(_read_bytes, path)))
            if len(window) > ahead:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


def read_article(path: Path, data: bytes | OSError | None = None) -> tuple[str, str, str]:
    """(text, encoding, sha256) of an article file (or of its bytes already read), or ExtractError
    naming the file and the problem."""
    data = _read_bytes(path) if data is None else data
    if isinstance(data, OSError):
        raise ExtractError(f"{path}: cannot read: {data.strerror or data}") from data
    if not data.strip():
        raise ExtractError(f"{path}: empty file")
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        raise ExtractError(f"{path}: {exc}") from exc
    return text, encoding, hashlib.sha256(data).hexdigest()


@dataclass
class FileResult:
    """What one file gave: its figure rows and document row, or the error."""

    path: Path
    rows: list[dict] | None
    document: dict | None
    error: str | None


def iter_extract(raw_dir: Path, manifest: Path | None = None, progress: bool = False) -> Iterator[FileResult]:
    """Extract the folder one file at a time (memory stays flat, whatever the corpus size)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise ExtractError(f"{raw_dir}: not a folder")
    manifest = Path(manifest) if manifest else raw_dir / "manifest.csv"
    metas = read_manifest(manifest) if manifest.exists() else {}
    paths = article_paths(raw_dir)
    if progress and len(paths) > 1:
        from tqdm import tqdm

        paths = tqdm(paths, desc="extract", unit="file", file=sys.stderr)
    for path, data in prefetched(paths):
        doc_id = path.stem
        meta = metas.get(doc_id, {})
        try:
            text, encoding, digest = read_article(path, data)
            doc = prepare(text, doc_id, meta)
            rows = document_rows(doc)
        except ExtractError as exc:
            yield FileResult(path, None, None, str(exc))
            continue
        except Exception as exc:  # a bug must not cost the rest of the corpus; it is reported
            yield FileResult(path, None, None, f"{path}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        yield FileResult(path, rows, {
            "doc_id": doc_id, "path": str(path), "province": doc.province, "province_source": doc.province_source,
            "year": doc.year, "published": meta.get("published") or None, "url": meta.get("url") or None,
            "encoding": encoding, "n_chars": len(doc.text), "n_figures": len(rows), "sha256": digest,
        }, None)


@dataclass
class CorpusResult:
    """A folder's figures, one row per document read, and one row per file that failed."""

    figures: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame


def extract_corpus(raw_dir: Path | str, manifest: Path | str | None = None, progress: bool = False) -> CorpusResult:
    """Extract a folder into in-memory tables (for notebooks; the CLI streams instead)."""
    rows, documents, errors = [], [], []
    for result in iter_extract(Path(raw_dir), Path(manifest) if manifest else None, progress):
        if result.error:
            errors.append({"path": str(result.path), "doc_id": result.path.stem, "error": result.error})
        else:
            rows.extend(result.rows)
            documents.append(result.document)
    return CorpusResult(
        as_figures(rows),
        pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS)).astype({"year": "Int64"}),
        pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
    )


class _StreamWriter:
    """Validates figure rows in batches, appends them to a temporary file, moves it into place at the end."""

    batch_rows = 20_000

    def __init__(self, out: Path) -> None:
        self.out, self.suffix = out, out.suffix.lower()
        if self.suffix not in (".csv", ".parquet"):
            raise ExtractError(f"{out}: unsupported output format {self.suffix or '(none)'}; use .csv or .parquet")
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=self.suffix, dir=out.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.rows = 0
        self._pending: list[tuple[Path, list[dict]]] = []
        self._queued = 0
        self._parquet = None
        if self.suffix == ".csv":
            empty_figures().to_csv(self.tmp, index=False)

    def write(self, path: Path, rows: list[dict]) -> list[dict]:
        """Queue one document's rows; returns error rows for documents whose figures failed validation."""
        self._pending.append((path, rows))
        self._queued += len(rows)
        return self._flush() if self._queued >= self.batch_rows else []

    def _flush(self) -> list[dict]:
        batch, self._pending, self._queued = self._pending, [], 0
        rows = [row for _, doc_rows in batch for row in doc_rows]
        if not rows:
            return []
        try:
            self._append(as_figures(rows), rows)
            return []
        except pa_errors.SchemaError:  # find the document(s) at fault, keep the others
            errors = []
            for path, doc_rows in batch:
                try:
                    self._append(as_figures(doc_rows), doc_rows)
                except pa_errors.SchemaError as exc:
                    errors.append({"path": str(path), "doc_id": path.stem,
                                   "error": f"{path}: figures failed validation: {str(exc).splitlines()[0]}"})
            return errors

    def _append(self, figures: pd.DataFrame, rows: list[dict]) -> None:
        """Append a validated batch; CSV goes through the csv module from the (same) plain rows,
        several times faster than pandas' writer on Arrow-backed strings."""
        if figures.empty:
            return
        if self.suffix == ".csv":
            with open(self.tmp, "a", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerows([["" if row[c] is None else row[c] for c in FIGURE_COLUMNS] for row in rows])
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pa.Schema.from_pandas(empty_figures(), preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.tmp, schema)
            self._parquet.write_table(pa.Table.from_pandas(figures, schema=schema, preserve_index=False))
        self.rows += len(figures)

    def close(self) -> list[dict]:
        errors = self._flush()
        if self.suffix == ".parquet":
            if self._parquet is None:
                empty_figures().to_parquet(self.tmp, index=False)
            else:
                self._parquet.close()
        os.replace(self.tmp, self.out)
        return errors

    def abort(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self.tmp.unlink(missing_ok=True)


def side_paths(out: Path) -> tuple[Path, Path]:
    """Where the documents and errors tables of an output go: beside it, same stem."""
    return out.with_name(f"{out.stem}_documents.csv"), out.with_name(f"{out.stem}_errors.csv")


def run_extract(raw_dir: Path, out: Path, manifest: str | Path | None = None, progress: bool = True) -> int:
    """CLI body: stream the folder into `out`, write documents and errors beside it; 1 if any file failed."""
    try:
        writer = _StreamWriter(Path(out))
    except ExtractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    documents, errors = [], []
    try:
        for result in iter_extract(Path(raw_dir), Path(manifest) if manifest else None, progress):
            if result.error:
                errors.append({"path": str(result.path), "doc_id": result.path.stem, "error": result.error})
            else:
                errors.extend(writer.write(result.path, result.rows))
                documents.append(result.document)
    except ExtractError as exc:
        writer.abort()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BaseException:
        writer.abort()
        raise
    errors.extend(writer.close())
    failed = {e["doc_id"] for e in errors}
    documents = [d for d in documents if d["doc_id"] not in failed]
    for error in errors:
        print(f"error: {error['error']}", file=sys.stderr)
    docs_path, errors_path = side_paths(Path(out))
    write_table(pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS)), docs_path)
    write_table(pd.DataFrame(errors, columns=list(ERROR_COLUMNS)), errors_path)
    print(f"extracted {writer.rows} figures from {len(documents)} documents"
          f" ({len(errors)} failed) -> {out}", file=sys.stderr)
    return 1 if errors else 0
