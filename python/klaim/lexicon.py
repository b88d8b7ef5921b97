"""Lexicons: actors, claims and per-language vocabulary, as TOML data."""

from __future__ import annotations

import os

import polars as pl

from . import _core

__all__ = ["Lexicon"]


class Lexicon:
    """Actors, claims and language data that drive klaim.

    ``Lexicon.default()`` is what klaim ships (every UN member state in Indonesian and
    English, IGOs, state media, the officials of the seed story, three claims).
    Add to it with ``Lexicon.from_toml(path)`` and :meth:`extend`::

        lex = klaim.Lexicon.default()
        lex.extend(klaim.Lexicon.from_toml("my_claims.toml"))
        corpus = klaim.read_corpus("articles/", lexicon=lex)

    >>> import klaim, polars as pl
    >>> lex = klaim.Lexicon.default()
    >>> lex.actors.filter(pl.col("id") == "PRK").select("name", "country").row(0)
    ('North Korea', 'PRK')
    >>> sorted(lex.claim_ids())
    ['prk_arms_to_rus', 'prk_troops_to_rus', 'rus_tech_to_prk']

    Loading fails with :class:`klaim.LexiconError` naming file, line and the fix
    (malformed TOML, unknown keys, wrong types, duplicate ids, an alias that
    would name two actors, a claim with no terms).
    """

    __slots__ = ("_inner",)

    def __init__(self, inner: _core.Lexicon) -> None:
        self._inner = inner

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon that ships with klaim."""
        return cls(_core.Lexicon.default())

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Lexicon:
        """Reads one lexicon TOML file (only what it defines; extend the default to add to it).

        Raises FileNotFoundError when the file is missing, LexiconError when it is invalid.
        """
        return cls(_core.Lexicon.from_toml(os.fspath(path)))

    @classmethod
    def from_str(cls, text: str, origin: str = "<string>") -> Lexicon:
        """Parses lexicon TOML text; ``origin`` names it in error messages."""
        return cls(_core.Lexicon.from_str(text, origin))

    def extend(self, other: Lexicon) -> Lexicon:
        """Adds ``other``'s actors, claims and language data to this lexicon, in place.

        Raises LexiconError (and leaves this lexicon unchanged) on a duplicate id or
        an alias that would name two actors. Returns ``self`` for chaining.
        """
        if not isinstance(other, Lexicon):
            raise TypeError(f"extend() takes a klaim.Lexicon, not {type(other).__name__}")
        self._inner = self._inner.extended(other._inner)
        return self

    @property
    def actors(self) -> pl.DataFrame:
        """One row per actor: id, name, kind, country, aliases (list of str)."""
        rows = self._inner.actors()
        return pl.DataFrame(
            {
                "id": [r[0] for r in rows],
                "name": [r[1] for r in rows],
                "kind": [r[2] for r in rows],
                "country": [r[3] for r in rows],
                "aliases": [sorted({a for v in r[4].values() for a in v}) for r in rows],
            },
            schema={"id": pl.String, "name": pl.String, "kind": pl.String, "country": pl.String,
                    "aliases": pl.List(pl.String)},
        )

    @property
    def claims(self) -> pl.DataFrame:
        """One row per claim: id, description."""
        rows = self._inner.claims()
        return pl.DataFrame({"id": [r[0] for r in rows], "description": [r[1] for r in rows]},
                            schema={"id": pl.String, "description": pl.String})

    @property
    def languages(self) -> list[str]:
        """Language codes that have data."""
        return list(self._inner.languages())

    @property
    def sources(self) -> list[str]:
        """The files this lexicon was built from."""
        return list(self._inner.sources())

    def actor_ids(self) -> list[str]:
        return [r[0] for r in self._inner.actors()]

    def claim_ids(self) -> list[str]:
        return [r[0] for r in self._inner.claims()]

    def __repr__(self) -> str:
        return (f"<klaim.Lexicon: {len(self._inner.actors())} actors, {len(self._inner.claims())} claims, "
                f"languages {', '.join(self.languages) or '-'}>")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and self._inner is other._inner
    __hash__ = object.__hash__
