"""Counting claims and following stances over time, from a :class:`klaim.Corpus`.

Every function returns a ``polars.DataFrame`` (``.to_pandas()`` for pandas) and is
also a method of ``Corpus`` (``corpus.claim_frequency(...)`` etc.).

Conventions shared by all functions:

- **When** a statement was made is the stance's ``date``, falling back to its
  document's ``pub_date``. Statements with neither are *undated*: they are left
  out of period counts unless ``include_undated=True`` (then they form a row with
  a null ``period``), and left out of :func:`stance_changes` (they cannot be put in
  order). :func:`stance_matrix` with no ``at`` treats them as older than any dated
  statement; with ``at`` it leaves them out (they may be later than ``at``).
- **Periods** are ``every`` windows (polars durations: ``"1d"``, ``"1w"``,
  ``"1mo"``, ``"1q"``, ``"1y"``, ``"2mo"`` ...), labelled by their first day.
- **Actors** are the ``country`` column (the state or IGO the speaker speaks
  for; rows of non-state voices, where it is null, are left out) or, with
  ``by="speaker_id"``, the speaker's lexicon id.
- **Order** among statements: date, then ``doc_id``, then offset in the text;
  "latest" is the last in that order.
- **Filters** (``actors=``, ``claims=``) take one id or a list; an id that is
  neither in the corpus's lexicon nor in the data raises ``ValueError`` listing
  the valid ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from . import _io

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = [
    "BY_COLUMNS",
    "STANCES",
    "claim_frequency",
    "document_clusters",
    "stance_changes",
    "stance_matrix",
    "stance_timeline",
]

#: the columns ``claim_frequency`` can group by
BY_COLUMNS = ("claim", "stance", "country", "outlet", "speaker_id")
#: the stance values, in display order
STANCES = ("assert", "deny", "hedge")
_ACTOR_COLUMNS = ("country", "speaker_id")
_WHEN = "_when"
_ORDER = [_WHEN, "doc_id", "start"]



# -- helpers ----------------------------------------------------------------------
def _as_list(value: str | Sequence[str] | None, what: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    out = list(value)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(f"{what} must be a str or a list of str, got an item {v!r}")
    return out


def _check_every(every: str) -> str:
    if not isinstance(every, str):
        raise TypeError(f"every must be a duration string such as '1mo', not {type(every).__name__}")
    try:
        pl.select(pl.lit(dt.date(2020, 1, 1)).dt.truncate(every))
    except Exception:  # noqa: BLE001 - polars raises several kinds for a bad duration
        raise ValueError(f"every={every!r} is not a duration: use e.g. '1d', '1w', '1mo', '1q', '1y'") from None
    return every


def _valid_claims(corpus: Corpus) -> tuple[list[str], list[str]]:
    """(claim ids in the corpus's stances, every valid claim id)."""
    present = set(corpus.stances.get_column("claim").drop_nulls().unique().to_list())
    return sorted(present), sorted(present | set(corpus.lexicon.claim_ids()))


def _valid_actors(corpus: Corpus) -> tuple[list[str], list[str]]:
    """(actor ids and countries in the corpus's stances, every valid actor id or country)."""
    present: set[str] = set()
    for col in _ACTOR_COLUMNS:
        present.update(corpus.stances.get_column(col).drop_nulls().unique().to_list())
    lex = corpus.lexicon
    every = present | set(lex.actor_ids()) | set(lex.actors.get_column("country").drop_nulls().to_list())
    return sorted(present), sorted(every)


def _check_ids(given: list[str] | None, valid: tuple[list[str], list[str]], what: str) -> None:
    """Raises ValueError naming the unknown ids and the valid ones (those in the
    corpus first; any lexicon id is valid too)."""
    if given is None:
        return
    present, every = valid
    unknown = [g for g in given if g not in set(every)]
    if unknown:
        shown = ", ".join(present) if present else "(none: the corpus has no stances)"
        raise ValueError(f"unknown {what} id(s) {unknown}; valid {what} ids in this corpus: {shown} "
                         f"(any of the lexicon's {len(every)} {what} ids is accepted too: see corpus.lexicon)")


def _check_actor_col(by: str) -> str:
    if by not in _ACTOR_COLUMNS:
        raise ValueError(f"by must be one of {list(_ACTOR_COLUMNS)}, got {by!r}")
    return by


def document_clusters(corpus: Corpus) -> pl.DataFrame:
    """``doc_id``, ``cluster_id`` for every document: syndicated copies share a cluster.

    The clusters come from the Rust near-duplicate stage (``documents.cluster_id``,
    MinHash over word shingles); a frame without that column (built by hand) has
    every document in its own cluster.
    """
    docs = corpus.documents
    if "cluster_id" not in docs.columns:
        return docs.select("doc_id", pl.col("doc_id").alias("cluster_id"))
    return docs.select("doc_id", pl.coalesce("cluster_id", "doc_id").alias("cluster_id"))


def _statements(corpus: Corpus, claims: list[str] | None, actors: list[str] | None,
                actor_cols: Sequence[str]) -> pl.LazyFrame:
    """Stances joined with their document's pub_date/outlet, with the effective date ``_when``."""
    _check_ids(claims, _valid_claims(corpus), "claim")
    _check_ids(actors, _valid_actors(corpus), "actor")
    docs = corpus.documents.lazy().select("doc_id", "pub_date", "outlet")
    lf = (corpus.stances.lazy().join(docs, on="doc_id", how="left")
          .with_columns(pl.coalesce(pl.col("date"), pl.col("pub_date")).alias(_WHEN)))
    if claims is not None:
        lf = lf.filter(pl.col("claim").is_in(claims))
    if actors is not None:
        cond = pl.lit(False)
        for c in actor_cols:
            cond = cond | pl.col(c).is_in(actors).fill_null(False)
        lf = lf.filter(cond)
    return lf


# -- claim frequency -------------------------------------------------------------
def claim_frequency(corpus: Corpus, every: str = "1mo", by: str | Sequence[str] = "claim",
                    unit: str = "documents", dedup: bool = True, *, include_undated: bool = False,
                    claims: str | Sequence[str] | None = None,
                    actors: str | Sequence[str] | None = None) -> pl.DataFrame:
    """How often claims are mentioned, per period and group.

    Columns: ``period`` (Date, first day of the ``every`` window), the ``by``
    column(s), the count (named after ``unit``) and, with ``dedup=True``,
    ``reprints``.

    - ``by``: one of ``claim``, ``stance``, ``country``, ``outlet``, ``speaker_id``
      or a list of them. A null group value (a non-state voice's country, an
      unknown outlet) is a group of its own.
    - ``unit="documents"``: distinct documents with at least one stance in the
      cell; ``"statements"``: stance rows.
    - ``dedup=True``: syndicated copies (one :func:`document_clusters` cluster)
      count once per cell; for statements, rows of one cluster with the same
      claim, stance, country and speaker count once. ``reprints`` is how many were
      collapsed, so ``<unit> + reprints`` is the count with ``dedup=False``.
      ``by="outlet"`` thus shows, per outlet, unique mentions and reprints.
    - The grid is complete: every period from the first to the last with data,
      crossed with every combination of group values seen in the data (and every
      requested claim for ``by="claim"``), with 0 where nothing was said.
    - Undated statements (no statement date and no ``pub_date``) are left out;
      ``include_undated=True`` counts them in rows with a null ``period`` (no zero
      rows are added for it).
    - ``claims``/``actors`` filter first (actors match ``country`` or ``speaker_id``).

    Raises ValueError for an unknown ``by`` column, ``unit``, ``every`` or filter id.
    """
    by_cols = _as_list(by, "by") or []
    if not by_cols:
        raise ValueError(f"by needs at least one of {list(BY_COLUMNS)}")
    bad = [b for b in by_cols if b not in BY_COLUMNS]
    if bad or len(set(by_cols)) != len(by_cols):
        raise ValueError(f"by must be (a list of distinct) {list(BY_COLUMNS)}, got {by!r}")
    if unit not in ("documents", "statements"):
        raise ValueError(f"unit must be 'documents' or 'statements', got {unit!r}")
    _check_every(every)
    claim_list = _as_list(claims, "claims")
    lf = _statements(corpus, claim_list, _as_list(actors, "actors"), _ACTOR_COLUMNS)
    lf = lf.with_columns(pl.col(_WHEN).dt.truncate(every).alias("period"))
    if not include_undated:
        lf = lf.filter(pl.col("period").is_not_null())
    if dedup:
        lf = lf.join(document_clusters(corpus).lazy(), on="doc_id", how="left").with_columns(
            pl.coalesce(pl.col("cluster_id"), pl.col("doc_id")).alias("cluster_id"))
    else:
        lf = lf.with_columns(pl.col("doc_id").alias("cluster_id"))
    speaker_key = pl.coalesce(pl.col("speaker_id"), pl.col("speaker").str.to_lowercase())
    if unit == "documents":
        raw, unique = pl.col("doc_id").n_unique(), pl.col("cluster_id").n_unique()
    else:
        raw = pl.len()
        unique = pl.struct(pl.col("cluster_id"), pl.col("claim"), pl.col("stance"), pl.col("country"),
                           speaker_key).n_unique()
    aggs = [(unique if dedup else raw).cast(pl.Int64).alias(unit)]
    if dedup:
        aggs.append((raw.cast(pl.Int64) - unique.cast(pl.Int64)).alias("reprints"))
    counts = lf.group_by(["period", *by_cols]).agg(aggs).collect()
    count_cols = [unit, "reprints"] if dedup else [unit]
    schema = {"period": pl.Date, **{b: pl.String for b in by_cols}, **{c: pl.Int64 for c in count_cols}}
    dated = counts.filter(pl.col("period").is_not_null())
    undated = counts.filter(pl.col("period").is_null())
    if dated.height:
        first: dt.date = dated.get_column("period").min()  # type: ignore[assignment]
        last: dt.date = dated.get_column("period").max()  # type: ignore[assignment]
        periods = (pl.Series("period", pl.date_range(first, last, interval=every, eager=True))
                   .dt.truncate(every).unique().sort().to_frame())
        groups = dated.select(by_cols).unique()
        if by_cols == ["claim"] and claim_list is not None:
            groups = pl.concat([groups, pl.DataFrame({"claim": claim_list}, schema={"claim": pl.String})]).unique()
        grid = periods.join(groups, how="cross")
        dated = grid.join(dated, on=["period", *by_cols], how="left", nulls_equal=True).with_columns(
            [pl.col(c).fill_null(0) for c in count_cols])
    out = pl.concat([dated.select(list(schema)).cast(schema),  # type: ignore[arg-type]
                     undated.select(list(schema)).cast(schema)], how="vertical")  # type: ignore[arg-type]
    return out.sort(["period", *by_cols], nulls_last=True)


# -- stance timeline -------------------------------------------------------------
def _latest(col: str) -> pl.Expr:
    return pl.col(col).sort_by(_ORDER, nulls_last=False).last()


def stance_timeline(corpus: Corpus, every: str = "1mo", actors: str | Sequence[str] | None = None,
                    claims: str | Sequence[str] | None = None, *, by: str = "country",
                    include_undated: bool = False) -> pl.DataFrame:
    """Per period, actor and claim: how the actor's stance stood.

    Columns: ``period``, the actor column (``country``, or ``speaker_id`` with
    ``by="speaker_id"``), ``claim``, ``assert``, ``deny``, ``hedge`` (counts of
    statements), ``n``, ``net_polarity`` (sum of polarity / n: +1 all assert, -1 all
    deny), ``first_date``, ``last_date`` (of the statements in the period),
    ``latest_stance``, ``latest_evidence``, ``latest_doc_id`` (the last statement in
    the period). Only cells with statements are rows; rows with a null actor are
    left out. Sorted by actor, claim, period.

    Raises ValueError for an unknown ``by``, ``every`` or filter id.
    """
    col = _check_actor_col(by)
    _check_every(every)
    lf = _statements(corpus, _as_list(claims, "claims"), _as_list(actors, "actors"), [col])
    lf = lf.filter(pl.col(col).is_not_null()).with_columns(pl.col(_WHEN).dt.truncate(every).alias("period"))
    if not include_undated:
        lf = lf.filter(pl.col("period").is_not_null())
    out = lf.group_by(["period", col, "claim"]).agg(
        *[(pl.col("stance") == s).sum().cast(pl.Int64).alias(s) for s in STANCES],
        pl.len().cast(pl.Int64).alias("n"),
        pl.col("polarity").cast(pl.Float64).mean().alias("net_polarity"),
        pl.col(_WHEN).min().alias("first_date"),
        pl.col(_WHEN).max().alias("last_date"),
        _latest("stance").alias("latest_stance"),
        _latest("evidence").alias("latest_evidence"),
        _latest("doc_id").alias("latest_doc_id"),
    ).collect()
    return out.sort([col, "claim", "period"], nulls_last=True)


# -- stance matrix -----------------------------------------------------------------
def stance_matrix(corpus: Corpus, at: Any = None, *, by: str = "country",
                  actors: str | Sequence[str] | None = None, claims: str | Sequence[str] | None = None,
                  long: bool = False) -> pl.DataFrame:
    """Each actor's latest stance on each claim, as of ``at`` (a date or ISO string; inclusive).

    Wide (default): one row per actor (column ``country`` or ``speaker_id``), one
    column per claim (sorted), values ``assert``/``deny``/``hedge`` or null where the
    actor said nothing on it. ``long=True``: one row per (actor, claim) with
    ``stance``, ``date`` (null for an undated statement), ``evidence``, ``doc_id``.

    With ``at=None`` every statement counts and undated ones rank below dated ones;
    with ``at`` only statements dated on or before it count.

    Raises ValueError for an unknown ``by``, a bad ``at`` or an unknown filter id.
    """
    col = _check_actor_col(by)
    lf = _statements(corpus, _as_list(claims, "claims"), _as_list(actors, "actors"), [col])
    lf = lf.filter(pl.col(col).is_not_null())
    if at is not None:
        day = dt.date.fromisoformat(_io.iso(at, "at"))  # type: ignore[arg-type]
        lf = lf.filter(pl.col(_WHEN) <= day)
    order = [pl.col(_WHEN).is_not_null(), *_ORDER]
    latest = (lf.group_by([col, "claim"]).agg(
        *[pl.col(c).sort_by(order).last().alias(name) for c, name in
          (("stance", "stance"), (_WHEN, "date"), ("evidence", "evidence"), ("doc_id", "doc_id"))])
        .collect().sort([col, "claim"]))
    if long:
        return latest
    if latest.height == 0:
        return pl.DataFrame(schema={col: pl.String})
    wide = latest.pivot(on="claim", index=col, values="stance", aggregate_function=None)
    claim_cols = sorted(c for c in wide.columns if c != col)
    return wide.select(col, *claim_cols).sort(col)


# -- stance changes ------------------------------------------------------------------
def stance_changes(corpus: Corpus, *, by: str = "country", actors: str | Sequence[str] | None = None,
                   claims: str | Sequence[str] | None = None) -> pl.DataFrame:
    """Where an actor's stance on a claim changes (deny -> assert, assert -> hedge ...).

    One row per change between two consecutive dated statements of the same actor
    on the same claim: the actor column, ``claim``, ``from_stance``, ``to_stance``,
    ``from_date``, ``to_date``, ``from_evidence``, ``to_evidence``,
    ``from_doc_id``, ``to_doc_id``. "from" is the last statement before the change,
    "to" the first after it. Undated statements are left out. Sorted by actor,
    claim, ``to_date``.

    Raises ValueError for an unknown ``by`` or filter id.
    """
    col = _check_actor_col(by)
    lf = _statements(corpus, _as_list(claims, "claims"), _as_list(actors, "actors"), [col])
    keys = [col, "claim"]
    seq = (lf.filter(pl.col(col).is_not_null() & pl.col(_WHEN).is_not_null())
           .sort([*keys, *_ORDER])
           .select(*keys, "stance", _WHEN, "evidence", "doc_id"))
    prev = [pl.col(c).shift(1).over(keys).alias(f"from_{n}") for c, n in
            (("stance", "stance"), (_WHEN, "date"), ("evidence", "evidence"), ("doc_id", "doc_id"))]
    out = (seq.with_columns(prev)
           .filter(pl.col("from_stance").is_not_null() & (pl.col("from_stance") != pl.col("stance")))
           .select(*keys, "from_stance", pl.col("stance").alias("to_stance"), "from_date",
                   pl.col(_WHEN).alias("to_date"), "from_evidence", pl.col("evidence").alias("to_evidence"),
                   "from_doc_id", pl.col("doc_id").alias("to_doc_id"))
           .collect())
    return out.sort([*keys, "to_date"])
