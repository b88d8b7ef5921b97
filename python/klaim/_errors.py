"""klaim's exception hierarchy. The Rust core maps each of its error kinds to one
of these classes in one place (``src/python/mod.rs``)."""

from __future__ import annotations

__all__ = ["DecodeError", "KlaimError", "LexiconError", "ReadError", "RecordError"]


class KlaimError(Exception):
    """Base class of every error klaim raises on purpose."""


class ReadError(KlaimError, OSError):
    """A file could not be read (permissions, I/O)."""


class DecodeError(KlaimError, ValueError):
    """A file's bytes are not text klaim can decode (binary, unknown encoding)."""


class RecordError(KlaimError, ValueError):
    """A record is malformed: invalid JSON or CSV, no text column, empty or too large."""


class LexiconError(KlaimError, ValueError):
    """A lexicon file is invalid; the message names the file, the line and the fix."""
