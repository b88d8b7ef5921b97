"""A self-contained offline HTML report of a corpus (``klaim report``).

The report is one HTML file with no script, no CDN and no external resource: the
charts are inline SVG rendered by vl-convert from the Altair specs of
:mod:`klaim.plot`, and a Content-Security-Policy forbids scripts and remote loads
anyway. Everything that comes from the data (text, titles, evidence, ids, paths)
is HTML-escaped; nothing from the data becomes a link.

Sections: corpus summary, claim frequency, stance timeline, stance matrix,
stance changes, stances with their evidence, documents, and read errors.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from .analytics import STANCES

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["render_report", "write_report"]

_CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1200px;
 color:#222;line-height:1.45;padding:0 1em}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #eee;padding-bottom:.2em;margin-top:2em}
.meta{color:#666;font-size:90%}.note{color:#666;font-style:italic}
table{border-collapse:collapse;font-size:88%;margin:.5em 0}
td,th{border:1px solid #ddd;padding:3px 7px;vertical-align:top;text-align:left}
th{background:#f5f5f5}tr:nth-child(even) td{background:#fbfbfb}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.s-assert{color:#d62728;font-weight:bold}.s-deny{color:#1f77b4;font-weight:bold}
.s-hedge{color:#e07000;font-weight:bold}
td.m-assert{background:#fbe0e0 !important}td.m-deny{background:#dde9f6 !important}
td.m-hedge{background:#fdebd3 !important}
.chart{overflow-x:auto;margin:.5em 0}.chart svg{max-width:100%;height:auto}
.cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;
 min-width:8em}.card b{display:block;font-size:150%}
td.evidence,td.excerpt{max-width:40em}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"


def _e(value: Any) -> str:
    """HTML-escapes any value; None is empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))


def _table(df: pl.DataFrame, *, stance_cols: tuple[str, ...] = ("stance", "from_stance", "to_stance",
                                                                  "latest_stance"),
           matrix: bool = False, classes: dict[str, str] | None = None, limit: int | None = None) -> str:
    """An escaped HTML table; stance values get their colour class."""
    if df.height == 0:
        return '<p class="note">(none)</p>'
    shown = df if limit is None else df.head(limit)
    classes = classes or {}
    head = "".join(f"<th>{_e(c)}</th>" for c in shown.columns)
    numeric = {c for c, t in shown.schema.items() if t.is_numeric()}
    rows = []
    for row in shown.iter_rows(named=True):
        cells = []
        for c, v in row.items():
            cls = classes.get(c, "num" if c in numeric else "")
            if v in STANCES and (c in stance_cols or matrix):
                cls = f"m-{v}" if matrix else f"s-{v}"
            cells.append(f'<td class="{cls}">{_e(v)}</td>' if cls else f"<td>{_e(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (f'<p class="note">showing {limit} of {df.height} rows; the full table is in '
            "<code>klaim extract</code> output</p>") if limit is not None and df.height > limit else ""
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>{more}"


def _chart(kind: str, frame: pl.DataFrame, every: str) -> str:
    """Inline SVG of the ``kind`` chart of :mod:`klaim.plot`, or a note if the plot extra is missing."""
    try:
        from . import plot
        chart = plot.claim_frequency(frame, every=every, width=820) if kind == "frequency" else \
            plot.stance_timeline(frame, every=every, width=820)
        return f'<div class="chart">{plot.to_svg(chart)}</div>'
    except ImportError:
        return '<p class="note">Charts need the plot extra: pip install \'klaim[plot]\'.</p>'


def _summary(corpus: Corpus) -> str:
    docs, st = corpus.documents, corpus.stances
    dates = docs.get_column("pub_date").drop_nulls()
    span = f"{dates.min()!s} to {dates.max()!s}" if dates.len() else "no publication dates"
    cards = [("documents", docs.height), ("with a date", dates.len()), ("stances", st.height),
             ("claims", st.get_column("claim").n_unique()), ("actors", st.get_column("country").drop_nulls()
                                                             .n_unique()), ("read errors", corpus.errors.height)]
    out = ['<div class="cards">' + "".join(f'<div class="card"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in cards)
           + "</div>", f"<p>Publication dates: {_e(span)}.</p>"]
    langs = docs.group_by("language").len().sort("len", descending=True)
    out.append("<p>Languages: " + _e(", ".join(f"{r[0] or 'unknown'} ({r[1]})" for r in langs.iter_rows()))
               + "</p>")
    outlets = docs.group_by("outlet").len().sort(["len", "outlet"], descending=[True, False], nulls_last=True)
    out.append("<p>Outlets: " + _e(", ".join(f"{r[0] or 'unknown'} ({r[1]})" for r in outlets.head(15).iter_rows()))
               + ("" if outlets.height <= 15 else f" and {outlets.height - 15} more") + "</p>")
    if st.height:
        cross = (st.group_by("claim", "stance").len()
                 .pivot(on="stance", index="claim", values="len", aggregate_function=None).fill_null(0))
        cols = ["claim", *[s for s in STANCES if s in cross.columns]]
        out.append("<h3>Statements per claim and stance</h3>" + _table(cross.select(cols).sort("claim")))
    return "\n".join(out)


def render_report(corpus: Corpus, *, every: str = "1mo", title: str = "klaim report", source: str | None = None,
                  max_rows: int = 2000) -> str:
    """The report as an HTML string (see the module docstring for what it holds).

    ``every`` is the period of the frequency and timeline sections; ``source`` is
    shown (as text) as where the corpus came from; tables longer than
    ``max_rows`` are cut, with a note. Raises ValueError for a bad ``every``.
    """
    from . import __version__
    st = corpus.stances
    parts = [f"<h1>{_e(title)}</h1>",
             f'<p class="meta">klaim {_e(__version__)}, {_e(dt.date.today().isoformat())}'
             + (f" &middot; source: <code>{_e(source)}</code>" if source else "") + "</p>",
             "<h2>Corpus</h2>", _summary(corpus)]
    freq = corpus.claim_frequency(every=every)
    parts.append("<h2>Claim frequency</h2>")
    if freq.height:
        parts.append(f'<p class="note">Documents mentioning each claim per period ({_e(every)}), syndicated '
                     "copies counted once; statement date, else publication date.</p>")
        parts.append(_chart("frequency", freq, every))
        from .analytics import document_clusters
        totals = (st.join(corpus.documents.select("doc_id", "outlet"), on="doc_id", how="left")
                  .join(document_clusters(corpus), on="doc_id", how="left")
                  .group_by("claim", "outlet")
                  .agg(pl.col("cluster_id").n_unique().alias("documents"),
                       (pl.col("doc_id").n_unique() - pl.col("cluster_id").n_unique()).alias("reprints"),
                       pl.len().alias("statements"))
                  .sort("claim", "outlet", nulls_last=True))
        parts.append("<h3>Per claim and outlet, all dates</h3>" + _table(totals, limit=max_rows))
    else:
        parts.append('<p class="note">No dated stances: nothing to count.</p>')
    timeline = corpus.stance_timeline(every=every)
    parts.append("<h2>Stance timeline</h2>")
    if timeline.height:
        parts.append(_chart("timeline", timeline, every))
        parts.append(_table(timeline.drop("latest_evidence"), limit=max_rows))
    else:
        parts.append('<p class="note">No dated stances of states or organisations.</p>')
    parts.append("<h2>Stance matrix</h2><p class=\"note\">Each actor's latest stance on each claim "
                 "(undated statements count only where nothing dated exists).</p>")
    parts.append(_table(corpus.stance_matrix(), matrix=True))
    parts.append("<h2>Stance changes</h2>")
    parts.append(_table(corpus.stance_changes(), classes={"from_evidence": "evidence", "to_evidence": "evidence"},
                        limit=max_rows))
    parts.append("<h2>Stances and their evidence</h2>")
    stances = (st.join(corpus.documents.select("doc_id", "pub_date"), on="doc_id", how="left")
               .select("doc_id", pl.coalesce("date", "pub_date").alias("date"), "country", "speaker", "claim",
                       "stance", "cue", pl.col("via"), "evidence")
               .sort("date", "doc_id", nulls_last=True))
    parts.append(_table(stances, classes={"evidence": "evidence"}, limit=max_rows))
    parts.append("<h2>Documents</h2>")
    docs = corpus.documents.select("doc_id", "pub_date", "outlet", "language", "title",
                                   pl.col("text").str.slice(0, 240).alias("excerpt")).sort("doc_id")
    parts.append(_table(docs, classes={"excerpt": "excerpt"}, limit=max_rows))
    if corpus.errors.height:
        parts.append("<h2>Read errors</h2>" + _table(corpus.errors, limit=max_rows))
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def write_report(corpus: Corpus, path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """Writes :func:`render_report` to ``path`` (UTF-8) and returns it.

    Creates missing parent directories. Raises OSError when the file cannot be written.
    """
    out = Path(path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True)
    out.write_text(render_report(corpus, **kwargs), encoding="utf-8")
    return out
