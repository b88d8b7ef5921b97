# Type stubs of the native module klaim._core (checked against it by mypy's stubtest).
from collections.abc import Callable
from os import PathLike
from typing import Any, final

__version__: str
__all__ = ["Lexicon", "Table", "__version__", "empty_table", "expand_paths", "find_dates", "read", "schemas"]

@final
class Table:
    """An Arrow table leaving Rust; polars.DataFrame(table) takes it without copying."""
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    @property
    def name(self) -> str: ...
    @property
    def num_rows(self) -> int: ...
    def __len__(self) -> int: ...

@final
class Lexicon:
    @staticmethod
    def default() -> Lexicon: ...
    @staticmethod
    def from_toml(path: str | PathLike[str]) -> Lexicon: ...
    @staticmethod
    def from_str(text: str, origin: str = "<string>") -> Lexicon: ...
    def extended(self, other: Lexicon) -> Lexicon: ...
    def compile(self) -> None: ...
    def actors(self) -> list[tuple[str, str, str, str | None, dict[str, list[str]]]]: ...
    def claims(self) -> list[tuple[str, str]]: ...
    def languages(self) -> list[str]: ...
    def sources(self) -> list[str]: ...

def read(
    files: list[str],
    records: dict[str, list[Any]] | None = None,
    errors: list[tuple[str, int | None, str, str]] | None = None,
    *,
    lexicon: Lexicon | None = None,
    columns: dict[str, str] | None = None,
    reference: str | None = None,
    today: str,
    strict: bool = False,
    threads: int | None = None,
    max_doc_bytes: int = 10485760,
    progress: Callable[[int, int], object] | None = None,
    chunk: int = 512,
) -> dict[str, Table]: ...
def expand_paths(
    paths: list[str], extensions: list[str]
) -> tuple[list[str], list[tuple[str, int | None, str, str]]]: ...
def find_dates(
    texts: list[str],
    *,
    reference: str | None = None,
    language: str | None = None,
    today: str,
    lexicon: Lexicon | None = None,
) -> Table: ...
def schemas() -> dict[str, list[tuple[str, str, bool, str]]]: ...
def empty_table(name: str) -> Table: ...
