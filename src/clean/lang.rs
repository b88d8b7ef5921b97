//! Language identification from stopword counts, offline and data-driven.

use super::CleanRules;

/// At most this many words are looked at (the start of a long text decides).
const MAX_WORDS: usize = 2000;
/// Fewer stopword hits than this: too short to tell.
const MIN_HITS: usize = 3;

/// Guesses the language of `text`: the language whose `stopwords` (lexicon
/// data) cover most of its first words. Returns its code, or None when the
/// text has fewer than 3 stopword hits, or the best language does not beat
/// the runner-up by a factor of 1.5 (ambiguous). Never fails.
pub(crate) fn identify(text: &str, rules: &CleanRules) -> Option<String> {
    let n = rules.lang_codes.len();
    if n == 0 {
        return None;
    }
    let mut hits = vec![0usize; n];
    let mut buf = String::new();
    let words = text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS);
    for w in words {
        buf.clear();
        if w.is_ascii() {
            buf.push_str(w);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(w.chars().flat_map(char::to_lowercase));
        }
        if let Some(langs) = rules.stopwords.get(buf.as_str()) {
            for &l in langs {
                hits[l as usize] += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| hits[b].cmp(&hits[a]));
    let best = hits[order[0]];
    let second = order.get(1).map_or(0, |&i| hits[i]);
    if best < MIN_HITS || best * 2 < second * 3 || best == second {
        return None;
    }
    Some(rules.lang_codes[order[0]].clone())
}
