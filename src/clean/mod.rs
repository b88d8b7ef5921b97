//! Cleaning: Unicode normalization, page furniture (headers, datelines, link
//! lines, footers) turned into metadata or dropped, language identification and
//! sentence splitting. Driven by `[languages.<code>.text]` lexicon data.
//!
//! STUB: replaced by the real cleaner.

use serde::Deserialize;

use crate::error::Result;
use crate::lexicon::{Lexicon, Merge};

/// Per-language text vocabulary (`[languages.<code>.text]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextVocab {
    /// Abbreviations that do not end a sentence (`Dr.`, `AS`, `U.S.`).
    #[serde(default)]
    pub abbreviations: Vec<String>,
}

impl Merge for TextVocab {
    fn merge(&mut self, other: Self) {
        self.abbreviations.merge(other.abbreviations);
    }
}

/// Compiled cleaning rules of all languages of a lexicon.
#[derive(Debug, Clone)]
pub struct CleanRules {}

impl CleanRules {
    pub fn new(_lex: &Lexicon) -> Result<Self> {
        Ok(CleanRules {})
    }
}

/// A cleaned article: body text and the metadata found in its furniture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The clean body (NFC, whitespace folded, furniture removed): `documents.text`.
    pub text: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub wire: Option<String>,
    pub editor: Option<String>,
    pub author: Option<String>,
    pub dateline: Option<String>,
    /// The raw text of a header date (` date 2022-11`), parsed by `time`.
    pub header_date: Option<String>,
    /// ISO 639-1 code of the detected language, None when unsure.
    pub language: Option<String>,
    /// Sentence spans, byte offsets into `text`, in order, not overlapping.
    pub sentences: Vec<(usize, usize)>,
}

/// Cleans one raw article. Never fails: text it cannot interpret stays in the body.
pub fn clean(raw: &str, _rules: &CleanRules) -> Cleaned {
    let text = raw.trim().to_string();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sentences.push((start, i + 1));
        start = i + 2;
    }
    if start < text.len() {
        sentences.push((start, text.len()));
    }
    Cleaned { text, sentences, ..Default::default() }
}
