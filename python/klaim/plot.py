"""Charts of claim frequency and stance timelines, as Altair charts.

They render in Jupyter and save offline with ``chart.save("x.png")`` / ``"x.svg"``
(through vl-convert, no browser, no network)::

    import klaim, klaim.plot
    corpus = klaim.read_corpus("corpus/")
    klaim.plot.stance_timeline(corpus).save("timeline.svg")

Needs the ``plot`` extra (``pip install 'klaim[plot]'``: altair, vl-convert-python);
without it the functions raise ImportError saying so. The data is embedded in the
chart spec (no external URL).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from .analytics import BY_COLUMNS, STANCES

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["STANCE_COLOURS", "claim_frequency", "stance_timeline", "to_svg"]

#: the fixed colour of each stance (assert red, deny blue, hedge orange), in every chart
STANCE_COLOURS = {"assert": "#d62728", "deny": "#1f77b4", "hedge": "#ff7f0e"}


def _altair() -> Any:
    try:
        import altair as alt
    except ImportError as e:  # pragma: no cover - the extra is installed in the test environment
        raise ImportError("klaim.plot needs altair (and vl-convert-python to save images): "
                          "pip install 'klaim[plot]'") from e
    return alt


def _values(df: pl.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts, dates as ISO strings."""
    return df.with_columns(pl.col(pl.Date).dt.strftime("%Y-%m-%d")).to_dicts()


def _is_corpus(data: Any) -> bool:
    from .corpus import Corpus
    return isinstance(data, Corpus)


def _x_period(alt: Any, every: str | None) -> Any:
    fmt = "%Y-%m-%d" if every and every.endswith(("d", "w")) else "%Y-%m" if every != "1y" else "%Y"
    return alt.X("period:T", title="period", scale=alt.Scale(type="utc", padding=12), axis=alt.Axis(format=fmt, labelAngle=-40))


def claim_frequency(data: Corpus | pl.DataFrame, every: str = "1mo", by: str | Sequence[str] = "claim",
                    unit: str = "documents", dedup: bool = True, *, title: str | None = None,
                    width: int = 600, height: int = 260, **kwargs: Any) -> Any:
    """A line chart of claim mentions per period, one line per group.

    ``data`` is a Corpus (then ``every``, ``by``, ``unit``, ``dedup`` and ``kwargs``
    go to :func:`klaim.analytics.claim_frequency`) or a frame it returned (then
    those arguments are ignored except ``every`` for the axis format). Returns an
    ``altair.Chart``. Rows with a null period (``include_undated=True``) are not
    drawn. Raises ImportError without altair, ValueError for a frame that is not a
    claim-frequency table.
    """
    alt = _altair()
    if _is_corpus(data):
        frame = data.claim_frequency(every, by, unit, dedup, **kwargs)  # type: ignore[union-attr]
    elif isinstance(data, pl.DataFrame):
        frame = data
    else:
        raise TypeError(f"claim_frequency takes a klaim.Corpus or a polars DataFrame, not {type(data).__name__}")
    count = next((c for c in ("documents", "statements") if c in frame.columns), None)
    groups = [c for c in frame.columns if c in BY_COLUMNS]
    if "period" not in frame.columns or count is None or not groups:
        raise ValueError(f"not a claim_frequency table: columns {frame.columns}")
    frame = frame.filter(pl.col("period").is_not_null()).with_columns(
        pl.concat_str([pl.col(g).fill_null("(none)") for g in groups], separator=" / ").alias("group"))
    tooltip = ["period:T", "group:N", f"{count}:Q"] + (["reprints:Q"] if "reprints" in frame.columns else [])
    label = " / ".join(groups)
    top = int(frame.get_column(count).max() or 0)  # type: ignore[arg-type]
    ticks = list(range(top + 1)) if top <= 10 else alt.Undefined  # whole numbers only on small counts
    copies = ", copies counted once" if "reprints" in frame.columns else ""
    return (alt.Chart(alt.Data(values=_values(frame.select("period", "group", *[c for c in (count, "reprints")
                                                                                  if c in frame.columns]))))
            .mark_line(point=True)
            .encode(x=_x_period(alt, every), y=alt.Y(f"{count}:Q", title=f"{count} mentioning the claim",
                                                             axis=alt.Axis(format="d", values=ticks)),
                    color=alt.Color("group:N", title=label), tooltip=tooltip)
            .properties(title=title or f"Claim mentions per {every} ({count}{copies})",
                        width=width, height=height))


def stance_timeline(data: Corpus | pl.DataFrame, every: str = "1mo", actors: str | Sequence[str] | None = None,
                    claims: str | Sequence[str] | None = None, *, title: str | None = None, width: int = 600,
                    **kwargs: Any) -> Any:
    """Who asserts, denies or hedges each claim over time: actors as rows, time on x.

    One panel per claim; in it, each actor is a row and each period a column,
    with a dot per stance held in that period (size = number of statements,
    colour = stance on a fixed scale: assert red, deny blue, hedge orange). The
    tooltip shows the latest evidence and its doc_id.

    ``data`` is a Corpus (``every``, ``actors``, ``claims``, ``kwargs`` go to
    :func:`klaim.analytics.stance_timeline`) or a frame it returned. Returns an
    Altair chart. Raises ImportError without altair, ValueError for a frame that
    is not a stance-timeline table.
    """
    alt = _altair()
    if _is_corpus(data):
        frame = data.stance_timeline(every, actors, claims, **kwargs)  # type: ignore[union-attr]
    elif isinstance(data, pl.DataFrame):
        frame = data
    else:
        raise TypeError(f"stance_timeline takes a klaim.Corpus or a polars DataFrame, not {type(data).__name__}")
    actor = next((c for c in ("country", "speaker_id") if c in frame.columns), None)
    if actor is None or not {"period", "claim", *STANCES} <= set(frame.columns):
        raise ValueError(f"not a stance_timeline table: columns {frame.columns}")
    keep = [c for c in ("latest_evidence", "latest_doc_id", "net_polarity") if c in frame.columns]
    long = (frame.filter(pl.col("period").is_not_null())
            .unpivot(on=list(STANCES), index=["period", actor, "claim", *keep], variable_name="stance",
                     value_name="statements")
            .filter(pl.col("statements") > 0)
            .rename({actor: "actor"}))
    n_actors = max(1, long.get_column("actor").n_unique())
    top = int(long.get_column("statements").max() or 1)  # type: ignore[arg-type]
    sizes = sorted({1, (top + 1) // 2, top})
    colour = alt.Color("stance:N", title="stance",
                       scale=alt.Scale(domain=list(STANCES), range=[STANCE_COLOURS[s] for s in STANCES]))
    tooltip = ["claim:N", "actor:N", "period:T", "stance:N", "statements:Q", *[f"{k}:N" for k in keep]]
    base = (alt.Chart(alt.Data(values=_values(long)))
            .mark_circle(opacity=0.85)
            .encode(x=_x_period(alt, every),
                    y=alt.Y("actor:N", title=actor, sort="ascending"),
                    yOffset=alt.YOffset("stance:N", sort=list(STANCES)),
                    color=colour,
                    size=alt.Size("statements:Q", title="statements", scale=alt.Scale(range=[60, 400], zero=False),
                                 legend=alt.Legend(values=sizes, format="d")),
                    tooltip=tooltip)
            .properties(width=width, height=max(90, 40 * n_actors)))
    return (base.facet(row=alt.Row("claim:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
            .resolve_scale(y="independent", yOffset="independent")
            .properties(title=title or f"Stances per {every}: actors as rows, colour = stance"))


def to_svg(chart: Any) -> str:
    """The chart as an SVG document string (offline, through vl-convert).

    Raises ImportError when vl-convert-python is missing.
    """
    try:
        import vl_convert  # noqa: F401
    except ImportError as e:
        raise ImportError("rendering charts needs vl-convert-python: pip install 'klaim[plot]'") from e
    buf = io.StringIO()
    chart.save(buf, format="svg")
    return buf.getvalue()
