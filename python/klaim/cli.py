"""The ``klaim`` command line.

    klaim report [PATH] --out report.html     # the offline HTML report (PATH defaults to corpus/)
    klaim extract PATH --out DIR [--format parquet|csv]

Exit codes: 0 on success, 1 when the corpus, lexicon or output cannot be read or
written (one line ``klaim: error: ...`` on stderr, no traceback), 2 for bad
arguments, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

__all__ = ["main"]

_DESCRIPTION = """\
klaim reads news articles (Indonesian and English; .txt, .jsonl, .json, .csv,
.parquet) and finds who asserts, denies or hedges which claim, and when.
"""
_EPILOG = """\
examples:
  klaim report corpus/ --out report.html      one offline HTML page: frequency, timeline, matrix, changes
  klaim extract corpus/ --out tables/         every table as Parquet (documents.parquet, stances.parquet ...)
  klaim extract news.csv --out t/ --format csv --lexicon my_claims.toml

Python: klaim.read_corpus(path) gives the same tables as polars DataFrames.
"""


class _Fail(Exception):
    """A user-facing error: printed as one line, exit code 1."""


def _common(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading")
    g.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="anchor for relative dates in articles with no publication date")
    g.add_argument("--lexicon", metavar="FILE", action="append", default=[],
                   help="a lexicon TOML file that extends the default one (repeatable)")
    g.add_argument("--threads", type=int, metavar="N", help="worker threads (default: all cores)")
    g.add_argument("--strict", action="store_true", help="stop at the first unreadable input instead of "
                                                         "recording it in the errors table")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    p = argparse.ArgumentParser(prog="klaim", description=_DESCRIPTION, epilog=_EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"klaim {__version__}")
    p.add_argument("-q", "--quiet", dest="quiet_all", action="store_true", help="no progress bar or summary")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    r = sub.add_parser("report", help="write a self-contained offline HTML report",
                       description="Writes one HTML file (no scripts, no network) with the corpus summary, claim "
                                   "frequency, stance timeline, stance matrix, stance changes and every stance "
                                   "with its evidence.")
    r.add_argument("path", nargs="?", default="corpus/", help="a directory or file to read (default: corpus/)")
    r.add_argument("-o", "--out", default="report.html", metavar="FILE", help="output file (default: report.html)")
    r.add_argument("--every", default="1mo", metavar="PERIOD", help="period for counts: 1w, 1mo, 1q, 1y (default 1mo)")
    r.add_argument("--title", default="klaim report", help="the report's title")
    _common(r)
    e = sub.add_parser("extract", help="write every table to a directory",
                       description="Writes documents, sentences, dates, mentions, quotes, stances and errors "
                                   "as <table>.parquet (or .csv) into DIR, and nothing else.")
    e.add_argument("path", help="a directory or file to read")
    e.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory (created if missing)")
    e.add_argument("--format", choices=["parquet", "csv"], default="parquet", help="file format (default parquet)")
    _common(e)
    return p


def _positive(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.threads is not None and args.threads < 1:
        parser.error(f"argument --threads: must be at least 1, got {args.threads}")
    if args.reference_date is not None:
        from . import _io
        try:
            _io.iso(args.reference_date, "--reference-date")
        except ValueError as err:
            parser.error(f"argument --reference-date: {err}")


def _read(args: argparse.Namespace) -> Any:
    from . import read_corpus
    from .lexicon import Lexicon
    lexicon = None
    if args.lexicon:
        lexicon = Lexicon.default()
        for f in args.lexicon:
            if not Path(f).is_file():
                raise _Fail(f"lexicon file not found: {f}")
            lexicon.extend(Lexicon.from_toml(f))
    if not os.path.exists(args.path):
        raise _Fail(f"no such file or directory: {args.path}")
    return read_corpus(args.path, lexicon=lexicon, reference_date=args.reference_date, strict=args.strict,
                       threads=args.threads, progress=False if args.quiet else None)


def _flat(df: pl.DataFrame) -> pl.DataFrame:
    """List columns as JSON strings (CSV has no lists)."""
    lists = [c for c, t in df.schema.items() if isinstance(t, pl.List)]
    return df.with_columns([pl.col(c).map_elements(lambda v: json.dumps(list(v), ensure_ascii=False),
                                                   return_dtype=pl.String) for c in lists]) if lists else df


def _extract(args: argparse.Namespace) -> None:
    from ._io import TABLES
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise _Fail(f"--out {out} exists and is not a directory")
    targets = {name: out / f"{name}.{args.format}" for name in TABLES}
    for t in targets.values():  # the names are fixed; still, never write through a link placed there
        if t.is_symlink() or (t.exists() and not t.is_file()):
            raise _Fail(f"refusing to write {t}: it is a link or not a regular file")
    corpus = _read(args)
    out.mkdir(parents=True, exist_ok=True)
    for name, target in targets.items():
        df = corpus.tables()[name]
        tmp = target.with_name(f".{target.name}.tmp")
        if args.format == "parquet":
            df.write_parquet(tmp)
        else:
            _flat(df).write_csv(tmp)
        os.replace(tmp, target)
    if not args.quiet:
        print(f"klaim: {corpus.documents.height} documents, {corpus.stances.height} stances, "
              f"{corpus.errors.height} errors -> {out}/ ({len(targets)} {args.format} files)", file=sys.stderr)


def _report(args: argparse.Namespace) -> None:
    from .report import write_report
    out = Path(args.out)
    if out.is_dir():
        raise _Fail(f"--out {out} is a directory; give a file name such as {out / 'report.html'}")
    corpus = _read(args)
    write_report(corpus, out, every=args.every, title=args.title, source=args.path)
    if not args.quiet:
        print(f"klaim: {corpus.documents.height} documents, {corpus.stances.height} stances -> {out}",
              file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code (the console script exits with it)."""
    parser = _parser()
    args = parser.parse_args(argv)
    args.quiet = args.quiet or args.quiet_all
    _positive(parser, args)
    if args.command == "report":
        from .analytics import _check_every
        try:
            _check_every(args.every)
        except ValueError as err:
            parser.error(f"argument --every: {err}")
    from ._errors import KlaimError
    try:
        if args.command == "extract":
            _extract(args)
        else:
            _report(args)
    except KeyboardInterrupt:
        print("klaim: interrupted", file=sys.stderr)
        return 130
    except (_Fail, KlaimError, FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as err:
        msg = str(err).splitlines()[0] if str(err) else type(err).__name__
        print(f"klaim: error: {msg}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"klaim: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
