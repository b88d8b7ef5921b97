"""Property tests of the Python API on arbitrary text (Hypothesis).

Properties: no exception but the documented ones, every span is a Python slice equal to its
surface, intervals are ordered, and every input row is one document or one error.
"""

from __future__ import annotations

import datetime as dt

import klaim
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TOKENS = [
    "Baca Juga:", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", '"', "(22/9)", "(22/9/2022)", "(31/2)",
    "Kamis", "Senin (22/9/2022)", ".", ". ", "KONTAN.CO.ID - ", "KONTAN.CO.ID - PYONGYANG. ", "Sumber: Reuters | Editor: A",
    " date 2022-11 (FJR)", "[ft/ah]", "2022", "31", "0", "99999999999999999999", "\U0001f600", "\U0001f44d\U0001f3fd",
    "e\u0301", "\u0301", "\u200d", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\r\n", "\n", "\u2028", "\u2029", "\x00",
    "\ufeff", "Korea Utara", "membantah", "kata", "said", "denied", "Pyongyang", "Rusia", "pekan lalu", "last week",
    "kemarin", "on Thursday", "September", "22 September 2022", "1 Januari", "29 Februari", "2022-02-30", "Q3 2022",
    "tahun lalu", "Dr.", "U.S.", "pukul 14.05 WIB", "\u0130", "\u00df", "\ufb01",
]

news_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=40).map("".join)
days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
# derandomize: CI runs the same examples every time (a failure found once is kept below as a
# plain test, as `test_find_dates_leaves_a_weekday_date_without_reference_unresolved` is)
SETTINGS = settings(max_examples=60, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def check_found(texts: list[str], df: pl.DataFrame) -> None:
    for r in df.iter_rows(named=True):
        assert 0 <= r["text_id"] < len(texts)
        t = texts[r["text_id"]]
        assert 0 <= r["start"] <= r["end"] <= len(t), r
        assert t[r["start"]:r["end"]] == r["surface"], r
        if r["date"] is not None and r["end_date"] is not None:
            assert r["date"] <= r["end_date"], r


@SETTINGS
@given(st.lists(news_text, min_size=1, max_size=5), st.none() | days, st.sampled_from([None, "id", "en", "xx"]))
def test_find_dates_spans_are_slices(texts, reference, language):
    df = klaim.find_dates(texts, reference=reference, language=language)
    check_found(texts, df)
    if reference is None:
        assert df.filter(pl.col("relative") & pl.col("date").is_not_null()).height == 0, \
            "a relative date resolved without a reference"


def test_find_dates_leaves_a_weekday_date_without_reference_unresolved():
    # found by this file's property test: the year of "Thursday (22/9)" came from today's date
    for text in ["on Thursday(22/9)", "Kamis (22/9) lalu"]:
        found = klaim.find_dates([text])
        assert found.select("relative", "date").row(0) == (True, None), text
        assert klaim.find_dates([text], reference="2022-09-25")["date"][0] == dt.date(2022, 9, 22)


@SETTINGS
@given(news_text)
def test_find_dates_on_one_string(text):
    check_found([text], klaim.find_dates(text, reference="2022-09-22"))


@SETTINGS
@given(st.lists(st.none() | news_text, max_size=12), st.none() | days)
def test_from_frame_accounts_for_every_row(texts, reference):
    df = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    c = klaim.from_frame(df, reference_date=reference)
    assert c.documents.height + c.errors.height == len(texts)
    assert sorted(c.documents["record"].to_list() + c.errors["record"].to_list()) == list(range(1, len(texts) + 1))
    assert set(c.errors["kind"]) <= {"record"}
    for rec in c.errors["record"]:
        t = texts[rec - 1]
        assert t is None or t.strip() == "", repr(t)
    assert c.documents["doc_id"].n_unique() == c.documents.height
    texts_by_id = dict(c.documents.select("doc_id", "text").iter_rows())
    for table, col in (("sentences", "text"), ("dates", "surface"), ("mentions", "surface"), ("quotes", "text"),
                       ("stances", "evidence")):
        for r in c.tables()[table].iter_rows(named=True):
            t = texts_by_id[r["doc_id"]]
            assert 0 <= r["start"] <= r["end"] <= len(t), (table, r)
            assert t[r["start"]:r["end"]] == r[col], (table, r)
    prev: dict[str, int] = {}
    for r in c.sentences.iter_rows(named=True):
        assert r["start"] >= prev.get(r["doc_id"], 0), "sentences overlap or are out of order"
        prev[r["doc_id"]] = r["end"]
    for start, end in c.dates.select("date", "end_date").iter_rows():
        if start is not None and end is not None:
            assert start <= end
