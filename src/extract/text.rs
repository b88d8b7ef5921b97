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

/// The plain form of a curly quote or apostrophe, a dash or a no-break space; None for
/// other characters.
fn straighten(ch: char) -> Option<char> {
    match ch {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        '\u{2013}' | '\u{2014}' => Some('-'),
        '\u{00A0}' => Some(' '),
        _ => None,
    }
}

/// Normalizes `src`, which starts at document offset `base`.
pub fn normalize(src: &str, base: usize) -> Norm {
    let bytes = src.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(src.len() + 8);
    let mut map: Vec<usize> = Vec::with_capacity(src.len() + 9);
    let mut i = 0;
    while i < bytes.len() {
        // a run of plain ASCII: lower-cased in bulk, one map entry per byte
        let run = bytes[i..].iter().position(|&b| b >= 0x80 || b == b'`').unwrap_or(bytes.len() - i);
        if run > 0 {
            out.extend(bytes[i..i + run].iter().map(u8::to_ascii_lowercase));
            map.extend(base + i..base + i + run);
            i += run;
            continue;
        }
        let ch = src[i..].chars().next().unwrap_or(' ');
        let repl = straighten(ch);
        let mut push = |c: char| {
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf);
            out.extend_from_slice(enc.as_bytes());
            map.extend(std::iter::repeat_n(base + i, enc.len()));
        };
        match repl {
            Some(c) => push(c),
            None if ch.is_uppercase() => ch.to_lowercase().for_each(&mut push),
            None => push(ch),
        }
        i += ch.len_utf8();
    }
    map.push(base + src.len());
    let text = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    collapse_reduplication(Norm { text, map })
}

/// `senjata-senjata` -> `senjata`, `teknologi-teknologi` -> `teknologi`.
fn collapse_reduplication(n: Norm) -> Norm {
    let t = &n.text;
    // byte ranges `-w` to drop: a hyphen between a word and the same word again
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (h, _) in t.match_indices('-') {
        let before = &t[..h];
        let ws = before.char_indices().rev().take_while(|&(_, c)| is_word(c)).last().map(|(i, _)| i);
        let Some(ws) = ws else { continue };
        if cuts.last().is_some_and(|&(_, e)| ws < e) {
            continue; // the first word was itself the tail of a reduplication
        }
        let w = &t[ws..h];
        let after = &t[h + 1..];
        if after.starts_with(w) && !after[w.len()..].chars().next().is_some_and(is_word) {
            cuts.push((h, h + 1 + w.len()));
        }
    }
    cut(n, &cuts)
}

/// `n` without the normalized byte ranges `cuts` (sorted, disjoint, on char
/// boundaries): what is left keeps its map to document offsets.
pub fn cut(n: Norm, cuts: &[(usize, usize)]) -> Norm {
    if cuts.is_empty() {
        return n;
    }
    let t = &n.text;
    let mut out = String::with_capacity(t.len());
    let mut map = Vec::with_capacity(n.map.len());
    let mut at = 0;
    for &(s, e) in cuts {
        out.push_str(&t[at..s]);
        map.extend_from_slice(&n.map[at..s]);
        at = e;
    }
    out.push_str(&t[at..]);
    map.extend_from_slice(&n.map[at..t.len()]);
    map.push(*n.map.last().unwrap_or(&0));
    Norm { text: out, map }
}

/// `n` with the normalized byte ranges of `edits` (sorted, disjoint, on char boundaries)
/// replaced by their text; an inserted byte maps to the document offset where its range
/// began. [`cut`] with insertions.
pub fn splice(n: Norm, edits: &[(usize, usize, &str)]) -> Norm {
    if edits.is_empty() {
        return n;
    }
    let t = &n.text;
    let mut out = String::with_capacity(t.len() + 8);
    let mut map = Vec::with_capacity(n.map.len() + 8);
    let mut at = 0;
    for &(s, e, ins) in edits {
        out.push_str(&t[at..s]);
        map.extend_from_slice(&n.map[at..s]);
        out.push_str(ins);
        map.extend(std::iter::repeat_n(n.map[s], ins.len()));
        at = e;
    }
    out.push_str(&t[at..]);
    map.extend_from_slice(&n.map[at..t.len()]);
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
    // about one word per six bytes of news text: sized once instead of grown
    let mut out = Vec::with_capacity((e.saturating_sub(s)) / 6 + 4);
    let mut start: Option<usize> = None;
    let seg = &text[s..e];
    let bytes = seg.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && b.is_ascii_alphanumeric() {
            // an ASCII run of a word in one go
            if start.is_none() {
                start = Some(i);
            }
            i += 1;
            while i < bytes.len() && bytes[i] < 0x80 && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        // other ASCII without decoding; other chars decoded
        let (word, len) = if b < 0x80 {
            (false, 1)
        } else {
            let Some(ch) = seg[i..].chars().next() else { break };
            (is_word(ch), ch.len_utf8())
        };
        if word {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            push_tok(&mut out, seg, s, st, i);
        }
        i += len;
    }
    if let Some(st) = start {
        push_tok(&mut out, seg, s, st, seg.len());
    }
    out
}

/// Pushes a token; the lower-case part of a hyphenated name goes with its capitalized first
/// part ("Soo-suk", "Won-sik"): a name, like it.
fn push_tok(out: &mut Vec<Tok>, seg: &str, base: usize, st: usize, en: usize) {
    let mut t = tok(seg, base, st, en);
    if !t.cap && st > 0 && seg.as_bytes()[st - 1] == b'-' {
        if let Some(prev) = out.last() {
            t.cap = prev.cap && prev.e == base + st - 1;
        }
    }
    out.push(t);
}

fn tok(seg: &str, base: usize, st: usize, en: usize) -> Tok {
    let cap = match seg.as_bytes()[st] {
        b if b < 0x80 => b.is_ascii_uppercase(),
        _ => seg[st..en].chars().next().is_some_and(|c| c.is_uppercase()),
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, one char at a time.
    fn reference(src: &str, base: usize) -> Norm {
        let mut text = String::new();
        let mut map = Vec::new();
        for (i, ch) in src.char_indices() {
            let repl = straighten(ch);
            let mut push = |c: char| {
                let before = text.len();
                text.push(c);
                map.extend(std::iter::repeat_n(base + i, text.len() - before));
            };
            match repl {
                Some(c) => push(c),
                None => ch.to_lowercase().for_each(&mut push),
            }
        }
        map.push(base + src.len());
        reference_collapse(Norm { text, map })
    }

    /// The definition of the collapse, one char at a time.
    fn reference_collapse(n: Norm) -> Norm {
        let t = &n.text;
        let mut out = String::new();
        let mut map = Vec::new();
        let mut i = 0;
        let mut word_start: Option<usize> = None;
        while i < t.len() {
            let ch = t[i..].chars().next().unwrap();
            let l = ch.len_utf8();
            if is_word(ch) {
                word_start.get_or_insert(i);
            } else if ch == '-' {
                if let Some(ws) = word_start {
                    let w = &t[ws..i];
                    let after = &t[i + 1..];
                    if !w.is_empty() && after.starts_with(w) && !after[w.len()..].chars().next().is_some_and(is_word) {
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
        map.push(*n.map.last().unwrap_or(&0));
        Norm { text: out, map }
    }

    #[test]
    fn normalize_lowers_straightens_and_maps_back() {
        let cases = [
            "",
            "Korea Utara MEMBANTAH",
            "“Kami tidak pernah,” kata KCNA’s `juru bicara`",
            "senjata-senjata dan Teknologi-teknologi — ya",
            "İstanbul ΑΘΗΝΑ Straße\u{00A0}x",
            "«Non» – dit-il",
            "kata-kata-kata x-x- -y y-y-z a-b-b-b",
            "rudal-rudal balistik, senjata-senjatanya, -x x-",
            "Ä-ä ÄÄ-ää",
        ];
        for (k, c) in cases.iter().enumerate() {
            let (got, want) = (normalize(c, 7 * k), reference(c, 7 * k));
            assert_eq!(got.text, want.text, "{c:?}");
            assert_eq!(got.map, want.map, "{c:?}");
        }
        let n = normalize("“AS” menuduh", 10);
        assert_eq!(n.text, "\"as\" menuduh");
        assert_eq!(n.doc(1), 13, "the map points after the 3-byte quote");
    }
}
