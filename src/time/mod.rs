//! Temporal expressions: found with their spans, normalized to intervals,
//! anchored to the article. Driven by `[languages.<code>.dates]` lexicon data.
//!
//! # Mechanism
//! All words live in [`DateVocab`] (lexicon data); this module holds only the
//! mechanisms. [`DateRules::new`] compiles, per language (and once for all
//! languages together), an Aho-Corasick automaton over the *core* phrases
//! (month and weekday names, relative day words, unit words) plus the ten
//! digits, and a hash map from every lower-cased vocabulary phrase to its
//! meanings. [`find_dates`] then:
//!
//! 1. finds the next trigger (a core phrase or a digit on a word boundary),
//! 2. walks back over at most four modifier words (`pada`, `sejak`, `last`,
//!    `awal`, `dua`, `tanggal` ...),
//! 3. tokenizes a window of at most 14 tokens (words, numbers with their
//!    `/`, `-`, `.` groups, `(22/9)` parentheses, ordinals), merging
//!    multi-word vocabulary phrases,
//! 4. runs a small hand-written recursive-descent grammar over the window and
//!    emits the longest expression covering the trigger.
//!
//! No regex, no backtracking over the text; the cost is linear in the text
//! plus a constant per trigger.
//!
//! # Grammar (both languages, any language given as data)
//! `[prep]* expr` where the prepositions (`pada`, `on`, `since` ...) give date
//! context but are not part of the span, and `expr` is one of:
//! - weekday [`,`] (`(d/m)` | `(d/m/yyyy)` | `d Month [yyyy]` | `Month d[, yyyy]`)
//! - weekday [past|future|this marker] (`Senin lalu`), marker weekday (`last Monday`), bare weekday
//! - `d Month [yyyy]`, `Month d[, yyyy]`, `Month yyyy`, `Month` + marker (`September lalu`),
//!   `Month` + year expression (`Juni tahun lalu`, `June last year`), bare `Month` in date context
//! - numeric: `d/m/yyyy`, `yyyy-mm-dd`, `dd-mm-yyyy`, `d.m.yyyy`, `yyyy-mm`, `mm/yyyy`, `d/m`, `yyyy-yyyy`
//! - year `yyyy` (1900..=2100 bare, 1800..=2200 after a preposition or `tahun`)
//! - relative day words (`kemarin`, `yesterday`)
//! - [number] unit marker (`pekan lalu`, `3 hari yang lalu`, `two days ago`), marker unit (`last week`)
//! - part (`awal`/`early` ...) + period expression (`awal bulan ini`, `late last year`, `mid-2022`)
//! - `earlier`/`later` `this` unit (`earlier this month`: 1st .. anchor)
//! - unit words as prefixes: `hari Senin`, `bulan Juni`, `tahun 2022`; day prefixes `tanggal 8 November`
//!
//! # Conventions
//! - Numeric day/month order is day-first; a first number > 12 or a second
//!   number > 12 disambiguates. Only a language whose `numeric_order` is
//!   `"mdy"` (English) reads an ambiguous *three-part* `a/b/yyyy` as month/day;
//!   two-part `a/b` is always day/month unless the second number is > 12. A
//!   page whose text writes its dates day first (`on 2 January`) more often than
//!   month first reads an ambiguous header day first too (European outlets in
//!   English: Euronews' `11/01/2024` is 11 January).
//! - A bare `d/m` needs date context (parentheses, a weekday, a preposition)
//!   or a two-digit part, and is not a date after a `not_date_before` word
//!   (`skor 2/1`), before a `not_date_after` word (`3/4 dari`) or when listed in
//!   `not_dates` (`24/7`).
//! - Abbreviations (`Nov`, `Kam`) only count next to a day or year number.
//!   A bare month name needs a capital letter and date context (a preposition,
//!   `bulan`, a part word) and must not be followed by a capitalized non-date
//!   word (`Juni Arti` is a name).
//! - Relative expressions resolve only against `Anchor::date`; without it they
//!   are reported with `span: None`. `Anchor::bound` is used only to pick the
//!   year of a weekday + day/month.
//! - Precision of parts: a part of a month (`awal bulan ini`, days 1-10/11-20/21-end)
//!   and of a week (Mon-Tue/Wed-Thu/Fri-Sun) is `Week`; a part of a year
//!   (Jan-Apr/May-Aug/Sep-Dec) is `Quarter`. `earlier this month` is 1st .. anchor (`Week`).

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, Merge};
use crate::model::{DateSpan, Precision};

#[cfg(test)]
mod tests;

/// Per-language date vocabulary (`[languages.<code>.dates]`).
///
/// Every key is optional; words match case-insensitively, phrases are words
/// separated by single spaces. Lists indexed by month have 12 entries
/// (January first), lists indexed by weekday have 7 (Monday first).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DateVocab {
    /// Month names and spelling variants, index 0 = January: `months = [["Januari"], ...]`.
    pub months: Vec<Vec<String>>,
    /// Month abbreviations (`Nov`, `Agt`); they only count next to a day or year number.
    pub month_abbrevs: Vec<Vec<String>>,
    /// Weekday names, index 0 = Monday: `[["Senin"], ..., ["Minggu", "Ahad"]]`.
    pub weekdays: Vec<Vec<String>>,
    /// Weekday abbreviations; they only count with an attached date.
    pub weekday_abbrevs: Vec<Vec<String>>,
    /// Words for a day relative to the anchor, with the offset in days: `{ kemarin = -1 }`.
    pub relative_days: BTreeMap<String, i32>,
    /// Unit words (singular and plural forms).
    pub day_units: Vec<String>,
    pub week_units: Vec<String>,
    pub month_units: Vec<String>,
    pub year_units: Vec<String>,
    /// Past markers, before or after a unit/weekday/month (`lalu`, `yang lalu`, `ago`, `last`).
    pub past: Vec<String>,
    /// Future markers (`depan`, `mendatang`, `next`).
    pub future: Vec<String>,
    /// Current-period markers (`ini`, `this`).
    pub this: Vec<String>,
    /// `earlier` in `earlier this month` (start of the period .. anchor).
    pub earlier: Vec<String>,
    /// `later` in `later this month` (anchor .. end of the period).
    pub later: Vec<String>,
    /// After a count and unit, a time before the date the text gave last, not before the
    /// anchor: `dua hari sebelumnya`, `a week earlier`.
    pub then_before: Vec<String>,
    /// After a count and unit, a time after the date the text gave last: `sehari
    /// kemudian`, `two days later`.
    pub then_after: Vec<String>,
    /// Beside a unit, the period of the date the text gave last: `bulan yang sama`, `the
    /// same day`.
    pub same: Vec<String>,
    /// Beside a unit, with no count, the period after the one of the date the text gave
    /// last: `the following day`, `the next week`, `keesokan harinya`, `pekan berikutnya`.
    /// Without such a date, the period after the anchor's.
    pub following: Vec<String>,
    /// Beside a unit, with no count, the period before the one of the date the text gave
    /// last: `the previous day`, `the preceding week`, `tahun sebelumnya`.
    pub preceding: Vec<String>,
    /// Words that are a count of one and a unit at once: `{ sehari = "day", sepekan =
    /// "week" }` (units: day, week, month, year).
    pub single_units: BTreeMap<String, String>,
    /// Part-of-period words: first, middle and last third.
    pub early: Vec<String>,
    pub mid: Vec<String>,
    pub late: Vec<String>,
    /// Number words: `{ dua = 2, a = 1 }`.
    pub numbers: BTreeMap<String, u32>,
    /// Vague quantities (`beberapa`, `several`): `beberapa hari lalu` is not resolved.
    pub vague: Vec<String>,
    /// Words that introduce a date (date context, not part of the span): `pada`, `on`, `in`.
    pub prepositions: Vec<String>,
    /// Prepositions that mark a start point (`sejak`, `since`): the date is an event date.
    pub since: Vec<String>,
    /// Words that introduce a day and are part of the span (`tanggal`).
    pub day_prefixes: Vec<String>,
    /// A `d/m` after one of these is not a date (`skor 2/1`).
    pub not_date_before: Vec<String>,
    /// A `d/m` before one of these is not a date (`3/4 dari`).
    pub not_date_after: Vec<String>,
    /// Words between two days of one month that make them a range: `8 hingga 13
    /// Oktober`, `between 8 and 13 October`, `Oct. 8 to 13`.
    pub range_to: Vec<String>,
    /// Numeric forms that are never dates (`24/7`).
    pub not_dates: Vec<String>,
    /// `"dmy"` (default) or `"mdy"`: how an ambiguous `a/b/yyyy` is read.
    pub numeric_order: Option<String>,
}

fn merge_indexed(a: &mut Vec<Vec<String>>, b: Vec<Vec<String>>) {
    for (i, list) in b.into_iter().enumerate() {
        if i < a.len() {
            a[i].extend(list);
        } else {
            a.push(list);
        }
    }
}

impl Merge for DateVocab {
    /// Lists are concatenated (indexed lists element-wise), maps are merged
    /// with `other` winning, `numeric_order` of `other` wins when set.
    fn merge(&mut self, o: Self) {
        merge_indexed(&mut self.months, o.months);
        merge_indexed(&mut self.month_abbrevs, o.month_abbrevs);
        merge_indexed(&mut self.weekdays, o.weekdays);
        merge_indexed(&mut self.weekday_abbrevs, o.weekday_abbrevs);
        self.relative_days.extend(o.relative_days);
        self.day_units.merge(o.day_units);
        self.week_units.merge(o.week_units);
        self.month_units.merge(o.month_units);
        self.year_units.merge(o.year_units);
        self.past.merge(o.past);
        self.future.merge(o.future);
        self.this.merge(o.this);
        self.earlier.merge(o.earlier);
        self.later.merge(o.later);
        self.then_before.merge(o.then_before);
        self.then_after.merge(o.then_after);
        self.same.merge(o.same);
        self.following.merge(o.following);
        self.preceding.merge(o.preceding);
        self.single_units.extend(o.single_units);
        self.early.merge(o.early);
        self.mid.merge(o.mid);
        self.late.merge(o.late);
        self.numbers.extend(o.numbers);
        self.vague.merge(o.vague);
        self.prepositions.merge(o.prepositions);
        self.since.merge(o.since);
        self.day_prefixes.merge(o.day_prefixes);
        self.not_date_before.merge(o.not_date_before);
        self.not_date_after.merge(o.not_date_after);
        self.range_to.merge(o.range_to);
        self.not_dates.merge(o.not_dates);
        if o.numeric_order.is_some() {
            self.numeric_order = o.numeric_order;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
}

/// What a vocabulary phrase can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum M {
    Month(u8, bool),
    Weekday(u8, bool),
    RelDay(i32),
    Unit(Unit),
    Past,
    Future,
    This,
    Earlier,
    Later,
    /// -1 `sebelumnya` / `earlier`, +1 `kemudian` / `later`, after a count and unit; 0
    /// `yang sama` / `same`, beside a unit.
    Then(i8),
    /// +1 `the following` / `berikutnya`, -1 `the previous` / `sebelumnya`, beside a unit
    /// with no count.
    Following(i8),
    /// A count of one and a unit in one word (`sehari`).
    One(Unit),
    Part(Part),
    Num(u32),
    Vague,
    Prep(bool),
    DayPrefix,
    NotBefore,
    NotAfter,
    RangeTo,
}

impl M {
    fn is_core(self) -> bool {
        matches!(self, M::Month(..) | M::Weekday(..) | M::RelDay(_) | M::Unit(_) | M::One(_))
    }
}

/// Compiled rules of one language (or of all languages together).
#[derive(Debug, Clone)]
struct LangRules {
    ac: AhoCorasick,
    /// lower-cased phrase -> index into `entries`.
    map: HashMap<String, u32, crate::clean::FxBuild>,
    entries: Vec<Vec<M>>,
    max_words: usize,
    mdy: bool,
    not_dates: Vec<String>,
}

const DIGIT_PATTERNS: usize = 10;

fn norm_phrase(s: &str) -> String {
    let lower = s.trim().to_lowercase().replace('’', "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl LangRules {
    fn build(vocabs: &[&DateVocab], origin: &str) -> Result<LangRules> {
        let mut map: HashMap<String, u32, crate::clean::FxBuild> = HashMap::default();
        let mut entries: Vec<Vec<M>> = Vec::new();
        let mut add = |w: &str, m: M| -> Result<()> {
            let k = norm_phrase(w);
            if k.is_empty() {
                return Err(Error::lexicon(format!("{origin}: empty word in the date vocabulary")));
            }
            let id = *map.entry(k).or_insert_with(|| {
                entries.push(Vec::new());
                (entries.len() - 1) as u32
            });
            let e = &mut entries[id as usize];
            if !e.contains(&m) {
                e.push(m);
            }
            Ok(())
        };
        let mut mdy = false;
        let mut not_dates = Vec::new();
        for v in vocabs {
            if v.months.len() > 12 || v.month_abbrevs.len() > 12 {
                return Err(Error::lexicon(format!("{origin}: dates.months has more than 12 entries")));
            }
            if v.weekdays.len() > 7 || v.weekday_abbrevs.len() > 7 {
                return Err(Error::lexicon(format!("{origin}: dates.weekdays has more than 7 entries (Monday first)")));
            }
            for (i, l) in v.months.iter().enumerate() {
                for w in l {
                    add(w, M::Month(i as u8 + 1, false))?;
                }
            }
            for (i, l) in v.month_abbrevs.iter().enumerate() {
                for w in l {
                    add(w, M::Month(i as u8 + 1, true))?;
                }
            }
            for (i, l) in v.weekdays.iter().enumerate() {
                for w in l {
                    add(w, M::Weekday(i as u8, false))?;
                }
            }
            for (i, l) in v.weekday_abbrevs.iter().enumerate() {
                for w in l {
                    add(w, M::Weekday(i as u8, true))?;
                }
            }
            for (w, &off) in &v.relative_days {
                add(w, M::RelDay(off))?;
            }
            for (list, u) in [(&v.day_units, Unit::Day), (&v.week_units, Unit::Week), (&v.month_units, Unit::Month), (&v.year_units, Unit::Year)] {
                for w in list {
                    add(w, M::Unit(u))?;
                }
            }
            for (w, u) in &v.single_units {
                let unit = match u.as_str() {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(Error::lexicon(format!("{origin}: dates.single_units.{w} is {u:?}; write day, week, month or year"))),
                };
                add(w, M::One(unit))?;
            }
            let simple: [(&Vec<String>, M); 20] = [
                (&v.same, M::Then(0)),
                (&v.following, M::Following(1)),
                (&v.preceding, M::Following(-1)),
                (&v.then_before, M::Then(-1)),
                (&v.then_after, M::Then(1)),
                (&v.past, M::Past),
                (&v.future, M::Future),
                (&v.this, M::This),
                (&v.earlier, M::Earlier),
                (&v.later, M::Later),
                (&v.early, M::Part(Part::Early)),
                (&v.mid, M::Part(Part::Mid)),
                (&v.late, M::Part(Part::Late)),
                (&v.vague, M::Vague),
                (&v.prepositions, M::Prep(false)),
                (&v.since, M::Prep(true)),
                (&v.day_prefixes, M::DayPrefix),
                (&v.not_date_before, M::NotBefore),
                (&v.not_date_after, M::NotAfter),
                (&v.range_to, M::RangeTo),
            ];
            for (list, m) in simple {
                for w in list {
                    add(w, m)?;
                }
            }
            for (w, &n) in &v.numbers {
                add(w, M::Num(n))?;
            }
            match v.numeric_order.as_deref() {
                None => {}
                Some("mdy") => mdy = true,
                Some("dmy") => mdy = false,
                Some(o) => {
                    return Err(Error::lexicon(format!("{origin}: dates.numeric_order is {o:?}; write \"dmy\" or \"mdy\"")))
                }
            }
            not_dates.extend(v.not_dates.iter().map(|s| s.trim().to_string()));
        }
        if vocabs.len() > 1 {
            mdy = false;
        }
        let mut patterns: Vec<String> = (0..DIGIT_PATTERNS).map(|d| d.to_string()).collect();
        let mut max_words = 1;
        for (k, &id) in &map {
            max_words = max_words.max(k.split(' ').count());
            if entries[id as usize].iter().any(|m| m.is_core()) {
                patterns.push(k.clone());
                if !k.is_ascii() {
                    let mut c = k.chars();
                    if let Some(f) = c.next() {
                        patterns.push(f.to_uppercase().collect::<String>() + c.as_str());
                    }
                    patterns.push(k.to_uppercase());
                }
                if k.contains('\'') {
                    patterns.push(k.replace('\'', "’"));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| Error::lexicon(format!("{origin}: cannot compile the date vocabulary: {e}")))?;
        Ok(LangRules { ac, map, entries, max_words: max_words.min(6), mdy, not_dates })
    }

    fn meanings(&self, id: Option<u32>) -> &[M] {
        match id {
            Some(i) => &self.entries[i as usize],
            None => &[],
        }
    }
}

/// Compiled date rules of all languages of a lexicon.
#[derive(Debug, Clone)]
pub struct DateRules {
    langs: HashMap<String, LangRules, crate::clean::FxBuild>,
    all: LangRules,
    /// For a language that reads `a/b/yyyy` as month/day, the same rules reading it as
    /// day/month: a page that writes its dates day first ("2 January") prints its header so.
    day_first: HashMap<String, LangRules, crate::clean::FxBuild>,
}

impl DateRules {
    /// Compiles the `[languages.<code>.dates]` vocabulary of every language.
    /// Fails with a `Lexicon` error when the vocabulary is malformed (13 months,
    /// an empty word, an unknown `numeric_order`).
    pub fn new(lex: &Lexicon) -> Result<Self> {
        let mut langs: HashMap<String, LangRules, crate::clean::FxBuild> = HashMap::default();
        let mut all: Vec<&DateVocab> = Vec::new();
        for (code, data) in &lex.languages {
            let d = &data.dates;
            if d.months.is_empty() && d.weekdays.is_empty() && d.relative_days.is_empty() {
                continue; // no date vocabulary: that language uses every language's
            }
            let origin = format!("[languages.{code}.dates]");
            langs.insert(code.clone(), LangRules::build(&[d], &origin)?);
            all.push(d);
        }
        let all = LangRules::build(&all, "[languages.*.dates]")?;
        let day_first = langs.iter().filter(|(_, l)| l.mdy).map(|(k, l)| (k.clone(), LangRules { mdy: false, ..l.clone() })).collect();
        Ok(DateRules { langs, all, day_first })
    }

    fn lang(&self, lang: Option<&str>) -> &LangRules {
        lang.and_then(|l| self.langs.get(l)).unwrap_or(&self.all)
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
    /// Introduced by a `since` preposition (`sejak Agustus 2023`): the start of an event,
    /// never a statement's date.
    pub since: bool,
}

/// What relative expressions are resolved against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The day the text speaks from (publication or reporting date); None = unanchored.
    pub date: Option<NaiveDate>,
    /// The latest date the text can come from: the end of a coarse publication window
    /// that holds the anchor, else the anchor, else the reference date, else today. Used
    /// only to pick the year of a day + month (the latest such date not after it).
    pub bound: Option<NaiveDate>,
}

/// A match with what the grammar knows about it.
#[derive(Debug, Clone)]
struct Found {
    m: DateMatch,
    /// Introduced by a `since` preposition (`sejak tahun lalu`): an event/start date.
    since: bool,
    /// Contains a weekday name.
    weekday: bool,
    /// A day and month without a year.
    day_month: bool,
    /// Counted from the date the text gave last (see `R::then`).
    then: Option<(Unit, i64)>,
}

/// Finds and resolves every date expression in `text`. `lang` selects the
/// vocabulary; None (or a language without date vocabulary) tries every
/// language. Relative expressions resolve against `anchor.date` and are
/// reported with `span: None` without it; never guesses from the current date.
/// Never panics; matches are in text order and do not overlap.
pub fn find_dates(text: &str, lang: Option<&str>, anchor: Anchor, rules: &DateRules) -> Vec<DateMatch> {
    scan(text, rules.lang(lang), anchor).into_iter().map(|f| f.m).collect()
}

/// Parses a scraped date field (`Diperbarui 18 Jun 2025, 14:05 WIB`, `2022-11`,
/// `Published October 10, 2024 at 3:05 PM EDT`, `2024-10-10T08:00:00Z`).
/// Takes the most precise explicit date of the field; on ties a date written with a month
/// name wins over an all-numeric one (whose day/month order is a guess), else the first.
/// Returns None when no date can be derived; never guesses from the current date.
pub fn parse_date_field(s: &str, rules: &DateRules) -> Option<DateSpan> {
    parse_field_with(s, &rules.all)
}

/// [`parse_date_field`] with one language's vocabulary and numeric order (an English
/// `11/05/2024` is 5 November); None when that vocabulary finds no date.
fn parse_field_with(s: &str, lr: &LangRules) -> Option<DateSpan> {
    // `01/05/2024January 5, 2024`: a number glued to a word is two tokens (not a day and
    // its ordinal's ending: `Jun 19th 2025`)
    let ordinal = |i: usize| {
        let b = s.as_bytes();
        let two = b.get(i..i + 2).map(|w| w.to_ascii_lowercase());
        matches!(two.as_deref(), Some(b"st" | b"nd" | b"rd" | b"th")) && b.get(i + 2).is_none_or(|c| !c.is_ascii_alphabetic())
    };
    let spaced: String;
    let s = if s.as_bytes().windows(2).enumerate().any(|(i, w)| w[0].is_ascii_digit() && w[1].is_ascii_alphabetic() && !ordinal(i + 1)) {
        let mut out = String::with_capacity(s.len() + 4);
        let mut prev_digit = false;
        for (i, c) in s.char_indices() {
            if prev_digit && c.is_alphabetic() && !ordinal(i) {
                out.push(' ');
            }
            prev_digit = c.is_ascii_digit();
            out.push(c);
        }
        spaced = out;
        spaced.as_str()
    } else {
        s
    };
    // `November 4, 20244:52 PM`: a year glued to the hour is two tokens
    let unglued: String;
    let b = s.as_bytes();
    let glued_year = |i: usize| {
        (i == 0 || !b[i - 1].is_ascii_digit())
            && b.len() >= i + 7
            && (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20")
            && b[i + 2..i + 5].iter().all(u8::is_ascii_digit)
            && (b[i + 5] == b':' || (b[i + 5].is_ascii_digit() && b[i + 6] == b':'))
    };
    let s = match (0..b.len()).find(|&i| glued_year(i)) {
        Some(i) => {
            unglued = format!("{} {}", &s[..i + 4], &s[i + 4..]);
            unglued.as_str()
        }
        None => s,
    };
    // `Jan.13,2025`: a month's dot and a day's comma glued to the next number
    let opened: String;
    let b = s.as_bytes();
    let s = if (1..b.len().saturating_sub(1)).any(|i| glued_sep(b, i)) {
        let mut out = String::with_capacity(s.len() + 4);
        for (i, c) in s.char_indices() {
            out.push(c);
            if glued_sep(b, i) {
                out.push(' ');
            }
        }
        opened = out;
        opened.as_str()
    } else {
        s
    };
    let found = scan(s, lr, Anchor::default());
    // the most precise; of equally precise ones, a date with a month name before an
    // all-numeric one, whose day/month order is a guess (`01/05/2024January 5, 2024`)
    found
        .iter()
        .filter_map(|f| {
            let numeric = !s.get(f.m.start..f.m.end).is_some_and(|t| t.chars().any(char::is_alphabetic));
            f.m.span.map(|sp| (sp, numeric))
        })
        .min_by_key(|(sp, numeric)| (sp.precision, *numeric))
        .map(|(sp, _)| sp)
}

/// Byte `i` of `b` is a dot after a letter or a comma after a digit, with a digit right
/// after it (`Jan.13`, `13,2025`); a comma only before four digits (not `1,500`).
fn glued_sep(b: &[u8], i: usize) -> bool {
    if i == 0 || i + 1 >= b.len() || !b[i + 1].is_ascii_digit() {
        return false;
    }
    match b[i] {
        b'.' => b[i - 1].is_ascii_alphabetic(),
        b',' => b[i - 1].is_ascii_digit() && b.len() >= i + 5 && b[i + 1..i + 5].iter().all(u8::is_ascii_digit) && b.get(i + 5).is_none_or(|x| !x.is_ascii_digit()),
        _ => false,
    }
}

// ---------------------------------------------------------------- date helpers

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

fn month_span(y: i32, m: u32) -> Option<DateSpan> {
    let start = ymd(y, m, 1)?;
    let (ny, nm) = if m == 12 { (y.checked_add(1)?, 1) } else { (y, m + 1) };
    let end = ymd(ny, nm, 1)?.pred_opt()?;
    Some(DateSpan { start, end, precision: Precision::Month })
}

fn year_span(y: i32) -> Option<DateSpan> {
    Some(DateSpan { start: ymd(y, 1, 1)?, end: ymd(y, 12, 31)?, precision: Precision::Year })
}

fn week_span(d: NaiveDate) -> Option<DateSpan> {
    let start = add_days(d, -(d.weekday().num_days_from_monday() as i64))?;
    Some(DateSpan { start, end: add_days(start, 6)?, precision: Precision::Week })
}

/// (year, month) shifted by `n` months.
fn shift_month(y: i32, m: u32, n: i64) -> Option<(i32, u32)> {
    let idx = (y as i64).checked_mul(12)?.checked_add(m as i64 - 1)?.checked_add(n)?;
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    Some((y, (idx.rem_euclid(12) + 1) as u32))
}

fn weekday_of(w: u8) -> Weekday {
    match w {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The unit period containing `a`, shifted by `n` units.
fn unit_period(a: NaiveDate, u: Unit, n: i64) -> Option<DateSpan> {
    match u {
        Unit::Day => Some(DateSpan::day(add_days(a, n)?)),
        Unit::Week => week_span(add_days(a, n.checked_mul(7)?)?),
        Unit::Month => {
            let (y, m) = shift_month(a.year(), a.month(), n)?;
            month_span(y, m)
        }
        Unit::Year => year_span(a.year().checked_add(i32::try_from(n).ok()?)?),
    }
}

/// The first, middle or last third of a week, month or year.
fn part_of(sp: DateSpan, p: Part) -> Option<DateSpan> {
    let (a, b, prec) = match sp.precision {
        Precision::Week => {
            let (a, b) = match p {
                Part::Early => (0, 1),
                Part::Mid => (2, 3),
                Part::Late => (4, 6),
            };
            (add_days(sp.start, a)?, add_days(sp.start, b)?, Precision::Week)
        }
        Precision::Month => {
            let (y, m) = (sp.start.year(), sp.start.month());
            match p {
                Part::Early => (ymd(y, m, 1)?, ymd(y, m, 10)?, Precision::Week),
                Part::Mid => (ymd(y, m, 11)?, ymd(y, m, 20)?, Precision::Week),
                Part::Late => (ymd(y, m, 21)?, sp.end, Precision::Week),
            }
        }
        Precision::Year => {
            let y = sp.start.year();
            match p {
                Part::Early => (ymd(y, 1, 1)?, ymd(y, 4, 30)?, Precision::Quarter),
                Part::Mid => (ymd(y, 5, 1)?, ymd(y, 8, 31)?, Precision::Quarter),
                Part::Late => (ymd(y, 9, 1)?, ymd(y, 12, 31)?, Precision::Quarter),
            }
        }
        _ => return None,
    };
    Some(DateSpan { start: a, end: b, precision: prec })
}

/// Most recent `d/m` not after `limit`, whose weekday is `wd` when given
/// (searching back 28 years). None when no such date exists.
fn infer_year(d: u32, m: u32, wd: Option<u8>, limit: NaiveDate) -> Option<NaiveDate> {
    let y0 = limit.year();
    for back in 0..=28 {
        let y = y0.checked_sub(back)?;
        if let Some(date) = ymd(y, m, d) {
            if date <= limit && wd.is_none_or(|w| date.weekday() == weekday_of(w)) {
                return Some(date);
            }
        }
    }
    None
}

fn valid_dm(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && ymd(2000, m, d).is_some()
}

// ---------------------------------------------------------------- tokenizer

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    Space,
    Comma,
    Dash,
}

#[derive(Debug, Clone, Copy)]
struct Nd {
    g: [u32; 3],
    len: [u8; 3],
    n: u8,
    sep: u8,
    paren: bool,
}

#[derive(Debug, Clone, Copy)]
enum K {
    Word,
    Num { v: u32, len: u8 },
    NumDate(Nd),
    NonDate,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    gap: Gap,
    kind: K,
    ent: Option<u32>,
    cap: bool,
    /// Lower-cased word in the window's buffer.
    lo: (usize, usize),
}

fn char_at(text: &str, p: usize) -> Option<char> {
    text.get(p..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, p: usize) -> Option<char> {
    text.get(..p).and_then(|s| s.chars().next_back())
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// End of the word starting at `p` (letters with inner apostrophes).
fn word_end(text: &str, p: usize) -> usize {
    let mut q = p;
    let b = text.as_bytes();
    while q < b.len() {
        let c = match char_at(text, q) {
            Some(c) => c,
            None => break,
        };
        let inner_apos = is_apos(c) && q > p && char_at(text, q + c.len_utf8()).is_some_and(is_word_char);
        if is_word_char(c) || inner_apos {
            q += c.len_utf8();
        } else {
            break;
        }
    }
    q
}

fn read_digits(b: &[u8], mut q: usize) -> (usize, u32, u8) {
    let mut v: u32 = 0;
    let mut len: u32 = 0;
    while q < b.len() && b[q].is_ascii_digit() {
        v = v.saturating_mul(10).saturating_add((b[q] - b'0') as u32);
        len += 1;
        q += 1;
    }
    (q, v, len.min(255) as u8)
}

/// Lexes the number starting at `p` (a digit, or `(` before a digit).
fn lex_number(text: &str, p: usize) -> (usize, usize, K) {
    let b = text.as_bytes();
    let open = b[p] == b'(';
    let q0 = if open { p + 1 } else { p };
    let (mut q, mut v, mut len) = read_digits(b, q0);
    // a year glued to the day of the same date printed again, between a month name and the
    // next month name ("Published On 23 Dec 202223 Dec 2022"): the year ends after four digits
    // (only five or six digits are read so: a longer run would overflow the power)
    let tail = if (5..=6).contains(&len) { 10u32.pow(u32::from(len) - 4) } else { 1 };
    if !open && (5..=6).contains(&len) && {
        let (year, day) = (v / tail, v % tail);
        // (the same month word on both sides: "Dec 202223 Dec")
        let before = text[..p].strip_suffix(' ').map(|t| &t[t.trim_end_matches(char::is_alphabetic).len()..]).unwrap_or("");
        let after = text[q..].strip_prefix(' ').map(|t| &t[..t.len() - t.trim_start_matches(char::is_alphabetic).len()]).unwrap_or("");
        (1900..=2099).contains(&year) && (1..=31).contains(&day) && !before.is_empty() && before == after
    } {
        q = p + 4;
        v /= tail;
        len = 4;
    }
    let mut g = [v, 0, 0];
    let mut lens = [len, 0, 0];
    let mut n = 1usize;
    let mut sep = 0u8;
    let mut non_date = false;
    while q + 1 < b.len() && b[q + 1].is_ascii_digit() {
        let c = b[q];
        match c {
            b'/' | b'-' | b'.' if sep == 0 || sep == c => {
                sep = c;
                let (q2, v2, l2) = read_digits(b, q + 1);
                if n < 3 {
                    g[n] = v2;
                    lens[n] = l2;
                } else {
                    non_date = true;
                }
                n += 1;
                q = q2;
            }
            // (a clock glued after a whole date ends it: "14-09-2023,07:42 WIB")
            b',' if n == 3 && {
                let (q2, _, l2) = read_digits(b, q + 1);
                (1..=2).contains(&l2) && b.get(q2) == Some(&b':')
            } =>
            {
                break;
            }
            b',' | b':' => {
                non_date = true;
                let (q2, _, _) = read_digits(b, q + 1);
                q = q2;
            }
            _ => break,
        }
    }
    let mut start = p;
    let mut end = q;
    let mut paren = false;
    if open {
        if q < b.len() && b[q] == b')' {
            paren = true;
            end = q + 1;
        } else {
            start = q0;
        }
    }
    // `1990-an`, `70-year-old`: a number glued to a word by a hyphen is no date
    if !paren && b.get(q) == Some(&b'-') && char_at(text, q + 1).is_some_and(char::is_alphabetic) {
        return (start, word_end(text, q + 1), K::NonDate);
    }
    // letters glued to the number
    if !paren {
        if let Some(c) = char_at(text, q).filter(|c| c.is_alphabetic()) {
            let we = word_end(text, q);
            let suf = text[q..we].to_ascii_lowercase();
            if n == 1 && !non_date && matches!(suf.as_str(), "st" | "nd" | "rd" | "th") {
                end = we;
            } else if c.is_uppercase() {
                // glued sentence (`2022Bantuan`) or ISO time (`2024-10-10T08:00`): the number ends here
            } else {
                return (start, we, K::NonDate);
            }
        }
    }
    if non_date || lens.iter().any(|&l| l > 4) {
        return (start, end, K::NonDate);
    }
    if n == 1 {
        return (start, end, K::Num { v, len });
    }
    (start, end, K::NumDate(Nd { g, len: lens, n: n as u8, sep, paren }))
}

struct Window {
    toks: Vec<Tok>,
    lc: String,
}

/// Tokenizes at most `max` tokens from `p`, stopping at a line break or at
/// punctuation other than one comma or one dash.
fn tokenize(text: &str, lr: &LangRules, mut p: usize, max: usize) -> Window {
    let b = text.as_bytes();
    let mut w = Window { toks: Vec::with_capacity(max), lc: String::new() };
    let mut first = true;
    while w.toks.len() < max && p < b.len() {
        let g0 = p;
        let (mut comma, mut dash, mut stop) = (0, 0, false);
        while p < b.len() {
            let c = match char_at(text, p) {
                Some(c) => c,
                None => {
                    stop = true;
                    break;
                }
            };
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                p += c.len_utf8();
            } else if c == ',' {
                comma += 1;
                p += 1;
            } else if c == '-' {
                dash += 1;
                p += 1;
            } else if c.is_alphanumeric() || (c == '(' && b.get(p + 1).is_some_and(u8::is_ascii_digit)) {
                break;
            } else {
                stop = true;
                break;
            }
        }
        if stop || p >= b.len() {
            break;
        }
        let gap = if first || (comma == 0 && dash == 0) {
            Gap::Space
        } else if comma == 1 && dash == 0 {
            Gap::Comma
        } else if dash == 1 && comma == 0 && p - g0 == 1 {
            Gap::Dash
        } else {
            break;
        };
        first = false;
        let c = match char_at(text, p) {
            Some(c) => c,
            None => break,
        };
        if c.is_ascii_digit() || c == '(' {
            let (s, e, kind) = lex_number(text, p);
            w.toks.push(Tok { s, e, gap, kind, ent: None, cap: false, lo: (0, 0) });
            p = e;
        } else if c.is_alphabetic() {
            let e = word_end(text, p);
            let a = w.lc.len();
            if a > 0 {
                w.lc.push(' ');
            }
            let a = w.lc.len();
            for ch in text[p..e].chars() {
                if ch.is_ascii() {
                    w.lc.push(ch.to_ascii_lowercase());
                } else if is_apos(ch) {
                    w.lc.push('\'');
                } else {
                    w.lc.extend(ch.to_lowercase());
                }
            }
            let lo = (a, w.lc.len());
            let ent = lr.map.get(&w.lc[a..]).copied();
            let mut end = e;
            if b.get(e) == Some(&b'.') && lr.meanings(ent).iter().any(|m| matches!(m, M::Month(_, true) | M::Weekday(_, true))) {
                end = e + 1;
            } else if b.get(e) == Some(&b'.') && day_and_year(&b[e + 1..]) && lr.meanings(ent).iter().any(|m| matches!(m, M::Month(_, false))) {
                // a month name written with an abbreviation's period before its day and year
                // ("March. 29, 2024", as some Korean sites print it; not "in March. 29 people")
                end = e + 1;
            } else if b.get(e) == Some(&b'.') && day_before(&b[..p]) && year_next(&b[e + 1..]) && lr.meanings(ent).iter().any(|m| matches!(m, M::Month(_, false))) {
                // or after its day and before its year ("29 May. 2025", as Korea JoongAng
                // Daily prints it)
                end = e + 1;
            }
            w.toks.push(Tok { s: p, e: end, gap, kind: K::Word, ent, cap: c.is_uppercase(), lo });
            p = end;
        } else {
            // a non-ASCII digit: stop
            break;
        }
    }
    merge_phrases(&mut w, lr);
    w
}

/// `b` starts with spaces, a day of one or two digits, an optional comma, a space and a
/// four-digit year: " 29, 2024".
fn day_and_year(b: &[u8]) -> bool {
    let s = b.iter().take_while(|&&x| x == b' ').count();
    let d = b[s..].iter().take_while(|x| x.is_ascii_digit()).count();
    let mut k = s + d;
    if b.get(k) == Some(&b',') {
        k += 1;
    }
    let sp = b[k..].iter().take_while(|&&x| x == b' ').count();
    let y = b[k + sp..].iter().take_while(|x| x.is_ascii_digit()).count();
    (1..=2).contains(&d) && sp >= 1 && y == 4
}

/// `b` ends with a day of one or two digits (not part of a longer number) and spaces: "29 ".
fn day_before(b: &[u8]) -> bool {
    let sp = b.iter().rev().take_while(|&&x| x == b' ').count();
    let rest = &b[..b.len() - sp];
    let d = rest.iter().rev().take_while(|x| x.is_ascii_digit()).count();
    sp >= 1 && (1..=2).contains(&d)
}

/// `b` starts with spaces and a four-digit year that no digit follows: " 2025,".
fn year_next(b: &[u8]) -> bool {
    let sp = b.iter().take_while(|&&x| x == b' ').count();
    let y = b[sp..].iter().take_while(|x| x.is_ascii_digit()).count();
    sp >= 1 && y == 4
}

/// Merges consecutive words that form a vocabulary phrase (`yang lalu`, `hari ini`).
fn merge_phrases(w: &mut Window, lr: &LangRules) {
    if lr.max_words < 2 {
        return;
    }
    let mut i = 0;
    while i < w.toks.len() {
        if !matches!(w.toks[i].kind, K::Word) {
            i += 1;
            continue;
        }
        let mut k = lr.max_words.min(w.toks.len() - i);
        while k >= 2 {
            let ok = (i + 1..i + k).all(|j| matches!(w.toks[j].kind, K::Word) && w.toks[j].gap == Gap::Space && w.toks[j - 1].e < w.toks[j].s);
            if ok {
                let key = &w.lc[w.toks[i].lo.0..w.toks[i + k - 1].lo.1];
                if let Some(&id) = lr.map.get(key) {
                    let last = w.toks[i + k - 1];
                    let t = &mut w.toks[i];
                    t.e = last.e;
                    t.ent = Some(id);
                    t.lo = (t.lo.0, last.lo.1);
                    w.toks.drain(i + 1..i + k);
                    break;
                }
            }
            k -= 1;
        }
        i += 1;
    }
}

/// Start of the modifier words (`pada`, `last`, `awal`, `dua` ...) right before `p`,
/// not before `floor`.
fn walk_back(text: &str, lr: &LangRules, p: usize, floor: usize) -> usize {
    let mut s0 = p;
    let mut cur = p;
    let mut key = String::new();
    // end of the modifier word taken last: a word that is no modifier alone may begin a
    // phrase with it (`the next`)
    let mut taken_end: Option<usize> = None;
    let modifier = |key: &str| {
        lr.map.get(key).is_some_and(|&id| {
            lr.entries[id as usize].iter().any(|m| {
                matches!(
                    m,
                    M::Past
                        | M::Future
                        | M::This
                        | M::Earlier
                        | M::Later
                        | M::Then(_)
                        | M::Following(_)
                        | M::One(_)
                        | M::Part(_)
                        | M::Num(_)
                        | M::Vague
                        | M::Prep(_)
                        | M::DayPrefix
                )
            })
        })
    };
    for _ in 0..4 {
        let mut q = cur;
        let mut dash = false;
        while let Some(c) = char_before(text, q) {
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                q -= c.len_utf8();
            } else if c == '-' && !dash && q == cur {
                dash = true;
                q -= 1;
            } else {
                break;
            }
        }
        if q == cur && cur != p {
            break;
        }
        // the word ending at q
        let mut ws = q;
        while let Some(c) = char_before(text, ws) {
            if is_word_char(c) || (is_apos(c) && ws < q) {
                ws -= c.len_utf8();
            } else {
                break;
            }
        }
        if ws == q || ws < floor {
            break;
        }
        key.clear();
        push_lower(&mut key, &text[ws..q]);
        if !modifier(&key) {
            let phrase = taken_end.is_some_and(|e| {
                key.clear();
                push_lower(&mut key, &text[ws..e]);
                // (the phrase map holds single spaces)
                !key.contains(['\t', '\u{a0}']) && !key.contains("  ") && modifier(&key)
            });
            if !phrase {
                break;
            }
        }
        taken_end = Some(q);
        s0 = ws;
        cur = ws;
    }
    s0
}

// ---------------------------------------------------------------- grammar

#[derive(Debug, Clone, Copy)]
struct R {
    /// First and one-past-last token index of the span.
    first: usize,
    end: usize,
    span: Option<DateSpan>,
    rel: bool,
    conflict: bool,
    wd: bool,
    /// A day and month without a year (`June 19`, `22 September`).
    dm: bool,
    /// Counted from the date the text gave last (`dua hari sebelumnya`): unit and offset;
    /// `span` is then the reading against the anchor, used when the text gave none.
    then: Option<(Unit, i64)>,
}

impl R {
    fn abs(first: usize, end: usize, span: Option<DateSpan>) -> Option<R> {
        span.map(|s| R { first, end, span: Some(s), rel: false, conflict: false, wd: false, dm: false, then: None })
    }
    fn rel(first: usize, end: usize, span: Option<DateSpan>) -> R {
        R { first, end, span, rel: true, conflict: false, wd: false, dm: false, then: None }
    }
}

struct P<'a> {
    text: &'a str,
    w: &'a Window,
    lr: &'a LangRules,
    a: Anchor,
}

impl P<'_> {
    fn len(&self) -> usize {
        self.w.toks.len()
    }
    fn ms(&self, i: usize) -> &[M] {
        match self.w.toks.get(i) {
            Some(t) if matches!(t.kind, K::Word) => self.lr.meanings(t.ent),
            _ => &[],
        }
    }
    fn has(&self, i: usize, f: impl Fn(M) -> bool) -> bool {
        self.ms(i).iter().any(|&m| f(m))
    }
    /// Token `i` exists and follows `i - 1` after plain spaces.
    fn adj(&self, i: usize) -> bool {
        self.w.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
    }
    /// Token `i` exists and follows `i - 1` after spaces or one comma.
    fn adj_c(&self, i: usize) -> bool {
        self.w.toks.get(i).is_some_and(|t| t.gap != Gap::Dash)
    }
    fn month(&self, i: usize) -> Option<(u32, bool)> {
        self.ms(i).iter().find_map(|m| if let M::Month(mo, ab) = *m { Some((mo as u32, ab)) } else { None })
    }
    fn weekday(&self, i: usize) -> Option<(u8, bool)> {
        self.ms(i).iter().find_map(|m| if let M::Weekday(w, ab) = *m { Some((w, ab)) } else { None })
    }
    fn unit(&self, i: usize) -> Option<Unit> {
        self.ms(i).iter().find_map(|m| if let M::Unit(u) = *m { Some(u) } else { None })
    }
    /// -1 past, 0 this, +1 future.
    fn marker(&self, i: usize) -> Option<i64> {
        self.ms(i).iter().find_map(|m| match m {
            M::Past => Some(-1),
            M::This => Some(0),
            M::Future => Some(1),
            _ => None,
        })
    }
    fn part(&self, i: usize) -> Option<Part> {
        self.ms(i).iter().find_map(|m| if let M::Part(p) = *m { Some(p) } else { None })
    }
    fn cap(&self, i: usize) -> bool {
        self.w.toks.get(i).is_some_and(|t| t.cap)
    }
    /// A day-of-month number (`8`, `08`, `8th`).
    fn day_num(&self, i: usize) -> Option<u32> {
        match self.w.toks.get(i)?.kind {
            K::Num { v, len } if len <= 2 && (1..=31).contains(&v) => Some(v),
            _ => None,
        }
    }
    fn year_num(&self, i: usize, lo: u32, hi: u32) -> Option<i32> {
        match self.w.toks.get(i)?.kind {
            K::Num { v, len: 4 } if (lo..=hi).contains(&v) && self.w.toks[i].e - self.w.toks[i].s == 4 => Some(v as i32),
            _ => None,
        }
    }
    fn count(&self, i: usize) -> Option<u32> {
        match self.w.toks.get(i)?.kind {
            K::Num { v, len } if len <= 3 && (1..=100).contains(&v) => Some(v),
            K::Word => self.ms(i).iter().find_map(|m| if let M::Num(n) = *m { Some(n) } else { None }),
            _ => None,
        }
    }
    /// A capitalized word with no date meaning (a name).
    fn name_word(&self, i: usize) -> bool {
        self.w.toks.get(i).is_some_and(|t| matches!(t.kind, K::Word) && t.cap && t.gap == Gap::Space) && self.ms(i).is_empty()
    }

    /// Resolves a date with a known year, checking an attached weekday.
    fn full(&self, first: usize, end: usize, date: Option<NaiveDate>, wd: Option<u8>) -> Option<R> {
        let d = date?;
        let conflict = wd.is_some_and(|w| d.weekday() != weekday_of(w));
        Some(R { first, end, span: Some(DateSpan::day(d)), rel: false, conflict, wd: wd.is_some(), dm: false, then: None })
    }

    /// A day and month without a year.
    fn no_year(&self, first: usize, end: usize, d: u32, m: u32, wd: Option<u8>) -> Option<R> {
        if !valid_dm(d, m) {
            return None;
        }
        // not after the anchor, or after it inside a coarse publication window (`bound`)
        let limit = match (self.a.date, self.a.bound) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let date = match wd {
            Some(_) => limit.and_then(|l| infer_year(d, m, wd, l)),
            None => self.a.date.and(limit).and_then(|l| infer_year(d, m, None, l)),
        };
        let mut r = R::rel(first, end, date.map(DateSpan::day));
        r.wd = wd.is_some();
        r.dm = true;
        Some(r)
    }

    /// Consumes a trailing past/future marker after an explicit date (`2 November lalu`).
    fn trail(&self, mut r: R) -> R {
        if self.adj(r.end) && matches!(self.marker(r.end), Some(-1 | 1)) && self.unit(r.end).is_none() {
            r.end += 1;
        }
        r
    }

    fn expr(&self, i: usize, ctx: bool) -> Option<R> {
        if i >= self.len() {
            return None;
        }
        if let Some(r) = self.part_expr(i, ctx) {
            return Some(r);
        }
        if let Some(r) = self.earlier_expr(i) {
            return Some(r);
        }
        if let Some(r) = self.marker_first(i) {
            return Some(r);
        }
        // "the same day", "the same month", "the following day", "the previous week"
        if let Some(off) = self.beside_unit(i).filter(|_| self.adj(i + 1)) {
            if let Some(u) = self.unit(i + 1) {
                return Some(self.then_period(i, i + 2, u, off));
            }
        }
        match self.w.toks[i].kind {
            K::NumDate(_) => return self.numeric(i, ctx, None, i),
            K::Num { .. } => return self.number_first(i, ctx),
            K::NonDate => return None,
            K::Word => {}
        }
        if self.has(i, |m| matches!(m, M::Num(_) | M::One(_))) {
            if let Some(r) = self.ago(i) {
                return Some(r);
            }
        }
        if self.has(i, |m| m == M::DayPrefix) {
            let r = self.day_month(i + 1, None).or_else(|| match self.w.toks.get(i + 1)?.kind {
                K::NumDate(_) if self.adj(i + 1) => self.numeric(i + 1, true, None, i + 1),
                _ => None,
            })?;
            return Some(R { first: i, ..r });
        }
        if let Some(r) = self.weekday_expr(i, ctx, i) {
            return Some(r);
        }
        if let Some(r) = self.month_expr(i, ctx, false) {
            return Some(r);
        }
        if let Some(off) = self.ms(i).iter().find_map(|m| if let M::RelDay(o) = *m { Some(o) } else { None }) {
            return Some(R::rel(i, i + 1, self.a.date.and_then(|a| add_days(a, off as i64)).map(DateSpan::day)));
        }
        self.unit_first(i)
    }

    /// The period of unit `u` that holds the date the text gave last (`bulan yang sama`,
    /// `the same day`; `off` 0), or `off` periods from it (`the following day`, `pekan
    /// berikutnya`), tokens `first..end`; read against the anchor when the text gave none.
    fn then_period(&self, first: usize, end: usize, u: Unit, off: i64) -> R {
        let mut r = R::rel(first, end, self.a.date.and_then(|a| unit_period(a, u, off)));
        r.then = Some((u, off));
        r
    }

    /// The offset a word beside a unit with no count gives from the period of the date the
    /// text gave last: 0 `same`, +1 `following`, -1 `preceding`.
    fn beside_unit(&self, i: usize) -> Option<i64> {
        self.ms(i).iter().find_map(|m| match *m {
            M::Then(0) => Some(0),
            M::Following(d) => Some(d as i64),
            _ => None,
        })
    }

    /// `awal bulan ini`, `late last year`, `mid-September`, `awal 2022`.
    fn part_expr(&self, i: usize, _ctx: bool) -> Option<R> {
        let p = self.part(i)?;
        let j = i + 1;
        if j >= self.len() || self.w.toks[j].gap == Gap::Comma {
            return None;
        }
        let inner = self
            .unit_first(j)
            .or_else(|| self.marker_first(j))
            .or_else(|| {
                // a month or year unit alone: the current one (`awal tahun`)
                let u = self.unit(j)?;
                if !matches!(u, Unit::Month | Unit::Year) {
                    return None;
                }
                Some(R::rel(j, j + 1, self.a.date.and_then(|a| unit_period(a, u, 0))))
            })
            .or_else(|| self.month_expr(j, true, true))
            .or_else(|| {
                let y = self.year_num(j, 1800, 2200)?;
                R::abs(j, j + 1, year_span(y))
            })?;
        match inner.span {
            Some(sp) => {
                let s = part_of(sp, p)?;
                Some(R { first: i, span: Some(s), ..inner })
            }
            None => Some(R { first: i, ..inner }),
        }
    }

    /// `earlier this month`, `later this year`.
    fn earlier_expr(&self, i: usize) -> Option<R> {
        let earlier = self.has(i, |m| m == M::Earlier);
        let later = self.has(i, |m| m == M::Later);
        if !(earlier || later) || !self.adj(i + 1) || self.marker(i + 1) != Some(0) || !self.adj(i + 2) {
            return None;
        }
        let u = self.unit(i + 2)?;
        if u == Unit::Day {
            return None;
        }
        let span = self.a.date.and_then(|a| {
            let p = unit_period(a, u, 0)?;
            let prec = if u == Unit::Year { Precision::Quarter } else { Precision::Week };
            Some(if earlier {
                DateSpan { start: p.start, end: a, precision: prec }
            } else {
                DateSpan { start: a, end: p.end, precision: prec }
            })
        });
        Some(R::rel(i, i + 3, span))
    }

    /// `last week`, `next Monday`, `last September`, `this year`.
    fn marker_first(&self, i: usize) -> Option<R> {
        let dir = self.marker(i)?;
        let j = i + 1;
        if !self.adj(j) {
            return None;
        }
        if let Some(u) = self.unit(j) {
            if self.weekday(j).is_none() || !self.cap(j) {
                return Some(R::rel(i, j + 1, self.a.date.and_then(|a| unit_period(a, u, dir))));
            }
        }
        if let Some((w, false)) = self.weekday(j) {
            let mut r = R::rel(i, j + 1, self.a.date.and_then(|a| rel_weekday(a, w, dir)).map(DateSpan::day));
            r.wd = true;
            return Some(r);
        }
        if let Some((m, false)) = self.month(j) {
            if self.cap(j) {
                return Some(R::rel(i, j + 1, self.a.date.and_then(|a| rel_month(a, m, dir))));
            }
        }
        None
    }

    /// `dua hari lalu`, `3 hari yang lalu`, `two days ago`, `a week ago`.
    fn ago(&self, i: usize) -> Option<R> {
        // a count and a unit (`dua hari`), or one word for both (`sehari`)
        let one = self.ms(i).iter().find_map(|m| if let M::One(u) = *m { Some(u) } else { None });
        let (n, u, k) = match one {
            Some(u) => (1, u, i + 1),
            None => {
                let n = self.count(i)?;
                let u = if self.adj(i + 1) { self.unit(i + 1)? } else { return None };
                (n, u, i + 2)
            }
        };
        if !self.adj(k) {
            return None;
        }
        if let Some(dir) = self.ms(k).iter().find_map(|m| if let M::Then(d) = *m { Some(d as i64) } else { None }) {
            let off = dir * n as i64;
            let mut r = R::rel(i, k + 1, self.a.date.and_then(|a| unit_period(a, u, off)));
            r.then = Some((u, off));
            return Some(r);
        }
        let dir = self.marker(k)?;
        if dir == 0 {
            return None;
        }
        Some(R::rel(i, k + 1, self.a.date.and_then(|a| unit_period(a, u, dir * n as i64))))
    }

    fn number_first(&self, i: usize, ctx: bool) -> Option<R> {
        if let Some(r) = self.day_month(i, None) {
            return Some(r);
        }
        // `8 hingga 13 Oktober`, `between 8 and 13 October 2024`
        if let Some((a, b)) = self.spelled_range(i) {
            if self.adj(i + 3) && self.month(i + 3).is_some() {
                return self.day_range(i, i + 2, a, b, None);
            }
        }
        if let Some(r) = self.ago(i) {
            return Some(r);
        }
        let (lo, hi) = if ctx { (1800, 2200) } else { (1900, 2100) };
        let y = self.year_num(i, lo, hi)?;
        if !ctx && i > 0 && matches!(self.w.toks[i].gap, Gap::Dash) {
            return None;
        }
        if !ctx && char_before(self.text, self.w.toks[i].s).is_some_and(|c| matches!(c, '$' | '€' | '£' | '#' | '+')) {
            return None;
        }
        R::abs(i, i + 1, year_span(y))
    }

    /// `8 November 2022`, `2 November`, `8 Nov`, `22nd September 2022`.
    fn day_month(&self, i: usize, wd: Option<u8>) -> Option<R> {
        let d = self.day_num(i)?;
        if !self.adj(i + 1) {
            return None;
        }
        let (m, _) = self.month(i + 1)?;
        if self.adj_c(i + 2) {
            if let Some(y) = self.year_num(i + 2, 1800, 2200) {
                return self.full(i, i + 3, ymd(y, m, d), wd).map(|r| self.trail(r));
            }
        }
        self.no_year(i, i + 2, d, m, wd).map(|r| self.trail(r))
    }

    /// A range of days before a month (`8-13 Oktober`, `8-13 October 2024`): the number
    /// pair at token `i` (`from` < `to`), the month after it and an optional year; tokens
    /// `first..`. None when no month follows or the days do not exist in it.
    fn day_range(&self, first: usize, i: usize, from: u32, to: u32, wd: Option<u8>) -> Option<R> {
        let (m, _) = self.month(i + 1)?;
        self.range_of(first, i + 2, m, from, to, wd).map(|r| self.trail(r))
    }

    /// The days `from`..=`to` of month `m`, tokens `first..`, with the year at token `y`
    /// when one stands there (after spaces or a comma), else inferred as for a day and
    /// month; None when the days do not exist in the month.
    fn range_of(&self, first: usize, y: usize, m: u32, from: u32, to: u32, wd: Option<u8>) -> Option<R> {
        let r = match self.year_num(y, 1800, 2200).filter(|_| self.adj_c(y)) {
            Some(year) => self.full(first, y + 1, ymd(year, m, to), wd)?,
            None => self.no_year(first, y, to, m, wd)?,
        };
        Some(widen(r, from))
    }

    /// Two days at tokens `i` and `i + 2` joined by a `range_to` word (`8 hingga 13`,
    /// `8 and 13`), the first before the second; None otherwise.
    fn spelled_range(&self, i: usize) -> Option<(u32, u32)> {
        let a = self.day_num(i)?;
        if !(self.adj(i + 1) && self.adj(i + 2) && self.has(i + 1, |m| m == M::RangeTo)) {
            return None;
        }
        let b = self.day_num(i + 2).filter(|&b| a < b)?;
        Some((a, b))
    }

    /// `November 8, 2022`, `Nov. 8`, `Sept. 21`.
    fn month_day(&self, i: usize, wd: Option<u8>) -> Option<R> {
        let (m, _) = self.month(i)?;
        if !self.cap(i) || !self.adj(i + 1) {
            return None;
        }
        // a range of days spelled after the month: `Oct. 8 to 13`, `October 8 and 13, 2024`
        if let Some((a, b)) = self.spelled_range(i + 1) {
            return self.range_of(i, i + 4, m, a, b, wd);
        }
        // a range of days after the month: `Oct. 8-13`, `October 8-13, 2024`
        if let Some(K::NumDate(nd)) = self.w.toks.get(i + 1).map(|t| t.kind) {
            let [a, b, _] = nd.g;
            if nd.n == 2 && nd.sep == b'-' && !nd.paren && nd.len[0] <= 2 && nd.len[1] <= 2 && (1..=31).contains(&a) && a < b && b <= 31 {
                return self.range_of(i, i + 2, m, a, b, wd);
            }
        }
        let d = self.day_num(i + 1)?;
        if self.adj_c(i + 2) {
            if let Some(y) = self.year_num(i + 2, 1800, 2200) {
                return self.full(i, i + 3, ymd(y, m, d), wd);
            }
        }
        self.no_year(i, i + 2, d, m, wd)
    }

    fn weekday_expr(&self, i: usize, ctx: bool, first: usize) -> Option<R> {
        let (w, abbr) = self.weekday(i)?;
        if self.unit(i).is_some() && (!self.cap(i) || self.marker(i + 1).is_some()) {
            return None;
        }
        let j = i + 1;
        if self.adj_c(j) {
            let r = match self.w.toks[j].kind {
                K::NumDate(_) => self.numeric(j, true, Some(w), first),
                K::Num { .. } => self.day_month(j, Some(w)),
                K::Word => self.month_day(j, Some(w)),
                K::NonDate => None,
            };
            if let Some(r) = r {
                return Some(R { first, wd: true, ..r });
            }
        }
        if abbr {
            return None;
        }
        if self.adj(j) {
            if let Some(dir) = self.marker(j) {
                if self.unit(j).is_none() {
                    let mut r = R::rel(first, j + 1, self.a.date.and_then(|a| rel_weekday(a, w, dir)).map(DateSpan::day));
                    r.wd = true;
                    return Some(r);
                }
            }
        }
        if !ctx && (!self.cap(i) || self.name_word(j)) {
            return None;
        }
        let mut r = R::rel(first, j, self.a.date.and_then(|a| rel_weekday(a, w, 2)).map(DateSpan::day));
        r.wd = true;
        Some(r)
    }

    /// Month-led forms; `prefixed` = after `bulan`/a part word (a bare month is certainly a date).
    fn month_expr(&self, i: usize, ctx: bool, prefixed: bool) -> Option<R> {
        let (m, abbr) = self.month(i)?;
        if let Some(r) = self.month_day(i, None) {
            return Some(r);
        }
        let j = i + 1;
        if self.adj_c(j) {
            if let Some(y) = self.year_num(j, 1800, 2200) {
                return R::abs(i, j + 1, month_span(y, m)).map(|r| self.trail(r));
            }
        }
        if abbr || !(self.cap(i) || prefixed) {
            return None;
        }
        if self.adj(j) {
            // `Juni tahun lalu`, `June last year`, `Juni 2022` handled above
            if self.unit(j) == Some(Unit::Year) && self.adj(j + 1) {
                if let Some(dir) = self.marker(j + 1) {
                    let span = self.a.date.and_then(|a| month_span(a.year().checked_add(dir as i32)?, m));
                    return Some(R::rel(i, j + 2, span));
                }
            }
            if let Some(dir) = self.marker(j) {
                if self.adj(j + 1) && self.unit(j + 1) == Some(Unit::Year) {
                    let span = self.a.date.and_then(|a| month_span(a.year().checked_add(dir as i32)?, m));
                    return Some(R::rel(i, j + 2, span));
                }
                if self.unit(j).is_none() {
                    return Some(R::rel(i, j + 1, self.a.date.and_then(|a| rel_month(a, m, dir))));
                }
            }
        }
        if !(ctx || prefixed) {
            return None;
        }
        if !prefixed && self.name_word(j) {
            return None;
        }
        Some(R::rel(i, j, self.a.date.and_then(|a| rel_month(a, m, 2))))
    }

    /// `pekan lalu`, `bulan ini`, `tahun depan`; unit words as prefixes: `hari Senin`, `bulan Juni`, `tahun 2022`.
    fn unit_first(&self, i: usize) -> Option<R> {
        let u = self.unit(i)?;
        if self.weekday(i).is_some() && self.cap(i) && self.marker(i + 1).is_none() {
            return None;
        }
        let j = i + 1;
        if !self.adj(j) {
            return None;
        }
        if let Some(dir) = self.marker(j) {
            if self.weekday(j).is_none() && self.month(j).is_none() {
                return Some(R::rel(i, j + 1, self.a.date.and_then(|a| unit_period(a, u, dir))));
            }
        }
        if let Some(off) = self.beside_unit(j) {
            return Some(self.then_period(i, j + 1, u, off));
        }
        let r = match u {
            Unit::Day => self.weekday_expr(j, true, j),
            Unit::Month => self.month_expr(j, true, true),
            Unit::Year => {
                let y = self.year_num(j, 1800, 2200)?;
                R::abs(j, j + 1, year_span(y))
            }
            Unit::Week => None,
        }?;
        Some(R { first: i, ..r })
    }

    /// Numeric forms. `wd` = an attached weekday; `first` = the span's first token.
    fn numeric(&self, i: usize, ctx: bool, wd: Option<u8>, first: usize) -> Option<R> {
        let nd = match self.w.toks[i].kind {
            K::NumDate(nd) => nd,
            _ => return None,
        };
        let [a, b, c] = nd.g;
        let [la, lb, lc] = nd.len;
        let end = i + 1;
        match (nd.n, nd.sep) {
            (3, _) => {
                // (a two-digit year only after slashes, as US headers write it: `10/31/24`)
                let short = lc == 2 && la <= 2 && lb <= 2 && nd.sep == b'/';
                let c = if short { 2000 + c } else { c };
                let (y, m, d) = if la == 4 && lb <= 2 && lc <= 2 && !short {
                    (a, b, c)
                } else if (lc == 4 || short) && la <= 2 && lb <= 2 {
                    if a > 12 && b <= 12 {
                        (c, b, a)
                    } else if (b > 12 && a <= 12) || (self.lr.mdy && nd.sep == b'/') {
                        // month first: unambiguous, or the language reads a/b/yyyy as m/d
                        (c, a, b)
                    } else {
                        (c, b, a)
                    }
                } else {
                    return None;
                };
                if !(1800..=2200).contains(&y) {
                    return None;
                }
                self.full(first, end, ymd(y as i32, m, d), wd)
            }
            (2, b'-' | b'/') if la == 4 && lb <= 2 && (1..=12).contains(&b) && (1800..=2200).contains(&a) => {
                R::abs(first, end, month_span(a as i32, b))
            }
            (2, b'-' | b'/') if lb == 4 && la <= 2 && (1..=12).contains(&a) && (1800..=2200).contains(&b) => {
                R::abs(first, end, month_span(b as i32, a))
            }
            (2, b'-') if la == 4 && lb == 4 && (1900..=2100).contains(&a) && (1900..=2100).contains(&b) && a < b && wd.is_none() => {
                let s = year_span(a as i32)?;
                let e = year_span(b as i32)?;
                R::abs(first, end, Some(DateSpan { start: s.start, end: e.end, precision: Precision::Year }))
            }
            // a range of days before a month: `8-13 Oktober`, `8-13 October 2024`
            (2, b'-') if la <= 2 && lb <= 2 && !nd.paren && (1..=31).contains(&a) && a < b && b <= 31 && self.adj(end) && self.month(end).is_some() => {
                self.day_range(first, i, a, b, wd)
            }
            (2, b'/') if la <= 2 && lb <= 2 => {
                let (d, m) = if valid_dm(a, b) {
                    (a, b)
                } else if valid_dm(b, a) {
                    (b, a)
                } else {
                    return None;
                };
                if !(nd.paren || wd.is_some() || ctx || la == 2 || lb == 2) {
                    return None;
                }
                let t = &self.w.toks[i];
                let core = self.text[t.s..t.e].trim_start_matches('(').trim_end_matches(')');
                if self.lr.not_dates.iter().any(|x| x == core) {
                    return None;
                }
                if self.has(i + 1, |m| m == M::NotAfter) && self.adj(i + 1) && !nd.paren {
                    return None;
                }
                if prev_word_is(self.text, self.lr, t.s, M::NotBefore) {
                    return None;
                }
                self.no_year(first, end, d, m, wd)
            }
            _ => None,
        }
    }
}

/// `r`, a day, widened back to the day `from` of its month (`8-13 Oktober` from `13
/// Oktober`): a week's precision for at most seven days, else a month's. Unchanged when
/// it has no date.
fn widen(r: R, from: u32) -> R {
    let span = r.span.and_then(|e| {
        let start = e.end.with_day(from).filter(|s| *s < e.end)?;
        let precision = if (e.end - start).num_days() < 7 { Precision::Week } else { Precision::Month };
        Some(DateSpan { start, end: e.end, precision })
    });
    R { span: span.or(r.span), ..r }
}

/// The weekday `w` relative to `a`: dir -1 = strictly before, +1 = strictly
/// after, 0 = in the week of `a`, 2 = on or before `a`.
fn rel_weekday(a: NaiveDate, w: u8, dir: i64) -> Option<NaiveDate> {
    let target = weekday_of(w).num_days_from_monday() as i64;
    let cur = a.weekday().num_days_from_monday() as i64;
    let diff = (cur - target).rem_euclid(7);
    match dir {
        -1 => add_days(a, -(if diff == 0 { 7 } else { diff })),
        1 => add_days(a, if diff == 0 { 7 } else { 7 - diff }),
        0 => add_days(a, target - cur),
        _ => add_days(a, -diff),
    }
}

/// Month `m` relative to `a`: dir -1 = the last one strictly before a's month,
/// +1 = the next one strictly after, 0 = in a's year, 2 = the most recent one not after a.
fn rel_month(a: NaiveDate, m: u32, dir: i64) -> Option<DateSpan> {
    let (y, am) = (a.year(), a.month());
    let year = match dir {
        -1 => {
            if m < am {
                y
            } else {
                y.checked_sub(1)?
            }
        }
        1 => {
            if m > am {
                y
            } else {
                y.checked_add(1)?
            }
        }
        0 => y,
        _ => {
            if m <= am {
                y
            } else {
                y.checked_sub(1)?
            }
        }
    };
    month_span(year, m)
}

/// Whether the word right before byte `p` (skipping spaces) has meaning `m`.
fn prev_word_is(text: &str, lr: &LangRules, p: usize, m: M) -> bool {
    let mut q = p;
    while let Some(c) = char_before(text, q) {
        if c == ' ' || c == '\t' {
            q -= 1;
        } else {
            break;
        }
    }
    let mut ws = q;
    while let Some(c) = char_before(text, ws) {
        if is_word_char(c) {
            ws -= c.len_utf8();
        } else {
            break;
        }
    }
    if ws == q {
        return false;
    }
    let mut key = String::with_capacity(q - ws);
    push_lower(&mut key, &text[ws..q]);
    lr.map.get(key.as_str()).is_some_and(|&id| lr.entries[id as usize].contains(&m))
}

/// Parses the window from token `j`: prepositions, then one expression.
fn parse_at(p: &P, j: usize) -> Option<(R, bool, bool)> {
    let mut i = j;
    let (mut ctx, mut since) = (false, false);
    while i < p.len() && (i == j || p.adj(i)) {
        match p.ms(i).iter().find_map(|m| if let M::Prep(s) = *m { Some(s) } else { None }) {
            Some(s) => {
                ctx = true;
                since |= s;
                i += 1;
            }
            None => break,
        }
    }
    if i > j && !p.adj(i) {
        return None;
    }
    let r = p.expr(i, ctx)?;
    Some((r, since, ctx))
}

/// Appends `s` lower-cased to `out` (as `str::to_lowercase` does, one char at a time; ASCII
/// without the Unicode tables).
fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let n = out.len();
        out.push_str(s);
        out[n..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

fn scan(text: &str, lr: &LangRules, anchor: Anchor) -> Vec<Found> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut pos = 0usize;
    let mut floor = 0usize;
    while pos < b.len() {
        let m = match lr.ac.find(Input::new(b).span(pos..b.len())) {
            Some(m) => m,
            None => break,
        };
        let (ms, me) = (m.start(), m.end());
        let digit = m.pattern().as_usize() < DIGIT_PATTERNS;
        let before_ok = char_before(text, ms).is_none_or(|c| !c.is_alphanumeric());
        let after_ok = digit || char_at(text, me).is_none_or(|c| !c.is_alphanumeric());
        if !before_ok || !after_ok || !text.is_char_boundary(ms) {
            // skip the rest of this word / number
            let mut q = ms + 1;
            while q < b.len() && !text.is_char_boundary(q) {
                q += 1;
            }
            if digit {
                while q < b.len() && b[q].is_ascii_digit() {
                    q += 1;
                }
            }
            pos = q;
            continue;
        }
        let tstart = if digit && ms > 0 && b[ms - 1] == b'(' { ms - 1 } else { ms };
        let s0 = walk_back(text, lr, tstart, floor);
        if s0 == tstart && !digit && tstart > 0 && b[tstart - 1] == b'-' && char_before(text, tstart - 1).is_some_and(char::is_alphanumeric) {
            // second half of a hyphenated compound (`tahun-tahun`, `pro-Juni`)
            pos = me;
            continue;
        }
        let w = tokenize(text, lr, s0, 14);
        let ti = match w.toks.iter().position(|t| t.e > ms) {
            Some(t) => t,
            None => {
                pos = me.max(ms + 1);
                continue;
            }
        };
        let p = P { text, w: &w, lr, a: anchor };
        let mut hit = None;
        for j in 0..=ti {
            if p.has(j, |m| m == M::Vague) && p.adj(j + 1) && p.unit(j + 1).is_some() {
                // "beberapa hari sebelumnya", "a few days later": a window counted from the
                // last day the text gave (else from the anchor); a vague count alone is no date
                let dir = p.unit(j + 1).filter(|_| p.adj(j + 2)).and_then(|u| {
                    p.ms(j + 2).iter().find_map(|m| if let M::Then(d) = *m { (d != 0).then_some((u, d as i64)) } else { None })
                });
                if let Some((u, d)) = dir.filter(|_| j + 3 > ti) {
                    let span = anchor.date.and_then(|a| vague_window(a, u, d));
                    let mut r = R::rel(j, j + 3, span);
                    r.then = Some((u, d * VAGUE_THEN));
                    hit = Some((r, false));
                }
                break;
            }
            if let Some((r, since, _)) = parse_at(&p, j) {
                if r.end > ti {
                    hit = Some((r, since));
                    break;
                }
            }
        }
        match hit {
            Some((r, since)) => {
                let (s, e) = (w.toks[r.first].s, w.toks[r.end - 1].e);
                let valid = r.span.is_none_or(|sp| sp.start <= sp.end);
                if valid {
                    out.push(Found {
                        m: DateMatch { start: s, end: e, span: r.span, relative: r.rel, weekday_conflict: r.conflict, since },
                        since,
                        weekday: r.wd,
                        day_month: r.dm,
                        then: r.then,
                    });
                }
                pos = e.max(ms + 1);
                floor = e;
            }
            None => {
                pos = w.toks[ti].e.max(me).max(ms + 1);
            }
        }
        while pos < b.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out
}

// ---------------------------------------------------------------- documents

/// The `then` offset of a count without a number ("beberapa hari sebelumnya", "a few days
/// earlier"), times the direction: a window, not a day (see [`vague_window`]).
const VAGUE_THEN: i64 = 1 << 40;

/// The window of a vague count of days or weeks before (`dir` < 0) or after day `d`: one to
/// seven days, or one to five weeks. None for months and years.
fn vague_window(d: NaiveDate, u: Unit, dir: i64) -> Option<DateSpan> {
    let (near, far, precision) = match u {
        Unit::Day => (1, 7, Precision::Week),
        Unit::Week => (7, 35, Precision::Month),
        _ => return None,
    };
    let (a, b) = if dir < 0 { (add_days(d, -far)?, add_days(d, -near)?) } else { (add_days(d, near)?, add_days(d, far)?) };
    Some(DateSpan { start: a, end: b, precision })
}

/// `s` writes a year out: four digits from 1900 to 2100 standing alone ("28/4/2025",
/// "April 28, 2025").
fn written_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && d.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y)))
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
    /// Raw text of a later "Updated" date line, when the page has one beside its header date.
    pub updated_date: Option<&'a str>,
    /// A date given by the input record (a date column), already parsed.
    pub field_date: Option<DateSpan>,
    /// The year of the page's copyright line (`Cleaned::rights_year`).
    pub rights_year: Option<i32>,
    /// The user's reference date.
    pub reference: Option<NaiveDate>,
    /// Today's date: only an upper bound for year inference, never an anchor.
    pub today: NaiveDate,
}

/// How many leading sentences count as the lead (where the reporting day is stated).
const LEAD_SENTENCES: usize = 4;

fn sentence_text(text: &str, (s, e): (usize, usize)) -> Option<&str> {
    text.get(s..e.min(text.len()))
}

/// `s` holds a numeric date `a/b/yyyy` whose first two numbers could each be the month
/// (both 1-12 and unequal): only a convention says which is the day.
fn ambiguous_numeric(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |i: usize| -> Option<(u32, usize)> {
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        (n > 0).then(|| (s[i..i + n].parse().unwrap_or(0), i + n))
    };
    (0..b.len()).any(|i| {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            return false;
        }
        let Some((a, j)) = num(i).filter(|&(_, j)| j - i <= 2 && b.get(j) == Some(&b'/')) else { return false };
        let Some((m, k)) = num(j + 1).filter(|&(_, k)| k - j - 1 <= 2 && b.get(k) == Some(&b'/')) else { return false };
        let year = num(k + 1).is_some_and(|(_, e)| e - k - 1 == 4);
        year && (1..=12).contains(&a) && (1..=12).contains(&m) && a != m
    })
}

/// The text writes its dates with the day before the month name ("2 January", "30
/// December") more often than after it ("January 2"), and at least once. Month names are
/// the language's (`months`, `month_abbrevs`).
fn day_first_style(text: &str, lr: &LangRules) -> bool {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    let month = |w: &str| {
        let k = norm_phrase(w.trim_end_matches('.'));
        lr.map.get(&k).is_some_and(|&id| lr.entries[id as usize].iter().any(|m| matches!(m, M::Month(..))))
    };
    let (mut first, mut after) = (0usize, 0usize);
    for (i, w) in words.iter().enumerate() {
        if !w.starts_with(char::is_uppercase) || !month(w) {
            continue;
        }
        if i > 0 && day(words[i - 1]) {
            first += 1;
        } else if words.get(i + 1).is_some_and(|n| day(n.trim_end_matches(['.', ';', ')']))) {
            after += 1;
        }
    }
    first > after
}

/// The latest year from 1900 to 2099 written as four digits on their own in `l` ("2015-2024"
/// -> 2024); None when there is none.
pub(crate) fn latest_year(l: &str) -> Option<i32> {
    let b = l.as_bytes();
    let mut best = None;
    let mut i = 0;
    while i < b.len() {
        let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        if n == 4 && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20") {
            let y = l[i..i + 4].parse::<i32>().ok();
            best = best.max(y);
        }
        i += n.max(1);
    }
    best
}

/// Dates a whole document.
///
/// - `pub_date`: `field_date`, else the parsed `header_date`, else the first
///   weekday expression of the lead sentences that resolves to a day (year
///   picked with bound = reference else today: an article cannot come from the
///   future; this is the only use of `today`), else None.
/// - `anchor`: pub_date's day when day-precise (the `updated_date`'s day instead when it
///   is one or two days later); for a coarser pub_date, the first day-precise explicit
///   date of the text inside it; else `reference`; else None.
/// - `matches`: every expression of every sentence, resolved against the anchor. A day
///   and month without a year takes the latest year whose date is not after the anchor, or
///   not after a week past it when the anchor is a day the text gave (no header, field or
///   reference date): the text may go on past the day it names first.
/// - `sentence_dates`: the first resolved expression of the sentence that is
///   not introduced by `since` (preferring finer than year precision), else the
///   anchor day, else None.
///
/// Never panics; sentence spans outside the text are skipped.
pub fn date_document(input: &DocDateInput, rules: &DateRules) -> DocDates {
    let lr = rules.lang(input.language);
    let text = input.text;
    let bound = input.reference.unwrap_or(input.today);
    // (the header in the document's own language first: its numeric order)
    // (unless every language's words read it finer: "20 June 2024" in an Indonesian page)
    // (a month/day language's page that writes its dates day first, "on 2 January", prints
    // an ambiguous numeric header day first too: Euronews' "11/01/2024")
    let lr = match input.language.and_then(|l| rules.day_first.get(l)) {
        Some(dmy) if input.header_date.is_some_and(ambiguous_numeric) && day_first_style(text, lr) => dmy,
        _ => lr,
    };
    let header = |h: &str| match parse_field_with(h, lr) {
        Some(own) if own.precision == Precision::Day => Some(own),
        own => match (own, parse_date_field(h, rules)) {
            (Some(own), Some(any)) if any.precision < own.precision => Some(any),
            (own, any) => own.or(any),
        },
    };
    let mut pub_date = input.field_date.or_else(|| input.header_date.and_then(header));
    if pub_date.is_none() {
        // A header date without a year (`SEOUL, Nov 2 (Reuters)`) resolves against the
        // reference date like any day and month; with no reference, inside the year of the
        // page's copyright line ("APR 28, 14:05" ... "© TASS, 2025") unless the text writes a
        // later year; else it stays unknown.
        let page_year = input
            .rights_year
            .filter(|&y| latest_year(text).is_none_or(|x| x <= y))
            .and_then(|y| ymd(y, 12, 31))
            .filter(|&d| d.year() <= bound.year());
        if let (Some(h), Some(r)) = (input.header_date, input.reference.or(page_year)) {
            let anchor = Anchor { date: Some(r), bound: Some(if input.reference.is_some() { bound } else { r.min(bound) }) };
            pub_date = scan(h, lr, anchor).into_iter().filter_map(|f| f.m.span).find(|sp| sp.precision == Precision::Day);
        }
    }
    // (a day read from the lead is a day the text gave, not the page's date)
    let mut from_lead = false;
    if pub_date.is_none() {
        let lead = Anchor { date: input.reference, bound: Some(bound) };
        'lead: for &se in input.sentences.iter().take(LEAD_SENTENCES) {
            if let Some(st) = sentence_text(text, se) {
                for f in scan(st, lr, lead) {
                    if let Some(sp) = f.m.span.filter(|sp| f.weekday && !f.since && sp.precision == Precision::Day) {
                        pub_date = Some(sp);
                        from_lead = true;
                        break 'lead;
                    }
                }
            }
        }
    }
    let anchor = match pub_date {
        Some(p) if p.precision == Precision::Day => Some(p.start),
        Some(p) => {
            let probe = Anchor { date: None, bound: Some(p.end) };
            input
                .sentences
                .iter()
                .filter_map(|&se| sentence_text(text, se))
                .flat_map(|st| scan(st, lr, probe))
                .filter_map(|f| f.m.span)
                .find(|sp| sp.precision == Precision::Day && p.start <= sp.start && sp.end <= p.end)
                .or_else(|| {
                    // a day and month without weekday or year ("On June 19") inside the
                    // window takes the window's year
                    let inside = Anchor { date: Some(p.end), bound: Some(p.end) };
                    input
                        .sentences
                        .iter()
                        .filter_map(|&se| sentence_text(text, se))
                        .flat_map(|st| scan(st, lr, inside))
                        .filter(|f| f.day_month && !f.since)
                        .filter_map(|f| f.m.span)
                        .find(|sp| sp.precision == Precision::Day && p.start <= sp.start && sp.end <= p.end)
                })
                .map(|sp| sp.start)
                .or(input.reference)
        }
        None => input.reference.or_else(|| {
            // no publication date and no reference: the latest day the text writes out with
            // its year ("Senin (28/4/2025)", "on April 28, 2025") is the day the rest of the
            // text is read from ("Selasa (29/4)", "on Monday"); never today
            let probe = Anchor { date: None, bound: Some(bound) };
            input
                .sentences
                .iter()
                .filter_map(|&se| sentence_text(text, se))
                // (only a sentence with a year in it is scanned)
                .filter(|st| written_year(st))
                .flat_map(|st| {
                    scan(st, lr, probe)
                        .into_iter()
                        .filter(|f| !f.since && !f.m.relative && st.get(f.m.start..f.m.end).is_some_and(written_year))
                        .filter_map(|f| f.m.span)
                        .filter(|sp| sp.precision == Precision::Day)
                        .collect::<Vec<_>>()
                })
                .map(|sp| sp.start)
                .max()
        }),
    };
    // a page updated one or two days after its publication day reads from the update
    // ("Published 10:12 PM EDT, Sun April 27, 2025" / "Updated 8:40 AM EDT, Mon April 28,
    // 2025": "said on Monday" is the 28th, not the 21st)
    let anchor = match (anchor, pub_date, input.updated_date.and_then(header)) {
        (Some(a), Some(p), Some(u)) if p.precision == Precision::Day && u.precision == Precision::Day && u.start > a && u.start <= a + chrono::Days::new(2) => Some(u.start),
        _ => anchor,
    };
    // a day and month without a year may fall anywhere in a coarse publication window,
    // also after the anchor day found inside it (" date 2025-04", "Sabtu (26/4)" ... "Senin (28/4)")
    let latest = match (pub_date, anchor) {
        (Some(p), Some(a)) if p.precision != Precision::Day && p.start <= a && a <= p.end => p.end,
        // (a day the text gave is no publication date: the text may go on a few days past it;
        // nor is the lead's weekday date: "Sabtu, 11 Januari 2025" ... "Senin (13/1)")
        (p, Some(a)) if input.reference.is_none() && (p.is_none() || from_lead) => a + chrono::Days::new(7),
        _ => anchor.unwrap_or(bound),
    };
    let a = Anchor { date: anchor, bound: Some(latest) };
    let mut matches = Vec::new();
    let mut sentence_dates = Vec::with_capacity(input.sentences.len());
    // the last day the text gave: what "dua hari sebelumnya" counts from
    let mut last_day: Option<NaiveDate> = None;
    // the last date it gave at all: what "bulan yang sama" is the month of
    let mut last_date: Option<NaiveDate> = None;
    for (si, &se) in input.sentences.iter().enumerate() {
        let st = sentence_text(text, se);
        let mut found = match st {
            Some(st) => scan(st, lr, a),
            None => Vec::new(),
        };
        for k in 0..found.len() {
            if let Some((u, off)) = found[k].then {
                // a date set off right after it names the day ("Sehari sebelumnya, Kamis
                // (17/10), ..."); else count from the last day
                let named = found.get(k + 1).filter(|n| {
                    n.m.span.is_some() && st.and_then(|st| st.get(found[k].m.end..n.m.start)).is_some_and(|g| g.trim() == ",")
                });
                // (the same day or week is of the last day; the same month or year of any date)
                let from = if off == 0 && matches!(u, Unit::Month | Unit::Year) { last_date } else { last_day };
                if let Some(n) = named {
                    found[k].m.span = n.m.span;
                } else if let Some(d) = from {
                    found[k].m.span = if off.abs() == VAGUE_THEN { vague_window(d, u, off.signum()) } else { unit_period(d, u, off) };
                }
            }
            let f = &found[k];
            if let Some(sp) = f.m.span.filter(|sp| sp.precision == Precision::Day && !f.since) {
                last_day = Some(sp.start);
            }
            if let Some(sp) = f.m.span.filter(|_| !f.since) {
                last_date = Some(sp.start);
            }
        }
        let own = found
            .iter()
            .filter(|f| !f.since)
            .filter_map(|f| f.m.span)
            .min_by_key(|sp| sp.precision == Precision::Year)
            .or_else(|| anchor.map(DateSpan::day));
        sentence_dates.push(own);
        for f in found {
            let mut m = f.m;
            m.start += se.0;
            m.end += se.0;
            matches.push((si, m));
        }
    }
    DocDates { pub_date, anchor, matches, sentence_dates }
}
