"""A new language is a data file: German (examples/languages/de.toml) added to the default
lexicon finds German stances that the default lexicon cannot read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import klaim

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "examples" / "languages" / "de.toml"

ARTICLE = """Nordkorea bestreitet Waffenlieferungen an Russland

PJÖNGJANG (dpa) - Nordkorea bestritt am Donnerstag, Waffen oder Munition an Russland geliefert zu haben. \
"Wir haben Russland nie Waffen geliefert und werden das auch nicht tun", sagte ein Sprecher des \
Verteidigungsministeriums in Pjöngjang der staatlichen Nachrichtenagentur KCNA.

Das Weiße Haus hatte zuvor erklärt, Nordkorea liefere heimlich Artilleriegranaten an Russland. Der Kreml \
erklärte, er könne die Berichte über Waffenlieferungen nicht bestätigen.
"""


def read(lexicon: klaim.Lexicon | None) -> klaim.Corpus:
    df = pl.DataFrame({"id": ["de-1"], "published": ["2022-09-23"], "text": [ARTICLE]})
    return klaim.from_frame(df, text="text", id="id", date="published", lexicon=lexicon)


@pytest.fixture(scope="module")
def german() -> klaim.Lexicon:
    return klaim.Lexicon.default().extend(klaim.Lexicon.from_toml(GERMAN))


def test_german_file_reads_german_news(german):
    c = read(german)
    doc = c.documents.row(0, named=True)
    assert (doc["language"], doc["wire"], doc["dateline"]) == ("de", "dpa", "Pjöngjang")
    got = {(r["country"], r["claim"], r["stance"]) for r in c.stances.iter_rows(named=True)}
    assert got == {("PRK", "prk_arms_to_rus", "deny"), ("USA", "prk_arms_to_rus", "assert"),
                   ("RUS", "prk_arms_to_rus", "hedge")}
    # "am Donnerstag" is the Thursday before Friday 23 September 2022
    deny = c.stances.filter(pl.col("cue") == "bestritt").row(0, named=True)
    assert deny["date"] == dt.date(2022, 9, 22)
    # the spokesman's direct quote is his ministry's: North Korea's
    spokesman = c.stances.filter(pl.col("speaker").str.starts_with("Sprecher")).row(0, named=True)
    assert (spokesman["country"], spokesman["stance"]) == ("PRK", "deny")
    text = doc["text"]
    for r in c.stances.iter_rows(named=True):
        assert text[r["start"]:r["end"]] == r["evidence"]


def test_without_the_file_german_finds_nothing():
    c = read(None)
    assert c.documents["language"][0] != "de"
    assert c.stances.height == 0


def test_the_file_adds_names_and_terms_to_existing_actors_and_claims(german):
    prk = german.actors.filter(pl.col("id") == "PRK").row(0, named=True)
    assert {"Nordkorea", "Pjöngjang", "Korea Utara", "North Korea"} <= set(prk["aliases"])
    assert "de" in german.languages
    assert klaim.Lexicon.default().actors.height == german.actors.height


def test_the_file_alone_is_refused_with_its_line():
    alone = klaim.Lexicon.from_toml(GERMAN)
    with pytest.raises(klaim.LexiconError, match=r"de\.toml:\d+: \[aliases\.(PRK|RUS|USA|KOR|UKR)\] adds to the actor"):
        read(alone)


@pytest.mark.parametrize(("toml", "message"), [
    ('[aliases.PRK]\nde = [" "]\n', r"<t>:1: \[aliases.PRK\] has an empty alias in de"),
    ('[aliases.PRK]\nde = ["Moskau"]\n[aliases.RUS]\nde = ["Moskau"]\n', r"alias \"Moskau\" \(de\) of \"RUS\" already names \"PRK\""),
    ('[terms.prk_arms_to_rus.de]\naction = ["lieferte"]\n', r"<t>:1: claim \"prk_arms_to_rus\" has actions but no objects in terms.de"),
    ('[terms.prk_arms_to_rus.de]\nactions = ["lieferte"]\n', r"unknown field"),
    ('[languages.de.grammar]\nconjuctions = ["und"]\n', r"<t>:2: unknown field `conjuctions`"),
    ('[languages.de.cues]\nspellings = [["nicht"]]\n', r"<t>: languages.de.cues.spellings: \[\"nicht\"\] must list a word and its other spellings"),
    ('[languages.de.cues]\nspellings = [["nicht", ""]]\n', r"languages.de.cues.spellings: .* each one word"),
    ('[languages.de.cues]\nspellings = [["nicht", "gar nicht"]]\n', r"languages.de.cues.spellings: .* each one word"),
])
def test_bad_additions_name_the_fix(toml, message):
    with pytest.raises(klaim.LexiconError, match=message):
        klaim.Lexicon.default().extend(klaim.Lexicon.from_str(toml, origin="<t>"))
