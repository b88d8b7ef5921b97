//! Compilation of a lexicon into matchers, each a [`WordTrie`] walked from word starts:
//! one over the written forms of every actor alias (original text, case checked per hit)
//! and, per language, one over the normalized cue words and claim terms.

use std::collections::{HashMap, HashSet};

use crate::clean::FxBuild;
use crate::extract::text::{is_word, normalize, select_longest, RawHit};
use crate::extract::trie::WordTrie;
use crate::extract::grammar::Grammar;
use crate::lexicon::{Actor, Lexicon, Merge};

/// What a cue word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Reporting,
    Inverted,
    PronounForm,
    According,
    Passive,
    AssertVerb,
    DenyVerb,
    HedgeVerb,
    Assert,
    Deny,
    Hedge,
    HedgeWeak,
    WriterHedge,
    Pronoun,
    FirstPerson,
    Title,
    Determiner,
    DefAfter,
    DefBefore,
    Relay,
    Negator,
    ClaimRef,
    HolderNoun,
    Filler,
    NoName,
    VaguePast,
    TurnOther,
}

impl CueKind {
    /// Cues that introduce a statement with a speaker.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            CueKind::Reporting
                | CueKind::Inverted
                | CueKind::PronounForm
                | CueKind::According
                | CueKind::Passive
                | CueKind::AssertVerb
                | CueKind::DenyVerb
                | CueKind::HedgeVerb
        )
    }
}

/// What a claim term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    Action,
    Reverse,
    Object,
    Phrase,
    Place,
}

/// Payload of a matched pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pay {
    Cue(CueKind),
    Term(usize, TermKind),
    /// A reference, hedge or denial phrase that names one claim by a word of its own
    /// ("if such a deployment existed", "pengerahan semacam itu": the troops claim), found
    /// whole where the longest match hides that word's own hit.
    Names(usize),
}

/// Cue words and claim terms of one language.
#[derive(Debug, Clone)]
pub struct LangRules {
    trie: WordTrie,
    pays: Vec<Vec<Pay>>,
    /// The language's function words (every language's for an unknown language).
    pub grammar: Grammar,
}

/// A cue or term found in a unit, offsets in the normalized unit and in the document.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// Normalized offsets.
    pub ns: usize,
    pub ne: usize,
    /// Document byte offsets.
    pub s: usize,
    pub e: usize,
    pub pays: &'a [Pay],
}

impl Hit<'_> {
    pub fn cue(&self, k: CueKind) -> bool {
        self.pays.contains(&Pay::Cue(k))
    }
    pub fn speech(&self) -> Option<CueKind> {
        self.pays.iter().find_map(|p| match p {
            Pay::Cue(k) if k.is_speech() => Some(*k),
            _ => None,
        })
    }
    pub fn term(&self, claim: usize, k: TermKind) -> bool {
        self.pays.contains(&Pay::Term(claim, k))
    }
    /// A claim term that names more than an action (an object, a phrase, a party): an
    /// action alone ("without giving details") names no claim.
    pub fn names_claim(&self) -> bool {
        self.pays.iter().any(|p| matches!(p, Pay::Term(_, k) if !matches!(k, TermKind::Action | TermKind::Reverse)))
    }
}

impl LangRules {
    fn build(patterns: Vec<(String, Pay)>, grammar: Grammar) -> LangRules {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<String> = Vec::new();
        let mut pays: Vec<Vec<Pay>> = Vec::new();
        for (p, pay) in patterns {
            let n = normalize(&p, 0).text;
            let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
            if n.is_empty() {
                continue;
            }
            let i = *index.entry(n.clone()).or_insert_with(|| {
                pats.push(n);
                pays.push(Vec::new());
                pats.len() - 1
            });
            if !pays[i].contains(&pay) {
                pays[i].push(pay);
            }
        }
        LangRules { trie: WordTrie::new(&pats), pays, grammar: grammar.normalized() }
    }

    /// All whole-word hits in a normalized text, leftmost-longest, not overlapping.
    /// A word may carry an Indonesian clitic (`-nya`, `-lah`, `-kah`) after the match.
    pub fn find(&self, norm: &str) -> Vec<(usize, usize, usize)> {
        let mut raw: Vec<RawHit> = Vec::with_capacity(norm.len() / 24 + 4);
        // a word matched with a clitic ("sebelum" + "nya") yields to the same word listed
        // whole ("sebelumnya"): those hits go after the exact ones, which win a tie
        let mut with_clitic: Vec<RawHit> = Vec::new();
        self.trie.each_at_word_start(norm, |s, e, id| {
            if raw.len() + with_clitic.len() > 20_000 {
                return;
            }
            if norm[e..].chars().next().is_some_and(is_word) {
                let rest = &norm[e..];
                let clitic = self.grammar.clitics.iter().find(|c| {
                    rest.starts_with(c) && !rest[c.len()..].chars().next().is_some_and(is_word)
                });
                if let Some(c) = clitic {
                    with_clitic.push(RawHit { s, e: e + c.len(), id });
                }
                return;
            }
            raw.push(RawHit { s, e, id });
        });
        raw.append(&mut with_clitic);
        select_longest(raw).into_iter().map(|h| (h.s, h.e, h.id)).collect()
    }

    pub fn pays(&self, id: usize) -> &[Pay] {
        self.pays.get(id).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The trie that finds actor aliases, case-sensitive, over the forms an alias may
/// take (the rule in [`super::mentions`]): as written, in capitals, with its first letter's
/// case changed, and for an alias without capitals also in Title Case. Matching the forms
/// exactly instead of ignoring case means lower-case text (`as`, `atas`, `pasukan`) costs
/// nothing for the alias `AS`, and one pass over the text finds every alias.
#[derive(Debug, Clone)]
pub struct Aliases {
    trie: WordTrie,
    /// The alias group (aliases equal up to ASCII case) of each pattern.
    group: Vec<usize>,
}

/// The written forms of `alias` that can match it (see [`Aliases`]).
pub fn alias_forms(alias: &str) -> Vec<String> {
    let mut forms = vec![alias.to_string(), alias.to_uppercase()];
    let mut c = alias.chars();
    if let Some(f) = c.next() {
        forms.push(format!("{}{}", f.to_lowercase(), c.as_str()));
        forms.push(format!("{}{}", f.to_uppercase(), c.as_str()));
    }
    if !alias.chars().any(char::is_uppercase) {
        let mut title = String::with_capacity(alias.len());
        let mut start = true;
        for ch in alias.chars() {
            if start {
                title.extend(ch.to_uppercase());
            } else {
                title.push(ch);
            }
            start = ch == ' ' || ch == '-';
        }
        forms.push(title);
    }
    forms.sort();
    forms.dedup();
    forms
}

impl Aliases {
    fn build(groups: &[Vec<(usize, String, String)>]) -> Aliases {
        let mut pats: Vec<String> = Vec::new();
        let mut group: Vec<usize> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for (g, owners) in groups.iter().enumerate() {
            for (_, alias, _) in owners {
                for f in alias_forms(alias) {
                    if seen.insert(f.clone()) {
                        pats.push(f);
                        group.push(g);
                    }
                }
            }
        }
        Aliases { trie: WordTrie::new(&pats), group }
    }

    /// Every (start, end, alias group) match of a written form in `text` that starts at a
    /// word start (not after a letter or digit), overlapping, in order of start.
    pub fn each(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        self.trie.each_at_word_start(text, |s, e, p| f(s, e, self.group[p]));
    }
}

/// A claim, compiled.
#[derive(Debug, Clone)]
pub struct ClaimRt {
    pub id: String,
    pub agent: Vec<String>,
    pub recipient: Vec<String>,
    /// The claim has place terms in some language (`object` + `place` can then stand for it).
    pub has_place: bool,
    /// Per actor (lexicon order): the actor is an agent / a recipient of the claim, by its
    /// id or its undated country (`Actor::country_at(None)`).
    pub agent_actor: Vec<bool>,
    pub recipient_actor: Vec<bool>,
}

impl ClaimRt {
    /// The state or IGO `k` is a party to the claim: one of its agents or recipients.
    pub fn party(&self, k: &str) -> bool {
        self.agent.iter().chain(&self.recipient).any(|p| p == k)
    }
}

/// Everything compiled from a lexicon.
#[derive(Debug, Clone)]
pub struct Rules {
    pub actors: Vec<Actor>,
    pub aliases: Aliases,
    /// Per alias group (aliases equal up to ASCII case): (actor index, alias as written,
    /// language code), in lexicon order.
    pub alias_pays: Vec<Vec<(usize, String, String)>>,
    pub claims: Vec<ClaimRt>,
    pub langs: HashMap<String, LangRules, FxBuild>,
    pub any: LangRules,
}

fn cue_patterns(v: &crate::extract::CueVocab) -> Vec<(String, Pay)> {
    use CueKind::*;
    let lists: [(&Vec<String>, CueKind); 28] = [
        (&v.reporting, Reporting),
        (&v.reporting_inverted, Inverted),
        (&v.reporting_pronoun, PronounForm),
        (&v.according, According),
        (&v.passive, Passive),
        (&v.assert_verbs, AssertVerb),
        (&v.deny_verbs, DenyVerb),
        (&v.hedge_verbs, HedgeVerb),
        (&v.assert, Assert),
        (&v.deny, Deny),
        (&v.hedge, Hedge),
        (&v.hedge_weak, HedgeWeak),
        (&v.writer_hedge, WriterHedge),
        (&v.pronouns, Pronoun),
        (&v.first_person, FirstPerson),
        (&v.titles, Title),
        (&v.determiners, Determiner),
        (&v.definite_after, DefAfter),
        (&v.definite_before, DefBefore),
        (&v.relay, Relay),
        (&v.negators, Negator),
        (&v.claim_refs, ClaimRef),
        (&v.holder_nouns, HolderNoun),
        (&v.filler, Filler),
        (&v.nonames, NoName),
        (&v.vague_past, VaguePast),
        // a vague past adverb sits between a speaker and its verb like a filler
        (&v.vague_past, Filler),
        (&v.turn_others, TurnOther),
    ];
    let mut out = Vec::new();
    for (list, k) in lists {
        for w in list {
            out.push((w.clone(), Pay::Cue(k)));
        }
    }
    // (each phrase again with a word's other spellings, unless listed so already)
    let listed: std::collections::HashSet<(String, Pay)> = out.iter().map(|(w, p)| (w.to_lowercase(), *p)).collect();
    let mut more = Vec::new();
    for forms in v.spellings.iter().filter(|f| f.len() > 1) {
        let word = forms[0].to_lowercase();
        for (w, pay) in &out {
            if !w.split(' ').any(|x| x.eq_ignore_ascii_case(&word)) {
                continue;
            }
            for other in &forms[1..] {
                let variant = w.split(' ').map(|x| if x.eq_ignore_ascii_case(&word) { other.as_str() } else { x }).collect::<Vec<_>>().join(" ");
                if !listed.contains(&(variant.to_lowercase(), *pay)) {
                    more.push((variant, *pay));
                }
            }
        }
    }
    out.extend(more);
    out
}

/// The claim named by each reference, hedge or denial phrase of two words or more that
/// holds a one-word action term of exactly one claim (its other words naming no other
/// claim): `Pay::Names`. (Objects do not: "jika ada foto satelit" is about photos, not the
/// satellite technology.)
fn phrase_names(cues: &[(String, Pay)], terms: &[(String, Pay)]) -> Vec<(String, Pay)> {
    let mut owner: HashMap<String, Option<usize>> = HashMap::new();
    for (w, p) in terms {
        let Pay::Term(c, k) = p else { continue };
        if w.contains(' ') {
            continue;
        }
        let slot = owner.entry(w.to_lowercase()).or_insert(Some(*c));
        if *k != TermKind::Action || *slot != Some(*c) {
            *slot = None;
        }
    }
    let mut out = Vec::new();
    for (w, p) in cues {
        if !matches!(p, Pay::Cue(CueKind::ClaimRef | CueKind::Hedge | CueKind::Deny)) || !w.contains(' ') {
            continue;
        }
        let mut named = w.split(' ').filter_map(|x| owner.get(&x.to_lowercase()).copied());
        let Some(Some(c)) = named.next() else { continue };
        if named.all(|o| o == Some(c)) {
            out.push((w.clone(), Pay::Names(c)));
        }
    }
    out
}

fn term_patterns(lex: &Lexicon, lang: Option<&str>) -> Vec<(String, Pay)> {
    let mut out = Vec::new();
    for (ci, c) in lex.claims.iter().enumerate() {
        for (l, t) in &c.terms {
            if lang.is_some_and(|x| x != l && l != "all") {
                continue;
            }
            let lists = [
                (&t.action, TermKind::Action),
                (&t.reverse, TermKind::Reverse),
                (&t.object, TermKind::Object),
                (&t.phrase, TermKind::Phrase),
                (&t.place, TermKind::Place),
            ];
            for (list, k) in lists {
                for w in list {
                    out.push((w.clone(), Pay::Term(ci, k)));
                }
            }
        }
    }
    out
}

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        // Actor aliases, grouped by their ASCII-lower-cased form (one group of owners per form).
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut alias_pays: Vec<Vec<(usize, String, String)>> = Vec::new();
        for (ai, a) in lex.actors.iter().enumerate() {
            for (lang, list) in &a.aliases {
                for alias in list {
                    let alias = alias.trim();
                    if alias.is_empty() {
                        continue;
                    }
                    let n = alias_pays.len();
                    let i = *index.entry(alias.to_ascii_lowercase()).or_insert_with(|| {
                        alias_pays.push(Vec::new());
                        n
                    });
                    alias_pays[i].push((ai, alias.to_string(), lang.clone()));
                }
            }
        }
        let aliases = Aliases::build(&alias_pays);
        let claims = lex
            .claims
            .iter()
            .map(|c| {
                let party = |list: &[String]| -> Vec<bool> {
                    lex.actors
                        .iter()
                        .map(|a| {
                            let country = a.country_at(None);
                            list.iter().any(|x| *x == a.id || Some(x.as_str()) == country)
                        })
                        .collect()
                };
                ClaimRt {
                    id: c.id().to_string(),
                    agent: c.agent.clone(),
                    recipient: c.recipient.clone(),
                    has_place: c.terms.values().any(|t| !t.place.is_empty()),
                    agent_actor: party(&c.agent),
                    recipient_actor: party(&c.recipient),
                }
            })
            .collect();
        let mut codes: Vec<String> = lex.languages.keys().cloned().collect();
        for c in &lex.claims {
            codes.extend(c.terms.keys().cloned());
        }
        codes.retain(|c| c != "all");
        codes.sort();
        codes.dedup();
        let all_cues = lex.languages.get("all").map(|l| cue_patterns(&l.cues)).unwrap_or_default();
        let all_grammar = lex.languages.get("all").map(|l| l.grammar.clone()).unwrap_or_default();
        let mut langs: HashMap<String, LangRules, FxBuild> = HashMap::default();
        let mut any_pats = all_cues.clone();
        let mut any_grammar = all_grammar.clone();
        for code in &codes {
            let mut p = all_cues.clone();
            let mut g = all_grammar.clone();
            if let Some(l) = lex.languages.get(code) {
                let c = cue_patterns(&l.cues);
                any_pats.extend(c.iter().cloned());
                p.extend(c);
                g.merge(l.grammar.clone());
                any_grammar.merge(l.grammar.clone());
            }
            let terms = term_patterns(lex, Some(code));
            p.extend(phrase_names(&p, &terms));
            p.extend(terms);
            langs.insert(code.clone(), LangRules::build(p, g));
        }
        let terms = term_patterns(lex, None);
        any_pats.extend(phrase_names(&any_pats, &terms));
        any_pats.extend(terms);
        let any = LangRules::build(any_pats, any_grammar);
        Rules { actors: lex.actors.clone(), aliases, alias_pays, claims, langs, any }
    }

    /// The cue/term rules for a document language (all languages when unknown).
    pub fn lang(&self, code: Option<&str>) -> &LangRules {
        code.and_then(|c| self.langs.get(c)).unwrap_or(&self.any)
    }
}
