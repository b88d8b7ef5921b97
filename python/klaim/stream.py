"""Corpora larger than memory: read in batches, in input order, in bounded memory.

    >>> import klaim
    >>> for batch in klaim.scan_corpus("ten_years/", batch_size="256MB"):
    ...     counts.append(batch.stances.group_by("claim").len())

    >>> from klaim.stream import write_parquet
    >>> write_parquet("ten_years/", "out/")     # out/<table>/part-00000.parquet, ...
    >>> stances = pl.scan_parquet("out/stances/*.parquet")

Each batch is a :class:`klaim.Corpus` of a slice of the inputs. Concatenating the
batches gives what :func:`klaim.read_corpus` gives for the whole corpus, with two
differences that come from never holding the whole corpus:

- ``documents.cluster_id`` links near-duplicates within a batch, and exact copies
  (same ``content_hash``) across batches; near-duplicates that are not exact copies
  and fall in different batches stay in separate clusters. Larger batches link more.
- ``doc_id`` is unique across batches: an id already used by an earlier batch gets
  the next free ``#n`` suffix, as within one call. When one id repeats both within a
  batch and across batches, the suffixes may be given in another order than
  ``read_corpus`` would give them.

Memory: one batch's inputs and tables, plus the doc ids and content hashes seen so
far (about 100 bytes per document) to keep ids unique and link copies. Between batches
the memory the last one freed goes back to the operating system. With the default
8 MB batches the 100 MB benchmark corpus peaks at about 1.9x its size; larger batches
link more near-duplicates and hold more (16 MB: about 2.3x).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import polars as pl

from . import _core, _io
from .corpus import Corpus
from .lexicon import Lexicon

__all__ = ["DEFAULT_BATCH", "scan_corpus", "write_parquet"]

DEFAULT_BATCH = "8MB"
_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}
_ID_TABLES = ("documents", "sentences", "dates", "mentions", "quotes", "stances")


def _batch_limits(batch_size: int | str) -> tuple[int | None, int | None]:
    """(files, bytes): an int is a number of documents (files), a string with a unit is bytes."""
    if isinstance(batch_size, bool):
        raise TypeError("batch_size must be an int (documents) or a size string such as '256MB'")
    if isinstance(batch_size, int):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1 document, got {batch_size}")
        return batch_size, None
    if isinstance(batch_size, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", batch_size)
        unit = m.group(2).lower() if m else None
        if m is None or unit not in _UNITS:
            raise ValueError(f"batch_size {batch_size!r}: give a number of documents (int) or a size such as "
                             f"'64MB', '1GB', '512MiB'")
        n = int(float(m.group(1)) * _UNITS[unit])
        if n < 1:
            raise ValueError(f"batch_size must be positive, got {batch_size!r}")
        return None, n
    raise TypeError(f"batch_size must be an int (documents) or a size string such as '256MB', "
                    f"not {type(batch_size).__name__}")


def _file_batches(files: list[str], max_files: int | None, max_bytes: int | None) -> Iterator[list[str]]:
    cur: list[str] = []
    size = 0
    for f in files:
        try:
            b = os.path.getsize(f)
        except OSError:
            b = 0
        if cur and ((max_files is not None and len(cur) >= max_files)
                    or (max_bytes is not None and size + b > max_bytes)):
            yield cur
            cur, size = [], 0
        cur.append(f)
        size += b
    if cur:
        yield cur


def _record_batches(records: dict[str, list[Any]], max_files: int | None,
                    max_bytes: int | None) -> Iterator[dict[str, list[Any]]]:
    """Slices column-wise records (from a Parquet file) into batches."""
    n = len(records["doc_id"])
    start = 0
    while start < n:
        end, size = start, 0
        while end < n:
            t = records["text"][end]
            b = len(t) if isinstance(t, str) else 0
            if end > start and ((max_files is not None and end - start >= max_files)
                                or (max_bytes is not None and size + b > max_bytes)):
                break
            size += b
            end += 1
        yield {k: v[start:end] for k, v in records.items()}
        start = end


class _Uniquer:
    """Keeps doc ids unique across batches and links exact copies across batches."""

    # what `dedup::signature` counts as words; texts with fewer are never clustered
    WORD = r"[\p{Alphabetic}\p{N}]+"
    MIN_WORDS = 8

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}
        self.cluster_of_hash: dict[str, str] = {}

    def _renames(self, ids: list[str]) -> dict[str, str]:
        """Ids of this batch that an earlier batch used, renamed as one call would have."""
        clash = [i for i in ids if i in self.used]
        if not clash:
            return {}
        # The core renamed repeats within the batch `x#2`, `x#3`... after the first `x`; when `x`
        # itself was used by an earlier batch, all of them take the next free suffixes, in row order.
        pos = {i: k for k, i in enumerate(ids)}
        suffixed: dict[str, list[int]] = {}
        for k, i in enumerate(ids):
            base, sep, num = i.rpartition("#")
            if sep and num.isdigit() and base in pos and pos[base] < k and i not in self.used:
                suffixed.setdefault(base, []).append(k)
        group_ids: set[str] = set()
        groups = []
        for base in clash:
            rows = [pos[base], *suffixed.get(base, [])]
            groups.append((base, rows))
            group_ids.update(ids[r] for r in rows)
        taken = (set(ids) - group_ids) | self.used
        mapping: dict[str, str] = {}
        for base, rows in groups:
            n = self.next.get(base, 1)
            for r in rows:
                while True:
                    n += 1
                    cand = f"{base}#{n}"
                    if cand not in taken:
                        break
                taken.add(cand)
                mapping[ids[r]] = cand
            self.next[base] = n
        return mapping

    def fix(self, tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
        tables = dict(tables)
        docs = tables["documents"]
        ids: list[str] = docs.get_column("doc_id").to_list()
        mapping = self._renames(ids)
        if mapping:
            for name in _ID_TABLES:
                tables[name] = tables[name].with_columns(pl.col("doc_id").replace(mapping))
            tables["documents"] = tables["documents"].with_columns(pl.col("cluster_id").replace(mapping))
            docs = tables["documents"]
            ids = docs.get_column("doc_id").to_list()
        self.used.update(ids)
        # Exact copies (long enough to be compared at all) of a document of an earlier batch join
        # that document's cluster.
        cmp = docs.select(
            "content_hash", "cluster_id",
            long=pl.col("text").str.count_matches(self.WORD) >= self.MIN_WORDS,
        ).filter("long")
        hashes: list[str] = cmp.get_column("content_hash").to_list()
        clusters: list[str] = cmp.get_column("cluster_id").to_list()
        relink: dict[str, str] = {}
        for h, c in zip(hashes, clusters):
            prev = self.cluster_of_hash.get(h)
            if prev is not None and prev != c and c not in relink:
                relink[c] = prev
        if relink:
            docs = docs.with_columns(pl.col("cluster_id").replace(relink))
            tables["documents"] = docs
            clusters = [relink.get(c, c) for c in clusters]
        for h, c in zip(hashes, clusters):
            self.cluster_of_hash.setdefault(h, c)
        return tables


def scan_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], batch_size: int | str = DEFAULT_BATCH,
                *, columns: dict[str, str] | None = None, lexicon: Lexicon | None = None,
                reference_date: Any = None, strict: bool = False, threads: int | None = None,
                progress: bool | None = None, max_doc_bytes: int = 10 * 1024 * 1024) -> Iterator[Corpus]:
    """Reads a corpus batch by batch: yields one :class:`klaim.Corpus` per batch, in input order.

    ``source`` and the keyword options are those of :func:`klaim.read_corpus`.
    ``batch_size`` is either an ``int``, a number of input files per batch (for
    Parquet inputs, of records), or a string with a unit, ``"8MB"`` (default),
    ``"1GB"``, ``"512MiB"``, a number of input bytes per batch (one file larger
    than that is a batch of its own). A JSONL/CSV file is never split: it is read
    whole into its batch. Parquet files come last, as in ``read_corpus``, each
    sliced into batches of records.

    Memory stays bounded by the batch, not the corpus: drop each batch (or write
    it out, see :func:`write_parquet`) before taking the next. A batch's tables
    take about 4.5x its text; with the default, a two-thread run peaks at 0.30 GiB
    over the 100 MB benchmark corpus (0.52 GiB with 64MB batches, at the same speed)
    and at 0.57 GiB over 1.6 GB (the ids and hashes that link copies across batches
    grow with the corpus, a few hundred bytes per document). Listing errors
    (unreadable directories) are in the first batch; every other error row is in
    the batch of its input. ``progress`` shows a bar of input files done on stderr
    (default: for more than a few thousand files). Raises FileNotFoundError for a
    missing path before yielding anything.
    """
    max_files, max_bytes = _batch_limits(batch_size)
    files, pre_errors, cols, reference = _io.prepare(source, columns, reference_date, threads)
    show = progress if progress is not None else len(files) > 2000
    return _scan(files, pre_errors, max_files, max_bytes, show,
                 {"lexicon": lexicon, "columns": cols, "reference": reference, "strict": strict,
                  "threads": threads, "max_doc_bytes": max_doc_bytes})


def _scan(files: list[str], pre_errors: list[tuple[str, int | None, str, str]], max_files: int | None,
          max_bytes: int | None, show: bool, kw: dict[str, Any]) -> Iterator[Corpus]:
    lexicon: Lexicon | None = kw["lexicon"]
    parquet = [f for f in files if f.lower().endswith(".parquet")]
    others = [f for f in files if not f.lower().endswith(".parquet")]
    uniq = _Uniquer()
    pending = list(pre_errors)
    yielded = False
    bar = _io.Progress(len(files), "klaim", show)
    # No name here may keep a batch alive while the next one is read: the consumer's is the only reference.
    # The allocator keeps freed memory mapped for a while (it saves page faults in one long
    # read); between batches it is given back, so that one batch's working memory and the
    # last batch's tables are not still mapped while the next batch runs.
    for group in _file_batches(others, max_files, max_bytes):
        _core.release_memory()
        batch = Corpus(uniq.fix(_io.native_read(group, None, pending, **kw)), lexicon)
        _core.release_memory()
        pending = []
        yielded = True
        bar.update(len(group))
        yield batch
        del batch
    for p in parquet:
        recs, errs = _io.read_parquet(p, kw["columns"], kw["strict"])
        pending.extend(errs)
        if recs is not None:
            for part in _record_batches(recs, max_files, max_bytes):
                _core.release_memory()
                batch = Corpus(uniq.fix(_io.native_read([], part, pending, **kw)), lexicon)
                _core.release_memory()
                pending = []
                yielded = True
                yield batch
                del batch
        bar.update(1)
    bar.close()
    if pending or not yielded:
        # Only errors left (or an empty corpus): one batch with them, so none is lost.
        yield Corpus(uniq.fix(_io.native_read([], None, pending, **kw)), lexicon)


def write_parquet(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str],
                  batch_size: int | str = DEFAULT_BATCH, *, tables: Sequence[str] = _io.TABLES,
                  overwrite: bool = False, compression: Literal["lz4", "uncompressed", "snappy", "gzip", "brotli", "zstd"] = "zstd",
                  **read_options: Any) -> dict[str, int]:
    """Reads ``source`` batch by batch and writes each table incrementally as Parquet.

    One file per batch per table: ``out_dir/<table>/part-00000.parquet``,
    ``part-00001.parquet`` ... (a batch with no rows of a table still writes an empty
    part with the table's schema). Read them back with
    ``pl.scan_parquet(out_dir / "stances" / "*.parquet")``. ``read_options`` are
    those of :func:`scan_corpus` / :func:`klaim.read_corpus`.

    Raises FileExistsError when ``out_dir`` already holds part files, unless
    ``overwrite=True`` (which removes them first). Returns the number of rows
    written per table.
    """
    unknown = [t for t in tables if t not in _io.TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; tables are {list(_io.TABLES)}")
    out = Path(out_dir)
    old = [p for t in tables for p in (out / t).glob("part-*.parquet")]
    if old:
        if not overwrite:
            raise FileExistsError(f"{out} already holds {len(old)} part file(s) (e.g. {old[0]}); "
                                  f"pass overwrite=True or choose another directory")
        for p in old:
            p.unlink()
    for t in tables:
        (out / t).mkdir(parents=True, exist_ok=True)
    rows = dict.fromkeys(tables, 0)
    for i, batch in enumerate(scan_corpus(source, batch_size, **read_options)):
        all_tables = batch.tables()
        del batch  # nothing of this batch may stay alive while the next one is read
        for t in tables:
            final = out / t / f"part-{i:05d}.parquet"
            tmp = final.with_name(f".{final.name}.tmp")
            all_tables[t].write_parquet(tmp, compression=compression)
            os.replace(tmp, final)
            rows[t] += all_tables[t].height
        del all_tables
    return rows
