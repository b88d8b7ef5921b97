"""Concurrency: Python threads calling klaim at once get what a sequential call gets."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import klaim
import polars as pl
import pytest
from conftest import CORPUS


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("conc")
    for p in sorted(CORPUS.glob("*.txt")):
        (root / p.name).write_bytes(p.read_bytes())
    lines = [json.dumps({"id": f"j{i}", "text": f"Korea Utara membantah tuduhan {i}, kata KCNA."}) for i in range(30)]
    (root / "feed.jsonl").write_text("\n".join(lines + ["{bad"]), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return root


def tables_equal(a: klaim.Corpus, b: klaim.Corpus) -> bool:
    return all(df.equals(b.tables()[name]) for name, df in a.tables().items())


def test_threads_reading_at_once_get_sequential_results(mixed):
    want = klaim.read_corpus(mixed)
    jobs = [{"threads": t} for t in (None, 1, 2, 4)] * 3
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda kw: klaim.read_corpus(mixed, **kw), jobs))
    assert want.documents.height == 35 and want.errors.height == 2
    for i, c in enumerate(got):
        assert tables_equal(want, c), f"concurrent call {i} ({jobs[i]}) differs"


def test_mixed_api_calls_at_once(mixed):
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    frame = pl.DataFrame({"text": texts + [None]})
    want = (klaim.read_corpus(mixed), klaim.from_frame(frame), klaim.find_dates(texts, reference="2022-09-22"))
    lex = klaim.Lexicon.default()

    def job(i: int):
        k = i % 3
        if k == 0:
            return k, klaim.read_corpus(mixed, lexicon=lex)
        if k == 1:
            return k, klaim.from_frame(frame, lexicon=lex)
        return k, klaim.find_dates(texts, reference="2022-09-22", lexicon=lex)

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(job, range(18)))
    for k, r in results:
        if k == 2:
            assert r.equals(want[2])
        else:
            assert tables_equal(want[k], r)
