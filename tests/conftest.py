from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"


@pytest.fixture(scope="session")
def seed_corpus():
    import klaim

    return klaim.read_corpus(CORPUS)


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    if not GOLD.exists():
        pytest.skip("../shared/eval/seed_gold.json is not beside the repository")
    return json.loads(GOLD.read_text(encoding="utf-8"))
