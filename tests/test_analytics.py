"""Analytics (claim frequency, stance timeline, matrix, changes) and dedup, on hand-built
frames with the exact table schemas, on the seed gold turned into a stances table, and
on the real seed corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import klaim
import polars as pl
import pytest
from klaim import analytics

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"

# The exact schemas of src/tables/schema.rs (checked against klaim.schemas() below).
DOCUMENTS_SCHEMA = {
    "doc_id": pl.String, "path": pl.String, "record": pl.Int64, "language": pl.String, "title": pl.String,
    "outlet": pl.String, "wire": pl.String, "editor": pl.String, "author": pl.String, "dateline": pl.String,
    "url": pl.String, "pub_date": pl.Date, "pub_date_end": pl.Date, "pub_date_precision": pl.String,
    "anchor_date": pl.Date, "text": pl.String, "n_sentences": pl.Int32, "n_chars": pl.Int64,
    "content_hash": pl.String, "encoding_issue": pl.String, "cluster_id": pl.String,
}
STANCES_SCHEMA = {
    "doc_id": pl.String, "sentence_id": pl.Int32, "speaker_id": pl.String, "speaker": pl.String,
    "country": pl.String, "claim": pl.String, "stance": pl.String, "polarity": pl.Int8, "date": pl.Date,
    "date_end": pl.Date, "date_precision": pl.String, "event_date": pl.Date, "via": pl.List(pl.String),
    "cue": pl.String, "evidence": pl.String, "start": pl.Int64, "end": pl.Int64, "confidence": pl.Float32,
}
_DTYPES = {"str": pl.String, "i64": pl.Int64, "i32": pl.Int32, "i8": pl.Int8, "f32": pl.Float32,
           "bool": pl.Boolean, "date": pl.Date, "list[str]": pl.List(pl.String)}
POLARITY = {"assert": 1, "deny": -1, "hedge": 0}


def table_schema(name: str) -> dict[str, pl.DataType]:
    return {r["column"]: _DTYPES[r["dtype"]] for r in klaim.schemas()[name].iter_rows(named=True)}


def D(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def make_corpus(docs: list[dict[str, Any]], stances: list[dict[str, Any]], *,
                with_clusters: bool = False) -> klaim.Corpus:
    """A Corpus from partial rows: missing columns get neutral values, dtypes are exact.

    ``documents.cluster_id`` comes from klaim's Rust near-duplicate stage run on the
    texts (``klaim.from_frame``), unless ``with_clusters`` (every document its own cluster).
    """
    drows = []
    for d in docs:
        text = d.get("text", f"text of {d['doc_id']}")
        drows.append({**{c: None for c in DOCUMENTS_SCHEMA}, "path": f"{d['doc_id']}.txt", "text": text,
                      "n_sentences": 1, "n_chars": len(text), "content_hash": f"h-{d['doc_id']}",
                      **{k: v for k, v in d.items() if k != "pub_date"}, "pub_date": D(d.get("pub_date"))})
    srows = []
    for i, s in enumerate(stances):
        srows.append({**{c: None for c in STANCES_SCHEMA}, "sentence_id": i, "via": [], "cue": "cue",
                      "evidence": f"evidence {i}", "start": i * 10, "end": i * 10 + 5, "confidence": 0.9,
                      "polarity": POLARITY[s["stance"]], **{k: v for k, v in s.items() if k != "date"},
                      "date": D(s.get("date"))})
    tables = {name: pl.DataFrame(schema=table_schema(name)) for name in
              ("sentences", "dates", "mentions", "quotes", "errors")}
    clusters: dict[str, str] = {}
    if not with_clusters:
        read = klaim.from_frame(pl.DataFrame({"id": [r["doc_id"] for r in drows], "text": [r["text"] for r in drows]}),
                                id="id")
        clusters = dict(read.documents.select("doc_id", "cluster_id").iter_rows())
    for r in drows:
        r["cluster_id"] = r["cluster_id"] or clusters.get(r["doc_id"], r["doc_id"])
    tables["documents"] = pl.DataFrame(drows, schema=DOCUMENTS_SCHEMA)
    tables["stances"] = pl.DataFrame(srows, schema=STANCES_SCHEMA)
    return klaim.Corpus(tables)


STORY = ("Pyongyang on Monday rejected reports that it had sent thousands of soldiers to help Russia in its war "
         "against Ukraine, calling the claims by Seoul and Washington a groundless smear campaign. A spokesman "
         "for the foreign ministry said the country had never dispatched any troops abroad and never would, and "
         "accused South Korean intelligence of inventing the story to raise tension on the peninsula. South "
         "Korean officials insisted that satellite images showed the soldiers boarding Russian ships near "
         "Vladivostok and said more units were expected to follow in the coming weeks.")
REWRITE = ("KOMPAS.com - " + STORY.replace("on Monday", "on Monday (4/3)").replace("thousands of", "about 3,000")
           .replace("a groundless smear campaign", "a baseless smear campaign")
           .replace(" and said more units were expected to follow in the coming weeks.", ".")
           + " Baca juga: Harga emas naik lagi")


@pytest.fixture
def toy() -> klaim.Corpus:
    docs = [
        {"doc_id": "d1", "pub_date": "2024-01-10", "outlet": "Kontan", "text": "An unrelated first story about "
         "troops, written in its own words from the start to the very end of it."},
        {"doc_id": "d2", "pub_date": "2024-03-05", "outlet": "Detik", "text": STORY},
        {"doc_id": "d2copy", "pub_date": "2024-03-06", "outlet": "Kompas", "text": REWRITE},
        {"doc_id": "d3", "pub_date": None, "outlet": None, "text": "A story with no date at all, about arms."},
        {"doc_id": "d4", "pub_date": "2025-01-15", "outlet": "Kontan", "text": "North Korea acknowledged for the "
         "first time that its soldiers fight in Kursk, state media said."},
    ]
    stances = [
        {"doc_id": "d1", "country": "PRK", "speaker_id": "KCNA", "claim": "prk_troops_to_rus", "stance": "deny",
         "date": "2024-01-09", "evidence": "PRK denies in January"},
        {"doc_id": "d1", "country": "USA", "speaker_id": "john_kirby", "claim": "prk_troops_to_rus",
         "stance": "assert", "date": None, "evidence": "Kirby asserts (dated by pub_date)"},
        {"doc_id": "d2", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "deny", "date": "2024-03-04",
         "evidence": "PRK denies in March (d2)"},
        {"doc_id": "d2", "country": "KOR", "claim": "prk_troops_to_rus", "stance": "assert", "date": "2024-03-04",
         "evidence": "KOR asserts (d2)"},
        {"doc_id": "d2copy", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "deny",
         "date": "2024-03-04", "evidence": "PRK denies in March (copy)"},
        {"doc_id": "d2copy", "country": "KOR", "claim": "prk_troops_to_rus", "stance": "assert",
         "date": "2024-03-04", "evidence": "KOR asserts (copy)"},
        {"doc_id": "d3", "country": "PRK", "claim": "prk_arms_to_rus", "stance": "hedge", "date": None,
         "evidence": "PRK hedges, undated"},
        {"doc_id": "d3", "country": None, "speaker": "an analyst", "claim": "prk_arms_to_rus", "stance": "assert",
         "date": None, "evidence": "an analyst asserts"},
        {"doc_id": "d4", "country": "PRK", "speaker_id": "KCNA", "claim": "prk_troops_to_rus", "stance": "assert",
         "date": "2025-01-14", "evidence": "PRK acknowledges its soldiers in Kursk"},
        {"doc_id": "d4", "country": "RUS", "claim": "prk_troops_to_rus", "stance": "hedge", "date": "2025-01-14",
         "evidence": "Moscow declines to comment"},
    ]
    return make_corpus(docs, stances)


def months(first: str, last: str) -> list[dt.date]:
    return pl.date_range(D(first), D(last), interval="1mo", eager=True).to_list()


# -- schemas ----------------------------------------------------------------------
def test_hand_schemas_match_the_contract() -> None:
    assert table_schema("stances") == STANCES_SCHEMA
    older = {k: v for k, v in DOCUMENTS_SCHEMA.items() if k != "cluster_id"}  # builds before the dedup stage
    assert table_schema("documents") in (DOCUMENTS_SCHEMA, older)


# -- dedup (the Rust near-duplicate stage, through the public API) -------------------
def test_dedup_clusters_a_rewritten_copy_and_nothing_else(toy: klaim.Corpus) -> None:
    cl = dict(analytics.document_clusters(toy).iter_rows())
    assert cl["d2"] == cl["d2copy"] == "d2"  # the rewrite (new opener, changed words, link line) is a copy
    assert len(set(cl.values())) == 4


def test_dedup_exact_copies_and_short_texts() -> None:
    texts = [STORY, "short one", STORY, "short one"]
    c = klaim.from_frame(pl.DataFrame({"id": ["a", "b", "c", "d"], "text": texts}), id="id")
    cl = dict(c.documents.select("doc_id", "cluster_id").iter_rows())
    assert cl == {"a": "a", "b": "b", "c": "a", "d": "d"}  # too short to compare: each its own


def test_dedup_without_a_cluster_column_keeps_documents_apart() -> None:
    docs = pl.DataFrame({"doc_id": ["x", "y"], "text": ["same", "same"]})
    tables = {n: pl.DataFrame() for n in ("sentences", "dates", "mentions", "quotes", "stances", "errors")}
    assert analytics.document_clusters(klaim.Corpus({**tables, "documents": docs})).rows() == [("x", "x"), ("y", "y")]


def test_documents_cluster_id_takes_precedence(toy: klaim.Corpus) -> None:
    docs = [{"doc_id": r["doc_id"], "pub_date": str(r["pub_date"]) if r["pub_date"] else None,
             "text": r["text"]} for r in toy.documents.iter_rows(named=True)]
    rows = toy.stances.with_columns(pl.col("date").cast(pl.String)).to_dicts()
    c = make_corpus(docs, [{k: v for k, v in r.items() if k in ("doc_id", "country", "claim", "stance", "date")}
                           for r in rows], with_clusters=True)  # every document its own cluster
    assert "cluster_id" in c.documents.columns
    march = c.claim_frequency().filter(pl.col("period") == D("2024-03-01")).row(0, named=True)
    assert (march["documents"], march["reprints"]) == (2, 0)


# -- claim frequency -----------------------------------------------------------------
def test_claim_frequency_full_grid_with_zeros(toy: klaim.Corpus) -> None:
    f = toy.claim_frequency()
    assert f.columns == ["period", "claim", "documents", "reprints"]
    assert f.get_column("period").to_list() == months("2024-01-01", "2025-01-01")  # 13 months, one claim
    assert set(f.get_column("claim")) == {"prk_troops_to_rus"}  # the arms claim is only undated
    by_month = {r["period"]: (r["documents"], r["reprints"]) for r in f.iter_rows(named=True)}
    assert by_month[D("2024-01-01")] == (1, 0)
    assert by_month[D("2024-03-01")] == (1, 1)  # d2 and its rewritten copy count once
    assert by_month[D("2025-01-01")] == (1, 0)
    assert by_month[D("2024-02-01")] == (0, 0)
    assert f.get_column("documents").sum() == 3
    assert f.schema["documents"] == pl.Int64 and f.schema["period"] == pl.Date
    assert f.to_pandas().shape == (13, 4)


def test_claim_frequency_no_dedup_statements_and_undated(toy: klaim.Corpus) -> None:
    raw = toy.claim_frequency(dedup=False)
    assert raw.columns == ["period", "claim", "documents"]
    assert raw.filter(pl.col("period") == D("2024-03-01")).get_column("documents").item() == 2
    st = toy.claim_frequency(unit="statements")
    march = st.filter(pl.col("period") == D("2024-03-01")).row(0, named=True)
    assert (march["statements"], march["reprints"]) == (2, 2)
    assert st.filter(pl.col("period") == D("2024-01-01")).get_column("statements").item() == 2
    assert toy.claim_frequency(unit="statements", dedup=False).get_column("statements").sum() == 8
    und = toy.claim_frequency(include_undated=True)
    nulls = und.filter(pl.col("period").is_null())
    assert nulls.select("claim", "documents").rows() == [("prk_arms_to_rus", 1)]
    assert und.height == 14 and und.get_column("period").to_list()[-1] is None


def test_claim_frequency_by_outlet_stance_country_and_lists(toy: klaim.Corpus) -> None:
    o = toy.claim_frequency(by="outlet").filter(pl.col("period") == D("2024-03-01"))
    assert {r["outlet"]: (r["documents"], r["reprints"]) for r in o.iter_rows(named=True)} == {
        "Detik": (1, 0), "Kompas": (1, 0), "Kontan": (0, 0)}
    s = toy.claim_frequency(by="stance", unit="statements", dedup=False)
    assert dict(s.group_by("stance").agg(pl.col("statements").sum()).iter_rows()) == {
        "assert": 4, "deny": 3, "hedge": 1}
    c = toy.claim_frequency(by=["claim", "country"], unit="statements")
    assert c.columns == ["period", "claim", "country", "statements", "reprints"]
    assert c.filter(pl.col("country") == "KOR").get_column("statements").sum() == 1
    assert c.height == 13 * 4  # 13 months x (PRK, USA, KOR, RUS) seen with the dated troop claim
    q = toy.claim_frequency(every="1q")
    assert q.get_column("period").to_list()[:2] == [D("2024-01-01"), D("2024-04-01")]


def test_claim_frequency_filters_and_errors(toy: klaim.Corpus) -> None:
    f = toy.claim_frequency(claims=["prk_troops_to_rus", "prk_arms_to_rus"], actors="PRK")
    assert set(f.get_column("claim")) == {"prk_troops_to_rus", "prk_arms_to_rus"}
    assert f.filter(pl.col("claim") == "prk_arms_to_rus").get_column("documents").sum() == 0
    with pytest.raises(ValueError, match=r"unknown actor id\(s\) \['XYZ'\].*KOR, PRK, RUS, USA"):
        toy.claim_frequency(actors=["XYZ"])
    with pytest.raises(ValueError, match="valid claim ids in this corpus: prk_arms_to_rus, prk_troops_to_rus"):
        toy.claim_frequency(claims="nope")
    with pytest.raises(ValueError, match="by must be"):
        toy.claim_frequency(by="colour")
    with pytest.raises(ValueError, match="unit"):
        toy.claim_frequency(unit="words")
    with pytest.raises(ValueError, match="duration"):
        toy.claim_frequency(every="monthly")


def test_claim_frequency_empty_corpus_has_the_schema() -> None:
    c = make_corpus([{"doc_id": "a", "pub_date": "2024-01-01"}], [])
    f = c.claim_frequency()
    assert f.height == 0 and f.schema == pl.Schema({"period": pl.Date, "claim": pl.String,
                                                    "documents": pl.Int64, "reprints": pl.Int64})
    assert c.stance_timeline().height == 0
    assert c.stance_changes().height == 0
    assert c.stance_matrix().columns == ["country"]


# -- stance timeline -----------------------------------------------------------------
def test_stance_timeline(toy: klaim.Corpus) -> None:
    t = toy.stance_timeline()
    assert t.columns == ["period", "country", "claim", "assert", "deny", "hedge", "n", "net_polarity",
                         "first_date", "last_date", "latest_stance", "latest_evidence", "latest_doc_id"]
    assert t.select("country", "period").rows() == [
        ("KOR", D("2024-03-01")), ("PRK", D("2024-01-01")), ("PRK", D("2024-03-01")), ("PRK", D("2025-01-01")),
        ("RUS", D("2025-01-01")), ("USA", D("2024-01-01"))]  # no analyst (null country), no undated hedge
    prk = {r["period"]: r for r in t.filter(pl.col("country") == "PRK").iter_rows(named=True)}
    march = prk[D("2024-03-01")]
    assert (march["deny"], march["n"], march["net_polarity"]) == (2, 2, -1.0)
    assert march["latest_doc_id"] == "d2copy" and march["latest_evidence"] == "PRK denies in March (copy)"
    jan25 = prk[D("2025-01-01")]
    assert (jan25["assert"], jan25["net_polarity"], jan25["first_date"]) == (1, 1.0, D("2025-01-14"))
    usa = t.filter(pl.col("country") == "USA").row(0, named=True)
    assert usa["first_date"] == D("2024-01-10")  # no statement date: the document's pub_date
    assert toy.stance_timeline(actors="PRK", claims="prk_troops_to_rus").height == 3
    sp = toy.stance_timeline(by="speaker_id")
    assert set(sp.get_column("speaker_id")) == {"KCNA", "john_kirby"}
    assert toy.stance_timeline(include_undated=True).filter(pl.col("period").is_null()).height == 1
    with pytest.raises(ValueError, match="valid actor ids"):
        toy.stance_timeline(actors=["PRK", "Narnia"])
    with pytest.raises(ValueError, match="by must be"):
        toy.stance_timeline(by="outlet")


# -- stance matrix --------------------------------------------------------------------
def test_stance_matrix_latest_and_as_of(toy: klaim.Corpus) -> None:
    m = toy.stance_matrix()
    assert m.columns == ["country", "prk_arms_to_rus", "prk_troops_to_rus"]
    assert m.rows() == [("KOR", None, "assert"), ("PRK", "hedge", "assert"), ("RUS", None, "hedge"),
                        ("USA", None, "assert")]
    then = toy.stance_matrix(at="2024-06-30")
    assert then.rows() == [("KOR", "assert"), ("PRK", "deny"), ("USA", "assert")]  # undated arms hedge left out
    assert toy.stance_matrix(at=dt.date(2025, 1, 14)).filter(pl.col("country") == "PRK").item(0, 1) == "assert"
    assert toy.stance_matrix(at=dt.date(2024, 1, 9)).rows() == [("PRK", "deny")]
    long = toy.stance_matrix(long=True, actors="PRK")
    assert long.columns == ["country", "claim", "stance", "date", "evidence", "doc_id"]
    assert long.filter(pl.col("claim") == "prk_troops_to_rus").select("stance", "doc_id").row(0) == ("assert", "d4")
    with pytest.raises(ValueError, match="at must be"):
        toy.stance_matrix(at="last year")


# -- stance changes --------------------------------------------------------------------
def test_stance_changes_flip_with_both_evidences(toy: klaim.Corpus) -> None:
    ch = toy.stance_changes()
    assert ch.columns == ["country", "claim", "from_stance", "to_stance", "from_date", "to_date",
                          "from_evidence", "to_evidence", "from_doc_id", "to_doc_id"]
    assert ch.rows() == [("PRK", "prk_troops_to_rus", "deny", "assert", D("2024-03-04"), D("2025-01-14"),
                          "PRK denies in March (copy)", "PRK acknowledges its soldiers in Kursk", "d2copy", "d4")]
    assert toy.stance_changes(actors="USA").height == 0
    with pytest.raises(ValueError, match="claim"):
        toy.stance_changes(claims=["rus_tech"])


def test_stance_changes_back_and_forth() -> None:
    docs = [{"doc_id": f"n{i}", "pub_date": f"2024-0{i}-01"} for i in range(1, 5)]
    seq = ["deny", "deny", "hedge", "deny"]
    c = make_corpus(docs, [{"doc_id": f"n{i + 1}", "country": "PRK", "claim": "c", "stance": s}
                           for i, s in enumerate(seq)])
    ch = c.stance_changes()
    assert ch.select("from_stance", "to_stance", "from_doc_id", "to_doc_id").rows() == [
        ("deny", "hedge", "n2", "n3"), ("hedge", "deny", "n3", "n4")]


# -- the seed gold as a stances table: counts checked by hand -------------------------
@pytest.fixture(scope="module")
def gold_corpus() -> klaim.Corpus:
    if not GOLD.exists():
        pytest.skip("../shared/eval/seed_gold.json is not beside the repository")
    g = json.loads(GOLD.read_text())
    docs, stances = [], []
    for d in g:
        docs.append({"doc_id": d["doc_id"], "outlet": d.get("outlet"),
                     "pub_date": (d.get("pub_date") or {}).get("min")})
        for s in d["stances"]:
            if s.get("optional"):
                continue
            stances.append({"doc_id": d["doc_id"], "country": s["actor"], "speaker": s.get("speaker"),
                            "claim": s["claim"], "stance": s["stance"][0], "evidence": s["evidence"],
                            "date": (s.get("date") or {}).get("min")})
    return make_corpus(docs, stances)


def test_gold_claim_frequency(gold_corpus: klaim.Corpus) -> None:
    f = gold_corpus.claim_frequency()
    assert f.height == 14 * 2  # 2022-09 .. 2023-10, arms and tech (troops are only undated, in 004)
    arms = {r["period"]: r["documents"] for r in f.filter(pl.col("claim") == "prk_arms_to_rus").iter_rows(named=True)}
    assert {k: v for k, v in arms.items() if v} == {
        D("2022-09-01"): 1, D("2022-10-01"): 2, D("2022-11-01"): 2, D("2023-10-01"): 1}
    assert f.filter(pl.col("claim") == "rus_tech_to_prk").get_column("documents").sum() == 1
    assert f.get_column("reprints").sum() == 0
    st = gold_corpus.claim_frequency(unit="statements", by="stance")
    assert dict(st.group_by("stance").agg(pl.col("statements").sum()).iter_rows()) == {
        "assert": 6, "deny": 4, "hedge": 1}  # 000: D A H, 001: D A, 002: D A, 003: D A A A
    und = gold_corpus.claim_frequency(include_undated=True).filter(pl.col("period").is_null())
    assert und.select("claim", "documents").rows() == [("prk_arms_to_rus", 1), ("prk_troops_to_rus", 1)]


def test_gold_timeline_matrix_changes(gold_corpus: klaim.Corpus) -> None:
    t = gold_corpus.stance_timeline()
    assert t.height == 8
    prk = t.filter((pl.col("country") == "PRK") & (pl.col("period") == D("2022-11-01"))).row(0, named=True)
    assert (prk["deny"], prk["net_polarity"], prk["first_date"], prk["last_date"], prk["latest_doc_id"]) == (
        2, -1.0, D("2022-11-07"), D("2022-11-08"), "002_9bc54f710414059f")
    usa = t.filter((pl.col("country") == "USA") & (pl.col("period") == D("2022-09-01"))).row(0, named=True)
    assert (usa["assert"], usa["hedge"], usa["net_polarity"]) == (1, 1, 0.5)
    m = gold_corpus.stance_matrix()
    assert m.rows() == [("KOR", "assert", "assert", None), ("PRK", "deny", "deny", None),
                        ("RUS", "deny", "deny", None), ("UKR", "assert", "assert", None),
                        ("USA", "assert", "hedge", "assert")]
    assert gold_corpus.stance_matrix(at="2022-10-31").rows() == [("PRK", "deny"), ("USA", "assert")]
    ch = gold_corpus.stance_changes()
    assert ch.select("country", "from_stance", "to_stance", "to_date").rows() == [
        ("USA", "assert", "hedge", D("2022-09-01")), ("USA", "hedge", "assert", D("2022-10-28"))]


# -- the real seed corpus: whatever the extractor finds, the tables hang together -------
def test_seed_corpus_analytics_are_consistent() -> None:
    c = klaim.read_corpus(ROOT / "corpus")
    st = c.stances
    dated = st.join(c.documents.select("doc_id", "pub_date"), on="doc_id", how="left").filter(
        pl.coalesce("date", "pub_date").is_not_null())
    f = c.claim_frequency(unit="statements", dedup=False, by="stance")
    assert f.get_column("statements").sum() == dated.height
    t = c.stance_timeline()
    assert t.get_column("n").sum() == dated.filter(pl.col("country").is_not_null()).height
    m = c.stance_matrix(long=True)
    assert m.height == st.filter(pl.col("country").is_not_null()).select("country", "claim").unique().height
    c.stance_changes()
    assert set(analytics.document_clusters(c).get_column("doc_id")) == set(c.documents.get_column("doc_id"))


def test_seed_corpus_prk_denies() -> None:
    c = klaim.read_corpus(ROOT / "corpus")
    if c.stances.height == 0:
        pytest.skip("the stance extractor finds nothing yet in this build")
    m = c.stance_matrix(long=True)
    prk = m.filter((pl.col("country") == "PRK") & (pl.col("claim") == "prk_arms_to_rus"))
    assert prk.get_column("stance").to_list() in (["deny"], ["hedge"], ["assert"])
    assert "deny" in c.stances.filter(pl.col("country") == "PRK").get_column("stance").to_list()
