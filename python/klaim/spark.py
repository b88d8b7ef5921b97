"""klaim on a Spark cluster: the same extraction over a PySpark DataFrame of articles.

    >>> import klaim.spark
    >>> articles = spark.read.parquet("s3://bucket/news/")          # doc_id, text, date, ...
    >>> t = klaim.spark.extract(articles, text_col="text", id_col="doc_id", date_col="date")
    >>> t["stances"].write.parquet("s3://bucket/klaim/stances/")

Each executor runs klaim's Rust core on Arrow batches (``mapInArrow``), so klaim
(and pyarrow) must be installed on the executors: ``pip install klaim`` in the
cluster image, or ship a conda-pack/venv archive with ``--archives``.

Differences from :func:`klaim.from_frame` on the same rows, all because Spark
processes rows batch by batch with no global order:

- ``documents.path`` is ``"<spark>"`` and ``documents.record`` is null;
- without ``id_col``, ``doc_id`` is ``"spark:<n>"`` with ``n`` Spark's
  ``monotonically_increasing_id`` (unique, not consecutive); with ``id_col``, ids
  that repeat within an Arrow batch get ``#2`` ... suffixes, ids repeated across
  batches are not made unique (give unique ids);
- ``documents.cluster_id`` links near-duplicates within one Arrow batch only
  (``spark.sql.execution.arrow.maxRecordsPerBatch`` rows, 10,000 by default).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from . import _io

__all__ = ["arrow_schema", "extract", "spark_schema"]

_COLS = ("text", "id", "date", "title", "url", "outlet")


def _schemas() -> dict[str, list[tuple[str, str, bool]]]:
    from . import _core

    return {t: [(c[0], c[1], c[2]) for c in cols] for t, cols in _core.schemas().items()}


def arrow_schema(table: str) -> Any:
    """The plain Arrow schema (``string``, ``list<string>``) of a klaim table, for Spark."""
    import pyarrow as pa

    types = {"str": pa.string(), "i64": pa.int64(), "i32": pa.int32(), "i8": pa.int8(), "f32": pa.float32(),
             "bool": pa.bool_(), "date": pa.date32(), "list[str]": pa.list_(pa.string())}
    cols = _schemas()[table]
    unknown = [d for _, d, _ in cols if d not in types]
    if unknown:
        raise TypeError(f"table {table}: no Arrow type for column type(s) {unknown}")
    return pa.schema([pa.field(n, types[d], nullable=nl) for n, d, nl in cols])


def spark_schema(table: str) -> Any:
    """The Spark ``StructType`` of a klaim table, derived from :func:`klaim.schemas`."""
    from pyspark.sql import types as T

    types = {"str": T.StringType(), "i64": T.LongType(), "i32": T.IntegerType(), "i8": T.ByteType(),
             "f32": T.FloatType(), "bool": T.BooleanType(), "date": T.DateType(),
             "list[str]": T.ArrayType(T.StringType(), containsNull=True)}
    cols = _schemas()[table]
    unknown = [d for _, d, _ in cols if d not in types]
    if unknown:
        raise TypeError(f"table {table}: no Spark type for column type(s) {unknown}")
    return T.StructType([T.StructField(n, types[d], nullable=nl) for n, d, nl in cols])


def _records(batch: Any, given: set[str]) -> dict[str, list[Any]]:
    """An Arrow batch of the canonical columns to the column-wise records the core reads."""
    import polars as pl

    df = pl.from_arrow(batch)
    assert isinstance(df, pl.DataFrame)
    n = df.height

    def strings(col: str) -> list[Any]:
        if col not in given:
            return [None] * n
        s = df.get_column(col)
        if s.dtype == pl.Date or s.dtype == pl.Datetime:
            s = s.dt.strftime("%Y-%m-%d")
        out: list[Any] = s.cast(pl.String, strict=False).to_list()
        return out

    ids = df.get_column("id").cast(pl.String).to_list()
    return {
        "doc_id": ids,
        "path": ["<spark>"] * n,
        "record": [None] * n,
        "text": df.get_column("text").cast(pl.String, strict=False).to_list(),
        "title": strings("title"),
        "date": strings("date"),
        "outlet": strings("outlet"),
        "url": strings("url"),
    }


def _run_batches(batches: Iterator[Any], given: set[str], tables: Sequence[str], options: dict[str, Any]
                 ) -> Iterator[tuple[str, Any]]:
    """Runs klaim on each Arrow batch: yields (table name, plain-typed pyarrow Table)."""
    import pyarrow as pa

    from . import _core
    from .lexicon import Lexicon

    lexicon = None
    files = options.get("lexicon_files") or ()
    if files:
        lexicon = Lexicon.default()
        for f in files:
            lexicon.extend(Lexicon.from_toml(f))
    targets = {t: arrow_schema(t) for t in tables}
    today = dt.date.today().isoformat()
    for batch in batches:
        if batch.num_rows == 0:
            continue
        recs = _records(batch, given)
        raw = _core.read([], recs, [], lexicon=lexicon._inner if lexicon is not None else None,
                         reference=options.get("reference"), today=today, strict=False,
                         threads=options.get("threads"), max_doc_bytes=options["max_doc_bytes"])
        for t in tables:
            # Spark takes neither string_view nor large_list: cast to string / list<string>.
            yield t, pa.table(raw[t]).cast(targets[t])


def _map_in_arrow(df: Any, fn: Any, schema: Any) -> Any:
    # pyspark 4 checks the pandas version on mapInArrow and warns about pandas >= 3, although
    # the Arrow path never uses pandas: that warning is noise here.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
        return df.mapInArrow(fn, schema)


def extract(df: Any, text_col: str = "text", id_col: str | None = None, date_col: str | None = None,
            title_col: str | None = None, url_col: str | None = None, source_col: str | None = None, *,
            tables: Sequence[str] = _io.TABLES, reference_date: Any = None, lexicon_files: Sequence[str] = (),
            threads: int | None = 1, max_doc_bytes: int = 10 * 1024 * 1024, persist: bool = True
            ) -> dict[str, Any]:
    """Runs klaim over a PySpark DataFrame; returns ``{table: pyspark DataFrame}`` for ``tables``.

    The columns are named as in :func:`klaim.from_frame` (``text_col``, ``id_col``,
    ``date_col``, ``title_col``, ``url_col``, ``source_col`` for the outlet). Each
    Arrow batch is read once: the tables come out of one ``mapInArrow`` pass as
    Arrow IPC blobs, which is persisted (``persist=True``, memory and disk) when more
    than one table is asked for, then split per table; unpersist with
    ``spark.catalog.clearCache()`` when done. ``lexicon_files`` are lexicon TOML
    files that extend the default lexicon; they must be readable at the same path
    on every executor (``spark-submit --files`` and ``SparkFiles.get`` or a shared
    file system). ``threads`` is the number of klaim threads per Spark task (1: let
    Spark's task slots use the cores).

    Nothing runs until an action (``count``, ``write``...) on a returned DataFrame.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    tables = list(tables)
    unknown = [t for t in tables if t not in _io.TABLES]
    if unknown or not tables:
        raise ValueError(f"unknown table(s) {unknown or tables}; tables are {list(_io.TABLES)}")
    if threads is not None and threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    named = {"text": text_col, "id": id_col, "date": date_col, "title": title_col, "url": url_col,
             "outlet": source_col}
    for field, col in named.items():
        if col is not None and col not in df.columns:
            raise ValueError(f"{field} column {col!r} is not among the columns {df.columns}")
    given = {f for f, c in named.items() if c is not None}
    sel = [F.col(c).alias(f) for f, c in named.items() if c is not None]
    if id_col is None:
        sel.append(F.concat(F.lit("spark:"), F.monotonically_increasing_id().cast("string")).alias("id"))
    src = df.select(*sel)
    options = {"reference": _io.iso(reference_date, "reference_date"), "threads": threads,
               "max_doc_bytes": max_doc_bytes, "lexicon_files": list(lexicon_files)}

    if len(tables) == 1:
        only = tables[0]

        def one(batches: Iterator[Any]) -> Iterator[Any]:
            for _, tbl in _run_batches(batches, given, [only], options):
                yield from tbl.to_batches()

        return {only: _map_in_arrow(src, one, spark_schema(only))}

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        for name, tbl in _run_batches(batches, given, tables, options):
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, tbl.schema) as w:
                w.write_table(tbl)
            yield pa.record_batch([pa.array([name]), pa.array([sink.getvalue().to_pybytes()], pa.binary())],
                                  names=["table", "ipc"])

    raw = _map_in_arrow(src, run, "table string, ipc binary")
    if persist:
        raw = raw.persist(StorageLevel.MEMORY_AND_DISK)
    out = {}
    for t in tables:
        def split(batches: Iterator[Any]) -> Iterator[Any]:
            import pyarrow as pa

            for b in batches:
                for blob in b.column("ipc").to_pylist():
                    yield from pa.ipc.open_stream(blob).read_all().to_batches()

        out[t] = _map_in_arrow(raw.where(F.col("table") == t).select("ipc"), split, spark_schema(t))
    return out
