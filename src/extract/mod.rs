//! Extraction: actor mentions, statements (quotes and reported speech) with
//! their speakers and relays, claims, and each speaker's stance on each claim.
//! Driven by the lexicon's actors, claims and `[languages.<code>.cues]`.
//!
//! STUB: replaced by the real extractor.

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, Merge};
use crate::model::DateSpan;
use crate::time::DocDates;

/// Per-language cue vocabulary (`[languages.<code>.cues]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueVocab {
    #[serde(default)]
    pub reporting: Vec<String>,
}

impl Merge for CueVocab {
    fn merge(&mut self, other: Self) {
        self.reporting.merge(other.reporting);
    }
}

/// A claim definition (`[[claims]]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: String,
}

impl ClaimDef {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// Checks the definition; `text` is the file's contents, for line numbers.
    pub fn validate(&self, text: &str, origin: &str) -> Result<()> {
        let line = text[..self.id.span().start.min(text.len())].matches('\n').count() + 1;
        if self.id().trim().is_empty() {
            return Err(Error::lexicon(format!("{origin}:{line}: claim id is empty")));
        }
        Ok(())
    }
}

/// Stance of a speaker on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StanceKind {
    Assert,
    Deny,
    Hedge,
}

impl StanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StanceKind::Assert => "assert",
            StanceKind::Deny => "deny",
            StanceKind::Hedge => "hedge",
        }
    }
    pub fn polarity(self) -> i8 {
        match self {
            StanceKind::Assert => 1,
            StanceKind::Deny => -1,
            StanceKind::Hedge => 0,
        }
    }
}

/// Compiled matchers for a lexicon.
#[derive(Debug, Clone)]
pub struct Extractor {}

impl Extractor {
    pub fn new(_lex: &Lexicon) -> Result<Self> {
        Ok(Extractor {})
    }
}

/// One document, cleaned and dated.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    pub text: &'a str,
    pub sentences: &'a [(usize, usize)],
    pub language: Option<&'a str>,
    pub dates: &'a DocDates,
}

/// An actor named in the text. Offsets are bytes into the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub actor_id: String,
    pub country: Option<String>,
    pub kind: &'static str,
}

/// A statement: a direct quote or reported speech, with its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub speaker_id: Option<String>,
    pub country: Option<String>,
    pub cue: String,
    pub direct: bool,
}

/// A speaker's stance on a claim, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    pub sentence: usize,
    pub speaker_id: Option<String>,
    /// The speaker as written (the most specific name or title).
    pub speaker: String,
    pub country: Option<String>,
    pub claim: String,
    pub stance: StanceKind,
    /// When the statement was made.
    pub date: Option<DateSpan>,
    /// When the claimed event happened, where the sentence says.
    pub event_date: Option<DateSpan>,
    /// Relays (state media, wires) the statement came through, outermost last.
    pub via: Vec<String>,
    pub cue: String,
    /// Byte span of the evidence (the sentence or quote) in the document text.
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub stances: Vec<Stance>,
}

/// Extracts mentions, statements and stances from one document.
pub fn extract(_doc: &DocInput, _ex: &Extractor) -> Extraction {
    Extraction::default()
}
