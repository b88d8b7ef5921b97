//! Language identification from stopword counts, offline and data-driven.

use std::hash::{BuildHasherDefault, Hasher};

use super::CleanRules;

/// At most this many words are looked at (the start of a long text decides).
const MAX_WORDS: usize = 1000;
/// Fewer stopword hits than this: too short to tell.
const MIN_HITS: usize = 3;

/// A small fast hasher for short keys (the Fx hash of rustc); stopword
/// lookups are the hot path of language identification.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &x in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(x)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// 40 hits and three times the runner-up: reading on would not change the answer.
fn clear_winner(hits: &[usize]) -> bool {
    let (mut best, mut second) = (0, 0);
    for &h in hits {
        if h > best {
            second = best;
            best = h;
        } else if h > second {
            second = h;
        }
    }
    best >= 40 && best >= 3 * second
}

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
    let lookup = |w: &str, buf: &mut String, hits: &mut Vec<usize>| {
        if w.len() > rules.max_stopword_len {
            return;
        }
        // most words are already lower-case ASCII: looked up as they are, without a copy
        let key = if w.bytes().all(|x| x.is_ascii_lowercase()) {
            w
        } else {
            buf.clear();
            if w.is_ascii() {
                buf.push_str(w);
                buf.make_ascii_lowercase();
            } else {
                buf.extend(w.chars().flat_map(char::to_lowercase));
            }
            buf.as_str()
        };
        if let Some(langs) = rules.stopwords.get(key) {
            for &l in langs {
                hits[l as usize] += 1;
            }
        }
    };
    // Words: runs of letters and inner apostrophes; ASCII bytes are classified
    // without decoding.
    let b = text.as_bytes();
    let mut words = 0;
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() && words < MAX_WORDS {
        let x = b[i];
        let (is_word, len) = if x < 0x80 {
            (x.is_ascii_alphabetic() || (x == b'\'' && start.is_some()), 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (c.is_alphabetic() || c == '’' && start.is_some(), c.len_utf8()),
                None => break,
            }
        };
        if is_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let w = &text[s..i];
            // a word ends in an apostrophe only when its last byte is `'` or ends `’`
            let w = if matches!(w.as_bytes()[w.len() - 1], b'\'' | 0x99) { w.trim_end_matches(['\'', '’']) } else { w };
            lookup(w, &mut buf, &mut hits);
            words += 1;
            // Stop early once one language clearly leads.
            if words % 64 == 0 && clear_winner(&hits) {
                break;
            }
        }
        i += len;
    }
    if let Some(s) = start {
        lookup(text[s..i].trim_end_matches(['\'', '’']), &mut buf, &mut hits);
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
