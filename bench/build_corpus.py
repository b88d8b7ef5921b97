#!/usr/bin/env python3
"""Builds benchmark corpora from the real seed articles, deterministically.

    python bench/build_corpus.py                 # 100mb, 400mb, 1600mb
    python bench/build_corpus.py --sizes 100mb   # just one

Each size gets two copies of the same documents under ``bench/data/<size>/``:

- ``txt/NNNN/<doc>.txt``: one article per file, 1000 files per directory;
- ``jsonl/part-NNN.jsonl``: ``{"id", "date", "title", "text"}`` records, ~50 MB per file.

Documents are made from the five seed articles in ``corpus/`` (the only real
article text in the repository): each generated article takes one seed's
furniture (``Sumber: ... | Editor:``, the header date line), its body paragraphs
in a shuffled order, sometimes a paragraph of another seed, sometimes one
paragraph dropped; its dates are rotated over ten years (2014-2023): the
`` date YYYY-MM-DD`` header, weekday + day/month (``Kamis (22/9)``), full dates
(``Selasa 8 November 2022``) and day-month (``22 September``) expressions.
Everything depends only on the document number, so the output is identical on
every run and on every machine, and the 100 MB corpus is a prefix of the 400 MB one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
DATA = ROOT / "bench" / "data"
SIZES = {"100mb": 100 * 10**6, "400mb": 400 * 10**6, "1600mb": 1600 * 10**6}
JSONL_PART = 50 * 10**6
START = dt.date(2014, 1, 1)
DAYS = 3652

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WD = "|".join(WEEKDAYS)
MO = "|".join(MONTHS)
RE_HEADER = re.compile(r"^ date \d{4}-\d{2}(-\d{2})?")
RE_WD_DM = re.compile(rf"\b({WD})\s*\((\d{{1,2}})/(\d{{1,2}})(/\d{{2,4}})?\)")
RE_WD_FULL = re.compile(rf"\b({WD}),?\s+(\d{{1,2}})\s+({MO})\s+(\d{{4}})")
RE_DM = re.compile(rf"\b(\d{{1,2}})\s+({MO})\b(\s+\d{{4}})?")


class Seed:
    def __init__(self, path: Path) -> None:
        lines = path.read_text(encoding="utf-8").split("\n")
        self.name = path.stem
        self.header: list[str] = []
        body: list[str] = []
        for i, line in enumerate(lines):
            if i < 2 and (line.startswith("Sumber:") or RE_HEADER.match(line)):
                self.header.append(line)
            elif line.strip():
                body.append(line)
        # The first body paragraph carries the dateline / headline: it stays first.
        self.lead, self.body = body[0], body[1:]
        self.title = body[0][:120]


def seeds() -> list[Seed]:
    return [Seed(p) for p in sorted(SEEDS.glob("*.txt"))]


def rotate_dates(text: str, day: dt.date, rng: random.Random) -> str:
    """Moves every weekday/day-month expression to days shortly before `day`, consistently."""

    def before() -> dt.date:
        return day - dt.timedelta(days=rng.randrange(0, 10))

    def wd_dm(m: re.Match[str]) -> str:
        d = before()
        year = f"/{d.year}" if m.group(4) else ""
        return f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month}{year})"

    def wd_full(m: re.Match[str]) -> str:
        d = before()
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"

    def dm(m: re.Match[str]) -> str:
        d = before()
        return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if m.group(3) else "")

    text = RE_WD_DM.sub(wd_dm, text)
    text = RE_WD_FULL.sub(wd_full, text)
    return RE_DM.sub(dm, text)


def make_doc(i: int, pool: list[Seed]) -> dict[str, str]:
    """Document number `i`: {id, date, title, text}; a pure function of `i`."""
    rng = random.Random(i * 1_000_003 + 17)
    seed = pool[i % len(pool)]
    day = START + dt.timedelta(days=(i * 7919) % DAYS)
    body = list(seed.body)
    rng.shuffle(body)
    if body and rng.random() < 0.2:
        body.pop(rng.randrange(len(body)))
    if rng.random() < 0.5:
        other = pool[rng.randrange(len(pool))]
        if other.body:
            body.insert(rng.randrange(len(body) + 1), other.body[rng.randrange(len(other.body))])
    header = []
    for line in seed.header:
        header.append(RE_HEADER.sub(f" date {day:%Y-%m}", line) if RE_HEADER.match(line) else line)
    if not any(RE_HEADER.match(h) for h in header) and i % 4 != 3:
        header.insert(0, f" date {day.isoformat()}")
    text = "\n".join([*header, seed.lead, *body]) + "\n"
    text = rotate_dates(text, day, rng)
    digest = hashlib.blake2b(f"{i}".encode(), digest_size=8).hexdigest()
    return {"id": f"{i:07d}_{digest}", "date": day.isoformat(), "title": seed.title, "text": text}


def build(size: str, target: int, force: bool) -> None:
    out = DATA / size
    done = out / "DONE"
    if done.exists() and not force:
        print(f"{out}: exists ({done.read_text().strip()})")
        return
    if out.exists():
        shutil.rmtree(out)
    (out / "txt").mkdir(parents=True)
    (out / "jsonl").mkdir(parents=True)
    pool = seeds()
    total = i = part = part_bytes = 0
    parts = [open(out / "jsonl" / f"part-{part:03d}.jsonl", "w", encoding="utf-8")]  # noqa: SIM115 - closed below
    try:
        while total < target:
            doc = make_doc(i, pool)
            data = doc["text"].encode("utf-8")
            d = out / "txt" / f"{i // 1000:04d}"
            if i % 1000 == 0:
                d.mkdir()
            (d / f"{doc['id']}.txt").write_bytes(data)
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            if part_bytes and part_bytes + len(line) > JSONL_PART:
                parts[-1].close()
                part, part_bytes = part + 1, 0
                parts.append(open(out / "jsonl" / f"part-{part:03d}.jsonl", "w", encoding="utf-8"))  # noqa: SIM115
            parts[-1].write(line)
            part_bytes += len(line.encode("utf-8"))
            total += len(data)
            i += 1
    finally:
        parts[-1].close()
    done.write_text(f"{i} documents, {total} bytes of text\n")
    print(f"{out}: {i} documents, {total / 1e6:.1f} MB of text, {part + 1} JSONL files")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    ap.add_argument("--force", action="store_true", help="rebuild even when the output exists")
    args = ap.parse_args()
    need = sum(SIZES[s] for s in args.sizes) * 2.2
    free = shutil.disk_usage(ROOT).free
    if free < need + 5e9:
        print(f"not enough disk: {free / 1e9:.1f} GB free, need {need / 1e9:.1f} GB plus 5 GB spare", file=sys.stderr)
        return 1
    for s in args.sizes:
        build(s, SIZES[s], args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
