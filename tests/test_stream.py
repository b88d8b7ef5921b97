"""Streaming: klaim.scan_corpus batches add up to read_corpus; klaim.stream.write_parquet parts too."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import klaim
import polars as pl
import pytest
from conftest import CORPUS
from klaim.stream import write_parquet

TABLES = ("documents", "sentences", "dates", "mentions", "quotes", "stances", "errors")


def concat(batches: list[klaim.Corpus]) -> dict[str, pl.DataFrame]:
    return {t: pl.concat([b.tables()[t] for b in batches], how="vertical") for t in TABLES}


def assert_same(got: dict[str, pl.DataFrame], want: klaim.Corpus) -> None:
    for t in TABLES:
        w = want.tables()[t]
        assert got[t].schema == w.schema, t
        assert got[t].equals(w), f"table {t} differs:\n{got[t]}\n{w}"


def seed_sentences() -> list[str]:
    out = []
    for p in sorted(CORPUS.glob("*.txt")):
        for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")):
            s = s.strip()
            if len(s.split()) >= 6:
                out.append(s)
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A few hundred articles made of seed sentences; some ids repeat across files, one text is copied."""
    root = tmp_path_factory.mktemp("gen")
    sents = seed_sentences()
    rng = random.Random(7)
    texts = []
    for i in range(300):
        # a token of its own every sixth word keeps articles apart for near-duplicate detection
        words = " ".join(rng.sample(sents, 4)).split()
        body = " ".join(w + (f" n{i}" if j % 6 == 5 else "") for j, w in enumerate(words))
        texts.append(f" date {2014 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}\n{body}\n")
    d = root / "a"
    d.mkdir()
    for i, t in enumerate(texts[:240]):
        (d / f"{i:04d}.txt").write_text(t, encoding="utf-8")
    # JSONL after the .txt files: ids that repeat the .txt stems (and each other), an exact copy of
    # the first article, and a bad line.
    lines = [json.dumps({"id": f"{i:04d}" if i % 3 == 0 else f"j{i}", "text": t}) for i, t in enumerate(texts[240:])]
    lines.append(json.dumps({"id": "copy", "text": texts[0]}))
    lines.append(json.dumps({"id": "0000", "text": "Korea Utara membantah semua tuduhan itu, kata KCNA."}))
    lines.append("{not json")
    (root / "z.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_seed_batches_add_up_to_read_corpus():
    want = klaim.read_corpus(CORPUS)
    for size in (1, 2, 3, 100, "1KB", "64MB"):
        batches = list(klaim.scan_corpus(CORPUS, batch_size=size))
        n = {1: 5, 2: 3, 3: 2, 100: 1, "1KB": 5, "64MB": 1}[size]
        assert len(batches) == n, size
        assert all(isinstance(b, klaim.Corpus) for b in batches)
        assert_same(concat(batches), want)


def test_generated_batches_add_up_to_read_corpus(generated):
    want = klaim.read_corpus(generated)
    assert want.documents.height == 302 and want.errors.height == 1
    ids = want.documents["doc_id"]
    assert ids.n_unique() == ids.len() and "0000#2" in ids.to_list() and "0000#3" in ids.to_list()
    # the copy of the first article is in its cluster
    docs = want.documents
    assert docs.filter(pl.col("doc_id") == "copy")["cluster_id"].item() == "0000"
    # near-duplicates would legitimately differ across batches: this corpus has none but the copy
    assert docs.filter(pl.col("cluster_id") != pl.col("doc_id")).height == 1
    for size in (7, 50, 239, 240, "20KB"):
        batches = list(klaim.scan_corpus(generated, batch_size=size))
        assert len(batches) > 1
        if isinstance(size, int):
            # an int counts input files (the JSONL file, 62 records and a bad line, is never split)
            assert all(b.documents["path"].n_unique() <= size for b in batches)
        got = concat(batches)
        assert got["documents"]["doc_id"].is_unique().all()
        assert_same(got, want)


def test_batches_follow_input_order(generated):
    batches = list(klaim.scan_corpus(generated, batch_size=100))
    paths = [p for b in batches for p in b.documents["path"].unique(maintain_order=True).to_list()]
    assert paths == sorted(paths, key=lambda p: (p.endswith(".jsonl"), p))
    assert [b.documents.height for b in batches] == [100, 100, 40 + 62]


def test_parquet_inputs_are_sliced_by_records(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] * 9
    pl.DataFrame({"id": [f"p{i}" for i in range(45)], "isi": texts,
                  "tanggal": [f"2022-0{1 + i % 9}-1{i % 10}" for i in range(45)]}).write_parquet(tmp_path / "a.parquet")
    (tmp_path / "b.txt").write_text(texts[0], encoding="utf-8")
    want = klaim.read_corpus(tmp_path)
    batches = list(klaim.scan_corpus(tmp_path, batch_size=20))
    assert [b.documents.height for b in batches] == [1, 20, 20, 5]
    assert_same(concat(batches), want)
    assert want.documents["record"].to_list()[1:] == list(range(1, 46))


def test_empty_and_error_only_corpora(tmp_path):
    (tmp_path / "empty").mkdir()
    batches = list(klaim.scan_corpus(tmp_path / "empty"))
    assert len(batches) == 1 and batches[0].documents.height == 0
    assert_same(concat(batches), klaim.read_corpus(tmp_path / "empty"))
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.parquet").write_bytes(b"not parquet")
    batches = list(klaim.scan_corpus(tmp_path / "bad"))
    assert len(batches) == 1 and batches[0].errors.height == 1
    assert batches[0].errors["path"].item().endswith("x.parquet")


def test_options_are_passed_and_checked(tmp_path):
    with pytest.raises(FileNotFoundError):
        next(klaim.scan_corpus(tmp_path / "missing"))
    for bad in (0, -1, "12 parsecs", "MB", ""):
        with pytest.raises(ValueError, match="batch_size"):
            klaim.scan_corpus(CORPUS, batch_size=bad)
    with pytest.raises(TypeError):
        klaim.scan_corpus(CORPUS, batch_size=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threads"):
        klaim.scan_corpus(CORPUS, threads=0)
    got = concat(list(klaim.scan_corpus(CORPUS, batch_size=2, reference_date="2022-09-22", threads=1)))
    assert_same(got, klaim.read_corpus(CORPUS, reference_date="2022-09-22"))


def test_write_parquet_parts(generated, tmp_path):
    out = tmp_path / "out"
    rows = write_parquet(generated, out, batch_size=100)
    want = klaim.read_corpus(generated)
    assert rows == {t: want.tables()[t].height for t in TABLES}
    for t in TABLES:
        parts = sorted((out / t).glob("part-*.parquet"))
        assert [p.name for p in parts] == [f"part-{i:05d}.parquet" for i in range(3)]
        back = pl.concat([pl.read_parquet(p) for p in parts], how="vertical")
        assert back.equals(want.tables()[t]), t
    with pytest.raises(FileExistsError):
        write_parquet(generated, out, batch_size=100)
    rows2 = write_parquet(CORPUS, out, batch_size=2, tables=["stances"], overwrite=True)
    assert rows2 == {"stances": klaim.read_corpus(CORPUS).stances.height}
    assert len(list((out / "stances").glob("part-*.parquet"))) == 3
    assert not list(out.rglob(".*.tmp"))
    with pytest.raises(ValueError, match="unknown table"):
        write_parquet(CORPUS, tmp_path / "o2", tables=["nope"])


def test_progress_bar_counts_input_files(capsys):
    batches = list(klaim.scan_corpus(CORPUS, batch_size=2, progress=True))
    assert len(batches) == 3
    err = capsys.readouterr().err
    assert "2/5" in err and "4/5" in err and err.rstrip().endswith("5/5 inputs")
    list(klaim.scan_corpus(CORPUS, batch_size=2))
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the resident set from /proc")
def test_release_memory_gives_a_finished_read_back_to_the_os() -> None:
    # In a fresh process: read ~6 MB of articles, drop the tables, and see the resident
    # set fall when klaim hands the freed memory back (the allocator would otherwise keep
    # it mapped for its purge delay, 10 s, which is what scan_corpus avoids between batches).
    code = f"""
import gc, os, sys
import polars as pl
import klaim
from klaim import _core
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
texts = [open(p, encoding="utf-8").read() for p in sorted(__import__("glob").glob({str(CORPUS)!r} + "/*.txt"))] * 400
c = klaim.from_frame(pl.DataFrame({{"id": [str(i) for i in range(len(texts))], "text": texts}}), text="text", id="id")
assert c.stances.height > 0
del c
gc.collect()
before = rss()
_core.release_memory()
print(before - rss())
"""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    released = int(out.stdout.strip().splitlines()[-1])
    assert released >= 8 * 2**20, f"only {released} bytes were given back"
