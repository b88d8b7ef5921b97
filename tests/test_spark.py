"""klaim.spark.extract on a local Spark session equals klaim.from_frame on the same rows."""

from __future__ import annotations

import os
import shutil

import klaim
import polars as pl
import pytest
from conftest import CORPUS

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'klaim[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (no java on PATH, no JAVA_HOME)", allow_module_level=True)

import klaim.spark

pytestmark = pytest.mark.slow

TABLES = ("documents", "sentences", "dates", "mentions", "quotes", "stances", "errors")
KEYS = {"documents": ["doc_id"], "errors": ["path", "record", "message"]}


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("klaim-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
         .config("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def seed_frame() -> pl.DataFrame:
    paths = sorted(CORPUS.glob("*.txt"))
    return pl.DataFrame({"doc_id": [p.stem for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths],
                         "date": ["2022-09-22", "2022-11-08", "2022-11-09", "2023-10-20", None]})


def to_polars(sdf, table: str) -> pl.DataFrame:
    import pyarrow as pa

    got = pl.from_arrow(pa.Table.from_batches(sdf._collect_as_arrow(), schema=klaim.spark.arrow_schema(table)))
    assert isinstance(got, pl.DataFrame)
    return got


def canonical(df: pl.DataFrame, table: str) -> pl.DataFrame:
    keys = KEYS.get(table, ["doc_id", "sentence_id", "start", "end"])
    return df.sort([k for k in keys if k in df.columns], maintain_order=True, nulls_last=True)


def test_spark_extract_equals_from_frame(spark, seed_frame):
    want = klaim.from_frame(seed_frame, id="doc_id", date="date")
    sdf = spark.createDataFrame(seed_frame.rows(), "doc_id string, text string, date string").repartition(2)
    out = klaim.spark.extract(sdf, text_col="text", id_col="doc_id", date_col="date")
    assert set(out) == set(TABLES)
    assert want.stances.height > 0 and want.mentions.height > 0
    for t in TABLES:
        got = to_polars(out[t], t)
        exp = want.tables()[t]
        if t == "documents":
            exp = exp.with_columns(path=pl.lit("<spark>"), record=pl.lit(None, dtype=pl.Int64))
        assert got.columns == exp.columns, t
        assert [str(d) for d in got.dtypes] == [str(d) for d in exp.dtypes], t
        assert canonical(got, t).equals(canonical(exp, t)), f"table {t} differs"
    # the Spark schema is derived from klaim.schemas()
    for t in TABLES:
        assert out[t].schema == klaim.spark.spark_schema(t)
        assert [f.name for f in out[t].schema.fields] == klaim.schemas()[t]["column"].to_list()


def test_spark_one_table_without_ids(spark, seed_frame):
    sdf = spark.createDataFrame(seed_frame.select("text").rows(), "text string")
    out = klaim.spark.extract(sdf, tables=["stances"])
    assert list(out) == ["stances"]
    got = to_polars(out["stances"], "stances")
    want = klaim.from_frame(seed_frame.select("text")).stances
    assert got.height == want.height > 0
    assert got["doc_id"].str.starts_with("spark:").all()
    assert sorted(got["claim"].to_list()) == sorted(want["claim"].to_list())


def test_spark_rejects_bad_arguments(spark, seed_frame):
    sdf = spark.createDataFrame(seed_frame.rows(), "doc_id string, text string, date string")
    with pytest.raises(ValueError, match="not among the columns"):
        klaim.spark.extract(sdf, text_col="body")
    with pytest.raises(ValueError, match="unknown table"):
        klaim.spark.extract(sdf, tables=["nope"])
    with pytest.raises(ValueError, match="threads"):
        klaim.spark.extract(sdf, threads=0)


def test_spark_lexicon_files_extend_the_default(spark, seed_frame, tmp_path):
    toml = tmp_path / "extra.toml"
    toml.write_text('[[actors]]\nid = "kantor_berita_test"\nname = "Test agency"\nkind = "media"\n'
                    'aliases.all = ["kantor berita resmi"]\n', encoding="utf-8")
    lex = klaim.Lexicon.default().extend(klaim.Lexicon.from_toml(toml))
    want = klaim.from_frame(seed_frame, id="doc_id", date="date", lexicon=lex).mentions
    assert "kantor_berita_test" in want["actor_id"].to_list()
    sdf = spark.createDataFrame(seed_frame.rows(), "doc_id string, text string, date string")
    got = to_polars(klaim.spark.extract(sdf, id_col="doc_id", date_col="date", tables=["mentions"],
                                        lexicon_files=[str(toml)])["mentions"], "mentions")
    assert canonical(got, "mentions").equals(canonical(want, "mentions"))
