"""The klaim command line: report, extract, errors and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import klaim
import polars as pl
import pytest
from klaim import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"klaim {klaim.__version__}"
    with pytest.raises(SystemExit) as e:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert e.value.code == 0 and "report" in out and "extract" in out and "examples:" in out
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    out = capsys.readouterr().out
    for opt in ("--out", "--reference-date", "--lexicon", "--threads", "--strict", "--quiet", "--every"):
        assert opt in out


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["extract", str(SEED)], ["report", "--threads", "0"],
                                  ["report", "--reference-date", "yesterday"], ["report", "--every", "monthly"],
                                  ["extract", str(SEED), "--out", "x", "--format", "xlsx"]])
def test_bad_arguments_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("klaim") and "error:" in err[-1] and "Traceback" not in "".join(err)


def test_missing_path_is_one_line_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", str(tmp_path / "nope"), "--out", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("klaim: error: ") and err.count("\n") == 1 and "nope" in err
    assert not (tmp_path / "r.html").exists()
    assert cli.main(["report", str(SEED), "--out", str(tmp_path / "r.html"), "--lexicon",
                     str(tmp_path / "none.toml")]) == 1
    assert "lexicon file not found" in capsys.readouterr().err


def test_console_script_missing_path_has_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "klaim.cli", "report", str(tmp_path / "missing")],
                          check=False, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("klaim: error:") and "Traceback" not in proc.stderr


def test_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert cli.main(["report", str(SEED), "--out", str(out), "--reference-date", "2024-11-01", "--threads", "1",
                     "--title", "Seed <corpus>"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<h2>Stance matrix</h2>" in html and "Seed &lt;corpus&gt;" in html
    assert "klaim: 5 documents" in capsys.readouterr().err
    assert cli.main(["report", str(SEED), "--out", str(tmp_path / "q.html"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert cli.main(["report", str(SEED), "--out", str(tmp_path)]) == 1  # a directory
    assert "is a directory" in capsys.readouterr().err


def test_report_defaults_to_corpus_dir(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Korea Utara menyangkal tuduhan AS.", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert cli.main(["-q", "report"]) == 0
    finally:
        os.chdir(cwd)
    assert (tmp_path / "report.html").exists()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_extract_writes_every_table_and_nothing_else(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "tables"
    assert cli.main(["extract", str(SEED), "--out", str(out), "--format", fmt, "-q"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{t}.{fmt}" for t in ("documents", "sentences", "dates", "mentions", "quotes",
                                                  "stances", "errors"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]
    read = pl.read_parquet if fmt == "parquet" else pl.read_csv
    docs = read(out / f"documents.{fmt}")
    assert docs.height == 5 and "doc_id" in docs.columns
    stances = read(out / f"stances.{fmt}")
    assert stances.columns == klaim.schemas()["stances"].get_column("column").to_list()


def test_extract_refuses_links_and_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (out / "stances.parquet").symlink_to(victim)
    assert cli.main(["extract", str(SEED), "--out", str(out)]) == 1
    assert "refusing" in capsys.readouterr().err
    assert victim.read_text() == "keep me"
    assert cli.main(["extract", str(SEED), "--out", str(victim)]) == 1
    assert "not a directory" in capsys.readouterr().err
