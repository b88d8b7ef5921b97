"""The offline HTML report: self-contained, escaped, and clean in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import klaim
import polars as pl
import pytest
from klaim import report
from test_analytics import make_corpus

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def corpus() -> klaim.Corpus:
    docs = [
        {"doc_id": "000_evil", "pub_date": "2022-09-22", "outlet": "Kontan", "title": "<b>Bold</b> headline",
         "path": "/tmp/<img src=x onerror=alert(2)>.txt",
         "text": f"{SCRIPT} Korea Utara menyangkal memasok senjata ke Rusia. <a href='http://evil'>x</a>"},
        {"doc_id": "001", "pub_date": "2022-11-08", "text": "Kirby menuduh Korea Utara memasok amunisi."},
        {"doc_id": "004", "pub_date": "2024-10-31", "text": "Korea Utara menolak tuduhan mengirim pasukan."},
        {"doc_id": "005", "pub_date": "2025-04-28", "text": "Korea Utara mengakui mengirim pasukan ke Kursk."},
    ]
    stances = [
        {"doc_id": "000_evil", "country": "PRK", "speaker": "KCNA", "claim": "prk_arms_to_rus", "stance": "deny",
         "date": "2022-09-22", "evidence": f"{SCRIPT} kami tidak pernah mengekspor senjata"},
        {"doc_id": "001", "country": "USA", "speaker": "John Kirby", "claim": "prk_arms_to_rus",
         "stance": "assert", "evidence": "Korea Utara diam-diam memasok peluru artileri"},
        {"doc_id": "001", "country": "USA", "speaker": "John Kirby", "claim": "prk_arms_to_rus",
         "stance": "hedge", "evidence": "belum ada indikasi"},
        {"doc_id": "004", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "deny",
         "evidence": "Korea Utara menolak tuduhan mengirim pasukan ke Rusia"},
        {"doc_id": "005", "country": "PRK", "claim": "prk_troops_to_rus", "stance": "assert",
         "evidence": "Korea Utara mengakui mengirim pasukan ke Kursk"},
    ]
    return make_corpus(docs, stances)


def test_report_sections_and_charts(corpus: klaim.Corpus, tmp_path: Path) -> None:
    out = report.write_report(corpus, tmp_path / "sub" / "r.html", source="corpus/")
    html = out.read_text(encoding="utf-8")
    for h in ("Corpus", "Claim frequency", "Stance timeline", "Stance matrix", "Stance changes",
              "Stances and their evidence", "Documents"):
        assert f"<h2>{h}</h2>" in html
    assert html.count("<svg") >= 2
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert not re.search(r"<[^>]*\s(href|src)\s*=", html)  # no link, no external resource
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert '<td class="s-deny">deny</td>' in html and '<td class="m-assert">assert</td>' in html
    assert "mengakui mengirim pasukan ke Kursk" in html  # the flip deny -> assert and its evidence


def test_report_escapes_everything_from_the_data(corpus: klaim.Corpus) -> None:
    html = report.render_report(corpus, title="<i>t</i>")
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # in the evidence and the document excerpt
    assert html.count("&lt;script&gt;alert(1)") >= 2
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "<a " not in html and not re.search(r"<[^>]*\s(href|src)\s*=", html)
    assert "<i>t</i>" not in html and "&lt;i&gt;t&lt;/i&gt;" in html
    assert "onerror=alert(2)>" not in html


def test_report_without_stances(tmp_path: Path) -> None:
    c = make_corpus([{"doc_id": "a", "text": SCRIPT}], [])
    html = report.render_report(c)
    assert "No dated stances" in html and SCRIPT not in html


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_report_in_chromium(corpus: klaim.Corpus) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium binary (apt-get install -y chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    page = report.write_report(corpus, ARTIFACTS / "report.html", source="corpus/")
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}", "--window-size=1280,2400",
         "--enable-logging=stderr", "--v=0", "--hide-scrollbars", page.resolve().as_uri()],
        check=False, capture_output=True, text=True, timeout=120)
    log = proc.stdout + proc.stderr
    assert "Uncaught" not in log and "ERROR:CONSOLE" not in log, log
    assert not re.search(r"CONSOLE.*(error|refused)", log, re.IGNORECASE), log
    assert shot.exists() and shot.stat().st_size > 10_000
    assert page.read_text(encoding="utf-8").count("<svg") >= 2


def test_report_on_the_seed_corpus(tmp_path: Path) -> None:
    c = klaim.read_corpus(Path(__file__).resolve().parents[1] / "corpus")
    html = report.render_report(c)
    assert "<h2>Stance matrix</h2>" in html
    for doc_id in c.documents.get_column("doc_id"):
        assert doc_id in html
    assert pl.Series([html]).str.contains("<script", literal=True).item() is False
