//! Statements and their speakers.
//!
//! A *unit* is a sentence, or consecutive sentences joined because a direct quote runs
//! across them. In a unit, every speech cue outside quotes opens a statement:
//! - pre-content (`X mengatakan ...`, `X said that ...`, `X membantah ...`): the speaker is
//!   the noun phrase right before the cue (time adverbials, `juga`, `pada Kamis (22/9)`
//!   skipped); the scope runs from the cue to the next statement;
//! - post-content (`"...," kata X`, `..., X said.`, `"...," said X`, `imbuhnya`): the scope is
//!   the quote before the cue, or the text since the previous statement;
//! - `menurut X, ...` / `according to X`: the rest of the unit;
//! - a cue with no speaker continues the previous statement (`... dan mengatakan`), or,
//!   at the start of a unit (`Menyangkal semua tuduhan AS, Korea Utara menegaskan`),
//!   joins the next one.
//!
//! Speakers are noun phrases of titles, names and mentions; the most specific actor in
//! them wins (a person, else the first state/organisation), so `pejabat Kementerian
//! Pertahanan Korea Utara` speaks for PRK. Pronouns (`dia`, `he`, `imbuhnya`), definite
//! descriptions (`pejabat itu`, `the official`) and bare surnames (`Patel`) are resolved
//! against the speakers met before. Names after relay phrases (`seperti dikutip Reuters`,
//! `citing KCNA`) and media speakers next to another speaker go to `via`. Holders of a
//! claim (`klaim AS bahwa`, `tuduhan Amerika Serikat`, `US accusations`) become statements
//! of their own that assert it.

use crate::extract::grammar::{Grammar, Words};
use crate::extract::mentions::Found;
use crate::extract::rules::{CueKind, Hit, LangRules, Pay, Rules, TermKind};
use crate::extract::text::{cut, normalize, splice, tokens, Norm, Tok};
use crate::lexicon::{Actor, ActorKind};
use chrono::NaiveDate;

/// A speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Spk {
    pub surface: String,
    pub actor: Option<usize>,
    pub country: Option<String>,
    pub media: bool,
}

/// One statement found in a unit.
#[derive(Debug, Clone)]
pub struct Stmt {
    /// None = the writer.
    pub speaker: Option<Spk>,
    /// The cue as written.
    pub cue: String,
    pub cue_kind: Option<CueKind>,
    /// Document span of the cue, for statements opened by a speech cue.
    pub cue_span: Option<(usize, usize)>,
    /// Scope: document byte ranges.
    pub ranges: Vec<(usize, usize)>,
    /// The scope is a direct quote.
    pub direct: bool,
    /// Direct quotes inside the scope.
    pub quotes: Vec<(usize, usize)>,
    pub via: Vec<String>,
    /// A claim holder (`klaim AS bahwa`): asserts.
    pub holder: bool,
    /// Speaker resolved from an earlier sentence.
    pub carried: bool,
    /// Where the statement begins (cue or quote).
    pub at: usize,
    /// Start of the speaker phrase or cue: later statements cut a pre-content scope here.
    anchor: usize,
    pre: bool,
    /// The question put to the speaker that opens the scope ("Asked whether ..., he said"),
    /// a range of `ranges`.
    pub question: Option<(usize, usize)>,
}

impl Stmt {
    /// Start of the speaker phrase or cue (where a later statement cuts an earlier scope).
    pub fn anchor(&self) -> usize {
        self.anchor
    }

    /// What the speaker of a transcript turn says in `s..e` (see [`turns`]): their own words.
    pub fn turn(speaker: Spk, label: &str, s: usize, e: usize) -> Stmt {
        Stmt {
            speaker: Some(speaker),
            cue: label.trim().to_string(),
            cue_kind: None,
            cue_span: None,
            ranges: vec![(s, e)],
            direct: true,
            quotes: Vec::new(),
            via: Vec::new(),
            holder: false,
            carried: true,
            at: s,
            anchor: s,
            pre: false,
            question: None,
        }
    }
}

/// Per-token flags.
#[derive(Debug, Clone, Default)]
pub struct TokInfo {
    pub flags: u32,
    pub mention: Option<usize>,
    pub date: bool,
}

fn bit(k: CueKind) -> u32 {
    1u32 << (k as u32)
}

/// Everything known about one unit.
pub struct Unit<'a> {
    pub text: &'a str,
    pub rules: &'a Rules,
    pub s: usize,
    pub e: usize,
    pub norm: Norm,
    pub hits: Vec<Hit<'a>>,
    pub toks: Vec<Tok>,
    pub info: Vec<TokInfo>,
    /// Mentions inside the unit.
    pub ments: Vec<Found>,
    /// Statement quotes overlapping the unit (clipped to it).
    pub quotes: Vec<(usize, usize)>,
    /// The actors of the relays read past inside a speech cue ("was quoted [by Reuters ]as
    /// saying"); no mention of the unit.
    pub relays: Vec<usize>,
    pub date: Option<NaiveDate>,
    /// The function words of the document's language.
    pub g: &'a Grammar,
}

/// The document ranges of times, with their preposition, that stand between two
/// lower-case words of a clause ("declined [on Monday ]to comment", "menolak [pada Senin
/// (21/10) ]untuk berkomentar"), for [`cut`]: cue and claim phrases are matched as if
/// they were absent. A time after a comma, before a capital or at a clause's edge stays.
fn time_gaps(text: &str, toks: &[Tok], date_spans: &[(usize, usize)], g: &Grammar) -> Vec<(usize, usize)> {
    let lower_word = |t: &Tok| text[t.s..t.e].chars().next().is_some_and(char::is_lowercase);
    let blank = |a: usize, b: usize| a <= b && text[a..b].chars().all(char::is_whitespace);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(ds, de) in date_spans {
        let t0 = toks.partition_point(|t| t.s < ds);
        let t1 = toks.partition_point(|t| t.s < de);
        if t0 >= t1 || t1 >= toks.len() || t0 == 0 {
            continue;
        }
        let (mut start, mut prev) = (ds, t0 - 1);
        if g.time_prepositions.has(&text[toks[prev].s..toks[prev].e]) && blank(toks[prev].e, ds) && prev > 0 {
            start = toks[prev].s;
            prev -= 1;
        }
        let next = &toks[t1];
        if lower_word(&toks[prev]) && blank(toks[prev].e, start) && lower_word(next) && blank(de, next.s) && out.last().is_none_or(|l| l.1 <= start) {
            out.push((start, next.s));
        }
    }
    out
}

/// The relays named inside a speech cue ("was quoted [by Reuters ]as saying", "was cited
/// [by Yonhap ]as saying"): a quoting verb (`quoted_verbs`), an agent preposition, names,
/// then a manner word (`manner_words`). Cue phrases are matched as if they were absent;
/// the names are the statement's relays.
fn relay_gaps(text: &str, toks: &[Tok], ments: &[Found], g: &Grammar) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let word = |t: usize| &text[toks[t].s..toks[t].e];
    let named = |t: usize| toks[t].cap || ments.iter().any(|m| m.s <= toks[t].s && toks[t].e <= m.e);
    for t in 0..toks.len().saturating_sub(3) {
        if !(g.quoted_verbs.has(word(t)) && g.agent_prepositions.has(word(t + 1)) && named(t + 2)) {
            continue;
        }
        let mut k = t + 2;
        while k < toks.len() && k < t + 8 && named(k) {
            k += 1;
        }
        let plain = |a: usize, b: usize| text[a..b].chars().all(|c| c.is_whitespace() || matches!(c, '.' | '\'' | '\u{2019}' | '-'));
        if k < toks.len() && g.manner_words.has(word(k)) && (t + 1..k).all(|j| plain(toks[j].e, toks[j + 1].s)) {
            out.push((toks[t + 1].s, toks[k].s));
        }
    }
    out
}

/// The owners named before a claim noun that a verb takes up, for [`splice`]: between an
/// article and the noun ("echoed the [US ]charge", "backed the [US and South Korean
/// ]accusations"), or as a possessive ("echoed [Washington's ]accusation", read with the
/// article: "echoed the accusation"). Cue phrases are matched as if the owner were absent,
/// and the owner is no party of the unit. Document ranges, with whether the article is to
/// be read in.
fn owner_gaps(text: &str, toks: &[Tok], ments: &[Found], g: &Grammar) -> Vec<(usize, usize, bool)> {
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    let word = |t: usize| &text[toks[t].s..toks[t].e];
    let blank = |a: usize, b: usize| a <= b && text[a..b].chars().all(char::is_whitespace);
    let mut i = 0;
    while i < ments.len() {
        let first = ments[i];
        let t0 = toks.partition_point(|t| t.s < first.s);
        let article = t0 > 0 && g.owner_articles.has(word(t0 - 1)) && blank(toks[t0 - 1].e, first.s);
        // (right after a verb that takes up what another side said: elsewhere the owner
        // holds the claim, "rejected Washington's accusations")
        let v = if article { t0.saturating_sub(2) } else { t0.saturating_sub(1) };
        let endorsed = t0 > usize::from(article) && g.endorse_verbs.has(word(v)) && blank(toks[v].e, toks[v + 1].s);
        // the owners: mentions joined by a conjunction or a comma
        let mut j = i;
        loop {
            let t = toks.partition_point(|t| t.s < ments[j].e);
            let joined = t < toks.len() && g.conjunctions.has(word(t)) && blank(ments[j].e, toks[t].s);
            let next = ments.get(j + 1).filter(|n| {
                if joined {
                    blank(toks[t].e, n.s)
                } else {
                    text.get(ments[j].e..n.s).is_some_and(|gap| gap.trim() == ",")
                }
            });
            match next {
                Some(_) => j += 1,
                None => break,
            }
        }
        let last = ments[j];
        let mut t = toks.partition_point(|t| t.s < last.e);
        let possessive = t + 1 < toks.len()
            && g.possessive_endings.has(word(t))
            && text[last.e..toks[t].s].chars().all(|c| matches!(c, '\'' | '\u{2019}'))
            && !text[last.e..toks[t].s].is_empty();
        let end = if possessive { toks[t].e } else { last.e };
        if possessive {
            t += 1;
        }
        if endorsed && (article || possessive) && t < toks.len() && g.claim_nouns.has(word(t)) && blank(end, toks[t].s) {
            out.push((first.s, toks[t].s, possessive && !article));
        }
        i = j + 1;
    }
    out
}

impl<'a> Unit<'a> {
    /// Byte offset in `norm.text` of document offset `p` (the unit's start or end when `p`
    /// lies outside it).
    pub fn norm_at(&self, p: usize) -> usize {
        self.norm.map.partition_point(|&d| d < p)
    }

    /// The lower-cased, straightened text (`norm.text`) of document range `a..b`, clipped to
    /// the unit; empty when the range is empty.
    pub fn lower(&self, a: usize, b: usize) -> &str {
        let (x, y) = (self.norm_at(a), self.norm_at(b).min(self.norm.text.len()));
        self.norm.text.get(x..y.max(x)).unwrap_or("")
    }

    #[allow(clippy::too_many_arguments)]
    pub fn new(
        text: &'a str,
        rules: &'a Rules,
        lang: &'a LangRules,
        s: usize,
        e: usize,
        ments: Vec<Found>,
        quotes: Vec<(usize, usize)>,
        date_spans: &[(usize, usize)],
        date: Option<NaiveDate>,
    ) -> Unit<'a> {
        let toks = tokens(text, s, e);
        let norm = normalize(&text[s..e], s);
        let read_past = time_gaps(text, &toks, date_spans, &lang.grammar);
        // (the cheap tests first: a substring search of the unit for the verbs)
        let g = &lang.grammar;
        let relayed = if g.quoted_verbs.phrases_in(&norm.text).next().is_some() { relay_gaps(text, &toks, &ments, g) } else { Vec::new() };
        // (one list only when a relay is read past too: most units have none)
        let mut cuts: Vec<(usize, usize)> = if relayed.is_empty() { read_past.clone() } else { read_past.iter().chain(&relayed).copied().collect() };
        if !relayed.is_empty() {
            cuts.sort_unstable();
            // (disjoint: a later range inside an earlier one goes)
            let mut end = 0;
            cuts.retain(|&(a, b)| {
                let keep = a >= end;
                if keep {
                    end = b;
                }
                keep
            });
        }
        let gaps: Vec<(usize, usize)> = cuts
            .iter()
            .map(|&(a, b)| (norm.map.partition_point(|&d| d < a), norm.map.partition_point(|&d| d < b)))
            .collect();
        let norm = cut(norm, &gaps);
        let owners = if g.endorse_verbs.phrases_in(&norm.text).next().is_some() { owner_gaps(text, &toks, &ments, g) } else { Vec::new() };
        // (an owner or a relay read past is no party of the unit's clauses: not a speaker,
        // not a claim's party)
        let relays: Vec<usize> = ments.iter().filter(|m| relayed.iter().any(|&(a, b)| a <= m.s && m.e <= b)).map(|m| m.actor).collect();
        let ments: Vec<Found> = if owners.is_empty() && relays.is_empty() {
            ments
        } else {
            ments.into_iter().filter(|m| !owners.iter().map(|&(a, b, _)| (a, b)).chain(relayed.iter().copied()).any(|(a, b)| a <= m.s && m.e <= b)).collect()
        };
        let norm = if owners.is_empty() {
            norm
        } else {
            // (an owner inside a time read past is gone already)
            let article = lang.grammar.owner_articles.iter().next().map(|a| format!("{a} ")).unwrap_or_default();
            let edits: Vec<(usize, usize, &str)> = owners
                .iter()
                .map(|&(a, b, art)| (norm.map.partition_point(|&d| d < a), norm.map.partition_point(|&d| d < b), if art { article.as_str() } else { "" }))
                .filter(|&(a, b, _)| a < b)
                .collect();
            splice(norm, &edits)
        };
        let mut hits: Vec<Hit<'a>> = lang
            .find(&norm.text)
            .into_iter()
            .map(|(ns, ne, id)| Hit { ns, ne, s: norm.doc(ns), e: norm.doc(ne), pays: lang.pays(id) })
            .collect();
        // "..., claims that both Pyongyang and Moscow have rejected": a speech cue ending in a
        // complementizer right after a comma or dash has no subject; it is a noun with its
        // relative clause, so its first word is read alone (not a speech participle: "...,
        // saying that")
        let g = &lang.grammar;
        let mut i = 0;
        while i < hits.len() {
            let h = &hits[i];
            // (the cheap tests first: this runs for every hit of every unit)
            if h.speech().is_none() || !text[s..h.s].trim_end().ends_with([',', '-', '\u{2013}', '\u{2014}']) {
                i += 1;
                continue;
            }
            let (c0, c1) = (toks.partition_point(|t| t.s < h.s), toks.partition_point(|t| t.s < h.e));
            let word = |t: usize| &text[toks[t].s..toks[t].e];
            if !(c1 > c0 + 1 && g.complementizers.has(word(c1 - 1)) && !g.participle_speech.has(word(c0))) {
                i += 1;
                continue;
            }
            let (ns, head_end) = (h.ns, norm.map.partition_point(|&d| d < toks[c0].e));
            let head: Vec<Hit<'a>> = lang
                .find(&norm.text[ns..head_end])
                .into_iter()
                .map(|(a, b, id)| Hit { ns: ns + a, ne: ns + b, s: norm.doc(ns + a), e: norm.doc(ns + b), pays: lang.pays(id) })
                .collect();
            let n = head.len();
            hits.splice(i..=i, head);
            i += n;
        }
        let mut info = vec![TokInfo::default(); toks.len()];
        let cover = |info: &mut Vec<TokInfo>, hs: usize, he: usize, f: &mut dyn FnMut(&mut TokInfo)| {
            let first = toks.partition_point(|t| t.e <= hs);
            for (i, t) in toks.iter().enumerate().skip(first) {
                if t.s >= he {
                    break;
                }
                f(&mut info[i]);
            }
        };
        for h in &hits {
            let mut fl = 0u32;
            for p in h.pays {
                if let Pay::Cue(k) = p {
                    fl |= bit(*k);
                }
            }
            if fl != 0 {
                cover(&mut info, h.s, h.e, &mut |ti| ti.flags |= fl);
            }
        }
        for (mi, m) in ments.iter().enumerate() {
            cover(&mut info, m.s, m.e, &mut |ti| ti.mention = Some(mi));
        }
        // (a time read past keeps its preposition with it: "pada" in "X pada Senin mengatakan")
        for &(ds, de) in date_spans.iter().chain(&read_past) {
            cover(&mut info, ds, de, &mut |ti| ti.date = true);
        }
        Unit { text, rules, s, e, norm, hits, toks, info, ments, quotes, relays, date, g: &lang.grammar }
    }

    /// Mention `i` names a gathering, not a body that speaks: a body with one of
    /// `event_nouns` right before or after it ("the BRICS summit", "KTT BRICS").
    pub(crate) fn event_named(&self, i: usize) -> bool {
        let (t, after) = (self.tok_at(self.ments[i].s), self.tok_at(self.ments[i].e));
        self.actor(i).kind != ActorKind::Person
            && ((t > 0 && self.word_in(t - 1, &self.g.event_nouns)) || (after < self.toks.len() && self.word_in(after, &self.g.event_nouns)))
    }

    /// `surface` is a first-person pronoun of the unit's language (`we`, `kami`).
    pub fn first_person(&self, surface: &str) -> bool {
        let n = normalize(surface, 0).text;
        let n = n.trim();
        self.hits.iter().any(|h| h.cue(CueKind::FirstPerson) && self.norm.text.get(h.ns..h.ne) == Some(n))
    }

    /// Where the fillers, date and clock words right before `pos` begin (up to five: "Kim
    /// Song, Pyongyang's envoy, had rejected", "Miller, Rabu waktu Washington, mengingatkan");
    /// `pos` when there are none.
    fn before_fillers(&self, pos: usize) -> usize {
        let mut t = self.tok_at(pos);
        let mut start = pos;
        for _ in 0..5 {
            if t == 0 {
                break;
            }
            // (a comma inside a date is no break: "pada Senin, 13 Januari 2025, mengatakan";
            // `pos` inside a token, as a cue found after a letter that lower-cases to two,
            // "İdenied", has no gap)
            let Some(gap) = self.text.get(self.toks[t - 1].e..start).map(str::trim) else { break };
            let in_date = gap == "," && self.info[t - 1].date && t < self.toks.len() && self.info[t].date && start == self.toks[t].s;
            if !(self.has(t - 1, CueKind::Filler) || self.info[t - 1].date || self.clock(t - 1)) || !(gap.is_empty() || in_date) {
                break;
            }
            t -= 1;
            start = self.toks[t].s;
        }
        start
    }

    pub(crate) fn has(&self, t: usize, k: CueKind) -> bool {
        self.info[t].flags & bit(k) != 0
    }

    pub(crate) fn actor(&self, mi: usize) -> &Actor {
        &self.rules.actors[self.ments[mi].actor]
    }

    /// The first token of the phrase starting at token `first` with the articles and
    /// determiners before it ("the White House" for "White House").
    fn article_start(&self, first: usize) -> usize {
        let mut f = first;
        while f > 0 && (self.has(f - 1, CueKind::Determiner) || self.has(f - 1, CueKind::DefBefore)) {
            f -= 1;
        }
        f
    }

    /// The token right after the nearest comma before token `k`, reached from `k` back to
    /// token `lo` without crossing a clause break: what opens the parenthesis `k` stands in.
    fn after_comma_before(&self, lo: usize, k: usize) -> Option<usize> {
        (lo.max(1)..k)
            .rev()
            .take_while(|&j| !self.text[self.toks[j - 1].e..self.toks[j].s].contains(CLAUSE_BREAK))
            .find(|&j| self.text[self.toks[j - 1].e..self.toks[j].s].trim() == ",")
    }

    /// Mention `mi` as a speaker: its surface, actor and the state it speaks for here.
    fn speaker_of(&self, mi: usize) -> Spk {
        let (m, a) = (self.ments[mi], self.actor(mi));
        Spk { surface: self.text[m.s..m.e].to_string(), actor: Some(m.actor), country: a.country_at(self.date).map(str::to_string), media: a.kind == ActorKind::Media }
    }

    /// Text between two tokens is only spaces, parentheses, apostrophes, hyphens, dots.
    pub(crate) fn soft_gap(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.toks[a].e, self.toks[b].s);
        x <= y && self.text[x..y].chars().all(|c| c.is_whitespace() || matches!(c, '(' | ')' | '\'' | '\u{2019}' | '-' | '.' | '/'))
    }

    fn is_core(&self, t: usize) -> bool {
        let i = &self.info[t];
        // (or a document's noun, which speaks for its author: "the UN report said", "the
        // assessment found", "laporan PBB menyebut")
        if i.mention.is_some() || self.has(t, CueKind::Title) || self.word_in(t, &self.g.document_nouns) {
            return true;
        }
        let named = self.toks[t].cap
            && !i.date
            && i.flags & (bit(CueKind::NoName) | bit(CueKind::Filler) | bit(CueKind::Determiner)) == 0
            && self.speech_free(t);
        // or a dual reference's words ("kedua negara", "both countries"; see `dual`)
        // (not an amount of time: "two years")
        let dual_at = |k: usize| {
            self.word_in(k, &self.g.dual_words)
                && k + 1 < self.toks.len()
                && self.soft_gap(k, k + 1)
                && self.speech_free(k + 1)
                && !(self.word_in(k, &self.g.measures) && self.has(k + 1, CueKind::Filler))
        };
        named || dual_at(t) || (t > 0 && dual_at(t - 1))
    }

    /// Token `t` is a lower-case word (letters and hyphens) that names no actor and is no
    /// speech cue: a modifier inside a speaker's phrase.
    fn modifier_word(&self, t: usize) -> bool {
        self.text[self.toks[t].s..self.toks[t].e].chars().all(|c| c.is_lowercase() || c == '-') && self.info[t].mention.is_none() && self.speech_free(t)
    }

    fn speech_free(&self, t: usize) -> bool {
        let f = self.info[t].flags;
        let speech = [
            CueKind::Reporting,
            CueKind::Inverted,
            CueKind::PronounForm,
            CueKind::According,
            CueKind::AssertVerb,
            CueKind::DenyVerb,
            CueKind::HedgeVerb,
            CueKind::Relay,
            CueKind::Pronoun,
            CueKind::FirstPerson,
            CueKind::Negator,
        ];
        speech.iter().all(|k| f & bit(*k) == 0)
    }

    fn word(&self, t: usize) -> String {
        self.text[self.toks[t].s..self.toks[t].e].to_lowercase()
    }

    /// Token `t` is one of `words`, ignoring case.
    pub(crate) fn word_in(&self, t: usize, words: &Words) -> bool {
        words.has(&self.text[self.toks[t].s..self.toks[t].e])
    }

    /// Where `np` ends, with the dot of an alias that ends after its last token ("U.S.").
    fn np_end(&self, np: &Np) -> usize {
        let e = self.toks[np.last].e;
        self.info[np.last].mention.map_or(e, |mi| self.ments[mi].e.max(e))
    }

    /// The noun phrase `np` contains an actor mention.
    fn names_actor(&self, np: &Np) -> bool {
        let (s, e) = (self.toks[np.first].s, self.np_end(np));
        self.ments.iter().any(|m| m.s >= s && m.e <= e)
    }

    fn is_glue(&self, t: usize) -> bool {
        self.word_in(t, &self.g.description_glue)
    }

    /// Token `t` is a lower-case word with a participle ending (`participle_endings`:
    /// "visiting", "monitoring").
    pub(crate) fn participle_at(&self, t: usize) -> bool {
        if self.toks[t].cap {
            return false;
        }
        self.g.participle_endings.ends(&self.text[self.toks[t].s..self.toks[t].e])
    }

    /// Token index of the first token starting at or after `pos`.
    pub(crate) fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.s < pos)
    }

    /// The noun phrase ending right before `pos` (skipping fillers and dates).
    pub fn np_before(&self, pos: usize) -> Option<Np> {
        let ci = self.tok_at(pos);
        if ci == 0 {
            return None;
        }
        let mut i = ci - 1;
        let mut skipped = 0;
        // gap between token i and the cue
        if !self.text[self.toks[i].e..pos.max(self.toks[i].e)].chars().all(|c| c.is_whitespace() || matches!(c, '(' | ')' | '\'' | '\u{2019}' | '-' | '.' | '/' | ',')) {
            return None;
        }
        if self.text[self.toks[i].e..pos.max(self.toks[i].e)].contains(',') {
            // "A State Department spokesperson, who declined to be named, told": the subject
            // before a relative clause between commas
            if let Some(r) = self.relative_clause_before(i) {
                i = r - 1;
            } else {
                // "Korea Utara, ... menegaskan": appositive allowed only right before the cue for names
                let t = i;
                // (or a date: "Peskov, ketika ditanya pada Senin, 13 Januari 2025, mengatakan")
                if !(self.info[t].mention.is_some() || self.toks[t].cap || self.info[t].date) {
                    return None;
                }
            }
        }
        loop {
            if self.has(i, CueKind::Pronoun) && self.info[i].mention.is_none() {
                return Some(Np { first: i, last: i, pronoun: true, definite: false });
            }
            if self.is_core(i) && !self.clock(i) {
                break;
            }
            let f = self.info[i].flags;
            let fill = self.info[i].date
                || self.clock(i)
                || f & (bit(CueKind::Filler) | bit(CueKind::NoName) | bit(CueKind::Negator)) != 0
                || self.text[self.toks[i].s..self.toks[i].e].chars().all(|c| c.is_ascii_digit())
                // (an amount of a span of time: "have for more than two years accused")
                || (self.word_in(i, &self.g.measures) && i + 1 < ci && self.has(i + 1, CueKind::Filler) && self.soft_gap(i, i + 1));
            // (a conjunction between the subject and the cue joins the cue's predicate to an
            // earlier one: "... cooperation between the North and Russia but could not
            // confirm" has no subject of its own)
            // (an event phrase between the subject and the cue: "Cho Tae-yul dalam jumpa pers
            // mengatakan", "Joonkook Hwang dalam forum itu mengatakan")
            if !fill && skipped <= 2 {
                if let Some(np) = self.event_subject(i) {
                    return Some(np);
                }
            }
            // (a purpose clause: "Kirby cited newly declassified intelligence to say", "used
            // the briefing to say": the subject of the verb before the object speaks)
            if !fill && skipped == 0 && self.word_in(i, &self.g.infinitive_markers) {
                return self.purpose_subject(i);
            }
            if !fill || skipped >= 8 || i == 0 || self.word_in(i, &self.g.contrast_conjunctions) || self.word_in(i, &self.g.conjunctions) {
                return None;
            }
            if !self.soft_gap(i - 1, i) {
                if self.text[self.toks[i - 1].e..self.toks[i].s].trim() != "," {
                    return None;
                }
                // "..., Maria Zakharova, pekan lalu menyebut": a time after an appositive's comma
                let comma_after_name = (self.info[i - 1].mention.is_some() || self.toks[i - 1].cap)
                    && (i..ci).all(|k| self.info[k].date || self.clock(k) || self.has(k, CueKind::Filler));
                // "Moscow, for its part, has denied": a filler phrase between commas
                let filler_comma = self.has(i - 1, CueKind::Filler) && self.has(i, CueKind::Filler);
                if !(comma_after_name || filler_comma) {
                    // "Hayashi dalam jumpa pers rutin, Jumat, mengatakan", "the minister at a
                    // briefing, on Friday, said": the subject before an event phrase that a time
                    // between commas follows
                    let time_after = (i..ci).all(|k| self.info[k].date || self.clock(k) || self.has(k, CueKind::Filler) || self.is_time_word(k));
                    return if time_after { self.event_subject(i - 1) } else { None };
                }
            }
            // (a date counts once, however many tokens it has: "dalam jumpa pers Rabu (13/9)
            // menyampaikan")
            skipped += usize::from(!(self.info[i].date && self.info[i - 1].date));
            i -= 1;
        }
        let last = i;
        let mut first = i;
        loop {
            if first == 0 {
                break;
            }
            let p = first - 1;
            if self.soft_gap(p, first) {
                if self.is_core(p) && !self.has(p, CueKind::Pronoun) {
                    first = p;
                    continue;
                }
                if self.is_glue(p) && p > 0 && self.soft_gap(p - 1, p) && self.is_core(p - 1) {
                    first = p - 1;
                    continue;
                }
                // "North Korea's mission to the United Nations", "ambassador at the UN": the
                // title before two glue words heads the phrase
                if self.is_glue(p) && p > 1 && self.is_glue(p - 1) && self.soft_gap(p - 2, p - 1) && self.soft_gap(p - 1, p) && self.has(p - 2, CueKind::Title) {
                    first = p - 2;
                    continue;
                }
                // "South Korea's unification ministry": one plain modifier between a
                // possessive and the title
                // (or two: "The EU's foreign policy spokesperson")
                let plain = |k: usize| !self.toks[k].cap && self.info[k].flags == 0 && self.info[k].mention.is_none();
                let owner = |k: usize| {
                    k >= 2 && self.word_in(k - 1, &self.g.possessive_endings) && self.text[self.toks[k - 2].e..self.toks[k - 1].s].chars().all(|c| matches!(c, '\'' | '\u{2019}')) && self.info[k - 2].mention.is_some()
                };
                if plain(p) && self.has(first, CueKind::Title) && owner(p) {
                    first = p - 2;
                    continue;
                }
                if p >= 3 && self.modifier_word(p) && self.modifier_word(p - 1) && self.soft_gap(p - 1, p) && self.has(first, CueKind::Title) && owner(p - 1) {
                    first = p - 3;
                    continue;
                }
                // a capitalized filler inside a name ("Komite Pertama Majelis Umum PBB")
                if self.toks[p].cap && self.has(p, CueKind::Filler) && p > 0 && self.soft_gap(p - 1, p) && self.toks[p - 1].cap && self.is_core(p - 1) {
                    first = p - 1;
                    continue;
                }
                // "Ministry of Foreign Affairs and Trade": a conjunction between capitalized
                // words of an office's name after "of" is inside the name
                if self.word_in(p, &self.g.conjunctions)
                    && p >= 2
                    && self.soft_gap(p - 1, p)
                    && self.toks[p - 1].cap
                    && self.is_core(p - 1)
                    && self.info[p - 1].mention.is_none()
                    && (first..=last).all(|t| self.toks[t].cap && self.info[t].mention.is_none() && !self.has(t, CueKind::Title))
                    && (p.saturating_sub(4)..p - 1).any(|k| self.word_in(k, &self.g.office_of))
                {
                    first = p - 1;
                    continue;
                }
                // "Juru bicara Uni Eropa untuk urusan luar negeri Anitta Hipper", "the EU
                // spokesperson for foreign affairs Anitta Hipper": an office's topic in lower
                // case between the office and the name is inside the phrase
                // (the run of lower-case words opens with a topic word after the office's
                // core, and a title heads the office)
                {
                    let mut k = p;
                    while k > 0 && p - k < 4 && self.modifier_word(k - 1) && self.soft_gap(k - 1, k) {
                        k -= 1;
                    }
                    let names = (first..=last).all(|t| self.toks[t].cap);
                    if names && self.modifier_word(p) && k > 0 && self.word_in(k, &self.g.office_topic) && self.soft_gap(k - 1, k) && self.is_core(k - 1) && (k.saturating_sub(8)..k).any(|t| self.has(t, CueKind::Title)) {
                        first = k - 1;
                        continue;
                    }
                }
                // "delegation at a UN committee in New York": a title a few words before the
                // glue heads the phrase (names, glue, articles and one plain word between)
                if self.is_glue(p) {
                    if let Some(q) = self.title_before(p) {
                        first = q;
                        continue;
                    }
                }
                break;
            }
            // appositive: "Juru bicara ... Gedung Putih, John Kirby, mengatakan"
            let gap = &self.text[self.toks[p].e..self.toks[first].s];
            let names_only = (first..=last).all(|t| self.toks[t].cap && self.info[t].mention.is_none() && !self.has(t, CueKind::Title));
            // (not after the object of an interview: "In an interview with broadcaster SBS,
            // Shin said", "Berbicara kepada stasiun televisi SBS, Shin mengatakan")
            let object = || {
                let mut k = p;
                for _ in 0..4 {
                    if k == 0 || !self.soft_gap(k - 1, k) {
                        return false;
                    }
                    k -= 1;
                    if self.word_in(k, &self.g.interview_prepositions) {
                        return true;
                    }
                }
                false
            };
            if gap.trim() == "," && names_only && (self.info[p].mention.is_some() || self.has(p, CueKind::Title)) && !object() {
                first = p;
                continue;
            }
            break;
        }
        // "a missile that hit Kharkiv on 2 January had concluded": a name the lexicon does not
        // know, right after the verb of a relative clause, is that verb's object, not the
        // cue's subject
        if first >= 2
            && (first..=last).all(|t| self.info[t].mention.is_none() && !self.has(t, CueKind::Title))
            && self.word_in(first - 2, &self.g.relative_pronouns)
            && !self.toks[first - 1].cap
            && self.info[first - 1].flags == 0
            && self.soft_gap(first - 2, first - 1)
            && self.soft_gap(first - 1, first)
        {
            return None;
        }
        // "the makeup of Kim's delegation strongly suggests": a name after "of" and a plain
        // noun that is no office or body is that noun's complement, not a speaker (not in an
        // apposition: "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, has called")
        if first >= 3
            && (self.has(first - 3, CueKind::Determiner) || self.has(first - 3, CueKind::DefBefore))
            && !self.text[..self.toks[first - 3].s].trim_end().ends_with(',')
            && self.word_in(first - 1, &self.g.office_of)
            && self.soft_gap(first - 2, first - 1)
            && self.soft_gap(first - 1, first)
            && !self.toks[first - 2].cap
            && self.info[first - 2].flags == 0
            && self.info[first - 2].mention.is_none()
            && !self.is_core(first - 2)
            && !self.word_in(first - 2, &self.g.own_side)
        {
            return None;
        }
        // ("the outgoing secretary of state": one plain word between the article and a title)
        let plain_between = first > 1
            && self.has(first - 2, CueKind::DefBefore)
            && self.has(first, CueKind::Title)
            && !self.toks[first - 1].cap
            && self.info[first - 1].flags == 0
            && self.soft_gap(first - 2, first - 1)
            && self.soft_gap(first - 1, first);
        let definite = (first > 0 && self.has(first - 1, CueKind::DefBefore))
            || plain_between
            || self.has(first, CueKind::DefBefore)
            || (last + 1 < ci && self.has(last + 1, CueKind::DefAfter));
        Some(self.trim(Np { first, last, pronoun: false, definite }))
    }

    /// The relative pronoun opening a clause set off by commas that ends at token `last`
    /// (", who declined to be named,", ", yang enggan disebut namanya,"), at most ten
    /// tokens long, after a word that may end a subject. None otherwise.
    fn relative_clause_before(&self, last: usize) -> Option<usize> {
        // (or a participle clause: "Jens Stoltenberg, the NATO secretary general, appearing
        // alongside Mr. Blinken, said"; not one before a name, "citing South Korean
        // intelligence"; a period only an abbreviation's, "Mr.")
        let participle = |r: usize| self.participle_at(r) && r < last && !self.toks[r + 1].cap;
        let abbreviation = |i: usize| {
            let w = self.text[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            (1..=3).contains(&w.len()) && w.starts_with(|c: char| c.is_uppercase())
        };
        (last.saturating_sub(10).max(1)..=last).rev().find(|&r| {
            let clause = &self.text[self.toks[r].s..self.toks[last].e];
            (self.word_in(r, &self.g.relative_pronouns) || participle(r))
                && self.text[self.toks[r - 1].e..self.toks[r].s].trim() == ","
                && !clause.contains([',', ';', '"', '\u{201C}', '\u{201D}'])
                && clause.match_indices('.').all(|(i, _)| participle(r) && abbreviation(self.toks[r].s + i))
                && (self.is_core(r - 1) || self.has(r - 1, CueKind::Title))
        })
    }

    /// The subject before an event phrase ending at token `last` ("Yoshimasa Hayashi [dalam
    /// jumpa pers rutin]", "the ministry [at a briefing]"): at most six softly spaced words
    /// after an event preposition, and before it a phrase that names an actor. None otherwise.
    fn event_subject(&self, last: usize) -> Option<Np> {
        let mut k = last;
        for _ in 0..6 {
            if k == 0 || !self.soft_gap(k - 1, k) {
                return None;
            }
            if self.word_in(k, &self.g.event_prepositions) {
                return self.actor_before(k);
            }
            k -= 1;
        }
        None
    }

    /// The subject of a purpose clause whose infinitive marker is token `to` ("Kirby cited
    /// newly declassified intelligence to say"): the phrase naming an actor right before one
    /// to five softly spaced lower-case words (a verb and its object). None when one of the
    /// words hands a task to its object (`directive_verbs`: "Seoul urged the regime to
    /// confirm") or no actor is named there.
    fn purpose_subject(&self, to: usize) -> Option<Np> {
        let mut k = to;
        for n in 0..6 {
            if k == 0 || !self.soft_gap(k - 1, k) {
                return None;
            }
            k -= 1;
            let plain = !self.toks[k].cap && self.info[k].mention.is_none() && !self.info[k].date;
            if !plain {
                return if n == 0 { None } else { self.actor_before(k + 1) };
            }
            if self.word_in(k, &self.g.directive_verbs) || self.word_in(k, &self.g.conjunctions) {
                return None;
            }
        }
        None
    }

    /// The phrase ending right before token `t` (an event preposition), when it names an
    /// actor: the subject before the event.
    fn actor_before(&self, t: usize) -> Option<Np> {
        let head = self.np_before(self.toks[t].s)?;
        (head.last + 1 == t && self.names_actor(&head)).then_some(head)
    }

    /// The first title token at most eight tokens before token `p`, reached over names, glue words,
    /// articles and at most one plain lower-case word (`committee`), all softly spaced.
    fn title_before(&self, p: usize) -> Option<usize> {
        let mut k = p;
        let mut plain = 0;
        // (the first title of a chain: "diplomat at a U.N. General Assembly committee",
        // where "General" is a title word inside the body's name)
        let mut found = None;
        while k > p.saturating_sub(8) {
            let q = k - 1;
            if !self.soft_gap(q, k) {
                return found;
            }
            let ok = self.has(q, CueKind::Title) || self.is_core(q) || self.is_glue(q) || self.has(q, CueKind::Determiner) || {
                plain += 1;
                plain <= 2 && !self.toks[q].cap && self.speech_free(q) && self.info[q].flags == 0
            };
            if !ok {
                return found;
            }
            if self.has(q, CueKind::Title) {
                found = Some(q);
                // (on past a title only over a name, an article or a glue word)
                if q == 0 || !(self.is_core(q - 1) || self.has(q - 1, CueKind::Determiner) || self.is_glue(q - 1)) {
                    return found;
                }
            }
            k = q;
        }
        found
    }

    /// The noun phrase starting right after `pos`.
    pub fn np_after(&self, pos: usize) -> Option<Np> {
        let mut i = self.tok_at(pos);
        if i >= self.toks.len() {
            return None;
        }
        if !self.text[pos.min(self.toks[i].s)..self.toks[i].s].chars().all(|c| c.is_whitespace() || matches!(c, '(' | ':')) {
            return None;
        }
        let mut def_before = false;
        let mut guard = 0;
        while i < self.toks.len() && (self.has(i, CueKind::Determiner) || self.has(i, CueKind::DefBefore)) && guard < 2 {
            def_before |= self.has(i, CueKind::DefBefore);
            if i + 1 >= self.toks.len() || !self.soft_gap(i, i + 1) {
                return None;
            }
            i += 1;
            guard += 1;
        }
        if self.has(i, CueKind::Pronoun) && self.info[i].mention.is_none() {
            return Some(Np { first: i, last: i, pronoun: true, definite: false });
        }
        if !self.is_core(i) {
            return None;
        }
        let first = i;
        let mut last = i;
        while last + 1 < self.toks.len() && self.soft_gap(last, last + 1) {
            let n = last + 1;
            if self.is_core(n) && !self.has(n, CueKind::Pronoun) {
                last = n;
            } else if self.is_glue(n) && n + 1 < self.toks.len() && self.soft_gap(n, n + 1) && self.is_core(n + 1) {
                last = n + 1;
            } else {
                break;
            }
        }
        let definite = def_before || (last + 1 < self.toks.len() && self.has(last + 1, CueKind::DefAfter) && self.soft_gap(last, last + 1));
        Some(self.trim(Np { first, last, pronoun: false, definite }))
    }

    fn trim(&self, mut np: Np) -> Np {
        while np.first < np.last
            && (self.has(np.first, CueKind::Determiner) || self.has(np.first, CueKind::DefBefore) || self.has(np.first, CueKind::NoName) || self.has(np.first, CueKind::Filler))
            && self.info[np.first].mention.is_none()
        {
            np.first += 1;
        }
        np
    }

    pub fn np_text(&self, np: &Np) -> &'a str {
        &self.text[self.toks[np.first].s..self.np_end(np)]
    }

    /// Last non-space char before `pos` inside the unit.
    fn prev_char(&self, pos: usize) -> Option<char> {
        self.text[self.s..pos.max(self.s)].chars().rev().find(|c| !c.is_whitespace())
    }

    /// A statement quote ending right before `pos` (only spaces, commas, dashes between).
    fn quote_before(&self, pos: usize) -> Option<(usize, usize)> {
        self.quotes.iter().copied().filter(|q| q.1 <= pos).find(|q| {
            self.text[q.1..pos].chars().all(|c| c.is_whitespace() || matches!(c, ',' | '-' | '\u{2013}' | '\u{2014}' | '.'))
        })
    }

    /// Where a conjunction opens another speech verb between `from` and `to` ("... bahwa Kursk
    /// telah direbut [dan menyebut] ...", "... [and said] ..."): the conjunction's start; None
    /// when there is none.
    pub(crate) fn next_speech_clause(&self, from: usize, to: usize) -> Option<usize> {
        let speech_at = |k: usize| self.hits.iter().any(|x| x.s == self.toks[k].s && x.speech().is_some());
        (self.tok_at(from)..self.tok_at(to).min(self.toks.len().saturating_sub(1))).find(|&k| self.word_in(k, &self.g.conjunctions) && speech_at(k + 1)).map(|k| self.toks[k].s)
    }

    /// After `pos` the unit has at most eight words and no claim term (`, X said in a statement.`).
    fn short_tail(&self, pos: usize) -> bool {
        self.tail_within(pos, 8)
    }

    /// After `pos` the unit has only an apposition set off by a comma: an article, then at
    /// most eighteen words with no quote, claim term or speech cue (", said Park Seong-ho, a
    /// senior research fellow at the Korea Institute for National Unification.").
    fn appositive_tail(&self, pos: usize) -> bool {
        let Some(rest) = self.text.get(pos..self.e) else { return false };
        let Some(after) = rest.strip_prefix(',') else { return false };
        let t = self.tok_at(pos + 1);
        let body = after.trim_end().trim_end_matches(['.', '!', '?']);
        // (an initial's or a dotted abbreviation's period ends nothing: "a research fellow at
        // Singapore's S. Rajaratnam School of International Studies", "a former U.S. official")
        let initial = |i: usize| {
            let word = body[..i].rsplit(char::is_whitespace).next().unwrap_or("");
            let mut cs = word.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase()) || (word.contains('.') && word.chars().all(|c| c.is_uppercase() || c == '.'))
        };
        t < self.toks.len()
            && (self.has(t, CueKind::Determiner) || self.has(t, CueKind::DefBefore))
            && after.split_whitespace().count() <= 18
            && !body.contains([';', '"', '\u{201C}', '\u{201D}', '(', ':'])
            && body.match_indices('.').all(|(i, _)| initial(i))
            && !self.quotes.iter().any(|q| q.0 >= pos)
            && !self.hits.iter().any(|h| h.s >= pos && (h.names_claim() || h.speech().is_some()))
    }

    /// After `pos` the unit has at most `n` words, no quote and no claim term.
    /// Between `pos` and the next comma there is a short frame of at most `n` words, with no
    /// quote, claim term or speech cue ("told a briefing in Moscow on Thursday, and ...").
    fn frame_before_comma(&self, pos: usize, n: usize) -> bool {
        let Some(rest) = self.text.get(pos..self.e) else { return false };
        let Some(c) = rest.find(',') else { return false };
        let end = pos + c;
        if rest[..c].contains(['.', ';', '"', '\u{201C}', '\u{201D}']) {
            return false;
        }
        let words = rest[..c].split_whitespace().count();
        (1..=n).contains(&words)
            && !self.hits.iter().any(|h| h.s >= pos && h.e <= end && (h.speech().is_some() || h.pays.iter().any(|p| matches!(p, Pay::Term(..)))))
    }

    /// (An action alone names no claim: "..., the agency added, without giving details.")
    fn tail_within(&self, pos: usize, n: usize) -> bool {
        let words = self.toks.len() - self.toks.partition_point(|t| t.s < pos);
        words <= n
            && !self.quotes.iter().any(|q| q.0 >= pos)
            && !self.hits.iter().any(|h| h.s >= pos && h.names_claim())
    }

    /// Between `pos` and the next comma of the unit there are one to four words, each a
    /// date, a filler or a weekday (`said on Thursday,`, `kata dia, Senin (28/10),`).
    fn time_before_comma(&self, pos: usize) -> bool {
        let Some(rest) = self.text.get(pos..self.e) else { return false };
        let Some(c) = rest.find(',') else { return false };
        let end = pos + c;
        if rest[..c].contains(['.', ';', '"', '\u{201C}', '\u{201D}']) {
            return false;
        }
        let first = self.toks.partition_point(|t| t.s < pos);
        let last = first + self.toks[first..].iter().take_while(|t| t.e <= end).count();
        // at least one word: "X menegaskan, mereka ..." opens its content with the comma
        (1..=4).contains(&(last - first)) && (first..last).all(|t| self.is_time_word(t))
    }

    /// Token `t` can stand in a time phrase: part of a date, a filler or weekday name,
    /// or a number (`Senin malam`, `Kamis waktu setempat`, `on Tuesday`, `28/4`).
    /// Token `t` is part of a clock time named by a place ("Rabu waktu Washington",
    /// "Wednesday, Washington time"), which dates a statement and never speaks.
    fn clock(&self, t: usize) -> bool {
        let place = |k: usize| self.info[k].mention.is_some() || self.toks[k].cap;
        (self.word_in(t, &self.g.clock_before_place) && t + 1 < self.toks.len() && place(t + 1))
            || (t > 0 && self.word_in(t - 1, &self.g.clock_before_place) && place(t))
            || (self.word_in(t, &self.g.clock_after_place) && t > 0 && self.info[t - 1].mention.is_some())
            || (t + 1 < self.toks.len() && self.word_in(t + 1, &self.g.clock_after_place) && self.info[t].mention.is_some())
    }

    /// Token `t` may open a fronted frame: an event or location preposition, or a time word
    /// ("In Tokyo, ...", "At a briefing on Monday, ...", "Days later, ...").
    fn frames_at(&self, t: usize) -> bool {
        self.word_in(t, &self.g.event_prepositions) || self.word_in(t, &self.g.location_prepositions) || self.is_time_word(t)
    }

    fn is_time_word(&self, t: usize) -> bool {
        self.clock(t)
            || self.info[t].date
            || self.info[t].flags & (bit(CueKind::Filler) | bit(CueKind::NoName)) != 0
            || self.text[self.toks[t].s..self.toks[t].e].chars().all(|c| c.is_ascii_digit() || c == '/')
    }

    fn in_quote(&self, pos: usize) -> bool {
        self.quotes.iter().any(|q| q.0 < pos && pos < q.1)
    }
}

/// A noun phrase: token range.
#[derive(Debug, Clone, Copy)]
pub struct Np {
    pub first: usize,
    pub last: usize,
    pub pronoun: bool,
    pub definite: bool,
}

/// Speakers met so far in a document.
#[derive(Debug, Default)]
pub struct History {
    /// (unit index, speaker)
    pub speakers: Vec<(usize, Spk)>,
    /// (unit index, actor named at the start of the unit): the subject a later "it",
    /// "its spokeswoman" or "ia" refers to when no speaker was met ("The NIS was the first
    /// to go public. On 18 October it said ...").
    pub subjects: Vec<(usize, Spk)>,
    /// The units whose subject is a person or a titled office ("Japan's Chief Cabinet
    /// Secretary Matsuno ..."): what "he", "she" or "ia" may refer to.
    pub personal: Vec<usize>,
    /// The units whose subject is a person of the lexicon (never "it").
    pub persons: Vec<usize>,
    /// (unit index, the speakers coordinated with the last speaker): who a plural pronoun
    /// after it stands for ("U.S. and NATO officials said they could not confirm").
    pub group: Option<(usize, Vec<Spk>)>,
    /// (unit index, states coordinated in it: "Seoul dan Washington"): who "keduanya" or
    /// "both countries" after it stands for.
    pub pairs: Vec<(usize, Vec<Spk>)>,
    /// (unit index, the last body named in it outside quotes): what "lembaga itu", "the
    /// agency" in the unit after it refers to ("... diungkap Badan Intelijen Nasional (NIS).
    /// Lembaga itu menyebut ...").
    pub bodies: Vec<(usize, Spk)>,
    /// (a collective title, the international body named before it in one unit outside
    /// quotes: "panel" and the UN for "... a UN resolution that would have extended the
    /// mandate of a panel of experts"): what "the panel" stands for anywhere after it.
    pub collectives: Vec<(String, Spk)>,
}

impl History {
    fn last_within(&self, unit: usize, n: usize) -> Option<&Spk> {
        self.speakers.iter().rev().find(|(u, _)| unit.saturating_sub(*u) <= n).map(|(_, s)| s)
    }

    /// The last speaker or subject within `n` units that speaks for a state or body.
    fn last_state_within(&self, unit: usize, n: usize) -> Option<&Spk> {
        self.last_state(unit, n, true)
    }

    /// [`History::last_state_within`], the subject of `unit` itself left out when
    /// `own_subject` is false (the subject of a clause the speaker reports: "About 300 North
    /// Korean soldiers ... have been killed, a lawmaker said").
    fn last_state(&self, unit: usize, n: usize, own_subject: bool) -> Option<&Spk> {
        let sp = self.speakers.iter().rev().find(|(u, s)| unit.saturating_sub(*u) <= n && s.country.is_some());
        let sb = self.subjects.iter().rev().find(|(u, s)| unit.saturating_sub(*u) <= n && (own_subject || *u < unit) && s.country.is_some());
        match (sp, sb) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { &b.1 } else { &a.1 }),
            (a, b) => a.or(b).map(|(_, s)| s),
        }
    }
}



/// `np` refers to two parties named before: it opens with a dual word ("keduanya", "kedua
/// negara", "both countries", after a determiner: "the two governments") and names no actor
/// and no office (at most three words).
fn dual(u: &Unit, np: &Np) -> bool {
    let mut t = np.first;
    while t < np.last && (u.has(t, CueKind::DefBefore) || u.has(t, CueKind::Determiner)) {
        t += 1;
    }
    // (the dual word may stay outside the phrase: "Both | countries have denied")
    let before = np.first > 0 && u.word_in(np.first - 1, &u.g.dual_words) && u.soft_gap(np.first - 1, np.first);
    // (a party's noun, not an office: "the two governments", not "two officials")
    // (nor a span of time, whose noun is a filler: "have for more than two years accused")
    let party = |k: usize| {
        u.info[k].mention.is_none() && (!u.has(k, CueKind::Title) || u.word_in(k, &u.g.own_side)) && (u.word_in(k, &u.g.dual_words) || !u.has(k, CueKind::Filler))
    };
    np.last - np.first < 3 && (before || u.word_in(t, &u.g.dual_words)) && (np.first..=np.last).all(party)
}

/// The states coordinated in the sentence before `unit` (or the one before that), for a
/// dual reference ([`dual`]).
fn dual_parties(hist: &History, unit: usize) -> Option<&Vec<Spk>> {
    hist.pairs.iter().rev().find(|(x, _)| *x < unit && unit - *x <= 2).map(|(_, p)| p)
}

/// With no pair named before it, the two parties of the claim the unit names first, its
/// first agent and first recipient ("Both countries deny any arms trade." after a sentence
/// on a Ukrainian city and a North Korean missile: North Korea and Russia), as speakers under
/// the phrase `np`. None when the unit names no claim.
fn claim_pair(u: &Unit, np: &Np) -> Option<[Spk; 2]> {
    let ci = u.hits.iter().filter(|h| h.s >= u.s && h.e <= u.e).find_map(|h| h.pays.iter().find_map(|p| match p {
        Pay::Term(c, _) => Some(*c),
        _ => None,
    }))?;
    let c = &u.rules.claims[ci];
    let (a, r) = (c.agent.first()?, c.recipient.first()?);
    // (each under the state's own name: the two are two speakers)
    let surface = u.text[u.toks[np.first].s..u.np_end(np)].to_string();
    let spk = |k: &str| match u.rules.actors.iter().position(|a| a.id == k && a.kind == ActorKind::State) {
        Some(i) => Spk { surface: u.rules.actors[i].name.clone(), actor: Some(i), country: Some(k.to_string()), media: false },
        None => Spk { surface: surface.clone(), actor: None, country: Some(k.to_string()), media: false },
    };
    Some([spk(a), spk(r)])
}

/// The two parties a dual reference `np` ("both countries", "keduanya") stands for: the
/// last two states named before it in the unit ("Korut juga dituding memasok peluru ke
/// Rusia, tuduhan yang dibantah oleh kedua negara" are the accused, not an earlier pair),
/// else the pair of the sentence before ([`dual_parties`]), else the named claim's parties
/// ([`claim_pair`]); None when there is none. The first is the phrase's speaker, the rest
/// speak with it.
fn dual_pair(u: &Unit, np: &Np, hist: &History, unit: usize) -> Option<Vec<Spk>> {
    unit_pair(u, u.toks[np.first].s)
        .map(Vec::from)
        .or_else(|| dual_parties(hist, unit).cloned())
        .or_else(|| claim_pair(u, np).map(Vec::from))
}

/// The signers of a joint statement whose cue is `h` (a cue holding a
/// [`Grammar::joint_statements`](crate::extract::grammar::Grammar) phrase: "issued a joint
/// statement", "mengeluarkan pernyataan bersama"): the mentions of states, bodies and people of
/// a state named before the cue in the unit (after a passive cue, in its sentence), outside
/// quotes, one per country, in order. Empty for any other cue, or when none is named.
fn joint_signers(u: &Unit, h: &crate::extract::rules::Hit) -> Vec<usize> {
    if u.g.joint_statements.phrases_in(u.lower(h.s, h.e)).next().is_none() {
        return Vec::new();
    }
    let mut out: Vec<usize> = Vec::new();
    // (a passive names its signers after the cue, up to the sentence's end: "backed by a joint
    // statement issued Tuesday by the foreign ministers of nearly 50 countries, including South
    // Korea and Japan, and by Josep Borrell")
    let passive = h.cue(CueKind::Passive);
    let end = if passive { u.text[h.e..u.e].find(". ").map_or(u.e, |k| h.e + k) } else { h.s };
    for (i, m) in u.ments.iter().enumerate() {
        if passive && m.s < h.e {
            continue;
        }
        if m.e > end {
            break;
        }
        let a = u.actor(i);
        if u.in_quote(m.s) || matches!(a.kind, ActorKind::Media | ActorKind::Organization) {
            continue;
        }
        let Some(k) = a.country_at(u.date) else { continue };
        if !out.iter().any(|&o| u.actor(o).country_at(u.date) == Some(k)) {
            out.push(i);
        }
    }
    out
}

/// The last two states of different countries named in the unit before byte `before`, in
/// the order named: the parties a dual reference after them points to. A state named as a
/// place after a location preposition ("untuk digunakan di Ukraina", "for use in Ukraine") is
/// none.
fn unit_pair(u: &Unit, before: usize) -> Option<[Spk; 2]> {
    let mut found: Vec<usize> = Vec::new();
    let located = |w: usize| {
        let t = u.tok_at(u.ments[w].s);
        t > 0 && u.word_in(t - 1, &u.g.location_prepositions) && u.soft_gap(t - 1, t)
    };
    for w in (0..u.ments.len()).rev().filter(|&w| u.ments[w].e <= before && !located(w)) {
        let k = u.actor(w).country_at(u.date);
        if u.actor(w).kind == ActorKind::State && k.is_some() && !found.iter().any(|&f| u.actor(f).country_at(u.date) == k) {
            found.push(w);
            if found.len() == 2 {
                return Some([u.speaker_of(found[1]), u.speaker_of(found[0])]);
            }
        }
    }
    None
}

/// Records the states a unit coordinates ("Seoul dan Washington", "the U.S. and South
/// Korea"): two mentions of different states joined by a conjunction; else the two countries
/// of a unit that names exactly two (through states and people, outside quotes).
fn record_pairs(u: &Unit, hist: &mut History, unit: usize) {
    // (only the last two units' pairs are ever read)
    hist.pairs.retain(|(x, _)| x + 2 >= unit);
    for w in 0..u.ments.len().saturating_sub(1) {
        let (a, b) = (u.ments[w], u.ments[w + 1]);
        let (ca, cb) = (u.actor(w).country_at(u.date), u.actor(w + 1).country_at(u.date));
        let states = u.actor(w).kind == ActorKind::State && u.actor(w + 1).kind == ActorKind::State;
        let gap = u.text[a.e..b.s].trim().trim_start_matches(')').trim();
        if states && ca.is_some() && cb.is_some() && ca != cb && u.g.conjunctions.has(gap) {
            hist.pairs.push((unit, vec![u.speaker_of(w), u.speaker_of(w + 1)]));
            return;
        }
    }
    // (or the unit names exactly two countries, through states and people outside quotes:
    // "Kim Jong Un visited Russia's Far East for a summit with Vladimir Putin ... . Both
    // countries have denied ...")
    let mut two: Vec<usize> = Vec::new();
    for w in 0..u.ments.len() {
        let a = u.actor(w);
        if u.in_quote(u.ments[w].s) || !matches!(a.kind, ActorKind::State | ActorKind::Person) {
            continue;
        }
        let Some(k) = a.country_at(u.date) else { continue };
        if !two.iter().any(|&o| u.actor(o).country_at(u.date) == Some(k)) {
            two.push(w);
            if two.len() > 2 {
                return;
            }
        }
    }
    // (two that are parties of one claim: not "a missile that struck the Ukrainian city of
    // Kharkiv came from a North Korean Hwasong-11")
    let parties = |w: usize| u.actor(w).country_at(u.date);
    if two.len() == 2 && u.rules.claims.iter().any(|c| parties(two[0]).is_some_and(|k| c.party(k)) && parties(two[1]).is_some_and(|k| c.party(k))) {
        hist.pairs.push((unit, vec![u.speaker_of(two[0]), u.speaker_of(two[1])]));
    }
}

/// Resolves a noun phrase to a speaker; the bool is true when carried from earlier text.
pub fn resolve(u: &Unit, np: &Np, hist: &History, unit: usize) -> Option<(Spk, bool)> {
    let found = resolve_np(u, np, hist, unit);
    match found {
        // "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told ...": an office that names
        // no state speaks for the state whose place opens the sentence
        Some((mut spk, false)) if spk.country.is_none() && spk.actor.is_none() && !spk.media && (np.first..=np.last).any(|t| u.has(t, CueKind::Title)) => {
            spk.country = place_frame(u, np);
            // "The South Korean military said ... a spokesperson for the Joint Chiefs of Staff
            // told a regular briefing": an office that names no state, right after a sentence
            // whose speaker spoke for one, speaks for that state (not a scholar's title, nor an
            // academic body)
            // (nor a body of several members: "the panel said" after an ambassador spoke)
            let independent = (np.first..=np.last).any(|t| u.word_in(t, &u.g.independent_titles) || u.word_in(t, &u.g.academic) || u.word_in(t, &u.g.collective_titles));
            // "Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno,
            // said": the office set off before the name names the state
            if spk.country.is_none() {
                spk.country = office_before(u, np, hist, unit);
            }
            if spk.country.is_none() && !independent {
                spk.country = hist
                    .speakers
                    .last()
                    .filter(|(x, sp)| *x + 1 == unit && !sp.media && sp.actor.is_none_or(|a| u.rules.actors[a].kind != ActorKind::Person))
                    .and_then(|(_, sp)| sp.country.clone());
            }
            Some((spk, false))
        }
        // "Russia's ambassador to South Korea, Georgy Zinoviev, told ...": a name that speaks
        // for no state, set off after an office that does, speaks for the office's state
        Some((mut spk, false)) if spk.country.is_none() && !spk.media => {
            spk.country = office_before(u, np, hist, unit);
            Some((spk, false))
        }
        // "In Seoul, the foreign ministry said ...": an office carried from earlier text
        // (Lavrov's "Foreign Minister") yields to the state of the place frame that opens the
        // sentence
        Some((spk, true)) if !np.pronoun && (np.first..=np.last).any(|t| u.has(t, CueKind::Title)) => match place_frame(u, np) {
            Some(k) if spk.country.as_deref() != Some(k.as_str()) => {
                let surface = balanced(u.np_text(np)).to_string();
                Some((Spk { surface, actor: None, country: Some(k), media: false }, false))
            }
            _ => Some((spk, true)),
        },
        other => other,
    }
}

/// The state of a titled office set off by a comma right before `np` ("Russia's ambassador
/// to South Korea, Georgy Zinoviev"). None without one, or when it names no state.
fn office_before(u: &Unit, np: &Np, hist: &History, unit: usize) -> Option<String> {
    if np.first == 0 || u.text[u.toks[np.first - 1].e..u.toks[np.first].s].trim() != "," {
        return None;
    }
    let comma = u.toks[np.first - 1].e;
    let d = u.np_before(comma).filter(|d| d.last + 1 == np.first && (d.first..=d.last).any(|t| u.has(t, CueKind::Title)))?;
    resolve_np(u, &d, hist, unit).and_then(|(o, _)| o.country)
}

/// The state of a place frame that opens the unit before `np` ("In Tokyo, ...", "Di Seoul,
/// ..."): a location preposition, a state's name or seat of power, a comma, maybe an
/// article. None otherwise.
fn place_frame(u: &Unit, np: &Np) -> Option<String> {
    let t0 = u.tok_at(u.s);
    if t0 + 1 >= np.first || !u.word_in(t0, &u.g.location_prepositions) {
        return None;
    }
    let mi = u.info[t0 + 1].mention?;
    let m = &u.ments[mi];
    let a = &u.rules.actors[m.actor];
    // (an article may open the speaker: "In Seoul, a senior defense official said")
    let after = u.tok_at(m.e);
    if a.kind != ActorKind::State || after > np.first {
        return None;
    }
    let k = (after..np.first).find(|&t| !(u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore))).unwrap_or(np.first);
    if k != np.first || u.text.get(m.e..u.toks[after].s).map(str::trim) != Some(",") {
        return None;
    }
    a.country_at(u.date).map(str::to_string)
}

fn resolve_np(u: &Unit, np: &Np, hist: &History, unit: usize) -> Option<(Spk, bool)> {
    // "Keduanya cemas ...", "Both countries denied ...": the first of the pair (the
    // statement adds the other, see `statements`)
    if !np.pronoun && dual(u, np) {
        // (with no pair at all, no speaker)
        return dual_pair(u, np, hist, unit).and_then(|p| p.into_iter().next()).map(|a| (a, true));
    }
    if np.pronoun {
        // "The United States said ..., in what it described as an initial arms shipment": a
        // pronoun in a free relative refers to the unit's speaker, not to the last body named
        if np.first > 0 && u.word_in(np.first - 1, &u.g.free_relatives) {
            if let Some((_, sp)) = hist.speakers.iter().rev().find(|(x, _)| *x == unit) {
                return Some((sp.clone(), true));
            }
        }
        // "Kirby made similar allegations in November, when he said ...": a person named
        // earlier in the same clause chain of the unit, with no other person between
        let at = u.toks[np.first].s;
        // "it" to a body, state or outlet named before in the same clause chain ("KCNA
        // carried a commentary dismissing what it called ...")
        let neuter = u.word_in(np.first, &u.g.neuter_pronouns);
        // (only the unit's subject: a body named in its first words, and never for ", it
        // said" after the content, which may name bodies of its own)
        let subject_start = if matches!(u.prev_char(at), Some(',' | '"' | '\u{201D}')) { u.s } else { u.toks.get(8).map_or(u.e, |t| t.s) };
        // (nor the subject of the content a speech verb before reports: "The JCS added that
        // the North may be receiving Russian help ..., though it could not confirm")
        let content_from = if neuter { u.hits.iter().find(|h| h.s < at && h.speech().is_some() && !u.in_quote(h.s)).map_or(u.e, |h| h.e) } else { u.e };
        let wanted = |m: &&Found| {
            if neuter {
                u.rules.actors[m.actor].kind != ActorKind::Person && m.s < subject_start && m.s < content_from
            } else {
                u.rules.actors[m.actor].kind == ActorKind::Person
            }
        };
        // (not a recipient's: "Saat melapor kepada Presiden Vladimir Putin ..., ia memuji",
        // "reporting to President Putin on Saturday, he praised")
        let addressed = |m: &Found| {
            let first = u.tok_at(m.s);
            let mut t = first;
            while t > 0 && u.has(t - 1, CueKind::Title) && first - t < 3 {
                t -= 1;
            }
            // (nor the object of a speech verb: "South Korea's Defense Ministry told RFA on
            // Wednesday it could not confirm")
            t > 0 && (u.word_in(t - 1, &u.g.recipient_prepositions) || u.has(t - 1, CueKind::Reporting))
        };
        let named = u.ments.iter().rev().find(|m| m.e <= at && wanted(m) && !addressed(m));
        if let Some(m) = named.filter(|m| !u.text[m.e..at].contains(['.', ';', '"', '\u{201C}', '\u{201D}'])) {
            let a = &u.rules.actors[m.actor];
            let surface = u.text[m.s..m.e].to_string();
            return Some((Spk { surface, actor: Some(m.actor), country: a.country_at(u.date).map(str::to_string), media: false }, true));
        }
        // a personal pronoun right after a sentence that starts with a person or an office
        // refers to it, not to an older speaker ("Japan's Chief Cabinet Secretary was asked
        // about it. He said ..."); "it" to a body or state
        let personal = u.word_in(np.first, &u.g.personal_pronouns);
        let speaker_unit = hist.speakers.iter().rev().find(|(x, _)| unit.saturating_sub(*x) <= 4).map(|(x, _)| *x);
        let newer_subject = hist.subjects.iter().rev().find(|(x, _)| {
            *x < unit
                && unit - *x <= 1
                && speaker_unit.is_none_or(|su| *x > su)
                && ((personal && hist.personal.contains(x)) || (neuter && !hist.persons.contains(x)))
        });
        if let Some((_, sp)) = newer_subject {
            return Some((sp.clone(), true));
        }
        return hist
            .last_within(unit, 4)
            .or_else(|| hist.subjects.iter().rev().find(|(x, _)| unit.saturating_sub(*x) <= 2).map(|(_, s)| s))
            .cloned()
            .map(|s| (s, true));
    }
    let (s, e) = (u.toks[np.first].s, u.np_end(np));
    // "mengatakan pihaknya belum dapat memverifikasi", "pemerintahnya belum bisa memastikan":
    // a noun with the possessive clitic and no name is the speaker's own side
    if np.first == np.last && u.info[np.first].mention.is_none() {
        let w = u.word(np.first);
        if u.g.pronoun_clitics.iter().any(|c| w.strip_suffix(c).is_some_and(|stem| u.g.own_side.has(stem))) {
            return hist.last_within(unit, 1).cloned().map(|s| (s, true));
        }
        // "said his Government had confirmed", "said her delegation would not comment"
        if np.first > 0 && u.word_in(np.first - 1, &u.g.owner_pronouns) && u.word_in(np.first, &u.g.own_side) {
            return hist.last_within(unit, 1).cloned().map(|s| (s, true));
        }
        // "Shin mengaku pemerintah belum dapat memastikan", "said the government had not
        // confirmed": a bare "government" right after a speaker's verb is that speaker's
        let after_speech = np.first > 0 && u.info[np.first - 1].flags & (bit(CueKind::Reporting) | bit(CueKind::AssertVerb)) != 0
            || np.first > 1 && u.word_in(np.first - 1, &u.g.speech_object_openers) && u.info[np.first - 2].flags & (bit(CueKind::Reporting) | bit(CueKind::AssertVerb)) != 0;
        if after_speech && u.word_in(np.first, &u.g.government) {
            return hist.last_within(unit, 0).cloned().map(|s| (s, true));
        }
    }
    // "its mission to the UN", "their envoy at the United Nations": the possessor is the
    // state spoken of before, not the organisation
    // "its spokeswoman", "its delegation at a UN committee in New York", "their envoy":
    // a title owned by the state or body spoken of before (up to the first place or
    // organisation after "to", "at" or "in")
    // (or a title with a pronoun's clitic: "diplomatnya di PBB")
    let clitic = |t: usize| u.has(t, CueKind::Title) && u.g.pronoun_clitics.ends(&u.text[u.toks[t].s..u.toks[t].e]);
    let possessive = np.first > 0 && u.word_in(np.first - 1, &u.g.body_possessives) || u.word_in(np.first, &u.g.body_possessives) || clitic(np.first);
    let head_title = (np.first..=np.last).take_while(|&t| !(u.word_in(t, &u.g.office_place_prepositions) || u.word_in(t, &u.g.office_of))).any(|t| u.has(t, CueKind::Title));
    if possessive && head_title {
        let cut = (np.first..=np.last).find(|&t| u.word_in(t, &u.g.office_place_prepositions)).map_or(e, |t| u.toks[t].s);
        let own_state = u.ments.iter().any(|m| m.s >= s && m.e <= cut);
        if !own_state {
            if let Some(prev) = hist.last_state_within(unit, 4) {
                let surface = balanced(u.np_text(np)).to_string();
                return Some((Spk { surface, actor: prev.actor, country: prev.country.clone(), media: false }, true));
            }
        }
    }
    let mut ments: Vec<usize> = (0..u.ments.len()).filter(|&i| u.ments[i].s >= s && u.ments[i].e <= e).collect();
    // "Putin di sela KTT BRICS di Kazan", "at the BRICS summit": a body named for its event
    // is no speaker
    ments.retain(|&i| !u.event_named(i));
    // "A North Korea expert in Seoul", "a Russia analyst": a state right before an
    // independent title is the field of study, not whom the scholar speaks for
    ments.retain(|&i| {
        let k = u.tok_at(u.ments[i].e);
        !(k < u.toks.len() && u.soft_gap(k.saturating_sub(1), k) && u.word_in(k, &u.g.independent_titles) && u.actor(i).kind == ActorKind::State)
    });
    // "Victor Cha di Seoul": a place after di/in/at does not speak for a named person
    if let Some(k) = (np.first..=np.last).find(|&t| u.word_in(t, &u.g.location_prepositions)) {
        // (a capitalized word of an office's topic is no name: "Urusan AS", "US Affairs")
        // (nor for a scholar: "peneliti sebuah lembaga kajian di Seoul", "a researcher at a
        // think tank in Seoul")
        let named = (np.first..k).any(|t| {
            u.toks[t].cap && u.info[t].mention.is_none() && !u.has(t, CueKind::Title) && !u.word_in(t, &u.g.office_topic) && !(t + 1 < k && u.word_in(t + 1, &u.g.office_topic))
        }) || (np.first..k).any(|t| u.word_in(t, &u.g.independent_titles) || u.word_in(t, &u.g.academic));
        if named {
            let cut = u.toks[k].s;
            ments.retain(|&i| u.ments[i].s < cut);
        }
    }
    // "Direktur Jenderal Urusan AS di Kementerian Luar Negeri Korea Utara", "US Special
    // Representative for North Korea": a state after a topic word is what the office deals
    // with, not whom it speaks for (when another state or body is named)
    let topic = |i: usize| {
        let t = u.tok_at(u.ments[i].s);
        let after = u.tok_at(u.ments[i].e);
        t > np.first && u.word_in(t - 1, &u.g.office_topic) || after <= np.last && u.word_in(after, &u.g.office_topic_after)
    };
    if ments.iter().any(|&i| !topic(i) && u.actor(i).kind != ActorKind::Person && u.actor(i).country.is_some()) {
        ments.retain(|&i| !topic(i));
    }
    // "a North Korean diplomat at a U.N. General Assembly committee", "the U.S. ambassador
    // to the UN": a titled office's own state, named before the place the office sits in,
    // speaks; the place does not
    if let Some(k) = (np.first..=np.last).find(|&t| u.word_in(t, &u.g.office_place_prepositions) && (np.first..t).any(|x| u.has(x, CueKind::Title))) {
        let cut = u.toks[k].s;
        if ments.iter().any(|&i| u.ments[i].e <= cut && u.actor(i).kind != ActorKind::Person && u.actor(i).country.is_some()) {
            ments.retain(|&i| u.ments[i].s < cut);
        }
    }
    let surface = balanced(u.np_text(np)).to_string();
    let has_title = (np.first..=np.last).any(|t| u.has(t, CueKind::Title));
    // "rektor Universitas Studi Korea Utara", "a researcher at the Korea Institute for
    // National Unification": a state named inside an academic body's name is no speaker's state
    let academic = (np.first..=np.last).any(|t| {
        u.word_in(t, &u.g.academic)
    });
    if academic {
        ments.retain(|&i| u.actor(i).kind == ActorKind::Person || u.actor(i).kind == ActorKind::Media);
    }
    // a one-word alias of a person followed by more of a name is another person's name
    // ("Kim Hong-kyun", "Kim Yong-hyun" are not the lexicon's "Kim")
    // (and a surname alias after another given name: "Edward Haines" is not the lexicon's
    // Avril Haines)
    let cut_name = |i: usize| {
        let m = u.ments[i];
        let t = u.tok_at(m.e);
        let f = u.tok_at(m.s);
        let one_word = !u.text[m.s..m.e].contains(char::is_whitespace);
        let after = t < u.toks.len()
            && u.toks[t].cap
            && u.info[t].mention.is_none()
            && u.text[m.e..u.toks[t].s].chars().all(|c| c == ' ')
            && u.info[t].flags == 0;
        // (not a function word with the sentence's capital: "What Putin said ...", "When Putin")
        let function = |k: usize| [&u.g.free_relatives, &u.g.subordinators, &u.g.clause_openers, &u.g.relative_pronouns, &u.g.contrast_adverbs].iter().any(|c| u.word_in(k, c));
        let before = f > np.first
            && !function(f - 1)
            && u.toks[f - 1].cap
            && u.info[f - 1].mention.is_none()
            && u.text[u.toks[f - 1].e..m.s].chars().all(|c| c == ' ')
            && u.info[f - 1].flags == 0;
        one_word && (after || before)
    };
    ments.retain(|&i| !(u.actor(i).kind == ActorKind::Person && cut_name(i)));
    let person = ments.iter().copied().find(|&i| u.actor(i).kind == ActorKind::Person);
    let state = ments.iter().copied().find(|&i| u.actor(i).kind != ActorKind::Person && u.actor(i).country.is_some());
    if let Some(p) = person {
        // a bare surname the lexicon gives to one person ("Kim") names the speaker met just
        // before with that name ("Wakil Menteri Luar Negeri Korea Selatan Kim Hong-kyun ...
        // Kim menambahkan"), not the lexicon's Kim
        let m = u.ments[p];
        let word = &u.text[m.s..m.e];
        if !word.contains(char::is_whitespace) && np.first == np.last {
            let met = hist.speakers.iter().rev().filter(|(x, _)| unit.saturating_sub(*x) <= 6).find(|(_, sp)| {
                sp.actor != Some(m.actor) && sp.surface.contains(char::is_whitespace) && sp.surface.split(|c: char| !c.is_alphanumeric()).any(|w| w == word)
            });
            if let Some((_, sp)) = met {
                return Some((sp.clone(), true));
            }
        }
        let a = u.actor(p);
        let mut country = a.country_at(u.date).map(str::to_string);
        // (an office named before a person who has held several, speaks for the office's
        // state or body: "NATO Secretary General Mark Rutte" on a date the lexicon's roles
        // would give the Dutch prime minister)
        // (not an organisation with the title of a post held there: "UN ambassador Vassily
        // Nebenzia" speaks for the state that posted him)
        let posted = |i: usize| {
            let t = u.tok_at(u.ments[i].e);
            u.actor(i).kind == ActorKind::Igo && a.country_at(u.date).is_some() && t < u.toks.len() && u.word_in(t, &u.g.posting_titles)
        };
        let office = state.filter(|&i| has_title && u.ments[i].e <= u.ments[p].s && !posted(i));
        if country.is_none() && has_title || !a.roles.is_empty() && office.is_some() {
            country = state.and_then(|i| u.actor(i).country.clone()).or(country);
        }
        return Some((Spk { surface, actor: Some(u.ments[p].actor), country, media: false }, false));
    }
    if let Some(i) = state.or_else(|| ments.first().copied()) {
        let a = u.actor(i);
        return Some((
            Spk { surface, actor: Some(u.ments[i].actor), country: a.country_at(u.date).map(str::to_string), media: a.kind == ActorKind::Media },
            false,
        ));
    }
    // apposition: "Maria Zakharova, the ministry spokeswoman, said" -> the name before the comma
    if let Some(mut before) = u.text.get(u.s..s).map(str::trim_end) {
        // skip a determiner left out of the phrase ("Name, the spokeswoman")
        for _ in 0..2 {
            if before.ends_with(',') {
                break;
            }
            match before.rfind(char::is_whitespace) {
                Some(i) if before[i + 1..].len() <= 4 && before[i + 1..].chars().all(char::is_lowercase) => before = before[..i].trim_end(),
                _ => break,
            }
        }
        if let Some(head) = before.strip_suffix(',') {
            let head = head.trim_end();
            let end = u.s + head.len();
            let start = head.rfind([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}']).map_or(u.s, |i| u.s + i + 1);
            let person = (0..u.ments.len())
                .find(|&i| u.ments[i].s >= start && u.ments[i].e == end && u.actor(i).kind == ActorKind::Person);
            if let Some(p) = person {
                let a = u.actor(p);
                let surface = format!("{}, {}", &u.text[u.ments[p].s..u.ments[p].e], surface);
                return Some((Spk { surface, actor: Some(u.ments[p].actor), country: a.country_at(u.date).map(str::to_string), media: false }, false));
            }
        }
    }
    // no mention: definite descriptions and surnames refer back
    // (not a word of an actor's name, nor of an academic body's: "Kim Dong-yup, a professor
    // at the University of North Korean Studies" is not the "North Korea" met before)
    let end = (np.first..=np.last).find(|&t| u.word_in(t, &u.g.academic)).unwrap_or(np.last + 1);
    let proper = |t: usize| u.toks[t].cap && !u.has(t, CueKind::Title) && u.toks[t].e - u.toks[t].s >= 3;
    let name_at = |t: usize| proper(t) && u.info[t].mention.is_none();
    let names: Vec<String> = (np.first..end).filter(|&t| name_at(t)).map(|t| u.text[u.toks[t].s..u.toks[t].e].to_string()).collect();
    // (an acronym names the speaker whose capitalized words it spells: "The JCS" after
    // "Seoul's Joint Chiefs of Staff")
    let spells = |surface: &str, w: &str| {
        w.len() >= 2 && w.len() <= 6 && w.bytes().all(|b| b.is_ascii_uppercase()) && {
            let words: Vec<&str> = surface.split(|c: char| !c.is_alphanumeric()).filter(|x| x.starts_with(|c: char| c.is_uppercase())).collect();
            words.windows(w.len()).any(|win| win.iter().zip(w.bytes()).all(|(x, b)| x.as_bytes()[0] == b))
        }
    };
    let has_word = |sp: &Spk, w: &str| sp.surface.split(|c: char| !c.is_alphanumeric()).any(|x| x == w) || spells(&sp.surface, w);
    for name in &names {
        let found = hist.speakers.iter().rev().find(|(_, sp)| has_word(sp, name));
        if let Some((_, sp)) = found {
            return Some((sp.clone(), true));
        }
    }
    // (a proper name, an academic body's included, is no definite description)
    if np.definite && !(np.first..=np.last).any(proper) {
        // a body named earlier in the sentence ("Laporan NIS itu muncul sebulan setelah
        // lembaga tersebut pertama kali mengungkap ...")
        // (a body's noun only, and not from inside a quote)
        let before = u.toks[np.first].s;
        let body = (np.first..=np.last).any(|t| u.word_in(t, &u.g.own_side));
        let earlier = |i: &usize| u.ments[*i].e <= before && !u.in_quote(u.ments[*i].s) && matches!(u.actor(*i).kind, ActorKind::Organization | ActorKind::Igo);
        if let Some(i) = body.then(|| (0..u.ments.len()).rev().find(earlier)).flatten() {
            return Some((u.speaker_of(i), true));
        }
        // (or in the unit just before, when no actor is its subject: "Kabar itu diungkap
        // NIS. Lembaga itu menyebut ...", but "Kementerian Luar Negeri China, pada hari
        // sidang PBB itu, ... . \"...\" kata juru bicara kementerian itu")
        let subject_before = hist.subjects.iter().rev().any(|(x, _)| *x + 1 == unit);
        if let Some((_, sp)) = hist.bodies.iter().rev().find(|(x, _)| body && !subject_before && *x < unit && unit - *x <= 1) {
            return Some((sp.clone(), true));
        }
        let titles: Vec<String> = (np.first..=np.last).filter(|&t| u.has(t, CueKind::Title)).map(|t| u.word(t)).collect();
        let found = hist
            .speakers
            .iter()
            .rev()
            .filter(|(x, _)| unit.saturating_sub(*x) <= 12)
            .find(|(_, sp)| {
                let l = sp.surface.to_lowercase();
                titles.iter().any(|t| l.split(|c: char| !c.is_alphanumeric()).any(|w| w == t))
            });
        if let Some((_, sp)) = found {
            return Some((sp.clone(), true));
        }
        // (or a body named with that title, speaking or not: "a UN Panel of Experts, which had
        // monitored sanctions ... . In its final report, the panel said ...")
        let named_body = hist.bodies.iter().rev().filter(|(x, _)| unit.saturating_sub(*x) <= 12).find(|(_, sp)| {
            let l = sp.surface.to_lowercase();
            titles.iter().any(|t| l.split(|c: char| !c.is_alphanumeric()).any(|w| w == t))
        });
        if let Some((_, sp)) = named_body {
            return Some((sp.clone(), true));
        }
        if let Some((_, sp)) = hist.collectives.iter().rev().find(|(w, _)| titles.contains(w)) {
            return Some((sp.clone(), true));
        }
        // else the last speaker, or the subject of the sentence just before when that came
        // later ("NIS memperbarui penilaiannya ... . Menurut lembaga itu, ...")
        // (a document is no person's: "according to the first report of a new multinational
        // body" after Kim Jong Un spoke)
        let document = (np.first..=np.last).any(|t| u.word_in(t, &u.g.document_nouns));
        // (nor is a body of several members: "the panel said" after an ambassador spoke)
        let collective = (np.first..=np.last).any(|t| u.word_in(t, &u.g.collective_titles));
        let person = |sp: &Spk| {
            (document && sp.actor.is_some_and(|a| u.rules.actors[a].kind == ActorKind::Person))
                || (collective && !sp.actor.is_some_and(|a| matches!(u.rules.actors[a].kind, ActorKind::Organization | ActorKind::Igo)))
        };
        let speaker = hist.speakers.iter().rev().find(|(x, sp)| unit.saturating_sub(*x) <= 4 && !person(sp));
        let subject = hist.subjects.iter().rev().find(|(x, sp)| unit.saturating_sub(*x) <= 1 && *x < unit && !person(sp));
        match (speaker, subject) {
            (Some(a), Some(b)) if b.0 > a.0 => return Some((b.1.clone(), true)),
            (Some((_, sp)), _) | (None, Some((_, sp))) => return Some((sp.clone(), true)),
            (None, None) => {}
        }
    }
    // a lawmaker reporting a briefing speaks for the state whose body briefed them, the
    // state that spoke just before ("South Korea's NIS told legislators ... Lawmaker Lee
    // Seong-kweun, who attended the briefing, said")
    if (np.first..=np.last).any(|t| u.word_in(t, &u.g.lawmakers)) {
        if let Some(sp) = hist.last_state(unit, 3, false) {
            return Some((Spk { surface, actor: None, country: sp.country.clone(), media: false }, false));
        }
    }
    Some((Spk { surface, actor: None, country: None, media: false }, false))
}



/// Punctuation a speaker phrase does not reach across.
const CLAUSE_BREAK: [char; 6] = ['.', ';', ':', '"', '\u{201c}', '\u{201d}'];

/// The phrase that speaks when the one before the cue sits inside a relative clause or a
/// parenthesis of the subject (see [`relative_head`], [`parenthetical_head`]), else `np`.
/// "China, the North's main ally and economic lifeline, said": a description set off by
/// commas right before `pos`, of at most ten words with no speech cue, quote or mention of
/// its own at its start, after a phrase that names an actor at the start of the unit's clause;
/// that phrase is the subject. None otherwise.
fn appositive_subject(u: &Unit, pos: usize) -> Option<Np> {
    // (past a time after the apposition's comma: "Kim Yo Jong, the North Korean leader's
    // sister and a senior ruling party official, last month called")
    let mut k = u.tok_at(pos);
    while k > 0 && u.is_time_word(k - 1) && u.soft_gap(k - 1, k) {
        k -= 1;
    }
    let pos = if k < u.toks.len() && k > 0 && u.text[u.toks[k - 1].e..u.toks[k].s].trim() == "," { u.toks[k].s } else { pos };
    let before = u.text[u.s..pos].trim_end();
    let close = u.s + before.strip_suffix(',')?.len();
    let open = u.s + u.text[u.s..close].rfind(',')?;
    let desc = &u.text[open + 1..close];
    if desc.split_whitespace().count() > 12 || desc.contains(['"', '\u{201C}', '\u{201D}', ';', '.']) {
        return None;
    }
    if u.hits.iter().any(|x| x.s > open && x.e <= close && x.speech().is_some()) {
        return None;
    }
    let head = u.np_before(open)?;
    // (the phrase opens the clause: the unit's start, or after a fronted frame's comma)
    let from = u.text[u.s..u.toks[head.first].s].trim();
    (u.names_actor(&head) && (from.is_empty() || from.ends_with(','))).then_some(head)
}

/// "The United States and its allies have accused", "AS dan sekutunya menuduh": the words
/// before `pos` (past its auxiliaries) are a side owned by a pronoun (`body_possessives` and
/// a word, or a word with a `pronoun_clitics` ending) coordinated after an actor's phrase;
/// that phrase is the subject. None otherwise.
fn own_side_subject(u: &Unit, pos: usize) -> Option<Np> {
    let mut k = u.tok_at(pos);
    while k > 0 && (u.word_in(k - 1, &u.g.auxiliaries) || u.has(k - 1, CueKind::Filler)) && u.soft_gap(k - 1, k) {
        k -= 1;
    }
    let last = k.checked_sub(1)?;
    let clitic = |t: usize| u.g.pronoun_clitics.ends(&u.text[u.toks[t].s..u.toks[t].e]);
    // (up to two modifiers may stand in the side's phrase: "its Western sponsors", "sekutu
    // Baratnya")
    let plain = |t: usize| u.info[t].mention.is_none() && u.speech_free(t) && !u.word_in(t, &u.g.conjunctions);
    let first = (last.saturating_sub(3)..=last).rev().take_while(|&f| f == last || (plain(f) && u.soft_gap(f, f + 1))).find(|&f| {
        f >= 2
            && u.word_in(f - 1, &u.g.conjunctions)
            && u.soft_gap(f - 1, f)
            && (f..=last).all(plain)
            && ((f < last && u.word_in(f, &u.g.body_possessives)) || (f..=last).any(clitic))
    })?;
    u.np_before(u.toks[first - 1].s).filter(|a| u.names_actor(a))
}

fn subject_head(u: &Unit, np: Np) -> Np {
    // (the actor before a parenthesis may end a relative clause of its own: "Panel Ahli PBB
    // yang memantau sanksi terhadap Korut, dalam laporan ..., menyimpulkan")
    relative_head(u, &np)
        .or_else(|| parenthetical_head(u, &np).map(|head| relative_head(u, &head).unwrap_or(head)))
        .or_else(|| event_head(u, &np))
        .unwrap_or(np)
}

/// The subject before an event phrase without commas, when `np` is the object of that
/// phrase: "Badan Intelijen Nasional (NIS) Korsel [dalam rapat tertutup dengan parlemen]
/// pada Selasa mengungkapkan", "the spy agency [in a closed-door briefing to lawmakers]
/// said". None unless `np` follows an object preposition ("dengan", "kepada", "with", "to")
/// that an event preposition ("dalam", "saat", "in", "during") opens, and the phrase before
/// the event names an actor.
fn event_head(u: &Unit, np: &Np) -> Option<Np> {
    if np.first == 0 {
        return None;
    }
    if !u.word_in(np.first - 1, &u.g.event_objects) {
        // (or the object of the event's own noun: "delegasi Korut [dalam sidang] Komite
        // Pertama Majelis Umum PBB menepis", "the delegation [at a session of] the UN
        // committee said": at most six words after the event preposition, none an actor's)
        let t = (np.first.saturating_sub(7).max(1)..np.first)
            .rev()
            .take_while(|&k| u.info[k].mention.is_none() && u.soft_gap(k, k + 1))
            .find(|&k| u.word_in(k, &u.g.event_prepositions))?;
        if u.text[u.toks[t - 1].e..u.toks[t].s].contains([',', '.', ';', ':']) {
            return None;
        }
        return u.actor_before(t);
    }
    let lo = np.first.saturating_sub(8);
    for t in (lo.max(1)..np.first - 1).rev() {
        if u.text[u.toks[t].e..u.toks[t + 1].s].contains(CLAUSE_BREAK) || u.text[u.toks[t].e..u.toks[t + 1].s].contains(',') {
            return None;
        }
        if u.word_in(t, &u.g.event_prepositions) {
            if u.text[u.toks[t - 1].e..u.toks[t].s].contains([',', '.', ';', ':']) {
                return None;
            }
            return u.actor_before(t);
        }
    }
    None
}

/// The phrase naming an actor before a relative clause set off by commas that ends at
/// `end` ("South Korea's foreign ministry, which hosted a briefing for diplomats in Seoul on
/// the report, said", "NIS, yang menggelar rapat dengan parlemen, menyebut"): the clause is
/// at most 25 words and has no other comma. None otherwise.
fn relative_parenthesis_head(u: &Unit, end: usize) -> Option<Np> {
    let te = u.tok_at(end);
    let opens = |k: usize| {
        // (or a past participle: "The Multilateral Sanctions Monitoring Team, created after ...,")
        let past = || !u.toks[k].cap && u.g.past_participle_endings.ends(&u.text[u.toks[k].s..u.toks[k].e]) && k + 1 < te && !u.toks[k + 1].cap;
        // (the comma may follow an alias in brackets: "Team (MSMT), launched ...")
        (u.word_in(k, &u.g.relative_pronouns) || past()) && u.text[u.toks[k - 1].e..u.toks[k].s].trim().trim_start_matches(')').trim() == ","
    };
    let head = |k: usize| u.np_before(u.toks[k - 1].e).filter(|h| h.last + 1 == k && u.names_actor(h)).map(|h| subject_head(u, h));
    let commas = (te.saturating_sub(40)..te).rev().filter(|&k| k > 0 && u.text[u.toks[k - 1].e..u.toks[k].s].contains(','));
    let mut commas = commas.peekable();
    let k = *commas.peek()?;
    if k + 25 >= te && opens(k) {
        return head(k);
    }
    // (a participle clause may hold a list of its own: "The Multilateral Sanctions Monitoring
    // Team (MSMT), launched in October by South Korea, the United States, Japan and eight other
    // countries after Russia blocked the renewal of a U.N. expert panel, said"): the opening
    // comma is the first one before the list's, at most 40 words back, with no clause break
    let k = commas.find(|&k| opens(k))?;
    // (a period may be an abbreviation's: "U.N.")
    if u.text[u.toks[k].s..end].contains([';', ':', '"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    head(k)
}

/// The head of a subject with a relative clause, when `np` (the phrase before the cue)
/// sits inside that clause: "The UN panel of experts [that monitored sanctions on North
/// Korea] said" -> "The UN panel of experts", "Panel ahli PBB [yang memantau sanksi
/// terhadap Korea Utara] mengatakan". None when there is no such clause, when the pronoun is
/// the clause's object ("which Seoul said"), or when the head names no actor.
fn relative_head(u: &Unit, np: &Np) -> Option<Np> {
    // (an actor set off by a comma after the clause speaks itself: "... to the Wagner Group,
    // the Russian mercenary army fighting in Ukraine, the White House said")
    // (but a country after a place is the place's: "Lloyd Austin, yang tengah berkunjung ke
    // Roma, Italia, mengatakan")
    let f = u.article_start(np.first);
    if f > 0 && u.text[u.toks[f - 1].e..u.toks[f].s].contains(',') && u.names_actor(np) && !place_apposition(u, np) {
        return None;
    }
    let lo = np.first.saturating_sub(20);
    for r in (lo..np.first).rev() {
        if u.text[u.toks[r].e..u.toks[r + 1].s].contains(CLAUSE_BREAK) {
            return None;
        }
        // (or a reduced relative: a participle right after a title or a name, "a UN panel of
        // experts monitoring sanctions on North Korea concluded")
        let reduced = || {
            r > 0
                && u.participle_at(r)
                && u.soft_gap(r - 1, r)
                && (u.has(r - 1, CueKind::Title) || u.info[r - 1].mention.is_some())
                && u.speech_free(r)
        };
        if u.word_in(r, &u.g.relative_pronouns) || reduced() {
            // the clause has its own words before the phrase (a verb), not just "both X and"
            // ("whose ministry said": the possessor speaks, the phrase right after it is its own)
            let own_words = u.word_in(r, &u.g.possessive_relatives) || (r + 1..np.first).any(|t| u.info[t].mention.is_none() && !(u.word_in(t, &u.g.correlatives) || u.word_in(t, &u.g.conjunctions)));
            if !own_words || r == 0 {
                return None;
            }
            let mut head = u.np_before(u.toks[r].s)?;
            let (s, e) = (u.toks[head.first].s, u.toks[head.last].e);
            // (an abbreviation in parentheses may close the head: "Badan Intelijen Nasional
            // (NIS) yang memantau Korut menyimpulkan")
            let adjacent = head.last + 1 == r && matches!(u.text[e..u.toks[r].s].trim(), "" | "," | ")" | "),");
            // an actor a few words before the head is part of it: "United Nations panel of [experts]"
            let close = |m: &&Found| m.e <= s && u.text[m.e..s].split_whitespace().count() <= 3 && !u.text[m.e..s].contains([',', '.', ';', ':', '"']);
            if let Some(m) = u.ments.iter().rev().find(close) {
                head.first = u.tok_at(m.s);
            }
            // (or a title alone, which refers back: "Panel yang memantau sanksi terhadap Korut
            // itu menyimpulkan" is the UN panel named before, not North Korea)
            let titled = (head.first..=head.last).all(|t| u.has(t, CueKind::Title) || u.has(t, CueKind::DefBefore) || u.has(t, CueKind::Determiner));
            return (adjacent && (u.names_actor(&head) || titled)).then_some(head);
        }
    }
    None
}

/// The actor before a parenthesis that ends right before `np`'s cue: for "Budanov, in an
/// interview last week, said", `np` is the parenthesis ("interview") and the result is
/// "Budanov". None when `np` names an actor itself, or no actor ends at the comma that
/// opens the parenthesis (at most twelve words before).
fn parenthetical_head(u: &Unit, np: &Np) -> Option<Np> {
    // an actor inside the parenthesis speaks itself, unless it is a preposition's object
    // ("Putin, asked about troops in Russia, said")
    // (or the country after a place: "Austin, saat berkunjung ke Roma, Italia, pada Rabu
    // mengatakan", "Blinken, speaking in Seoul, South Korea, said")
    let apposed = place_apposition(u, np);
    let lo = np.first.saturating_sub(24);
    // (nor an actor inside a parenthesis that a question opens: "Putin, ditanya soal citra
    // satelit di sela KTT BRICS di Kazan, Kamis (24/10), menjawab")
    // (nor one a preposition opening the parenthesis holds: "Putin, on his first visit to
    // Pyongyang in 24 years, said")
    // (or a participle's object: "Sergey Lavrov, visiting Pyongyang last October, said")
    // (not a participle whose complementizer opens what the phrase says: "..., adding that
    // Japan could not yet confirm such transfers")
    let opens_content = |k: usize| k + 1 < np.first && u.word_in(k + 1, &u.g.complementizers);
    let asked = || {
        u.after_comma_before(lo, np.first)
            .or_else(|| (np.first > 0 && u.text[u.toks[np.first - 1].e..u.toks[np.first].s].trim().is_empty()).then(|| np.first - 1).filter(|&k| k > 0 && u.text[u.toks[k - 1].e..u.toks[k].s].trim() == ","))
            .is_some_and(|k| u.word_in(k, &u.g.question_openers) || (u.word_in(k, &u.g.parenthesis_openers) && k + 1 < np.first) || (u.participle_at(k) && !opens_content(k)))
    };
    // (nor one in a description of a person named before it: "Leon Park, a Korea specialist
    // at the Australian National University, said")
    let described_at = |t: usize| {
        (u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore))
            && (t + 1..(t + 4).min(u.toks.len())).any(|k| u.has(k, CueKind::Title) || u.word_in(k, &u.g.independent_titles))
    };
    // (the description closed by its own comma before the cue: not "North Korea, a South
    // Korean official said, has sent")
    let closed = u.text[u.np_end(np)..].trim_start().starts_with(',');
    let described = || closed && u.after_comma_before(lo, np.first).is_some_and(described_at);
    // (nor a relay's: "in a statement carried by KCNA")
    if u.names_actor(np) && !(np.first > 0 && (u.is_glue(np.first - 1) || u.has(np.first - 1, CueKind::Relay))) && !apposed && !asked() && !described() {
        return None;
    }
    for t in (lo..=np.first).rev() {
        if t == 0 {
            return None;
        }
        let gap = &u.text[u.toks[t - 1].e..u.toks[t].s];
        if gap.contains(CLAUSE_BREAK) {
            return None;
        }
        // (a comma inside a date goes on: "ketika ditanya pada Senin, 13 Januari 2025,")
        let in_date = u.info[t - 1].date && u.info[t].date;
        // (the comma may follow an alias in brackets: "Direktorat ... Ukraina (HUR), Kamis,")
        if gap.trim().trim_start_matches(')').trim_start() == "," && !(apposed && t == np.first) && !in_date {
            // a parenthesis opens with a preposition ("in an interview", "dalam wawancara"),
            // not with a speaker of its own ("Russia, the official said, ...")
            // or is only a time ("Kementerian Luar Negeri Korsel, Senin malam, menyatakan",
            // "Miller, Kamis waktu setempat, mengatakan", "X, on Tuesday, said")
            let time_only = (t..=np.last).all(|k| !u.has(k, CueKind::Pronoun) && u.info[k].mention.is_none() && u.is_time_word(k));
            // a measure of time may come first: "sehari setelah penandatanganan", "a day after
            // the summit", "two days later in Seoul"
            let lead = (t..(t + 3).min(np.last + 1)).take_while(|&k| u.word_in(k, &u.g.measures) || u.is_time_word(k)).count();
            let prep_at = |k: usize| k <= np.last && (u.word_in(k, &u.g.parenthesis_openers) || u.word_in(k, &u.g.sequence_adverbs));
            // (or, before a place's country, with a title: "Andrei Lankov, pengajar di
            // Universitas Kookmin, Seoul, menilai", whose head may be a name the lexicon lacks)
            let titled = apposed && u.has(t, CueKind::Title);
            // (a description of a person whose name the lexicon lacks: two or more capitalized
            // words before the comma, "Leon Park, a Korea specialist at ...")
            if closed && described_at(t) {
                let head = u.np_before(u.toks[t - 1].e)?;
                let name = head.last == t - 1 && head.last > head.first && (head.first..=head.last).all(|k| u.toks[k].cap && !u.has(k, CueKind::Title));
                return name.then_some(head);
            }
            if !u.word_in(t, &u.g.parenthesis_openers) && !time_only && !(lead > 0 && prep_at(t + lead)) && !titled && !u.participle_at(t) {
                return None;
            }
            // a time set off after a parenthesis goes with it: "Putin, ditanya soal citra
            // satelit di sela KTT BRICS di Kazan, Kamis (24/10), menjawab"
            if time_only && !u.word_in(t, &u.g.parenthesis_openers) && u.after_comma_before(lo, t - 1).is_some_and(|k| u.word_in(k, &u.g.parenthesis_openers)) {
                continue;
            }
            let head = u.np_before(u.toks[t - 1].e)?;
            let named = u.names_actor(&head) || (titled && (head.first..=head.last).all(|k| u.toks[k].cap));
            // (a filler word may follow the name: "Putin himself, at a summit in Kazan,",
            // "Putin sendiri, dalam KTT di Kazan,")
            let ends = head.last == t - 1 || (head.last + 2 == t && u.has(t - 1, CueKind::Filler) && !u.toks[t - 1].cap);
            return (ends && named).then_some(head);
        }
    }
    None
}

/// `np` is a place's country after a comma, the place being a preposition's object ("ke
/// Roma, Italia", "in Seoul, South Korea"): one to three capitalized words between the
/// preposition and the comma.
fn place_apposition(u: &Unit, np: &Np) -> bool {
    if np.first < 2 || u.text[u.toks[np.first - 1].e..u.toks[np.first].s].trim() != "," {
        return false;
    }
    let mut t = np.first - 1;
    for _ in 0..3 {
        if !u.toks[t].cap || t == 0 || !u.text[u.toks[t - 1].e..u.toks[t].s].trim().is_empty() {
            return false;
        }
        t -= 1;
        // (or a participle's object: "visiting Rome, Italy")
        if u.word_in(t, &u.g.direction_prepositions) || u.participle_at(t) {
            return true;
        }
    }
    false
}

/// "Kim Yo Jong, the leader's influential sister, called ...": the actor named before an
/// apposition that ends at `end` (its closing comma), when the apposition is a short
/// description (one to six words opening with an article or determiner, no quote or
/// bracket, no speech cue). None otherwise.
fn name_before_apposition(u: &Unit, end: usize) -> Option<Np> {
    let head = &u.text[u.s..end];
    let c = head.rfind(',')?;
    let app = &head[c + 1..];
    let words = app.split_whitespace().count();
    if words == 0 || words > 6 || app.contains(['"', '\u{201C}', '\u{201D}', '(', ')', ';']) {
        return None;
    }
    let t = u.tok_at(u.s + c + 1);
    if t >= u.toks.len() || !(u.has(t, CueKind::DefBefore) || u.has(t, CueKind::Determiner)) {
        return None;
    }
    if u.hits.iter().any(|h| h.s > u.s + c && h.e <= end && h.speech().is_some()) {
        return None;
    }
    let n = u.np_before(u.s + c)?;
    u.info[n.last].mention.is_some().then_some(n)
}

/// End of the clause that starts at `pos`: the unit's end, or an earlier relative or
/// contrast clause (", which", ", yang", ", but") or semicolon.
fn clause_end(u: &Unit, pos: usize) -> usize {
    let rest = &u.text[pos..u.e];
    let mut at = 0;
    while let Some(i) = rest[at..].find([',', ';']) {
        let c = at + i;
        if rest.as_bytes()[c] == b';' {
            return pos + c;
        }
        let word = rest[c + 1..].split_whitespace().next().unwrap_or("");
        if u.g.clause_openers.has(word) {
            return pos + c;
        }
        at = c + 1;
    }
    u.e
}

/// The antecedent of a non-restrictive relative pronoun that is the subject of the cue at
/// `cue_at` ("Dmitry Peskov, who waved off ...", "The NIS, which estimates that ...",
/// "Peskov, yang menepis ..."), fillers allowed between the pronoun and the cue. None unless
/// the pronoun follows a comma right after a phrase that names an actor.
fn relative_subject(u: &Unit, cue_at: usize) -> Option<Np> {
    let mut t = u.tok_at(cue_at);
    let mut skipped = 0;
    // (fillers, vague past adverbs and times: "yang selama ini berulang kali membantah",
    // "who only last week said")
    while t > 0
        && skipped < 5
        && (u.has(t - 1, CueKind::Filler) || u.has(t - 1, CueKind::VaguePast) || u.info[t - 1].date)
        && !u.word_in(t - 1, &u.g.relative_pronouns)
    {
        t -= 1;
        skipped += 1;
    }
    if t > 0 && !u.word_in(t - 1, &u.g.relative_pronouns) {
        t = coordinated_relative(u, u.tok_at(cue_at)).unwrap_or(t);
    }
    if t < 2 || !u.word_in(t - 1, &u.g.relative_pronouns) || !u.soft_gap(t - 1, t.min(u.toks.len() - 1)) {
        return None;
    }
    let r = t - 1;
    if u.text[u.toks[r - 1].e..u.toks[r].s].trim() != "," {
        return None;
    }
    let head = u.np_before(u.toks[r].s)?;
    // (a time may close the head: "juru bicara Kremlin Dmitry Peskov pekan lalu, yang menyebut")
    (head.last < r && (head.last + 1..r).all(|t| u.info[t].date || u.is_time_word(t)) && u.names_actor(&head)).then_some(head)
}

/// The token after the relative pronoun whose clause goes on, through a conjunction, to the
/// cue at token `cue` ("Pyongyang dan Moskow, yang selama berbulan-bulan bungkam dan bahkan
/// menyebut ...", "Peskov, who stayed silent for weeks and then called ..."): at most eight
/// words back, without punctuation, another cue or an actor between. None otherwise.
fn coordinated_relative(u: &Unit, cue: usize) -> Option<usize> {
    if cue >= u.toks.len() {
        return None;
    }
    let mut joined = false;
    let mut k = cue;
    while k > 0 && cue - k < 8 {
        if !u.soft_gap(k - 1, k) {
            return None;
        }
        k -= 1;
        if u.word_in(k, &u.g.relative_pronouns) {
            return (joined && k + 1 < cue).then_some(k + 1);
        }
        if u.info[k].mention.is_some() || !u.speech_free(k) {
            return None;
        }
        joined |= u.word_in(k, &u.g.conjunctions);
    }
    None
}

/// Where a clause of another speaker begins after `from`: a comma, a clause opener and an
/// actor that is the subject of a speech cue ("... dismissed them as \"another fake,\"
/// while Putin told reporters that ..."). None when there is none.
fn other_speaker_clause(u: &Unit, from: usize) -> Option<usize> {
    let t0 = u.tok_at(from);
    (t0 + 1..u.toks.len().saturating_sub(1)).find_map(|k| {
        let gap = u.text[u.toks[k - 1].e..u.toks[k].s].trim().trim_matches(|c: char| matches!(c, '"' | '\u{201C}' | '\u{201D}'));
        if !gap.ends_with(',') || !u.word_in(k, &u.g.clause_openers) || u.word_in(k, &u.g.relative_pronouns) {
            return None;
        }
        let x = u.hits.iter().find(|x| x.s > u.toks[k].e && x.speech().is_some())?;
        let np = u.np_before(x.s)?;
        (np.first == k + 1 && u.names_actor(&np)).then(|| u.toks[k - 1].e)
    })
}

/// Where a clause of its own subject opens after `from`: a comma, a contrast conjunction
/// (`contrast_conjunctions`: "but", "namun") and a phrase that names an actor ("denied the
/// arms transfer accusations, but Russian President Vladimir Putin and Kim Jong Un met in
/// September ..."). What follows is no part of what the speaker before it said. None when
/// there is none.
fn contrast_clause(u: &Unit, from: usize) -> Option<usize> {
    let t0 = u.tok_at(from);
    (t0 + 1..u.toks.len().saturating_sub(1)).find_map(|k| {
        let gap = u.text[u.toks[k - 1].e..u.toks[k].s].trim();
        if gap != "," || !u.word_in(k, &u.g.contrast_conjunctions) || u.in_quote(u.toks[k].s) {
            return None;
        }
        let np = u.np_after(u.toks[k].e)?;
        (np.first == k + 1 && u.names_actor(&np)).then(|| u.toks[k - 1].e)
    })
}

/// Where a comment on the claim begins after `from`: a comma or dash, then a holder noun
/// (maybe after a determiner) and a relative pronoun ("..., klaim yang hingga kini tidak
/// pernah dibuktikan", "..., an allegation that Moscow denied"). What it says is said by
/// its own subject or the writer, not by the speaker before it. None when there is none.
fn claim_apposition(u: &Unit, from: usize) -> Option<usize> {
    (u.tok_at(from)..u.toks.len()).find_map(|t| claim_comment(u, t).filter(|&p| p >= from))
}

/// The comma or dash that opens a comment on the claim whose relative pronoun is token
/// `rel` ("..., claims that", "..., an allegation that", "..., tuduhan yang"): a holder
/// noun, maybe after a determiner, right after it. None otherwise.
fn claim_comment(u: &Unit, rel: usize) -> Option<usize> {
    if rel < 2 || !u.word_in(rel, &u.g.thing_relatives) || !u.has(rel - 1, CueKind::HolderNoun) {
        return None;
    }
    let mut n = rel - 1;
    if n > 0 && (u.has(n - 1, CueKind::Determiner) || u.has(n - 1, CueKind::DefBefore)) {
        n -= 1;
    }
    let before = u.text[u.s..u.toks[n].s].trim_end();
    (before.ends_with([',', '-', '\u{2013}', '\u{2014}']) && before.len() > 1).then(|| u.s + before.len() - before.chars().next_back().map_or(0, char::len_utf8))
}

/// The claim's object that a restrictive relative clause with the speaker as its subject
/// hangs on ("the artillery shells and ballistic missiles that Seoul, Washington and Kyiv
/// say it has shipped", "peluru yang menurut Seoul dikirim"): the span from the first
/// object term of the chain right before the relative pronoun (terms joined by a
/// conjunction or a comma) to the pronoun. None when no object term stands right there.
fn object_relative(u: &Unit, first: usize) -> Option<(usize, usize)> {
    let t = u.tok_at(first);
    if t < 2 || !u.word_in(t - 1, &u.g.thing_relatives) || !u.soft_gap(t - 2, t - 1) {
        return None;
    }
    let rel = u.toks[t - 1].s;
    let object_ending = |e: usize| u.hits.iter().filter(|h| h.e == e && h.pays.iter().any(|p| matches!(p, Pay::Term(_, TermKind::Object)))).map(|h| h.s).min();
    let mut start = object_ending(u.toks[t - 2].e)?;
    // (back over "X and Y", "X, Y and Z")
    loop {
        let k = u.tok_at(start);
        if k < 2 || !(u.word_in(k - 1, &u.g.conjunctions) || u.text[u.toks[k - 1].e..start].trim() == ",") {
            break;
        }
        let j = if u.word_in(k - 1, &u.g.conjunctions) { k - 1 } else { k };
        if j == 0 {
            break;
        }
        match object_ending(u.toks[j - 1].e) {
            Some(s2) if s2 < start => start = s2,
            _ => break,
        }
    }
    Some((start, rel))
}

/// The comma that ends the antecedent of a relative clause whose subject starts at `first`
/// (", which both X and Y have denied", ", yang dibantah X"): None when the subject is not
/// introduced by a relative pronoun after a comma.
fn relative_antecedent(u: &Unit, first: usize) -> Option<usize> {
    let mut t = u.tok_at(first);
    if t > 0 && u.word_in(t - 1, &u.g.correlatives) {
        t -= 1;
    }
    if t == 0 {
        return None;
    }
    // "... to Russia since 2023 - claims Pyongyang and Moscow have repeatedly rejected":
    // a holder noun after a dash or comma opens a reduced relative clause
    if u.has(t - 1, CueKind::HolderNoun) {
        let before = u.text[u.s..u.toks[t - 1].s].trim_end();
        return before.ends_with([',', '-', '\u{2013}', '\u{2014}']).then(|| u.s + before.trim_end_matches([',', '-', '\u{2013}', '\u{2014}']).len());
    }
    // "..., claims that both Pyongyang and Moscow have rejected", "..., an allegation that
    // Moscow denied", "..., tuduhan yang ...": a comment on the claim
    if let Some(c) = claim_comment(u, t - 1) {
        return Some(c);
    }
    if !u.word_in(t - 1, &u.g.nonrestrictive_relatives) {
        return None;
    }
    let before = u.text[u.s..u.toks[t - 1].s].trim_end();
    before.ends_with(',').then(|| u.s + before.len() - 1)
}

/// The question that opens the unit before its speaker at `speaker_at`: from the unit's
/// start to the comma right before the speaker, when the unit opens with a question word
/// (`question_openers`: "Asked", "Ditanya"), maybe after a subordinator ("When asked"),
/// and that clause has no comma, semicolon or quote of its own. None otherwise.
fn question_frame(u: &Unit, speaker_at: usize) -> Option<(usize, usize)> {
    let mut t0 = u.tok_at(u.s);
    let mut start = u.s;
    // (after a fronted time and its comma: "In October 2024, asked about ...")
    if t0 < u.toks.len() && !u.word_in(t0, &u.g.question_openers) {
        let mut t = t0;
        while t < u.toks.len() && !u.word_in(t, &u.g.question_openers) && (u.is_time_word(t) || u.word_in(t, &u.g.time_prepositions)) && u.toks[t].s < speaker_at {
            t += 1;
        }
        if t > t0 && t < u.toks.len() && u.text[u.toks[t - 1].e..u.toks[t].s].trim() == "," && u.word_in(t, &u.g.question_openers) {
            t0 = t;
            start = u.toks[t].s;
        }
    }
    let q = if u.word_in(t0, &u.g.question_openers) {
        t0
    } else if t0 + 1 < u.toks.len() && u.word_in(t0, &u.g.subordinators) && u.word_in(t0 + 1, &u.g.question_openers) {
        t0 + 1
    } else {
        return None;
    };
    // (articles may stand between the comma and the speaker: "..., a spokesperson said")
    let c = u.text.get(start..speaker_at)?.rfind(',')?;
    let end = start + c;
    let between = u.tok_at(end)..u.tok_at(speaker_at);
    if between.clone().any(|t| !(u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore))) {
        return None;
    }
    let body = &u.text[start..end];
    // (a comma of the question's own only before an example: "..., including arms
    // supplies, Putin said")
    let example = |c: usize| u.toks.get(u.tok_at(start + c + 1)).is_some_and(|t| t.s < end && u.g.inclusion_words.has(&u.text[t.s..t.e]));
    if body.contains([';', '"', '\u{201C}', '\u{201D}']) || body.match_indices(',').any(|(c, _)| !example(c)) || u.toks[q].e >= end {
        return None;
    }
    Some((start, end))
}

/// A question set off by commas between the speaker ending at `speaker_end` and the cue at
/// `cue_at` ("Putin, asked about satellite images of the troops, said ..."): the question,
/// without its commas. None unless it opens with a question word (`question_openers`) and
/// has no comma, semicolon or quote of its own.
/// A question after the cue that ends the unit, set off by a comma: "..., Peskov added,
/// when asked whether arms supplies had been discussed", "..., ujarnya saat ditanya soal
/// pasokan senjata". Its span (from the question's first word), or None.
fn question_tail(u: &Unit, pos: usize) -> Option<(usize, usize)> {
    let rest = u.text.get(pos..u.e)?;
    let body = rest.trim_start().strip_prefix(',')?;
    if body.contains(['"', '\u{201C}', '\u{201D}', ';']) {
        return None;
    }
    let start = u.e - body.trim_start().len();
    let t = u.tok_at(start);
    let q = if t < u.toks.len() && u.word_in(t, &u.g.question_openers) {
        t
    } else if t + 1 < u.toks.len() && u.word_in(t, &u.g.subordinators) && u.word_in(t + 1, &u.g.question_openers) {
        t + 1
    } else {
        return None;
    };
    (q <= t + 1).then_some((start, u.e))
}

fn question_aside(u: &Unit, speaker_end: usize, cue_at: usize) -> Option<(usize, usize)> {
    let gap = u.text.get(speaker_end..cue_at)?;
    let inner = gap.trim().strip_prefix(',')?.strip_suffix(',')?;
    if inner.contains([',', ';', '"', '\u{201C}', '\u{201D}']) {
        return None;
    }
    let t = u.tok_at(speaker_end);
    if t >= u.toks.len() || !u.word_in(t, &u.g.question_openers) || u.toks[t].s >= cue_at {
        return None;
    }
    let start = u.toks[t].s;
    Some((start, start + inner.trim_start().len()))
}

/// The state an office in the apposition after `end` (", a spokesman for the South Korean
/// foreign ministry.") works for: the first state or body with a country named after a title
/// there. None when the apposition names a scholar or an academic body (", a senior fellow
/// at the Washington-based Pacific Security Forum"), or no title comes first.
fn apposition_state(u: &Unit, end: usize) -> Option<String> {
    let first = u.tok_at(end);
    let independent = (first..u.toks.len()).any(|t| u.word_in(t, &u.g.independent_titles) || u.word_in(t, &u.g.academic));
    if independent {
        return None;
    }
    let title = (first..u.toks.len()).find(|&t| u.has(t, CueKind::Title))?;
    let m = u.ments.iter().find(|m| m.s >= u.toks[title].e && u.rules.actors[m.actor].kind != ActorKind::Person)?;
    u.rules.actors[m.actor].country_at(u.date).map(str::to_string)
}

/// Where the unit's subject starts: after a fronted time or place of at most six words set
/// off by one comma ("On Sunday, he released ..."), else the unit's start.
fn opening_subject_from(u: &Unit) -> usize {
    let t0 = u.tok_at(u.s);
    let Some(c) = u.text[u.s..u.e].find(',') else { return u.s };
    let head = &u.text[u.s..u.s + c];
    let framed = t0 < u.toks.len()
        && (u.frames_at(t0) || u.word_in(t0, &u.g.time_prepositions))
        && head.split_whitespace().count() <= 6
        && !head.contains(['"', '\u{201C}', '\u{201D}', '.', ';'])
        && !u.hits.iter().any(|x| x.s >= u.s && x.e <= u.s + c && x.speech().is_some());
    if !framed {
        return u.s;
    }
    let rest = &u.text[u.s + c + 1..];
    u.s + c + 1 + (rest.len() - rest.trim_start().len())
}

/// The cue at byte `at` follows a sequence or contrast conjunction, with at most two fillers
/// or auxiliaries between ("... dan mengatakan", "and has warned that").
fn after_conjunction(u: &Unit, at: usize) -> bool {
    let mut ti = u.tok_at(at);
    let mut skipped = 0;
    while ti > 1 && skipped < 2 && u.has(ti - 1, CueKind::Filler) && !u.word_in(ti - 1, &u.g.sequence_conjunctions) {
        ti -= 1;
        skipped += 1;
    }
    ti > 0 && (u.word_in(ti - 1, &u.g.sequence_conjunctions) || u.word_in(ti - 1, &u.g.contrast_conjunctions))
}

/// The states listed before a subject that names no actor, right before the cue at byte
/// `cue`: "The United States, South Korea, Japan and more than 40 other countries
/// condemned" -> the United States, South Korea and Japan, in the order named. The list opens
/// the unit, its items are joined by commas and its last by a conjunction, and the subject
/// after the conjunction is at most six words with no actor, quote or punctuation. Empty
/// otherwise.
fn listed_subject(u: &Unit, cue: usize) -> Vec<usize> {
    let t = u.tok_at(cue);
    let lo = t.saturating_sub(7);
    let Some(c) = (lo..t).rev().find(|&k| u.word_in(k, &u.g.conjunctions)) else { return Vec::new() };
    if c == 0 || c + 1 >= t || (c + 1..t).any(|k| u.info[k].mention.is_some() || !u.soft_gap(k - 1, k)) || !u.soft_gap(c, c + 1) {
        return Vec::new();
    }
    // (the list before the conjunction, as for any coordinated speaker phrase)
    let subject = Np { first: c + 1, last: t - 1, pronoun: false, definite: false };
    let mut list: Vec<usize> = coordinated(u, &subject).into_iter().filter(|&m| u.ments[m].e <= u.toks[c].s).collect();
    if list.len() < 2 || list.iter().any(|&m| u.actor(m).kind != ActorKind::State) {
        return Vec::new();
    }
    list.reverse();
    let opens = u.toks[u.article_start(u.tok_at(u.ments[list[0]].s))].s <= u.s + 1;
    if opens { list } else { Vec::new() }
}

/// The mentions coordinated with a speaker phrase that speak with it: `AS dan Korsel`
/// (left of the phrase), `Moskow dan Pyongyang` (right of it), `A, B dan C`. Each is an
/// actor that speaks for a state other than the phrase's own actors, joined by `dan`, `and`,
/// `serta` or a comma with nothing else between.
fn coordinated(u: &Unit, np: &Np) -> Vec<usize> {
    let conj = |t: usize| u.word_in(t, &u.g.conjunctions);
    let blank = |a: usize, b: usize| a <= b && u.text[a..b].chars().all(char::is_whitespace);
    // after an abbreviation in brackets: "Amerika Serikat (AS) dan Korsel"
    let closed = |a: usize, b: usize| a <= b && u.text[a..b].chars().all(|c| c.is_whitespace() || c == ')');
    let comma = |a: usize, b: usize| a <= b && u.text[a..b].trim() == ",";
    let (s, e) = (u.toks[np.first].s, u.toks[np.last].e);
    let own: Vec<Option<&str>> = (0..u.ments.len()).filter(|&i| u.ments[i].s >= s && u.ments[i].e <= e).map(|i| u.actor(i).country_at(u.date)).collect();
    let mut found: Vec<usize> = Vec::new();
    // leftwards: "A, B dan <phrase>" (a conjunction right before the phrase, commas before that;
    // or before its article: "South Korea and the United States say")
    let mut t = np.first;
    if t >= 3 && u.article_start(t) == t - 1 && !u.word_in(t - 1, &u.g.complementizers) && conj(t - 2) && blank(u.toks[t - 1].e, u.toks[t].s) {
        t -= 1;
    }
    if t >= 2 && conj(t - 1) && blank(u.toks[t - 1].e, u.toks[t].s) {
        let mut prev = t - 2;
        let mut gap_end = u.toks[t - 1].s;
        // (a state's titled officials: "U.S. officials and Kyiv say")
        if prev > 0 && u.has(prev, CueKind::Title) && u.info[prev].mention.is_none() && u.info[prev - 1].mention.is_some() && blank(u.toks[prev].e, gap_end) {
            gap_end = u.toks[prev].s;
            prev -= 1;
        }
        while let Some(mi) = u.info[prev].mention {
            let (ms, me) = (u.ments[mi].s, u.ments[mi].e);
            // (an alias may end in the dot after its last token: "The U.S. and South Korea")
            let ends_here = me >= u.toks[prev].e && u.text[u.toks[prev].e..me].chars().all(|c| c == '.');
            if !ends_here || !(closed(me, gap_end) || comma(me, gap_end)) {
                break;
            }
            found.push(mi);
            t = u.tok_at(ms);
            if t == 0 || t > prev {
                break;
            }
            prev = t - 1;
            gap_end = u.toks[t].s;
            // (the previous alias's closing dot before the comma: "U.S., South Korean and
            // Ukrainian officials")
            let pe = u.info[prev].mention.map_or(u.toks[prev].e, |mi| u.ments[mi].e.clamp(u.toks[prev].e, gap_end));
            if !comma(pe, gap_end) {
                break;
            }
        }
    }
    // (a list set into its host clause names the host's subject first, at the unit's start,
    // no speaker: "North Korea, Washington and Kyiv say, has also supplied Russia with ...")
    let cue = np.last + 1;
    let inserted = || cue + 1 < u.toks.len() && !u.speech_free(cue) && comma(u.toks[cue].e, u.toks[cue + 1].s) && !u.toks[cue + 1].cap;
    if found.last().is_some_and(|&mi| !u.text[u.s..u.ments[mi].s].contains(char::is_alphanumeric)) && inserted() {
        found.pop();
    }
    // rightwards: "<phrase> dan B" (after an alias's closing dot: "the U.S. and South Korea"),
    // "<phrase>, B and C" (a list only when it closes with the conjunction: "accused by
    // Seoul, Kyiv and Washington of ...")
    let mut t = np.last + 1;
    let mut listed: Vec<usize> = Vec::new();
    // (where token `k`'s phrase ends: past an alias's closing dot, "the U.S. and South Korea",
    // "according to U.S., South Korean and Ukrainian officials")
    let alias_end = |k: usize| {
        let a = u.toks[k].e;
        if u.text[a..].starts_with('.') && u.info[k].mention.is_some_and(|mi| u.ments[mi].e > a) { a + 1 } else { a }
    };
    while t < u.toks.len() && comma(alias_end(t - 1), u.toks[t].s) && listed.len() < 4 {
        let Some(mi) = u.info[t].mention.filter(|&mi| u.ments[mi].s == u.toks[t].s) else { break };
        listed.push(mi);
        t = u.tok_at(u.ments[mi].e);
    }
    // (a list's serial comma before the conjunction, and an article before its last item:
    // "menurut Korea Selatan, Ukraina, dan Amerika Serikat", "South Korea, Ukraine and the
    // United States")
    let serial = |a: usize, b: usize| !listed.is_empty() && comma(a, b);
    let last = if t + 2 < u.toks.len() && u.info[t + 1].mention.is_none() && u.article_start(t + 2) == t + 1 && blank(u.toks[t + 1].e, u.toks[t + 2].s) { t + 2 } else { t + 1 };
    if last < u.toks.len() && conj(t) && (blank(alias_end(t - 1), u.toks[t].s) || serial(u.toks[t - 1].e, u.toks[t].s)) && blank(u.toks[t].e, u.toks[t + 1].s) {
        if let Some(mi) = u.info[last].mention {
            if u.ments[mi].s == u.toks[last].s {
                found.extend(listed);
                found.push(mi);
            }
        }
    }
    let mut out: Vec<usize> = Vec::new();
    let mut seen: Vec<&str> = own.iter().flatten().copied().collect();
    for mi in found {
        let Some(c) = u.actor(mi).country_at(u.date) else { continue };
        if !seen.contains(&c) {
            seen.push(c);
            out.push(mi);
        }
    }
    out
}

/// The state of the source a citing word names right after `pos` (`citing_words`, maybe
/// after a comma: ", citing the NIS", " mengutip lembaga itu"); None without one.
fn cited_source(u: &Unit, pos: usize, hist: &History, unit: usize) -> Option<String> {
    let t = u.tok_at(pos);
    if t >= u.toks.len() || !u.text[pos..u.toks[t].s].trim().trim_matches(',').trim().is_empty() {
        return None;
    }
    let rest = &u.text[u.toks[t].s..u.e];
    let n = u
        .g
        .citing_words
        .iter()
        .filter(|w| rest.is_char_boundary(w.len()) && rest[..w.len()].eq_ignore_ascii_case(w) && !rest[w.len()..].starts_with(char::is_alphanumeric))
        .map(str::len)
        .max()?;
    let np = u.np_after(u.toks[t].s + n)?;
    let (sp, _) = resolve(u, &np, hist, unit)?;
    sp.country
}

/// The state of a source whose own statement opens what a speaker of no state says: a
/// mention at the start of the content (after a contrast word, if any) and a speech or stance
/// verb right after it ("Park menambahkan, NIS juga menengarai ...", "\"Namun NIS belum dapat
/// memastikan ...,\" ujarnya"); None otherwise.
fn relayed_source(u: &Unit, ranges: &[(usize, usize)], hist: &History, unit: usize) -> Option<String> {
    let &(rs, re) = ranges.first()?;
    let first = u.tok_at(rs);
    let contrast = first < u.toks.len() && (u.word_in(first, &u.g.contrast_adverbs) || u.word_in(first, &u.g.contrast_conjunctions));
    let t = if contrast { first + 1 } else { first };
    // (only quote marks, commas and spaces before the first word)
    let bare_start = || u.text[rs..u.toks[t].s].chars().all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201C}' | ','));
    if t >= u.toks.len() || u.toks[t].s >= re || !(contrast || bare_start()) {
        return None;
    }
    let mi = u.info[t].mention.filter(|&mi| u.ments[mi].s == u.toks[t].s)?;
    let np = u.np_after(u.ments[mi].s)?;
    let after = u.np_end(&np);
    let verb = u.hits.iter().find(|h| h.s >= after && h.e <= re && (h.speech().is_some() || [CueKind::HedgeVerb, CueKind::DenyVerb, CueKind::AssertVerb, CueKind::Hedge, CueKind::Deny].iter().any(|&k| h.cue(k))))?;
    // (right after the phrase, fillers aside: "NIS juga menengarai")
    let between = u.tok_at(after)..u.tok_at(verb.s);
    if between.len() > 2 || !between.clone().all(|k| u.has(k, CueKind::Filler)) {
        return None;
    }
    let (sp, _) = resolve(u, &np, hist, unit)?;
    sp.country
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Mode {
    Pre,
    Post,
    According,
}

/// A speaker phrase without a dangling opening bracket or quote
/// (`National Intelligence Service (NIS` -> `National Intelligence Service`).
fn balanced(np: &str) -> &str {
    let mut out = np;
    for (open, close) in [('(', ')'), ('[', ']'), ('\u{201c}', '\u{201d}')] {
        if let Some(i) = out.rfind(open) {
            if !out[i..].contains(close) {
                out = out[..i].trim_end();
            }
        }
    }
    if out.is_empty() { np } else { out }
}

fn closing(c: Option<char>) -> bool {
    matches!(c, Some(',' | '"' | '\u{201D}' | '\u{2019}' | '\'' | '-' | '\u{2013}' | '\u{2014}'))
}


/// Finds the statements of a unit (speech statements, then claim holders).
pub fn statements(u: &Unit, hist: &mut History, unit: usize) -> Vec<Stmt> {
    record_pairs(u, hist, unit);
    // the actor the unit starts with (within its first three words) is its subject
    // (or after a title phrase: "Foreign Ministry spokeswoman Maria Zakharova was blunter.",
    // "Juru bicara Kementerian Luar Negeri Ukraina ...")
    // (after a fronted time set off by a comma: "Pada Rabu (23/10), NIS memperbarui ...")
    let mut lead = 0;
    for t in 0..u.toks.len().saturating_sub(1) {
        if !(u.is_time_word(t) || u.word_in(t, &u.g.time_prepositions)) {
            break;
        }
        if u.text[u.toks[t].e..u.toks[t + 1].s].trim_start_matches(')').trim() == "," {
            lead = t + 1;
            break;
        }
    }
    // (or after a fronted topic set off by a comma: "Soal kemungkinan kerja sama militer,
    // Putin memilih berhati-hati.", "On military cooperation, Putin was more guarded.")
    if lead == 0 && !u.toks.is_empty() && u.word_in(0, &u.g.topic_prepositions) {
        for t in 0..u.toks.len().saturating_sub(1).min(10) {
            let gap = u.text[u.toks[t].e..u.toks[t + 1].s].trim();
            if gap == "," {
                lead = t + 1;
            }
            if !gap.is_empty() && gap != "-" {
                break;
            }
        }
    }
    // (or after a fronted place or event set off by a comma when an actor opens what follows
    // it: "Di DK PBB, Duta Besar Ukraina Sergiy Kyslytsya ...", "At the Security Council,
    // Ukraine's envoy ..."; else the place itself: "In Tokyo, the chief cabinet secretary ...")
    let framed = match opening_subject_from(u) {
        from if lead == 0 && from > u.s => u.tok_at(from),
        _ => 0,
    };
    // (a count modifier: "The 11-member Multilateral Sanctions Monitoring Team", "the
    // 32-nation alliance")
    let counted = |t: usize| {
        let digits = |k: usize| u.text[u.toks[k].s..u.toks[k].e].bytes().all(|b| b.is_ascii_digit());
        digits(t) || t > 0 && digits(t - 1) && &u.text[u.toks[t - 1].e..u.toks[t].s] == "-"
    };
    let subject_at = |m: &Found, lead: usize| {
        let before = u.toks.iter().take_while(|t| t.e <= m.s).count();
        if before < lead {
            return false;
        }
        let from = if lead > 0 { u.toks[lead].s } else { u.s };
        let before = before - lead;
        before <= 2
            || (before <= 8
                && !u.text[from..m.s].contains([',', '.', ';', ':', '"', '\u{201C}', '\u{201D}', '('])
                && (lead..lead + before).all(|t| u.toks[t].cap || u.has(t, CueKind::Title) || u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore) || u.info[t].mention.is_some() || counted(t)))
    };
    if let Some(i) = (0..u.ments.len()).rev().find(|&i| !u.in_quote(u.ments[i].s) && matches!(u.actor(i).kind, ActorKind::Organization | ActorKind::Igo)) {
        // (with the titles right after it: "a UN Panel of Experts" is what "the panel" later
        // refers to)
        let mut sp = u.speaker_of(i);
        let (ms, me) = (u.ments[i].s, u.ments[i].e);
        let mut end = me;
        let mut t = u.tok_at(me);
        while t < u.toks.len() && u.has(t, CueKind::Title) && u.text[end..u.toks[t].s].chars().all(char::is_whitespace) {
            end = u.toks[t].e;
            t += 1;
        }
        if end > me {
            sp.surface = u.text[ms..end].to_string();
        }
        hist.bodies.push((unit, sp));
        if hist.bodies.len() > 256 {
            hist.bodies.drain(..128);
        }
    }
    // an international body and a collective title after it in the unit: what "the panel"
    // stands for from here on
    if let Some(i) = (0..u.ments.len()).find(|&i| !u.in_quote(u.ments[i].s) && u.actor(i).kind == ActorKind::Igo) {
        let from = u.tok_at(u.ments[i].e);
        if let Some(t) = (from..u.toks.len()).find(|&t| u.word_in(t, &u.g.collective_titles) && !u.in_quote(u.toks[t].s)) {
            let w = u.word(t);
            hist.collectives.retain(|(x, _)| *x != w);
            hist.collectives.push((w, u.speaker_of(i)));
        }
    }
    // (a gathering is no subject: "Asked at the BRICS summit in Kazan that month ...")
    let opening = |lead: usize| {
        let i = u.ments.iter().position(|m| lead == 0 || m.s >= u.toks[lead].s)?;
        (!u.event_named(i) && subject_at(&u.ments[i], lead)).then_some(i)
    };
    if let Some(f0) = (framed > 0).then(|| opening(framed)).flatten().or_else(|| opening(lead)) {
        let m = &u.ments[f0];
        // (the person a state's office names: "Presiden Ukraina Volodymyr Zelensky")
        // (or after the office: "Wagner's founder, Yevgeny Prigozhin, was ...", "Kremlin
        // spokesman Dmitry Peskov was ...")
        // (or after the office and the body it is posted to: "Wakil Duta Besar Rusia untuk PBB
        // Dmitry Polyanskiy berada di barisan yang sama", "Russia's deputy UN ambassador Dmitry
        // Polyanskiy took the same line")
        let titled = |j: usize| {
            let n = &u.ments[j];
            let gap = &u.text[m.e..n.s];
            let (a, b) = (u.tok_at(m.e), u.tok_at(n.s));
            let posted = |t: usize| j > f0 + 1 && (u.info[t].mention.is_some() || u.word_in(t, &u.g.office_place_prepositions) || u.word_in(t, &u.g.office_of));
            gap.matches(',').count() <= 1
                && (!gap.contains(',') || gap.trim_end().ends_with(','))
                && !gap.contains(['.', ';', ':', '"', '(', '\u{201C}', '\u{201D}'])
                && ((a..b).any(|t| u.has(t, CueKind::Title)) || j > f0 + 1 && (0..u.tok_at(m.s)).any(|t| u.has(t, CueKind::Title)))
                && (a..b).all(|t| u.has(t, CueKind::Title) || u.has(t, CueKind::DefBefore) || u.has(t, CueKind::Determiner) || &u.text[u.toks[t].s..u.toks[t].e] == "s" || posted(t))
        };
        let si = (f0 + 1..u.ments.len().min(f0 + 3))
            .find(|&j| u.rules.actors[u.ments[j].actor].kind == ActorKind::Person && (j == f0 + 1 && u.text[m.e..u.ments[j].s].trim().is_empty() || titled(j)))
            .unwrap_or(f0);
        let (m, a) = (&u.ments[si], u.actor(si));
        if a.kind != ActorKind::Media {
            // (the office's state or body before the person speaks for it, as in `resolve`:
            // "Nato secretary general Jens Stoltenberg was blunter." ... "he said")
            let mut spk = u.speaker_of(si);
            if si > f0 && matches!(u.actor(f0).kind, ActorKind::State | ActorKind::Igo) {
                if let Some(k) = u.speaker_of(f0).country {
                    spk.country = Some(k);
                }
            }
            hist.subjects.push((unit, spk));
            // a person, or a state's office named after it ("Japan's Chief Cabinet Secretary")
            // (or before it, after a fronted frame: "Di DK PBB, Duta Besar Ukraina ...")
            let mi = u.tok_at(m.s);
            let titled = (mi..u.toks.len().min(mi + 6)).any(|t| u.has(t, CueKind::Title)) || (framed > 0 && (framed..mi).any(|t| u.has(t, CueKind::Title)));
            if a.kind == ActorKind::Person || titled {
                hist.personal.push(unit);
            }
            if a.kind == ActorKind::Person {
                hist.persons.push(unit);
            }
            if hist.subjects.len() > 256 {
                hist.subjects.drain(..128);
                hist.personal.retain(|&x| x + 256 >= unit);
                hist.persons.retain(|&x| x + 256 >= unit);
            }
        }
    }
    let mut out: Vec<Stmt> = Vec::new();
    let mut modes: Vec<Mode> = Vec::new();
    let mut fronted: Option<usize> = None;
    let mut boundary = u.s;
    for h in u.hits.iter() {
        let Some(kind) = h.speech() else { continue };
        if u.in_quote(h.s) || u.ments.iter().any(|m| m.s < h.e && h.s < m.e) {
            continue;
        }
        // (a speech word that is also a holder's noun is the noun before an agent's
        // preposition: "dismissed South Korean intelligence reports of North Korean troops as
        // fake", "claims by Washington")
        let next = u.tok_at(h.e);
        if h.cue(CueKind::HolderNoun) && next < u.toks.len() && next > 0 && u.soft_gap(next - 1, next) && u.word_in(next, &u.g.agent_prepositions) {
            continue;
        }
        let cue = u.text[h.s..h.e].to_string();
        // "the foreign ministers of nearly 50 countries, among them South Korea and Japan, together
        // with the EU's foreign policy chief Josep Borrell, issued a joint statement condemning
        // ...": every state or body named before a joint statement's cue signs it
        let signers = joint_signers(u, h);
        let mut np: Option<Np> = None;
        let spk: Option<(Spk, bool)>;
        let mode;
        // the cue's subject is a relative pronoun after an actor (see `relative_subject`)
        let mut relative = false;
        // the states listed before a subject that names none (see `listed_subject`)
        let mut listed_pre: Vec<usize> = Vec::new();
        // the question that opens the unit before the speaker, once looked up (`question_frame`)
        let mut qframe = None;
        // a verb's participle ("dismissing", "denying"), as its form, not a listed word
        let participle = u.g.participle_endings.ends(&cue);
        // (a stance verb's participle right after a comma with no subject of its own speaks
        // for the clause's subject, as a speech participle does: "North Korea's delegation
        // went further, dismissing the reports as rumors")
        let comma_participle = participle && matches!(kind, CueKind::DenyVerb | CueKind::HedgeVerb) && u.text[u.s..h.s].trim_end().ends_with(',') && u.np_before(h.s).is_none();
        // (or right after a statement's noun: "issued a statement saying", "released a
        // statement denying that ...")
        let after_statement = participle && {
            let ti = u.tok_at(h.s);
            ti > 0 && u.word_in(ti - 1, &u.g.statement_nouns) && u.soft_gap(ti - 1, ti)
        };
        match kind {
            _ if u.g.participle_speech.has(&cue) || comma_participle || after_statement => {
                // "South Korea's spy agency raised the alarm on Friday, saying ...": a speech
                // participle after a comma speaks for the clause's subject, when the clause has
                // no speech verb of its own (else that verb's statement already holds it);
                // anywhere else the participle is no cue
                let after_comma = u.text[u.s..h.s].trim_end().ends_with(',') || after_statement;
                // (an honorific may open the subject: "Mr Zelensky has been less cautious, accusing")
                let t0 = u.tok_at(u.s);
                let from = if t0 + 1 < u.toks.len() && u.has(t0, CueKind::NoName) && u.toks[t0].cap { u.toks[t0 + 1].s } else { u.s };
                // (when the clause's subject names no actor, the subject of a subordinate clause
                // before the comma does: "The acknowledgment came two days after Russia's chief of
                // general staff ... credited the troops, saying")
                let ti = u.tok_at(h.s);
                let sub = || {
                    (u.tok_at(u.s)..ti)
                        .rev()
                        .find(|&t| u.word_in(t, &u.g.subordinators) && !u.in_quote(u.toks[t].s))
                        .and_then(|t| u.np_after(u.toks[t].e))
                        .filter(|n| n.last < ti && u.names_actor(n))
                };
                // (or after a fronted frame: "In November, Foreign Ministry spokeswoman Maria
                // Zakharova had gone further, calling ...")
                let fronted_subject = || {
                    let c = u.s + u.text[u.s..h.s].find(',')?;
                    (u.text[u.s..c].split_whitespace().count() <= 5).then(|| u.np_after(c + 1)).flatten().filter(|n| n.last < ti && u.names_actor(n))
                };
                let Some(n) = u.np_after(from).filter(|n| u.names_actor(n)).or_else(fronted_subject).or_else(sub).filter(|_| after_comma) else { continue };
                let from = u.toks[n.last].e;
                if u.hits.iter().any(|x| x.s >= from && x.e <= h.s && x.speech().is_some()) || out.iter().any(|st| st.at >= u.s && st.at < h.s) {
                    continue;
                }
                spk = resolve(u, &n, hist, unit);
                np = Some(n);
                mode = Mode::Pre;
            }
            CueKind::PronounForm => {
                spk = hist.last_within(unit, 4).cloned().map(|s| (s, true));
                mode = Mode::Post;
            }
            CueKind::Inverted => {
                if !closing(u.prev_char(h.s)) {
                    continue;
                }
                np = u.np_after(h.e);
                spk = match &np {
                    Some(n) => resolve(u, n, hist, unit),
                    // an inverted cue with its own pronoun clitic ("..., tambahnya."): the
                    // last speaker goes on, as for a listed pronoun form
                    None if u.g.pronoun_clitics.iter().any(|c| u.text[h.s..h.e].to_lowercase().ends_with(c)) => hist.last_within(unit, 4).cloned().map(|s| (s, true)),
                    None => None,
                };
                mode = Mode::Post;
            }
            CueKind::According => {
                np = u.np_after(h.e);
                let mut found = np.as_ref().and_then(|n| resolve(u, n, hist, unit));
                // (the source's own words before it: "menurut perkiraan Korea Selatan",
                // "according to estimates by South Korea": up to three plain lower-case
                // words, then an actor's mention)
                if found.is_none() {
                    let t0 = u.tok_at(h.e);
                    let named = (t0..(t0 + 3).min(u.toks.len())).find(|&t| u.info[t].mention.is_some_and(|mi| u.ments[mi].s == u.toks[t].s));
                    let plain = |k: usize| {
                        !u.toks[k].cap && u.info[k].mention.is_none() && !u.hits.iter().any(|x| x.s < u.toks[k].e && x.e > u.toks[k].s && x.pays.iter().any(|p| matches!(p, Pay::Term(..))))
                    };
                    let spaced = u.text[h.e..].starts_with(char::is_whitespace);
                    if let Some(t) = named.filter(|&t| spaced && t > t0 && (t0..t).all(|k| plain(k) && u.soft_gap(k, k + 1))) {
                        let n2 = u.np_after(u.toks[t].s);
                        if let Some(sp2) = n2.as_ref().and_then(|n| resolve(u, n, hist, unit)) {
                            np = n2;
                            found = Some(sp2);
                        }
                    }
                }
                spk = found;
                mode = Mode::According;
            }
            CueKind::Passive => {
                // "belum dapat memverifikasi angka yang disampaikan Kostin": a relative clause
                // on the object of an earlier statement names where the object comes from; it
                // states nothing of its own
                // (but a comment on the claim after a comma speaks: "AS menuduh Korut memasok
                // peluru ke Rusia, tuduhan yang dibantah Moskow")
                let ti = u.tok_at(h.s);
                if !out.is_empty() && ti > 0 && u.word_in(ti - 1, &u.g.thing_relatives) && claim_comment(u, ti - 1).is_none() {
                    continue;
                }
                // (a correlative may open the agent before its marker: "dibantah baik oleh
                // Moskow maupun Pyongyang")
                let t = u.tok_at(h.e);
                let from = if t + 1 < u.toks.len() && u.word_in(t, &u.g.correlatives) && u.word_in(t + 1, &u.g.agent_markers) && u.soft_gap(t, t + 1) { u.toks[t + 1].e } else { h.e };
                np = u.np_after(from);
                spk = np.as_ref().and_then(|n| resolve(u, n, hist, unit));
                mode = Mode::Post;
            }
            _ => {
                // (a phrase right after an object preposition is that object, not the verb's
                // subject: "berkoordinasi erat dengan Washington untuk memantau ..."; unless an
                // event phrase holds it, "X dalam rapat dengan parlemen mengungkapkan", or the
                // verb is its participle, "with Kim Yo Jong dismissing such reports")
                // (a participle's subject may stand before its auxiliaries: "Moscow has been
                // denying the reports", "Russia is dismissing them")
                let subject_at = || {
                    let ti = u.tok_at(h.s);
                    let mut k = ti;
                    while participle && k > 0 && ti - k < 3 && u.word_in(k - 1, &u.g.auxiliaries) && u.soft_gap(k - 1, k) {
                        k -= 1;
                    }
                    if k < ti { u.toks[k].s } else { h.s }
                };
                let b = u
                    .np_before(h.s)
                    .or_else(|| u.np_before(subject_at()).filter(|_| participle))
                    .filter(|b| !(b.first > 0 && u.word_in(b.first - 1, &u.g.interview_prepositions) && u.soft_gap(b.first - 1, b.first) && event_head(u, b).is_none() && !participle))
                    // (a pronoun in a free relative is no phrase of its own: see `resolve`)
                    // (nor a personal pronoun after a comma, the subject of its own clause: "Asked
                    // at the BRICS summit in Kazan that month about ..., he replied")
                    .map(|b| if b.pronoun && b.first > 0 && (u.word_in(b.first - 1, &u.g.free_relatives) || (u.word_in(b.first, &u.g.personal_pronouns) && u.prev_char(u.toks[b.first].s) == Some(','))) { b } else { subject_head(u, b) })
                    .or_else(|| own_side_subject(u, h.s))
                    .or_else(|| appositive_subject(u, h.s));
                if let Some(b) = b {
                    let mut f = u.article_start(b.first);
                    // (the speaker phrase begins with the actors coordinated before it: "...,
                    // South Korean and Ukrainian officials have said")
                    // (and a list's earlier items after commas: "that Seoul, Washington and Kyiv say")
                    let mut joined = false;
                    while f >= 2 {
                        let conj = u.word_in(f - 1, &u.g.conjunctions) && u.soft_gap(f - 2, f - 1) && u.soft_gap(f - 1, f);
                        let comma = joined && u.text[u.toks[f - 1].e..u.toks[f].s].trim() == ",";
                        let k = if conj { f - 2 } else if comma { f - 1 } else { break };
                        let Some(mi) = u.info[k].mention else { break };
                        let g = u.article_start(u.tok_at(u.ments[mi].s));
                        if g > k {
                            break;
                        }
                        f = g;
                        joined = true;
                    }
                    let before = u.prev_char(u.toks[f].s);
                    // (not a cue whose content follows it: "was \"not in a position to confirm\"
                    // Ukrainian claims that ...")
                    let content_after = (u.tok_at(h.e).saturating_sub(1)..=u.tok_at(h.e)).any(|t| t < u.toks.len() && u.toks[t].s >= h.s && u.word_in(t, &u.g.complementizers));
                    let quoted = u.quote_before(u.toks[f].s).is_some() && !content_after;
                    // "..., South Korea's spy agency said Thursday, in what would be ...": a
                    // clause of content before, and only a time after the cue up to a comma
                    let content_before = f.saturating_sub(u.toks.partition_point(|t| t.s < u.s)) >= 6;
                    // (after a whole clause of content, a longer frame may follow: "...,
                    // Gerasimov said during a video meeting with President Putin on Saturday.")
                    let tail = u.short_tail(h.e) || (content_before && (u.time_before_comma(h.e) || u.tail_within(h.e, 14) || u.frame_before_comma(h.e, 8))) || (content_before && question_tail(u, h.e).is_some());
                    // (a subordinate clause with a statement of its own, all the unit has before
                    // the speaker's comma, frames the speaker's statement; it is not the speaker's
                    // content: "Ketika NIS mengungkap ..., Peskov menyebut ...", "When Seoul
                    // revealed ..., Peskov called ..."; but "If true, the reports are serious,
                    // Peskov said", and "Ketika ditanya soal X, Peskov enggan berkomentar" keeps
                    // its topic)
                    // (after a fronted time: "Earlier this month, after Ukrainian media reported
                    // ..., Peskov called ...")
                    let t0 = if lead > 0 && lead < f { lead } else { u.tok_at(u.s) };
                    let comma = u.toks[f].s;
                    let subordinate = t0 < f
                        && u.word_in(t0, &u.g.subordinators)
                        && u.text[u.toks[t0].s..comma].matches(',').count() == 1
                        && (u.hits.iter().any(|x| x.s >= u.s && x.e <= comma && x.speech().is_some())
                            || (t0 + 1..f.min(t0 + 3)).find(|&t| !u.has(t, CueKind::DefBefore)).is_some_and(|t| u.info[t].mention.is_some() || u.has(t, CueKind::Title)));
                    // (a fronted adverbial alone before the speaker is a frame, not content: "On
                    // Monday, a North Korean diplomat called them ...", "At a U.N. committee
                    // meeting on Monday, ...", "Di Seoul, seorang pejabat menyebut ...")
                    let frame_only = t0 < f && !quoted && {
                        let head = u.text[u.s..comma].trim_end();
                        let mut body = head.strip_suffix(',').unwrap_or(",");
                        // (a date set off at its end: "Dalam sidang Komite Pertama di New York,
                        // Senin (21/10), delegasi Korut menyebut ...")
                        if let Some(i) = body.rfind(',') {
                            let (a, b) = (u.tok_at(u.s + i + 1), u.tok_at(u.s + body.len()));
                            if a < b && (a..b).all(|t| u.info[t].date || u.is_time_word(t)) {
                                body = &body[..i];
                            }
                        }
                        // (several fronted adverbials, each opening with a preposition or a
                        // time: "Days later, at a meeting of U.S. and South Korean foreign and
                        // defense ministers in Washington on October 31, ...")
                        let pieces: Vec<usize> = std::iter::once(0).chain(body.match_indices(',').map(|(i, _)| i + 1)).collect();
                        !body.contains([';', '"', '\u{201C}', '\u{201D}'])
                            && pieces.len() <= 3
                            && body.split_whitespace().count() <= if pieces.len() == 1 { 20 } else { 28 }
                            && u.frames_at(t0)
                            && pieces[1..].iter().all(|&i| u.frames_at(u.tok_at(u.s + i)))
                            && !u.hits.iter().any(|x| x.s >= u.s && x.e <= u.s + body.len() && (x.speech().is_some() || x.names_claim()))
                    };
                    // (a question before the speaker is the answer's topic: "When asked about
                    // the reports, Peskov said he had nothing to add")
                    if !quoted {
                        qframe = question_frame(u, u.toks[f].s);
                    }
                    // (an office set off before the name is the speaker's, not content: "Pyongyang's
                    // envoy to the United Nations, Kim Song, told a committee that ...")
                    // (also after a fronted time or place: "In October, North Korea's ambassador
                    // to the UN, Kim Song, denounced ...")
                    // (the frame is the sentence's, inside a unit of several)
                    let opens = |d: &Np| {
                        let at = u.toks[u.article_start(d.first)].s.min(u.toks[d.first].s);
                        let head = u.text[u.s..at].trim_end();
                        let from = head.rfind(['.', '!', '?']).map_or(0, |k| k + 1);
                        let (head, s0) = (head[from..].trim_start(), u.s + from);
                        let t1 = u.tok_at(s0);
                        at <= u.s + 2
                            || head.ends_with(',')
                                && head.matches(',').count() == 1
                                && head.split_whitespace().count() <= 6
                                && t1 < u.toks.len()
                                && u.frames_at(t1)
                    };
                    let office = || before == Some(',') && office_before(u, &b, hist, unit).is_some() && u.np_before(u.toks[b.first - 1].e).is_some_and(|d| opens(&d));
                    // (a quote opening right after the cue is its content, and what stands before
                    // the speaker a frame: "Ketika laporan ... mencuat, delegasi Korut menyebutnya
                    // \"rumor tidak berdasar\"")
                    let quote_follows = u.text[h.e..u.e].trim_start_matches(|c: char| c.is_whitespace() || c == ':').starts_with(['"', '\u{201C}']);
                    mode = if quoted || (closing(before) && u.toks[f].s > u.s && tail && !subordinate && !frame_only && qframe.is_none() && !office() && !(quote_follows && t0 < f && u.word_in(t0, &u.g.subordinators))) { Mode::Post } else { Mode::Pre };
                    spk = resolve(u, &b, hist, unit);
                    np = Some(b);
                } else if closing(u.prev_char(h.s))
                    // (a cue that ends in a complementizer is never inverted: ", claims that
                    // Moscow has rejected" is a noun and its relative clause)
                    && !u.tok_at(h.e).checked_sub(1).is_some_and(|t| u.word_in(t, &u.g.complementizers))
                    // (nor one whose actor owns the noun after it: ", calls US claim
                    // 'absurd'" is a second verb of the headline's subject)
                    && u.np_after(h.e).is_some_and(|n| {
                        let end = u.toks[n.last].e;
                        let owner = n.last + 1 < u.toks.len() && u.soft_gap(n.last, n.last + 1) && u.has(n.last + 1, CueKind::HolderNoun);
                        (u.short_tail(end) || u.time_before_comma(end) || u.appositive_tail(end)) && !owner
                    })
                {
                    // ", said the official." (short tail after the speaker)
                    np = u.np_after(h.e);
                    let mut found = np.as_ref().and_then(|n| resolve(u, n, hist, unit));
                    // (a name the lexicon does not know speaks for the state of its apposition:
                    // ", said Lee Jae-hoon, a spokesman for the South Korean foreign ministry.")
                    if let (Some(n), Some((sp, false))) = (np, found.as_mut()) {
                        let end = u.toks[n.last].e;
                        if sp.actor.is_none() && sp.country.is_none() && u.appositive_tail(end) {
                            sp.country = apposition_state(u, end);
                        }
                    }
                    spk = found;
                    mode = Mode::Post;
                } else if let Some(app) = u.text[u.s..u.before_fillers(h.s)].trim_end().strip_suffix(',').and_then(|head| {
                    // "Maria Zakharova, the ministry spokeswoman, said ...": an appositive before the cue;
                    // "Budanov, in an interview last week, said", "Stoltenberg, yang berdiri di
                    // sampingnya, menyebut": the actor before the parenthesis
                    let end = u.s + head.len();
                    // (a relay's object inside the parenthesis is no speaker: "Kementerian Luar
                    // Negeri Korut, dalam pernyataan yang dimuat KCNA pada Kamis, menyebut",
                    // "the ministry, in a statement carried by KCNA on Thursday, denied")
                    match u.np_before(end).filter(|a| !(a.first > 0 && u.has(a.first - 1, CueKind::Relay))) {
                        // (a relative clause set off by commas: "South Korea's foreign ministry,
                        // which hosted a briefing for diplomats on the report, said")
                        Some(app) => Some(relative_parenthesis_head(u, end).unwrap_or_else(|| subject_head(u, app))),
                        None => relative_parenthesis_head(u, end).or_else(|| {
                            let t = u.tok_at(end);
                            // (a relative clause on the head stays out: "Panel ahli PBB yang memantau
                            // sanksi terhadap Korea Utara, dalam laporan ..., menyimpulkan")
                            (t > 0)
                                .then(|| Np { first: t - 1, last: t - 1, pronoun: false, definite: false })
                                .and_then(|last| {
                                    // or a relative clause that ends at the comma ("Lawmaker
                                    // Lee Seong-kweun, who attended the briefing, said")
                                    parenthetical_head(u, &last).map(|head| relative_head(u, &head).unwrap_or(head)).or_else(|| relative_head(u, &last))
                                })
                                .or_else(|| name_before_apposition(u, end))
                        }),
                    }
                }) {
                    let own = resolve(u, &app, hist, unit);
                    // "Kim Yo Jong, the leader's influential sister, called ...": an apposition
                    // that names no actor leaves the word to the actor named before it
                    let mut chosen = (own, app);
                    if chosen.0.as_ref().is_none_or(|(x, _)| x.actor.is_none() && x.country.is_none()) {
                        let named = name_before_apposition(u, u.toks[app.last].e)
                            .and_then(|n| resolve(u, &n, hist, unit).filter(|(x, _)| x.actor.is_some()).map(|r| (n, r)));
                        if let Some((n, r)) = named {
                            chosen = (Some(r), n);
                        }
                    }
                    spk = chosen.0;
                    np = Some(chosen.1);
                    mode = Mode::Pre;
                } else if let Some(ante) = relative_subject(u, h.s) {
                    // "The NIS, which estimates that some 11,000 soldiers were sent, told ...",
                    // "Dmitry Peskov, who waved off reports of ...": the antecedent speaks
                    spk = resolve(u, &ante, hist, unit);
                    np = Some(ante);
                    mode = Mode::Pre;
                    relative = true;
                } else if let Some(prev) = out.iter().rev().find(|s| !s.holder) {
                    // "... dan mengatakan": the same speaker goes on
                    if after_conjunction(u, h.s) {
                        spk = prev.speaker.clone().map(|s| (s, prev.carried));
                        mode = Mode::Pre;
                    } else {
                        continue;
                    }
                } else if !signers.is_empty() {
                    // (a joint statement's signers are found below: "Japan joined the US and
                    // dozens of other countries in condemning ...")
                    spk = None;
                    mode = Mode::Pre;
                } else if let Some(list) = Some(listed_subject(u, h.s)).filter(|l| !l.is_empty()) {
                    spk = Some((u.speaker_of(list[0]), false));
                    listed_pre = list;
                    mode = Mode::Pre;
                } else if let Some(n) = Some(opening_subject_from(u)).and_then(|from| u.np_after(from).map(|n| (from, n))).and_then(|(from, n)| {
                    // "Pyongyang has never acknowledged supplying weapons to Russia and has
                    // dismissed such accusations": a coordinated cue whose first verb made no
                    // statement speaks for the actor that opens the unit (no clause break between)
                    // (also after a short fronted time, and for a personal pronoun, with a comma
                    // right before the conjunction: "On Sunday, he released a video ..., and
                    // wrote that")
                    let gap = u.text.get(u.toks[n.last].e..h.s)?;
                    let comma_and = gap.matches(',').count() == 1 && {
                        let c = u.tok_at(h.s);
                        c > 0 && u.text[..u.toks[c - 1].s].trim_end().ends_with(',')
                    };
                    let who = u.names_actor(&n) || n.pronoun && u.word_in(n.first, &u.g.personal_pronouns);
                    (u.toks[u.article_start(n.first)].s <= from + 1 && who && after_conjunction(u, h.s) && (!gap.contains(',') || comma_and) && !gap.contains([';', ':', '.', '"', '\u{201C}', '\u{201D}'])).then_some(n)
                }) {
                    spk = resolve(u, &n, hist, unit);
                    np = Some(n);
                    mode = Mode::Pre;
                } else {
                    if fronted.is_none() && h.s <= u.s + 2 {
                        fronted = Some(h.s);
                    }
                    continue;
                }
            }
        }
        let spk = if signers.is_empty() { spk } else { Some((u.speaker_of(signers[0]), false)) };
        let listed = listed_pre;
        let Some((speaker, carried)) = spk else { continue };
        // "AS dan Korsel menuding", "dibantah oleh Moskow dan Pyongyang": every actor of a
        // coordination speaks (not for a speaker carried from earlier text)
        let others: Vec<usize> = match &np {
            _ if !signers.is_empty() => signers[1..].to_vec(),
            _ if !listed.is_empty() => listed[1..].to_vec(),
            Some(n) if !carried && !n.pronoun && speaker.actor.is_some() => coordinated(u, n),
            _ => Vec::new(),
        };
        // "U.S. and NATO officials had said they could not confirm ...": a plural pronoun
        // that carries the last speaker on carries its coordination too
        let mut also: Vec<Spk> = Vec::new();
        // (and a dual reference its pair's other party)
        if let Some(n) = np.as_ref().filter(|n| carried && !n.pronoun && dual(u, n)) {
            also.extend(dual_pair(u, n, hist, unit).into_iter().flatten().skip(1));
        }
        if np.as_ref().is_some_and(|n| n.pronoun && carried && u.word_in(n.first, &u.g.plural_pronouns)) {
            if let (Some((gu, g)), Some((_, last))) = (&hist.group, hist.speakers.last()) {
                if unit.saturating_sub(*gu) <= 1 && *last == speaker {
                    also = g.clone();
                }
            }
        }
        let np_s = np.map(|n| u.toks[n.first].s);
        let np_e = np.map(|n| u.toks[n.last].e);
        // (a relative clause inside another statement's scope cuts it at its own cue)
        let anchor = if relative { h.s } else { np_s.map_or(h.s, |x| x.min(h.s)) };
        let mut ranges = Vec::new();
        // (a question after the cue that ends the unit: the topic of the content before it)
        let mut post_question = None;
        let mut direct = false;
        let mut at = h.s;
        match mode {
            Mode::Post => {
                let end = np_s.filter(|&x| x < h.s).unwrap_or(h.s);
                if let Some(q) = u.quote_before(end) {
                    // (a partial quote closing a reported clause is the end of that clause: "North
                    // Korea has sent Russia \"dozens of ballistic missiles\", Miller told reporters")
                    let from = boundary.min(q.0);
                    let pre = u.text[from..q.0].trim();
                    let clause = pre.split_whitespace().count() >= 2
                        && !pre.ends_with(['.', '!', '?', ':', ';', ',', '"', '\u{201C}', '\u{201D}'])
                        && !u.quotes.iter().any(|x| x.0 >= from && x.1 <= q.0)
                        && !u.hits.iter().any(|x| x.s >= from && x.e <= q.0 && x.speech().is_some());
                    let q = if clause { (from + (u.text[from..q.0].len() - u.text[from..q.0].trim_start().len()), q.1) } else { q };
                    ranges.push(q);
                    direct = true;
                    at = q.0;
                    let after = np_e.filter(|&x| x > h.e).unwrap_or(h.e);
                    let ti = u.tok_at(after);
                    // (past a time of the speech: "Tykhyi said Monday, adding that ...")
                    let (mut timed, mut tj) = (after, ti);
                    while tj < u.toks.len() && u.is_time_word(tj) && u.text[timed..u.toks[tj].s].trim().is_empty() {
                        timed = u.toks[tj].e;
                        tj += 1;
                    }
                    let (after, ti) = if tj > ti && tj < u.toks.len() && u.text[timed..u.toks[tj].s].trim() == "," && u.word_in(tj, &u.g.participle_speech) { (timed, tj) } else { (after, ti) };
                    if ti < u.toks.len() && u.word_in(ti, &u.g.topic_prepositions) {
                        ranges.push((u.toks[ti].s, u.e));
                    } else if ti < u.toks.len() && u.text[after..u.toks[ti].s].trim() == "," && u.word_in(ti, &u.g.participle_speech) {
                        // "\"...,\" Peskov said, adding that he had nothing to add on the
                        // troops": the participle goes on with the same speaker
                        ranges.push((u.toks[ti].s, clause_end(u, u.toks[ti].s)));
                    }
                } else {
                    let st = boundary.min(end);
                    ranges.push((st, end));
                    at = st;
                    if let Some(q) = question_tail(u, np_e.unwrap_or(h.e).max(h.e)) {
                        ranges.push(q);
                        post_question = Some(q);
                    }
                    // a passive goes on after its agent: "X has been accused by Seoul of
                    // supplying ...", "Korut dituduh oleh AS memasok ..."
                    if kind == CueKind::Passive {
                        let after = others.iter().map(|&i| u.ments[i].e).chain(np_e).max().unwrap_or(h.e).max(h.e);
                        let next = u.text[after..u.e].chars().find(|c| !c.is_whitespace());
                        if next.is_some_and(|c| !matches!(c, ',' | '.' | ';' | ':' | ')' | '"' | '\u{201d}')) {
                            ranges.push((after, clause_end(u, after)));
                        }
                    } else {
                        // a speech phrase set between commas inside a sentence whose subject alone
                        // comes before it: "Rusia, kata Lee, bisa saja memberikan ...", "Russia, he
                        // said, may provide ...": the sentence goes on after it
                        let after = np_e.unwrap_or(h.e).max(h.e);
                        let before = u.text[st..end].trim().trim_end_matches(',').trim_end();
                        let rest = u.text[after..u.e].trim_start();
                        if let Some(r) = rest.strip_prefix(',') {
                            let from = u.e - r.len();
                            if !before.is_empty()
                                && before.split_whitespace().count() <= 4
                                && !before.contains(['"', '\u{201C}', '\u{201D}', ',', ';'])
                                && r.split_whitespace().count() >= 3
                                && !u.time_before_comma(after + 1)
                            {
                                ranges.push((from, clause_end(u, from)));
                            }
                        }
                    }
                }
            }
            Mode::Pre if relative => {
                // (the relative clause ends at its closing comma: "..., which estimates that
                // some 11,000 soldiers were sent, told lawmakers ...")
                let end = u.text[h.e..u.e].match_indices(',').map(|(i, _)| h.e + i).find(|&c| u.text[c + 1..].starts_with(char::is_whitespace)).unwrap_or(u.e);
                ranges.push((h.s, end));
            }
            Mode::Pre => {
                // "..., which both Moscow and Pyongyang have denied": a relative clause speaks
                // about the clause before it
                let first = others.iter().map(|&i| u.ments[i].s).chain(np_s).min().unwrap_or(h.s);
                let antecedent = relative_antecedent(u, first);
                let object = antecedent.is_none().then(|| object_relative(u, first)).flatten();
                match antecedent {
                    // (the object a restrictive relative clause hangs on: "the shells that Seoul
                    // says it has shipped to Russia")
                    None if object.is_some() => {
                        let (os, oe) = object.unwrap_or_default();
                        ranges.push((os, oe));
                        ranges.push((h.s, u.e));
                        at = os;
                    }
                    Some(c) => {
                        ranges.push((u.s, c));
                        ranges.push((h.s, u.e));
                        at = u.s;
                    }
                    // (up to a comment on the claim: "..., klaim yang hingga kini tidak
                    // pernah dibuktikan", "..., claims that Moscow has rejected")
                    None => ranges.push((h.s, claim_apposition(u, h.e).or_else(|| other_speaker_clause(u, h.e)).or_else(|| contrast_clause(u, h.e)).unwrap_or(u.e))),
                }
            }
            Mode::According => {
                // (after the last party of a coordinated source: "menurut AS dan Korsel telah dikirim")
                let ne = others.iter().map(|&i| u.ments[i].e).chain(np_e).max().unwrap_or(h.e);
                // "Park menambahkan, menurut NIS, Korut telah mengirim ...", "Park said that,
                // according to the NIS, ...": right after another speaker's cue, the source
                // opens the content that follows it
                let gap = u.text[boundary.min(h.s)..h.s].trim_matches(|c: char| c.is_whitespace() || c == ',');
                // (also after the cue's addressee or time and a complementizer: "mengatakan
                // kepada wartawan bahwa menurut NIS", "told reporters that according to the NIS")
                let addressed = gap.split_whitespace().count() <= 4
                    && !gap.contains([',', ';', ':', '.', '"'])
                    && gap.rsplit(char::is_whitespace).next().is_some_and(|w| u.g.complementizers.has(w));
                let relayed = boundary > u.s && (gap.is_empty() || u.g.complementizers.has(gap) || addressed);
                if h.s <= u.s + 2 || relayed {
                    ranges.push((ne, u.e));
                } else if let Some((os, oe)) = object_relative(u, h.s) {
                    // (on the object of a restrictive relative clause: "peluru yang menurut
                    // Seoul telah dikirim ke Rusia")
                    ranges.push((os, oe));
                    ranges.push((ne, u.e));
                    at = os;
                } else if u.tok_at(h.s) > 0 && u.word_in(u.tok_at(h.s) - 1, &u.g.thing_relatives) && !u.text[ne..u.e].trim_start().starts_with(',') {
                    // (a relative clause the source opens speaks what follows the source:
                    // "hubungan militer kedua negara, yang menurut AS sudah mencakup pengiriman
                    // rudal balistik Korut", "ties which according to the US already include
                    // shipments of North Korean missiles")
                    ranges.push((ne, u.e));
                } else {
                    ranges.push((boundary.min(h.s), h.s));
                    at = boundary.min(h.s);
                    // (a source set off by commas inside the sentence speaks the whole of it:
                    // "Sebagai imbalannya, menurut NIS, Moskow kemungkinan akan memberikan
                    // ...", "Moscow, according to the NIS, is likely to provide ...")
                    let opened = u.text[..h.s].trim_end().ends_with(',');
                    let rest = u.text[ne..u.e].trim_start();
                    if opened && rest.starts_with(',') && rest[1..].split_whitespace().nth(1).is_some() {
                        ranges.push((u.e - rest.len() + 1, u.e));
                    }
                }
            }
        }
        let mut question = post_question;
        if let Some(f) = fronted.take() {
            ranges.insert(0, (f, anchor.max(f)));
            at = f;
        } else if mode == Mode::Pre && out.iter().all(|st| st.at < u.s) {
            // "Asked by reporters whether Russia would help North Korea build satellites, he
            // replied: ...", "When asked about the troops, Peskov said ...": the question that
            // opens the sentence is the topic of the answer
            if let Some(q) = qframe.or_else(|| question_frame(u, np_s.unwrap_or(h.s))).or_else(|| np_e.and_then(|e| question_aside(u, e, h.s))) {
                ranges.insert(0, q);
                at = q.0;
                question = Some(q);
            }
        }
        boundary = np_e.unwrap_or(h.e).max(h.e);
        let anchor = if direct { at.min(anchor) } else { anchor };
        // a speaker of no state relaying a source of one speaks for it: "\"...,\" Lee said,
        // citing the NIS", "ujar Lee mengutip lembaga itu"
        let mut speaker = speaker;
        if speaker.country.is_none() && speaker.actor.is_none() {
            let cited = if carried { None } else { cited_source(u, boundary, hist, unit) };
            if let Some(c) = cited.or_else(|| relayed_source(u, &ranges, hist, unit)) {
                speaker.country = Some(c);
            }
        }
        hist.speakers.push((unit, speaker.clone()));
        let main = Stmt {
            speaker: Some(speaker),
            cue,
            cue_kind: Some(kind),
            cue_span: Some((h.s, h.e)),
            ranges,
            direct,
            quotes: Vec::new(),
            via: Vec::new(),
            holder: false,
            carried,
            at,
            anchor,
            pre: mode != Mode::Post,
            question,
        };
        also.extend(others.iter().map(|&i| u.speaker_of(i)));
        for sp in &also {
            out.push(Stmt { speaker: Some(sp.clone()), ..main.clone() });
            modes.push(mode);
        }
        hist.group = (!also.is_empty()).then(|| (unit, also));
        out.push(main);
        modes.push(mode);
    }
    // a statement right after a speech cue is its object, a claim held, not a second
    // statement: "Zakharova called [US claims that ...] unsubstantiated", "menyebut [tuduhan
    // AS bahwa ...] tidak berdasar". The held claim asserts; the outer scope goes on.
    for i in 0..out.len() {
        let Some((cs, ce)) = out[i].cue_span else { continue };
        let outer = out[i].cue_kind == Some(CueKind::DenyVerb) || u.g.naming_verbs.has(&u.text[cs..ce]);
        if !out[i].pre || !outer {
            continue;
        }
        for st in out[i + 1..].iter_mut() {
            let a = st.anchor;
            let gap = u.text.get(ce..a).unwrap_or("x");
            if a >= ce && st.pre && st.cue_kind == Some(CueKind::AssertVerb) && !st.direct && gap.split_whitespace().count() <= 1 && !gap.contains([',', ';', ':', '"', '\u{201c}']) {
                // nothing between, or only a holder noun: "menyebut tuduhan AS bahwa"
                let noun = u.hits.iter().any(|h| h.s >= ce && h.e <= a && (h.cue(CueKind::ClaimRef) || h.cue(CueKind::DefBefore) || h.cue(CueKind::HolderNoun)));
                if gap.trim().is_empty() || noun {
                    st.holder = true;
                }
            }
        }
    }
    // cut pre-content scopes at the next statement
    for i in 0..out.len() {
        if !out[i].pre || out[i].cue_kind == Some(CueKind::DenyVerb) {
            continue;
        }
        // (the parties of one coordinated subject share their cue and never cut each other)
        let next = out[i + 1..].iter().filter(|s| !s.holder && s.anchor > out[i].at && (s.cue_span.is_none() || s.cue_span != out[i].cue_span)).min_by_key(|s| s.anchor);
        if let Some((n, inner)) = next.map(|s| (s.anchor, s.ranges.last().map(|r| r.1))) {
            let mut rest = None;
            if let Some(last) = out[i].ranges.last_mut() {
                // (a relative clause on an actor inside the scope is cut out of it, and the
                // scope goes on after it: "Seoul accused Pyongyang, which has long denied it,
                // of shipping shells")
                if let Some(e2) = inner.filter(|&e2| e2 > n && e2 < last.1 && u.text[e2..last.1].starts_with(',')) {
                    rest = Some((e2 + 1, last.1));
                }
                last.1 = last.1.min(n).max(last.0);
            }
            out[i].ranges.extend(rest);
        }
    }
    // quotes: inside a scope, or standalone (carried speaker)
    for &q in &u.quotes {
        let mut covered = false;
        for st in out.iter_mut() {
            if st.ranges.iter().any(|r| q.0 + 2 >= r.0 && q.0 < r.1.max(r.0 + 1)) {
                covered = true;
                if !st.direct {
                    st.quotes.push(q);
                }
            }
        }
        if !covered && q.0 >= u.s {
            let here = out.iter().rev().find(|st| !st.holder && st.at <= q.0).and_then(|st| st.speaker.clone());
            if let Some(sp) = here.or_else(|| hist.last_within(unit, 2).cloned()) {
                hist.speakers.push((unit, sp.clone()));
                out.push(Stmt {
                    speaker: Some(sp),
                    cue: String::new(),
                    cue_kind: None,
                    cue_span: None,
                    ranges: vec![q],
                    direct: true,
                    quotes: Vec::new(),
                    via: Vec::new(),
                    holder: false,
                    carried: true,
                    at: q.0,
                    anchor: q.0,
                    pre: false,
                    question: None,
                });
            }
        }
    }
    // relays
    let mut via: Vec<String> = Vec::new();
    for h in &u.hits {
        if !h.cue(CueKind::Relay) || u.in_quote(h.s) {
            continue;
        }
        if let Some(np) = u.np_after(h.e) {
            let (s, e) = (u.toks[np.first].s, u.toks[np.last].e);
            let m = u.ments.iter().find(|m| m.s >= s && m.e <= e);
            let name = match m {
                Some(m) => u.rules.actors[m.actor].id.clone(),
                None => u.np_text(&np).to_string(),
            };
            // a relay is never the speaker
            out.retain(|st| st.speaker.as_ref().is_none_or(|sp| sp.surface != u.np_text(&np)) || st.direct);
            if !via.contains(&name) {
                via.push(name);
            }
        }
    }
    for &a in &u.relays {
        let name = u.rules.actors[a].id.clone();
        if !via.contains(&name) {
            via.push(name);
        }
    }
    let relay_country = via.iter().find_map(|v| {
        u.rules.actors.iter().find(|a| a.id == *v && a.kind == ActorKind::Media).and_then(|a| a.country.clone())
    });
    if let Some(c) = &relay_country {
        for st in out.iter_mut() {
            if let Some(sp) = st.speaker.as_mut() {
                if sp.actor.is_none() && sp.country.is_none() && !st.carried {
                    sp.country = Some(c.clone());
                }
            }
        }
    }
    // media speaking next to another speaker are relays
    let has_other = out.iter().any(|st| st.speaker.as_ref().is_some_and(|sp| !sp.media && sp.country.is_some()));
    if has_other {
        let mut keep = Vec::new();
        for st in out.drain(..) {
            match &st.speaker {
                Some(sp) if sp.media && !st.direct => {
                    let name = sp.actor.map(|a| u.rules.actors[a].id.clone()).unwrap_or_else(|| sp.surface.clone());
                    if !via.contains(&name) {
                        via.push(name);
                    }
                }
                _ => keep.push(st),
            }
        }
        out = keep;
    }
    // "Air force spokesman Yurii Ihnat said investigators could not yet confirm ...": a
    // speaker the lexicon does not place, named inside what a state's speaker says, speaks for
    // that state (not a first person, whom a transcript turn may name)
    let owners: Vec<((usize, usize), Option<String>)> = out
        .iter()
        .filter(|o| !o.direct)
        .filter_map(|o| o.speaker.as_ref().filter(|x| x.country.is_some() && !x.media).map(|x| (o.ranges.first().copied().unwrap_or((0, 0)), x.country.clone())))
        .collect();
    for st in out.iter_mut().filter(|s| !s.carried) {
        let anchor = st.anchor;
        if let Some(sp) = st.speaker.as_mut().filter(|x| x.actor.is_none() && x.country.is_none() && !x.media && !u.first_person(&x.surface)) {
            if let Some((_, k)) = owners.iter().find(|(r, _)| r.0 < anchor && anchor <= r.1) {
                sp.country = k.clone();
            }
        }
    }
    for st in out.iter_mut() {
        st.via = via.clone();
    }
    if hist.speakers.len() > 256 {
        hist.speakers.drain(..128);
    }
    // holders (not a noun inside a speaker's own phrase: "Ukraine's military intelligence said")
    // (a snapshot: holders are pushed to `out` below)
    let speaker_phrases: Vec<(usize, usize)> =
        out.iter().filter(|st| st.pre && !st.holder).filter_map(|st| st.cue_span.map(|(cs, _)| (st.anchor, cs))).collect();
    for h in &u.hits {
        if !h.cue(CueKind::HolderNoun) || speaker_phrases.iter().any(|&(a, c)| a <= h.s && h.e <= c) {
            continue;
        }
        let ti = u.tok_at(h.e);
        let mut holder: Option<usize> = None;
        // after: "klaim (semua) AS", "accusations by Washington"
        let mut j = ti;
        let mut steps = 0;
        // (a language that writes the owner before the noun, "Washington's claims", names one
        // after it only with an agent marker: in "claims Moscow had bought North Korean
        // weapons" Moscow is the subject of what is claimed)
        let mut marked = u.g.possessive_endings.is_empty();
        while j < u.toks.len() && steps < 3 {
            if let Some(mi) = u.info[j].mention.filter(|_| marked) {
                // not the subject of a speech verb right after it ("claims Pyongyang and
                // Moscow have rejected": they reject the claims, they do not hold them)
                let m = u.ments[mi];
                // (a verb after a conjunction goes with the sentence's subject: "belum dapat
                // mengonfirmasi laporan intelijen Korsel tersebut dan masih mendalaminya")
                let subject = u.hits.iter().any(|c| {
                    c.speech().is_some()
                        && c.s >= m.e
                        && u.text.get(m.e..c.s).is_some_and(|g| {
                            !g.contains([',', '.', ';', ':', '"']) && g.split_whitespace().count() <= 4 && !g.split_whitespace().any(|w| u.g.conjunctions.has(w))
                        })
                });
                if !subject {
                    holder = Some(mi);
                }
                break;
            }
            if !(u.has(j, CueKind::Determiner) || u.word_in(j, &u.g.agent_markers)) {
                break;
            }
            marked |= !u.has(j, CueKind::Determiner);
            j += 1;
            steps += 1;
        }
        // before: "US claims", "Washington's accusations"
        if holder.is_none() {
            let hi = u.tok_at(h.s);
            let mut k = hi;
            let mut steps = 0;
            while k > 0 && steps < 2 {
                k -= 1;
                if let Some(mi) = u.info[k].mention {
                    // "US claims", "Washington's accusations"; not across a clause break
                    // ("Menurut Peskov, laporan ...", nor a sentence's end: "... dengan Rusia.
                    // Laporan media Jepang ...")
                    // (an abbreviation's own period is none: "U.S. claims")
                    let gap = &u.text[u.toks[k].e..u.toks[hi].s.max(u.toks[k].e)];
                    let m = u.ments[mi];
                    let gap = if u.text[m.s..m.e].contains('.') { gap.strip_prefix('.').unwrap_or(gap) } else { gap };
                    let broken = gap.contains([',', ';', ':', '.', '!', '?', '"', '\u{201C}', '\u{201D}']);
                    // (nor the name closing a compound joined by hyphens to a lower-case word:
                    // "arms-to-Russia claims" are claims about Russia, not Russia's)
                    let ms = u.tok_at(m.s);
                    let compound = ms > 0 && &u.text[u.toks[ms - 1].e..u.toks[ms].s] == "-" && !u.toks[ms - 1].cap;
                    if (u.soft_gap(k, k + 1) || k + 1 == hi) && !broken && !compound {
                        holder = Some(mi);
                    }
                    break;
                }
                if !u.word_in(k, &u.g.possessive_endings) {
                    break;
                }
                steps += 1;
            }
        }
        let Some(mi) = holder else { continue };
        let a = &u.rules.actors[u.ments[mi].actor];
        let Some(country) = a.country_at(u.date).map(str::to_string) else { continue };
        let m = u.ments[mi];
        // (what is held ends before a conjunction and the sentence's next speech verb:
        // "membantah klaim Moskow bahwa Kursk telah direbut dan menyebut operasi pasukannya
        // masih berlangsung")
        let end = u.next_speech_clause(h.e, u.e).unwrap_or(u.e);
        out.push(Stmt {
            speaker: Some(Spk { surface: u.text[m.s..m.e].to_string(), actor: Some(m.actor), country: Some(country), media: a.kind == ActorKind::Media }),
            cue: u.text[h.s..h.e].to_string(),
            cue_kind: None,
            cue_span: None,
            ranges: vec![(h.s, end)],
            direct: false,
            quotes: Vec::new(),
            via: Vec::new(),
            holder: true,
            carried: false,
            at: h.s,
            anchor: h.s,
            pre: true,
            question: None,
        });
    }
    out
}

/// Spans of direct quotes in a document: `“...”`, `"..."`; single quotes are treated as
/// nested or scare quotes. An unclosed straight quote ends at the line end, an unclosed
/// curly one at a blank line; quotes longer than 3000 bytes are ignored.
pub fn find_quotes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None; // (start, curly)
    // Only `"`, a newline and the lead byte of the curly quotes (U+201C..U+201E) can
    // change the state, so the scan jumps between them.
    for i in memchr::memchr3_iter(b'"', b'\n', 0xE2, text.as_bytes()) {
        // the 3000-byte limit, checked where the state is next consulted
        if open.is_some_and(|(s, _)| i - s > 3000) {
            open = None;
        }
        let Some(c) = text[i..].chars().next() else { break };
        match c {
            '\u{201C}' | '\u{201E}' => open = Some((i, true)),
            '\u{201D}' => {
                if let Some((s, _)) = open.take() {
                    out.push((s, i + c.len_utf8()));
                }
            }
            '"' => match open.take() {
                Some((s, _)) => out.push((s, i + 1)),
                None => open = Some((i, false)),
            },
            '\n' => {
                if let Some((s, curly)) = open {
                    if !curly || text[s..=i].contains("\n\n") {
                        open = None;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A quote long enough to be a statement (four words or more), not a scare quote.
pub fn is_statement_quote(text: &str, q: (usize, usize)) -> bool {
    text[q.0..q.1].split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() >= 4
}

/// A turn of a transcript: a line that opens with an upper-case label and a colon
/// (`MR MILLER:`, `SECRETARY BLINKEN:`, `QUESTION:`).
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// Start of the label's line.
    pub line: usize,
    /// Start of the turn's content, after the label.
    pub content: usize,
    /// Who speaks; None for a turn of no speaker of the story (a question, a moderator).
    pub speaker: Option<Spk>,
}

/// The label at the start of the line at `ls`: its end (the colon) and the content's start.
/// A label is one to six words of capitals (`MR`, `JEAN-PIERRE`, `Q`) ending in a colon.
fn turn_label(text: &str, ls: usize) -> Option<(usize, usize, usize)> {
    let line = &text[ls..];
    let start = ls + (line.len() - line.trim_start_matches([' ', '\t']).len());
    let mut words = 0;
    let mut i = start;
    let b = text.as_bytes();
    loop {
        let ws = i;
        while i < b.len() && (b[i].is_ascii_uppercase() || matches!(b[i], b'.' | b'\'' | b'-')) {
            i += 1;
        }
        if i == ws || !text[ws..i].bytes().any(|c| c.is_ascii_uppercase()) {
            return None;
        }
        words += 1;
        match b.get(i) {
            Some(b':') if words <= 6 => {
                let rest = &text[i + 1..];
                let content = i + 1 + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
                return Some((start, i, content));
            }
            Some(b' ') if words < 6 => i += 1,
            _ => return None,
        }
    }
}

/// The turns of a transcript, in document order. A label names a person of the lexicon:
/// a mention inside it (`SECRETARY BLINKEN:`), or a person named elsewhere in the document
/// whose last name the label gives (`MR MILLER:` after "Matthew Miller, Department
/// Spokesperson"); after an honorific or title that names no one known (`MR PATEL:`), the
/// label itself speaks, for no country. A label listed in `turn_others` (`QUESTION:`) is a
/// turn of no speaker. Other capitals with a colon (`WASHINGTON:`, `NOTE:`) are no turns.
/// Empty unless at least two lines are turns: one label is no transcript.
pub fn turns(text: &str, found: &[Found], rules: &Rules, lang: &LangRules) -> Vec<Turn> {
    let kinds = |w: &str| -> Vec<CueKind> {
        let n = normalize(w, 0).text;
        let n = n.trim();
        lang.find(n)
            .into_iter()
            .filter(|&(s, e, _)| s == 0 && e == n.len())
            .flat_map(|(_, _, id)| {
                lang.pays(id)
                    .iter()
                    .filter_map(|p| if let Pay::Cue(k) = p { Some(*k) } else { None })
            })
            .collect()
    };
    let mut out = Vec::new();
    let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
    for ls in starts {
        let Some((s, e, content)) = turn_label(text, ls) else {
            continue;
        };
        let label = &text[s..e];
        if kinds(label).contains(&CueKind::TurnOther) {
            out.push(Turn {
                line: ls,
                content,
                speaker: None,
            });
            continue;
        }
        let person = |m: &Found| rules.actors[m.actor].kind == ActorKind::Person;
        let spk = |m: &Found| {
            let a = &rules.actors[m.actor];
            Spk {
                surface: text[m.s..m.e].to_string(),
                actor: Some(m.actor),
                country: a.country_at(None).map(str::to_string),
                media: false,
            }
        };
        if let Some(m) = found.iter().find(|m| m.s >= s && m.e <= e && person(m)) {
            out.push(Turn {
                line: ls,
                content,
                speaker: Some(spk(m)),
            });
            continue;
        }
        let words: Vec<&str> = label
            .split(' ')
            .map(|w| w.trim_matches(['.', '\'', '-']))
            .filter(|w| !w.is_empty())
            .collect();
        let honorific = |w: &str| {
            kinds(w)
                .iter()
                .any(|k| matches!(k, CueKind::NoName | CueKind::Title))
        };
        let Some(name) = words.iter().rev().find(|w| w.len() >= 3 && !honorific(w)) else {
            continue;
        };
        let known = found.iter().find(|m| {
            person(m)
                && text[m.s..m.e]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(name))
        });
        if let Some(m) = known {
            out.push(Turn {
                line: ls,
                content,
                speaker: Some(spk(m)),
            });
        } else if words.iter().any(|w| honorific(w)) {
            out.push(Turn {
                line: ls,
                content,
                speaker: Some(Spk {
                    surface: label.to_string(),
                    actor: None,
                    country: None,
                    media: false,
                }),
            });
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}
