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
/// order, not overlapping, trimmed of spaces, never empty. Never fails.
pub(crate) fn split(text: &str, rules: &CleanRules) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut base = 0;
    for para in text.split('\n') {
        split_para(para, base, rules, &mut chars, &mut out);
        base += para.len() + 1;
    }
    out
}

fn is_term(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '„' | '¿' | '¡')
}

/// A closing quote or bracket at `k` that belongs to the sentence before it.
/// A straight quote closes only when no letter or digit follows it
/// (`depan.""Kami`: the first quote closes, the second opens).
fn is_closer_at(chars: &[(usize, char)], k: usize) -> bool {
    match chars[k].1 {
        '”' | '’' | '»' | ')' | ']' => true,
        '"' | '\'' => chars.get(k + 1).is_none_or(|&(_, n)| !n.is_alphanumeric()),
        _ => false,
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

fn split_para(
    para: &str,
    base: usize,
    rules: &CleanRules,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<(usize, usize)>,
) {
    chars.clear();
    chars.extend(para.char_indices());
    let n = chars.len();
    let byte = |ci: usize| if ci < n { chars[ci].0 } else { para.len() };
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        let c = chars[i].1;
        if is_term(c) {
            let mut j = i;
            while j < n && is_term(chars[j].1) {
                j += 1;
            }
            let mut k = j;
            while k < n && is_closer_at(chars, k) {
                k += 1;
            }
            let mut m = k;
            while m < n && chars[m].1 == ' ' {
                m += 1;
            }
            if m < n && boundary(para, chars, i, j, k, m, rules) {
                push(para, base, byte(start), byte(k), out);
                start = m;
            }
            i = k;
            continue;
        }
        if c.is_ascii_digit()
            && i + 2 < n
            && chars[i + 1].1.is_uppercase()
            && chars[i + 2].1.is_lowercase()
            && i + 1 > start
        {
            push(para, base, byte(start), byte(i + 1), out);
            start = i + 1;
        }
        i += 1;
    }
    push(para, base, byte(start), para.len(), out);
}

/// Abbreviations and initials are short: a longer token is an ordinary word.
const MAX_TOKEN_CHARS: usize = 24;

/// The word before the terminator at char `i`, without opening quotes or
/// brackets; empty when it is longer than [`MAX_TOKEN_CHARS`] (so a long run
/// without spaces costs no more than a short one).
fn token_before<'a>(para: &'a str, chars: &[(usize, char)], i: usize) -> &'a str {
    let mut t = i;
    while t > 0 && !chars[t - 1].1.is_whitespace() {
        if i - t >= MAX_TOKEN_CHARS {
            return "";
        }
        t -= 1;
    }
    para[chars[t].0..chars[i].0].trim_start_matches(is_opener)
}

/// A capitalized stopword starts at `m` (`The`, `Dia`), or an opening quote.
fn next_is_starter(chars: &[(usize, char)], m: usize, rules: &CleanRules) -> bool {
    let c = chars[m].1;
    if is_opener(c) && c != '(' && c != '[' {
        return true;
    }
    if !c.is_uppercase() {
        return false;
    }
    let word: String = chars[m..].iter().map(|&(_, c)| c).take_while(|c| c.is_alphabetic()).take(MAX_TOKEN_CHARS).collect();
    rules.stopwords.contains_key(word.to_lowercase().as_str())
}

fn boundary(
    para: &str,
    chars: &[(usize, char)],
    i: usize,
    j: usize,
    k: usize,
    m: usize,
    rules: &CleanRules,
) -> bool {
    let nc = chars[m].1;
    let glued = m == k;
    let after = chars.get(m + 1).map(|&(_, c)| c);
    if j == i + 1 && chars[i].1 == '.' {
        // 1.000 / 3.5: a period between digits.
        if glued && k == j && i > 0 && chars[i - 1].1.is_ascii_digit() && nc.is_ascii_digit() {
            return false;
        }
        let tok = token_before(para, chars, i);
        if !tok.is_empty() {
            if rules.abbreviations.contains(tok) {
                return false;
            }
            if tok.contains('.') || rules.final_abbreviations.contains(tok) {
                return next_is_starter(chars, m, rules);
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
            || (is_opener(nc) && nc != '(' && nc != '[' && after.is_some_and(|a| !a.is_lowercase()));
    }
    nc.is_uppercase() || nc.is_numeric() || is_opener(nc) || (nc.is_alphabetic() && !nc.is_lowercase())
}
