"""Determinism: the same input gives identical tables whatever the thread count, run after run."""

from __future__ import annotations

import json
from pathlib import Path

import klaim
import polars as pl
import pytest
from conftest import CORPUS


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """The seed corpus repeated to 200 documents with varied ids, as files, JSONL and CSV."""
    root = tmp_path_factory.mktemp("det")
    seeds = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    rows = []
    for k in range(200):
        base = texts[k % len(texts)]
        # Some exact copies, some edited copies (near-duplicates), some alone.
        text = base if k % 3 == 0 else base.replace("Korea Utara", f"Korea Utara ({k})", 1)
        rows.append({"id": f"d{k:03d}-{seeds[k % len(seeds)].stem[:8]}", "text": text,
                     "date": None if k % 4 else "2022-09-2" + str(k % 9)})
    for r in rows[:60]:
        (root / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows[60:140]), encoding="utf-8")
    pl.DataFrame(rows[140:]).write_csv(root / "table.csv")
    (root / "bad.jsonl").write_text('{"text": 1}\n{oops\n', encoding="utf-8")
    return root


def same_tables(a: klaim.Corpus, b: klaim.Corpus, what: str) -> None:
    for name, df in a.tables().items():
        other = b.tables()[name]
        assert df.schema == other.schema, (what, name)
        assert df.equals(other), f"{what}: table {name} differs"


def test_thread_count_does_not_change_any_table(big_corpus):
    runs = {n: klaim.read_corpus(big_corpus, threads=n, reference_date="2022-10-01") for n in (1, 2, 8)}
    assert runs[1].documents.height == 200 and runs[1].errors.height == 2
    same_tables(runs[1], runs[2], "threads=1 vs 2")
    same_tables(runs[1], runs[8], "threads=1 vs 8")


def test_two_runs_are_identical(big_corpus):
    a = klaim.read_corpus(big_corpus, threads=8)
    b = klaim.read_corpus(big_corpus, threads=8)
    same_tables(a, b, "run 1 vs run 2")
    assert a.documents["cluster_id"].n_unique() < a.documents.height, "the copies should cluster"


def test_from_frame_is_deterministic(big_corpus):
    df = pl.read_csv(big_corpus / "table.csv")
    df = pl.concat([df] * 4).with_columns(pl.format("{}-{}", pl.col("id"), pl.int_range(pl.len())).alias("id"))
    runs = [klaim.from_frame(df, id="id", date="date", threads=n) for n in (1, 2, 8, 8)]
    for i, r in enumerate(runs[1:], 1):
        same_tables(runs[0], r, f"from_frame run {i}")


def test_find_dates_is_deterministic():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] * 20
    a = klaim.find_dates(texts, reference="2022-09-22")
    b = klaim.find_dates(texts, reference="2022-09-22")
    assert a.equals(b)
