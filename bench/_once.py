"""One measured klaim run, in a fresh process (so its peak RSS is its own).

    python bench/_once.py eager|stream PATH THREADS [BATCH] [--warm]

BATCH defaults to ``klaim.stream.DEFAULT_BATCH``.

``--warm`` reads PATH once, untimed, before the measured run (so the measured run reuses
memory the process already has, as a peer measured in a warm process does).

Prints one JSON line: seconds, documents, rows per table, input bytes, peak RSS
and the RSS after importing klaim (the baseline).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def input_bytes(path: str) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def main() -> None:
    warm = "--warm" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--warm"]
    mode, path, threads = args[0], args[1], int(args[2])
    import klaim

    klaim.Lexicon.default()._inner.compile()
    if warm:
        klaim.read_corpus(path, threads=threads, progress=False).tables()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    rows: dict[str, int] = {}
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    if mode == "eager":
        c = klaim.read_corpus(path, threads=threads, progress=False)
        rows = {k: v.height for k, v in c.tables().items()}
    elif mode == "stream":
        batch = args[3] if len(args) > 3 else klaim.stream.DEFAULT_BATCH
        for b in klaim.scan_corpus(path, batch_size=batch, threads=threads, progress=False):
            for k, v in b.tables().items():
                rows[k] = rows.get(k, 0) + v.height
            del b
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"mode": mode, "warm": warm, "path": path, "threads": threads, "seconds": seconds, "cpu_seconds": cpu,
                      "documents": rows.get("documents", 0), "rows": rows, "bytes": input_bytes(path),
                      "peak_rss": peak, "base_rss": base}))


if __name__ == "__main__":
    main()
