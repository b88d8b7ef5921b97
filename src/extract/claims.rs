//! Claim detection in a statement's scope (see [`crate::extract::ClaimTerms`]).

use crate::extract::attribution::Unit;
use crate::extract::rules::{CueKind, Hit, Pay, TermKind};

/// A claim found in a scope.
#[derive(Debug, Clone)]
pub struct ClaimMatch {
    pub claim: usize,
    /// Terms and a party present; false: terms only (resolved from context).
    pub full: bool,
    /// The negator before the claim's action, if any.
    pub negator: Option<String>,
    /// Document offset of the key term.
    #[allow(dead_code)]
    pub pos: usize,
}

/// Max distance (bytes) between an action and its object.
const NEAR: usize = 100;

/// The span `s..e` lies inside one of `ranges`.
pub(crate) fn inside(ranges: &[(usize, usize)], s: usize, e: usize) -> bool {
    ranges.iter().any(|r| s >= r.0 && e <= r.1)
}

impl Unit<'_> {
    /// Mention `mi`'s actor is marked in `parties` (a claim's `agent_actor` or
    /// `recipient_actor`).
    fn is_party(&self, mi: usize, parties: &[bool]) -> bool {
        parties[self.ments[mi].actor]
    }

    /// The word before document offset `pos` marks an agent (`oleh`, `by`, `dari`, `from`).
    fn marked(&self, pos: usize) -> bool {
        let t = self.toks.partition_point(|t| t.s < pos);
        t > 0 && self.word_in(t - 1, &self.g.agent_prepositions)
    }

    /// The action goes to someone else: the first actor after it, within [`NEAR`] and
    /// after a direction word ("memasok senjata secara langsung ke Ukraina", "sent arms to
    /// Kyiv") or right after the action ("supplying Kyiv with weapons"), is no recipient of
    /// the claim and no place of it.
    fn other_destination(&self, h: &Hit, ments: &[usize], hits: &[&Hit], c: &crate::extract::rules::ClaimRt, ci: usize) -> bool {
        let Some(&mi) = ments.iter().find(|&&i| self.ments[i].s >= h.e && self.ments[i].s - h.e <= NEAR) else { return false };
        let m = self.ments[mi];
        let t = self.toks.partition_point(|t| t.s < m.s);
        // (or right after it, as its object: "kept supplying Kyiv with long-range weapons")
        let directed = t > 0 && self.word_in(t - 1, &self.g.recipient_prepositions) || self.text[h.e..m.s].trim().is_empty();
        let place = hits.iter().any(|p| p.term(ci, TermKind::Place) && p.s <= m.s && m.e <= p.e);
        let between_recipient = ments.iter().any(|&i| self.ments[i].s >= h.e && self.ments[i].e <= m.s && self.is_party(i, &c.recipient_actor));
        directed && !place && !between_recipient && !self.is_party(mi, &c.recipient_actor) && !self.is_party(mi, &c.agent_actor)
    }

    /// The receiving verb takes from someone else: the first actor after it, within
    /// [`NEAR`] and after a source word ("acquiring close-range ballistic missiles from
    /// Iran", "membeli rudal dari Iran"), is a state that is neither agent nor recipient of
    /// the claim.
    fn other_source(&self, h: &Hit, ments: &[usize], c: &crate::extract::rules::ClaimRt) -> bool {
        let Some(&mi) = ments.iter().find(|&&i| self.ments[i].s >= h.e && self.ments[i].s - h.e <= NEAR) else { return false };
        let m = self.ments[mi];
        let t = self.toks.partition_point(|t| t.s < m.s);
        t > 0
            && self.word_in(t - 1, &self.g.source_prepositions)
            && self.actor(mi).kind == crate::lexicon::ActorKind::State
            && !self.is_party(mi, &c.agent_actor)
            && !self.is_party(mi, &c.recipient_actor)
            && !self.text[h.e..m.s].contains([',', ';', ':', '.', '"', '\u{201C}', '\u{201D}'])
    }

    /// A claim's action in `ranges` goes to a state that is neither agent nor recipient of
    /// that claim ("tidak menutup kemungkinan memasok senjata ke Ukraina"), or its receiving
    /// verb takes from one ("acquiring close-range ballistic missiles from Iran"): the scope
    /// speaks of another transfer, so it names no claim of the context either.
    pub fn misdirected(&self, ranges: &[(usize, usize)]) -> bool {
        // (the cheap test first: most scopes hold no transfer verb)
        let verb = |h: &Hit| h.pays.iter().any(|p| matches!(p, Pay::Term(_, TermKind::Action | TermKind::Reverse)));
        if !self.hits.iter().any(|h| verb(h) && inside(ranges, h.s, h.e)) {
            return false;
        }
        let hits: Vec<&Hit> = self.hits.iter().filter(|h| inside(ranges, h.s, h.e)).collect();
        let ments: Vec<usize> = (0..self.ments.len()).filter(|&i| inside(ranges, self.ments[i].s, self.ments[i].e)).collect();
        self.rules.claims.iter().enumerate().any(|(ci, c)| {
            hits.iter().any(|h| {
                (h.term(ci, TermKind::Action) && self.other_destination(h, &ments, &hits, c, ci)) || (h.term(ci, TermKind::Reverse) && self.other_source(h, &ments, c))
            })
        })
    }

    /// Another state is the action's subject: the nearest actor before it is a state that
    /// is neither agent nor recipient of the claim, at most six words before, with no
    /// punctuation, speech cue, complementizer or relative pronoun between ("Iran had not
    /// yet delivered close-range ballistic missiles to Moscow", "Seoul tidak menutup
    /// kemungkinan memasok senjata").
    fn other_agent(&self, h: &Hit, ments: &[usize], c: &crate::extract::rules::ClaimRt) -> bool {
        let Some(&mi) = ments.iter().rev().find(|&&i| self.ments[i].e <= h.s) else { return false };
        let m = self.ments[mi];
        if self.actor(mi).kind != crate::lexicon::ActorKind::State || self.is_party(mi, &c.agent_actor) || self.is_party(mi, &c.recipient_actor) {
            return false;
        }
        let between = &self.text[m.e..h.s];
        // (nor a complementizer: "tuduhan Amerika Serikat bahwa negara itu telah memasok")
        between.split_whitespace().count() <= 6
            && !between.contains([',', ';', ':', '.', '"', '(', ')', '\u{201C}', '\u{201D}'])
            && !between.split_whitespace().any(|w| self.g.complementizers.has(w) || self.g.relative_pronouns.has(w))
            && !self.hits.iter().any(|x| x.s >= m.e && x.e <= h.s && x.speech().is_some())
    }

    /// The action opens a relative clause on the recipient ("memasok roket kepada Grup
    /// Wagner, kelompok tentara bayaran Rusia yang ikut bertempur di Ukraina", "to Russia,
    /// which is fighting in Ukraine"): it says what the recipient does, not the agent.
    fn recipient_clause(&self, h: &Hit, ments: &[usize], c: &crate::extract::rules::ClaimRt) -> bool {
        let t = self.toks.partition_point(|x| x.s < h.s);
        let Some(k) = (t.saturating_sub(2)..t).rev().find(|&k| self.word_in(k, &self.g.nonrestrictive_relatives)) else { return false };
        let at = self.toks[k].s;
        ments.iter().any(|&i| {
            let m = self.ments[i];
            m.e <= at && self.is_party(i, &c.recipient_actor) && self.text[m.e..at].chars().all(|ch| ch == ',' || ch.is_whitespace())
        })
    }

    /// A negator within three words before normalized offset `ns` (no clause break between).
    fn negated_before(&self, ranges: &[(usize, usize)], ns: usize) -> Option<String> {
        let lo = ns.saturating_sub(60);
        for h in self.hits.iter().rev() {
            if h.ne > ns || h.ns < lo {
                continue;
            }
            if !h.cue(CueKind::Negator) || !inside(ranges, h.s, h.e) {
                continue;
            }
            let Some(between) = self.norm.text.get(h.ne..ns) else { continue };
            // (a partial quote's mark is no break: "has \"no intention\" of exporting")
            if between.contains([',', ';', ':', '.', '(', ')']) {
                continue;
            }
            if between.split_whitespace().filter(|w| !w.chars().all(|c| matches!(c, '"' | '\u{201C}' | '\u{201D}'))).count() <= 3 {
                // (a negator negated by one shortly before it says the thing is so: "tidak
                // bisa lagi berperang tanpa bantuan militer dari Korea Utara", "cannot fight
                // without North Korean shells")
                // (or by one shortly after the verb it negates: "tidak bisa lagi berperang
                // tanpa bantuan")
                // (another negator in the scope, with at most `words` words and no break
                // between normalized offsets `a` and `b`, the negator's side given by `at`)
                let other = |at: &dyn Fn(&Hit) -> (usize, usize), words: usize| {
                    self.hits.iter().any(|g| {
                        let (a, b) = at(g);
                        a <= b
                            && g.cue(CueKind::Negator)
                            && inside(ranges, g.s, g.e)
                            && self.norm.text.get(a..b).is_some_and(|t| !t.contains([',', ';', ':', '.', '(', ')', '"', '\u{201C}', '\u{201D}']) && t.split_whitespace().count() <= words)
                    })
                };
                let doubled = other(&|g: &Hit| (g.ne, h.ns), 4);
                let undone = other(&|g: &Hit| (ns, g.ns), 3);
                return (!doubled && !undone).then(|| self.text[h.s..h.e].to_string());
            }
        }
        None
    }

    /// Claims in the scope `ranges`; `speaker` is the speaker's country.
    pub fn detect(&self, ranges: &[(usize, usize)], speaker: Option<&str>) -> Vec<ClaimMatch> {
        let mut out: Vec<ClaimMatch> = Vec::new();
        let is_term = |h: &Hit| h.pays.iter().any(|p| matches!(p, Pay::Term(..)));
        if !self.hits.iter().any(|h| is_term(h) && inside(ranges, h.s, h.e)) {
            return out;
        }
        let hits: Vec<&Hit> = self.hits.iter().filter(|h| inside(ranges, h.s, h.e)).collect();
        let ments: Vec<usize> = (0..self.ments.len()).filter(|&i| inside(ranges, self.ments[i].s, self.ments[i].e)).collect();
        // per claim, refilled (one allocation each per scope, not per claim)
        let mut agents: Vec<usize> = Vec::with_capacity(ments.len());
        let mut recips: Vec<(usize, usize)> = Vec::with_capacity(ments.len() + hits.len());
        let mut objects: Vec<&Hit> = Vec::with_capacity(hits.len());
        // a phrase setting something aside opens the unit: its claim words are none of what
        // is said ("Beyond soldiers, North Korea is accused ... of supplying shells")
        let aside = (!self.toks.is_empty() && self.word_in(0, &self.g.aside_prepositions))
            .then(|| self.text[self.s..self.e].find(',').map(|k| self.s + k))
            .flatten();
        for (ci, c) in self.rules.claims.iter().enumerate() {
            if !hits.iter().any(|h| h.pays.iter().any(|p| matches!(p, Pay::Term(x, _) if *x == ci))) {
                continue;
            }
            agents.clear();
            agents.extend(ments.iter().copied().filter(|&i| self.is_party(i, &c.agent_actor)));
            recips.clear();
            recips.extend(
                ments
                    .iter()
                    .copied()
                    .filter(|&i| self.is_party(i, &c.recipient_actor))
                    .map(|i| (self.ments[i].s, self.ments[i].e))
                    .chain(hits.iter().filter(|h| h.term(ci, TermKind::Place)).map(|h| (h.s, h.e))),
            );
            let sp_agent = speaker.is_some_and(|s| c.agent.iter().any(|x| x == s));
            let sp_recip = speaker.is_some_and(|s| c.recipient.iter().any(|x| x == s));
            let no_parties = c.agent.is_empty() && c.recipient.is_empty();
            objects.clear();
            // an object of the recipient's own ("tentara bayaran Rusia", "Russian weapons" is
            // a place term) is not what the agent gives
            // (only where owners follow the noun: in English "the shells Russia fires" opens a
            // relative clause)
            let owners_follow = self.g.owner_articles.is_empty();
            let recipient_own = |h: &Hit| {
                owners_follow && ments.iter().any(|&i| {
                    let m = self.ments[i];
                    m.s >= h.e && m.s - h.e <= 1 && self.is_party(i, &c.recipient_actor) && self.text[h.e..m.s].trim().is_empty()
                })
            };
            // nor one a direction word leads to, with at most one word between ("would be
            // deployed to front-line units"): that is where the action goes
            let destination = |h: &Hit| {
                let t = self.toks.partition_point(|x| x.s < h.s);
                (t.saturating_sub(4)..t).any(|k| {
                    if !self.word_in(k, &self.g.recipient_prepositions) || (k > 0 && self.word_in(k - 1, &self.g.access_nouns)) {
                        return false;
                    }
                    // (a hit may start inside a token: no gap then)
                    let Some(gap) = self.text.get(self.toks[k].e..h.s) else { return false };
                    gap.split_whitespace().count() <= 1
                        && !gap.contains([',', ';', ':', '.', '"'])
                        && (k + 1..t).all(|j| self.info[j].mention.is_none())
                        // (the word between is no verb of a claim: "to ship artillery shells")
                        && !self.hits.iter().any(|x| x.s >= self.toks[k].e && x.e <= h.s && x.pays.iter().any(|p| matches!(p, Pay::Term(_, TermKind::Action | TermKind::Reverse))))
                })
            };
            // nor one a possessive pronoun gives to the recipient named last before it, as the
            // subject of the claim's action right after it ("to Russia's Wagner mercenary group
            // to help bolster its forces fighting in Ukraine"; not "help with its satellite")
            // (or a pronoun's clitic on the object, its action after a relative pronoun:
            // "kepada Wagner untuk memperkuat pasukannya yang bertempur di Ukraina")
            let recipients_own = |h: &Hit| {
                let t = self.toks.partition_point(|x| x.s < h.s);
                let clitic = self.g.pronoun_clitics.ends(&self.text[h.s..h.e]);
                let owned = clitic || t > 0 && self.word_in(t - 1, &self.g.body_possessives);
                // (the action after it looked for only then: the scan is over all hits)
                let acts = || {
                    hits.iter().any(|a| {
                        a.s > h.e && a.term(ci, TermKind::Action) && {
                            let gap = self.text[h.e..a.s].trim();
                            gap.is_empty() || clitic && self.g.relative_pronouns.has(gap)
                        }
                    })
                };
                owned && acts() && {
                    let p = if clitic { h.e } else { self.toks[t - 1].s };
                    ments.iter().rev().find(|&&i| self.ments[i].e <= p).is_some_and(|&i| self.is_party(i, &c.recipient_actor) && !self.is_party(i, &c.agent_actor))
                }
            };
            objects.extend(hits.iter().copied().filter(|h| h.term(ci, TermKind::Object) && !recipient_own(h) && !recipients_own(h) && !destination(h) && aside.is_none_or(|a| h.s >= a)));
            let (agents, recips, objects) = (&agents, &recips, &objects);
            let near_obj = |h: &Hit| objects.iter().any(|o| o.s.abs_diff(h.s) <= NEAR);
            let adjacent_agent = |pos: usize| -> bool {
                agents.iter().any(|&a| {
                    let m = self.ments[a];
                    objects.iter().any(|o| (m.s >= o.e && m.s - o.e <= 3) || (o.s >= m.e && o.s - m.e <= 3)) && m.s >= pos
                })
            };
            let mut best: Option<ClaimMatch> = None;
            let mut consider = |m: ClaimMatch| {
                let better = match &best {
                    None => true,
                    Some(b) => (m.full && !b.full) || (m.full == b.full && m.negator.is_some() && b.negator.is_none()),
                };
                if better {
                    best = Some(m);
                }
            };
            let neg = |ns: usize| self.negated_before(ranges, ns);
            // a negator before the verb, or before its object: "had sent no troops", "memasok nol
            // senjata", "had received no weapons"
            let negated = |h: &Hit| neg(h.ns).or_else(|| objects.iter().filter(|o| o.s >= h.e && o.s - h.e <= 24).find_map(|o| neg(o.ns)));
            // a negated verb in a clause on an object that an earlier verb of the claim
            // already names, not negated, says what the object is, not whether it went
            // ("give Pyongyang access to military technology it could not obtain any other way")
            let object_clause = |h: &Hit| {
                objects.iter().any(|o| {
                    o.e <= h.s
                        && h.s - o.e <= 40
                        && !self.text[o.e..h.s].contains([',', ';', '.', '"', '\u{201d}'])
                        && hits.iter().any(|x| {
                            x.e <= o.s && o.s - x.e <= NEAR && (x.term(ci, TermKind::Action) || x.term(ci, TermKind::Reverse)) && neg(x.ns).is_none()
                        })
                })
            };
            for h in &hits {
                if h.term(ci, TermKind::Action) && near_obj(h) {
                    let ab = agents.iter().any(|&a| self.ments[a].e <= h.s);
                    let aa = agents.iter().any(|&a| self.ments[a].s >= h.e);
                    let aam = agents.iter().any(|&a| self.ments[a].s >= h.e && self.marked(self.ments[a].s)) || adjacent_agent(h.e);
                    let rb = recips.iter().any(|r| r.1 <= h.s);
                    let ra = recips.iter().any(|r| r.0 >= h.e);
                    // the recipient as the subject of a giving verb: "Rusia mengirim pasukan ke Ukraina"
                    let wrong = rb && !ab && !aam && !sp_agent;
                    if wrong || self.recipient_clause(h, &ments, c) || self.other_destination(h, &ments, &hits, c, ci) || (!ab && self.other_agent(h, &ments, c)) {
                        continue;
                    }
                    let full = no_parties || ab || aa || ra || sp_agent;
                    let negator = negated(h);
                    if negator.is_some() && object_clause(h) {
                        continue;
                    }
                    consider(ClaimMatch { claim: ci, full, negator, pos: h.s });
                }
                // (an object of a receiving verb before it, across a comma, is another
                // clause's: "memasok senjata ke Ukraina, bergantung pada tingkat keterlibatan")
                let near_received = |h: &Hit| {
                    objects.iter().any(|o| o.s.abs_diff(h.s) <= NEAR && (o.s >= h.e || !self.text[o.e..h.s].contains([',', ';', ':'])))
                };
                if h.term(ci, TermKind::Reverse) && near_received(h) {
                    let ab = agents.iter().any(|&a| self.ments[a].e <= h.s);
                    let aa = agents.iter().any(|&a| self.ments[a].s >= h.e);
                    let rb = recips.iter().any(|r| r.1 <= h.s);
                    // the recipient as the agent of a passive right after it: "rudal Korut
                    // yang ditembakkan Rusia", "missiles fired by Russia"
                    // (bare only after a relative pronoun: "received Russian technology" is active)
                    // (or after a passive that takes its agent bare: "rudal Korut telah
                    // diluncurkan Rusia")
                    let passive = self.g.passive_prefixes.starts(&self.text[h.s..h.e]);
                    let after_relative = || self.text[..h.s].trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| self.g.relative_pronouns.has(w));
                    let bare_agent = || passive || after_relative();
                    // (a source is the giver: "convicts recruited from Russian prisons" is the
                    // recipient's own, no claim of this agent)
                    let mut from_recipient = false;
                    let by_recipient = recips.iter().any(|r| {
                        r.0 >= h.e
                            && self.text.get(h.e..r.0).is_some_and(|g| match g.trim() {
                                "" => bare_agent(),
                                g => {
                                    let marked = g.len() <= 16 && g.split_whitespace().all(|w| self.g.agent_markers.has(w) || self.g.source_prepositions.has(w));
                                    let source = g.split_whitespace().any(|w| self.g.source_prepositions.has(w));
                                    from_recipient |= marked && source;
                                    marked && !source
                                }
                            })
                    });
                    // (a passive in a relative clause with no party after it says what was
                    // done to the noun before it, by nobody named: "uji coba rudal hipersonik
                    // yang diluncurkan pada 6 Januari" is no receiving by a party before)
                    if (from_recipient && !aa) || self.other_source(h, &ments, c) || (!by_recipient && !aa && passive && after_relative()) {
                        continue;
                    }
                    // (the party nearest before the verb is its subject: "Beberapa jam sebelum Kim
                    // dan Putin bertemu, Korea Utara menembakkan dua rudal" is the agent's own use)
                    // (right before it, or with auxiliaries between: not "approached Pyongyang to
                    // request ammunition")
                    let last_agent = agents.iter().map(|&a| self.ments[a].e).filter(|&e| e <= h.s).max();
                    let last_recip = recips.iter().map(|r| r.1).filter(|&e| e <= h.s).max();
                    let subject = |a: usize| self.text[a..h.s].split_whitespace().all(|w| self.g.auxiliaries.has(w));
                    let agent_nearer = last_agent.is_some_and(|a| last_recip.is_none_or(|r| a > r) && subject(a));
                    if ab && (!rb || agent_nearer) && !aa && !by_recipient {
                        continue;
                    }
                    let full = no_parties || rb || aa || sp_recip || by_recipient;
                    let negator = negated(h);
                    if negator.is_some() && object_clause(h) {
                        continue;
                    }
                    consider(ClaimMatch { claim: ci, full, negator, pos: h.s });
                }
                // (a phrase sent straight on to a third state is another transfer: "pasokan
                // senjata ke Ukraina"; not "rudal Korut ditembakkan ke Ukraina")
                let onward = || {
                    !hits.iter().any(|x| x.e <= h.s && h.s - x.e <= 24 && (x.term(ci, TermKind::Action) || x.term(ci, TermKind::Reverse)))
                        && self.other_destination(h, &ments, &hits, c, ci)
                        && ments.iter().find(|&&i| self.ments[i].s >= h.e).is_some_and(|&i| {
                            // (an owner may stand between, no verb or relative clause: "pasokan
                            // senjata negara Barat ke Ukraina")
                            let m = self.ments[i].s;
                            self.text.get(h.e..m).is_some_and(|g| {
                                let n = g.split_whitespace().count();
                                n <= 1 || (n <= 3 && !g.contains([',', ';', ':', '.', '"']) && !g.split_whitespace().any(|w| self.g.relative_pronouns.has(w)) && !hits.iter().any(|x| x.s >= h.e && x.e <= m && x.pays.iter().any(|p| matches!(p, Pay::Term(..)))))
                            })
                        })
                };
                if h.term(ci, TermKind::Phrase) && !self.recipient_clause(h, &ments, c) && !onward() {
                    let full = no_parties || !agents.is_empty() || !recips.is_empty() || sp_agent || sp_recip;
                    consider(ClaimMatch { claim: ci, full, negator: neg(h.ns), pos: h.s });
                }
                if h.term(ci, TermKind::Object) && c.has_place {
                    let adj = agents.iter().any(|&a| {
                        let m = self.ments[a];
                        (m.s >= h.e && m.s - h.e <= 3) || (h.s >= m.e && h.s - m.e <= 3)
                    });
                    let place = hits.iter().any(|p| p.term(ci, TermKind::Place));
                    if adj && place {
                        consider(ClaimMatch { claim: ci, full: true, negator: neg(h.ns), pos: h.s });
                    }
                }
            }
            if let Some(b) = best {
                out.push(b);
            }
        }
        out
    }
}

