"""The hand-off and the threads: zero copy into polars, the GIL released, Ctrl-C, fork."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import klaim
import polars as pl
import pytest
from conftest import CORPUS, ROOT
from klaim import _core, _io


def raw_tables(files: list[str]) -> dict:
    return _core.read(files, None, [], today=dt.date.today().isoformat())


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """400 copies of the seed articles as files (each with an id of its own)."""
    root = tmp_path_factory.mktemp("many")
    seeds = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
    for i in range(400):
        (root / f"d{i:04d}.txt").write_bytes(seeds[i % len(seeds)])
    return root


def test_polars_adopts_the_rust_buffers():
    """Two independent imports of one exported table, by polars and by pyarrow, see the same
    memory: neither copied. (Each import takes a fresh Arrow C stream of the same Rust batch.)"""
    pa = pytest.importorskip("pyarrow")
    files, _ = _core.expand_paths([str(CORPUS)], _io.EXTENSIONS)
    t = raw_tables(files)["sentences"]
    df = pl.DataFrame(t)
    tbl = pa.table(t)
    assert df.height == tbl.num_rows > 0
    # a fixed-width column: the values buffer (polars exports its buffers without copying too)
    ours = df.select("start").to_arrow().column("start").chunks[0].buffers()[1].address
    theirs = tbl.column("start").chunks[0].buffers()[1].address
    assert ours == theirs
    # the text column (Utf8View): polars exports its view array without copying, so the data
    # buffers it hands back are the Rust ones pyarrow sees
    back = df.select("text").to_arrow(compat_level=pl.CompatLevel.newest()).column("text").chunks[0]
    rust = tbl.column("text").chunks[0]
    assert str(rust.type) == "string_view" and str(back.type) == "string_view"
    assert [b.address for b in back.buffers()[2:] if b is not None] == \
           [b.address for b in rust.buffers()[2:] if b is not None]
    # and a real copy would not share them
    copied = pl.DataFrame(t).select(pl.col("text").str.to_uppercase().str.to_lowercase())
    assert copied.to_arrow(compat_level=pl.CompatLevel.newest()).column("text").chunks[0].buffers()[2].address \
        not in {b.address for b in rust.buffers()[2:] if b is not None}


def test_text_is_stored_once_and_tables_arrive_in_parts(tmp_path):
    """Over 4 MiB of clean text the tables come as several record batches (polars chunks), and
    every text column of every table is a view into the documents' one copy of the text."""
    pa = pytest.importorskip("pyarrow")
    seeds = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
    for i in range(2400):
        (tmp_path / f"d{i:04d}.txt").write_bytes(seeds[i % len(seeds)])
    files, _ = _core.expand_paths([str(tmp_path)], _io.EXTENSIONS)
    raw = raw_tables(files)
    assert raw["documents"].num_batches >= 2
    def text_buffers(name: str, col: str) -> set[int]:
        arr = pa.table(raw[name]).column(col)
        return {b.address for ch in arr.chunks for b in ch.buffers()[2:] if b is not None}
    docs = text_buffers("documents", "text")
    for name, col in [("sentences", "text"), ("mentions", "surface"), ("quotes", "text"),
                      ("stances", "evidence"), ("dates", "surface")]:
        assert text_buffers(name, col) <= docs, f"{name}.{col} holds a copy of the text"
    # the views read the right text, across chunks
    c = klaim.read_corpus(tmp_path, progress=False)
    assert c.documents["text"].n_chunks() >= 2
    joined = c.sentences.join(c.documents.select("doc_id", "text"), on="doc_id", suffix="_doc")
    sliced = [t[s:e] for t, s, e in zip(joined["text_doc"], joined["start"], joined["end"])]
    assert sliced == joined["text"].to_list()
    assert c.documents["doc_id"].n_unique() == 2400


def test_gil_is_released_while_rust_works(many):
    files, _ = _core.expand_paths([str(many)], _io.EXTENSIONS)
    ticks = 0
    stop = threading.Event()

    def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.001)

    th = threading.Thread(target=ticker, daemon=True)
    th.start()
    try:
        # Make the native call long enough that a ticker with the GIL gets a fair share of ticks:
        # with the GIL held during the call it would get none (at most one at the switch).
        for k in range(1, 8):
            batch = files * k
            before = ticks
            t0 = time.perf_counter()
            out = raw_tables(batch)
            took = time.perf_counter() - t0
            during = ticks - before
            if took > 0.2:
                break
    finally:
        stop.set()
        th.join()
    assert len(out["documents"]) == len(batch)
    assert during > 10, f"the ticker ran {during} times during a {took:.2f} s native call"


def test_ctrl_c_interrupts_a_multi_step_read(many, tmp_path):
    """SIGINT from another thread while Rust works lands as KeyboardInterrupt at the next step."""
    script = tmp_path / "interrupt.py"
    script.write_text(textwrap.dedent(f"""
        import os, signal, sys, threading
        import klaim
        from klaim import _io
        _io.CHUNK_FILES = 20                    # 400 files: 20 steps of one native run
        steps = []
        real = _io.Progress.set
        def counting(self, done, total):
            steps.append((done, total))
            if len(steps) == 2:                 # Ctrl-C from a timer thread, during the 3rd step
                threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGINT)).start()
            return real(self, done, total)
        _io.Progress.set = counting
        try:
            klaim.read_corpus({str(many)!r}, progress=True)
        except KeyboardInterrupt:
            print("interrupted after", len(steps), "of", steps[-1][1] // 20, "steps")
            sys.exit(3)
        print("not interrupted", len(steps))
    """), encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], check=False, capture_output=True, text=True, timeout=300,
                       cwd=ROOT)
    assert r.returncode == 3, r.stdout + r.stderr
    words = r.stdout.split()
    steps, total = int(words[2]), int(words[4])
    assert total == 20 and 2 <= steps < total


def _child_read(path: str) -> list[tuple]:
    c = klaim.read_corpus(path, threads=2)
    return [(t, df.height) for t, df in c.tables().items()] + [tuple(c.stances["doc_id"].to_list())]


# Python >= 3.12 warns on any fork of a process that ever had threads; forking after klaim's
# threads ran is exactly what this test checks.
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded, use of fork:DeprecationWarning")
def test_read_in_forked_children_after_the_parent(many):
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork start method on this platform")
    want = _child_read(str(many))           # the parent has used klaim (and its threads) first
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        got = pool.map(_child_read, [str(many), str(CORPUS), str(many)], chunksize=1)
    assert got[0] == want and got[2] == want
    assert got[1] == _child_read(str(CORPUS))


def test_find_dates_in_forked_children_after_the_parent():
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork start method on this platform")
    code = textwrap.dedent("""
        import multiprocessing as mp, klaim
        texts = ["Korea Utara pada Kamis (22/9) menegaskan"] * 2000
        want = klaim.find_dates(texts, reference="2022-09-25").height
        def child(_):
            return klaim.find_dates(texts, reference="2022-09-25").height
        with mp.get_context("fork").Pool(2) as pool:
            assert pool.map(child, range(2)) == [want, want]
        print("ok")
    """)
    # its own process group, so that a hung pool is ended with all its workers
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    assert proc.returncode == 0 and out.strip() == "ok", err
