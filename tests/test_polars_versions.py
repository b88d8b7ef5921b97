"""klaim works with the oldest supported polars (1.3) and the newest installed one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import klaim
import pytest
from conftest import CORPUS

SMOKE = f"""
import polars as pl, klaim
c = klaim.read_corpus({str(CORPUS)!r})
assert c.documents.height == 5, c.documents
assert c.documents.schema["pub_date"] == pl.Date
assert c.stances.schema["via"] == pl.List(pl.String)
print(pl.__version__, c.documents.height, c.sentences.height)
"""


def test_newest_polars_in_this_environment(seed_corpus):
    import polars as pl

    assert seed_corpus.documents.schema["text"] == pl.String
    assert seed_corpus.documents.height == 5


@pytest.mark.slow
def test_oldest_supported_polars(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    proc = subprocess.run([str(py), "-m", "pip", "install", "-q", "polars==1.3.0"], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.skip(f"polars 1.3.0 cannot be installed here: {proc.stderr[-300:]}")
    # The installed klaim package (abi3 module) copied alone onto that venv's path.
    pkg = tmp_path / "site"
    shutil.copytree(Path(klaim.__file__).parent, pkg / "klaim")
    env = {**os.environ, "PYTHONPATH": str(pkg)}
    out = subprocess.run([str(py), "-c", SMOKE], capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("1.3.0 5 ")
    assert sys.version_info >= (3, 10)
