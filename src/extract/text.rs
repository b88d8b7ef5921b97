//! Text helpers: the normalized (lower-cased, reduplication-collapsed) view of a span
//! with a byte map back to the document, whole-word hit selection, and tokens.

/// A word character (letters and digits of any script).
pub fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// A normalized copy of a span: lower case, curly quotes and apostrophes made straight,
/// `X-X` reduplications collapsed to `X`. `map[i]` is the document offset of normalized
/// byte `i` (`map.len() == text.len() + 1`), always a char boundary of the document.
#[derive(Debug, Clone, Default)]
pub struct Norm {
    pub text: String,
    pub map: Vec<usize>,
}

impl Norm {
    /// Document offset of normalized offset `i`.
    pub fn doc(&self, i: usize) -> usize {
        self.map.get(i).copied().unwrap_or_else(|| self.map.last().copied().unwrap_or(0))
    }
}

/// Normalizes `src`, which starts at document offset `base`.
pub fn normalize(src: &str, base: usize) -> Norm {
    let mut text = String::with_capacity(src.len());
    let mut map = Vec::with_capacity(src.len() + 1);
    for (i, ch) in src.char_indices() {
        if ch.is_ascii() && ch != '`' {
            text.push(ch.to_ascii_lowercase());
            map.push(base + i);
            continue;
        }
        let repl: Option<char> = match ch {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => Some('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
            '\u{2013}' | '\u{2014}' => Some('-'),
            '\u{00A0}' => Some(' '),
            _ => None,
        };
        let mut push = |c: char| {
            let before = text.len();
            text.push(c);
            for _ in before..text.len() {
                map.push(base + i);
            }
        };
        match repl {
            Some(c) => push(c),
            None => {
                if ch.is_uppercase() {
                    for c in ch.to_lowercase() {
                        push(c);
                    }
                } else {
                    push(ch);
                }
            }
        }
    }
    map.push(base + src.len());
    collapse_reduplication(Norm { text, map })
}

/// `senjata-senjata` -> `senjata`, `teknologi-teknologi` -> `teknologi`.
fn collapse_reduplication(n: Norm) -> Norm {
    if !n.text.contains('-') {
        return n;
    }
    let t = &n.text;
    let mut out = String::with_capacity(t.len());
    let mut map = Vec::with_capacity(n.map.len());
    let mut i = 0;
    let bytes = t.as_bytes();
    let mut word_start: Option<usize> = None;
    while i < t.len() {
        let ch = t[i..].chars().next().unwrap_or(' ');
        let l = ch.len_utf8();
        if is_word(ch) {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else if ch == '-' {
            if let Some(ws) = word_start {
                let w = &t[ws..i];
                let after = &t[i + 1..];
                if !w.is_empty()
                    && after.starts_with(w)
                    && !after[w.len()..].chars().next().is_some_and(is_word)
                {
                    // skip "-w"
                    i += 1 + w.len();
                    word_start = None;
                    continue;
                }
            }
            word_start = None;
        } else {
            word_start = None;
        }
        out.push_str(&t[i..i + l]);
        map.extend_from_slice(&n.map[i..i + l]);
        i += l;
    }
    let _ = bytes;
    map.push(*n.map.last().unwrap_or(&0));
    Norm { text: out, map }
}

/// A raw match before selection.
#[derive(Debug, Clone, Copy)]
pub struct RawHit {
    pub s: usize,
    pub e: usize,
    pub id: usize,
}

/// Leftmost-longest, non-overlapping selection of valid hits.
pub fn select_longest(mut raw: Vec<RawHit>) -> Vec<RawHit> {
    raw.sort_by(|a, b| a.s.cmp(&b.s).then(b.e.cmp(&a.e)));
    let mut out: Vec<RawHit> = Vec::with_capacity(raw.len());
    let mut last_end = 0usize;
    for h in raw {
        if !out.is_empty() && h.s < last_end {
            continue;
        }
        last_end = h.e;
        out.push(h);
    }
    out
}

/// A word token of the document.
#[derive(Debug, Clone)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    /// First letter upper case.
    pub cap: bool,
}

/// Word tokens (runs of word characters; `U.S.`-style dotted abbreviations and internal
/// apostrophes split, which is fine for the phrase rules) of `text[s..e]`.
pub fn tokens(text: &str, s: usize, e: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let seg = &text[s..e];
    for (i, ch) in seg.char_indices() {
        if is_word(ch) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(tok(seg, s, st, i));
        }
    }
    if let Some(st) = start {
        out.push(tok(seg, s, st, seg.len()));
    }
    out
}

fn tok(seg: &str, base: usize, st: usize, en: usize) -> Tok {
    let cap = seg[st..en].chars().next().is_some_and(|c| c.is_uppercase());
    Tok { s: base + st, e: base + en, cap }
}

/// The largest char boundary `<= i` in `text`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
