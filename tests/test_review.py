"""Reviewing klaim on one's own data: to_review writes a sample, evaluate scores the labels."""

from __future__ import annotations

import json
from pathlib import Path

import klaim
import polars as pl
import pytest
from klaim import review
from test_analytics import make_corpus


@pytest.fixture
def corpus() -> klaim.Corpus:
    docs = [{"doc_id": f"d{i}", "pub_date": "2024-01-01", "title": f"title {i}"} for i in range(5)]
    stances = [{"doc_id": f"d{i % 5}", "country": ["PRK", "USA", "RUS"][i % 3], "start": i,
                "claim": ["prk_arms_to_rus", "prk_troops_to_rus"][i % 2], "stance": ["assert", "deny", "hedge"][i % 3],
                "evidence": f'evidence "{i}", with a comma\nand a newline'} for i in range(30)]
    return make_corpus(docs, stances)


def test_to_review_csv_sample(corpus: klaim.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "review.csv"
    rows = corpus.to_review(path, sample=10, seed=1)
    assert rows.height == 10
    back = pl.read_csv(path, infer_schema=False)
    assert back.height == 10
    assert back.columns[:2] == ["review_id", "doc_id"]
    assert back.columns[-4:] == ["verdict", "correct_stance", "correct_country", "note"]
    assert back.get_column("evidence").str.contains("\n").all()  # quoted, survives a round trip
    assert (back.get_column("verdict").fill_null("") == "").all()
    again = corpus.to_review(tmp_path / "again.csv", sample=10, seed=1)
    assert again.equals(rows)
    assert not corpus.to_review(tmp_path / "other.csv", sample=10, seed=2).equals(rows)
    assert corpus.to_review(tmp_path / "all.csv", sample=500).height == 30
    with pytest.raises(FileExistsError):
        corpus.to_review(path)
    with pytest.raises(ValueError, match=r"\.csv or \.json"):
        corpus.to_review(tmp_path / "r.xlsx")


def test_to_review_overwrite_flag(corpus: klaim.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    review.to_review(corpus, path, sample=3)
    with pytest.raises(FileExistsError, match="overwrite=True"):
        review.to_review(corpus, path, sample=3)
    assert review.to_review(corpus, path, sample=4, overwrite=True).height == 4


def test_evaluate_counts_precision_and_recall(corpus: klaim.Corpus, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.json"
    corpus.to_review(path, sample=4, seed=0)
    data = json.loads(path.read_text())
    assert "instructions" in data and len(data["rows"]) == 4
    rows = data["rows"]
    rows[0]["verdict"] = "correct"
    rows[1]["verdict"] = "Wrong_Stance"
    rows[1]["correct_stance"] = "hedge"
    rows[2]["verdict"] = "not a claim"
    rows[3]["verdict"] = ""  # not labelled: ignored
    rows.append({"doc_id": "d0", "claim": "rus_tech_to_prk", "stance": "assert", "country": "USA",
                 "verdict": "missing"})
    path.write_text(json.dumps(data))
    res = klaim.evaluate(corpus, path)
    assert "precision" in capsys.readouterr().out
    overall = res.filter(pl.col("dimension") == "all").row(0, named=True)
    assert (overall["tp"], overall["fp"], overall["fn"]) == (1, 2, 2)
    assert overall["precision"] == pytest.approx(1 / 3) and overall["recall"] == pytest.approx(1 / 3)
    tech = res.filter((pl.col("dimension") == "claim") & (pl.col("value") == "rus_tech_to_prk")).row(0, named=True)
    assert (tech["tp"], tech["fn"], tech["precision"], tech["recall"]) == (0, 1, None, 0.0)
    assert set(res.get_column("dimension")) == {"all", "claim", "stance", "actor"}
    assert res.to_pandas().shape[0] == res.height


def test_evaluate_csv_and_errors(corpus: klaim.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    labelled = corpus.to_review(path, sample=3).with_columns(pl.lit("correct").alias("verdict"))
    labelled.write_csv(path)
    res = klaim.evaluate(corpus, path, verbose=False)
    assert res.filter(pl.col("dimension") == "all").select("tp", "precision").row(0) == (3, 1.0)
    with pytest.raises(ValueError, match="row 1: verdict 'maybe'"):
        klaim.evaluate(corpus, labelled.with_columns(pl.lit("maybe").alias("verdict")), verbose=False)
    with pytest.raises(ValueError, match="no labelled rows"):
        klaim.evaluate(corpus, labelled.with_columns(pl.lit("").alias("verdict")), verbose=False)
    with pytest.raises(ValueError, match="not in this corpus"):
        klaim.evaluate(corpus, labelled.with_columns(pl.lit("zz").alias("doc_id")), verbose=False)
    with pytest.raises(ValueError, match="lack"):
        klaim.evaluate(corpus, labelled.drop("verdict"), verbose=False)
    missing = pl.DataFrame({"doc_id": ["d1"], "claim": ["c"], "stance": [None], "country": ["PRK"],
                            "verdict": ["missing"]}, schema={k: pl.String for k in
                                                             ("doc_id", "claim", "stance", "country", "verdict")})
    with pytest.raises(ValueError, match="needs claim, stance and country"):
        klaim.evaluate(corpus, missing, verbose=False)
