//! The document loop: units, statements, claims, stances, dates; and the rows.
//!
//! Stance of a statement on a claim: deny (a deny cue in the scope, or a negator before
//! the claim's action) > hedge (an explicit uncertainty cue; weak ones like `mungkin` are
//! dropped when the same country asserts the claim elsewhere in the document) > assert.
//! A statement with a deny or hedge cue but no claim terms (`menyebut tuduhan itu sebagai
//! rumor`) takes the claim the same speaker's country last spoke about, else the claims of
//! the last few units. The writer only hedges (`dikabarkan`, `reportedly`), with no
//! speaker and no country.

use std::collections::HashMap;

use crate::clean::FxBuild;
use crate::extract::grammar::Grammar;
use crate::extract::claims::inside;
use crate::extract::attribution::{find_quotes, is_statement_quote, resolve, statements, turns, History, Spk, Stmt, Unit};
use crate::extract::mentions;
use crate::extract::rules::{CueKind, Pay, Rules, TermKind};
use crate::extract::text::floor_boundary;
use crate::extract::{DocInput, Extraction, Mention, Quote, Stance, StanceKind, MAX_UNIT_BYTES};
use crate::lexicon::ActorKind;
use crate::model::DateSpan;

/// How many units back a claim stays in context.
const CONTEXT_UNITS: usize = 4;

fn sentence_of(sents: &[(usize, usize)], pos: usize) -> usize {
    let i = sents.partition_point(|s| s.0 <= pos);
    i.saturating_sub(1)
}

/// Sanitized sentence spans: in bounds, on char boundaries, ordered, non-empty.
fn clean_sentences(text: &str, sents: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sents.len());
    let mut last = 0;
    for &(s, e) in sents {
        let s = floor_boundary(text, s.max(last));
        let e = floor_boundary(text, e.min(text.len()));
        out.push((s, e.max(s)));
        last = e.max(s);
    }
    if out.is_empty() && !text.is_empty() {
        out.push((0, text.len()));
    }
    out
}

struct Row {
    stance: Stance,
    weak: bool,
    unit: usize,
    own_date: bool,
    key: String,
    /// The speaker's lexicon actor, when known: statements of two different known
    /// actors never share a date, even when they speak for one state.
    actor: Option<usize>,
    /// Where the claim came from: `Some(true)` named in the statement's own words,
    /// `Some(false)` a denial or hedge whose claim came from the context ("rejected the
    /// allegations", "Pyongyang selama ini membantah", "NATO juga belum mengonfirmasi"),
    /// None otherwise.
    named: Option<bool>,
}

/// A statement whose own sentence has a date expression: (unit, speaker key, actor, date).
/// Every statement counts, also one that holds no stance ("Lavrov said on Tuesday that
/// ... . He added that the reports were fake").
type DatedStmt = (usize, String, Option<usize>, Option<DateSpan>);

/// A resolved date expression: byte span, interval, introduced by "since" (an event start).
type Resolved = (usize, usize, DateSpan, bool);

/// What a speaker (by country, else surface) has said so far in the document.
#[derive(Default)]
struct Spoken {
    /// Unit of its last claim.
    unit: usize,
    /// Its last claim.
    last: usize,
    /// Every claim it spoke on, in order.
    all: Vec<usize>,
}

pub fn run(doc: &DocInput, rules: &Rules) -> Extraction {
    let text = doc.text;
    let lang = rules.lang(doc.language);
    let sents = clean_sentences(text, doc.sentences);
    let sdate = |i: usize| doc.dates.sentence_dates.get(i).copied().flatten();
    let mut own = vec![false; sents.len()];
    let mut date_spans: Vec<(usize, usize)> = Vec::new();
    for (si, m) in &doc.dates.matches {
        if m.span.is_some() {
            if let Some(o) = own.get_mut(*si) {
                *o = true;
            }
        }
        if m.start <= m.end && m.end <= text.len() {
            date_spans.push((m.start, m.end));
        }
    }
    date_spans.sort();
    // resolved expressions with their intervals, by position
    let mut resolved: Vec<Resolved> = doc
        .dates
        .matches
        .iter()
        .filter_map(|(_, m)| m.span.filter(|_| m.start <= m.end && m.end <= text.len()).map(|sp| (m.start, m.end, sp, m.since)))
        .collect();
    resolved.sort_by_key(|r| (r.0, r.1));
    let anchor_day = doc.dates.anchor.map(DateSpan::day);

    // mentions
    let found = mentions::find(text, doc.language, rules);
    let mut ex = Extraction { mentions: Vec::with_capacity(found.len()), ..Default::default() };
    let turns = turns(text, &found, rules, lang);
    for m in &found {
        let si = sentence_of(&sents, m.s);
        let a = &rules.actors[m.actor];
        ex.mentions.push(Mention {
            sentence: si,
            start: m.s,
            end: m.e,
            actor_id: a.id.clone(),
            country: a.country_at(sdate(si).map(|d| d.start)).map(str::to_string),
            kind: a.kind.as_str(),
        });
    }

    // quotes and units
    let quotes: Vec<(usize, usize)> = find_quotes(text).into_iter().filter(|&q| is_statement_quote(text, q)).collect();
    let mut units: Vec<(usize, usize, usize)> = Vec::new(); // (first sentence, start, end)
    let mut i = 0;
    while i < sents.len() {
        let (s, mut e) = sents[i];
        let first = i;
        let mut j = i;
        loop {
            let qi = quotes.partition_point(|q| q.1 <= s);
            let spill = quotes[qi..].iter().take_while(|q| q.0 < e).any(|q| q.1 > e);
            if spill && j + 1 < sents.len() && j - first < 8 {
                j += 1;
                e = sents[j].1;
            } else {
                break;
            }
        }
        // a line break outside quotes always ends a unit (headlines, paragraphs)
        let mut piece = s;
        for (k, _) in text[s..e].match_indices('\n') {
            let cut = s + k;
            let qi = quotes.partition_point(|q| q.0 < cut);
            if qi > 0 && quotes[qi - 1].1 > cut {
                continue;
            }
            if !text[piece..cut].trim().is_empty() {
                units.push((sentence_of(&sents, piece), piece, cut));
            }
            piece = cut + 1;
        }
        if !text[piece..e].trim().is_empty() {
            units.push((sentence_of(&sents, piece).max(first), piece, e));
        }
        i = j + 1;
    }

    // A speaker's stance on a claim, with the statement's sentence, date and evidence.
    let said = |u: &Unit, st: &Stmt, sp: &Spk, claim: usize, stance: StanceKind, via: Vec<String>, cue: String, confidence: f32| {
        let (start, end) = evidence(u, st);
        let sentence = sentence_of(&sents, st.at);
        Stance {
            sentence,
            speaker_id: sp.actor.map(|a| rules.actors[a].id.clone()),
            speaker: sp.surface.clone(),
            country: sp.country.clone(),
            claim: rules.claims[claim].id.clone(),
            stance,
            date: sdate(sentence),
            event_date: None,
            via,
            cue,
            start,
            end,
            confidence,
        }
    };
    let mut hist = History::default();
    let mut ctx: Vec<(usize, usize)> = Vec::new(); // (unit, claim)
    // country (or surface) -> the unit of its last claim, that claim, every claim it spoke on
    let mut by_speaker: HashMap<String, Spoken, FxBuild> = HashMap::default();
    // the first claim of the document: what "the report" of a reaction usually is
    let mut lead: Option<usize> = None;
    let mut rows: Vec<Row> = Vec::new();
    let mut dated: Vec<DatedStmt> = Vec::new();
    // starts of the resolved expressions that lie only inside what a statement says (an
    // event's time, "diangkut ... pada 8-13 Oktober"): they do not move the story's time
    let mut told: Vec<usize> = Vec::new();
    // the last unit that puts a question to a speaker ("Putin ditanya wartawan apakah ...",
    // "Asked whether ..."): a quoted answer in the unit right after it is about its claim
    let mut asking: Option<(usize, Vec<usize>)> = None;
    // the last unit that spoke only of another transfer ("Russia was close to acquiring
    // missiles from Iran"): a reference right after it ("such reports") is to that transfer
    let mut other_transfer: Option<usize> = None;
    for (ui, &(first, us, ue_full)) in units.iter().enumerate() {
        let ue = floor_boundary(text, ue_full.min(us + MAX_UNIT_BYTES));
        if ue <= us {
            continue;
        }
        let m0 = found.partition_point(|m| m.s < us);
        let ments: Vec<_> = found[m0..].iter().take_while(|m| m.e <= ue).copied().collect();
        let q0 = quotes.partition_point(|q| q.1 <= us);
        let uq: Vec<(usize, usize)> = quotes[q0..]
            .iter()
            .take_while(|q| q.0 < ue)
            .filter(|q| q.1 > us)
            .map(|q| (q.0.max(us), q.1.min(ue)))
            .collect();
        let d0 = date_spans.partition_point(|d| d.0 < us);
        let uds: Vec<(usize, usize)> = date_spans[d0..].iter().take_while(|d| d.1 <= ue).copied().collect();
        let udate = sdate(first).map(|d| d.start);
        let u = Unit::new(text, rules, lang, us, ue, ments, uq, &uds, udate);
        let subhead = subheading(text, us, ue);
        let mut stmts = statements(&u, &mut hist, ui);
        // a transcript turn ("MR MILLER: We are not in a position to confirm them"): the
        // label's speaker says what no other speaker of the unit says, and is its "we"
        let turn = turns.iter().take_while(|t| t.line <= us).last();
        if let Some(t) = turn {
            if let Some(sp) = &t.speaker {
                for st in stmts.iter_mut().filter(|st| !st.holder) {
                    if st.speaker.as_ref().is_some_and(|x| x.actor.is_none() && x.country.is_none() && u.first_person(&x.surface)) {
                        st.speaker = Some(sp.clone());
                    }
                }
                if !stmts.iter().any(|st| !st.holder && st.speaker.is_some()) && t.content < ue {
                    stmts.push(Stmt::turn(sp.clone(), &text[t.line..t.content], t.content.max(us), ue));
                }
            }
        }
        // a person named in a dated sentence dates the statements next to it ("Pekan lalu,
        // Peskov menanggapi laporan itu. \"Ini berita palsu,\" ucap Peskov.")
        // (not a sentence whose every date names an event: "holding up debris from the Jan. 2
        // attack")
        let events_only = |si: usize| {
            sents.get(si).is_some_and(|&(ss, se)| {
                let mut here = resolved.iter().filter(|r| r.0 >= ss && r.1 <= se).peekable();
                here.peek().is_some() && here.all(|r| attributive_date(&u, r.0, r.1))
            })
        };
        for m in &u.ments {
            let a = &rules.actors[m.actor];
            let si = sentence_of(&sents, m.s);
            // (nor one cited as a source, "menurut Kirby", "according to Kirby": the sentence's
            // date is of what it reports, "Serangan berikutnya terjadi pada Selasa (2/1), ketika
            // menurut Kirby Rusia meluncurkan ...")
            let cited = || u.hits.iter().any(|h| h.cue(CueKind::According) && h.e <= m.s && u.text[h.e..m.s].split_whitespace().count() <= 3 && !u.text[h.e..m.s].contains([',', '.', '"']));
            if a.kind == ActorKind::Person && own.get(si).copied().unwrap_or(false) && !events_only(si) && !cited() {
                dated.push((ui, String::new(), Some(m.actor), sdate(si)));
            }
        }
        // a sentence that opens with the statement just made and its delivery dates the
        // statements of the unit before ("Korea Utara ... mengakui telah mengerahkan
        // tentaranya. Pengakuan itu disampaikan ... pada Senin, 28 April 2025"; "The statement
        // was carried by KCNA on Monday"): a single day, not after the article's
        let si = sentence_of(&sents, us);
        if ui > 0 && own.get(si).copied().unwrap_or(false) && recalls_statement(&u, us) {
            if let (Some(d), Some(a)) = (sdate(si), anchor_day) {
                if d.start == d.end && d.start <= a.start {
                    for r in rows.iter().filter(|r| r.unit + 1 == ui && !r.own_date && !r.key.is_empty() && !r.key.starts_with("holder:")) {
                        dated.push((ui, r.key.clone(), r.actor, Some(d)));
                    }
                }
            }
        }
        let question = (0..u.toks.len()).find(|&t| u.word_in(t, &u.g.question_openers));
        let asks = question.is_some();
        // the one asked ("Putin ditanya wartawan apakah ...") speaks next: a "jawabnya" after
        // the question is that person's
        if let Some(np) = question.and_then(|t| u.np_before(u.toks[t].s)) {
            if let Some((spk, _)) = resolve(&u, &np, &hist, ui).filter(|(sp, _)| sp.actor.is_some()) {
                hist.speakers.push((ui, spk));
            }
        }
        let mut unit_claims: Vec<usize> = Vec::new();
        let speech: Vec<&Stmt> = stmts.iter().filter(|s| !s.holder).collect();
        // speakers
        for st in &speech {
            let Some(sp) = &st.speaker else { continue };
            // the statement's sentence (as in its stance rows) and its date from its frame
            let si = sentence_of(&sents, st.at);
            let own_si = own.get(si).copied().unwrap_or(false);
            let frame = if own_si { sents.get(si).and_then(|&(ss, se)| frame_date(&u, st, &resolved, ss, se)) } else { None };
            // "At the time, the reports were also denied by ...", "Putin sendiri ketika itu
            // tidak menampik ...": a time pointing back, in a statement without a date of its
            // own, takes the last date given before it
            let then = if matches!(frame, Some(Some(_))) { None } else { then_date(&u, st, &resolved) };
            if frame == Some(None) {
                // (only one set apart from the cue by a comma, a quote or a complementizer, or
                // an event's start: "announced the capture on Saturday" may yet be the
                // statement's own time)
                if let (Some(&(ss, se)), Some((_, ce))) = (sents.get(si), st.cue_span) {
                    let apart = |r: &&Resolved| {
                        r.3 || (r.0 >= ce
                            && (u.text.get(ce..r.0).is_some_and(|g| g.contains([',', '"', '\u{201C}']))
                                || (u.tok_at(ce)..u.tok_at(r.0)).any(|t| u.word_in(t, &u.g.complementizers))))
                    };
                    told.extend(resolved.iter().filter(|r| r.0 >= ss && r.1 <= se).filter(apart).map(|r| r.0));
                }
            }
            if own_si && frame != Some(None) {
                let d = frame.flatten().or(sdate(si));
                dated.push((ui, sp.country.clone().unwrap_or_else(|| sp.surface.clone()), sp.actor, d));
            }
            let country = sp.country.as_deref();
            let found_claims = u.detect(&st.ranges, country);
            // "Iran has denied supplying Moscow with weapons": an action right after the cue is
            // the speaker's own, so a state that is no party of the claim speaks of another
            // transfer
            // (nor does the scope then name a claim of the context)
            let mut own_transfer = false;
            let found_claims: Vec<_> = match (st.cue_span, country) {
                (Some((_, ce)), Some(k)) => {
                    let next = u.tok_at(ce);
                    let at = (next < u.toks.len()).then(|| u.toks[next].s);
                    // (a gerund, `participle_endings`: "denied supplying", not "said the troops")
                    // (or a phrase that opens with one: "Tehran has denied arming Russia")
                    let gerund = |h: &crate::extract::rules::Hit| matches!(st.cue_kind, Some(CueKind::DenyVerb | CueKind::AssertVerb)) && u.text[h.s..h.e].split_whitespace().next().is_some_and(|w| u.g.participle_endings.ends(w));
                    own_transfer = at.is_some_and(|a| u.hits.iter().any(|h| h.s == a && gerund(h) && h.pays.iter().any(|p| matches!(p, Pay::Term(c, TermKind::Action | TermKind::Phrase) if !rules.claims[*c].party(k)))));
                    found_claims.into_iter().filter(|m| !(own_transfer && Some(m.pos) == at && !rules.claims[m.claim].party(k))).collect()
                }
                _ => found_claims,
            };
            let cues = scope_cues(&u, st);
            // "Pyongyang has never officially acknowledged sending troops": a negated assert
            // verb neither asserts nor denies what follows
            // (also when the negator is itself a deny word: "tidak pernah secara resmi mengakui")
            // (so does a negated reporting verb: KCNA "tidak menyebutkan rencana pengiriman
            // personel", "did not mention the troops": saying nothing is no denial)
            if matches!(st.cue_kind, Some(CueKind::AssertVerb | CueKind::Reporting)) && cues.hedge.is_none() && before_cue(&u, st, CueKind::Negator, 2) {
                let own_negator = |d: &String| st.cue_span.is_some_and(|(cs, _)| u.hits.iter().any(|h| h.e <= cs && h.cue(CueKind::Negator) && u.text[h.s..h.e] == *d));
                if cues.deny.as_ref().is_none_or(own_negator) {
                    continue;
                }
            }
            // "answered questions about the troops", "commented on the reports", "menjawab
            // pertanyaan soal pasukan Korut": a speech verb whose object is a question or a
            // topic says what the talk was about, not what the speaker said
            if st.cue_kind == Some(CueKind::Reporting) && !st.direct && cues.deny.is_none() && cues.hedge.is_none() && cues.assert.is_none() && topic_object(&u, st) {
                continue;
            }
            // (claim, negator, context penalty, key term offset)
            let mut claims: Vec<(usize, Option<String>, f32, Option<usize>)> = Vec::new();
            // (a claim's object or phrase joined by a conjunction to one of another claim
            // names both: "transfer senjata atau teknologi", "weapons or technology transfers")
            let joined = |c: usize, to: &[usize]| joined_objects(&u, &st.ranges, c, to);
            // claim words without their parties name a claim of the context; an explicit deny
            // or hedge ("enggan menjawab pertanyaan soal kesepakatan senjata") reaches further back
            let window = if cues.deny.is_some() || cues.hedge.is_some() { 2 * CONTEXT_UNITS } else { CONTEXT_UNITS };
            // a word of a claim found whole in the scope names that claim, not another one of
            // the context ("would reward Pyongyang with military technology, but had no firm
            // evidence of a transfer yet": the transfer is of technology, not of arms)
            let full_here: Vec<usize> = found_claims.iter().filter(|m| m.full).map(|m| m.claim).collect();
            let shared = |pos: usize| u.hits.iter().any(|h| h.s == pos && full_here.iter().any(|&c| h.pays.iter().any(|p| matches!(p, Pay::Term(x, _) if *x == c))));
            // (a claim word a demonstrative follows points further back: "mengecam transfer
            // rudal tersebut" after a paragraph on what Moscow gives in return)
            let demonstrative_after = |pos: usize| {
                let t = u.tok_at(pos);
                (t + 1..u.toks.len().min(t + 4)).take_while(|&k| u.soft_gap(k - 1, k)).any(|k| u.has(k, CueKind::DefAfter))
            };
            for m in &found_claims {
                if m.full {
                    claims.push((m.claim, m.negator.clone(), 0.0, Some(m.pos)));
                } else if shared(m.pos) || full_here.contains(&m.claim) {
                    // (nor a partial term of a claim the scope names whole: "were \"made in
                    // Pyongyang\" and that Seoul was deeply worried about ... their use")
                    continue;
                } else if ctx.iter().any(|&(x, c)| c == m.claim && ui - x <= if demonstrative_after(m.pos) { 3 * CONTEXT_UNITS } else { window }) {
                    claims.push((m.claim, m.negator.clone(), 0.1, Some(m.pos)));
                }
            }
            // (a claim named by its own phrase beside one the context confirms is named too:
            // "closely watching whether the summit would lead to arms transfers or military
            // technology cooperation" after a story on arms)
            if !claims.is_empty() && claims.iter().all(|c| c.2 > 0.0) {
                for m in &found_claims {
                    let phrase = u.hits.iter().any(|h| h.s == m.pos && h.term(m.claim, TermKind::Phrase));
                    if !m.full && phrase && !shared(m.pos) && !claims.iter().any(|c| c.0 == m.claim) {
                        claims.push((m.claim, m.negator.clone(), 0.1, Some(m.pos)));
                    }
                }
                let kept: Vec<usize> = claims.iter().map(|c| c.0).collect();
                for c in (0..rules.claims.len()).filter(|c| !kept.contains(c) && !full_here.contains(c)) {
                    if let Some(at) = joined(c, &kept) {
                        let negator = found_claims.iter().find(|m| m.claim == c).and_then(|m| m.negator.clone());
                        claims.push((c, negator, 0.1, Some(at)));
                    }
                }
            }
            // "NIS mengonfirmasi penangkapan tersebut", "confirmed the reports", "Hal itu
            // diungkapkan X": an assert verb or a passive about a claim named by reference takes
            // the claim from context, as a deny does
            // the scope refers back to a claim ("the report", "laporan tersebut", "the claims")
            // (or the same speaker's statement just before it in the unit does: "Japan was aware
            // of the reports and was gathering and analyzing information")
            let same_speaker = |o: &&&Stmt| o.at < st.at && !o.holder && o.speaker.as_ref().is_some_and(|x| x.surface == sp.surface && x.country == sp.country);
            // (so does a cue that is itself a reference: "made the same accusation",
            // "melontarkan tuduhan serupa")
            let refers_back = u.hits.iter().any(|h| {
                h.cue(CueKind::ClaimRef)
                    && (inside(&st.ranges, h.s, h.e)
                        || st.cue_span == Some((h.s, h.e))
                        || speech.iter().filter(same_speaker).any(|o| inside(&o.ranges, h.s, h.e)))
            });
            // (so does a verb that rejects the other side's admission: "slammed the confirmation")
            let confirms_ref = ((matches!(st.cue_kind, Some(CueKind::AssertVerb | CueKind::Passive)) || cues.assert.is_some()) && refers_back) || cues.condemned;
            // ("... ditanya wartawan apakah Rusia akan membantu Korut membangun satelit.
            // \"Itulah sebabnya kami datang ke sini,\" jawab Putin.")
            if claims.is_empty() && st.direct && cues.assert.is_some() {
                if let Some((_, asked)) = asking.as_ref().filter(|(x, _)| *x + 1 == ui) {
                    claims.extend(asked.iter().map(|&c| (c, None, 0.1, None)));
                }
            }
            // (a proposition of its own after the admission named does not stop it: "called
            // the admission proof that Russia and North Korea are both aggressors")
            // (a reference's or a stance verb's clause is what the stance is about; another
            // transfer after a comma is an aside: "dismissed the US account, saying Washington ... had no right to
            // lecture others while it shipped arms to Ukraine")
            let head_ranges: Vec<(usize, usize)> = match st.ranges.first() {
                Some(&(a, b)) if refers_back || matches!(st.cue_kind, Some(CueKind::DenyVerb | CueKind::HedgeVerb)) => vec![(a, u.text[a..b].find(',').map_or(b, |i| a + i))],
                _ => st.ranges.clone(),
            };
            // (a section heading names no claim of the story around it: "Washington Waspada",
            // "Seoul dan Tokyo Memantau" between paragraphs)
            if claims.is_empty() && !subhead && (cues.deny.is_some() || cues.hedge.is_some() || confirms_ref) && (cues.condemned || !own_proposition(&u, st)) && !(cues.deny.is_none() && (other_topic(&u, st) || side_object(&u, &cues))) && !spelled_reference(&u, st) && !owned_plain_object(&u, st) && !u.misdirected(&head_ranges) && !own_transfer && (ui == 0 || other_transfer != Some(ui - 1)) {
                let key = country.map(str::to_string).unwrap_or_else(|| sp.surface.clone());
                // the scope names what it is about ("asal-usul serpihan rudal", "the troops"):
                // a claim of the document whose object or phrase is in the scope comes first
                // (an action names a claim when it is the action of that claim only: "details of
                // deployment")
                // ("keterlibatan Rusia", Russia's own involvement, is not North Korea's: an
                // action followed at once by an actor that is no agent of the claim)
                // (nor one whose object the agent owns: "support Russia's war of aggression" is
                // help for Russia, not from it)
                // (nor one a state that is no agent of it owns before it: "could not confirm
                // Moscow's involvement" is Russia's, not North Korea's troops)
                let owned_by_other = |h: &crate::extract::rules::Hit, c: usize| {
                    u.ments.iter().any(|m| {
                        (m.s >= h.e
                            && u.text[h.e..m.s].trim().is_empty()
                            && (!rules.claims[c].agent_actor[m.actor] || possessive_start(&u.text[m.e..])))
                            || (m.e <= h.s && possessive_gap(&u.text[m.e..h.s]) && rules.actors[m.actor].kind == ActorKind::State && !rules.claims[c].agent_actor[m.actor])
                    })
                };
                // ("closely sharing information with Washington": an ordinary object)
                let plain = |h: &crate::extract::rules::Hit| {
                    let mut t = u.tok_at(h.e);
                    while t < u.toks.len() && (u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore)) {
                        t += 1;
                    }
                    t < u.toks.len() && u.word_in(t, &u.g.plain_objects)
                };
                // ("dukungannya bagi perang ilegal Rusia": support for the agent's own war)
                let for_agent = |h: &crate::extract::rules::Hit, c: usize| {
                    let t = u.tok_at(h.e);
                    t < u.toks.len()
                        && u.word_in(t, &u.g.benefit_prepositions)
                        && (t + 1..u.toks.len().min(t + 5)).take_while(|&k| u.soft_gap(k - 1, k)).any(|k| u.info[k].mention.is_some_and(|mi| rules.claims[c].agent_actor[u.ments[mi].actor]))
                };
                let only_action = |h: &crate::extract::rules::Hit, c: usize| {
                    h.term(c, TermKind::Action) && (0..rules.claims.len()).all(|o| o == c || !h.term(o, TermKind::Action)) && !owned_by_other(h, c) && !plain(h) && !for_agent(h, c)
                };
                // ("accused \"some dishonest forces\" of spreading the rumor": the accused
                // party between an accusing verb and its topic preposition is no object)
                // (asked last, of a hit in range that names the claim: the few that can matter)
                let accused_party = |h: &crate::extract::rules::Hit| {
                    let (a, b) = (u.tok_at(h.s), u.tok_at(h.e));
                    let accusing = (a.saturating_sub(3)..a).any(|k| accusation_word(u.g, &u.text[u.toks[k].s..u.toks[k].e]) && (k + 1..a).all(|j| !u.toks[j].cap));
                    accusing && b < u.toks.len() && u.word_in(b, &u.g.agent_prepositions) && u.text[h.e..u.toks[b].s].chars().all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201D}'))
                };
                let names = |ranges: &[(usize, usize)]| -> Vec<usize> {
                    (0..rules.claims.len())
                        .filter(|&c| {
                            u.hits.iter().any(|h| {
                                ranges.iter().any(|r| h.s >= r.0 && h.e <= r.1)
                                    && (h.term(c, TermKind::Object) || h.term(c, TermKind::Phrase) || only_action(h, c) || h.pays.contains(&Pay::Names(c)))
                                    && !accused_party(h)
                            })
                        })
                        .collect()
                };
                let named = names(&st.ranges);
                // (or the same speaker's next statement in the unit does: "said experts were still
                // examining debris ... and could not yet confirm where the missiles had been
                // produced")
                // (or, failing that, the same speaker's statement before it in the unit: "was
                // \"very concerned\" about any Russian assistance to the North's space program but
                // could not confirm Moscow's involvement")
                let named_sibling = || -> Vec<usize> {
                    let same = |o: &&&Stmt| o.at != st.at && !o.holder && o.speaker.as_ref().is_some_and(|x| x.surface == sp.surface && x.country == sp.country);
                    let next = speech.iter().filter(same).filter(|o| o.at > st.at).map(|o| names(&o.ranges)).find(|v| !v.is_empty());
                    next.or_else(|| speech.iter().filter(same).filter(|o| o.at < st.at).map(|o| names(&o.ranges)).rfind(|v| !v.is_empty())).unwrap_or_default()
                };
                let named_ctx: Vec<usize> = {
                    let mut v: Vec<usize> = ctx.iter().rev().filter(|(x, c)| ui - x <= 3 * CONTEXT_UNITS && named.contains(c)).map(|&(_, c)| c).collect();
                    v.sort();
                    v.dedup();
                    let both: Vec<usize> = named.iter().copied().filter(|&c| !v.contains(&c) && !v.is_empty() && joined(c, &v).is_some()).collect();
                    v.extend(both);
                    v.sort();
                    v
                };
                let party_of_lead = lead.is_some_and(|l| country.is_some_and(|k| rules.claims[l].party(k)));
                let from_speaker = by_speaker.get(&key).filter(|w| ui - w.unit <= 3 * CONTEXT_UNITS).map(|w| vec![w.last]);
                let recent = ctx.iter().rev().find(|(x, _)| ui - x <= window).map(|&(x, _)| {
                    ctx.iter().filter(|(y, _)| *y == x).map(|&(_, c)| c).collect::<Vec<_>>()
                });
                // "ketika ditanya tentang temuan NIS", "declined to comment on Shin's remarks": the
                // claims of another speaker named as their holder in the unit
                // (a recent claim the holder also spoke on stays; else the holder's last one)
                let holders: Vec<&str> = holder_countries(&stmts, country).collect();
                let recent_held: Vec<usize> = recent
                    .iter()
                    .flatten()
                    .copied()
                    .filter(|c| holders.iter().any(|k| by_speaker.get(*k).is_some_and(|w| w.all.contains(c))))
                    .collect();
                // a report is what its holder asserted ("belum dapat mengonfirmasi laporan
                // intelijen Korsel tersebut" after Seoul only hedged on technology): the story's
                // own claim, when the holder asserted it
                let asserted_by = |k: &str, c: usize| asserted(&rows, k, &rules.claims[c].id);
                let recent_held: Vec<usize> = if !recent_held.is_empty() && recent_held.iter().all(|&c| !holders.iter().any(|k| asserted_by(k, c))) {
                    lead.filter(|&l| holders.iter().any(|k| asserted_by(k, l))).map(|l| vec![l]).unwrap_or(recent_held)
                } else {
                    recent_held
                };
                // (a hedge on the holder's report after another side's hedge takes that hedge's
                // claim, when the holder asserted it too: "NATO ... \"tidak dapat mengonfirmasi\"
                // laporan bahwa tentara Korea Utara terlibat. Namun, ia menegaskan Korea Utara
                // sudah membantu Rusia dengan amunisi. ... Washington \"tidak dapat
                // mengonfirmasi\" laporan NIS")
                let recent_held: Vec<usize> = match (cues.hedge.is_some(), recent_held.len() == 1) {
                    (true, true) if !holders.is_empty() => last_claim_of(&rows, rules, ui, StanceKind::Hedge, |r| r.stance.country.as_deref() != country)
                        .filter(|&c| holders.iter().any(|k| asserted_by(k, c)))
                        .map_or(recent_held, |c| vec![c]),
                    _ => recent_held,
                };
                let from_holder: Vec<usize> = if recent_held.is_empty() {
                    let mut v: Vec<usize> = holders
                        .iter()
                        // (the claim the holder last asserted, over one it only hedged on after:
                        // "asked about Kirby's remarks" is about what Kirby said happened)
                        .filter_map(|k| {
                            by_speaker.get(*k).filter(|w| ui - w.unit <= 3 * CONTEXT_UNITS).map(|w| {
                                rows.iter()
                                    .rev()
                                    .take_while(|r| ui - r.unit <= 3 * CONTEXT_UNITS)
                                    .find(|r| r.key == *k && r.stance.stance == StanceKind::Assert)
                                    .and_then(|r| rules.claims.iter().position(|c| c.id == r.stance.claim))
                                    .unwrap_or(w.last)
                            })
                        })
                        .collect();
                    v.dedup();
                    v
                } else {
                    recent_held
                };
                // a claim named in the scope but not in the recent context still beats an
                // unrelated recent one ("masih mendalami ... pengiriman peluru artileri")
                // "accused North Korea of supplying shells, an allegation both Moscow and
                // Pyongyang have rejected": the accusation's own claim, before the clause
                // (an accusation of something else: "warning Seoul over drones it accused the South
                // of flying over Pyongyang - an accusation Seoul has neither confirmed nor denied")
                let mut other_accusation = false;
                let accusation: Vec<usize> = match st.cue_span {
                    Some((cs, _)) if about_accusation(&u, cs) => {
                        let found = u.detect(&[(us, cs)], None);
                        other_accusation = found.is_empty()
                            && u.hits.iter().any(|h| h.s >= us && h.e <= cs && h.speech().is_some() && !h.cue(CueKind::HolderNoun) && !h.cue(CueKind::ClaimRef) && accusation_word(u.g, &u.text[h.s..h.e]));
                        let mut v: Vec<usize> = found.into_iter().filter(|m| m.full).map(|m| m.claim).collect();
                        v.sort();
                        v.dedup();
                        v
                    }
                    _ => Vec::new(),
                };
                // "Both Moscow and Pyongyang have denied the accusations": the claim of the last
                // accusation ("have accused North Korea of providing artillery"), not the story's
                let accused: Vec<usize> = if refers_back && u.hits.iter().any(|h| {
                    h.cue(CueKind::ClaimRef) && inside(&st.ranges, h.s, h.e) && accusation_word(u.g, &u.text[h.s..h.e])
                }) {
                    // (the accuser named with the accusations speaks of its own last assertion,
                    // at any distance: "membantah tudingan serupa yang dilontarkan AS",
                    // "denied Washington's accusations")
                    let accuser = u.hits.iter().filter(|h| h.cue(CueKind::ClaimRef) && inside(&st.ranges, h.s, h.e) && accusation_word(u.g, &u.text[h.s..h.e])).find_map(|h| {
                        u.ments.iter().find_map(|m| {
                            let k = rules.actors[m.actor].country.as_deref()?;
                            let after = m.s >= h.e && u.text.get(h.e..m.s).is_some_and(|g| !g.contains(['.', ';', ',', '"', '\u{201C}']) && g.split_whitespace().count() <= 4);
                            let before = m.e <= h.s && u.text.get(m.e..h.s).is_some_and(|g| possessive_gap(g) || g == "' ");
                            ((after || before) && country != Some(k)).then_some(k)
                        })
                    });
                    let by_accuser = accuser.and_then(|k| rows.iter().rev().find(|r| r.stance.stance == StanceKind::Assert && r.stance.country.as_deref() == Some(k)));
                    let by_cue = by_accuser.or_else(|| rows.iter()
                        .rev()
                        .take_while(|r| ui - r.unit <= window)
                        // (an accusation the writer reports without its accuser counts:
                        // "Korut juga dituduh memasok jutaan peluru ... . Moskow dan Pyongyang
                        // sama-sama membantah tuduhan itu")
                        .find(|r| (r.stance.stance == StanceKind::Assert || r.key.is_empty()) && accusation_word(u.g, &r.stance.cue)));
                    // (else what another voice asserted in the unit right before, of a claim
                    // the speaker is party to: "Washington says North Korea has already shipped
                    // ballistic missiles to Russia. Moscow and Pyongyang have denied the
                    // accusations")
                    let party = |r: &&Row| {
                        let c = rules.claims.iter().find(|c| c.id == r.stance.claim);
                        country.is_some_and(|k| c.is_some_and(|c| c.party(k)))
                    };
                    // (when another side has asserted the story's own claim before, the
                    // accusations are that: "Moscow has consistently denied the allegations"
                    // after a side claim; a party's own word is no accusation)
                    let lead_asserted = lead.is_some_and(|l| {
                        let c = &rules.claims[l];
                        rows.iter().any(|r| r.stance.stance == StanceKind::Assert && r.stance.claim == c.id && r.stance.country.as_ref().is_some_and(|k| !c.party(k)))
                    });
                    let by_voice = || rows.iter().rev().take_while(|r| r.unit + 1 >= ui).find(|r| r.unit < ui && r.stance.stance == StanceKind::Assert && r.key != key && !r.key.is_empty() && party(r));
                    let on_lead = |r: &&Row| lead.is_some_and(|l| rules.claims[l].id == r.stance.claim);
                    by_cue.or_else(|| by_voice().filter(|r| !lead_asserted || on_lead(r)))
                        .and_then(|r| rules.claims.iter().position(|c| c.id == r.stance.claim))
                        .into_iter()
                        .collect()
                } else {
                    Vec::new()
                };
                // "When Seoul's spy agency said North Korean troops were in Russia, Peskov
                // dismissed the report", "Pyongyang has denied supplying weapons to Russia, and
                // the Kremlin has dismissed the allegations": what another speaker earlier in
                // the unit spoke of
                let same_unit: Vec<usize> = if refers_back { unit_claims_by(&rows, ui, rules, |r| r.key != key) } else { Vec::new() };
                // "After Ukrainian media reported that North Korean officers had been killed
                // ..., Peskov called such accounts \"another fake\"": with no other speaker's
                // row, the claim the unit names before the cue
                // (looked up only when the choices before it are empty)
                let framed = || -> Vec<usize> {
                    match st.cue_span {
                        Some((cs, _)) if refers_back => {
                            let mut v: Vec<usize> = u.detect(&[(us, cs)], None).into_iter().filter(|m| m.full).map(|m| m.claim).collect();
                            v.sort();
                            v.dedup();
                            v
                        }
                        _ => Vec::new(),
                    }
                };
                // (the claims the same speaker already took a stance on in this unit)
                let own_in_unit = || unit_claims_by(&rows, ui, rules, |r| r.key == key);
                let contrasted = st.cue_span.is_some_and(|(cs, _)| (u.tok_at(u.s)..u.tok_at(cs)).any(|t| u.word_in(t, &u.g.contrast_adverbs)));
                // "Moscow and Pyongyang have both denied the transfers": a reference that is an
                // action of recent claims is to those, not to the story's lead
                // (the reference's last word, "transfers" in "the transfers", read as a term;
                // looked up only when the choices before it are empty)
                let acted = || -> Vec<usize> {
                    let ref_actions: Vec<usize> = u
                        .hits
                        .iter()
                        .filter(|h| h.cue(CueKind::ClaimRef) && inside(&st.ranges, h.s, h.e))
                        .flat_map(|h| {
                            let w = u.text[h.s..h.e].rsplit(' ').next().unwrap_or("").to_lowercase();
                            let ids: Vec<usize> = lang.find(&w).into_iter().filter(|&(a, b, _)| a == 0 && b == w.len()).map(|(_, _, id)| id).collect();
                            ids.into_iter().flat_map(|id| {
                                lang.pays(id).iter().filter_map(|p| match p {
                                    Pay::Term(c, TermKind::Action) => Some(*c),
                                    _ => None,
                                })
                            })
                        })
                        .collect();
                    recent.iter().flatten().copied().filter(|c| ref_actions.contains(c)).collect()
                };
                // "said the KCNA statement merely confirmed what Kyiv had reported": a phrase that
                // both asserts and refers back vindicates the story's own claim
                let vindicated = lead.filter(|_| u.hits.iter().any(|h| h.cue(CueKind::ClaimRef) && h.cue(CueKind::Assert) && inside(&st.ranges, h.s, h.e)));
                // "called the admission proof ...", "slammed the confirmation": what the
                // admitting side last asserted as the claim's agent, anywhere before
                let admitted: Option<usize> = cues.condemned.then(|| {
                    rows.iter().rev().find_map(|r| {
                        let c = rules.claims.iter().position(|c| c.id == r.stance.claim)?;
                        let agent = r.stance.country.as_ref().is_some_and(|k| rules.claims[c].agent.contains(k));
                        (r.stance.stance == StanceKind::Assert && agent).then_some(c)
                    })
                }).flatten();
                // "Senada, ... Washington belum bisa memverifikasi laporan NIS": a sentence that
                // echoes the one before takes the claim of the last stance of its kind there
                let echoed = || -> Option<usize> {
                    let (ss, _) = sents[sentence_of(&sents, st.at)];
                    let head = u.lower(ss.max(u.s), st.at.max(ss.max(u.s)));
                    let opens = u.g.echo_openers.phrases_in(head).any(|(a, e)| head[..a].trim().is_empty() && head[e..].trim_start().starts_with(','));
                    // (or right before the cue, past its auxiliaries: "The Kremlin has likewise
                    // rejected the accusations")
                    let before_cue = st.cue_span.is_some_and(|(cs, _)| {
                        let mut k = u.tok_at(cs);
                        while k > 0 && u.word_in(k - 1, &u.g.auxiliaries) {
                            k -= 1;
                        }
                        k > 0 && u.word_in(k - 1, &u.g.echo_openers)
                    });
                    let opens = opens || before_cue;
                    let kind = if cues.deny.is_some() { StanceKind::Deny } else if cues.hedge.is_some() { StanceKind::Hedge } else { StanceKind::Assert };
                    opens.then(|| last_claim_of(&rows, rules, ui, kind, |_| true)).flatten()
                };
                // (a reference right after another side's assertion, when the speaker's own
                // last claim is none of what was asserted)
                let answered = || -> Vec<usize> {
                    let (Some(own), true, true) = (from_speaker.as_ref(), refers_back, ui > 0) else { return Vec::new() };
                    let asserted = unit_claims_by(&rows, ui - 1, rules, |r| r.key != key && r.stance.stance == StanceKind::Assert);
                    if own.iter().any(|c| asserted.contains(c)) { Vec::new() } else { asserted }
                };
                let chosen = if !accusation.is_empty() {
                    accusation
                } else if let Some(a) = admitted {
                    vec![a]
                } else if other_accusation {
                    Vec::new()
                } else if let Some(l) = vindicated {
                    vec![l]
                } else if let Some(e) = named_ctx.is_empty().then(echoed).flatten() {
                    vec![e]
                } else if !named_ctx.is_empty() {
                    named_ctx
                } else if !named.is_empty() {
                    named
                } else if let Some(n) = Some(named_sibling()).filter(|n| !n.is_empty()) {
                    n
                } else if let Some(own) = Some(own_in_unit()).filter(|o| !o.is_empty() && (refers_back || !from_holder.is_empty())) {
                    // "Pyongyang membantah pernah menjual senjata kepada Moskow, dan menyebut
                    // tuduhan Washington sebagai rekayasa": a reference after the speaker's own
                    // claim in the sentence is to that claim
                    own
                } else if !from_holder.is_empty() {
                    from_holder
                } else if !accused.is_empty() {
                    accused
                } else if !same_unit.is_empty() {
                    same_unit
                } else if let Some(f) = Some(framed()).filter(|f| !f.is_empty()) {
                    f
                } else if contrasted && from_speaker.is_none() && recent.is_some() {
                    // "Washington, however, has published what it says is evidence of the
                    // transfers": a contrast answers the sentence before, not the story's lead
                    recent.clone().unwrap_or_default()
                } else if let Some(p) = Some(answered()).filter(|p| !p.is_empty()) {
                    // "The Kiev regime ... have claimed that the DPRK supplied Russia with shells.
                    // Both Moscow and Pyongyang have dismissed those claims": a reference right
                    // after another side's assertion is to what was asserted, not to the
                    // speaker's own last topic
                    p
                } else if let Some(a) = Some(acted()).filter(|a| !a.is_empty() && from_speaker.as_ref().is_none_or(|f| !f.iter().any(|c| a.contains(c)))) {
                    // (also over the speaker's own last claim: a joint denial answers the
                    // accusation just reported, not what one of them pledged before)
                    a
                } else if from_speaker.is_none() && (refers_back || party_of_lead) && lead.is_some_and(|l| recent.as_ref().is_some_and(|r| !r.contains(&l))) {
                    // "The Kremlin swiftly rejected the report.", "Kremlin menepis laporan
                    // tersebut.": a first reaction by a speaker to "the report" is to the story's
                    // own claim (the document's first), not to the side claim reported last; so is
                    // a first reaction of a party to that claim ("Kremlin kembali menolak
                    // berkomentar" after a speculation about technology)
                    lead.into_iter().collect()
                } else if from_speaker.is_none() && party_of_lead && !refers_back && lead.is_some_and(|l| recent.as_ref().is_some_and(|r| r.len() > 1 && r.contains(&l))) {
                    // ("Kremlin, seperti biasa, menepis." after a sentence on arms and troops: a
                    // party's bare first reaction is to the story's own claim among them)
                    lead.into_iter().collect()
                } else {
                    from_speaker.or(recent).unwrap_or_default()
                };
                for c in chosen {
                    if !claims.iter().any(|x| x.0 == c) {
                        claims.push((c, None, 0.2, None));
                    }
                }
            }
            // (a claim named as the price of an exchange is given, not what a hedge or a
            // denial is about, when the scope names another claim: "belum dapat memastikan
            // apakah Pyongyang menerima teknologi militer Rusia sebagai imbalan atas pengiriman
            // pasukan tersebut")
            let priced: Vec<bool> = claims.iter().map(|c| c.3.is_some_and(|p| after_exchange(&u, p))).collect();
            let unpriced = priced.iter().any(|p| !p);
            for (ci, (claim, negator, penalty, pos)) in claims.into_iter().enumerate() {
                if pos.is_some_and(|p| silent_before(&u, st, p) || topic_negated(&u, st, p)) {
                    continue;
                }
                let priced_here = priced[ci] && unpriced;
                // "said the soldiers had been assigned to front-line units, and that more could
                // follow": the weak hedge of the other proposition does not reach this claim
                // (a hedge or weak hedge before a contrast after a comma, see below)
                let hedge_apart = pos.is_some_and(|p| cues.hedge.is_some() && p > cues.hedge_at && contrast_between(&u, cues.hedge_at, p));
                let weak_apart = pos.is_some_and(|p| cues.weak.is_some() && p > cues.weak_at && contrast_between(&u, cues.weak_at, p));
                // (nor does one in a participle clause after it: "said Russia intended to share
                // satellite technology ..., warning that this could undermine ...")
                let weak_off = pos.is_some_and(|p| cues.weak.is_some() && (joined_apart(&u, p, cues.weak_at) || elaborates(&u, p, cues.weak_at) || (p < cues.weak_at && participle_between(&u, p, cues.weak_at))));
                // "Seoul menilai pengiriman pasukan itu sebagai ancaman serius dan tidak menutup
                // kemungkinan Rusia membalasnya ...": a hedge that opens a coordinated predicate
                // after the claim speaks of what follows it only (or another proposition: "said
                // there was \"evidence that there are DPRK troops in Russia,\" adding that what
                // exactly they were doing there \"remains to be seen\"")
                let hedge_off = pos.is_some_and(|p| cues.hedge.is_some() && p < cues.hedge_at && (coordinated_after(&u, p, cues.hedge_at) || joined_apart(&u, p, cues.hedge_at) || participle_between(&u, p, cues.hedge_at)));
                let own_cues;
                let cues_here = if weak_off || hedge_off {
                    // (both at once: "were \"made in Pyongyang\" and that Seoul was deeply
                    // worried about what North Korea might learn")
                    own_cues = Cues { weak: if weak_off { None } else { cues.weak.clone() }, hedge: if hedge_off { None } else { cues.hedge.clone() }, ..cues.clone() };
                    &own_cues
                } else if pos.is_some() && (hedge_apart || weak_apart) {
                    // "NATO tidak dapat mengonfirmasi laporan mengenai tentara Korea Utara ...,
                    // namun dukungan Korea Utara bagi perang ilegal Rusia, termasuk pasokan
                    // amunisi, terus meningkat": a hedge does not reach past a contrast after a
                    // comma into the clause it opens
                    own_cues = Cues {
                        hedge: if hedge_apart { None } else { cues.hedge.clone() },
                        weak: if weak_apart || hedge_apart { None } else { cues.weak.clone() },
                        ..cues.clone()
                    };
                    &own_cues
                } else {
                    &cues
                };
                let (mut kind, mut cue, mut weak) = decide(cues_here, negator.clone(), &st.cue);
                if priced_here && kind != StanceKind::Assert {
                    continue;
                }
                // "NIS memperkirakan Pyongyang bakal meminta imbalan berupa alih teknologi": an
                // estimate of what will happen forecasts, it does not assert (a weak hedge: the
                // same side's assertion of the claim elsewhere outweighs it, "NIS memperkirakan
                // total 12 ribu tentara akan dikirim" after the NIS reported the troops sent)
                if kind == StanceKind::Assert && cues_here.assert.is_none() && u.g.estimate_verbs.has(&st.cue.to_lowercase()) {
                    if let (Some(p), Some((_, ce))) = (pos, st.cue_span) {
                        if ce <= p && (u.tok_at(ce)..u.tok_at(p)).any(|t| u.word_in(t, &u.g.future_modals)) {
                            kind = StanceKind::Hedge;
                            weak = true;
                        }
                    }
                }
                // "we are certainly concerned that North Korea is planning to deliver more
                // military equipment": a worry about more of the claim is weak
                // (not a question whether there will be more: "watching closely whether Moscow
                // would hand over more sensitive technology")
                if kind == StanceKind::Hedge && !weak {
                    if let Some(p) = pos {
                        let end = st.ranges.iter().map(|r| r.1).max().unwrap_or(p).max(p);
                        let from = st.cue_span.map(|c| c.0).or(st.ranges.first().map(|r| r.0)).unwrap_or(p).min(p);
                        let asks = (u.tok_at(from)..u.tok_at(p)).any(|t| u.word_in(t, &u.g.open_questions));
                        let said = u.lower(p, end);
                        if !asks && u.g.more_words.phrases_in(said).next().is_some_and(|(i, _)| said[..i].split_whitespace().count() <= 4) {
                            weak = true;
                        }
                    }
                }
                // "Memos found on the bodies of dead soldiers suggested they had been ordered to
                // take their own lives": a hedge whose subject is a piece of evidence weighs what
                // the evidence shows, a weak hedge (its clause opens with an `evidence_nouns`
                // word, past a determiner)
                if kind == StanceKind::Hedge && !weak && cues_here.hedge.as_deref() == Some(cue.as_str()) {
                    let t = u.tok_at(cues_here.hedge_at);
                    let mut f = t;
                    while f > 0 && t - f < 10 && u.text[u.toks[f - 1].e..u.toks[f].s].trim().is_empty() && !u.word_in(f - 1, &u.g.complementizers) && !u.has(f - 1, CueKind::Reporting) {
                        f -= 1;
                    }
                    while f < t && (u.has(f, CueKind::DefBefore) || u.has(f, CueKind::Determiner)) {
                        f += 1;
                    }
                    if f < t && u.word_in(f, &u.g.evidence_nouns) {
                        weak = true;
                    }
                }
                // "Selama berbulan-bulan, Moskow dan Pyongyang memilih bungkam": a hedge after a
                // long stretch of time in its sentence sums up behaviour, it states nothing (one
                // that names the claim still does: "Selama berbulan-bulan sebelumnya, Pyongyang dan
                // Moskow menolak mengonfirmasi laporan pengiriman pasukan tersebut")
                if kind == StanceKind::Hedge && cues_here.hedge.is_some() && pos.is_none() {
                    let (ss, _) = sents[sentence_of(&sents, cues_here.hedge_at)];
                    let from = ss.max(u.s);
                    // (in the hedge's own clause: not "Selama berbulan-bulan, Pyongyang menepis
                    // ..., sementara Kremlin menolak berkomentar")
                    let same_clause = |(_, e): (usize, usize)| {
                        let gap = u.text[from + e..cues_here.hedge_at].trim_start_matches([',', ' ']);
                        !gap.contains([',', ';', ':'])
                    };
                    if from < cues_here.hedge_at && u.g.duration_phrases.phrases_in(u.lower(from, cues_here.hedge_at)).any(same_clause) {
                        continue;
                    }
                }
                // "Apakah Rusia berencana berbagi teknologi itu dengan DPRK?": a question asks,
                // it does not assert
                if kind == StanceKind::Assert && pos.is_some_and(|p| asked(text, sents[sentence_of(&sents, p)])) {
                    kind = StanceKind::Hedge;
                    cue = "?".to_string();
                }
                // "Pressed on whether Russia would buy North Korean weapons, Putin said Moscow
                // observed certain restrictions": an answer that takes its claim from the
                // question and says nothing of it either way leaves it open
                // (an answer of a word or two only opens what follows: "Putin menjawab singkat.")
                let says = st.ranges.iter().map(|&(a, b)| u.text[a.max(st.cue_span.map_or(a, |c| c.1)).min(b)..b].split_whitespace().count()).sum::<usize>() >= 3;
                if let Some(q) = st.question.filter(|q| says && kind == StanceKind::Assert && cues_here.assert.is_none() && pos.is_some_and(|p| p >= q.0 && p < q.1)) {
                    kind = StanceKind::Hedge;
                    // (the cue is the question's word: "Asked", "Ditanya")
                    let words = u.text[q.0..q.1].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                    cue = words.clone().find(|w| u.g.question_openers.has(w)).or_else(|| words.clone().next()).unwrap_or("?").to_string();
                }
                // "Hal itu disampaikan X", "Bantahan itu disampaikan oleh X": a passive that
                // names who said what the sentence before reported says it with that stance
                if penalty > 0.0 && st.cue_kind == Some(CueKind::Passive) && cues.deny.is_none() && cues.hedge.is_none() && negator.is_none() {
                    let id = &rules.claims[claim].id;
                    let prev = last_on_claim(&rows, ui, 2, id);
                    // (not the writer's "is said to", which waits for its source: "Korea Utara
                    // disebut telah memutuskan mengirim 12.000 tentara ... . Klaim itu
                    // disampaikan NIS" asserts; the writer's rows have no key)
                    // (and only the same voice's: "... delegasi Korut menyebut tuduhan itu
                    // rumor. Kabar pengiriman pasukan pertama kali diungkap NIS" is NIS's news,
                    // not a denial of North Korea's passed to Seoul)
                    let key = sp.country.as_deref().unwrap_or(&sp.surface);
                    if let Some(p) = prev.filter(|p| p.stance.stance != StanceKind::Assert && !p.key.is_empty() && p.key == key) {
                        kind = p.stance.stance;
                        cue = p.stance.cue.clone();
                    }
                }
                // a state or body that is no party to the claim does not deny it, it has not
                // seen it: "Ukraine had found no evidence that North Korean weapons reached the
                // front", NATO "has no evidence" of the troops (hedge, as the guidelines read
                // "no indication yet")
                let c = &rules.claims[claim];
                if kind == StanceKind::Deny && country.is_some_and(|k| !c.party(k)) {
                    // (but a rejection of a holder's claim, when the holder asserted this one,
                    // rejects something else the holder said: "Ukraine's General Staff rejected
                    // Gerasimov's claim, stating that Ukrainian units are still holding
                    // positions" is about Kursk, not about the troops)
                    let holder_said = holder_countries(&stmts, country).any(|k| asserted(&rows, k, &c.id));
                    // (so does a rejection of a reference right after a party's own assertion
                    // of the claim: "Gerasimov told Putin ... that North Korean servicemen had
                    // \"provided significant assistance\" in defeating Ukrainian units in Kursk,
                    // which he said had been fully retaken. Kyiv disputes that claim." disputes
                    // the retaking, not the troops Kyiv itself reported)
                    let party_said = || {
                        last_on_claim(&rows, ui, 1, &c.id).is_some_and(|r| r.stance.stance == StanceKind::Assert && r.stance.country.as_deref().is_some_and(|k| c.party(k)))
                    };
                    if pos.is_none() && (holder_said || party_said()) {
                        continue;
                    }
                    // (when the statement names the claim itself, the rejection of the holder's
                    // spelled-out claim leaves the rest of the scope to speak: "said that
                    // Gerasimov's remarks \"only confirm\" what Kyiv had been saying about North
                    // Korean units in Kursk, while rejecting Moscow's claim that Ukrainian troops
                    // had been pushed out of the region" asserts the troops)
                    // (and a rejection that names no claim right after a party's denial
                    // rejects the denial: "Kim Yo Jong called the reports absurd. Seoul's
                    // unification ministry quickly dismissed Kim's statement.")
                    // (or of a party whose denial the rejection names, at any distance:
                    // "dismissed Kim's statement")
                    let party_denied = || {
                        last_on_claim(&rows, ui, 1, &c.id).is_some_and(|r| r.stance.stance == StanceKind::Deny && r.stance.country.as_deref().is_some_and(|k| c.party(k)))
                            || holder_countries(&stmts, country).any(|k| c.party(k) && took(&rows, k, &c.id, StanceKind::Deny))
                    };
                    if pos.is_some() && cues_here.deny.is_some() && spelled_reference(&u, st) {
                        let rest = Cues { deny: None, ..cues_here.clone() };
                        (kind, cue, weak) = decide(&rest, negator.clone(), &st.cue);
                    } else if pos.is_none() && party_denied() {
                        kind = StanceKind::Assert;
                    } else {
                        kind = StanceKind::Hedge;
                    }
                }
                let key = sp.country.clone().unwrap_or_else(|| sp.surface.clone());
                // "\"This is another fake,\" Peskov said. He declined to elaborate further.":
                // refusing to say more right after a stance of one's own on the claim takes no
                // new stance (the claim comes from the context; `elaboration_words`)
                if kind == StanceKind::Hedge && penalty > 0.0 {
                    let id = &rules.claims[claim].id;
                    let said_before = rows.iter().rev().take_while(|r| r.unit + 1 >= ui).any(|r| r.key == key && r.stance.claim == *id && r.stance.stance != StanceKind::Hedge);
                    let elaborates = || st.ranges.iter().any(|&(a, b)| u.g.elaboration_words.phrases_in(u.lower(a, b)).next().is_some());
                    if said_before && elaborates() {
                        continue;
                    }
                }
                // "The regime made a similar claim in November": a reference by the claim's own
                // agent to what it said before says it again (its earlier denial), it does not
                // assert the claim
                if kind == StanceKind::Assert && penalty > 0.0 && refers_back && country.is_some_and(|k| rules.claims[claim].agent.iter().any(|a| a == k)) {
                    let id = &rules.claims[claim].id;
                    if let Some(p) = rows.iter().rev().find(|r| r.key == key && r.stance.claim == *id && r.stance.stance != StanceKind::Assert) {
                        kind = p.stance.stance;
                        cue = p.stance.cue.clone();
                    }
                }
                // "warned that any arms transfer by the North would violate UN resolutions": a
                // claim under a determiner of any instance (`any_words`) is a hypothesis, not
                // asserted
                if kind == StanceKind::Assert && pos.is_some_and(|p| {
                    let t = u.tok_at(p);
                    (t.saturating_sub(2)..t).any(|k| u.word_in(k, &u.g.any_words) && (k + 1..=t.min(u.toks.len().saturating_sub(1))).all(|j| u.soft_gap(j - 1, j)))
                }) {
                    continue;
                }
                unit_claims.push(claim);
                let w = by_speaker.entry(key.clone()).or_default();
                (w.unit, w.last) = (ui, claim);
                if !w.all.contains(&claim) {
                    w.all.push(claim);
                }
                let mut conf = 0.6f32;
                if sp.actor.is_some() {
                    conf += 0.15;
                }
                if st.direct {
                    conf += 0.1;
                }
                if st.carried {
                    conf -= 0.15;
                }
                if weak {
                    conf -= 0.1;
                }
                conf -= penalty;
                let stance = said(&u, st, sp, claim, kind, st.via.clone(), cue, conf.clamp(0.05, 0.99));
                let mut own_date = own_si;
                let mut stance = stance;
                // the statement's own date is one in its frame ("said on Tuesday", "Pekan lalu,
                // X mengatakan", "..., kata X, Selasa (5/11)"); a date only inside what is said
                // ("said the troops moved between 8 and 13 October") dates the event, and the
                // statement falls back to the article's day (or a neighbour's date)
                match frame {
                    Some(Some(d)) => stance.date = Some(d),
                    Some(None) => {
                        stance.date = anchor_day;
                        own_date = false;
                    }
                    None => {}
                }
                if let Some(d) = then {
                    stance.date = Some(d);
                    own_date = true;
                }
                let vague = !own_date && before_cue(&u, st, CueKind::VaguePast, 3);
                if vague {
                    stance.date = None;
                }
                let named = if pos.is_some() {
                    Some(true)
                } else if kind != StanceKind::Assert {
                    Some(false)
                } else {
                    None
                };
                rows.push(Row { stance, weak, unit: ui, own_date: own_date || vague, key, actor: sp.actor, named });
            }
        }
        // "the foreign ministry said the North had openly admitted the deployment": a
        // speaker whose scope ends where an admission by the claim's agent begins asserts
        // what was admitted
        for o in &speech {
            let (Some(osp), Some(&(_, oe))) = (&o.speaker, o.ranges.last()) else { continue };
            let Some(ok) = osp.country.as_deref() else { continue };
            if o.cue_kind != Some(CueKind::Reporting) || o.direct {
                continue;
            }
            for i in &speech {
                let Some(isp) = &i.speaker else { continue };
                if i.cue_kind != Some(CueKind::AssertVerb) || i.anchor() < oe || isp.country.as_deref() == Some(ok) {
                    continue;
                }
                if !text.get(oe..i.anchor()).is_some_and(|g| g.split_whitespace().all(|w| u.g.complementizers.has(w))) {
                    continue;
                }
                let admitted: Vec<usize> = rows
                    .iter()
                    .filter(|r| r.unit == ui && r.stance.speaker == isp.surface && r.stance.stance == StanceKind::Assert)
                    .filter_map(|r| {
                        let c = rules.claims.iter().position(|c| c.id == r.stance.claim)?;
                        r.stance.country.as_ref().is_some_and(|k| rules.claims[c].agent.contains(k)).then_some(c)
                    })
                    .collect();
                for c in admitted {
                    if rows.iter().any(|r| r.unit == ui && r.key == ok && r.stance.claim == rules.claims[c].id) {
                        continue;
                    }
                    let own_si = own.get(sentence_of(&sents, o.at)).copied().unwrap_or(false);
                    let stance = said(&u, o, osp, c, StanceKind::Assert, o.via.clone(), o.cue.clone(), 0.6);
                    rows.push(Row { stance, weak: false, unit: ui, own_date: own_si, key: ok.to_string(), actor: osp.actor, named: None });
                }
            }
        }
        // claim holders: assert what the unit's statements are about
        let all_full: Vec<usize> = {
            let whole = [(us, ue)];
            // (not a claim named as a negated topic: "Ini bukan lagi sekadar transfer senjata")
            u.detect(&whole, None).into_iter().filter(|m| m.full && !topic_negated_from(&u, us, m.pos)).map(|m| m.claim).collect()
        };
        for st in stmts.iter().filter(|s| s.holder) {
            let Some(sp) = &st.speaker else { continue };
            // (a hedge the held proposition carries before its claim is the holder's: "penilaian
            // NIS bahwa Moskow kemungkinan memberikan imbalan berupa teknologi militer")
            let hedged = |pos: usize| {
                u.hits.iter().any(|h| (h.cue(CueKind::Hedge) || h.cue(CueKind::HedgeWeak)) && h.e <= pos && st.ranges.iter().any(|r| r.0 <= h.s && h.e <= r.1))
            };
            let mut claims: Vec<(usize, bool)> = u.detect(&st.ranges, None).into_iter().filter(|m| m.full).map(|m| (m.claim, hedged(m.pos))).collect();
            if claims.is_empty() {
                claims = unit_claims.iter().map(|&c| (c, false)).collect();
            }
            claims.sort();
            claims.dedup_by_key(|c| c.0);
            for (claim, hedge) in claims {
                let kind = if hedge { StanceKind::Hedge } else { StanceKind::Assert };
                if sp.country.as_ref().is_some_and(|k| rules.claims[claim].agent.contains(k)) {
                    continue;
                }
                rows.push(Row {
                    stance: said(&u, st, sp, claim, kind, Vec::new(), st.cue.clone(), 0.55),
                    weak: false,
                    unit: ui,
                    own_date: false,
                    key: format!("holder:{}", sp.country.clone().unwrap_or_default()),
                    actor: sp.actor,
                    named: None,
                });
            }
        }
        // the writer
        if speech.is_empty() {
            let whole = [(us, ue)];
            let wh = u.hits.iter().find(|h| (h.cue(CueKind::WriterHedge)) && !u.quotes.iter().any(|q| q.0 < h.s && h.s < q.1));
            if let Some(h) = wh {
                for m in u.detect(&whole, None).into_iter().filter(|m| m.full) {
                    let sentence = sentence_of(&sents, us);
                    rows.push(Row {
                        stance: Stance {
                            sentence,
                            speaker_id: None,
                            speaker: String::new(),
                            country: None,
                            claim: rules.claims[m.claim].id.clone(),
                            stance: StanceKind::Hedge,
                            date: sdate(sentence),
                            event_date: None,
                            via: Vec::new(),
                            cue: text[h.s..h.e].to_string(),
                            start: us,
                            end: ue,
                            confidence: 0.5,
                        },
                        weak: false,
                        unit: ui,
                        own_date: false,
                        key: String::new(),
                        actor: None,
                        named: None,
                    });
                }
            }
        }
        // (the claims the question names)
        asking = asks.then(|| (ui, all_full.iter().chain(&unit_claims).copied().collect()));
        if all_full.is_empty() && unit_claims.is_empty() && u.misdirected(&[(us, ue)]) {
            other_transfer = Some(ui);
        }
        for c in all_full.into_iter().chain(unit_claims) {
            if lead.is_none() {
                lead = Some(c);
            }
            if !ctx.contains(&(ui, c)) {
                ctx.push((ui, c));
            }
        }
        if ctx.len() > 64 {
            ctx.drain(..32);
        }
        // quote rows
        for st in stmts.iter().filter(|s| !s.holder) {
            let Some(sp) = &st.speaker else { continue };
            let (s, e) = (st.ranges.first().map_or(us, |r| r.0), st.ranges.last().map_or(ue, |r| r.1));
            let row = |s: usize, e: usize, direct: bool| Quote {
                sentence: sentence_of(&sents, s),
                start: s,
                end: e.max(s),
                speaker_id: sp.actor.map(|a| rules.actors[a].id.clone()),
                country: sp.country.clone(),
                cue: st.cue.clone(),
                direct,
            };
            ex.quotes.push(row(s, e, st.direct));
            for q in &st.quotes {
                ex.quotes.push(row(q.0, q.1, true));
            }
        }
    }
    let unit_spans: Vec<(usize, usize)> = units.iter().map(|&(_, s, e)| (s, e)).collect();
    told.sort_unstable();
    let times = Times { resolved: &resolved, told: &told, anchor_day };
    finish(rows, &dated, &unit_spans, &times, &lang.grammar, ex)
}

/// The cues found in a statement's scope.
#[derive(Default, Clone)]
struct Cues {
    deny: Option<String>,
    hedge: Option<String>,
    weak: Option<String>,
    /// Document offset of `weak`.
    weak_at: usize,
    /// Document offset of `hedge`.
    hedge_at: usize,
    assert: Option<String>,
    /// A deny verb of the scope or the statement's own cue rejects the other side's
    /// admission ("slammed the confirmation"): the statement refers back to a claim.
    condemned: bool,
}

/// The cue at document offset `cue` opens a predicate coordinated after the claim at
/// `claim` ("... sebagai ancaman serius dan tidak menutup kemungkinan ...", "... and did not
/// rule out ..."): the word before the cue (past a filler or a subject-less auxiliary) is a
/// coordinating conjunction, with no speech cue or complementizer between claim and cue.
fn coordinated_after(u: &Unit, claim: usize, cue: usize) -> bool {
    let mut t = u.tok_at(cue);
    let first = u.tok_at(claim);
    let mut skipped = 0;
    while t > first + 1 && skipped < 2 && (u.has(t - 1, CueKind::Filler) || u.word_in(t - 1, &u.g.auxiliaries)) {
        t -= 1;
        skipped += 1;
    }
    t > first + 1
        && (u.word_in(t - 1, &u.g.sequence_conjunctions) || u.word_in(t - 1, &u.g.contrast_conjunctions))
        && !(first..t).any(|k| u.word_in(k, &u.g.complementizers))
        && !u.hits.iter().any(|h| h.s > claim && h.e <= cue && h.speech().is_some())
}

/// A speech participle after a comma ("..., adding that", "..., saying") lies between
/// document offsets `a` < `b`: what follows it is another proposition.
fn participle_between(u: &Unit, a: usize, b: usize) -> bool {
    let (ta, tb) = (u.tok_at(a), u.tok_at(b));
    (ta + 1..tb).any(|t| u.word_in(t, &u.g.participle_speech) && comma_before(u, t))
}

/// A contrast conjunction after a comma ("..., but", "..., namun") lies between document
/// offsets `a` < `b`: what follows it is another clause.
/// So does a sequence conjunction after a comma that opens a predicate of its own with an
/// auxiliary ("is believed to have sent troops ..., and has continued to ship shells").
fn contrast_between(u: &Unit, a: usize, b: usize) -> bool {
    let (ta, tb) = (u.tok_at(a), u.tok_at(b));
    (ta + 1..tb).any(|t| {
        comma_before(u, t)
            && (u.word_in(t, &u.g.contrast_conjunctions) || (u.word_in(t, &u.g.sequence_conjunctions) && t + 1 < tb && u.word_in(t + 1, &u.g.auxiliaries)))
    })
}

/// Token `t` follows a comma (maybe one that closes a quote: `Russia,\" adding`).
fn comma_before(u: &Unit, t: usize) -> bool {
    u.text[..u.toks[t].s].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201D}')).ends_with(',')
}

/// A proposition join (`Grammar::proposition_joins`: ", and that", "dan bahwa") lies
/// between document offsets `a` and `b` of the unit: a weak hedge on one side does not
/// reach a claim on the other.
fn joined_apart(u: &Unit, a: usize, b: usize) -> bool {
    u.g.proposition_joins.phrases_in(u.lower(a.min(b), a.max(b))).next().is_some()
}

/// The scope opens with a topic of its own after a topic preposition, four words or more
/// without a claim word or a reference to a claim ("voiced concern about the deepening ties
/// between Moscow and Pyongyang"): a hedge or a denial about that topic takes no claim of
/// the context ("declined to comment on the matter" still does). Read for hedges only: a
/// denial about a topic ("Mengenai apa yang disebut kerja sama militer dengan Rusia, ...
/// rumor yang tidak berdasar") denies the claim of the context.
fn other_topic(u: &Unit, st: &Stmt) -> bool {
    let Some(&(s, e)) = st.ranges.first() else { return false };
    let (t0, t1) = (u.tok_at(s), u.tok_at(e).min(u.toks.len()));
    // (a preposition before a date is no topic's: "told reporters on Thursday the world body
    // was not in a position to verify the reports")
    // (nor one inside a reference: "was proof of what Kyiv had warned")
    let in_ref = |t: usize| u.hits.iter().any(|h| h.cue(CueKind::ClaimRef) && h.s <= u.toks[t].s && h.e >= u.toks[t].e);
    let Some(p) = (t0..t1).take(12).find(|&t| u.word_in(t, &u.g.topic_prepositions) && !(t + 1 < u.toks.len() && u.info[t + 1].date) && !in_ref(t)) else { return false };
    let from = u.toks[p].e;
    // (up to the clause's comma: "said he was not aware of the situation, adding that ...")
    let end = u.text[from..e].find(['.', ';', ':', ',', '"', '\u{201c}', '\u{201d}']).map_or(e, |i| from + i);
    // (nor the event it was asked at: "Ditanya soal pengakuan Korut dalam konferensi pers
    // rutin", "asked about the admission at a regular briefing")
    let end = (p + 1..u.tok_at(end).min(u.toks.len())).find(|&t| u.word_in(t, &u.g.event_prepositions)).map_or(end, |t| u.toks[t].s);
    // (times are no topic words: "asked about the prisoners on Monday")
    let seg = &u.text[from..end];
    let words = seg
        .split_whitespace()
        .filter(|w| {
            let t = u.tok_at(from + (w.as_ptr() as usize - seg.as_ptr() as usize));
            t >= u.toks.len() || !(u.info[t].date || u.word_in(t, &u.g.time_prepositions) && t + 1 < u.toks.len() && u.info[t + 1].date)
        })
        .count();
    // (a shorter one that names a side topic too: "declined to comment on the pact",
    // "menolak berkomentar soal pakta tersebut")
    let side = (p + 1..u.tok_at(end).min(u.toks.len())).take(3).any(|t| u.word_in(t, &u.g.side_topics));
    // (a body's own words are what it said, no other topic: "declined to comment on the White
    // House statement when asked about it", "soal pernyataan Gedung Putih": up to a subordinate
    // clause, one plain word beside the body's name and its articles)
    let te = u.tok_at(end).min(u.toks.len());
    let sub = (p + 1..te).find(|&t| u.word_in(t, &u.g.subordinators)).unwrap_or(te);
    let body = (p + 1..sub).any(|t| u.info[t].mention.is_some_and(|mi| u.actor(mi).country.is_some()));
    let mut plain = (p + 1..sub).filter(|&t| u.info[t].mention.is_none() && !u.has(t, CueKind::Determiner) && !u.has(t, CueKind::DefBefore) && !u.word_in(t, &u.g.possessive_endings));
    let only = plain.next().filter(|_| plain.next().is_none());
    if !side && body && only.is_some_and(|w| !u.toks[w].cap && !u.has(w, CueKind::Title)) {
        return false;
    }
    (words >= 4 || side)
        && !u.hits.iter().any(|h| {
            h.s >= from && h.e <= end && (h.cue(CueKind::ClaimRef) || h.cue(CueKind::HolderNoun) || h.pays.iter().any(|p| matches!(p, Pay::Term(..))))
        })
}

/// The hedge's own object is a side topic (`side_topics`), maybe after an article, with no
/// claim word up to the clause's end ("Tokyo mencermati pertemuan itu \"dengan penuh
/// keprihatinan\"", "was closely watching the summit"): the hedge takes no claim of the
/// context.
fn side_object(u: &Unit, cues: &Cues) -> bool {
    let Some(h) = cues.hedge.as_ref().and_then(|_| u.hits.iter().find(|h| h.s == cues.hedge_at && (h.cue(CueKind::Hedge) || h.cue(CueKind::HedgeVerb)))) else { return false };
    let mut t = u.tok_at(h.e);
    while t < u.toks.len() && (u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore)) {
        t += 1;
    }
    if t >= u.toks.len() || !u.soft_gap(t.saturating_sub(1), t) || !u.word_in(t, &u.g.side_topics) {
        return false;
    }
    let from = u.toks[t].s;
    // (up to the sentence's end: "mengamati pertemuan Kim dan Putin, termasuk kemungkinan
    // adanya kerja sama terkait senjata" names one)
    let end = u.text[from..u.e].find(['.', ';']).map_or(u.e, |i| from + i);
    !u.hits.iter().any(|x| x.s >= from && x.e <= end && (x.cue(CueKind::ClaimRef) || x.names_claim() || x.pays.iter().any(|p| matches!(p, Pay::Term(..)))))
}

/// The object of a deny verb in the scope (or of the statement's own cue) is a plain noun
/// another actor owns, no claim reference, term or pronoun ("menepis peringatan
/// Washington", "dismissed Washington's warnings"), or a gerund with a plain object of its
/// own ("denied targeting civilians"). What is rejected is something else, no claim of the
/// context.
fn owned_plain_object(u: &Unit, st: &Stmt) -> bool {
    let plain = |t: usize| t < u.toks.len() && !u.toks[t].cap && u.info[t].flags == 0 && u.info[t].mention.is_none() && !u.hits.iter().any(|x| x.s <= u.toks[t].s && u.toks[t].e <= x.e);
    u.hits.iter().any(|h| {
        if !h.cue(CueKind::DenyVerb) || !(inside(&st.ranges, h.s, h.e) || st.cue_span == Some((h.s, h.e))) {
            return false;
        }
        let mut t = u.tok_at(h.e);
        while t < u.toks.len() && u.has(t, CueKind::Determiner) && u.soft_gap(t, t + 1) {
            t += 1;
        }
        if t + 1 >= u.toks.len() || !u.soft_gap(t - 1, t) {
            return false;
        }
        // ("peringatan Washington": the owner after the noun)
        let after = plain(t) && u.soft_gap(t, t + 1) && u.info[t + 1].mention.is_some_and(|mi| u.ments[mi].s == u.toks[t + 1].s);
        // ("Washington's warnings": the owner before it, with a possessive ending)
        let before = u.info[t].mention.is_some_and(|mi| {
            let k = u.tok_at(u.ments[mi].e);
            k + 1 < u.toks.len() && u.word_in(k, &u.g.possessive_endings) && plain(k + 1)
        });
        // ("denied targeting civilians": a gerund with a plain object of its own, not a
        // claim's action, states a proposition of its own; "denied doing so" refers back)
        let gerund = plain(t) && u.g.participle_endings.ends(&u.text[u.toks[t].s..u.toks[t].e]) && u.soft_gap(t, t + 1) && plain(t + 1) && !u.word_in(t + 1, &u.g.pro_forms);
        after || before || gerund
    })
}

/// A reference in the scope spells out what it refers to, and that names no claim: a holder
/// noun or claim reference followed by a topic preposition, a complementizer or an
/// infinitive marker ("Moscow's claim to have retaken all of Kursk") and three
/// words or more up to the clause's end, none a claim word ("dismissed Moscow's claim of
/// having recaptured the region as propaganda", "menepis klaim Rusia bahwa Kursk sudah
/// direbut kembali"). A stance on it takes no claim of the context.
fn spelled_reference(u: &Unit, st: &Stmt) -> bool {
    u.hits.iter().any(|n| {
        // (or an owned noun read as a verb with its complementizer: "disputed Russia's claim
        // that ...")
        let last = u.tok_at(n.e).saturating_sub(1);
        let owned_that = n.cue(CueKind::AssertVerb) && last < u.toks.len() && u.word_in(last, &u.g.complementizers) && possessive_end(&u.text[..n.s]);
        if !(n.cue(CueKind::HolderNoun) || n.cue(CueKind::ClaimRef) || owned_that) || !inside(&st.ranges, n.s, n.e) {
            return false;
        }
        let mut t = u.tok_at(n.e);
        // (past the holder named after the noun: "klaim Moskow bahwa Kursk telah direbut")
        if let Some(mi) = u.info.get(t).and_then(|i| i.mention).filter(|_| n.cue(CueKind::HolderNoun)) {
            t = u.tok_at(u.ments[mi].e);
        }
        let from = if owned_that {
            n.e
        } else {
            if t >= u.toks.len() || !u.soft_gap(t.saturating_sub(1), t) || !(u.word_in(t, &u.g.topic_prepositions) || u.word_in(t, &u.g.complementizers) || u.word_in(t, &u.g.infinitive_markers)) {
                return false;
            }
            u.toks[t].e
        };
        let e = st.ranges.iter().find(|r| r.0 <= n.s && n.e <= r.1).map_or(u.e, |r| r.1);
        let end = u.text[from..e].find(['.', ';', ':', ',', '"', '\u{201c}', '\u{201d}']).map_or(e, |i| from + i);
        // (nor past a conjunction before another speech verb of the speaker: "membantah klaim
        // Moskow bahwa Kursk telah direbut sepenuhnya dan menyebut operasi pasukannya ...")
        let end = u.next_speech_clause(from, end).unwrap_or(end);
        // (an object a state that is no agent of its claim owns is no claim word: "Russia's
        // claim that Ukrainian troops had been driven from Kursk")
        let foreign_object = |h: &crate::extract::rules::Hit| {
            h.pays.iter().all(|p| match p {
                Pay::Term(ci, TermKind::Object) => u.ments.iter().any(|m| m.e <= h.s && u.text[m.e..h.s].trim().is_empty() && !u.rules.claims[*ci].agent_actor[m.actor]),
                _ => false,
            })
        };
        // (nor an action a determiner makes a noun of: "Moscow's claim that the fighting in
        // Kursk is over")
        let noun_action = |h: &crate::extract::rules::Hit| {
            let t = u.tok_at(h.s);
            t > 0 && u.has(t - 1, CueKind::DefBefore) && h.pays.iter().all(|p| matches!(p, Pay::Term(_, TermKind::Action | TermKind::Place)))
        };
        u.text[from..end].split_whitespace().count() >= 3
            && !u.hits.iter().any(|h| {
                h.s >= from && h.e <= end && (h.cue(CueKind::ClaimRef) || h.cue(CueKind::HolderNoun) || (h.pays.iter().any(|p| matches!(p, Pay::Term(_, k) if *k != TermKind::Place)) && !foreign_object(h) && !noun_action(h)))
            })
    })
}

/// The scope of a speech verb, right after the verb, is its object's topic and nothing
/// more: a question noun among its first three words ("responded to questions about",
/// "menjawab pertanyaan soal") or a topic preposition as its first word before an article
/// or a determiner ("commented on the reports"; not "said on Monday", "said about half"); and
/// no comma or complementizer after it opens a clause ("mengatakan, terkait pasukan itu,
/// bahwa ..." is a statement).
fn topic_object(u: &Unit, st: &Stmt) -> bool {
    let (Some(&(rs, e)), Some((_, ce))) = (st.ranges.first(), st.cue_span) else { return false };
    // (the scope may hold the cue itself)
    if rs > ce && !u.text.get(ce..rs).is_some_and(|g| g.trim().is_empty()) {
        return false;
    }
    let s = rs.max(ce);
    if s >= e {
        return false;
    }
    let t0 = u.tok_at(s);
    let words: Vec<usize> = (t0..u.toks.len()).take_while(|&t| u.toks[t].e <= e).collect();
    let first = &words[..words.len().min(3)];
    let topic = first.iter().any(|&t| u.word_in(t, &u.g.question_nouns))
        || first.first().is_some_and(|&t| u.word_in(t, &u.g.topic_prepositions))
            && first.get(1).is_some_and(|&n| !u.info[n].date && (u.has(n, CueKind::DefBefore) || u.has(n, CueKind::Determiner)));
    topic && !u.text[s..e].contains([',', ';', ':']) && !words.iter().any(|&t| u.word_in(t, &u.g.complementizers))
}

/// The date a phrase pointing back (`Grammar::then_phrases`: "at the time", "saat itu")
/// before the statement's cue refers to: the last resolved date that ends before the
/// phrase, in this unit or an earlier one. None without such a phrase or date.
fn then_date(u: &Unit, st: &Stmt, resolved: &[Resolved]) -> Option<DateSpan> {
    let upto = st.cue_span.map_or(st.at, |c| c.0).max(u.s);
    let (at, _) = u.g.then_phrases.phrases_in(u.lower(u.s, upto)).next()?;
    let pos = u.norm.doc(u.norm_at(u.s) + at);
    resolved.iter().rev().find(|r| r.1 <= pos).map(|r| r.2)
}

/// An exchange phrase (`Grammar::exchange_phrases`: "in return for", "sebagai imbalan
/// atas") ends at most three words before document offset `pos`, in the same clause.
fn after_exchange(u: &Unit, pos: usize) -> bool {
    let before = u.lower(pos.saturating_sub(80), pos);
    u.g.exchange_phrases.phrases_in(before).any(|(_, e)| {
        let rest = &before[e..];
        !rest.contains([',', ';', '.', ':', '"']) && rest.split_whitespace().count() <= 3
    })
}

/// A negated reporting verb of the scope stands before the claim at `pos`, in its clause
/// ("did not mention the deployment of North Korean troops"): the claim is not spoken of.
fn silent_before(u: &Unit, st: &Stmt, pos: usize) -> bool {
    // (hits are in text order and do not overlap: the verb is the negator's next hit)
    u.hits.windows(2).any(|w| {
        let (n, r) = (&w[0], &w[1]);
        r.e <= pos
            && n.cue(CueKind::Negator)
            && r.cue(CueKind::Reporting)
            && r.ns >= n.ne
            && u.norm.text[n.ne..r.ns].trim().is_empty()
            && inside(&st.ranges, n.s, n.e)
            && !u.text[r.e..pos].contains([',', ';', '.', ':'])
    })
}

/// A topic negation (`Grammar::topic_negations`: "bukan lagi soal", "no longer about") ends at
/// most two words before the claim at `pos`, in its clause ("Ini bukan lagi soal transfer
/// senjata"): what is negated is the topic, not the claim, which is then not spoken of.
fn topic_negated(u: &Unit, st: &Stmt, pos: usize) -> bool {
    topic_negated_from(u, st.ranges.iter().filter(|r| r.0 <= pos).map(|r| r.0).max().unwrap_or(u.s), pos)
}

/// [`topic_negated`] in the text from `from` (a scope's or the unit's start).
fn topic_negated_from(u: &Unit, from: usize, pos: usize) -> bool {
    let before = u.lower(pos.saturating_sub(60).max(from), pos);
    u.g.topic_negations.phrases_in(before).any(|(_, e)| {
        let rest = &before[e..];
        !rest.contains([',', ';', '.', ':', '"']) && rest.split_whitespace().count() <= 2
    })
}

/// The sentence `(ss, se)` of `text` is a question: it ends in a question mark, before
/// closing quotes (the sentence splitter has already read abbreviations and numbers).
fn asked(text: &str, (ss, se): (usize, usize)) -> bool {
    text[ss..se].trim_end().trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')']).ends_with('?')
}

/// The weak hedge at `weak` opens a participle clause after a comma that elaborates the
/// claim at `claim` ("had shipped around 7,000 containers to Russia, possibly containing
/// more than 3 million shells"): it hedges the detail, not the claim.
fn elaborates(u: &Unit, claim: usize, weak: usize) -> bool {
    if weak <= claim {
        return false;
    }
    // (or a relative clause on what the claim names: "sent howitzers to Russia, some of
    // which could be used on the battlefield", "mengirim rudal ke Rusia, yang mungkin ...")
    if let Some(c) = u.text[claim..weak].rfind(',') {
        let gap = &u.text[claim + c + 1..weak];
        if !gap.contains(['.', ';', '"', '\u{201c}', '\u{201d}'])
            && gap.split_whitespace().take(3).any(|w| u.g.nonrestrictive_relatives.has(w.trim_matches(|ch: char| !ch.is_alphanumeric())))
        {
            return true;
        }
    }
    if !u.text[claim..weak].trim_end().ends_with(',') {
        return false;
    }
    let mut words = u.text[weak..u.e].split_whitespace();
    words.next();
    words.next().is_some_and(|w| u.g.participle_endings.ends(w))
}

/// Largest gap (bytes) between a deny or hedge verb and the reported content it
/// governs (`membantah telah memasok`, `denied that it had supplied`).
const GOVERNING_GAP: usize = 16;

/// Whether hit `h` is a deny/hedge verb directly governing the content that
/// starts at `start`: it ends just before it, with no comma, clause end or actor
/// in between (`Iran membantah telah memasok ..., kata juru bicara` gives the
/// spokesman's statement the deny of `membantah`).
fn governs(u: &Unit, h: &crate::extract::rules::Hit, start: usize) -> bool {
    if h.e > start || start - h.e > GOVERNING_GAP {
        return false;
    }
    let verb = h.cue(CueKind::Deny) || h.cue(CueKind::DenyVerb) || h.cue(CueKind::Hedge) || h.cue(CueKind::HedgeVerb);
    let gap = &u.text[h.e..start];
    verb && !gap.contains([',', ';', '.', ':', '"', '\u{201c}', '\u{201d}']) && !u.ments.iter().any(|m| m.s >= h.e && m.e <= start)
}

fn scope_cues(u: &Unit, st: &Stmt) -> Cues {
    let mut c = Cues::default();
    let first = st.ranges.iter().map(|r| r.0).min();
    for h in &u.hits {
        let inside = st.ranges.iter().any(|r| h.s >= r.0 && h.e <= r.1);
        let governing = !st.holder && !st.direct && first.is_some_and(|f| governs(u, h, f));
        // a statement's own cue carries its stance, wherever its scope lies: "was denied by",
        // "dibantah oleh", ", which Moscow has denied"
        let own = st.cue_span == Some((h.s, h.e));
        if !inside && !governing && !own {
            continue;
        }
        let w = || Some(u.text[h.s..h.e].to_string());
        // "slammed the confirmation", "mengecam pengakuan itu": a verb that rejects the other
        // side's admission takes what was admitted as true
        // (and so does the statement's own naming verb: "called the admission proof that
        // ...", "menyebut pengakuan itu bukti bahwa ...")
        let condemns = (h.cue(CueKind::DenyVerb) || own && u.g.naming_verbs.has(&u.text[h.s..h.e])) && condemns_admission(u, h);
        c.condemned |= condemns && (inside || own);
        // (so does an admission that the scope says proves or shows something: "mengatakan
        // pengakuan tersebut membuktikan bahwa Korea Utara merupakan pihak yang turut serta
        // dalam agresi Rusia", "said the admission proved that ...")
        if inside && !own && h.cue(CueKind::AssertVerb) && admission_subject(u, h) {
            c.condemned = true;
            if c.assert.is_none() {
                c.assert = w();
            }
            continue;
        }
        // "accused North Korea of supplying shells, accusations both countries have denied":
        // a denial in a relative clause on the accusation is another party's, not this one's
        if !own && h.cue(CueKind::DenyVerb) && about_accusation(u, h.s) {
            continue;
        }
        if condemns {
            if c.assert.is_none() {
                c.assert = w();
            }
            continue;
        }
        // "membuat bantahan Pyongyang makin sulit dipertahankan", "Pyongyang's denials": a
        // denial owned by another state named with it is that state's, not the speaker's
        if !own && h.cue(CueKind::Deny) && u.g.denial_nouns.has(&u.text[h.s..h.e]) && denial_of_other(u, h, st) {
            continue;
        }
        // "sanctions targeting Russia's so-called shadow fleet": a distancing label on words
        // that name no claim is no denial
        if !own && h.cue(CueKind::Deny) && u.g.distancing_modifiers.has(&u.text[h.s..h.e]) && !labels_claim(u, h) {
            continue;
        }
        // "the veto had nothing to do with the panel's methods": a denial of a relation to
        // something that names no claim, no reference and no pronoun denies nothing
        if !own && h.cue(CueKind::Deny) && u.g.relation_phrases.phrases_in(&u.text[h.s..h.e].to_lowercase()).next().is_some() && !labels_claim(u, h) {
            let t = u.tok_at(h.e);
            if !(t < u.toks.len() && (u.has(t, CueKind::Pronoun) || u.word_in(t, &u.g.neuter_pronouns) || u.word_in(t, &u.g.plural_pronouns))) {
                continue;
            }
        }
        // "Zelensky said, without providing evidence, that ...": the writer's note on the
        // statement is no denial of the speaker's
        if !own && h.cue(CueKind::Deny) && writer_note(u, h) {
            continue;
        }
        if c.deny.is_none() && (h.cue(CueKind::Deny) || h.cue(CueKind::DenyVerb)) {
            c.deny = w();
        }
        if c.hedge.is_none() && (h.cue(CueKind::Hedge) || h.cue(CueKind::HedgeVerb)) {
            c.hedge = w();
            c.hedge_at = h.s;
        }
        // "May" (the month) is not "may": a capitalized weak hedge inside a unit is a name
        // (not at the start of a quote or a sentence inside the unit)
        let opens = u.text[u.s..h.s].trim_end().chars().last().is_none_or(|c| matches!(c, '"' | '\u{201C}' | '\u{2018}' | '(' | ':' | '.' | '!' | '?'));
        let capitalized = !opens && u.text[h.s..h.e].chars().next().is_some_and(char::is_uppercase);
        // ("alleged" as the statement's own verb asserts: "Austin alleged on Thursday that")
        if c.weak.is_none() && !capitalized && !own && (h.cue(CueKind::HedgeWeak) || h.cue(CueKind::WriterHedge)) {
            c.weak = w();
            c.weak_at = h.s;
        }
        if c.assert.is_none() && (h.cue(CueKind::Assert) || h.cue(CueKind::AssertVerb)) {
            c.assert = w();
        }
    }
    c
}

/// Whether hit `h` opens with a note preposition ("without", "tanpa") set off by commas right
/// after a speech verb, closing within three words after the hit: "said, without providing
/// evidence, that", "mengatakan, tanpa memberikan bukti, bahwa".
fn writer_note(u: &Unit, h: &crate::extract::rules::Hit) -> bool {
    let t = u.tok_at(h.s);
    if t == 0 || t >= u.toks.len() || !u.word_in(t, &u.g.note_prepositions) || u.text[u.toks[t - 1].e..h.s].trim() != "," {
        return false;
    }
    let verb = u.toks[t - 1].e;
    let said = u.hits.iter().any(|x| x.e == verb && x.speech().is_some());
    let end = u.tok_at(h.e);
    said && (end..u.toks.len().min(end + 4)).any(|k| u.text[u.toks[k - 1].e..u.toks[k].s].trim() == ",")
}

/// A claim term or a reference to a claim follows hit `h` within a few words, with no
/// clause break between ("so-called arms deal", "apa yang disebut pasukan Korea Utara").
fn labels_claim(u: &Unit, h: &crate::extract::rules::Hit) -> bool {
    u.hits.iter().any(|x| {
        x.s >= h.e
            && x.s - h.e <= 40
            && (x.pays.iter().any(|p| matches!(p, Pay::Term(..))) || x.cue(CueKind::ClaimRef))
            && u.text.get(h.e..x.s).is_some_and(|g| !g.contains([',', ';', ':', '.']))
    })
}

/// The states of the unit's claim holders ("Gerasimov's claim", "laporan NIS") other than
/// `country`, in the order of the statements.
fn holder_countries<'a>(stmts: &'a [Stmt], country: Option<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
    stmts.iter().filter(|h| h.holder).filter_map(|h| h.speaker.as_ref()?.country.as_deref()).filter(move |&k| Some(k) != country)
}

/// Some row keyed `key` asserts the claim with id `claim`.
fn asserted(rows: &[Row], key: &str, claim: &str) -> bool {
    took(rows, key, claim, StanceKind::Assert)
}

/// Some row keyed `key` takes stance `kind` on the claim with id `claim`.
fn took(rows: &[Row], key: &str, claim: &str, kind: StanceKind) -> bool {
    rows.iter().any(|r| r.key == key && r.stance.stance == kind && r.stance.claim == claim)
}

/// The claim of the last stance of `kind` that `keep` accepts in the three units before unit
/// `ui`; None when there is none.
fn last_claim_of(rows: &[Row], rules: &Rules, ui: usize, kind: StanceKind, keep: impl Fn(&Row) -> bool) -> Option<usize> {
    rows.iter()
        .rev()
        .take_while(|r| ui - r.unit <= 3)
        .find(|r| r.unit < ui && r.stance.stance == kind && keep(r))
        .and_then(|r| rules.claims.iter().position(|c| c.id == r.stance.claim))
}

/// The last row on the claim with id `claim` in the `back` units before unit `ui`; None
/// when there is none.
fn last_on_claim<'r>(rows: &'r [Row], ui: usize, back: usize, claim: &str) -> Option<&'r Row> {
    rows.iter().rev().take_while(|r| r.unit + back >= ui).find(|r| r.unit < ui && r.stance.claim == claim)
}

/// The claims (indices, sorted, once each) of the rows of unit `ui` that `keep` accepts;
/// the unit's rows are the last ones pushed, or the last before those of later units.
fn unit_claims_by(rows: &[Row], ui: usize, rules: &Rules, keep: impl Fn(&Row) -> bool) -> Vec<usize> {
    let mut v: Vec<usize> = rows
        .iter()
        .rev()
        .skip_while(|r| r.unit > ui)
        .take_while(|r| r.unit == ui)
        .filter(|r| keep(r))
        .filter_map(|r| rules.claims.iter().position(|c| c.id == r.stance.claim))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// `g`, the text between a name and the word after it, is a possessive ending ("'s ").
fn possessive_gap(g: &str) -> bool {
    matches!(g, "'s " | "\u{2019}s ")
}

/// `s` starts with a possessive ending and its space ("'s ", "’s ").
fn possessive_start(s: &str) -> bool {
    s.starts_with("'s ") || s.starts_with("\u{2019}s ")
}

/// `s` ends with a possessive ending and its space ("Russia's ").
fn possessive_end(s: &str) -> bool {
    s.ends_with("'s ") || s.ends_with("\u{2019}s ")
}

/// A denial word owned by a state other than the speaker's: the state's mention right after
/// it ("bantahan Pyongyang") or right before it with a possessive ending ("Pyongyang's
/// denials").
fn denial_of_other(u: &Unit, h: &crate::extract::rules::Hit, st: &Stmt) -> bool {
    let mine = st.speaker.as_ref().and_then(|s| s.country.as_deref());
    u.ments.iter().enumerate().any(|(mi, m)| {
        let Some(k) = u.actor(mi).country_at(u.date) else { return false };
        if Some(k) == mine {
            return false;
        }
        let after = m.s >= h.e && u.text.get(h.e..m.s).is_some_and(|g| g == " ");
        let before = m.e <= h.s && u.text.get(m.e..h.s).is_some_and(possessive_gap);
        after || before
    })
}

/// The object of the verb `h` is an admission (`admission_nouns`), after at most one
/// determiner or article: "slammed the confirmation", "mengecam pengakuan itu".
fn condemns_admission(u: &Unit, h: &crate::extract::rules::Hit) -> bool {
    let mut t = u.tok_at(h.e);
    if t < u.toks.len() && (u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore)) {
        t += 1;
    }
    t < u.toks.len() && u.word_in(t, &u.g.admission_nouns) && u.text[h.e..u.toks[t].s].chars().all(|c| c.is_alphabetic() || c.is_whitespace())
}

/// The subject right before the verb `h` is an admission (`admission_nouns`), maybe with
/// a demonstrative after it: "the admission proved", "pengakuan tersebut membuktikan".
fn admission_subject(u: &Unit, h: &crate::extract::rules::Hit) -> bool {
    let mut t = u.tok_at(h.s);
    if t > 0 && u.has(t - 1, CueKind::DefAfter) && u.soft_gap(t - 1, t) {
        t -= 1;
    }
    t > 0 && u.word_in(t - 1, &u.g.admission_nouns) && u.soft_gap(t - 1, t)
}

/// A holder noun or claim reference ("accusations", "tuduhan yang") ends at most five words
/// before `pos`, in the same clause: the verb at `pos` sits in a relative clause on it.
fn about_accusation(u: &Unit, pos: usize) -> bool {
    u.hits.iter().any(|n| {
        (n.cue(CueKind::HolderNoun) || n.cue(CueKind::ClaimRef))
            && n.e <= pos
            && u.text.get(n.e..pos).is_some_and(|g| {
                let g = g.trim_start_matches([',', ' ']);
                !g.contains(['.', ';', ':', '"', ',', '\u{201C}', '\u{201D}']) && g.split_whitespace().count() <= 5
            })
    })
}

fn decide(c: &Cues, negator: Option<String>, speech_cue: &str) -> (StanceKind, String, bool) {
    if let Some(d) = &c.deny {
        return (StanceKind::Deny, d.clone(), false);
    }
    if let Some(n) = negator {
        return (StanceKind::Deny, n, false);
    }
    if let Some(h) = &c.hedge {
        return (StanceKind::Hedge, h.clone(), false);
    }
    if let Some(h) = &c.weak {
        return (StanceKind::Hedge, h.clone(), true);
    }
    let cue = c.assert.clone().unwrap_or_else(|| speech_cue.to_string());
    (StanceKind::Assert, cue, false)
}

fn evidence(u: &Unit, st: &Stmt) -> (usize, usize) {
    if st.direct {
        if let Some(r) = st.ranges.iter().find(|r| r.1 > r.0) {
            return *r;
        }
    }
    (u.s, u.e)
}

/// The start of an object or phrase of claim `c` in `ranges` joined by one conjunction
/// (`object_joins`: "or", "atau") to an object or phrase of a claim in `to`, either way
/// round: "transfer senjata atau teknologi", "weapons or technology transfers". The two
/// claims are named alike. None when no such pair is there.
fn joined_objects(u: &Unit, ranges: &[(usize, usize)], c: usize, to: &[usize]) -> Option<usize> {
    let names = |h: &crate::extract::rules::Hit, c: usize| h.term(c, TermKind::Object) || h.term(c, TermKind::Phrase);
    let within = |h: &&crate::extract::rules::Hit| ranges.iter().any(|r| h.s >= r.0 && h.e <= r.1);
    let join = |a: usize, b: usize| u.text.get(a..b).is_some_and(|g| {
        let mut w = g.split_whitespace();
        w.next().is_some_and(|x| u.g.object_joins.has(x)) && w.next().is_none()
    });
    u.hits.iter().filter(within).filter(|h| names(h, c) && !to.iter().any(|&o| names(h, o))).find(|h| {
        u.hits.iter().filter(within).any(|x| to.iter().any(|&o| names(x, o) && !names(x, c)) && ((x.e <= h.s && join(x.e, h.s)) || (h.e <= x.s && join(h.e, x.s))))
    }).map(|h| h.s)
}

/// The statement states a proposition of its own ("membantah klaim Moskow bahwa Kursk telah
/// direbut", "denied that the talks had failed"): a complementizer in the scope followed
/// by at least four words, none of them a claim term or a reference to a claim. Such a
/// deny or hedge is about that proposition, not about a claim of the context.
fn own_proposition(u: &Unit, st: &Stmt) -> bool {
    let Some(&(rs, re)) = st.ranges.first() else { return false };
    let t0 = u.toks.partition_point(|t| t.s < rs);
    // a complementizer, not a demonstrative: not the scope's first word, not before an
    // auxiliary ("that is left to be seen")
    // (nor one that opens another proposition after a comma: "said he was \"not aware of
    // the situation,\" adding that Beijing's position was clear", "..., and that ...")
    // (a filler may stand between: "saying only that"; and a clause after a semicolon is
    // another one: "dismissed the reports as \"fake\"; it has since declined to comment,
    // saying only that ...")
    // (so does a speech participle with a subject of its own after a comma: "declined to
    // confirm the North Koreans' presence, with Peskov saying only that ...")
    let own_subject = |p: usize| {
        let ps = u.toks[p].s;
        u.text[rs..ps].rfind(',').is_some_and(|c| {
            let c = rs + c;
            u.text[c..ps].split_whitespace().count() <= 6 && u.ments.iter().any(|m| m.s > c && m.e <= ps)
        })
    };
    // (the participle may have its addressee and a time before the complementizer:
    // "..., telling reporters on Tuesday that questions on the matter should be addressed to
    // the Defense Ministry", "with spokesman Dmitry Peskov saying at one point that")
    let addressed = |t: usize| {
        (t.saturating_sub(5).max(t0 + 1)..t.saturating_sub(1)).rev().any(|q| {
            u.word_in(q, &u.g.participle_speech) && (comma_before(u, q) || own_subject(q)) && (q + 1..t).all(|k| u.soft_gap(k - 1, k))
        })
    };
    let another = |t: usize| {
        let t = if t > t0 + 2 && u.has(t - 1, CueKind::Filler) { t - 1 } else { t };
        (t > t0 + 1
            && (u.word_in(t - 1, &u.g.participle_speech) || u.word_in(t - 1, &u.g.sequence_conjunctions) || u.word_in(t - 1, &u.g.contrast_conjunctions))
            && (comma_before(u, t - 1) || (u.word_in(t - 1, &u.g.participle_speech) && own_subject(t - 1))))
            || addressed(t)
            // (a participle a subordinator opens after a comma: "..., while stressing that
            // any transfer would breach sanctions")
            || (t > t0 + 2 && u.word_in(t - 2, &u.g.subordinators) && comma_before(u, t - 2) && u.g.participle_endings.ends(&u.text[u.toks[t - 1].s..u.toks[t - 1].e]))
            || u.text[rs..u.toks[t].s].contains(';')
            // (or a join without a comma after words of the scope's own: "could not yet
            // confirm the origin of the missiles and that fragments were still being examined")
            || (t > t0 + 3 && u.word_in(t - 1, &u.g.sequence_conjunctions) && !u.word_in(t - 2, &u.g.sequence_conjunctions))
    };
    let Some(c) = (t0..u.toks.len())
        .take_while(|&t| u.toks[t].e <= re)
        // (nor a demonstrative of a time: "dismissing the claims that month as rumors")
        .find(|&t| u.word_in(t, &u.g.complementizers) && t > t0 && !u.info[t].date && !(t + 1 < u.toks.len() && u.word_in(t + 1, &u.g.auxiliaries)))
        .filter(|&c| !another(c))
    else {
        return false;
    };
    let after = u.toks[c].e;
    // the proposition ends with its clause
    let scope_end = st.ranges.iter().map(|r| r.1).max().unwrap_or(re);
    let end = u.text.get(after..scope_end).and_then(|r| r.find([',', ';'])).map_or(scope_end, |i| after + i);
    // (a proposition that is itself the hedge is no other topic: "would say only that satellite
    // pictures \"reflect something\"")
    // (or a hedging verb phrase quoted: "that Japan was \"gathering and analysing
    // information\" on the matter")
    if u.hits.iter().any(|h| h.s >= after && h.e <= end && (h.cue(CueKind::Hedge) || h.cue(CueKind::HedgeVerb))) {
        return false;
    }
    let words = u.toks[c + 1..].iter().take_while(|t| t.e <= end).count();
    // (a clause that strands its preposition is a relative one, no proposition: "if there is
    // such a thing that the world media are talking about")
    if words > 0 && u.word_in(c + words, &u.g.topic_prepositions) {
        return false;
    }
    // (a holder's noun is a reference too: "told the council that Washington's claims were
    // unfounded")
    // (an object a possessive gives to the claim's recipient named just before is that
    // recipient's own, no claim word: "Moscow's claim that its forces had retaken all of Kursk")
    let recipients_own = |h: &crate::extract::rules::Hit| {
        let t = u.tok_at(h.s);
        t > 0 && u.word_in(t - 1, &u.g.body_possessives) && {
            let owner = u.ments.iter().rev().find(|m| m.e <= u.toks[t - 1].s && m.s >= rs);
            owner.is_some_and(|m| {
                h.pays.iter().all(|p| match p {
                    Pay::Term(ci, TermKind::Object) => u.rules.claims[*ci].recipient_actor[m.actor] && !u.rules.claims[*ci].agent_actor[m.actor],
                    _ => false,
                })
            })
        }
    };
    let claimish = u.hits.iter().any(|h| {
        h.s >= after && h.e <= end && (h.cue(CueKind::ClaimRef) || h.cue(CueKind::HolderNoun) || (h.pays.iter().any(|p| matches!(p, Pay::Term(_, k) if *k != TermKind::Place)) && !recipients_own(h)))
    });
    words >= 4 && !claimish
}

/// The date at `s..e` is a determiner's modifier before a noun, naming an event ("debris
/// from the Jan. 2 attack"), not a time of the clause.
fn attributive_date(u: &Unit, s: usize, e: usize) -> bool {
    let (t0, t1) = (u.tok_at(s), u.tok_at(e));
    t0 > 0
        && (u.has(t0 - 1, CueKind::DefBefore) || u.has(t0 - 1, CueKind::Determiner))
        && u.soft_gap(t0 - 1, t0)
        && t1 < u.toks.len()
        && u.text[e..u.toks[t1].s].trim().is_empty()
        && u.text[u.toks[t1].s..].starts_with(char::is_lowercase)
}

/// The date of a statement from the resolved expressions of its sentence `ss..se`:
/// None when the sentence has none (the caller keeps the sentence date); Some(None) when
/// every one lies inside what is said (an event date); else Some(the first one of the frame,
/// finer than a year when there is one). A passive's agent and what follows it is its frame.
fn frame_date(u: &Unit, st: &Stmt, resolved: &[Resolved], ss: usize, se: usize) -> Option<Option<DateSpan>> {
    let Some((cs, ce)) = st.cue_span else { return None };
    let lo = resolved.partition_point(|r| r.0 < ss);
    let here = &resolved[lo..lo + resolved[lo..].iter().take_while(|r| r.1 <= se).count()];
    if here.is_empty() || st.cue_kind == Some(CueKind::Passive) {
        return None;
    }
    let content = |r: &Resolved| {
        let inside = st.ranges.iter().any(|g| r.0 >= g.0 && r.1 <= g.1);
        // right after the cue: "said on Tuesday that", "mengatakan pada Selasa (5/11) bahwa"
        // (not after a comma that opens the content); a "since" date is an event start
        let near_cue = r.0 >= ce && u.text.get(ce..r.0).is_some_and(|g| g.split_whitespace().count() <= 2 && !g.contains(['"', '\u{201C}', ',']));
        // a date right after the question the speaker answered is the statement's ("asked in
        // January about the reports, said", "ditanya pada Senin (13/1) soal laporan itu")
        let asked = || {
            let t = u.tok_at(r.0);
            (t.saturating_sub(3)..t).any(|q| u.word_in(q, &u.g.question_openers) && !u.text[u.toks[q].e..r.0].contains([',', '"', '\u{201C}']))
        };
        // (between the cue and the date; the date closes its clause: the sentence ends or a
        // comma follows)
        let g = u.text.get(ce..r.0).unwrap_or("");
        let closes = || u.text.get(r.1..se).is_some_and(|t| t.trim().trim_end_matches(['.', '"', '\u{201D}']).is_empty() || t.trim_start().starts_with(','));
        // a date that closes the clause right after a quoted phrase the cue names is the
        // statement's ("called them \"groundless rumors\" in October last year, while ...")
        let after_quote = || {
            let straight = g.matches('"').count();
            let (open, close) = (g.matches('\u{201C}').count(), g.matches('\u{201D}').count());
            let last = g.rfind(['"', '\u{201D}']);
            (straight + open + close) > 0
                && straight % 2 == 0
                && open == close
                && last.is_some_and(|k| {
                    let rest = g[k..].trim_start_matches(['"', '\u{201D}']);
                    // (also after the occasion: "sebagai \"rumor tak berdasar\" dalam sidang
                    // komite Majelis Umum PBB pada Oktober tahun lalu")
                    let occasion = || rest.split_whitespace().count() <= 8 && rest.split_whitespace().next().is_some_and(|w| u.g.event_prepositions.has(w));
                    !g[k..].contains(',') && (g[k..].split_whitespace().count() <= 2 || occasion())
                })
                && closes()
        };
        // (or right after a short object that the cue takes, when it closes the clause:
        // "confirmed the deployment in late October, with ...", "denied the reports last
        // week.")
        let after_object = || {
            let t = u.tok_at(ce);
            matches!(st.cue_kind, Some(CueKind::AssertVerb | CueKind::DenyVerb))
                && g.split_whitespace().count() <= 3
                && !g.contains(['"', '\u{201C}', '\u{201D}', ',', ';'])
                && t < u.toks.len()
                && (u.has(t, CueKind::Determiner) || u.has(t, CueKind::DefBefore) || u.hits.iter().any(|h| h.s == u.toks[t].s && h.cue(CueKind::ClaimRef)))
                && closes()
        };
        // (or after the cue's short object and right before the complementizer that opens what
        // is said: "told the ABC on Monday that ...", "told reporters in Seoul on Friday that")
        let before_that = || {
            let t = u.tok_at(r.1);
            !g.contains(['"', '\u{201C}', '\u{201D}', ',', ';', '.'])
                && g.split_whitespace().count() <= 5
                && t < u.toks.len()
                && u.text[r.1..u.toks[t].s].trim().is_empty()
                && u.word_in(t, &u.g.complementizers)
        };
        r.3 || (inside && !near_cue && !asked() && !after_quote() && !after_object() && !before_that()) || attributive_date(u, r.0, r.1)
    };
    let framed: Vec<&Resolved> = here.iter().filter(|r| !content(r)).collect();
    if framed.is_empty() {
        return Some(None);
    }
    // (of two days before the cue, the one nearer it: "Seperti dilansir Yonhap, Sabtu
    // (19/10/2024), NIS dalam pernyataannya pada Jumat (18/10) mengatakan" is Friday's)
    let days_before: Vec<DateSpan> = framed.iter().filter(|r| r.1 <= cs && r.2.start == r.2.end).map(|r| r.2).collect();
    if days_before.len() >= 2 {
        return Some(days_before.last().copied());
    }
    Some(framed.iter().map(|r| r.2).find(|d| d.precision != crate::model::Precision::Year).or(framed.first().map(|r| r.2)))
}

/// A hit of `kind` within `max_words` words before the statement's cue, in its clause:
/// a vague past adverb ("selama ini sama-sama membantah", "has long denied": made at an
/// unknown time) or a negator ("has never officially acknowledged", "tidak mengakui").
fn before_cue(u: &Unit, st: &Stmt, kind: CueKind, max_words: usize) -> bool {
    let Some((cs, _)) = st.cue_span else { return false };
    u.hits.iter().any(|h| {
        h.cue(kind)
            && h.e <= cs
            && u.text.get(h.e..cs).is_some_and(|between| {
                // fillers do not count ("tidak pernah secara resmi mengakui")
                let filler: usize = u.hits.iter().filter(|f| f.cue(CueKind::Filler) && f.s >= h.e && f.e <= cs).map(|f| u.text[f.s..f.e].split_whitespace().count()).sum();
                !between.contains([',', '.', ';', ':', '"', '\u{201C}', '\u{201D}']) && between.split_whitespace().count().saturating_sub(filler) <= max_words
            })
    })
}

/// How far back (in units) a statement without a date of its own looks for the same
/// actor's dated statement, while no other time is named in between.
const FAR_UNITS: usize = 8;

/// What [`finish`] reads of the document's times: its resolved expressions, the starts of
/// those only inside what a statement says, and the article's day.
#[derive(Clone, Copy)]
struct Times<'a> {
    resolved: &'a [Resolved],
    told: &'a [usize],
    anchor_day: Option<DateSpan>,
}

/// Document-level clean-up: weak hedges superseded by an assert of the same country (not
/// an analyst's), hedges after the same speaker's denial in a sentence, duplicates, dates
/// shared within a speaker's run of statements, and the story's day for a statement in the
/// past with none.
fn finish(rows: Vec<Row>, dated: &[DatedStmt], units: &[(usize, usize)], times: &Times, g: &Grammar, mut ex: Extraction) -> Extraction {
    let Times { resolved, told, anchor_day } = *times;
    let present = &g.present_endings;
    // (an analyst's assert supersedes no official's weak hedge: "Russia might be providing
    // technology in return, Blinken said" beside "\"It's almost certain that Russia is paying
    // for those shells with know-how,\" a former U.S. intelligence analyst said")
    let independent = |r: &Row| r.stance.speaker.split(|c: char| !c.is_alphanumeric()).any(|w| g.independent_titles.has(w));
    let asserted: Vec<(String, String)> = rows
        .iter()
        .filter(|r| r.stance.stance == StanceKind::Assert && !independent(r))
        .filter_map(|r| r.stance.country.clone().map(|c| (c, r.stance.claim.clone())))
        .collect();
    let mut kept: Vec<Row> = rows
        .into_iter()
        .filter(|r| {
            !(r.weak && r.stance.country.as_ref().is_some_and(|c| asserted.iter().any(|(x, cl)| x == c && *cl == r.stance.claim)))
        })
        .collect();
    // a denial (or hedge) that names no claim is of what the same side's denial (hedge) in
    // the next sentence names, when that one names another claim and none names the
    // context's ("Pyongyang has consistently rejected the allegations. In a statement carried
    // by KCNA, Kim Yo Jong called the reports of arms exports an \"absurd paradox\"")
    for i in 0..kept.len() {
        // (an assertion is never `Some(false)`)
        if kept[i].named != Some(false) {
            continue;
        }
        let (unit, country, claim) = (kept[i].unit, kept[i].stance.country.clone(), kept[i].stance.claim.clone());
        if country.is_none() {
            continue;
        }
        let kind = kept[i].stance.stance;
        // (or in its own sentence: "mengatakan para ahli masih memeriksa puing-puing ...,
        // sehingga pihaknya belum dapat mengonfirmasi bahwa rudal itu buatan Korea Utara")
        let next = |r: &&Row| (r.unit == unit + 1 || r.unit == unit && r.named == Some(true)) && r.stance.country == country && r.stance.stance == kind;
        // (nor when another statement of its own unit names that claim: "Both governments
        // acknowledged only last month that North Korean soldiers had fought in Kursk, after
        // Kremlin officials had spent months waving away reports of their presence")
        let named_here = kept.iter().any(|r| r.unit == unit && r.named == Some(true) && r.stance.claim == claim);
        if named_here || kept.iter().filter(next).any(|r| r.stance.claim == claim) {
            continue;
        }
        if let Some(c) = kept.iter().filter(next).find(|r| r.named == Some(true)).map(|r| r.stance.claim.clone()) {
            kept[i].stance.claim = c;
        }
    }
    // a hedge after a denial of the same speaker on the same claim in the same sentence is
    // a refusal to say more, no hedge of its own ("called the report
    // \"another fake\" and declined to comment further", "menyebutnya \"satu lagi berita
    // palsu\" dan enggan berkomentar lebih jauh")
    // (a denial found before the hedge, in the order of the statements)
    // (so is a hedge that names no claim after the same speaker's assertion in the sentence:
    // "told members that the missiles were \"made in Pyongyang\" and that Seoul was deeply
    // worried about what North Korea might learn")
    let asserted_here: Vec<(usize, String, String)> =
        kept.iter().filter(|r| r.stance.stance == StanceKind::Assert).map(|r| (r.stance.sentence, r.stance.speaker.clone(), r.stance.claim.clone())).collect();
    kept.retain(|r| !(r.stance.stance == StanceKind::Hedge && r.named != Some(true) && asserted_here.contains(&(r.stance.sentence, r.stance.speaker.clone(), r.stance.claim.clone()))));
    let mut denied: Vec<(usize, String, String)> = Vec::new();
    kept.retain(|r| {
        let st = &r.stance;
        let key = (st.sentence, st.speaker.clone(), st.claim.clone());
        match st.stance {
            StanceKind::Deny => {
                denied.push(key);
                true
            }
            StanceKind::Hedge => !denied.contains(&key),
            _ => true,
        }
    });
    // a statement without its own date expression takes the date of the same speaker's
    // neighbouring statement that has one ("..., kata pejabat itu, Selasa 8 November";
    // "Lavrov said on Tuesday ... . He added ..."); the same speaker is the same lexicon
    // actor when both are known, else the same state (or the same words)
    let same = |r: &Row, k: &str, a: Option<usize>| match (r.actor, a) {
        (Some(x), Some(y)) => x == y,
        _ => r.key == k,
    };
    // (the day the lead gives the story: the first single day of the first three units, not
    // inside what a statement says, with its unit)
    let lead = units.iter().take(3).enumerate().find_map(|(ui, &(us, ue))| {
        let r0 = resolved.partition_point(|x| x.0 < us);
        resolved[r0..].iter().take_while(|x| x.1 <= ue).find(|x| !x.3 && x.2.start == x.2.end).map(|x| (ui, x.2))
    });
    for r in kept.iter_mut() {
        if r.own_date || r.key.is_empty() || r.key.starts_with("holder:") {
            continue;
        }
        // (a later statement told of a time more than a week before this one's is a
        // flashback, not its date: "North Korea confirmed it sent troops. In October, a North
        // Korean diplomat ... dismissed the reports"; but a lead that sums up what the text
        // then dates takes that date: "Putin signalled ... . Asked on Wednesday, Putin said")
        let own = r.stance.date;
        let flashback = |u: usize, d: &Option<DateSpan>| {
            u > r.unit && matches!((own, d), (Some(o), Some(d)) if d.end + chrono::Days::new(7) < o.start)
        };
        // (further back, the same known actor's last dated statement, while the text has
        // named no other time since: "... diungkap NIS pada Jumat (18/10/2024). [two
        // paragraphs] \"...,\" demikian pernyataan NIS"); a time only inside what a
        // statement says is no time named ("Menurut NIS, para prajurit diangkut ... pada 8-13
        // Oktober. ... NIS juga menyebut ...")
        let unmoved = |u: usize, d: &Option<DateSpan>| {
            let (Some(&(_, from)), Some(&(to, _))) = (units.get(u), units.get(r.unit)) else { return false };
            let r0 = resolved.partition_point(|x| x.0 < from);
            resolved[r0..].iter().take_while(|x| x.0 < to).all(|x| Some(x.2) == *d || told.binary_search(&x.0).is_ok())
        };
        let near = dated.iter().filter(|(u, k, a, d)| {
            let close = same(r, k, *a) && u.abs_diff(r.unit) <= 2;
            let run = *u + 2 < r.unit && r.unit - *u <= FAR_UNITS && r.actor.is_some() && r.actor == *a && unmoved(*u, d);
            (close || run) && !flashback(*u, d)
        });
        if let Some((_, _, _, d)) = near.min_by_key(|(u, _, _, _)| (u.abs_diff(r.unit), *u > r.unit)) {
            r.stance.date = *d;
        } else if r.stance.date.is_some() && r.stance.date == anchor_day {
            // (else the story's day: the day of the last dated statement before it, any
            // speaker's, when that is one of the seven days before the article's: "Putin
            // signalled on Wednesday ... . \"That's why we came here,\" he said" in a Thursday
            // article; an event's day is no story day, "a missile that struck Kharkiv on 2
            // January")
            // (while the text has named no other time since; nor for a statement in the
            // present, "The NIS believes ...")
            let last = dated.iter().filter(|(u, _, _, d)| *u <= r.unit && d.is_some()).max_by_key(|(u, _, _, _)| *u);
            // (an ending doubled is part of the word: "groundless")
            let now = r.stance.cue.rsplit(' ').next().is_some_and(|w| present.ends(w) && !w.char_indices().last().is_some_and(|(i, _)| present.ends(&w[..i])));
            if let (Some((u, _, _, Some(d))), Some(a), false) = (last, anchor_day, now) {
                if d.start == d.end && d.start < a.start && d.start + chrono::Days::new(7) >= a.start && unmoved(*u, &Some(*d)) {
                    r.stance.date = Some(*d);
                }
            } else if let (None, Some(a), false, Some((lu, d))) = (last, anchor_day, now, lead) {
                // (with no dated statement before it, the day the lead gives the story: "Russia
                // on Thursday vetoed a U.N. Security Council resolution ..." in a Friday article)
                if lu <= r.unit && d.start < a.start && d.start + chrono::Days::new(7) >= a.start && unmoved(lu, &Some(d)) {
                    r.stance.date = Some(d);
                }
            }
        }
    }
    let mut seen: std::collections::HashSet<(usize, String, String, StanceKind), FxBuild> = Default::default();
    for r in kept.drain(..) {
        let k = (r.stance.sentence, r.stance.speaker.clone(), r.stance.claim.clone(), r.stance.stance);
        if !seen.insert(k) {
            continue;
        }
        ex.stances.push(r.stance);
    }
    ex
}

/// A section heading inside the body: a whole line of at most eight words with no closing
/// punctuation, right after a paragraph that ends as a sentence does ("...\n\nWashington
/// Waspada\n\nAmerika Serikat ..."). The title and the header lines before the first
/// paragraph are never one.
fn subheading(text: &str, us: usize, ue: usize) -> bool {
    let line = text[us..ue].trim();
    let whole = text[..us].trim_end_matches([' ', '\t']).ends_with('\n') && text[ue..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| c == '\n');
    if !whole || line.is_empty() || line.split_whitespace().count() > 8 || line.ends_with(['.', '!', '?', ':', ',', ';', '"', '\u{201D}', '\u{2019}', ')']) {
        return false;
    }
    let prev = text[..us].trim_end();
    let para = prev.rsplit('\n').next().unwrap_or("");
    para.split_whitespace().count() > 8 && para.ends_with(['.', '!', '?', '"', '\u{201D}'])
}

/// The unit starting at `us` opens with a reference to the statement just made
/// ([`Grammar::statement_recalls`]: "Pernyataan itu", "The statement") and a verb of its
/// delivery follows within three words ("disampaikan", "was carried").
fn recalls_statement(u: &Unit, us: usize) -> bool {
    let head = u.text[us..].trim_start();
    let lower = head[..floor_boundary(head, head.len().min(64))].to_lowercase();
    u.g.statement_recalls.iter().any(|p| {
        lower.starts_with(p)
            && !lower[p.len()..].chars().next().is_some_and(char::is_alphanumeric)
            && lower[p.len()..].split_whitespace().take(3).any(|w| u.g.delivery_verbs.has(w.trim_matches(|c: char| !c.is_alphanumeric())))
    })
}

/// `s` contains a stem of the words for an accusation (`Grammar::accusation_stems`:
/// "the accusations", "accused", "tuduhan", "menuding"): a reference to the accusations
/// is to the claim of the last accusation.
fn accusation_word(g: &Grammar, s: &str) -> bool {
    let l = s.to_lowercase();
    g.accusation_stems.iter().any(|x| l.contains(x))
}
