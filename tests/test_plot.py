"""klaim.plot: Altair charts that save offline, with the fixed stance colours."""

from __future__ import annotations

import json
from pathlib import Path

import klaim
import polars as pl
import pytest
from klaim import plot
from test_analytics import make_corpus

alt = pytest.importorskip("altair")


@pytest.fixture
def corpus() -> klaim.Corpus:
    docs = [{"doc_id": "a", "pub_date": "2024-01-05", "outlet": "Kontan"},
            {"doc_id": "b", "pub_date": "2024-03-05", "outlet": "Detik"}]
    stances = [{"doc_id": "a", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "deny",
                "evidence": "We never sent <troops>"},
               {"doc_id": "a", "country": "USA", "claim": "prk_troops_to_rus", "stance": "assert"},
               {"doc_id": "b", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "assert"},
               {"doc_id": "b", "country": "RUS", "claim": "prk_arms_to_rus", "stance": "hedge"}]
    return make_corpus(docs, stances)


def _data(chart: object) -> list[dict[str, object]]:
    spec = chart.to_dict()  # type: ignore[attr-defined]
    return spec["data"]["values"]  # type: ignore[no-any-return]


def test_claim_frequency_chart_from_corpus_and_frame(corpus: klaim.Corpus, tmp_path: Path) -> None:
    chart = plot.claim_frequency(corpus)
    spec = chart.to_dict()
    assert spec["mark"]["type"] == "line"
    assert spec["encoding"]["x"]["field"] == "period" and spec["encoding"]["y"]["field"] == "documents"
    values = _data(chart)
    assert len(values) == 3 * 2 and {v["period"] for v in values} == {"2024-01-01", "2024-02-01", "2024-03-01"}
    again = plot.claim_frequency(corpus.claim_frequency(by="outlet", unit="statements"))
    assert again.to_dict()["encoding"]["y"]["field"] == "statements"
    chart.save(tmp_path / "f.svg")
    chart.save(tmp_path / "f.png")
    assert (tmp_path / "f.svg").read_text().startswith("<svg")
    assert (tmp_path / "f.png").read_bytes()[:4] == b"\x89PNG"


def test_stance_timeline_chart_colours_rows_and_evidence(corpus: klaim.Corpus, tmp_path: Path) -> None:
    chart = plot.stance_timeline(corpus)
    spec = chart.to_dict()
    enc = spec["spec"]["encoding"]
    assert enc["y"]["field"] == "actor" and enc["x"]["field"] == "period"
    assert enc["color"]["scale"] == {"domain": ["assert", "deny", "hedge"], "range": ["#d62728", "#1f77b4", "#ff7f0e"]}
    assert spec["facet"]["row"]["field"] == "claim"
    rows = spec["data"]["values"]
    assert {(r["actor"], r["stance"]) for r in rows} == {("PRK", "deny"), ("USA", "assert"), ("PRK", "assert"),
                                                         ("RUS", "hedge")}
    assert any(r["latest_evidence"] == "We never sent <troops>" for r in rows)
    svg = plot.to_svg(chart)
    assert svg.startswith("<svg") and "PRK" in svg and "<troops>" not in svg
    chart.save(tmp_path / "t.png")
    assert (tmp_path / "t.png").stat().st_size > 1000
    filtered = plot.stance_timeline(corpus, actors="PRK")
    assert {r["actor"] for r in filtered.to_dict()["data"]["values"]} == {"PRK"}


def test_plots_validate_their_input(corpus: klaim.Corpus) -> None:
    with pytest.raises(ValueError, match="not a claim_frequency table"):
        plot.claim_frequency(pl.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="not a stance_timeline table"):
        plot.stance_timeline(corpus.claim_frequency())
    with pytest.raises(TypeError):
        plot.stance_timeline([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="valid actor ids"):
        plot.stance_timeline(corpus, actors="Atlantis")


def test_empty_corpus_still_charts() -> None:
    c = make_corpus([{"doc_id": "a"}], [])
    assert plot.to_svg(plot.stance_timeline(c)).startswith("<svg")
    assert json.dumps(plot.claim_frequency(c).to_dict())
