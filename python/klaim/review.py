"""Checking klaim on your own data: label a sample of stances, then score them.

1. ``corpus.to_review("review.csv", sample=200)`` writes a random sample of
   stances (with their evidence and document title) and empty label columns.
2. A person fills, for each row, ``verdict``:

   - ``correct``: the actor, claim and stance are right;
   - ``wrong stance``: right actor and claim, wrong stance (put the right one in
     ``correct_stance`` if there is one);
   - ``wrong actor``: the stance is held by someone else (put their country in
     ``correct_country`` if known);
   - ``not a claim``: the sentence does not make this claim at all;

   and may add rows for stances klaim missed in the same documents: ``verdict``
   ``missing`` with ``doc_id``, ``claim``, ``stance`` and ``country`` filled (leave
   ``review_id`` empty). Rows with an empty verdict are ignored.
3. ``klaim.evaluate(corpus, "review.csv")`` prints and returns precision and recall
   overall and per claim, stance and actor.

Precision is exact for the sample. Recall counts only the misses the reviewer
added (and the right stance/actor of rows marked wrong), so it is an upper bound
unless the reviewer read the sampled documents in full.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["LABEL_COLUMNS", "VERDICTS", "evaluate", "to_review"]

#: the allowed values of ``verdict`` (empty = not labelled)
VERDICTS = ("correct", "wrong stance", "wrong actor", "not a claim", "missing")
#: the columns the reviewer fills
LABEL_COLUMNS = ("verdict", "correct_stance", "correct_country", "note")
_INSTRUCTIONS = (
    "For each row set verdict to one of: correct | wrong stance | wrong actor | not a claim. For 'wrong stance' "
    "put the right stance (assert, deny, hedge) in correct_stance; for 'wrong actor' the right country in "
    "correct_country. Add a row with verdict 'missing' (doc_id, claim, stance, country filled, review_id empty) "
    "for each stance klaim missed. Rows with an empty verdict are ignored.")
_COLUMNS = ("review_id", "doc_id", "title", "sentence_id", "start", "end", "date", "country", "speaker_id", "speaker",
            "claim", "stance", "cue", "evidence")


def _format(path: Path) -> str:
    ext = path.suffix.lower()
    if ext not in (".csv", ".json"):
        raise ValueError(f"{path}: the review file must end in .csv or .json")
    return ext[1:]


def to_review(corpus: Corpus, path: str | os.PathLike[str], *, sample: int = 200, seed: int = 0,
              overwrite: bool = False) -> pl.DataFrame:
    """Writes ``sample`` random stances (all if fewer; the same rows for the same
    ``seed``) to ``path`` for labelling and returns them.

    CSV (``.csv``) or JSON (``.json``: ``{"instructions": ..., "rows": [...]}``).
    Columns: ``review_id``, ``doc_id``, ``title``, ``sentence_id``, ``start``,
    ``end``, ``date`` (statement date, else publication date), ``country``,
    ``speaker_id``, ``speaker``, ``claim``, ``stance``, ``cue``, ``evidence`` and the
    empty label columns ``verdict``, ``correct_stance``, ``correct_country``,
    ``note``. Rows are sorted by document and position.

    Raises ValueError for another extension or a negative ``sample``, and
    FileExistsError if ``path`` exists (labels are precious) unless ``overwrite=True``.
    """
    out = Path(path)
    fmt = _format(out)
    if sample < 0:
        raise ValueError(f"sample must be >= 0, got {sample}")
    if out.exists() and not overwrite:
        raise FileExistsError(f"{out} exists; pass overwrite=True to replace it")
    st = corpus.stances
    picked = st if st.height <= sample else st.sample(n=sample, seed=seed, shuffle=False)
    rows = (picked.join(corpus.documents.select("doc_id", "title", "pub_date"), on="doc_id", how="left")
            .with_columns(pl.coalesce("date", "pub_date").alias("date"))
            .sort("doc_id", "start", "claim")
            .with_row_index("review_id", offset=1)
            .select([pl.col("review_id").cast(pl.Int64), *[c for c in _COLUMNS if c != "review_id"]])
            .with_columns([pl.lit("", dtype=pl.String).alias(c) for c in LABEL_COLUMNS]))
    if fmt == "csv":
        rows.write_csv(out)
    else:
        records = rows.with_columns(pl.col("date").dt.strftime("%Y-%m-%d")).to_dicts()
        out.write_text(json.dumps({"instructions": _INSTRUCTIONS, "rows": records}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
    return rows


def _read_labels(labels: str | os.PathLike[str] | pl.DataFrame | Any) -> pl.DataFrame:
    if isinstance(labels, pl.DataFrame):
        df = labels
    elif isinstance(labels, (str, os.PathLike)):
        p = Path(labels)
        if _format(p) == "csv":
            df = pl.read_csv(p, infer_schema=False)
        else:
            data = json.loads(p.read_text(encoding="utf-8"))
            rows = data["rows"] if isinstance(data, dict) else data
            df = pl.DataFrame([{k: (None if v is None else str(v)) for k, v in r.items()} for r in rows],
                              infer_schema_length=None)
    else:
        try:
            df = pl.from_pandas(labels)
        except Exception as e:
            raise TypeError(f"labels must be a path or a DataFrame, not {type(labels).__name__}") from e
    needed = ["doc_id", "claim", "stance", "country", "verdict"]
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise ValueError(f"the labels lack the column(s) {missing}")
    for c in ("correct_stance", "correct_country"):
        if c not in df.columns:
            df = df.with_columns(pl.lit(None, dtype=pl.String).alias(c))
    return df.select([pl.col(c).cast(pl.String) for c in (*needed, "correct_stance", "correct_country")])


def _ratio(a: str, b: str) -> pl.Expr:
    return pl.when(pl.col(b) > 0).then(pl.col(a) / pl.col(b)).otherwise(None)


def evaluate(corpus: Corpus, labels: str | os.PathLike[str] | pl.DataFrame | Any, *,
             verbose: bool = True) -> pl.DataFrame:
    """Precision and recall of klaim's stances against a labelled review file.

    ``labels`` is the file written by :func:`to_review` once labelled (CSV or JSON)
    or a DataFrame with its columns. Returns (and, with ``verbose``, prints) one
    row per ``dimension`` (``all``, ``claim``, ``stance``, ``actor``) and
    ``value``: ``tp``, ``fp``, ``fn``, ``precision``, ``recall``, ``f1`` (null when
    undefined). See the module docstring for what each verdict counts as.

    Raises ValueError for an unknown verdict (naming the row), a labelled row
    whose ``doc_id`` is not in ``corpus``, a ``missing`` row without claim, stance
    and country, or no labelled row at all.
    """
    df = _read_labels(labels)
    known = set(corpus.documents.get_column("doc_id").to_list())
    events: list[tuple[str, str, str, str]] = []  # (kind, claim, stance, actor)
    for i, r in enumerate(df.iter_rows(named=True), start=1):
        verdict = " ".join((r["verdict"] or "").strip().lower().replace("_", " ").replace("-", " ").split())
        if not verdict:
            continue
        if verdict not in VERDICTS:
            raise ValueError(f"row {i}: verdict {r['verdict']!r} is not one of {list(VERDICTS)} (or empty)")
        if r["doc_id"] not in known:
            raise ValueError(f"row {i}: doc_id {r['doc_id']!r} is not in this corpus")
        claim, stance, actor = r["claim"] or "", r["stance"] or "", r["country"] or "(none)"
        fix_stance, fix_actor = r["correct_stance"] or "", r["correct_country"] or ""
        if verdict == "missing":
            stance, actor = fix_stance or stance, fix_actor or actor
            if not (claim and stance and (r["country"] or fix_actor)):
                raise ValueError(f"row {i}: a 'missing' row needs claim, stance and country")
            events.append(("fn", claim, stance, actor))
        elif verdict == "correct":
            events.append(("tp", claim, stance, actor))
        else:
            events.append(("fp", claim, stance, actor))
            if verdict == "wrong stance" and fix_stance:
                events.append(("fn", claim, fix_stance, actor))
            elif verdict == "wrong actor" and fix_actor:
                events.append(("fn", claim, stance, fix_actor))
    if not events:
        raise ValueError("no labelled rows: fill the verdict column first")
    ev = pl.DataFrame(events, schema={"kind": pl.String, "claim": pl.String, "stance": pl.String,
                                      "actor": pl.String}, orient="row")
    counts = [(pl.col("kind") == k).sum().cast(pl.Int64).alias(k) for k in ("tp", "fp", "fn")]
    parts = [ev.select(pl.lit("all").alias("dimension"), pl.lit("all").alias("value"), *counts)]
    for dim in ("claim", "stance", "actor"):
        parts.append(ev.group_by(dim).agg(counts).sort(dim)
                     .select(pl.lit(dim).alias("dimension"), pl.col(dim).alias("value"), "tp", "fp", "fn"))
    out = (pl.concat(parts)
           .with_columns((pl.col("tp") + pl.col("fp")).alias("_p"), (pl.col("tp") + pl.col("fn")).alias("_r"))
           .with_columns(_ratio("tp", "_p").alias("precision"), _ratio("tp", "_r").alias("recall"))
           .with_columns(pl.when(pl.col("precision") + pl.col("recall") > 0)
                         .then(2 * pl.col("precision") * pl.col("recall") / (pl.col("precision") + pl.col("recall")))
                         .otherwise(None).alias("f1"))
           .drop("_p", "_r"))
    if verbose:
        with pl.Config(tbl_rows=-1, tbl_hide_dataframe_shape=True, float_precision=3):
            print(out)
    return out
