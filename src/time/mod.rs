//! Temporal expressions: found with their spans, normalized to intervals,
//! anchored to the article. Driven by `[languages.<code>.dates]` lexicon data.
//!
//! STUB: replaced by the real date engine.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Result;
use crate::lexicon::{Lexicon, Merge};
use crate::model::DateSpan;

/// Per-language date vocabulary (`[languages.<code>.dates]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateVocab {
    /// Month names and abbreviations, index 0 = January: `months = [["Januari", "Jan"], ...]`.
    #[serde(default)]
    pub months: Vec<Vec<String>>,
}

impl Merge for DateVocab {
    fn merge(&mut self, other: Self) {
        self.months.merge(other.months);
    }
}

/// Compiled date rules of all languages of a lexicon.
#[derive(Debug, Clone)]
pub struct DateRules {}

impl DateRules {
    pub fn new(_lex: &Lexicon) -> Result<Self> {
        Ok(DateRules {})
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte span in the searched text.
    pub start: usize,
    pub end: usize,
    /// The interval it denotes; None when it cannot be resolved (no anchor).
    pub span: Option<DateSpan>,
    /// True for expressions relative to the anchor (`pekan lalu`, `on Thursday`).
    pub relative: bool,
    /// True when a weekday contradicts its date (`Senin (22/9/2022)`); the date is kept.
    pub weekday_conflict: bool,
}

/// What relative expressions are resolved against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The day the text speaks from (publication or reporting date); None = unanchored.
    pub date: Option<NaiveDate>,
    /// The latest date the text can come from (reference date, else today); used only
    /// to pick the year of a weekday + day/month with no anchor.
    pub bound: Option<NaiveDate>,
}

/// Finds and resolves every date expression in `text`. `lang` selects the
/// vocabulary; None tries every language. Never guesses from the current date.
pub fn find_dates(_text: &str, _lang: Option<&str>, _anchor: Anchor, _rules: &DateRules) -> Vec<DateMatch> {
    Vec::new()
}

/// Parses a scraped date field (`Diperbarui 18 Jun 2025, 14:05 WIB`, `2022-11`).
/// Returns None when no date can be derived.
pub fn parse_date_field(_s: &str, _rules: &DateRules) -> Option<DateSpan> {
    None
}

/// The dates of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocDates {
    /// Publication date: header/field date, else the reporting day of the lead, else None.
    pub pub_date: Option<DateSpan>,
    /// The day relative expressions were resolved against (may refine a month-precision pub_date).
    pub anchor: Option<NaiveDate>,
    /// Every expression found: (sentence index, match with byte offsets into the document text).
    pub matches: Vec<(usize, DateMatch)>,
    /// Per sentence: the date its statement refers to (own expression, else the reporting date).
    pub sentence_dates: Vec<Option<DateSpan>>,
}

/// Inputs for dating one document.
#[derive(Debug, Clone, Copy)]
pub struct DocDateInput<'a> {
    pub text: &'a str,
    pub sentences: &'a [(usize, usize)],
    pub language: Option<&'a str>,
    /// Raw header date line text found by the cleaner.
    pub header_date: Option<&'a str>,
    /// A date given by the input record (a date column), already parsed.
    pub field_date: Option<DateSpan>,
    /// The user's reference date.
    pub reference: Option<NaiveDate>,
    /// Today's date: only an upper bound for year inference, never an anchor.
    pub today: NaiveDate,
}

/// Dates a whole document: publication date, anchor, expressions, sentence dates.
pub fn date_document(input: &DocDateInput, rules: &DateRules) -> DocDates {
    let pub_date = input.field_date.or_else(|| input.header_date.and_then(|h| parse_date_field(h, rules)));
    DocDates {
        pub_date,
        anchor: pub_date.map(|p| p.start),
        matches: Vec::new(),
        sentence_dates: vec![None; input.sentences.len()],
    }
}
