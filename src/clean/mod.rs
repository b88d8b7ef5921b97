//! Cleaning: Unicode normalization, page furniture (headers, datelines, link
//! lines, footers) turned into metadata or dropped, language identification and
//! sentence splitting. Driven by `[languages.<code>.text]` lexicon data.
//!
//! Stages of [`clean`], each in its own submodule:
//!
//! 1. [`normalize`]: NFC, BOM/control characters removed, spaces folded, lines
//!    trimmed, blank lines dropped. Lines are paragraphs from here on.
//! 2. [`furniture`]: link lines (`Baca Juga:`), share prompts, header labels
//!    (`Sumber: Reuters | Editor: X`), header dates, the title, the opener
//!    (`KONTAN.CO.ID - PYONGYANG.`, `WASHINGTON (Reuters) -`) and footers
//!    (`[ft/ah]`, a lone `Sumber`) become metadata or are dropped.
//! 3. [`lang`]: the language is guessed from stopword counts.
//! 4. [`sentences`]: sentence spans over the clean text.
//!
//! Code holds the mechanisms only: every word, label, prefix and opener shape
//! comes from the lexicon, so a user adds a language or an outlet with a TOML
//! section and no code change. The rules of all languages apply to every
//! document (an Indonesian page may carry an English `Read more:`); only the
//! language guess tells the languages apart.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, Merge};

mod furniture;
mod lang;
pub(crate) use lang::FxBuild;
mod normalize;
mod opener;
mod sentences;
#[cfg(test)]
mod tests;

pub use normalize::normalize;

/// An outlet or wire and the ways pages write its name
/// (`[[languages.<code>.text.outlets]]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutletDef {
    /// The normalized name reported in `outlet` / `wire` (`Kontan`).
    pub name: String,
    /// Forms found in text (`KONTAN.CO.ID`); matched case-insensitively, except
    /// forms of at most three characters (`AP`), which must match exactly.
    /// The name itself always counts as a form.
    pub forms: Vec<String>,
    /// A news agency: its name in an opener or `Sumber:` label fills `wire`,
    /// not `outlet`; an agency credited in the opener of a text that names no
    /// other outlet (`Kyiv (ANTARA) -`) is also its `outlet`.
    pub wire: bool,
    /// The outlet's edition in a language, by ISO 639-1 code (`editions.id = "BBC News
    /// Indonesia"`): a page in that language the outlet is found on is the edition's.
    pub editions: std::collections::BTreeMap<String, String>,
}

/// Per-language text vocabulary (`[languages.<code>.text]`). Every key is
/// optional; lists from several files are concatenated (see [`Merge`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TextVocab {
    /// Abbreviations that take a period and never end a sentence (`Dr.`, `No.`,
    /// `Jan.`); written with or without the final period, matched exactly.
    pub abbreviations: Vec<String>,
    /// Abbreviations that may end a sentence (`U.S.`, `a.m.`, `Inc.`): a new
    /// sentence starts after them only when the next word is a capitalized
    /// stopword. Tokens with inner periods behave like these without an entry.
    pub final_abbreviations: Vec<String>,
    /// Function words of the language, for language identification.
    pub stopwords: Vec<String>,
    /// Prefixes of lines linking to other articles (`Baca Juga:`); such lines are
    /// dropped, and a headline glued to the next sentence is cut off it.
    pub link_prefixes: Vec<String>,
    /// Prefixes of share/subscribe prompts; such lines are dropped.
    pub share_prompts: Vec<String>,
    /// Whole lines that are dropped (`ADVERTISEMENT`), case-insensitive.
    pub drop_lines: Vec<String>,
    /// Whole lines that label the link under them (`Recommended`, `Related`),
    /// case-insensitive: the label and the headline after it are dropped, a sentence
    /// glued to that headline is kept.
    pub link_labels: Vec<String>,
    /// Prefixes of trailing lines that are dropped (`©`, `Copyright`).
    pub footer_prefixes: Vec<String>,
    /// Labels whose value is the wire (`Sumber: Reuters`); a lone trailing
    /// label line is dropped.
    pub source_labels: Vec<String>,
    /// Generic credits beside an outlet's own name in a source line
    /// (`SOURCE: AL JAZEERA AND NEWS AGENCIES`, `Sumber: Kompas dan berbagai sumber`),
    /// case-insensitive: such a line names the publisher, not a wire.
    pub agency_credits: Vec<String>,
    /// Labels whose value is the editor (`Editor: X`, `Editing by X`).
    pub editor_labels: Vec<String>,
    /// Labels whose value is the author (`Penulis: X`, `By X`).
    pub author_labels: Vec<String>,
    /// Labels before a header date (` date 2022-11`, `Published: ...`).
    pub date_labels: Vec<String>,
    /// Words that may appear in a header date line (month and weekday names,
    /// time zones).
    pub date_words: Vec<String>,
    /// A dateline's place as the language writes it and its name in the tables
    /// (`["Moskow", "Moscow"]`): one place, one name, whatever the page's language.
    pub place_names: Vec<[String; 2]>,
    /// Labels of a date line that gives when the page was updated (`Updated`,
    /// `Diperbarui`), case-insensitive: after the publication date, its date is the page's
    /// update (relative dates read from it when it is a day or two later).
    pub update_labels: Vec<String>,
    /// Labels of a header line that names where the story was reported (`Reporting from`):
    /// "Reporting from Seoul" gives the dateline.
    pub dateline_labels: Vec<String>,
    /// Capitalized words that are not a dateline before `:` or `-`
    /// (`Catatan:`, `Update:`), case-insensitive.
    pub not_datelines: Vec<String>,
    /// Lowercase words allowed inside a name after a label (`and`, `bin`).
    pub name_connectors: Vec<String>,
    /// Reading times after a header date (`min read`, `menit baca`), with their number
    /// before them: dropped from the date line, case-insensitive.
    pub read_times: Vec<String>,
    /// Labels that open a photo caption (`Foto:`, `Ilustrasi`, `Keterangan gambar`),
    /// case-insensitive.
    pub caption_labels: Vec<String>,
    /// Words of photo credits (`Getty Images`, `AP Photo`, `Foto`), case-insensitive: a
    /// short slash-separated credit (`KCNA/AFP via Getty Images`) with one of them, or with
    /// an outlet, ends a caption or is a credit line of its own.
    pub photo_credits: Vec<String>,
    /// Opener templates, tried in order on the first body line; see
    /// [`opener`] for the syntax (`"{place} ({outlet}) -"`).
    pub openers: Vec<String>,
    /// Outlets and wires with their written forms.
    pub outlets: Vec<OutletDef>,
    /// Words with an inner capital that are not a headline glued to a
    /// sentence (`YouTube`).
    pub camel_words: Vec<String>,
    /// Name prefixes before an inner capital (`Mc` in `McDonald`).
    pub camel_prefixes: Vec<String>,
    /// First words of newspaper names (`Harian`, `Daily`), case-insensitive: an opener
    /// `HARIAN DISWAY -` names an outlet, not a place.
    pub outlet_words: Vec<String>,
    /// Last words of newspaper names (`News`, `Times`), case-insensitive: a name the
    /// lexicon does not know, in the parentheses of an opener (`TAIPEI (Taiwan News) -`),
    /// is the outlet when it ends with one.
    pub masthead_words: Vec<String>,
    /// Legal endings of a company's name (`Inc`, `DAC`, `Tbk`): dropped from a publisher
    /// named in a copyright line (`© 2024 The Irish Times DAC` -> `The Irish Times`).
    pub company_suffixes: Vec<String>,
    /// Words of a parent company's name (`Media`, `Group`): a copyright line naming one
    /// names no outlet (`Copyright 2022 Nexstar Media Inc.`).
    pub company_words: Vec<String>,
    /// Openings of a reader appeal or credit naming the page's own outlet (`Support`,
    /// `A message from`), case-insensitive: a trailing line that opens with one and goes on
    /// with a known outlet names the publisher of a text that names none elsewhere
    /// (`Support Ukrainska Pravda on Patreon!`).
    pub self_prefixes: Vec<String>,
    /// Words inside a reader appeal right before the page's own outlet, wherever they stand
    /// in a trailing line (`supporting`, `updates from`), case-insensitive: "consider taking
    /// the step of supporting the Guardian's journalism" names the publisher of a text that
    /// names none elsewhere.
    #[serde(default)]
    pub self_inline: Vec<String>,
    /// Marks of a rights line (`Copyright`, `Rights reserved`, `Hak cipta`),
    /// case-insensitive; `©` and `(c)` always are: such a line among the last ones that names
    /// a known outlet names the publisher (`THE JAPAN TIMES LTD. ALL RIGHTS RESERVED.`), and a
    /// closing footer line with one names the publisher of a text that names none elsewhere.
    pub rights_marks: Vec<String>,
    /// Words before the outlet a speaker talks to (`told`, `kepada`), as written in running
    /// text: in a text that names no outlet elsewhere, a known outlet (no agency) a speaker
    /// told something is the publisher (`..., she told NK News.`).
    pub interview_phrases: Vec<String>,
    /// Verbs of a contribution credit (`contributed`): a trailing line "`<outlet>'s <name>
    /// contributed ...`" names the publisher the same way.
    pub contribution_words: Vec<String>,
    /// Words joining a publisher's name to the agency it credits in a credit line alone
    /// (`with`: `Le Monde with AFP`): the line names the outlet and the wire.
    pub wire_joins: Vec<String>,
    /// Prepositions between a link label and the outlet whose links it labels (`from`:
    /// `Most Read from Bloomberg`): such a line over headlines is a label like `Most Read`.
    pub label_prepositions: Vec<String>,
    /// Prepositions before the publisher a byline works for (`for`, `untuk`: `Nadia
    /// Rahmawati untuk Mata Mata Politik`): two to four capitalized words after one end
    /// the byline and name the outlet, also one the lexicon does not know.
    pub credit_prepositions: Vec<String>,
    /// What an outlet does for its own story (`has reached out to`, `telah menghubungi`),
    /// case-insensitive: a line among the last ones that opens with a known outlet and goes
    /// on with one names the publisher the same way (`Newsweek has reached out to the
    /// Russian Foreign Ministry for comment.`).
    pub self_phrases: Vec<String>,
    /// The verb and the prepositions of an author's note (`is`; `for`, `at`), case-insensitive:
    /// a line among the last ones that opens with a name (two to four capitalized words),
    /// goes on with the verb and ends its role with a preposition and a known outlet names the
    /// publisher (`Oksana Hrytsenko is the Kyiv-based correspondent for Defense News.`).
    pub bio_verbs: Vec<String>,
    pub bio_prepositions: Vec<String>,
}

impl Merge for TextVocab {
    fn merge(&mut self, other: Self) {
        self.abbreviations.merge(other.abbreviations);
        self.final_abbreviations.merge(other.final_abbreviations);
        self.stopwords.merge(other.stopwords);
        self.link_prefixes.merge(other.link_prefixes);
        self.share_prompts.merge(other.share_prompts);
        self.drop_lines.merge(other.drop_lines);
        self.link_labels.merge(other.link_labels);
        self.footer_prefixes.merge(other.footer_prefixes);
        self.source_labels.merge(other.source_labels);
        self.agency_credits.merge(other.agency_credits);
        self.editor_labels.merge(other.editor_labels);
        self.author_labels.merge(other.author_labels);
        self.date_labels.merge(other.date_labels);
        self.date_words.merge(other.date_words);
        self.not_datelines.merge(other.not_datelines);
        self.place_names.merge(other.place_names);
        self.dateline_labels.merge(other.dateline_labels);
        self.update_labels.merge(other.update_labels);
        self.name_connectors.merge(other.name_connectors);
        self.caption_labels.merge(other.caption_labels);
        self.read_times.merge(other.read_times);
        self.photo_credits.merge(other.photo_credits);
        self.openers.merge(other.openers);
        self.outlets.merge(other.outlets);
        self.camel_words.merge(other.camel_words);
        self.camel_prefixes.merge(other.camel_prefixes);
        self.outlet_words.merge(other.outlet_words);
        self.masthead_words.merge(other.masthead_words);
        self.company_suffixes.merge(other.company_suffixes);
        self.company_words.merge(other.company_words);
        self.self_prefixes.merge(other.self_prefixes);
        self.self_inline.merge(other.self_inline);
        self.rights_marks.merge(other.rights_marks);
        self.contribution_words.merge(other.contribution_words);
        self.interview_phrases.merge(other.interview_phrases);
        self.wire_joins.merge(other.wire_joins);
        self.label_prepositions.merge(other.label_prepositions);
        self.credit_prepositions.merge(other.credit_prepositions);
        self.self_phrases.merge(other.self_phrases);
        self.bio_verbs.merge(other.bio_verbs);
        self.bio_prepositions.merge(other.bio_prepositions);
    }
}

/// What a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelKind {
    Source,
    Editor,
    Author,
}

/// A normalized outlet name.
#[derive(Debug, Clone)]
pub(crate) struct Outlet {
    pub name: String,
    pub wire: bool,
    /// (language, edition name), from [`OutletDef::editions`].
    pub editions: Vec<(String, String)>,
}

/// Compiled cleaning rules of all languages of a lexicon.
#[derive(Debug, Clone)]
pub struct CleanRules {
    /// Abbreviations without their final period.
    pub(crate) abbreviations: HashSet<String, lang::FxBuild>,
    pub(crate) final_abbreviations: HashSet<String, lang::FxBuild>,
    /// Language codes, in the order of the bits of `stopwords`.
    pub(crate) lang_codes: Vec<String>,
    /// Lowercased stopword -> languages it belongs to (indices into `lang_codes`).
    pub(crate) stopwords: HashMap<String, Vec<u16>, lang::FxBuild>,
    /// Byte length of the longest stopword (longer words are not looked up).
    pub(crate) max_stopword_len: usize,
    /// Anchored, ASCII-case-insensitive matchers; pattern ids index the vectors.
    pub(crate) links: Option<AhoCorasick>,
    pub(crate) shares: Option<AhoCorasick>,
    pub(crate) footers: Option<AhoCorasick>,
    /// Lowercased whole lines to drop.
    pub(crate) drop_lines: HashSet<String, lang::FxBuild>,
    pub(crate) link_labels: HashSet<String, lang::FxBuild>,
    /// Labels (original case) sorted longest first, with their kind.
    pub(crate) labels: Vec<(String, LabelKind)>,
    pub(crate) date_labels: Vec<String>,
    /// Lowercased words of header date lines.
    pub(crate) date_words: HashSet<String, lang::FxBuild>,
    pub(crate) not_datelines: HashSet<String, lang::FxBuild>,
    /// Labels of a line naming where the story was reported.
    pub(crate) dateline_labels: Vec<String>,
    /// Labels of an update's date line.
    pub(crate) update_labels: Vec<String>,
    /// Lowercased place -> its name in the tables.
    pub(crate) place_names: HashMap<String, String, lang::FxBuild>,
    pub(crate) name_connectors: HashSet<String, lang::FxBuild>,
    /// Lowercased caption labels and photo-credit words.
    pub(crate) caption_labels: Vec<String>,
    pub(crate) read_times: Vec<String>,
    pub(crate) photo_credits: Vec<String>,
    /// Lowercased generic credits of source lines (`news agencies`).
    pub(crate) agency_credits: HashSet<String, lang::FxBuild>,
    /// (form, outlet) sorted longest form first.
    pub(crate) outlet_forms: Vec<(String, usize)>,
    /// Indexes into `outlet_forms` by the form's first byte, ASCII-lowercased (same order):
    /// a line is compared with the forms that can start it only.
    pub(crate) outlet_first: Vec<Vec<usize>>,
    pub(crate) outlets: Vec<Outlet>,
    pub(crate) openers: Vec<opener::Template>,
    pub(crate) camel_words: HashSet<String, lang::FxBuild>,
    pub(crate) camel_prefixes: HashSet<String, lang::FxBuild>,
    /// Lowercased first words of newspaper names.
    pub(crate) outlet_words: HashSet<String, lang::FxBuild>,
    pub(crate) masthead_words: HashSet<String, lang::FxBuild>,
    /// Lowercased legal endings and words of company names.
    pub(crate) company_suffixes: HashSet<String, lang::FxBuild>,
    pub(crate) company_words: HashSet<String, lang::FxBuild>,
    /// Lowercased openings of self-naming appeals, and contribution verbs.
    pub(crate) self_prefixes: Vec<String>,
    pub(crate) self_inline: Vec<String>,
    pub(crate) rights_marks: Vec<String>,
    pub(crate) contribution_words: Vec<String>,
    /// The interview phrases, each with a trailing space (`told `), as written, leftmost
    /// longest.
    pub(crate) interview: Option<AhoCorasick>,
    pub(crate) wire_joins: Vec<String>,
    pub(crate) label_prepositions: Vec<String>,
    pub(crate) credit_prepositions: Vec<String>,
    pub(crate) self_phrases: Vec<String>,
    pub(crate) bio_verbs: Vec<String>,
    pub(crate) bio_prepositions: Vec<String>,
    /// Clitics of every language (`Grammar::clitics`): "PBBnya" is no glued headline.
    pub(crate) clitics: Vec<String>,
}

fn anchored_matcher(what: &str, pats: &[String]) -> Result<Option<AhoCorasick>> {
    if pats.is_empty() {
        return Ok(None);
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Anchored)
        .build(pats)
        .map(Some)
        .map_err(|e| Error::lexicon(format!("text.{what}: cannot compile the prefixes: {e}")))
}

fn strip_period(s: &str) -> &str {
    s.strip_suffix('.').unwrap_or(s)
}

impl CleanRules {
    /// The outlet forms (with their outlet) that may start `s`, longest first.
    pub(crate) fn outlets_starting(&self, s: &str) -> impl Iterator<Item = &(String, usize)> {
        let first = s.bytes().next().map_or(0, |b| b.to_ascii_lowercase() as usize);
        let list: &[usize] = if s.is_empty() { &[] } else { &self.outlet_first[first] };
        list.iter().map(|&k| &self.outlet_forms[k])
    }
}

impl CleanRules {
    /// Compiles the `text` vocabulary of every language of `lex`.
    ///
    /// Fails with an `ErrorKind::Lexicon` error naming the language and key when
    /// an entry is empty, an opener template is malformed (unknown placeholder,
    /// no placeholder at all) or an outlet has no name.
    pub fn new(lex: &Lexicon) -> Result<Self> {
        let mut r = CleanRules {
            abbreviations: HashSet::default(),
            final_abbreviations: HashSet::default(),
            lang_codes: Vec::new(),
            stopwords: HashMap::default(),
            max_stopword_len: 0,
            links: None,
            shares: None,
            footers: None,
            drop_lines: HashSet::default(),
            link_labels: HashSet::default(),
            labels: Vec::new(),
            date_labels: Vec::new(),
            date_words: HashSet::default(),
            not_datelines: HashSet::default(),
            place_names: HashMap::default(),
            dateline_labels: Vec::new(),
            update_labels: Vec::new(),
            name_connectors: HashSet::default(),
            caption_labels: Vec::new(),
            read_times: Vec::new(),
            photo_credits: Vec::new(),
            agency_credits: HashSet::default(),
            outlet_forms: Vec::new(),
            outlet_first: vec![Vec::new(); 256],
            outlets: Vec::new(),
            openers: Vec::new(),
            camel_words: HashSet::default(),
            camel_prefixes: HashSet::default(),
            outlet_words: HashSet::default(),
            masthead_words: HashSet::default(),
            company_suffixes: HashSet::default(),
            company_words: HashSet::default(),
            self_prefixes: Vec::new(),
            self_inline: Vec::new(),
            rights_marks: Vec::new(),
            contribution_words: Vec::new(),
            interview: None,
            wire_joins: Vec::new(),
            label_prepositions: Vec::new(),
            credit_prepositions: Vec::new(),
            self_phrases: Vec::new(),
            bio_verbs: Vec::new(),
            bio_prepositions: Vec::new(),
            clitics: Vec::new(),
        };
        let (mut links, mut shares, mut footers) = (Vec::new(), Vec::new(), Vec::new());
        let mut interview: Vec<String> = Vec::new();
        let mut templates: Vec<String> = Vec::new();
        // Later files win for an outlet form: a user file can rename an outlet.
        let mut forms: HashMap<String, (String, usize)> = HashMap::new();
        for (code, data) in &lex.languages {
            for k in data.grammar.clitics.iter() {
                let k = k.trim().to_lowercase();
                if !k.is_empty() && !r.clitics.contains(&k) {
                    r.clitics.push(k);
                }
            }
            let v = &data.text;
            let check = |key: &str, list: &[String]| -> Result<()> {
                if list.iter().any(|s| s.trim().is_empty()) {
                    return Err(Error::lexicon(format!(
                        "languages.{code}.text.{key}: an entry is empty; remove it"
                    )));
                }
                Ok(())
            };
            check("abbreviations", &v.abbreviations)?;
            check("final_abbreviations", &v.final_abbreviations)?;
            check("stopwords", &v.stopwords)?;
            check("link_prefixes", &v.link_prefixes)?;
            check("share_prompts", &v.share_prompts)?;
            check("drop_lines", &v.drop_lines)?;
            check("link_labels", &v.link_labels)?;
            check("footer_prefixes", &v.footer_prefixes)?;
            check("source_labels", &v.source_labels)?;
            check("agency_credits", &v.agency_credits)?;
            check("editor_labels", &v.editor_labels)?;
            check("author_labels", &v.author_labels)?;
            check("date_labels", &v.date_labels)?;
            check("date_words", &v.date_words)?;
            check("openers", &v.openers)?;
            check("caption_labels", &v.caption_labels)?;
            check("read_times", &v.read_times)?;
            r.read_times.extend(v.read_times.iter().map(|s| s.trim().to_lowercase()));
            check("photo_credits", &v.photo_credits)?;
            r.caption_labels.extend(v.caption_labels.iter().map(|s| s.trim().to_lowercase()));
            r.photo_credits.extend(v.photo_credits.iter().map(|s| s.trim().to_lowercase()));
            r.abbreviations.extend(v.abbreviations.iter().map(|s| strip_period(s.trim()).to_string()));
            r.final_abbreviations.extend(v.final_abbreviations.iter().map(|s| strip_period(s.trim()).to_string()));
            if !v.stopwords.is_empty() {
                let idx = r.lang_codes.len() as u16;
                r.lang_codes.push(code.clone());
                for w in &v.stopwords {
                    let w = w.trim().to_lowercase();
                    r.max_stopword_len = r.max_stopword_len.max(w.len());
                    let e = r.stopwords.entry(w).or_default();
                    if !e.contains(&idx) {
                        e.push(idx);
                    }
                }
            }
            links.extend(v.link_prefixes.iter().map(|s| s.trim().to_string()));
            shares.extend(v.share_prompts.iter().map(|s| s.trim().to_string()));
            footers.extend(v.footer_prefixes.iter().map(|s| s.trim().to_string()));
            r.drop_lines.extend(v.drop_lines.iter().map(|s| s.trim().to_lowercase()));
            r.link_labels.extend(v.link_labels.iter().map(|s| s.trim().to_lowercase()));
            for (list, kind) in [
                (&v.source_labels, LabelKind::Source),
                (&v.editor_labels, LabelKind::Editor),
                (&v.author_labels, LabelKind::Author),
            ] {
                r.labels.extend(list.iter().map(|s| (s.trim().to_string(), kind)));
            }
            r.date_labels.extend(v.date_labels.iter().map(|s| s.trim().to_string()));
            for w in &v.date_words {
                for t in furniture::alpha_tokens(w) {
                    r.date_words.insert(t.to_lowercase());
                }
            }
            for w in &v.date_labels {
                for t in furniture::alpha_tokens(w) {
                    r.date_words.insert(t.to_lowercase());
                }
            }
            r.not_datelines.extend(v.not_datelines.iter().map(|s| s.trim().to_lowercase()));
            r.update_labels.extend(v.update_labels.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
            r.dateline_labels.extend(v.dateline_labels.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
            r.place_names.extend(v.place_names.iter().filter(|[a, b]| !a.trim().is_empty() && !b.trim().is_empty()).map(|[a, b]| (a.trim().to_lowercase(), b.trim().to_string())));
            r.agency_credits.extend(v.agency_credits.iter().map(|s| s.trim().to_lowercase()));
            r.name_connectors.extend(v.name_connectors.iter().map(|s| s.trim().to_lowercase()));
            r.camel_words.extend(v.camel_words.iter().map(|s| s.trim().to_string()));
            r.camel_prefixes.extend(v.camel_prefixes.iter().map(|s| s.trim().to_string()));
            r.outlet_words.extend(v.outlet_words.iter().map(|s| s.trim().to_lowercase()));
            r.masthead_words.extend(v.masthead_words.iter().map(|s| s.trim().to_lowercase()));
            r.company_suffixes.extend(v.company_suffixes.iter().map(|s| s.trim().trim_end_matches('.').to_lowercase()));
            r.company_words.extend(v.company_words.iter().map(|s| s.trim().to_lowercase()));
            r.self_prefixes.extend(v.self_prefixes.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.self_inline.extend(v.self_inline.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            for m in v.rights_marks.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()) {
                if !r.rights_marks.contains(&m) {
                    r.rights_marks.push(m);
                }
            }
            for p in v.interview_phrases.iter().map(|s| format!("{} ", s.trim())).filter(|s| s.len() > 1) {
                if !interview.contains(&p) {
                    interview.push(p);
                }
            }
            r.contribution_words.extend(v.contribution_words.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.wire_joins.extend(v.wire_joins.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.label_prepositions.extend(v.label_prepositions.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.credit_prepositions.extend(v.credit_prepositions.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.self_phrases.extend(v.self_phrases.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.bio_verbs.extend(v.bio_verbs.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            r.bio_prepositions.extend(v.bio_prepositions.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()));
            for o in &v.outlets {
                let name = o.name.trim();
                if name.is_empty() {
                    return Err(Error::lexicon(format!(
                        "languages.{code}.text.outlets: an outlet has no name; add name = \"...\""
                    )));
                }
                let id = r.outlets.len();
                let editions = o.editions.iter().map(|(l, n)| (l.trim().to_string(), n.trim().to_string())).filter(|(l, n)| !l.is_empty() && !n.is_empty()).collect();
                r.outlets.push(Outlet { name: name.to_string(), wire: o.wire, editions });
                for f in o.forms.iter().map(|f| f.trim()).chain(std::iter::once(name)) {
                    if f.is_empty() {
                        return Err(Error::lexicon(format!(
                            "languages.{code}.text.outlets: outlet {name:?} has an empty form; remove it"
                        )));
                    }
                    forms.insert(f.to_lowercase(), (f.to_string(), id));
                }
            }
            for t in &v.openers {
                if !templates.contains(t) {
                    templates.push(t.clone());
                }
            }
            for t in &v.openers {
                opener::Template::parse(t).map_err(|e| {
                    Error::lexicon(format!("languages.{code}.text.openers: template {t:?}: {e}"))
                })?;
            }
        }
        r.openers = templates.iter().map(|t| opener::Template::parse(t).expect("checked above")).collect();
        r.outlet_forms = forms.into_values().collect();
        r.outlet_forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        for (k, (form, _)) in r.outlet_forms.iter().enumerate() {
            if let Some(b) = form.bytes().next() {
                r.outlet_first[b.to_ascii_lowercase() as usize].push(k);
            }
        }
        r.labels.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        r.labels.dedup_by(|a, b| a.0.eq_ignore_ascii_case(&b.0));
        r.date_labels.sort_by_key(|a| std::cmp::Reverse(a.len()));
        r.date_labels.dedup();
        r.links = anchored_matcher("link_prefixes", &links)?;
        r.shares = anchored_matcher("share_prompts", &shares)?;
        r.footers = anchored_matcher("footer_prefixes", &footers)?;
        if !interview.is_empty() {
            let ac = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&interview);
            r.interview = Some(ac.map_err(|e| Error::lexicon(format!("text.interview_phrases: cannot compile the phrases: {e}")))?);
        }
        Ok(r)
    }

    /// The rules of the default lexicon, compiled once.
    ///
    /// Panics only if the embedded lexicon is invalid, which the test suite rules out.
    pub fn default_ref() -> &'static CleanRules {
        static RULES: std::sync::OnceLock<CleanRules> = std::sync::OnceLock::new();
        RULES.get_or_init(|| {
            CleanRules::new(Lexicon::default_ref()).unwrap_or_else(|e| panic!("default text rules are invalid: {e}"))
        })
    }
}

/// A cleaned article: body text and the metadata found in its furniture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The clean body (NFC, whitespace folded, furniture removed): `documents.text`.
    /// Paragraphs are separated by a single `"\n"`; no line is blank or has
    /// leading/trailing spaces.
    pub text: String,
    /// The headline, when the first line looks like one; it stays in `text` too.
    pub title: Option<String>,
    /// The publishing outlet (`Kontan`), normalized through the lexicon's outlet table.
    pub outlet: Option<String>,
    /// The news agency the story comes from (`Reuters`).
    pub wire: Option<String>,
    pub editor: Option<String>,
    /// Author, byline or trailing editor initials (`FJR`, `ft/ah`).
    pub author: Option<String>,
    /// The place the story is filed from, title-cased (`Pyongyang`).
    pub dateline: Option<String>,
    /// The raw text of a header date (` date 2022-11`), parsed by `time`.
    pub header_date: Option<String>,
    /// The raw text of an "Updated" date line after the header date (`update_labels`).
    pub updated_date: Option<String>,
    /// The latest year a copyright line of the footer names ("© TASS, 2025", "© Ukrinform
    /// 2015-2024" -> 2024): the page's year, for a header date printed without one.
    pub rights_year: Option<i32>,
    /// ISO 639-1 code of the detected language, None when unsure.
    pub language: Option<String>,
    /// Sentence spans, byte offsets into `text`, in order, not overlapping.
    pub sentences: Vec<(usize, usize)>,
}

/// Cleans one raw article. Never fails and never panics: text it cannot
/// interpret stays in the body, and metadata it cannot find stays `None`.
/// Runs in time linear in the input.
pub fn clean(raw: &str, rules: &CleanRules) -> Cleaned {
    let norm = normalize(raw);
    let mut out = Cleaned::default();
    let lines = furniture::strip(&norm, rules, &mut out);
    let mut text = String::with_capacity(norm.len());
    for l in &lines {
        if l.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(l);
    }
    out.language = lang::identify(&text, rules);
    // "Moskow" and "Moscow" are one place
    if let Some(n) = out.dateline.as_ref().and_then(|d| rules.place_names.get(&d.to_lowercase())) {
        out.dateline = Some(n.clone());
    }
    // "© 2025 BBC" on an Indonesian page: BBC News Indonesia
    if let (Some(o), Some(l)) = (&out.outlet, &out.language) {
        if let Some(e) = rules.outlets.iter().filter(|x| x.name == *o).find_map(|x| x.editions.iter().find(|(k, _)| k == l)) {
            out.outlet = Some(e.1.clone());
        }
    }
    out.sentences = sentences::split(&text, rules);
    out.text = text;
    out
}
