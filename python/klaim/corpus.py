"""The Corpus: every table of a news corpus as polars DataFrames."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from typing import Any

import polars as pl

from . import _core, _io
from .lexicon import Lexicon

__all__ = ["Corpus", "find_dates", "from_frame", "read_corpus"]


class Corpus:
    """A read corpus. Each table is a ``polars.DataFrame`` (``.to_pandas()`` for pandas):

    - ``documents``: one row per article (metadata, publication date, clean ``text``);
    - ``sentences``, ``dates``, ``mentions``, ``quotes``, ``stances``: offsets are
      Python string indices into ``documents.text``;
    - ``errors``: one row per input that could not become a document.

    Every input record is either a ``documents`` row or an ``errors`` row.
    """

    def __init__(self, tables: dict[str, pl.DataFrame], lexicon: Lexicon | None = None) -> None:
        missing = [t for t in _io.TABLES if t not in tables]
        if missing:
            raise ValueError(f"Corpus needs the tables {missing}")
        self._tables = dict(tables)
        self._lexicon = lexicon

    # -- tables ---------------------------------------------------------------
    @property
    def documents(self) -> pl.DataFrame:
        """One row per article."""
        return self._tables["documents"]

    @property
    def sentences(self) -> pl.DataFrame:
        """One row per sentence: doc_id, sentence_id, start, end, text, date."""
        return self._tables["sentences"]

    @property
    def dates(self) -> pl.DataFrame:
        """One row per temporal expression, resolved against the article's anchor."""
        return self._tables["dates"]

    @property
    def mentions(self) -> pl.DataFrame:
        """One row per actor mention with canonical actor id and country."""
        return self._tables["mentions"]

    @property
    def quotes(self) -> pl.DataFrame:
        """One row per statement (direct quote or reported speech) with its speaker."""
        return self._tables["quotes"]

    @property
    def stances(self) -> pl.DataFrame:
        """One row per (statement, claim): speaker, country, stance, date, evidence."""
        return self._tables["stances"]

    @property
    def errors(self) -> pl.DataFrame:
        """One row per input that could not be read: path, record, kind, message."""
        return self._tables["errors"]

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon the corpus was read with."""
        return self._lexicon if self._lexicon is not None else Lexicon.default()

    def tables(self) -> dict[str, pl.DataFrame]:
        """All tables by name."""
        return dict(self._tables)

    def __len__(self) -> int:
        return self.documents.height

    def __repr__(self) -> str:
        t = self._tables
        return (f"<klaim.Corpus: {t['documents'].height} documents, {t['sentences'].height} sentences, "
                f"{t['mentions'].height} mentions, {t['quotes'].height} quotes, {t['stances'].height} stances, "
                f"{t['errors'].height} errors>")

    # -- explain --------------------------------------------------------------
    def explain(self, doc_id: str) -> Explanation:
        """The article with actors, cues and stances marked up.

        In Jupyter it renders as HTML (article text escaped); ``str()`` gives plain text.
        Raises KeyError for an unknown doc_id.
        """
        docs = self.documents.filter(pl.col("doc_id") == doc_id)
        if docs.height == 0:
            raise KeyError(f"no document {doc_id!r} in this corpus")
        return Explanation(
            docs.row(0, named=True),
            self.mentions.filter(pl.col("doc_id") == doc_id),
            self.stances.filter(pl.col("doc_id") == doc_id),
            self.quotes.filter(pl.col("doc_id") == doc_id),
        )

    # -- analytics (klaim.analytics, klaim.review) ----------------------------------
    def claim_frequency(self, every: str = "1mo", by: str | Sequence[str] = "claim", unit: str = "documents",
                        dedup: bool = True, **kwargs: Any) -> pl.DataFrame:
        """Claim mentions per period and group; see :func:`klaim.analytics.claim_frequency`."""
        from . import analytics
        return analytics.claim_frequency(self, every, by, unit, dedup, **kwargs)

    def stance_timeline(self, every: str = "1mo", actors: str | Sequence[str] | None = None,
                        claims: str | Sequence[str] | None = None, **kwargs: Any) -> pl.DataFrame:
        """Stance counts and net polarity per period, actor and claim; see :func:`klaim.analytics.stance_timeline`."""
        from . import analytics
        return analytics.stance_timeline(self, every, actors, claims, **kwargs)

    def stance_matrix(self, at: Any = None, **kwargs: Any) -> pl.DataFrame:
        """Each actor's latest stance per claim as of ``at``; see :func:`klaim.analytics.stance_matrix`."""
        from . import analytics
        return analytics.stance_matrix(self, at, **kwargs)

    def stance_changes(self, **kwargs: Any) -> pl.DataFrame:
        """Where an actor's stance on a claim flips; see :func:`klaim.analytics.stance_changes`."""
        from . import analytics
        return analytics.stance_changes(self, **kwargs)

    def to_review(self, path: str | os.PathLike[str], sample: int = 200, seed: int = 0) -> pl.DataFrame:
        """Writes a sample of stances to label by hand; see :func:`klaim.review.to_review`."""
        from . import review
        return review.to_review(self, path, sample=sample, seed=seed)


class Explanation:
    """What klaim found in one article; renders as HTML in notebooks, text elsewhere."""

    def __init__(self, doc: dict[str, Any], mentions: pl.DataFrame, stances: pl.DataFrame,
                 quotes: pl.DataFrame) -> None:
        self.doc, self.mentions, self.stances, self.quotes = doc, mentions, stances, quotes

    def __str__(self) -> str:
        d = self.doc
        head = [f"{d['doc_id']}  language={d['language']}  pub_date={d['pub_date']} ({d['pub_date_precision']})",
                f"outlet={d['outlet']}  wire={d['wire']}  dateline={d['dateline']}  author={d['author']}"]
        lines = [*head, ""]
        for m in self.mentions.iter_rows(named=True):
            lines.append(f"  actor   [{m['start']}:{m['end']}] {m['surface']!r} -> {m['actor_id']} ({m['country']})")
        for s in self.stances.iter_rows(named=True):
            via = f" via {', '.join(s['via'])}" if s["via"] else ""
            lines.append(f"  stance  {s['country'] or '-'} {s['stance']:<6} {s['claim']}  speaker={s['speaker']!r}"
                         f"{via}  cue={s['cue']!r}  date={s['date']}")
            lines.append(f"          \u201c{s['evidence']}\u201d")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        text: str = self.doc["text"]
        marks: list[tuple[int, int, str, str]] = []
        for m in self.mentions.iter_rows(named=True):
            marks.append((m["start"], m["end"], "actor", f"{m['actor_id']} ({m['country'] or 'non-state'})"))
        # Non-overlapping spans, earliest first; later overlapping ones are skipped.
        marks.sort()
        out, pos = [], 0
        for start, end, cls, title in marks:
            if start < pos:
                continue
            out.append(html.escape(text[pos:start]))
            out.append(f'<mark class="klaim-{cls}" title="{html.escape(title)}">{html.escape(text[start:end])}</mark>')
            pos = end
        out.append(html.escape(text[pos:]))
        body = "".join(out).replace("\n", "<br>")
        rows = []
        colours = {"assert": "#d62728", "deny": "#1f77b4", "hedge": "#ff7f0e"}
        for s in self.stances.iter_rows(named=True):
            colour = colours.get(s["stance"], "#555")
            via = html.escape(", ".join(s["via"])) if s["via"] else ""
            rows.append(
                "<tr>"
                f"<td>{html.escape(str(s['country'] or '-'))}</td>"
                f"<td>{html.escape(str(s['speaker'] or '-'))}</td>"
                f"<td>{html.escape(s['claim'])}</td>"
                f'<td style="color:{colour};font-weight:bold">{html.escape(s["stance"])}</td>'
                f"<td>{html.escape(str(s['date'] or ''))}</td>"
                f"<td>{via}</td>"
                f"<td>{html.escape(s['cue'])}</td>"
                f"<td>{html.escape(s['evidence'])}</td>"
                "</tr>"
            )
        d = self.doc
        meta = html.escape(f"{d['doc_id']} | {d['language']} | pub_date {d['pub_date']} | outlet {d['outlet']} | "
                           f"wire {d['wire']} | dateline {d['dateline']}")
        table = ("<table><tr><th>country</th><th>speaker</th><th>claim</th><th>stance</th><th>date</th>"
                 "<th>via</th><th>cue</th><th>evidence</th></tr>" + "".join(rows) + "</table>") if rows else \
            "<p><em>no stances found</em></p>"
        style = ("<style>.klaim-actor{background:#e8f0fe;border-bottom:2px solid #4285f4}"
                 ".klaim-explain table{border-collapse:collapse;font-size:90%}"
                 ".klaim-explain td,.klaim-explain th{border:1px solid #ddd;padding:2px 6px;vertical-align:top}</style>")
        return (f'{style}<div class="klaim-explain"><p><strong>{meta}</strong></p>'
                f'<div style="max-width:60em;line-height:1.5">{body}</div>{table}</div>')


def read_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
                columns: dict[str, str] | None = None, lexicon: Lexicon | None = None,
                reference_date: Any = None, strict: bool = False, threads: int | None = None,
                progress: bool | None = None, max_doc_bytes: int = 10 * 1024 * 1024) -> Corpus:
    """Reads a news corpus into a :class:`Corpus`.

    ``source`` is a directory (read recursively: ``*.txt``, ``*.jsonl``, ``*.json``,
    ``*.csv``, ``*.parquet``), one file, or a list of paths. Tabular inputs are read
    by column name (``text``/``content``/``body``/``isi`` ...) or by an explicit
    ``columns={"text": "isi_berita", "date": "tanggal_publikasi", "title": "judul",
    "outlet": "sumber", "url": "url", "id": "id"}``.

    ``reference_date`` anchors relative dates of documents with no publication date;
    klaim never anchors on today's date. ``threads`` caps the worker threads
    (default: all cores). ``progress`` shows a bar on stderr (default: for more than
    a few thousand files). Documents over ``max_doc_bytes`` are errors, never truncated;
    ``max_doc_bytes`` above 2 GiB raises ValueError. The tables come as polars frames
    in chunks (one per 4 MiB of clean text), adopted without a copy; every text column
    views the one copy of the clean text (``.rechunk()`` a frame for many joins).

    Raises FileNotFoundError for a missing path. Anything unreadable inside the
    corpus becomes a row of ``errors``; with ``strict=True`` the first such problem
    raises a :class:`klaim.KlaimError` subclass instead.
    """
    files, pre_errors, cols, reference = _io.prepare(source, columns, reference_date, threads)
    parquet = [f for f in files if f.lower().endswith(".parquet")]
    others = [f for f in files if not f.lower().endswith(".parquet")]
    errors = pre_errors
    rec_parts = []
    for p in parquet:
        recs, errs = _io.read_parquet(p, cols, strict)
        errors.extend(errs)
        if recs is not None:
            rec_parts.append(recs)
    records = _io.merge_records(rec_parts)
    total = len(others) + (len(records["text"]) if records else 0)
    show = progress if progress is not None else total > 2000
    bar = _io.Progress(total, "klaim", bool(show))
    try:
        tables = _io.native_read(others, records, errors, lexicon=lexicon, columns=cols, reference=reference,
                                 strict=strict, threads=threads, max_doc_bytes=max_doc_bytes,
                                 progress=bar.set if show else None)
    finally:
        bar.close()
    return Corpus(tables, lexicon)


def from_frame(df: Any, text: str = "text", id: str | None = None, date: str | None = None,
               title: str | None = None, url: str | None = None, source: str | None = None, *,
               lexicon: Lexicon | None = None, reference_date: Any = None, strict: bool = False,
               threads: int | None = None, max_doc_bytes: int = 10 * 1024 * 1024) -> Corpus:
    """Reads articles from a polars or pandas DataFrame the user already has.

    ``text`` names the text column; ``id``, ``date``, ``title``, ``url`` and
    ``source`` (the outlet) name optional columns. Rows with a null text become
    ``errors`` rows. ``doc_id`` is the id column, else ``frame:<row>`` (1-based).
    """
    if not isinstance(df, pl.DataFrame):
        try:
            df = pl.from_pandas(df)
        except Exception as e:
            raise TypeError(f"from_frame takes a polars or pandas DataFrame, not {type(df).__name__}") from e
    if text not in df.columns:
        raise ValueError(f"text column {text!r} is not among the columns {df.columns}")
    cols: dict[str, str | None] = {"text": text, "id": id, "date": date, "title": title, "url": url, "outlet": source}
    for field, col in cols.items():
        if col is not None and col not in df.columns:
            raise ValueError(f"{field} column {col!r} is not among the columns {df.columns}")
    # Only the given columns: no guessing from a frame the user described.
    given = df.select([c for c in cols.values() if c is not None])
    records, row_errors = _io.frame_records(given, "<frame>", dict(cols), "frame")
    for f, c in cols.items():
        if c is None and f != "text":
            records[f if f != "id" else "doc_id"] = (
                [f"frame:{i}" for i in records["record"]] if f == "id" else [None] * given.height)
    tables = _io.native_read([], records, row_errors, lexicon=lexicon, columns={},
                             reference=_io.iso(reference_date, "reference_date"), strict=strict,
                             threads=threads, max_doc_bytes=max_doc_bytes)
    return Corpus(tables, lexicon)


def find_dates(texts: str | Sequence[str], *, reference: Any = None, language: str | None = None,
               lexicon: Lexicon | None = None) -> pl.DataFrame:
    """Finds temporal expressions in each text and resolves them.

    Returns one row per expression: ``text_id`` (index into ``texts``), ``start``,
    ``end`` (string indices), ``surface``, ``date`` .. ``end_date`` (inclusive),
    ``precision``, ``relative``, ``weekday_conflict``. Relative expressions resolve
    against ``reference``; without it they are found with a null date (klaim never
    anchors on today's date).

    >>> import klaim
    >>> found = klaim.find_dates(["Korea Utara pada Kamis (22/9) menegaskan"], reference="2022-09-25")
    >>> found.select("surface", "date", "precision").rows()
    [('Kamis (22/9)', datetime.date(2022, 9, 22), 'day')]
    >>> klaim.find_dates("Lavrov said last week", reference="2023-10-20").select("date", "end_date").row(0)
    (datetime.date(2023, 10, 9), datetime.date(2023, 10, 15))
    >>> klaim.find_dates("Lavrov said last week")["date"].to_list()  # no reference: found, unresolved
    [None]
    """
    if isinstance(texts, str):
        texts = [texts]
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] is {type(t).__name__}, not str")
    table = _core.find_dates(texts, reference=_io.iso(reference, "reference"), language=language,
                             lexicon=lexicon._inner if lexicon is not None else None)
    return pl.DataFrame(table)


def schemas() -> dict[str, pl.DataFrame]:
    """Every table's columns (name, dtype, nullable, doc), from the one place they are defined."""
    return {name: pl.DataFrame(cols, schema=["column", "dtype", "nullable", "doc"], orient="row")
            for name, cols in _core.schemas().items()}
