"""One timed klaim read in a fresh process, for comparing two builds side by side.

    python bench/ab.py PATH [PATH ...]

Run it alternately with two interpreters that have the two builds installed (for example the
project's and a virtualenv with an older wheel); each run prints the process's CPU seconds for
``read_corpus(paths, threads=1)`` with all tables, and the number of stances found (equal
counts show that the two builds found the same stances).
"""

from __future__ import annotations

import resource
import sys

import klaim


def main() -> None:
    paths = sys.argv[1:]
    if not paths:
        raise SystemExit(__doc__)
    klaim.Lexicon.default()._inner.compile()
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    tables = klaim.read_corpus(paths, threads=1, progress=False).tables()
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(f"{cpu:.3f} {tables['stances'].height}")


if __name__ == "__main__":
    main()
