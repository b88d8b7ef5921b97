"""Reading sources into klaim tables: the Python side of ingestion (path
expansion, Parquet and DataFrames as records, chunking for progress and Ctrl-C)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from . import _core
from ._errors import RecordError
from .lexicon import Lexicon

EXTENSIONS = ["txt", "jsonl", "ndjson", "json", "csv", "tsv", "parquet"]
TEXT_DEFAULTS = ["text", "content", "body", "isi", "isi_berita", "article", "article_text", "full_text",
                 "konten", "berita", "story", "content_text"]
FIELD_DEFAULTS: dict[str, list[str]] = {
    "id": ["id", "doc_id", "article_id", "guid", "uid", "_id"],
    "date": ["date", "pub_date", "published", "published_at", "publish_date", "publication_date", "datetime",
             "tanggal", "tanggal_publikasi", "tanggal_terbit", "waktu", "created_at", "timestamp"],
    "title": ["title", "headline", "judul", "judul_berita"],
    "outlet": ["outlet", "source", "sumber", "media", "publisher", "site", "source_name", "portal"],
    "url": ["url", "link", "permalink", "source_url"],
}
TABLES = ("documents", "sentences", "dates", "mentions", "quotes", "stances", "errors")
# Files per native call: small enough for a progress bar and a prompt Ctrl-C,
# large enough that the per-call cost is noise.
CHUNK_BYTES = 64 * 1024 * 1024
CHUNK_FILES = 4096


def as_paths(source: Any) -> list[str]:
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    if isinstance(source, Iterable):
        out = [os.fspath(p) for p in source]
        if not out:
            raise ValueError("source is an empty list of paths")
        return out
    raise TypeError(f"source must be a path or a list of paths, not {type(source).__name__}")


def iso(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            raise ValueError(f"{what} must be a date or an ISO date string, got {value!r}") from None
    raise TypeError(f"{what} must be a datetime.date or an ISO string, not {type(value).__name__}")


def _pick(names: Sequence[str], explicit: str | None, defaults: Sequence[str], field: str) -> str | None:
    if explicit is not None:
        if explicit not in names:
            raise RecordError(f"the {field} column {explicit!r} is not among the columns {list(names)}")
        return explicit
    lower = {n.lower(): n for n in names}
    for d in defaults:
        if d in lower:
            return lower[d]
    return None


def frame_records(df: pl.DataFrame, path: str, columns: dict[str, str | None], id_prefix: str,
                  first: int = 1) -> dict[str, list[Any]]:
    """Turns a DataFrame into the column-wise records the core reads."""
    names = df.columns
    text = _pick(names, columns.get("text"), TEXT_DEFAULTS, "text")
    if text is None:
        raise RecordError(f"{path}: no text column: looked for {', '.join(TEXT_DEFAULTS)}; the columns are "
                          f"{names} (pass columns={{'text': ...}})")
    picked = {f: _pick(names, columns.get(f), FIELD_DEFAULTS[f], f) for f in FIELD_DEFAULTS}
    n = df.height

    def strings(col: str | None) -> list[str | None]:
        if col is None:
            return [None] * n
        s = df.get_column(col)
        if s.dtype == pl.Date or s.dtype == pl.Datetime:
            s = s.dt.strftime("%Y-%m-%d")
        return s.cast(pl.String, strict=False).to_list()

    numbers = list(range(first, first + n))
    ids = strings(picked["id"])
    texts = df.get_column(text)
    if texts.dtype != pl.String:
        texts = texts.cast(pl.String, strict=False)
    return {
        "doc_id": [i if i is not None else f"{id_prefix}:{k}" for i, k in zip(ids, numbers)],
        "path": [path] * n,
        "record": numbers,
        "text": texts.to_list(),
        "title": strings(picked["title"]),
        "date": strings(picked["date"]),
        "outlet": strings(picked["outlet"]),
        "url": strings(picked["url"]),
    }


def merge_records(parts: list[dict[str, list[Any]]]) -> dict[str, list[Any]] | None:
    if not parts:
        return None
    out: dict[str, list[Any]] = {k: [] for k in parts[0]}
    for p in parts:
        for k, v in p.items():
            out[k].extend(v)
    return out


def read_parquet(path: str, columns: dict[str, str | None], strict: bool
                 ) -> tuple[dict[str, list[Any]] | None, list[tuple[str, int | None, str, str]]]:
    try:
        df = pl.read_parquet(path)
    except Exception as e:  # noqa: BLE001 - any failure of a foreign reader is this file's error row
        if strict:
            raise RecordError(f"{path}: cannot read Parquet: {e}") from e
        return None, [(path, None, "record", f"cannot read Parquet: {e}")]
    try:
        return frame_records(df, path, columns, Path(path).name), []
    except RecordError as e:
        if strict:
            raise
        return None, [(path, None, "record", str(e).removeprefix(f"{path}: "))]


class Progress:
    """A one-line progress bar on stderr (works in terminals and notebooks)."""

    def __init__(self, total: int, label: str, enabled: bool) -> None:
        self.total, self.label, self.enabled, self.done = total, label, enabled, 0

    def update(self, n: int) -> None:
        self.done += n
        if self.enabled:
            width = 30
            frac = self.done / self.total if self.total else 1.0
            bar = "#" * int(frac * width)
            sys.stderr.write(f"\r{self.label} [{bar:<{width}}] {self.done}/{self.total} files")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def chunks(files: list[str]) -> Iterator[list[str]]:
    cur: list[str] = []
    size = 0
    for f in files:
        try:
            b = os.path.getsize(f)
        except OSError:
            b = 0
        if cur and (size + b > CHUNK_BYTES or len(cur) >= CHUNK_FILES):
            yield cur
            cur, size = [], 0
        cur.append(f)
        size += b
    if cur:
        yield cur


def native_read(files: list[str], records: dict[str, list[Any]] | None,
                errors: list[tuple[str, int | None, str, str]], *, lexicon: Lexicon | None,
                columns: dict[str, str | None], reference: str | None, strict: bool, threads: int | None,
                max_doc_bytes: int) -> dict[str, pl.DataFrame]:
    cols = {k: v for k, v in columns.items() if v is not None}
    raw = _core.read(files, records, errors, lexicon=lexicon._inner if lexicon is not None else None,
                     columns=cols or None, reference=reference, today=dt.date.today().isoformat(),
                     strict=strict, threads=threads, max_doc_bytes=max_doc_bytes)
    return {name: pl.DataFrame(raw[name]) for name in TABLES}
