//! Actor mentions: aliases matched as whole words, leftmost-longest.
//!
//! Case rule: a hit counts when it is written as the alias, in ALL CAPS, or with only
//! its first letter changed in case (sentence start); an alias with no capital letter
//! also matches in Title Case (`gedung putih` matches `Gedung Putih`). So `AS` (USA)
//! never matches `as`, and `Pyongyang` matches `PYONGYANG`. Only these forms are
//! searched for (see [`super::rules::Aliases`]). Aliases of the document's language and
//! `all` are used (every language when it is unknown).

use crate::extract::rules::Rules;
use crate::extract::text::{is_word, select_longest, RawHit};

/// A mention found in the document (actor index into `Rules::actors`).
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub s: usize,
    pub e: usize,
    pub actor: usize,
}

pub(crate) fn case_ok(surface: &str, alias: &str) -> bool {
    if surface == alias {
        return true;
    }
    if !alias.chars().any(char::is_uppercase) {
        return true;
    }
    if surface == alias.to_uppercase() {
        return true;
    }
    // only the first letter differs in case
    let mut a = alias.chars();
    let mut s = surface.chars();
    match (a.next(), s.next()) {
        (Some(x), Some(y)) => x.to_lowercase().eq(y.to_lowercase()) && a.as_str() == s.as_str(),
        _ => false,
    }
}

/// Every mention in `text`, sorted, not overlapping.
pub fn find(text: &str, lang: Option<&str>, rules: &Rules) -> Vec<Found> {
    // news text has about one alias hit per 60 bytes: sized once instead of grown
    let mut raw: Vec<RawHit> = Vec::with_capacity(text.len() / 48 + 4);
    let mut owners: Vec<usize> = Vec::with_capacity(text.len() / 48 + 4);
    rules.aliases.each(text, |s, e, group| {
        // `each` starts every hit at a word start; it must also end at a word end
        if text[e..].chars().next().is_some_and(is_word) {
            return;
        }
        // an alias ending in a dot (`U.S.`) must not swallow the sentence's full stop: fine either way
        let surface = &text[s..e];
        let pays = &rules.alias_pays[group];
        let hit = pays.iter().find(|(_, alias, l)| {
            (lang.is_none() || l == "all" || Some(l.as_str()) == lang) && case_ok(surface, alias)
        });
        if let Some((ai, _, _)) = hit {
            owners.push(*ai);
            raw.push(RawHit { s, e, id: owners.len() - 1 });
        }
    });
    select_longest(raw).into_iter().map(|h| Found { s: h.s, e: h.e, actor: owners[h.id] }).collect()
}
