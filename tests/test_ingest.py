"""Reading: sources, formats, bad inputs. Every record ends as a document or an error row."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import klaim
import polars as pl
import pytest
from conftest import CORPUS

ARTICLE = (CORPUS / "000_41a5ee3b61c58a9c.txt").read_text(encoding="utf-8")


def accounted(c: klaim.Corpus) -> int:
    return c.documents.height + c.errors.height


def test_seed_corpus_reads_every_file(seed_corpus):
    docs = seed_corpus.documents
    assert sorted(docs["doc_id"]) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert seed_corpus.errors.height == 0
    assert docs["language"].to_list() == ["id"] * 5
    assert (docs["n_sentences"] > 0).all()


def test_tables_follow_the_schema(seed_corpus):
    schemas = klaim.schemas()
    for name, df in seed_corpus.tables().items():
        want = schemas[name]["column"].to_list()
        assert df.columns == want, name


def test_offsets_are_python_string_indices(seed_corpus):
    texts = dict(seed_corpus.documents.select("doc_id", "text").iter_rows())
    for row in seed_corpus.sentences.iter_rows(named=True):
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["text"]
    for row in seed_corpus.mentions.iter_rows(named=True):
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["surface"]
    for row in seed_corpus.dates.iter_rows(named=True):
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["surface"]


def test_missing_path_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        klaim.read_corpus(tmp_path / "nope")
    with pytest.raises(FileNotFoundError):
        klaim.read_corpus([CORPUS / "000_41a5ee3b61c58a9c.txt", tmp_path / "nope.txt"])


def test_one_file_and_a_list(tmp_path):
    one = klaim.read_corpus(CORPUS / "000_41a5ee3b61c58a9c.txt")
    assert one.documents["doc_id"].to_list() == ["000_41a5ee3b61c58a9c"]
    two = klaim.read_corpus([CORPUS / "000_41a5ee3b61c58a9c.txt", CORPUS / "002_9bc54f710414059f.txt"])
    assert two.documents.height == 2


def write(p: Path, data: bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def test_bad_inputs_lose_nothing(tmp_path):
    good = ARTICLE.encode()
    write(tmp_path / "good.txt", good)
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.txt", b"   \n\t\n")
    write(tmp_path / "cp1252.txt", "Caf\u00e9 \u201cquoted\u201d Korea Utara membantah.".encode("cp1252"))
    write(tmp_path / "utf16.txt", "\ufeffKorea Utara membantah tuduhan itu.".encode("utf-16-le"))
    write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write(tmp_path / "sub" / "binary.txt", bytes(range(256)) * 8)
    lines = [json.dumps({"id": "a", "text": "Korea Utara membantah."}), "{broken", "",
             json.dumps({"id": "b", "content": "Russia denied it."})]
    write(tmp_path / "feed.jsonl", "\n".join(lines).encode())
    write(tmp_path / "no_text.csv", b"id,judul\n1,x\n2,y\n")
    c = klaim.read_corpus(tmp_path)
    docs = set(c.documents["doc_id"])
    assert docs == {"good", "cp1252", "utf16", "a", "b"}
    errors = {(Path(r["path"]).name, r["record"]): r for r in c.errors.iter_rows(named=True)}
    assert set(errors) == {("empty.txt", None), ("blank.txt", None), ("image.txt", None),
                           ("binary.txt", None), ("feed.jsonl", 2), ("no_text.csv", None)}
    assert "PNG" in errors[("image.txt", None)]["message"]
    assert errors[("feed.jsonl", 2)]["kind"] == "record"
    assert "no text column" in errors[("no_text.csv", None)]["message"]
    flags = dict(c.documents.select("doc_id", "encoding_issue").iter_rows())
    assert flags["cp1252"] == "windows-1252" and flags["good"] is None
    assert flags["utf16"] == "utf-16le"
    text = dict(c.documents.select("doc_id", "text").iter_rows())
    assert "Caf\u00e9" in text["cp1252"] and "\u201cquoted\u201d" in text["cp1252"]


def test_strict_raises_the_first_problem(tmp_path):
    write(tmp_path / "good.txt", ARTICLE.encode())
    write(tmp_path / "empty.txt", b"")
    with pytest.raises(klaim.RecordError, match="empty"):
        klaim.read_corpus(tmp_path, strict=True)
    write(tmp_path / "empty.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(klaim.DecodeError) as info:
        klaim.read_corpus(tmp_path, strict=True)
    assert isinstance(info.value, ValueError) and isinstance(info.value, klaim.KlaimError)


def test_csv_with_explicit_columns(tmp_path):
    df = pl.DataFrame({"isi_berita": [ARTICLE, "Korea Utara membantah."], "tanggal_publikasi": ["2022-09-22", None],
                       "judul": ["Korut membantah", None], "sumber": ["Kontan", "Antara"], "url": ["u1", "u2"]})
    df.write_csv(tmp_path / "news.csv")
    c = klaim.read_corpus(tmp_path / "news.csv", columns={"text": "isi_berita", "date": "tanggal_publikasi",
                                                          "title": "judul", "outlet": "sumber", "url": "url"})
    d = c.documents.sort("record")
    assert d["doc_id"].to_list() == ["news.csv:1", "news.csv:2"]
    assert d["title"][0] == "Korut membantah"
    assert d["outlet"].to_list() == ["Kontan", "Antara"]
    assert d["url"].to_list() == ["u1", "u2"]
    with pytest.raises(ValueError, match="unknown key"):
        klaim.read_corpus(tmp_path / "news.csv", columns={"txt": "isi_berita"})


def test_csv_mapping_to_a_missing_column_is_a_clear_error(tmp_path):
    pl.DataFrame({"body": ["x y z"]}).write_csv(tmp_path / "a.csv")
    c = klaim.read_corpus(tmp_path / "a.csv", columns={"text": "isi"})
    assert c.documents.height == 0
    assert "'isi'" in c.errors["message"][0] or '"isi"' in c.errors["message"][0]


def test_parquet_and_json(tmp_path):
    pl.DataFrame({"id": ["p1", "p2"], "content": [ARTICLE, None]}).write_parquet(tmp_path / "a.parquet")
    pl.DataFrame({"title": ["x"]}).write_parquet(tmp_path / "b.parquet")
    (tmp_path / "c.json").write_text(json.dumps({"articles": [{"text": "Russia denied it."}, 5]}))
    c = klaim.read_corpus(tmp_path)
    assert set(c.documents["doc_id"]) == {"p1", "c.json:1"}
    msgs = {(Path(r["path"]).name, r["record"]): r["message"] for r in c.errors.iter_rows(named=True)}
    assert msgs.keys() == {("a.parquet", 2), ("b.parquet", None), ("c.json", 2)}
    assert "null" in msgs[("a.parquet", 2)]
    assert "no text column" in msgs[("b.parquet", None)]


def test_from_frame_polars_and_pandas():
    df = pl.DataFrame({"isi": [ARTICLE, None, "Korea Utara membantah."], "id": ["x", "y", "z"],
                       "tgl": ["2022-09-22", None, None]})
    c = klaim.from_frame(df, text="isi", id="id", date="tgl")
    assert c.documents["doc_id"].to_list() == ["x", "z"]
    assert c.errors.select("path", "record", "kind").rows() == [("<frame>", 2, "record")]
    assert accounted(c) == 3
    pd = pytest.importorskip("pandas")
    c2 = klaim.from_frame(pd.DataFrame({"text": ["Russia denied it.", "Korea Utara membantah."]}))
    assert c2.documents["doc_id"].to_list() == ["frame:1", "frame:2"]
    with pytest.raises(ValueError, match="not among the columns"):
        klaim.from_frame(df, text="body")


def test_duplicate_ids_are_made_unique(tmp_path):
    write(tmp_path / "a" / "x.txt", b"Korea Utara membantah.")
    write(tmp_path / "b" / "x.txt", b"Russia denied it.")
    c = klaim.read_corpus(tmp_path)
    assert sorted(c.documents["doc_id"]) == ["x", "x#2"]


def test_oversized_document_is_an_error_with_its_size(tmp_path):
    write(tmp_path / "big.txt", b"Korea Utara membantah. " * 100)
    c = klaim.read_corpus(tmp_path, max_doc_bytes=1000)
    assert c.documents.height == 0
    assert c.errors["kind"][0] == "too_large" and "2300 bytes" in c.errors["message"][0]
    # a document's text is one Arrow string: more than 2 GiB is refused up front
    with pytest.raises(ValueError, match="max_doc_bytes is at most 2147483648"):
        klaim.read_corpus(tmp_path, max_doc_bytes=2**40)


@pytest.mark.slow
def test_fifty_megabyte_document(tmp_path):
    para = ARTICLE.replace("\n", " ") + "\n"
    data = (para * (50 * 1024 * 1024 // len(para.encode()) + 1)).encode()
    write(tmp_path / "huge.txt", data)
    c = klaim.read_corpus(tmp_path, max_doc_bytes=60 * 1024 * 1024)
    assert c.documents.height == 1 and c.errors.height == 0
    assert c.documents["n_sentences"][0] > 10_000


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_error(tmp_path):
    p = write(tmp_path / "secret.txt", b"Korea Utara membantah.")
    p.chmod(0)
    c = klaim.read_corpus(tmp_path)
    assert c.errors["kind"].to_list() == ["io"]


def test_symlink_loop_is_not_followed_forever(tmp_path):
    write(tmp_path / "d" / "a.txt", b"Korea Utara membantah.")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    c = klaim.read_corpus(tmp_path)
    assert c.documents["doc_id"].to_list() == ["a"]


def test_pandas_and_pyarrow_take_the_tables(seed_corpus):
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = seed_corpus.documents.to_pandas()
    assert isinstance(frame, pd.DataFrame) and len(frame) == 5
    from klaim import _core
    raw = _core.read([str(CORPUS / "000_41a5ee3b61c58a9c.txt")], today="2026-01-01")
    table = pa.table(raw["documents"])
    assert table.num_rows == 1 and table.column("doc_id")[0].as_py() == "000_41a5ee3b61c58a9c"
