#!/usr/bin/env python3
"""klaim's date finder vs dateparser: agreement on the test cases and speed.

The cases are `bench/dates/cases.jsonl`, exported from the Rust table in
`src/time/tests.rs` (the single source of truth; regenerate with
`cargo test --target-dir target/cargo --lib time::tests::export_cases -- --ignored`).

Until the Python binding exists, klaim runs through the example binary
`examples/bench_dates.rs` (`cargo run --release --example bench_dates`).

Usage: python bench/dates/compare.py [--mb 4] [--sample-kb 20] [--details]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "bench" / "dates" / "cases.jsonl"
CORPUS = ROOT / "corpus"
TARGET = ROOT / "target" / "cargo"


def klaim_bin() -> list[str]:
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--target-dir", str(TARGET), "--example", "bench_dates"],
        cwd=ROOT,
        check=True,
    )
    return [str(TARGET / "release" / "examples" / "bench_dates")]


def load_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def base_of(anchor: str) -> dt.datetime | None:
    if not anchor or anchor.startswith("~"):
        return None
    return dt.datetime.fromisoformat(anchor)


def kind(case: dict) -> str:
    if not case["surface"]:
        return "no date"
    if not case["start"]:
        return "unresolved"
    return "date"


def agrees(case: dict, found: list[tuple[str, dt.date | None]]) -> bool:
    """Lenient agreement, the same for both tools.

    date: some found date lies in the expected interval; no date: nothing found;
    unresolved (no anchor): no found date for the expected surface (a tool that
    resolves against the current date disagrees).
    """
    k = kind(case)
    if k == "no date":
        return not found
    if k == "unresolved":
        return not any(d is not None and (s in case["surface"] or case["surface"] in s) for s, d in found)
    lo, hi = dt.date.fromisoformat(case["start"]), dt.date.fromisoformat(case["end"])
    return any(d is not None and lo <= d <= hi for _, d in found)


def run_dateparser(cases: list[dict]) -> list[list[tuple[str, dt.date | None]]]:
    from dateparser.search import search_dates

    out = []
    for c in cases:
        settings = {"PREFER_DATES_FROM": "past"}
        base = base_of(c["anchor"])
        if base is not None:
            settings["RELATIVE_BASE"] = base
        try:
            res = search_dates(c["text"], languages=[c["lang"]], settings=settings) or []
        except Exception:  # dateparser raises on some inputs
            res = []
        out.append([(s, d.date()) for s, d in res])
    return out


def run_klaim(cmd: list[str], cases: list[dict]) -> list[list[tuple[str, dt.date | None]]]:
    p = subprocess.run(cmd + ["cases", str(CASES)], capture_output=True, text=True, check=True)
    out = []
    for line in p.stdout.splitlines():
        ms = json.loads(line)["matches"]
        out.append([(m["surface"], dt.date.fromisoformat(m["start"]) if m["start"] else None) for m in ms])
    assert len(out) == len(cases)
    return out


def strict_klaim(cases: list[dict], cmd: list[str]) -> int:
    """Exact agreement (surface, interval, precision) of klaim with the table."""
    p = subprocess.run(cmd + ["cases", str(CASES)], capture_output=True, text=True, check=True)
    ok = 0
    for c, line in zip(cases, p.stdout.splitlines()):
        ms = json.loads(line)["matches"]
        if not c["surface"]:
            ok += not ms
            continue
        for m in ms:
            if m["surface"] == c["surface"] and (m["start"] or "") == c["start"] and (m["end"] or "") == c["end"]:
                if not c["start"] or m["precision"] == c["precision"]:
                    ok += 1
                    break
    return ok


def report(name: str, cases: list[dict], found: list) -> float:
    total = sum(agrees(c, f) for c, f in zip(cases, found))
    parts = []
    for lang in ("id", "en"):
        for k in ("date", "no date", "unresolved"):
            idx = [i for i, c in enumerate(cases) if c["lang"] == lang and kind(c) == k]
            if idx:
                a = sum(agrees(cases[i], found[i]) for i in idx)
                parts.append(f"{lang}/{k} {a}/{len(idx)}")
    pct = 100.0 * total / len(cases)
    print(f"  {name:<11} {total}/{len(cases)} = {pct:5.1f}%   ({', '.join(parts)})")
    return pct


def big_text(mb: float) -> str:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    reps = int(mb * 1e6 / len(seeds.encode())) + 1
    return "\n".join([seeds] * reps)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0, help="size of the klaim timing text (MB)")
    ap.add_argument("--sample-kb", type=float, default=20.0, help="size of the dateparser timing sample (KB)")
    ap.add_argument("--details", action="store_true", help="list the cases dateparser gets wrong")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")

    cmd = klaim_bin()
    cases = load_cases()
    n_en = sum(c["lang"] == "en" for c in cases)
    print(f"cases: {len(cases)} ({n_en} English) from {CASES.relative_to(ROOT)}")
    print("agreement with the expected values (lenient: a found date inside the expected interval):")
    k_found = run_klaim(cmd, cases)
    report("klaim", cases, k_found)
    d_found = run_dateparser(cases)
    report("dateparser", cases, d_found)
    strict = strict_klaim(cases, cmd)
    print(f"  klaim strict (surface, interval, precision): {strict}/{len(cases)} = {100.0 * strict / len(cases):.1f}%")
    if args.details:
        for c, f in zip(cases, d_found):
            if not agrees(c, f):
                print(f"    dateparser x {c['text']!r} ({c['lang']}, {c['anchor'] or '-'}): want {c['surface']!r} "
                      f"{c['start']}..{c['end']}, got {[(s, str(d)) for s, d in f]}")

    # speed
    text = big_text(args.mb)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        path = fh.name
    p = subprocess.run(cmd + ["bench", path, "id", "2022-11-08", "5"], capture_output=True, text=True, check=True)
    k = json.loads(p.stdout)
    Path(path).unlink()
    print(f"speed: klaim find_dates on {k['bytes'] / 1e6:.1f} MB: {k['seconds']:.3f} s "
          f"= {k['mb_per_s']:.1f} MB/s ({k['matches']} matches, one thread)")

    from dateparser.search import search_dates

    sample = text[: int(args.sample_kb * 1000)]
    sample = sample[: sample.rfind("\n")] if "\n" in sample else sample
    nbytes = len(sample.encode())
    base = dt.datetime(2022, 11, 8)
    search_dates("warm up pada Kamis (22/9)", languages=["id"], settings={"RELATIVE_BASE": base})
    t = time.perf_counter()
    res = search_dates(sample, languages=["id"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    secs = time.perf_counter() - t
    dp_mbs = nbytes / 1e6 / secs
    print(f"speed: dateparser search_dates on a {nbytes / 1e3:.1f} KB sample: {secs:.2f} s "
          f"= {dp_mbs * 1000:.2f} KB/s ({len(res)} matches) -> {1 / dp_mbs:.0f} s per MB")
    print(f"speed ratio klaim / dateparser: {k['mb_per_s'] / dp_mbs:,.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
