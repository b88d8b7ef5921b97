"""klaim: who claims what in the news, and how each actor's stance moves over time.

    >>> import klaim
    >>> corpus = klaim.read_corpus("corpus/")
    >>> corpus.stances.select("doc_id", "country", "claim", "stance", "date")

The tables are polars DataFrames built by klaim's Rust core and handed over
without copying; offsets are Python string indices into ``documents.text``.
"""

from __future__ import annotations

from ._core import __version__
from ._errors import DecodeError, KlaimError, LexiconError, ReadError, RecordError
from .corpus import Corpus, find_dates, from_frame, read_corpus, schemas
from .lexicon import Lexicon
from .review import evaluate
from .stream import scan_corpus

__all__ = [
    "Corpus",
    "DecodeError",
    "KlaimError",
    "Lexicon",
    "LexiconError",
    "ReadError",
    "RecordError",
    "__version__",
    "evaluate",
    "find_dates",
    "from_frame",
    "read_corpus",
    "scan_corpus",
    "schemas",
]
