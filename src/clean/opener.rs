//! Opener templates: how an article's first body line names its outlet, wire
//! and dateline (`KONTAN.CO.ID - PYONGYANG.`, `SEOUL, Oct 10 (Reuters) -`).
//!
//! A template is data (`openers` in `[languages.<code>.text]`):
//!
//! | in the template | matches |
//! |---|---|
//! | `{outlet}` | any outlet or wire form of the lexicon (longest first), else a site name (`TRIBUNNEWS.COM`, see [`site_at`]) |
//! | `{place}` | 1 to 4 capitalized words (`PYONGYANG`, `New York`) |
//! | `{PLACE}` | 1 to 4 words in capitals (`MOSCOW`, `NEW YORK`) |
//! | `{city}` | exactly one capitalized word of 3+ letters, not in `not_datelines` |
//! | `{date}` | 1 to 30 characters without parentheses (`Oct 10`) |
//! | `-` | a dash: `-`, `--`, `–`, `—` or `―` |
//! | a space | any number of spaces, including none |
//! | anything else | itself |
//!
//! The template must match at the start of the line, and end at the end of the
//! line or before a space (or end in punctuation); the body is what follows.
//! Matching backtracks over a handful of choices on a bounded prefix of one
//! line per document, so its cost does not grow with the document.

use super::CleanRules;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    Outlet,
    Place,
    CapsPlace,
    City,
    Date,
    Dash,
    Space,
    Lit(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Template {
    toks: Vec<Tok>,
    /// Punctuation a matching line must hold in its first bytes (`NEEDS_*` bits): a dash,
    /// a colon, a parenthesis, a bar, a bracket. Lines without it are rejected before any backtracking.
    needs: u8,
}

const NEEDS_DASH: u8 = 1;
const NEEDS_COLON: u8 = 2;
const NEEDS_PAREN: u8 = 4;
const NEEDS_BAR: u8 = 8;
const NEEDS_BRACKET: u8 = 16;

/// The `NEEDS_*` bits of the punctuation that `head` holds.
pub(crate) fn punct_of(head: &str) -> u8 {
    let mut have = 0;
    for b in head.bytes() {
        match b {
            b'-' => have |= NEEDS_DASH,
            // the first byte of "–", "—", "―" (U+2013..U+2015)
            0xE2 => have |= NEEDS_DASH,
            b':' => have |= NEEDS_COLON,
            b'(' => have |= NEEDS_PAREN,
            b'|' => have |= NEEDS_BAR,
            b'[' => have |= NEEDS_BRACKET,
            _ => {}
        }
    }
    have
}

/// What an opener said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OpenerMatch {
    /// Index into `CleanRules::outlets`.
    pub outlet: Option<usize>,
    /// An outlet the lexicon does not know, named by its site (`TRIBUNNEWS.COM` -> `Tribunnews`).
    pub site: Option<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    /// Byte offset where the body starts.
    pub end: usize,
}

impl Template {
    /// Parses a template; the error says what is wrong.
    pub(crate) fn parse(t: &str) -> std::result::Result<Template, String> {
        let mut toks = Vec::new();
        let mut rest = t;
        while let Some(c) = rest.chars().next() {
            if c == '{' {
                let close = rest.find('}').ok_or_else(|| "a `{` is not closed".to_string())?;
                let tok = match &rest[1..close] {
                    "outlet" => Tok::Outlet,
                    "place" => Tok::Place,
                    "PLACE" => Tok::CapsPlace,
                    "city" => Tok::City,
                    "date" => Tok::Date,
                    other => {
                        return Err(format!(
                            "unknown placeholder {{{other}}}; use {{outlet}}, {{place}}, {{PLACE}}, {{city}} or {{date}}"
                        ))
                    }
                };
                toks.push(tok);
                rest = &rest[close + 1..];
                continue;
            }
            let tok = match c {
                '-' | '–' | '—' => Tok::Dash,
                ' ' => Tok::Space,
                c => Tok::Lit(c),
            };
            if !(tok == Tok::Space && toks.last() == Some(&Tok::Space)) {
                toks.push(tok);
            }
            rest = &rest[c.len_utf8()..];
        }
        if !toks.iter().any(|t| matches!(t, Tok::Outlet | Tok::Place | Tok::CapsPlace | Tok::City)) {
            return Err("it needs {outlet}, {place}, {PLACE} or {city}".into());
        }
        let needs = toks.iter().fold(0, |n, t| match t {
            Tok::Dash => n | NEEDS_DASH,
            Tok::Lit(':') => n | NEEDS_COLON,
            Tok::Lit('(') => n | NEEDS_PAREN,
            Tok::Lit('|') => n | NEEDS_BAR,
            Tok::Lit('[') => n | NEEDS_BRACKET,
            _ => n,
        });
        Ok(Template { toks, needs })
    }

    /// Matches the template at the start of `line`.
    /// The line's head holds the punctuation this template needs (`have`: [`punct_of`] of
    /// the line's first 160 bytes).
    pub(crate) fn may_match(&self, have: u8) -> bool {
        self.needs & !have == 0
    }

    pub(crate) fn matches(&self, line: &str, rules: &CleanRules) -> Option<OpenerMatch> {
        // Openers are short: never look further than this into a line.
        let mut lim = line.len().min(160);
        while !line.is_char_boundary(lim) {
            lim -= 1;
        }
        let mut m = OpenerMatch::default();
        let end = self.go(0, line, 0, lim, rules, &mut m)?;
        // Skip the spaces before the body.
        let rest = &line[end..];
        m.end = end + (rest.len() - rest.trim_start().len());
        Some(m)
    }

    /// Matches tokens `ti..` at byte `pos`; returns the end of the match.
    fn go(&self, ti: usize, line: &str, pos: usize, lim: usize, rules: &CleanRules, m: &mut OpenerMatch) -> Option<usize> {
        let Some(tok) = self.toks.get(ti) else {
            // End of template: the match must end at a word boundary.
            let next = line[pos..].chars().next();
            let prev = line[..pos].chars().next_back();
            let ok = match next {
                None => true,
                Some(c) if c.is_whitespace() => true,
                Some(_) => prev.is_some_and(|p| !p.is_alphanumeric()),
            };
            return ok.then_some(pos);
        };
        let s = &line[pos..lim];
        match tok {
            Tok::Lit(c) => s.starts_with(*c).then(|| self.go(ti + 1, line, pos + c.len_utf8(), lim, rules, m)).flatten(),
            Tok::Space => {
                let n = s.len() - s.trim_start_matches(' ').len();
                self.go(ti + 1, line, pos + n, lim, rules, m)
            }
            Tok::Dash => {
                for d in ["--", "-", "–", "—", "―"] {
                    if s.starts_with(d) {
                        if let Some(e) = self.go(ti + 1, line, pos + d.len(), lim, rules, m) {
                            return Some(e);
                        }
                    }
                }
                None
            }
            Tok::Outlet => {
                for (form, id) in rules.outlets_starting(s) {
                    let n = form.len();
                    if n > s.len() || !s.is_char_boundary(n) {
                        continue;
                    }
                    let head = &s[..n];
                    let same = if n <= 3 { head == form } else { head.eq_ignore_ascii_case(form) };
                    if !same || s[n..].chars().next().is_some_and(|c| c.is_alphanumeric()) {
                        continue;
                    }
                    let saved = m.outlet.replace(*id);
                    if let Some(e) = self.go(ti + 1, line, pos + n, lim, rules, m) {
                        return Some(e);
                    }
                    m.outlet = saved;
                }
                // (a name the lexicon does not know, in parentheses, ending with a newspaper's
                // word: "TAIPEI (Taiwan News) -")
                if ti > 0 && self.toks[ti - 1] == Tok::Lit('(') && self.toks.get(ti + 1) == Some(&Tok::Lit(')')) {
                    if let Some(n) = masthead(s, rules) {
                        let saved = m.site.replace(s[..n].to_string());
                        if let Some(e) = self.go(ti + 1, line, pos + n, lim, rules, m) {
                            return Some(e);
                        }
                        m.site = saved;
                    }
                }
                let site = site_at(s);
                let is_site = site.is_some();
                let (n, name) = site.or_else(|| named_outlet(s, rules))?;
                // (a site's address may go before the outlet's own name: "RM.id  Rakyat
                // Merdeka -"; the name is the outlet then, when the template goes on there)
                if let Some((e, own)) = is_site.then(|| named_after_site(&s[n..])).flatten() {
                    let saved = m.site.replace(own);
                    if let Some(end) = self.go(ti + 1, line, pos + n + e, lim, rules, m) {
                        return Some(end);
                    }
                    m.site = saved;
                }
                let saved = m.site.replace(name);
                if let Some(e) = self.go(ti + 1, line, pos + n, lim, rules, m) {
                    return Some(e);
                }
                m.site = saved;
                None
            }
            Tok::Place | Tok::CapsPlace | Tok::City => {
                let max_words = if *tok == Tok::City { 1 } else { 4 };
                let caps = *tok == Tok::CapsPlace;
                // Word ends, so we can try the longest place first.
                let mut ends = Vec::with_capacity(max_words);
                let mut p = 0;
                while ends.len() < max_words {
                    let w = place_word(&s[p..]);
                    if w == 0 || caps && s[p..p + w].chars().any(char::is_lowercase) {
                        break;
                    }
                    ends.push(p + w);
                    p += w;
                    if !s[p..].starts_with(' ') {
                        break;
                    }
                    p += 1;
                }
                // (a newspaper's name or a camel-case brand is no place: "HARIAN DISWAY -",
                // "IDXChannel -")
                if named_outlet(s, rules).is_some() {
                    return None;
                }
                for &e in ends.iter().rev() {
                    let place = &s[..e];
                    if *tok == Tok::City && place.chars().count() < 3 {
                        continue;
                    }
                    if rules.not_datelines.contains(&place.to_lowercase()) {
                        continue;
                    }
                    // (nor a site's address: "RM.id Rakyat Merdeka -")
                    if place.split(' ').any(|w| site_at(w).is_some()) {
                        continue;
                    }
                    // (an outlet's or wire's name is no place: "KYODO, JIJI")
                    if super::furniture::outlet_of(place, rules).is_some() {
                        continue;
                    }
                    // the first place is the dateline ("KYIV, Ukraine -"): a second one
                    // (the country) is matched, not kept
                    let saved = m.place.clone();
                    if m.place.is_none() {
                        m.place = Some(title_case(place));
                    }
                    if let Some(end) = self.go(ti + 1, line, pos + e, lim, rules, m) {
                        return Some(end);
                    }
                    m.place = saved;
                }
                None
            }
            Tok::Date => {
                for (i, c) in s.char_indices() {
                    if i >= 30 || matches!(c, '(' | ')' | '\n') {
                        break;
                    }
                    let n = i + c.len_utf8();
                    let saved = m.date.replace(s[..n].trim().to_string());
                    if let Some(e) = self.go(ti + 1, line, pos + n, lim, rules, m) {
                        return Some(e);
                    }
                    m.date = saved;
                }
                None
            }
        }
    }
}

/// Domain endings of news sites (lower case, without the leading period).
const SITE_ENDINGS: &[&str] = &[
    "co.id", "or.id", "go.id", "ac.id", "web.id", "my.id", "co.uk", "co.kr", "co.jp", "com.au", "com.sg", "com.my",
    "com.ph", "com.ua", "co.in", "com.vn", "com.tw", "com.hk", "com.cn", "com.pk", "com.tr", "co.il", "co.nz", "co.za",
    "com", "net", "org", "id", "news", "tv", "kr", "jp", "ru", "ua", "uk", "sg", "my", "ph", "in", "au", "de", "fr",
    "info", "co", "vn", "tw", "hk", "cn", "pk", "ae", "qa", "pl", "ie", "il", "ca", "nz", "eu",
];

/// A news site's address at the start of `s` (`TRIBUNNEWS.COM`, `suaramerdeka.com`,
/// `www.idntimes.com`): its length and the outlet name it gives, the first label after
/// `www.` with an initial capital when it is written in one case (`Tribunnews`,
/// `Suaramerdeka`; `IDNTimes.com` stays `IDNTimes`). None when `s` does not start with a
/// name of 2+ letters, a period and one of the known endings followed by a non-word
/// character; so `D.C.` and `St.Petersburg` are no sites.
pub(crate) fn site_at(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let label = |at: usize| b[at..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
    let mut start = 0;
    if b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"www.") {
        start = 4;
    }
    let n = label(start);
    if n < 2 || !b[start].is_ascii_alphabetic() || b.get(start + n) != Some(&b'.') {
        return None;
    }
    let rest = &s[start + n + 1..];
    let ending = SITE_ENDINGS.iter().find(|e| {
        rest.len() >= e.len()
            && rest.as_bytes()[..e.len()].eq_ignore_ascii_case(e.as_bytes())
            && !rest[e.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '.' && rest[e.len() + 1..].starts_with(|c: char| c.is_alphanumeric()))
    })?;
    let stem = &s[start..start + n];
    let name = if stem.bytes().all(|c| !c.is_ascii_lowercase()) || stem.bytes().all(|c| !c.is_ascii_uppercase()) {
        let lower = stem.to_ascii_lowercase();
        let mut c = lower.chars();
        c.next().map_or(String::new(), |f| f.to_ascii_uppercase().to_string() + c.as_str())
    } else {
        stem.to_string()
    };
    Some((start + n + 1 + ending.len(), name))
}

/// Two or three capitalized words after a site's address and spaces, before a dash
/// (`  Rakyat Merdeka -`): their end in `s` and the words. None otherwise.
fn named_after_site(s: &str) -> Option<(usize, String)> {
    let mut p = s.len() - s.trim_start_matches(' ').len();
    if p == 0 {
        return None;
    }
    let mut words = Vec::new();
    while words.len() < 3 {
        let w = place_word(&s[p..]);
        if w == 0 {
            break;
        }
        words.push(&s[p..p + w]);
        p += w;
        if !s[p..].starts_with(' ') {
            break;
        }
        p += 1;
    }
    let end = s[..p].trim_end().len();
    let dash = s[end..].trim_start().starts_with(['-', '\u{2013}', '\u{2014}']);
    ((2..=3).contains(&words.len()) && dash).then(|| (end, words.join(" ")))
}

/// An outlet the lexicon does not know, named at the start of `s` by its newspaper word
/// (`HARIAN DISWAY` -> `Harian Disway`: an `outlet_words` word and one or two more
/// capitalized words) or as one camel-case brand of ASCII letters (`IDXChannel`,
/// `MerahPutih`; not a
/// `camel_prefixes` name like `McAllen`): its length and name. None otherwise.
pub(crate) fn named_outlet(s: &str, rules: &CleanRules) -> Option<(usize, String)> {
    let first = place_word(s);
    if first == 0 {
        return None;
    }
    let w = &s[..first];
    if rules.outlet_words.contains(&w.to_lowercase()) {
        let mut end = first;
        for _ in 0..2 {
            let rest = &s[end..];
            let Some(next) = rest.strip_prefix(' ') else { break };
            let n = place_word(next);
            if n == 0 {
                break;
            }
            end += 1 + n;
        }
        return (end > first).then(|| (end, title_case(&s[..end])));
    }
    let b = w.as_bytes();
    let camel = b.len() >= 4
        && b.iter().all(u8::is_ascii_alphabetic)
        && (b.windows(2).any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
            || b.windows(3).any(|p| p[0].is_ascii_uppercase() && p[1].is_ascii_uppercase() && p[2].is_ascii_lowercase()))
        && !rules.camel_prefixes.iter().any(|p| w.starts_with(p.as_str()))
        && !rules.camel_words.contains(w);
    camel.then(|| (first, w.to_string()))
}

/// A name of one to four capitalized words at the start of `s`, right before a `)`,
/// whose last word is a `masthead_words` word (`Taiwan News`, `The Brussels Times`): its
/// length. None otherwise.
fn masthead(s: &str, rules: &CleanRules) -> Option<usize> {
    let mut p = 0;
    for _ in 0..4 {
        let w = place_word(&s[p..]);
        if w == 0 {
            return None;
        }
        let word = &s[p..p + w];
        p += w;
        if s[p..].starts_with(')') {
            return rules.masthead_words.contains(&word.to_lowercase()).then_some(p);
        }
        p += usize::from(s[p..].starts_with(' '));
    }
    None
}

/// Length of a capitalized word at the start of `s` (0 if none): an uppercase
/// letter, then letters, apostrophes, hyphens, and periods followed by a letter
/// (and the final period of a dotted abbreviation, `D.C.`).
fn place_word(s: &str) -> usize {
    let mut it = s.char_indices().peekable();
    match it.next() {
        Some((_, c)) if c.is_uppercase() => {}
        _ => return 0,
    }
    let mut end = s.chars().next().map_or(0, char::len_utf8);
    while let Some((i, c)) = it.next() {
        let ok = c.is_alphabetic()
            || matches!(c, '\'' | '’' | '-')
                && it.peek().is_some_and(|&(_, n)| n.is_alphabetic())
            || c == '.' && it.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if !ok {
            break;
        }
        end = i + c.len_utf8();
    }
    // a dotted abbreviation keeps its final period (`D.C.`)
    if s[..end].contains('.') && s[end..].starts_with('.') {
        end += 1;
    }
    end
}

/// `PYONGYANG` -> `Pyongyang`, `NEW YORK` -> `New York`; words that are not all
/// capitals stay as written (`Jakarta`, `McAllen`).
pub(crate) fn title_case(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    for (i, w) in place.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !w.chars().any(|c| c.is_lowercase()) {
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.push(c);
                } else {
                    out.extend(c.to_lowercase());
                }
                start = !c.is_alphabetic();
            }
        } else {
            out.push_str(w);
        }
    }
    out
}
