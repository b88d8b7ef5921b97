"""Reading sources into klaim tables: the Python side of ingestion (path
expansion, Parquet and DataFrames as records, chunking for progress and Ctrl-C)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from . import _core
from ._errors import RecordError
from .lexicon import Lexicon

EXTENSIONS = ["txt", "jsonl", "ndjson", "json", "csv", "tsv", "parquet"]
# Column names tried per field: defined once, in the Rust core (ingest::DEFAULT_COLUMNS).
_DEFAULTS = _core.default_columns()
TEXT_DEFAULTS: list[str] = _DEFAULTS["text"]
FIELD_DEFAULTS: dict[str, list[str]] = {f: _DEFAULTS[f] for f in ("id", "date", "title", "outlet", "url")}
TABLES = ("documents", "sentences", "dates", "mentions", "quotes", "stances", "errors")
# Inputs per step of the native run: between steps it reports progress and
# notices Ctrl-C; results do not depend on it.
CHUNK_FILES = 512


def as_paths(source: Any) -> list[str]:
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    if isinstance(source, Iterable):
        out = [os.fspath(p) for p in source]
        if not out:
            raise ValueError("source is an empty list of paths")
        return out
    raise TypeError(f"source must be a path or a list of paths, not {type(source).__name__}")


def prepare(source: Any, columns: dict[str, str] | None, reference_date: Any, threads: int | None
            ) -> tuple[list[str], list[tuple[str, int | None, str, str]], dict[str, str | None], str | None]:
    """Checks the arguments shared by read_corpus and scan_corpus and lists the input files.

    Returns (files, listing errors, column mapping, reference date as ISO). Raises
    ValueError for bad arguments and FileNotFoundError for a missing path.
    """
    paths = as_paths(source)
    reference = iso(reference_date, "reference_date")
    cols: dict[str, str | None] = dict(columns or {})
    unknown = set(cols) - {"text", "id", "date", "title", "outlet", "url"}
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)} in columns; valid keys: text, id, date, title, outlet, url")
    if threads is not None and threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    files, listed = _core.expand_paths(paths, EXTENSIONS)
    return files, [(p, r, k, m) for p, r, k, m in listed], cols, reference


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
                  first: int = 1) -> tuple[dict[str, list[Any]], list[tuple[str, int | None, str, str]]]:
    """Turns a DataFrame into the column-wise records the core reads.

    Returns the records and per-row error rows (text bytes that are not UTF-8).
    Raises RecordError when there is no text column, TypeError when the text
    column holds neither strings nor bytes (lists, structs, numbers).
    """
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
        if s.dtype.is_nested():
            return [None] * n
        return s.cast(pl.String, strict=False).to_list()

    numbers = list(range(first, first + n))
    row_errors: list[tuple[str, int | None, str, str]] = []
    column = df.get_column(text)
    texts: list[str | None]
    if column.dtype == pl.String or column.dtype == pl.Null:
        texts = column.to_list()
    elif column.dtype == pl.Binary:
        texts = []
        for k, raw in zip(numbers, column.to_list()):
            try:
                texts.append(None if raw is None else raw.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(None)
                row_errors.append((path, k, "decode", f"text column {text!r} holds bytes that are not UTF-8"))
    elif column.dtype == pl.Categorical or column.dtype == pl.Enum:
        texts = column.cast(pl.String).to_list()
    else:
        raise TypeError(f"{path}: text column {text!r} holds {column.dtype}, not strings")
    bad = {k for _, k, _, _ in row_errors}
    keep = [i for i, k in enumerate(numbers) if k not in bad]
    ids = strings(picked["id"])
    records = {
        "doc_id": [i if i is not None else f"{id_prefix}:{k}" for i, k in zip(ids, numbers)],
        "path": [path] * n,
        "record": numbers,
        "text": texts,
        "title": strings(picked["title"]),
        "date": strings(picked["date"]),
        "outlet": strings(picked["outlet"]),
        "url": strings(picked["url"]),
    }
    if bad:
        records = {k: [v[i] for i in keep] for k, v in records.items()}
    return records, row_errors


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
    """Reads one Parquet file as records; any problem is an error row (or raised when strict)."""
    try:
        df = pl.read_parquet(path)
        if df.height == 0:
            raise RecordError(f"{path}: file holds no records")
        records, errors = frame_records(df, path, columns, Path(path).name)
    except Exception as e:
        message = str(e).removeprefix(f"{path}: ")
        if not isinstance(e, (RecordError, TypeError)):
            message = f"cannot read Parquet: {message}"
        if strict:
            raise RecordError(f"{path}: {message}") from e
        return None, [(path, None, "record", message)]
    if strict and errors:
        raise RecordError(f"{path}:{errors[0][1]}: {errors[0][3]}")
    return records, errors


class Progress:
    """A one-line progress bar on stderr (works in terminals and notebooks)."""

    def __init__(self, total: int, label: str, enabled: bool) -> None:
        self.total, self.label, self.enabled, self.done = total, label, enabled, 0

    def update(self, n: int) -> None:
        self.set(self.done + n, self.total)

    def set(self, done: int, total: int) -> None:
        """Shows ``done`` of ``total`` inputs (the native run's progress callback)."""
        self.done, self.total = done, total
        if self.enabled:
            width = 30
            frac = self.done / self.total if self.total else 1.0
            bar = "#" * int(frac * width)
            sys.stderr.write(f"\r{self.label} [{bar:<{width}}] {self.done}/{self.total} inputs")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def native_read(files: list[str], records: dict[str, list[Any]] | None,
                errors: list[tuple[str, int | None, str, str]], *, lexicon: Lexicon | None,
                columns: dict[str, str | None], reference: str | None, strict: bool, threads: int | None,
                max_doc_bytes: int, progress: Any = None) -> dict[str, pl.DataFrame]:
    """One native run over files and records; ``progress(done, total)`` is called between steps."""
    cols = {k: v for k, v in columns.items() if v is not None}
    raw = _core.read(files, records, errors, lexicon=lexicon._inner if lexicon is not None else None,
                     columns=cols or None, reference=reference, today=dt.date.today().isoformat(),
                     strict=strict, threads=threads, max_doc_bytes=max_doc_bytes, progress=progress,
                     chunk=CHUNK_FILES)
    return {name: pl.DataFrame(raw[name]) for name in TABLES}
