"""examples/quickstart.ipynb runs top to bottom in a real kernel and shows what it says."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import klaim
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    start = time.monotonic()
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT)}}).execute()
    nb.metadata["_elapsed"] = time.monotonic() - start
    return nb


def _text(cell: Any) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out["text"])
        elif "data" in out:
            parts.extend(str(v) for v in out["data"].values())
    return "\n".join(parts)


def _cell(nb: Any, needle: str) -> Any:
    return next(c for c in nb.cells if c.cell_type == "code" and needle in c.source)


def test_notebook_runs_without_errors(executed: Any) -> None:
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert cell.get("outputs"), f"no output for: {cell.source[:60]}"
            assert all(o.get("output_type") != "error" for o in cell.outputs)
    assert "<klaim.Corpus: 5 documents" in _text(_cell(executed, "read_corpus"))
    assert "004_3a2ed5cd9f139673" in _text(_cell(executed, "corpus.documents.select"))
    assert "round trip: True" in _text(_cell(executed, "to_pandas"))
    assert "klaim-explain" in _text(_cell(executed, "explain"))
    charts = [_cell(executed, "plot.claim_frequency"), _cell(executed, "plot.stance_timeline")]
    for c in charts:
        bundle = {k: str(v) for o in c.outputs for k, v in o.get("data", {}).items()}
        assert any("vegalite" in k for k in bundle) or "vega" in bundle.get("text/html", "")


def test_notebook_shows_prk_deny(executed: Any) -> None:
    if klaim.read_corpus(ROOT / "corpus").stances.height == 0:
        pytest.skip("the stance extractor finds nothing yet in this build")
    text = _text(_cell(executed, "stances = corpus.stances"))
    assert "PRK" in text and "deny" in text
