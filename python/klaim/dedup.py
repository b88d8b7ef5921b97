"""Near-duplicate documents: syndicated copies of one story counted once.

A wire story reprinted by several outlets (with a new headline, furniture such
as ``Sumber: Reuters | Editor: ...``, a trimmed last paragraph or a few words
changed) should count as one mention of a claim, not five. :func:`clusters`
groups such copies:

1. if ``documents`` already has a ``cluster_id`` column (a Rust stage may add
   one), it is used as is;
2. otherwise documents with the same ``content_hash`` are always one cluster
   (exact copies: the floor), and documents whose word 5-shingle sets have a
   Jaccard similarity of at least ``threshold`` are joined. Candidate pairs come
   from MinHash signatures (``num_perm`` hash functions with fixed seeds) split
   into LSH bands; each candidate pair is then checked with the *exact* Jaccard
   of the two shingle sets, so a cluster never rests on a hash collision.

Clusters are transitive (single linkage, union-find). The result is
deterministic: the same documents give the same clusters on every run and
machine with the same polars version.
"""

from __future__ import annotations

import polars as pl

__all__ = ["clusters", "jaccard", "shingles"]

SHINGLE = 5
NUM_PERM = 63
BANDS = 21  # 21 bands of 3 rows: a pair with Jaccard 0.5 becomes a candidate with p ~ 0.94
MAX_BUCKET = 64  # a bucket larger than this (boilerplate) is checked against its first member only


def _words(text: pl.Expr) -> pl.Expr:
    return text.str.to_lowercase().str.extract_all(r"\w+")


def shingles(texts: pl.Series | list[str], k: int = SHINGLE) -> list[set[str]]:
    """The set of word ``k``-shingles of each text (lower-cased ``\\w+`` words).

    A text with fewer than ``k`` words has one shingle: all its words (or none
    for an empty text).
    """
    s = pl.Series("t", list(texts) if not isinstance(texts, pl.Series) else texts, dtype=pl.String)
    out: list[set[str]] = []
    for words in s.to_frame().select(_words(pl.col("t"))).to_series().to_list():
        words = words or []
        if len(words) < k:
            out.append({" ".join(words)} if words else set())
        else:
            out.append({" ".join(words[i:i + k]) for i in range(len(words) - k + 1)})
    return out


def jaccard(a: set[str] | set[int], b: set[str] | set[int]) -> float:
    """|a & b| / |a | b|; 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _shingle_hashes(docs: pl.DataFrame, k: int) -> pl.DataFrame:
    """doc index ``i`` and the u64 hash ``h`` of each distinct shingle."""
    words = (docs.select(pl.col("i"), _words(pl.col("text")).alias("w"))
             .explode("w").drop_nulls("w")
             .with_columns(pl.int_range(pl.len()).over("i").alias("pos")))
    n_words = words.group_by("i").agg(pl.len().alias("n"))
    grams = words.with_columns(
        pl.concat_str([pl.col("w").shift(-j).over("i") for j in range(k)], separator=" ")
        .alias("s")).drop_nulls("s").select("i", "s")
    short = (words.join(n_words.filter(pl.col("n") < k), on="i")
             .group_by("i").agg(pl.col("w").sort_by("pos").str.join(" ").alias("s")))
    both = pl.concat([grams, short.select("i", "s")], how="vertical")
    return both.select("i", pl.col("s").hash(seed=0x6B6C61696D).alias("h")).unique()


def clusters(documents: pl.DataFrame, *, threshold: float = 0.5, k: int = SHINGLE,
             num_perm: int = NUM_PERM, bands: int = BANDS) -> pl.DataFrame:
    """One row per document: ``doc_id``, ``cluster_id`` (String).

    ``cluster_id`` is the smallest ``doc_id`` of the cluster, so a document with
    no copy is its own cluster. ``documents`` needs ``doc_id`` and ``text``
    (``content_hash`` is used when present); an existing ``cluster_id`` column
    is returned unchanged (nulls filled with the ``doc_id``).

    Raises ValueError when a needed column is missing, ``threshold`` is not in
    (0, 1], or ``num_perm`` is not a multiple of ``bands``.
    """
    if "doc_id" not in documents.columns:
        raise ValueError("documents needs a doc_id column")
    if "cluster_id" in documents.columns:
        return documents.select(
            "doc_id", pl.coalesce(pl.col("cluster_id").cast(pl.String), pl.col("doc_id")).alias("cluster_id"))
    if "text" not in documents.columns:
        raise ValueError("documents needs a text column to find near-duplicates")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if num_perm % bands:
        raise ValueError(f"num_perm ({num_perm}) must be a multiple of bands ({bands})")
    docs = documents.select("doc_id", pl.col("text").fill_null(""),
                            *(["content_hash"] if "content_hash" in documents.columns else []))
    n = docs.height
    ids: list[str] = docs.get_column("doc_id").to_list()
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    docs = docs.with_row_index("i").with_columns(pl.col("i").cast(pl.Int64))
    # 1. exact copies
    if "content_hash" in docs.columns:
        for group in docs.group_by("content_hash").agg(pl.col("i")).get_column("i").to_list():
            for j in group[1:]:
                union(group[0], j)
    if n > 1:
        sh = _shingle_hashes(docs, k)
        sets: dict[int, set[int]] = {
            i: set(hs) for i, hs in sh.group_by("i").agg(pl.col("h")).iter_rows()}
        # 2. MinHash signatures: one min per seeded hash function
        sig = sh.group_by("i").agg([pl.col("h").hash(seed=p + 1).min().alias(f"m{p}") for p in range(num_perm)])
        rows = num_perm // bands
        for b in range(bands):
            cols = [f"m{p}" for p in range(b * rows, (b + 1) * rows)]
            buckets = (sig.group_by(cols).agg(pl.col("i").sort())
                       .filter(pl.col("i").list.len() > 1).get_column("i").to_list())
            for members in buckets:
                pairs = ([(a, c) for x, a in enumerate(members) for c in members[x + 1:]]
                         if len(members) <= MAX_BUCKET else [(members[0], c) for c in members[1:]])
                for a, c in pairs:
                    if find(a) != find(c) and jaccard(sets.get(a, set()), sets.get(c, set())) >= threshold:
                        union(a, c)
    roots = pl.DataFrame({"doc_id": ids, "root": [find(i) for i in range(n)]},
                         schema={"doc_id": pl.String, "root": pl.Int64})
    # the label is the smallest doc_id of the cluster (the union-find root is just the first row)
    return roots.select("doc_id", pl.col("doc_id").min().over("root").alias("cluster_id"))
