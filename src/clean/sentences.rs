//! Sentence splitting over clean text, one linear pass per paragraph.
//!
//! A sentence ends:
//! - at the end of a paragraph (`\n`), always;
//! - after `.`, `!`, `?`, `…` (or a run of them) and any closing quotes or
//!   brackets, when the next sentence visibly starts: after spaces, a
//!   non-lowercase character (uppercase, digit, opening quote or bracket,
//!   uncased letter); with no space (`berlangsung.Juru`, `Rusia.“Korea`), an
//!   uppercase letter followed by a lowercase one, or an opening quote;
//! - between a digit and a capitalized word glued to it (`2022Bantuan`).
//!
//! A single period does not end a sentence between digits (`1.000`, `3.5`),
//! after an abbreviation of the lexicon (`Dr.`, `Jan.`), or after a single
//! capital (an initial: `George W. Bush`). After a final abbreviation (`Inc.`)
//! or a token with inner periods (`U.S.`, `a.m.`) it ends one only before a
//! capitalized stopword (`The`) or an opening quote.

use super::CleanRules;

/// Splits `text` into sentence spans: byte offsets, on char boundaries, in
/// order, not overlapping, trimmed of spaces, never empty. `text` is
/// normalized (its only whitespace is `' '` and `'\n'`); other whitespace is
/// treated as part of words. Never fails; linear time.
pub(crate) fn split(text: &str, rules: &CleanRules) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut base = 0;
    for para in text.split('\n') {
        split_para(para, base, rules, &mut out);
        base += para.len() + 1;
    }
    out
}

/// Byte length of the sentence terminator at byte `i` (`.`, `!`, `?`, `…`), or 0.
fn term_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => 3,
        _ => 0,
    }
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '„' | '¿' | '¡')
}

/// Byte length of a closing quote or bracket at `k` that belongs to the
/// sentence before it, or 0. A straight quote closes only when no letter or
/// digit follows it (`depan.""Kami`: the first quote closes, the second opens).
fn closer_at(s: &str, k: usize) -> usize {
    match char_at(s, k) {
        Some(c @ ('”' | '’' | '»' | ')' | ']')) => c.len_utf8(),
        Some('"' | '\'') => usize::from(!matches!(char_at(s, k + 1), Some(n) if n.is_alphanumeric())),
        _ => 0,
    }
}

fn push(para: &str, base: usize, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    if s >= e {
        return;
    }
    let seg = &para[s..e];
    let t = seg.trim();
    if t.is_empty() {
        return;
    }
    let ls = s + (seg.len() - seg.trim_start().len());
    out.push((base + ls, base + ls + t.len()));
}

fn split_para(para: &str, base: usize, rules: &CleanRules, out: &mut Vec<(usize, usize)>) {
    let b = para.as_bytes();
    let n = b.len();
    let mut start = 0usize;
    let mut i = 0usize;
    // Every index compared or sliced below is a char boundary: `i` stops only
    // on ASCII bytes or lead bytes of `…`, and the other indices advance by
    // whole characters.
    while i < n {
        // Only terminators, the lead byte of `…` and digits start a rule below: skip to
        // the next one (never a continuation byte, so still a char boundary).
        match b[i..].iter().position(|&x| matches!(x, b'.' | b'!' | b'?' | 0xE2 | b'0'..=b'9')) {
            Some(k) => i += k,
            None => break,
        }
        let t = term_at(b, i);
        if t > 0 {
            let mut j = i;
            loop {
                let tj = if j < n { term_at(b, j) } else { 0 };
                if tj == 0 {
                    break;
                }
                j += tj;
            }
            let mut k = j;
            while k < n {
                let cl = closer_at(para, k);
                if cl == 0 {
                    break;
                }
                k += cl;
            }
            let mut m = k;
            while m < n && b[m] == b' ' {
                m += 1;
            }
            if m < n && boundary(para, i, j, k, m, rules) {
                push(para, base, start, k, out);
                start = m;
            }
            i = k;
            continue;
        }
        // 2022Bantuan: a digit glued to a capitalized word.
        if b[i].is_ascii_digit() && i + 1 > start && i + 1 < n {
            let mut it = para[i + 1..].chars();
            if let (Some(u), Some(l)) = (it.next(), it.next()) {
                if u.is_uppercase() && l.is_lowercase() {
                    push(para, base, start, i + 1, out);
                    start = i + 1;
                }
            }
        }
        i += 1;
        while i < n && (b[i] & 0xC0) == 0x80 {
            i += 1; // continuation bytes
        }
    }
    push(para, base, start, n, out);
}

/// Abbreviations and initials are short: a longer token is an ordinary word.
const MAX_TOKEN_BYTES: usize = 32;

/// The word before the terminator at byte `i`, without opening quotes or
/// brackets; empty when it is longer than [`MAX_TOKEN_BYTES`] (so a long run
/// without spaces costs no more than a short one).
fn token_before(para: &str, i: usize) -> &str {
    let b = para.as_bytes();
    let mut t = i;
    while t > 0 && b[t - 1] != b' ' {
        if i - t >= MAX_TOKEN_BYTES {
            return "";
        }
        t -= 1;
    }
    // `t` follows a space or is 0, and `i` is an ASCII period: both are boundaries.
    para[t..i].trim_start_matches(is_opener)
}

/// A capitalized stopword starts at `m` (`The`, `Dia`), or an opening quote.
fn next_is_starter(para: &str, m: usize, rules: &CleanRules) -> bool {
    let Some(c) = char_at(para, m) else { return false };
    if is_opener(c) && c != '(' && c != '[' {
        // a quote opening on a lower-case word goes on the sentence: `a U.S. "smear campaign"`
        return !char_at(para, m + c.len_utf8()).is_some_and(char::is_lowercase);
    }
    if !c.is_uppercase() {
        return false;
    }
    let rest = &para[m..];
    let end = rest
        .char_indices()
        .take(MAX_TOKEN_BYTES)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len().min(MAX_TOKEN_BYTES * 4), |(e, _)| e);
    let Some(word) = rest.get(..end) else { return false };
    if word.is_ascii() && word.len() <= MAX_TOKEN_BYTES {
        let mut buf = [0u8; MAX_TOKEN_BYTES];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or_default();
        return rules.stopwords.contains_key(lower);
    }
    rules.stopwords.contains_key(word.to_lowercase().as_str())
}

/// `Rusia.NIS menilai`: after a lowercase word and a period glued to it, an acronym of two
/// to six capitals and a lowercase word (not a site: `Tempo.CO,`).
fn glued_acronym(para: &str, i: usize, m: usize) -> bool {
    let b = para.as_bytes();
    if i < 3 || b[i] != b'.' || !b[i - 1].is_ascii_lowercase() || !b[i - 2].is_ascii_lowercase() {
        return false;
    }
    let caps = b[m..].iter().take_while(|c| c.is_ascii_uppercase()).count();
    (2..=6).contains(&caps) && b.get(m + caps) == Some(&b' ') && b.get(m + caps + 1).is_some_and(u8::is_ascii_lowercase)
}

fn boundary(para: &str, i: usize, j: usize, k: usize, m: usize, rules: &CleanRules) -> bool {
    let b = para.as_bytes();
    let Some(nc) = char_at(para, m) else { return true };
    let glued = m == k;
    let after = char_at(para, m + nc.len_utf8());
    if j == i + 1 && b[i] == b'.' {
        // 1.000 / 3.5: a period between digits.
        if glued && k == j && i > 0 && b[i - 1].is_ascii_digit() && nc.is_ascii_digit() {
            return false;
        }
        let tok = token_before(para, i);
        if !tok.is_empty() {
            if rules.abbreviations.contains(tok) {
                return false;
            }
            if tok.contains('.') || rules.final_abbreviations.contains(tok) {
                return next_is_starter(para, m, rules);
            }
            let mut tc = tok.chars();
            if let (Some(c), None) = (tc.next(), tc.next()) {
                if c.is_uppercase() {
                    return false; // an initial: "George W. Bush"
                }
            }
        }
    }
    if glued {
        return (nc.is_uppercase() && after.is_some_and(char::is_lowercase))
            || glued_acronym(para, i, m)
            || (is_opener(nc) && nc != '(' && nc != '[' && after.is_some_and(|a| !a.is_lowercase()));
    }
    nc.is_uppercase() || nc.is_numeric() || is_opener(nc) || (nc.is_alphabetic() && !nc.is_lowercase())
}
