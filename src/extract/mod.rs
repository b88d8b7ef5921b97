//! Extraction: actor mentions, statements (quotes and reported speech) with
//! their speakers and relays, claims, and each speaker's stance on each claim.
//! Driven by the lexicon's actors, claims and `[languages.<code>.cues]`.
//!
//! Pipeline inside one document (all rule-based, every row explainable):
//!
//! 1. [`mentions`]: actor aliases matched as whole words (a byte trie walked from word starts, [`trie`], leftmost-longest,
//!    case as written, ALL CAPS or first letter changed; lower-case aliases also in Title Case).
//! 2. [`text`]: per unit (a sentence, or sentences joined by a quote that spans them), a
//!    lower-cased copy with reduplications collapsed (`senjata-senjata` -> `senjata`) and
//!    a byte map back to the document; cue and claim terms are matched on it.
//! 3. [`attribution`]: direct quotes, reporting cues (`X mengatakan`, `..., kata X`,
//!    `menurut X`, `X said`, `said X`, `according to X`), speakers as noun phrases
//!    (compound titles resolve to the state they name), pronoun / definite-description
//!    carry-over, relays (`via`), claim holders (`klaim AS bahwa`, `US claims that`).
//!    Passive cues put the speaker after them and go on after it (`dibantah oleh X`,
//!    `accused by X of ...`); coordinated speakers each speak (`AS dan Korsel menuding`);
//!    a relative clause speaks about the clause before it (`..., which Moscow denied`); the
//!    head of a subject with a relative clause speaks (`the UN panel that monitors ... said`).
//! 4. [`claims`]: a claim is found in a statement's scope by its terms (action + object
//!    with direction, reverse action, standalone phrase, object + agent + place) and its
//!    parties; negators before the action (or right before its object: `sent no troops`) are
//!    remembered. An action that goes to a non-party (`memasok senjata ke Ukraina`) and an
//!    object of the recipient's own (`tentara bayaran Rusia`) are not the claim.
//! 5. [`stance`]: deny > hedge > assert from the cues in the scope and the statement's own
//!    cue (`was rejected by` denies wherever the scope lies); a deny by a state or body that
//!    is no party to the claim (`Ukraine found no evidence that ...`) is a hedge; a negated
//!    assert verb (`has never acknowledged`) holds nothing; claims carried over from context
//!    for `menyebut tuduhan itu sebagai rumor`-like statements (the claim the scope names by
//!    its objects first, none over a proposition of the statement's own: `denied that the
//!    talks had failed`); a bare passive (`Hal itu disampaikan X`) keeps the stance of what it
//!    attributes; dates from the statement's frame, shared along one speaker's statements.
//!
//! Offsets in every output struct are BYTE offsets into [`DocInput::text`], always on
//! char boundaries. [`extract`] never panics and runs in time linear in the text; per-unit
//! work is capped at [`MAX_UNIT_BYTES`].

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, Merge};
use crate::model::DateSpan;
use crate::time::DocDates;

mod attribution;
mod claims;
mod grammar;
mod mentions;
mod rules;
mod stance;
pub(crate) mod text;
mod trie;
#[cfg(test)]
mod tests;

pub use grammar::{Grammar, Words};
pub use rules::{CueKind, TermKind};

/// At most this many bytes of one unit (sentence or quote-joined sentences) are analysed
/// for statements and claims; mentions are found everywhere.
pub const MAX_UNIT_BYTES: usize = 4096;

/// Per-language cue vocabulary (`[languages.<code>.cues]`). All entries are matched
/// case-insensitively as whole words (multi-word entries allowed); Indonesian `-nya`,
/// `-lah`, `-kah` suffixes are accepted after any entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueVocab {
    /// Neutral speech verbs; the speaker precedes (`X mengatakan ...`, `X said ...`) or,
    /// after a comma or quote, follows (`..., said X`).
    #[serde(default)]
    pub reporting: Vec<String>,
    /// Inverted forms used after the content, the speaker following: `..., kata X`.
    #[serde(default)]
    pub reporting_inverted: Vec<String>,
    /// Forms that carry their own pronoun: `katanya`, `imbuhnya` (speaker carried over).
    #[serde(default)]
    pub reporting_pronoun: Vec<String>,
    /// Source introducers, the speaker following: `menurut X`, `according to X`.
    #[serde(default)]
    pub according: Vec<String>,
    /// Passive reporting, the speaker after it: `diungkapkan oleh X`.
    #[serde(default)]
    pub passive: Vec<String>,
    /// Speech verbs that assert (`menuduh`, `accused`, `confirmed`).
    #[serde(default)]
    pub assert_verbs: Vec<String>,
    /// Speech verbs that deny (`membantah`, `denied`, `rejected`).
    #[serde(default)]
    pub deny_verbs: Vec<String>,
    /// Speech verbs that hedge (`tidak dapat mengkonfirmasi`, `could not confirm`).
    #[serde(default)]
    pub hedge_verbs: Vec<String>,
    /// Other assertive words (`bukti`, `evidence`, `memiliki informasi`).
    #[serde(default)]
    pub assert: Vec<String>,
    /// Other denying words (`rumor`, `palsu`, `bohong`, `fake`, `groundless`).
    #[serde(default)]
    pub deny: Vec<String>,
    /// Explicit uncertainty (`belum ada indikasi`, `no indication`).
    #[serde(default)]
    pub hedge: Vec<String>,
    /// Weak uncertainty (`mungkin`, `tampaknya`, `may`, `likely`); a speaker's weak hedge
    /// is dropped when the same country asserts the claim in the same document.
    #[serde(default)]
    pub hedge_weak: Vec<String>,
    /// Reported-not-confirmed language of the writer (`dikabarkan`, `reportedly`).
    #[serde(default)]
    pub writer_hedge: Vec<String>,
    /// Personal pronouns a speaker is carried with (`dia`, `ia`, `he`, `they`).
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// First-person pronouns (`kami`, `we`): the speaker is the subject.
    #[serde(default)]
    pub first_person: Vec<String>,
    /// Titles and institutions that head a speaker description (`juru bicara`, `minister`).
    #[serde(default)]
    pub titles: Vec<String>,
    /// Determiners before a speaker description (`seorang`, `para`, `a`).
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Words after a title that make it definite (`itu`, `tersebut`): `pejabat itu`.
    #[serde(default)]
    pub definite_after: Vec<String>,
    /// Words before a title that make it definite (`the`): `the official`.
    #[serde(default)]
    pub definite_before: Vec<String>,
    /// Relay phrases; the name after them goes to `via` (`seperti dikutip`, `citing`).
    #[serde(default)]
    pub relay: Vec<String>,
    /// Negators (`tidak`, `belum`, `never`, `not`).
    #[serde(default)]
    pub negators: Vec<String>,
    /// Nouns naming a claim already mentioned (`tuduhan itu`, `the allegations`).
    #[serde(default)]
    pub claim_refs: Vec<String>,
    /// Nouns whose holder asserts the claim: `klaim AS bahwa`, `US accusations`.
    #[serde(default)]
    pub holder_nouns: Vec<String>,
    /// Words skipped between a speaker and its verb (`juga`, `telah`, `on`, `also`).
    #[serde(default)]
    pub filler: Vec<String>,
    /// Capitalized words that are not names (`Senin`, `Namun`, `Monday`, `However`).
    #[serde(default)]
    pub nonames: Vec<String>,
    /// Adverbs that put a statement at an unknown time before the article
    /// (`sebelumnya`, `selama ini`, `previously`, `has long`): right before the cue of a
    /// statement whose sentence has no date of its own, the statement's date is unknown
    /// (null), not the publication day.
    #[serde(default)]
    pub vague_past: Vec<String>,
    /// Labels of transcript turns that belong to no speaker of the story (`QUESTION`, `Q`,
    /// `MODERATOR`, `WARTAWAN`): such a turn ends the turn of the speaker before it.
    #[serde(default)]
    pub turn_others: Vec<String>,
    /// Other spellings of a word, the word first (`["tidak", "tak"]`): every cue phrase of
    /// this language with the word as a whole word also matches with each other spelling
    /// (`tidak menjawab` is also `tak menjawab`).
    #[serde(default)]
    pub spellings: Vec<Vec<String>>,
}

impl CueVocab {
    /// Checks what cannot be read otherwise (errors name `origin` and
    /// `languages.<lang>.cues`): each list of `spellings` holds a word and at least one
    /// other spelling, every one a single non-empty word.
    pub fn check(&self, origin: &str, lang: &str) -> Result<()> {
        for forms in &self.spellings {
            if forms.len() < 2 || forms.iter().any(|f| f.trim().is_empty() || f.trim().contains(char::is_whitespace)) {
                return Err(Error::lexicon(format!(
                    "{origin}: languages.{lang}.cues.spellings: {forms:?} must list a word and its other spellings, each one word (like [\"tidak\", \"tak\"])"
                )));
            }
        }
        Ok(())
    }
}

macro_rules! merge_fields {
    ($self:ident, $other:ident, $($f:ident),*) => { $( $self.$f.merge($other.$f); )* };
}

impl Merge for CueVocab {
    fn merge(&mut self, other: Self) {
        merge_fields!(
            self, other, reporting, reporting_inverted, reporting_pronoun, according, passive, assert_verbs,
            deny_verbs, hedge_verbs, assert, deny, hedge, hedge_weak, writer_hedge, pronouns, first_person,
            titles, determiners, definite_after, definite_before, relay, negators, claim_refs, holder_nouns,
            filler, nonames, vague_past, turn_others, spellings
        );
    }
}

/// The terms of a claim in one language (`[claims.terms.<lang>]`; `all` applies to every
/// language). A sentence is about the claim when it has
/// - an `action` and an `object` (within a clause) in the claim's direction
///   (agent before the action, or recipient after it, or the agent marked by `oleh/by`),
/// - a `reverse` action (the recipient acquires: `pembelian`, `bought`) and an `object`,
/// - a standalone `phrase` (`transaksi senjata`, `arms deal`), or
/// - an `object` right next to an agent mention plus a `place` (`North Korean troops in Kursk`),
///
/// and one of its parties (agent, recipient, `place`, or the speaker's own state).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimTerms {
    #[serde(default)]
    pub action: Vec<String>,
    #[serde(default)]
    pub reverse: Vec<String>,
    #[serde(default)]
    pub object: Vec<String>,
    #[serde(default)]
    pub phrase: Vec<String>,
    /// Words that stand for the recipient side (`Kursk`, `Wagner`, `Russian forces`).
    #[serde(default)]
    pub place: Vec<String>,
}

impl ClaimTerms {
    fn is_empty(&self) -> bool {
        self.action.is_empty() && self.reverse.is_empty() && self.object.is_empty() && self.phrase.is_empty()
    }

    /// Checks one language's terms of claim `id` (errors name `at` and `terms.<lang>`):
    /// actions need objects, objects need something to go with, no term is empty.
    pub fn check(&self, at: &str, id: &str, lang: &str) -> Result<()> {
        let t = self;
        if (!t.action.is_empty() || !t.reverse.is_empty()) && t.object.is_empty() {
            return Err(Error::lexicon(format!(
                "{at}: claim {id:?} has actions but no objects in terms.{lang}; add object = [...] (what is supplied)"
            )));
        }
        if !t.object.is_empty() && t.action.is_empty() && t.reverse.is_empty() && t.phrase.is_empty() && t.place.is_empty() {
            return Err(Error::lexicon(format!(
                "{at}: claim {id:?} has objects but no action, reverse, phrase or place in terms.{lang}"
            )));
        }
        let all = t.action.iter().chain(&t.reverse).chain(&t.object).chain(&t.phrase).chain(&t.place);
        for term in all {
            if term.trim().is_empty() {
                return Err(Error::lexicon(format!("{at}: claim {id:?} has an empty term in terms.{lang}")));
            }
        }
        Ok(())
    }
}

impl Merge for ClaimTerms {
    fn merge(&mut self, other: Self) {
        merge_fields!(self, other, action, reverse, object, phrase, place);
    }
}

/// A claim definition (`[[claims]]`):
///
/// ```toml
/// [[claims]]
/// id = "irn_drones_to_rus"
/// description = "Iran supplies drones to Russia"
/// agent = ["IRN"]            # actor ids or countries that do it
/// recipient = ["RUS"]        # actor ids or countries that receive it
/// [claims.terms.en]
/// action = ["supplied", "sent"]
/// object = ["drones", "Shahed"]
/// [claims.terms.id]
/// action = ["memasok"]
/// object = ["drone"]
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: String,
    /// Actor ids or countries (alpha-3 / IGO ids) that do what the claim says.
    #[serde(default)]
    pub agent: Vec<String>,
    /// Actor ids or countries that receive it.
    #[serde(default)]
    pub recipient: Vec<String>,
    /// Terms per language code (`id`, `en`, ... or `all`).
    #[serde(default)]
    pub terms: BTreeMap<String, ClaimTerms>,
    /// Where it was defined (`file:line`), set by the lexicon loader.
    #[serde(skip)]
    pub origin: String,
}

impl ClaimDef {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// Checks the definition; `text` is the file's contents, for line numbers.
    /// Fails (naming `origin:line`) on an empty id, a claim with no terms, a language
    /// with actions but no objects, or an empty term.
    pub fn validate(&self, text: &str, origin: &str) -> Result<()> {
        let line = text[..self.id.span().start.min(text.len())].matches('\n').count() + 1;
        let at = format!("{origin}:{line}");
        if self.id().trim().is_empty() {
            return Err(Error::lexicon(format!("{at}: claim id is empty")));
        }
        let id = self.id();
        if self.terms.values().all(ClaimTerms::is_empty) {
            return Err(Error::lexicon(format!(
                "{at}: claim {id:?} has no terms; add e.g. [claims.terms.en] with action = [\"supplied\"] and object = [\"weapons\"], or phrase = [\"arms deal\"]"
            )));
        }
        for (lang, t) in &self.terms {
            t.check(&at, id, lang)?;
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

/// Compiled matchers for a lexicon (built once, shared by all documents).
#[derive(Debug, Clone)]
pub struct Extractor {
    pub(crate) rules: rules::Rules,
}

impl Extractor {
    /// Compiles the actors' aliases, the claims' terms and every language's cues (a
    /// validated lexicon always compiles).
    pub fn new(lex: &Lexicon) -> Self {
        Extractor { rules: rules::Rules::new(lex) }
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
    /// For people: the state they speak for at the sentence's date.
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
    /// The speaker as written (the most specific name or title); empty for the writer.
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

/// Extracts mentions, statements and stances from one document. Never panics.
pub fn extract(doc: &DocInput, ex: &Extractor) -> Extraction {
    stance::run(doc, &ex.rules)
}
