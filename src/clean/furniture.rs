//! Page furniture: link lines, share prompts, header labels and dates, the
//! title, the opener and footers. Every word and shape comes from the lexicon
//! (see [`super::TextVocab`]); this file holds only the mechanisms.
//!
//! Only the first few lines (header) and the last few lines (footer) are
//! examined for labels, dates and initials, so a `Sumber:` or `By` in the
//! middle of an article is never mistaken for furniture. Link lines, share
//! prompts and advertisement lines are dropped wherever they are.

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, Anchored, Input};

use super::opener::OpenerMatch;
use crate::extract::text::floor_boundary;
use super::{CleanRules, Cleaned, LabelKind};

/// How many lines from the top may be header furniture or title/standfirst.
const HEADER_LINES: usize = 10;
/// How many trailing furniture lines are removed at most.
const FOOTER_LINES: usize = 12;
/// A header date line or label line is at most this long (bytes).
const MAX_FURNITURE_LINE: usize = 160;
/// A headline has at most this many words.
const MAX_HEADLINE_WORDS: usize = 30;
/// Longest photo caption dropped inside the body, in bytes (about sixty words).
const MAX_BODY_CAPTION: usize = 400;

/// Words of `s`: maximal runs of letters, with apostrophes inside words kept
/// (`Jum'at`).
pub(crate) fn alpha_tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .map(|t| t.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|t| !t.is_empty())
}

/// `name` is the name of an outlet of the lexicon (as reported, not one of its forms).
fn lexicon_name(name: &str, rules: &CleanRules) -> bool {
    rules.outlets.iter().any(|x| x.name == name)
}

/// `prefix` of `s` when `s` starts with it, ASCII-case-insensitively.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.is_char_boundary(prefix.len()) && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// A line that reads like a headline: no final period, colon, comma or
/// semicolon (after closing quotes) and at most [`MAX_HEADLINE_WORDS`] words.
pub(crate) fn headline_like(l: &str) -> bool {
    let core = l.trim_end_matches(is_closing_quote);
    let Some(last) = core.chars().next_back() else { return false };
    if matches!(last, '.' | ':' | ',' | ';' | '…') {
        return false;
    }
    l.split(' ').count() <= MAX_HEADLINE_WORDS
}

/// A headline in capitals: five words or more, letters all upper case, reading like a
/// headline (no closing period).
fn caps_headline(l: &str) -> bool {
    headline_like(l) && l.split_whitespace().count() >= 5 && l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase)
}

/// At most this many headline lines after a closing bare link prefix are taken as its links.
const MAX_TEASERS: usize = 8;

/// The lines closing the page are a list of linked headlines: one to [`MAX_TEASERS`] of
/// them, each reading like a headline.
fn closing_headlines(tail: &[&str]) -> bool {
    !tail.is_empty() && tail.len() <= MAX_TEASERS && tail.iter().all(|l| headline_like(l))
}

fn sub<'a>(c: &Cow<'a, str>, start: usize) -> Cow<'a, str> {
    match c {
        Cow::Borrowed(s) => Cow::Borrowed(s[start..].trim()),
        Cow::Owned(s) => Cow::Owned(s[start..].trim().to_string()),
    }
}

/// Splits the normalized text into lines and removes all furniture, filling
/// the metadata fields of `out` (never `text`, `language` or `sentences`).
/// Returned lines are trimmed; some may be empty (the caller skips them).
pub(crate) fn strip<'a>(norm: &'a str, rules: &CleanRules, out: &mut Cleaned) -> Vec<Cow<'a, str>> {
    let (mut lines, shared_outlet) = drop_links(norm, rules);
    header(&mut lines, rules, out);
    late_header(&mut lines, rules, out);
    footer(&mut lines, rules, out);
    // "BATAMPOS – Presiden ..." on a page that names the site "Batampos.co.id": the word
    // before the dash is the outlet, no place
    if out.outlet.is_none() {
        if let Some(site) = out.dateline.as_deref().and_then(|d| site_named(norm, d)) {
            out.outlet = Some(site);
            out.dateline = None;
        }
    }
    // "Follow Berita SINDOnews di Google News": a share prompt names the publisher of a
    // text that names no outlet elsewhere
    // (or only an agency's, by its dateline: "Seoul (AFP) -" ... "Download the France 24 app")
    // (or only a company's name that the lexicon does not know, from a rights line, when
    // the outlet the page names shares its first word: "© 2025 Sky UK" under "Follow Sky
    // News on WhatsApp")
    let first_word = |n: &str| n.split_whitespace().next().map(str::to_lowercase);
    // (looked for only when the owner's first word is written again near the end: most
    // rights lines name a company that no prompt repeats)
    let tail = &norm[crate::extract::text::floor_boundary(norm, norm.len().saturating_sub(4096))..];
    let repeated = |o: &str| o.split_whitespace().next().is_some_and(|w| memchr::memmem::find_iter(tail.as_bytes(), w.as_bytes()).nth(1).is_some());
    let unknown_owner = out.outlet.as_deref().is_some_and(|o| o.contains(' ') && !lexicon_name(o, rules) && repeated(o));
    if out.outlet.is_none() || out.outlet == out.wire || unknown_owner {
        if let Some(id) = shared_outlet.or_else(|| self_named(norm, rules)) {
            if !unknown_owner || first_word(&rules.outlets[id].name) == out.outlet.as_deref().and_then(first_word) {
                out.outlet = Some(rules.outlets[id].name.clone());
            }
        }
    }
    // "..., she told NK News.": the outlet a speaker talks to publishes a text that names
    // none elsewhere
    if out.outlet.is_none() {
        if let Some(id) = told_outlet(norm, rules) {
            out.outlet = Some(rules.outlets[id].name.clone());
        }
    }
    // "POSBELITUNG.CO - ..." on a page that writes "Pos Belitung" elsewhere: the site's name
    // as the page spells it in words (a lexicon outlet keeps its own name)
    if let Some(o) = out.outlet.as_deref().filter(|o| !o.contains(' ') && !lexicon_name(o, rules)) {
        if let Some(spaced) = spelled_in_words(norm, o) {
            out.outlet = Some(spaced);
        }
    }
    lines
}

/// Two or three capitalized words of `text`, one space apart, that spell the one-word site
/// name `name` without its hyphens, in any case (`Pos Belitung` for `Posbelitung`,
/// `Tribun Bali` for `Tribun-bali`); the first such in the text, else None.
fn spelled_in_words(text: &str, name: &str) -> Option<String> {
    let want: String = name.chars().filter(|c| *c != '-').flat_map(char::to_lowercase).collect();
    if want.chars().count() < 4 {
        return None;
    }
    let mut starts = text.char_indices().filter(|&(k, c)| c.is_uppercase() && !text[..k].ends_with(|p: char| p.is_alphanumeric()));
    starts.find_map(|(k, _)| {
        let mut got = String::new();
        let mut end = k;
        for n in 1..=3 {
            let rest = &text[end..];
            let w = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            if w == 0 || !rest.starts_with(char::is_uppercase) {
                return None;
            }
            got.extend(rest[..w].chars().flat_map(char::to_lowercase));
            end += w;
            if !want.starts_with(got.as_str()) {
                return None;
            }
            if got == want {
                return (n > 1).then(|| text[k..end].to_string());
            }
            if !text[end..].starts_with(' ') {
                return None;
            }
            end += 1;
        }
        None
    })
}

/// A link label, a preposition of `label_prepositions` and a known outlet (`Most Read from
/// Bloomberg`, `Populer dari Kompas`): the label of the outlet's own links.
fn label_from_outlet(line: &str, rules: &CleanRules) -> bool {
    let l = line.trim();
    rules.label_prepositions.iter().any(|p| {
        let Some(k) = l.match_indices(p.as_str()).map(|(k, _)| k).find(|&k| k > 0 && l[..k].ends_with(' ') && l[k + p.len()..].starts_with(' ')) else { return false };
        rules.link_labels.contains(&l[..k - 1].to_lowercase()) && outlet_of(&l[k + p.len() + 1..], rules).is_some()
    })
}

/// The site's name when `text` names a site whose name is the one word `word`, in any case
/// (`Batampos` for `Ikuti Batampos.co.id di Google News`); None otherwise.
fn site_named(text: &str, word: &str) -> Option<String> {
    if word.contains(' ') || word.len() < 3 {
        return None;
    }
    let forms = [word.to_string(), word.to_uppercase(), word.to_lowercase()];
    forms.iter().find_map(|f| {
        text.match_indices(f.as_str()).find_map(|(k, _)| {
            let fresh = !text[..k].ends_with(|c: char| c.is_alphanumeric() || c == '.');
            let site = super::opener::site_at(&text[k..]).filter(|(_, name)| name.eq_ignore_ascii_case(word));
            fresh.then_some(site).flatten().map(|(_, name)| name)
        })
    })
}

/// The first known outlet, no agency, right after an interview phrase of the text
/// ([`super::TextVocab::interview_phrases`]: "told NK News", "kata dia kepada Kompas.com");
/// None when there is none.
fn told_outlet(norm: &str, rules: &CleanRules) -> Option<usize> {
    let ac = rules.interview.as_ref()?;
    ac.find_iter(norm)
        .filter(|m| !norm[..m.start()].ends_with(char::is_alphanumeric))
        .find_map(|m| outlet_at(&norm[m.end()..], rules).map(|(id, _)| id).filter(|&id| !rules.outlets[id].wire))
}

/// Trailing lines searched by [`self_named`].
const SELF_NAMED_LINES: usize = 25;

/// The outlet (no agency) that one of the last lines of the page names as its own
/// publisher (or a line that is a bare link to the page, see below): a
/// copyright line anywhere among them (`Kyiv Independent © 2024`), a reader
/// appeal (`self_prefixes`: `Support Ukrainska Pravda on Patreon!`, `A Message from The
/// Moscow Times:`), a contribution credit (`The Hill's Sarah Whitfield contributed.`) or
/// the outlet's own request for comment (`self_phrases`: `Newsweek has reached out to ...`).
/// None when no such line names a known outlet; an agency's name is left to the wire.
fn self_named(norm: &str, rules: &CleanRules) -> Option<usize> {
    let known = |id: usize| (!rules.outlets[id].wire).then_some(id);
    // (a line that is a bare link, to the page itself, whose host or a domain of it is an
    // outlet's form: "https://p.dw.com/p/4fwP2"; found by one search for "http")
    let links = norm.match_indices("http").filter(|&(i, _)| i == 0 || norm.as_bytes()[i - 1] == b'\n');
    for (i, _) in links {
        let l = norm[i..].split('\n').next().unwrap_or("").trim_end();
        let Some(rest) = l.strip_prefix("https://").or_else(|| l.strip_prefix("http://")) else { continue };
        if rest.contains(char::is_whitespace) {
            continue;
        }
        let host = rest.split('/').next().unwrap_or("");
        let mut h = host;
        loop {
            if let Some(id) = outlet_at(h, rules).filter(|&(_, n)| n == h.len()).and_then(|(id, _)| known(id)) {
                return Some(id);
            }
            let Some((_, tail)) = h.split_once('.') else { break };
            if !tail.contains('.') {
                break;
            }
            h = tail;
        }
    }
    for l in norm.lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(SELF_NAMED_LINES) {
        // (a word of an appeal anywhere in the line, a long one too: "... consider taking the
        // step of supporting the Guardian's journalism", "updates from The Independent")
        // (found ignoring ASCII case, without lower-casing the line: a long line is read too)
        for p in &rules.self_inline {
            let Some(&first) = p.as_bytes().first() else { continue };
            let hits = memchr::memchr2_iter(first, first.to_ascii_uppercase(), l.as_bytes()).filter(|&i| l.get(i..).is_some_and(|r| starts_with_ci(r, p)));
            for i in hits {
                let Some(rest) = l.get(i + p.len()..).filter(|r| r.starts_with(' ') && l.get(..i).is_some_and(|b| !b.ends_with(char::is_alphanumeric))) else { continue };
                let rest = rest.trim_start();
                let bare = rest.strip_prefix("the ").unwrap_or(rest);
                if let Some(id) = outlet_at(rest, rules).or_else(|| outlet_at(bare, rules)).and_then(|(id, _)| known(id)) {
                    return Some(id);
                }
            }
        }
        if l.len() > 2 * MAX_FURNITURE_LINE {
            continue;
        }
        let l = l.trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']);
        let lower = l.to_lowercase();
        if lower.len() != l.len() {
            continue;
        }
        if l.contains(['©', 'ⓒ']) || rules.rights_marks.iter().any(|m| lower.contains(m.as_str())) {
            // (a photo credit is no rights line: "... in Pyongyang. © Sputnik / Gavriil Grigorov")
            let signed = l.find(['©', 'ⓒ']).map_or(l, |k| &l[k..]);
            if signed.contains(" / ") {
                continue;
            }
            if let Some(id) = outlet_in(l, rules).and_then(known) {
                return Some(id);
            }
            continue;
        }
        // the line's sentence starts (an appeal or an outlet's own words may be a later
        // sentence of the line)
        // ("Take international news everywhere with you! Download the France 24 app")
        let starts: Vec<usize> = std::iter::once(0).chain(l.match_indices(['.', '!', '?']).filter(|&(i, _)| l[i + 1..].starts_with(' ')).map(|(i, _)| i + 2)).collect();
        // ("We've been working hard to bring you independent news. Consider supporting the
        // Kyiv Independent.")
        for &at in &starts {
            for p in &rules.self_prefixes {
                let Some(rest) = lower[at..].strip_prefix(p.as_str()).filter(|r| r.starts_with(' ')) else { continue };
                let rest = l[l.len() - rest.len()..].trim_start();
                let rest = rest.strip_prefix("the ").unwrap_or(rest);
                if let Some(id) = outlet_at(rest, rules).and_then(|(id, _)| known(id)) {
                    return Some(id);
                }
            }
        }
        // ("Newsweek has reached out to ... for comment", "Sky News has contacted ...", also
        // as a later sentence of the line: "... . NBC News has not independently verified")
        for &at in &starts {
            let Some((id, n)) = outlet_at(&l[at..], rules) else { continue };
            let n = at + n;
            let rest = lower[n..].trim_start();
            if n < lower.len() && lower[n..].starts_with(' ') && rules.self_phrases.iter().any(|p| rest.strip_prefix(p.as_str()).is_some_and(|r| r.starts_with(' '))) {
                if let Some(id) = known(id) {
                    return Some(id);
                }
            }
        }
        // ("Oksana Hrytsenko is the Kyiv-based correspondent for Defense News.")
        if let Some(id) = bio_outlet(l, &lower, rules).and_then(known) {
            return Some(id);
        }
        if rules.contribution_words.iter().any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == w)) {
            if let Some(id) = outlet_at(l, rules).filter(|&(_, n)| l[n..].starts_with(['\'', '\u{2019}'])).and_then(|(id, _)| known(id)) {
                return Some(id);
            }
        }
    }
    None
}

/// The known outlet an author's note names (`bio_verbs`, `bio_prepositions`): "Jennifer
/// Jett is the Asia Digital Editor for NBC News, based in Hong Kong." None unless the line
/// opens with two to four capitalized words, then the verb, and a preposition within the next
/// twelve words is followed by a known outlet.
fn bio_outlet(l: &str, lower: &str, rules: &CleanRules) -> Option<usize> {
    if rules.bio_verbs.is_empty() || !l.starts_with(char::is_uppercase) {
        return None;
    }
    // (word starts, found lazily: most lines fail at their first words)
    let mut words = lower.split(' ').scan(0, |at, w| {
        let s = *at;
        *at += w.len() + 1;
        Some((s, w))
    }).filter(|(_, w)| !w.is_empty());
    let mut v = None;
    for k in 0..=4 {
        let (s, w) = words.next()?;
        if k >= 2 && rules.bio_verbs.iter().any(|b| b == w) {
            v = Some(k);
            break;
        }
        if !l[s..].starts_with(char::is_uppercase) {
            return None;
        }
    }
    v?;
    words.take(12).enumerate().find_map(|(i, (s, w))| {
        let w = w.trim_end_matches([',', '.']);
        if i == 0 || !rules.bio_prepositions.iter().any(|p| p == w) {
            return None;
        }
        let rest = l.get(s + w.len()..)?.trim_start();
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        outlet_at(rest, rules).map(|(id, _)| id)
    })
}

/// The known outlet whose form starts `s` as a whole word (the longest form; not one
/// going on into a site name: "Kompas" in "Kompas.id"), with the form's byte length.
fn outlet_at(s: &str, rules: &CleanRules) -> Option<(usize, usize)> {
    rules
        .outlets_starting(s)
        .find(|(f, _)| {
            s.get(..f.len()).is_some_and(|head| same_form(f, head))
                && !s[f.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '.' && s[f.len() + 1..].starts_with(char::is_alphanumeric))
        })
        .map(|(f, id)| (*id, f.len()))
}

/// The text after a link prefix at the start of `line` (`Baca Juga: X` -> `X`),
/// or None when the line does not start with one (a whole line in parentheses or
/// brackets is read inside them).
fn link_rest<'a>(line: &'a str, rules: &CleanRules) -> Option<&'a str> {
    let ac = rules.links.as_ref()?;
    // (a link line in parentheses or brackets: "(Baca juga: Sanksi Baru AS ...)")
    let trimmed = line.trim();
    if let Some(inner) = trimmed.strip_prefix('(').and_then(|l| l.strip_suffix(')')).or_else(|| trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']'))) {
        if let Some(rest) = link_rest(inner.trim(), rules).filter(|r| !r.is_empty()) {
            return Some(rest);
        }
    }
    let m = ac.find(Input::new(line).anchored(Anchored::Yes))?;
    let pat_ends_word = line[..m.end()].ends_with(|c: char| !c.is_alphanumeric());
    let rest = &line[m.end()..];
    if !pat_ends_word && rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None; // "Baca Jugalah" is not "Baca Juga"
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
    Some(rest)
}

fn is_share_or_drop(line: &str, rules: &CleanRules) -> bool {
    if let Some(ac) = &rules.shares {
        if ac.find(Input::new(line).anchored(Anchored::Yes)).is_some() {
            return true;
        }
    }
    line.len() <= 64 && !rules.drop_lines.is_empty() && rules.drop_lines.contains(&line.to_lowercase())
}

/// Where the text starts after a drop line glued to it (`AdvertisementNATO Secretary
/// General ...`, `SCROLL TO CONTINUE WITH CONTENTKorea Utara ...`): after the drop line
/// when the line starts with one (ignoring ASCII case) of at least five bytes and an
/// uppercase letter or an opening quote follows it directly; else 0.
fn glued_drop(line: &str, rules: &CleanRules) -> usize {
    for d in &rules.drop_lines {
        if d.len() < 5 || line.len() <= d.len() {
            continue;
        }
        let (Some(head), Some(rest)) = (line.get(..d.len()), line.get(d.len()..)) else { continue };
        if head.eq_ignore_ascii_case(d) && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201C}')) {
            return d.len();
        }
    }
    0
}

/// A headline's `!` or `?` right after a letter ("Mereka Pahlawan!Badan Intelijen ...").
fn exclaimed(prev: Option<char>, prev2: Option<char>) -> bool {
    matches!(prev, Some('!' | '?')) && prev2.is_some_and(char::is_alphabetic)
}

/// Where the second sentence of a link's text starts when the text runs on past a headline
/// into a paragraph: after the first full stop that follows a lower-case letter and comes
/// before a space and an upper-case letter or an opening quote, when what follows is at least
/// 40 bytes with a lower-case word and its own full stop. None otherwise (a headline, "U.S.
/// Says ...").
fn body_after_headline(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let k = (1..b.len().saturating_sub(2)).find(|&i| {
        b[i] == b'.' && b[i + 1] == b' ' && rest[..i].chars().next_back().is_some_and(char::is_lowercase) && rest[i + 2..].starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201C}'))
    })?;
    let tail = &rest[k + 2..];
    (tail.len() >= 40 && tail.contains('.') && tail.split_whitespace().skip(1).any(|w| w.starts_with(char::is_lowercase))).then_some(k + 2)
}

/// Where the next sentence starts in a headline glued to it
/// (`... Sahabatnya' XiGedung Putih mengatakan` -> at `Gedung`): the first
/// letter-case change inside a word (lowercase letter, digit, closing quote or an
/// acronym's capitals, or a headline's `!` or `?` after a letter, directly followed by an
/// uppercase letter and a lowercase one; or a lowercase letter directly followed by a
/// whole acronym, `UkrainaNIS menilai`) that is not a known camel-case word (`YouTube`)
/// or name prefix (`McDonald`).
pub(crate) fn glue_point(s: &str, rules: &CleanRules) -> Option<usize> {
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    let mut word_start = 0usize;
    // End of the current word, found once per word (keeps the scan linear).
    let mut word_end: Option<usize> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            word_start = i + c.len_utf8();
            word_end = None;
            (prev2, prev) = (prev, Some(c));
            continue;
        }
        let next_lower = it.peek().is_some_and(|&(_, n)| n.is_lowercase());
        // A quote glues only when it closes a word ("'Xi'Gedung"), not when it opens one.
        let closing = |p: char| is_closing_quote(p) && prev2.is_some_and(|q| !q.is_whitespace());
        // An acronym glued to a capitalized word ("di PBBGedung Putih"): two capitals before,
        // and a lower-case run of three letters or more after that is no clitic ("PBBnya")
        let acronym = || {
            prev.is_some_and(char::is_uppercase) && prev2.is_some_and(char::is_uppercase) && {
                let rest = &s[i + c.len_utf8()..];
                let run = rest.find(|x: char| !x.is_lowercase()).unwrap_or(rest.len());
                rest[..run].chars().count() >= 3 && !rules.clitics.iter().any(|k| rest[..run] == **k)
            }
        };
        // A word glued to an acronym that opens the sentence ("di Langit UkrainaNIS menilai"):
        // a lowercase letter, then two capitals or more up to the word's end
        let glued_acronym = || {
            prev.is_some_and(char::is_lowercase) && {
                let rest = &s[i..];
                let run = rest.find(|x: char| !x.is_uppercase()).unwrap_or(rest.len());
                run >= 2 && rest[run..].chars().next().is_none_or(|x| !x.is_alphanumeric())
            }
        };
        if c.is_uppercase()
            && ((next_lower
                && (prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit() || closing(p))
                    || acronym()
                    || exclaimed(prev, prev2)))
                || glued_acronym())
        {
            let word_end = *word_end.get_or_insert_with(|| s[i..].find(char::is_whitespace).map_or(s.len(), |e| i + e));
            let word = s[word_start..word_end].trim_matches(|c: char| !c.is_alphanumeric());
            let head = s[word_start..i].trim_start_matches(|c: char| !c.is_alphanumeric());
            let camel = rules.camel_words.iter().any(|w| word.starts_with(w.as_str()));
            // Name prefixes are short; a long head is never one (and is not hashed).
            let name_prefix = head.len() <= 16 && rules.camel_prefixes.contains(head);
            let mut hc = head.chars();
            let one_lower = matches!((hc.next(), hc.next()), (Some(h), None) if h.is_lowercase());
            if !camel && !name_prefix && !one_lower {
                return Some(i);
            }
        }
        (prev2, prev) = (prev, Some(c));
    }
    None
}

/// Drops link lines (and the headline after a bare link prefix), share prompts
/// and advertisement lines. A headline glued to the next sentence keeps the
/// sentence as its own line.
fn drop_links<'a>(norm: &'a str, rules: &CleanRules) -> (Vec<Cow<'a, str>>, Option<usize>) {
    let mut lines: Vec<Cow<'a, str>> = Vec::new();
    let mut shared_outlet = None;
    let mut pending_headline = false;
    let all: Vec<&str> = norm.split('\n').filter(|l| !l.is_empty()).collect();
    // (a bare prefix alone on its line, `Read More:`, and whether a headline under it was
    // dropped already: a later line is a headline only as a whole, never a glued one)
    let mut bare_prefix = false;
    let mut continued = false;
    let mut teasers_from = all.len();
    // under a link label: a bulleted list of headlines ("Related Stories" / " - Kirby: ..." /
    // " - Kim Orders ...") is all links
    let mut link_list = false;
    // ... and so is an unmarked run of headlines under it ("Related Article" / "Kim Jong-un
    // oversees launch ..." / "North Korea says it will 'never' ..."): at most this many more
    let mut label_headlines = 0;
    for (li, &line) in all.iter().enumerate() {
        if li >= teasers_from {
            // (a rights line closing the page stays for the footer: "Copyright © Chosun Ilbo")
            if li + 1 == all.len() && rules.footers.as_ref().is_some_and(|ac| ac.find(Input::new(line.trim()).anchored(Anchored::Yes)).is_some()) {
                lines.push(Cow::Borrowed(line.trim()));
            }
            continue;
        }
        if link_list && line.trim_start().starts_with(['-', '\u{2013}', '\u{2022}', '*']) {
            pending_headline = false;
            continue;
        }
        link_list = false;
        if pending_headline {
            pending_headline = false;
            // The line after a bare `BACA JUGA:`: a headline, maybe glued to a sentence.
            let glued = if bare_prefix && continued { None } else { glue_point(line, rules) };
            if let Some(g) = glued {
                lines.push(Cow::Borrowed(&line[g..]));
            } else if !headline_like(line) {
                lines.push(Cow::Borrowed(line)); // a body paragraph: the link had no headline
            } else if label_headlines > 0 && continued && all.get(li + 1).is_some_and(|n| label_line(n.trim(), rules).is_some() || date_line(n.trim(), rules).is_some()) {
                // (a headline over a byline or a date is the page's own title, after the
                // teasers: "Most Read from Bloomberg" / three headlines / "North Korea Sent
                // Russia 9 Million Shells" / "By Soo-yeon Park")
                lines.push(Cow::Borrowed(line));
            } else if label_headlines > 0 {
                // under a label, the headlines go on until the body resumes
                label_headlines -= 1;
                pending_headline = true;
                continued = true;
            }
            continue;
        }
        label_headlines = 0;
        bare_prefix = false;
        continued = false;
        // a whole-line label over a link (`Recommended`): the headline under it goes
        if line.len() <= 40 && !rules.link_labels.is_empty() && (rules.link_labels.contains(&line.trim().to_lowercase()) || label_from_outlet(line, rules)) {
            // (over a closing list of headlines: all of them are links)
            if closing_headlines(&all[li + 1..]) {
                teasers_from = li + 1;
            }
            pending_headline = true;
            link_list = true;
            label_headlines = MAX_TEASERS - 1;
            continue;
        }
        if let Some(rest) = link_rest(line, rules) {
            let tail = &all[li + 1..];
            // (or a topic: "More on North Korea" over the closing headlines)
            let topic = rest.is_empty() || (rest.split_whitespace().count() <= 4 && rest.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-') && tail.len() >= 2);
            if topic && closing_headlines(tail) {
                // `Read more` over a closing list of headlines (or topic tags): all links
                teasers_from = li + 1;
            } else if rest.is_empty() {
                // (a bare prefix alone on its line is a label: the headlines under it go on
                // until the body resumes, "Read More:" / "Nepal asks ..." / "China calls ...")
                pending_headline = true;
                label_headlines = MAX_TEASERS - 1;
                bare_prefix = true;
            } else if let Some(g) = glue_point(rest, rules) {
                lines.push(Cow::Borrowed(&rest[g..]));
            } else if let Some(g) = body_after_headline(rest) {
                // (a headline run on into the paragraph with a space, "Baca Juga:Kim Jong Un
                // Kirim 'Hadiah' untuk Putin di Hari Ulang Tahunnya Korut sendiri memberi
                // sinyal yang berubah-ubah. Pada Senin (21/10/2024), perwakilan Korut ...":
                // where the headline ends is unknown, so the sentence it runs into goes with
                // it, and the paragraph's next sentences stay)
                lines.push(Cow::Borrowed(&rest[g..]));
            }
            continue;
        }
        if is_share_or_drop(line, rules) {
            if shared_outlet.is_none() && line.len() <= MAX_FURNITURE_LINE * 2 {
                shared_outlet = outlet_in(line, rules);
            }
            continue;
        }
        // a photo caption inside a body already under way (two paragraphs) is furniture, as
        // one above it is
        // ("Foto: Kim Jong Un mengamati roket saat tur di Kosmodrom Vostochny (AP/Vladimir
        // Smirnov)"); a quote is none
        if line.len() <= MAX_BODY_CAPTION && body_caption(line, rules) && !line.contains(['"', '\u{201C}', '\u{201D}']) && lines.iter().filter(|l| l.len() >= 150).nth(1).is_some() {
            continue;
        }
        // a headline in capitals inside a body already under way is a teaser link
        // ("NORTH KOREA SENDING WORKERS, MILITARY ENGINEERS TO RUSSIAN-OCCUPIED UKRAINE, SEOUL
        // OFFICIAL SAYS"); a label line in capitals is none ("SOURCE: AL JAZEERA AND NEWS
        // AGENCIES")
        if caps_headline(line) && lines.iter().any(|l| l.len() >= 150 && l.chars().any(char::is_lowercase)) && label_line(line, rules).is_none() {
            continue;
        }
        let line = &line[glued_drop(line, rules)..];
        match inline_link(line, rules) {
            // the sentence before the link, and the one glued after its headline, if any
            Some((from, to)) => {
                lines.push(Cow::Borrowed(line[..from].trim_end()));
                if to < line.len() {
                    lines.push(Cow::Borrowed(&line[to..]));
                }
            }
            None => lines.push(Cow::Borrowed(line)),
        }
    }
    (lines, shared_outlet)
}

/// A link glued into a paragraph after a sentence's end ("... ke gudang senjata
/// Rusia.Baca juga: Rudal Korea Utara di Langit UkrainaNIS menilai, ..."): the byte range
/// to cut, from the link prefix to where the sentence glued to its headline starts (see
/// [`glue_point`]), or to the line's end when the rest reads as a headline. None unless the
/// prefix follows `.`, `!`, `?` or a closing quote and a colon ends it, or when nothing shows
/// where the headline ends (text after it is kept rather than lost).
fn inline_link(line: &str, rules: &CleanRules) -> Option<(usize, usize)> {
    let ac = rules.links.as_ref()?;
    let b = line.as_bytes();
    // (this runs over every line of every text: only lines with a colon can hold such a
    // link, and only before their last colon; U+201D is E2 80 9D)
    let last_colon = memchr::memrchr(b':', b)?;
    for i in 0..last_colon {
        let at = match b[i] {
            b'.' | b'!' | b'?' | b'"' => i + 1,
            0x9D if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => i + 1,
            _ => continue,
        };
        let from = at + (line[at..].len() - line[at..].trim_start().len());
        let Some(m) = ac.find(Input::new(&line[from..]).anchored(Anchored::Yes)) else { continue };
        let rest = &line[from + m.end()..];
        let after = if line[from..from + m.end()].ends_with(':') { Some(rest) } else { rest.trim_start().strip_prefix(':') };
        let Some(after) = after else { continue };
        let after_at = line.len() - after.len();
        if !after.trim_start().starts_with(char::is_uppercase) {
            continue;
        }
        match glue_point(after, rules) {
            Some(g) => return Some((at, after_at + g)),
            // (a headline alone to the line's end; body text after a space stays)
            None if headline_like(after.trim()) => return Some((at, line.len())),
            None => continue,
        }
    }
    None
}

/// A metadata value found in furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Field {
    Label(LabelKind, String),
    Outlet(usize),
    /// A bare date part (`Daniel Reyes | December 18, 2024`).
    Date(String),
    /// A bare name part, kept only next to a date part.
    Name(String),
}

/// The outlet whose form is exactly `s` (ASCII-case-insensitive; forms of at
/// most three characters must match exactly).
pub(crate) fn outlet_of(s: &str, rules: &CleanRules) -> Option<usize> {
    // (the forms by first byte, in their order: the first equal form, as a scan of all)
    rules.outlets_starting(s).find(|(f, _)| same_form(f, s)).map(|(_, id)| *id)
}

/// `s` is the outlet form `f`: exactly for forms of up to three letters ("AP", "RT"), else
/// ignoring ASCII case ("KOMPAS.com").
fn same_form(f: &str, s: &str) -> bool {
    if f.len() <= 3 {
        f == s
    } else {
        f.eq_ignore_ascii_case(s)
    }
}

/// A value that reads like a name: 1 to 8 words, each capitalized, a
/// connector (`and`, `bin`) or initials with a slash (`ft/ah`).
fn name_like(v: &str, rules: &CleanRules) -> bool {
    let words: Vec<&str> = v.split(' ').collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    words.iter().all(|w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        match core.chars().next() {
            None => true,
            Some(c) if c.is_uppercase() => true,
            _ => rules.name_connectors.contains(&core.to_lowercase()) || core.contains('/'),
        }
    })
}

/// Cuts a trailing place off a credit (`Josh Smith in Seoul` -> `Josh Smith`):
/// the value is cut before the first lowercase word that is not a connector
/// when only capitalized words follow it.
fn cut_place<'a>(v: &'a str, rules: &CleanRules) -> &'a str {
    let mut pos = 0;
    for w in v.split(' ') {
        let first = w.chars().next();
        if pos > 0
            && first.is_some_and(char::is_lowercase)
            && !rules.name_connectors.contains(&w.to_lowercase())
            && v[pos + w.len()..].split_whitespace().all(|r| r.starts_with(char::is_uppercase))
            && pos + w.len() < v.len()
        {
            return v[..pos].trim_end();
        }
        pos += w.len() + 1;
    }
    v
}

/// One `Label: value` (or `Label value` when the value is name-like) part.
/// A bare label gives an empty value.
fn label_part(part: &str, rules: &CleanRules) -> Option<(LabelKind, String)> {
    for (label, kind) in &rules.labels {
        if !starts_with_ci(part, label) {
            continue;
        }
        let rest = &part[label.len()..];
        let (value, colon) = if let Some(v) = rest.trim_start().strip_prefix(':') {
            (v.trim(), true)
        } else if rest.starts_with(' ') {
            (rest.trim(), false)
        } else if rest.is_empty() {
            ("", true)
        } else {
            continue;
        };
        // (a publisher after a preposition of credit stays: "Nadia Rahmawati untuk Mata Mata
        // Politik")
        let credit = if *kind == LabelKind::Author { bio_publisher(value, rules) } else { None };
        let value = if credit.is_some() { value } else { cut_place(value, rules) };
        if value.split(' ').count() > 12 || value.ends_with(['.', ':']) && value.split(' ').count() > 3 {
            continue;
        }
        let person = credit.map_or(value, |(k, _)| &value[..k]);
        if !colon && !name_like(person, rules) {
            continue;
        }
        return Some((*kind, value.to_string()));
    }
    None
}

/// A label line: parts separated by `|` or `;` (optionally in parentheses,
/// as Reuters credits are), each a label part or a bare outlet name.
fn label_line(l: &str, rules: &CleanRules) -> Option<Vec<Field>> {
    if l.len() > MAX_FURNITURE_LINE * 2 {
        return None;
    }
    let inner = l.strip_prefix('(').and_then(|s| s.strip_suffix(')')).unwrap_or(l);
    // bare dates and names only on a `|` byline (`Daniel Reyes | December 18, 2024`)
    let piped = l.contains('|');
    let mut fields = Vec::new();
    for part in inner.split(['|', ';']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if let Some((k, v)) = label_part(part, rules) {
            fields.push(Field::Label(k, v));
        } else if let Some(id) = outlet_of(part, rules) {
            fields.push(Field::Outlet(id));
        } else if let Some((d, None, None)) = date_line(part, rules).filter(|_| piped) {
            fields.push(Field::Date(d.to_string()));
        } else if piped && name_like(part, rules) {
            fields.push(Field::Name(part.to_string()));
        } else if let Some((by, (d, None, outlet))) = dash_dated(part, rules) {
            // "by Brad Dress - 10/31/24 4:58 PM ET": a credit and its date after a dash (and
            // the outlet between: "By Marcus Heller - The Washington Times - Friday, ...")
            fields.push(Field::Label(by.0, by.1));
            fields.extend(outlet.map(Field::Outlet));
            fields.push(Field::Date(d.to_string()));
        } else {
            return None;
        }
    }
    // a bare name and a bare date go together (a byline that dates the article); a line of
    // bare dates alone is a date line, and a bare name alone no label line; an author's label
    // with a date is a byline too (`by Brad Dress - 10/31/24`)
    let dated = fields.iter().any(|f| matches!(f, Field::Date(_)));
    let named = fields.iter().any(|f| matches!(f, Field::Name(_)));
    // (or any credit label: "Source: Xinhua| 2023-01-22 11:05:48|Editor: huaxia")
    let credited = named || fields.iter().any(|f| matches!(f, Field::Label(..)));
    (!fields.is_empty() && (!named || dated) && (!dated || credited)).then_some(fields)
}

/// A date line's parts (see [`date_line`]): the date, trailing initials, a leading outlet.
type DateParts<'a> = (&'a str, Option<&'a str>, Option<usize>);

/// A credit label part and a date joined by a dash (`by Brad Dress - 10/31/24 4:58 PM
/// ET`): the credit and the date line's parts. None unless both sides read as such.
fn dash_dated<'a>(part: &'a str, rules: &CleanRules) -> Option<((LabelKind, String), DateParts<'a>)> {
    let (a, b) = part.split_once(" - ").or_else(|| part.split_once(" \u{2013} ")).or_else(|| part.split_once(" \u{2014} "))?;
    let credit = label_part(a.trim(), rules).filter(|(k, v)| *k == LabelKind::Author && !v.is_empty())?;
    Some((credit, date_line(b.trim(), rules)?))
}

/// The first outlet named as a whole word inside `l` (forms of at most three letters
/// only as written).
fn outlet_in(l: &str, rules: &CleanRules) -> Option<usize> {
    // every word start, the longest form first: "Copyright ⓒ Korea JoongAng Daily.",
    // "© 2024 CBS Interactive Inc.", "COPYRIGHT © ANTARA 2024"
    let starts = l.char_indices().filter(|&(i, c)| c.is_alphanumeric() && !l[..i].ends_with(|p: char| p.is_alphanumeric() || p == '.'));
    starts.map(|(i, _)| &l[i..]).find_map(|rest| outlet_at(rest, rules).map(|(id, _)| id))
}

fn set_outlet(id: usize, rules: &CleanRules, out: &mut Cleaned) {
    let o = &rules.outlets[id];
    let slot = if o.wire { &mut out.wire } else { &mut out.outlet };
    if slot.is_none() {
        *slot = Some(o.name.clone());
    }
}

fn apply(fields: Vec<Field>, rules: &CleanRules, out: &mut Cleaned) {
    for f in fields {
        match f {
            Field::Outlet(id) => set_outlet(id, rules, out),
            Field::Date(d) => {
                if out.header_date.is_none() {
                    out.header_date = Some(d);
                }
            }
            Field::Name(n) => {
                if out.author.is_none() {
                    out.author = Some(n);
                }
            }
            Field::Label(_, v) if v.is_empty() => {}
            Field::Label(LabelKind::Source, v) => {
                // `SOURCE: AL JAZEERA AND NEWS AGENCIES`: the publisher's own credit
                if let Some((own, wires)) = own_credit(&v, rules) {
                    if out.outlet.is_none() {
                        out.outlet = Some(rules.outlets[own].name.clone());
                    }
                    if out.wire.is_none() && !wires.is_empty() {
                        out.wire = Some(wires.join(", "));
                    }
                    continue;
                }
                // a credited source refines an agency that was only known as the publisher
                // (`Kyiv (ANTARA) - ... Sumber: Reuters`: outlet Antara, wire Reuters)
                if out.wire.is_none() || out.wire == out.outlet {
                    out.wire = Some(outlet_of(&v, rules).map_or(v, |id| rules.outlets[id].name.clone()));
                }
            }
            Field::Label(LabelKind::Editor, v) => {
                if out.editor.is_none() {
                    out.editor = Some(v);
                }
            }
            Field::Label(LabelKind::Author, v) => {
                // "Jane Doe, Reuters" / "Jane Doe - CNN": the outlet after the name.
                // "Oleh: Jane Doe - 20 Jun 2025 10:30 WIB": the date after the name dates
                // the article.
                let mut name = v.as_str();
                // (a social handle after the name goes: "Agence France-Presse - @inquirerdotnet")
                if let Some(k) = name.rfind(" @").filter(|&k| !name[k + 2..].contains(' ')) {
                    name = name[..k].trim_end().trim_end_matches(['-', '–', '—', '|']).trim_end();
                }
                if let Some((a, b)) = name.split_once([',', '-', '–', '—']) {
                    if let Some((d, None, None)) = date_line(b.trim(), rules) {
                        if b.bytes().filter(u8::is_ascii_digit).count() >= 4 {
                            if out.header_date.is_none() {
                                out.header_date = Some(d.to_string());
                            }
                            name = a.trim();
                        }
                    }
                }
                if let Some((a, b)) = name.rsplit_once([',', '-']) {
                    if let Some(id) = outlet_of(b.trim(), rules) {
                        set_outlet(id, rules, out);
                        name = a.trim();
                    }
                }
                // "By TOM RAWLINGS FOR MAILONLINE": the outlet after a preposition of a bio
                let lower = name.to_lowercase();
                let split = (lower.len() == name.len())
                    .then(|| {
                        rules.bio_prepositions.iter().find_map(|p| {
                            let k = lower.rfind(&format!(" {p} "))?;
                            outlet_of(name[k + p.len() + 2..].trim(), rules).map(|id| (k, id))
                        })
                    })
                    .flatten();
                if let Some((k, id)) = split {
                    set_outlet(id, rules, out);
                    name = name[..k].trim();
                } else if let Some((k, pub_name)) = bio_publisher(name, rules) {
                    // (an outlet the lexicon does not know, two to four capitalized words:
                    // "Diterjemahkan oleh: Nadia Rahmawati untuk Mata Mata Politik")
                    if out.outlet.is_none() {
                        out.outlet = Some(pub_name.to_string());
                    }
                    name = name[..k].trim();
                }
                // "By RFE/RL", "Oleh: Antara": an outlet credited as the author
                if let Some(id) = outlet_of(name, rules) {
                    set_outlet(id, rules, out);
                    continue;
                }
                if out.author.is_none() && !name.is_empty() {
                    out.author = Some(name.to_string());
                }
            }
        }
    }
}

/// A byline's publisher after a preposition of credit (`credit_prepositions`) that the
/// lexicon does not know: two to four capitalized words ending the byline (`Nadia
/// Rahmawati untuk Mata Mata Politik`). Returns where the preposition starts and the name;
/// None otherwise.
/// A name that opens with a known outlet's form is that outlet's (`RFA Korean` -> `Radio
/// Free Asia`).
fn bio_publisher(byline: &str, rules: &CleanRules) -> Option<(usize, String)> {
    rules.credit_prepositions.iter().find_map(|p| {
        let k = byline.match_indices(p.as_str()).map(|(k, _)| k).find(|&k| k > 0 && byline[..k].ends_with(' ') && byline[k + p.len()..].starts_with(' '))? - 1;
        let name = byline[k + p.len() + 2..].trim();
        let words: Vec<&str> = name.split(' ').collect();
        let named = (1..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&')));
        if !named || !name_like(&byline[..k], rules) {
            return None;
        }
        match outlet_at(name, rules) {
            Some((id, _)) => Some((k, rules.outlets[id].name.clone())),
            None => (words.len() >= 2).then(|| (k, name.to_string())),
        }
    })
}

/// A source credit naming the publisher beside a generic credit
/// (`AL JAZEERA AND NEWS AGENCIES`, `Kompas, Reuters dan berbagai sumber`): the one
/// outlet it names that is no agency, and the agencies' names. None unless the credit
/// ends in a generic credit (`agency_credits`, with its joining word) after a
/// comma-separated list of known outlets, exactly one of them no agency.
fn own_credit(v: &str, rules: &CleanRules) -> Option<(usize, Vec<String>)> {
    let lower = v.to_lowercase();
    if lower.len() != v.len() {
        return None;
    }
    let generic = rules.agency_credits.iter().find(|g| {
        lower.ends_with(g.as_str()) && lower[..lower.len() - g.len()].ends_with(|c: char| c == ' ' || c == ',')
    })?;
    let names = v.get(..v.len() - generic.len())?.trim_end_matches([' ', ',']);
    let (mut own, mut wires) = (None, Vec::new());
    for w in names.split([',', '/', '&']).map(str::trim) {
        let id = outlet_of(w, rules)?;
        if rules.outlets[id].wire {
            wires.push(rules.outlets[id].name.clone());
        } else if own.replace(id).is_some() {
            return None;
        }
    }
    own.map(|o| (o, wires))
}

/// Initials like `FJR`, `ant`, `ft/ah`, `ARN/ANT`: 1 to 4 groups of 1 to 5
/// ASCII letters separated by `/` or `-`, each group all upper or all lower case.
fn initials_like(s: &str) -> bool {
    let groups: Vec<&str> = s.split(['/', '-']).collect();
    !s.is_empty()
        && groups.len() <= 4
        && groups.iter().all(|g| {
            (1..=5).contains(&g.len())
                && g.bytes().all(|b| b.is_ascii_alphabetic())
                && (g.bytes().all(|b| b.is_ascii_lowercase()) || g.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

/// Trailing editor initials: `... China. [ft/ah]`, `... katanya. (ant)`.
/// Returns (text before, initials). Parenthesized initials count only after
/// sentence-final punctuation or alone on the line (`(AS)` in a sentence stays).
/// With `anywhere`, parenthesized initials count after any text (` date 2022-11 (FJR)`).
fn trailing_initials(l: &str, anywhere: bool) -> Option<(&str, &str)> {
    let (open, close) = if l.ends_with(']') {
        ('[', ']')
    } else if l.ends_with(')') {
        ('(', ')')
    } else {
        return None;
    };
    let start = l.rfind(open)?;
    let inner = &l[start + 1..l.len() - close.len_utf8()];
    if !initials_like(inner) {
        return None;
    }
    let before = l[..start].trim_end();
    let ok = open == '['
        || anywhere
        || before.is_empty()
        || before.ends_with(['.', '!', '?', '"', '”', '\'', '’', '…']);
    ok.then_some((before, inner))
}

/// Takes a header date line's fields into `out` (the first date, initials as the author, an
/// outlet prefix); false when `l` is no date line.
fn take_date_line(l: &str, rules: &CleanRules, out: &mut Cleaned) -> bool {
    let Some(((date, initials, outlet), credit)) = date_credit(l, rules)
        .or_else(|| credit_date(l, rules, out.author.is_some()))
        .map(|(p, c)| (p, Some(c)))
        .or_else(|| date_line(l, rules).map(|p| (p, None)))
    else {
        return false;
    };
    // the publisher credited after the date: an outlet the lexicon knows (a wire goes to
    // `wire`), else the name as written
    if let Some(c) = credit {
        match outlet_of(c, rules) {
            Some(id) => set_outlet(id, rules, out),
            None if out.outlet.is_none() => out.outlet = Some(c.to_string()),
            None => {}
        }
    }
    // a time alone ("2:07 p.m. EDT") is furniture but no date
    let clock = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        w.split_once([':', '.']).is_some_and(|(h, m)| (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
    };
    let calendar = date.split_whitespace().any(|w| !clock(w) && w.bytes().any(|b| b.is_ascii_digit()));
    if out.header_date.is_none() && calendar {
        out.header_date = Some(date.to_string());
    } else if calendar && out.updated_date.is_none() && after_label(l, &rules.update_labels).is_some() {
        // "Updated 8:40 AM EDT, Mon April 28, 2025" after the publication's line
        out.updated_date = Some(date.to_string());
    }
    if let (None, Some(a)) = (&out.author, initials) {
        out.author = Some(a.to_string());
    }
    if let Some(id) = outlet {
        set_outlet(id, rules, out);
    }
    true
}

/// A date line that ends with the publisher's credit: `Friday December 23 2022, 5.00pm,
/// The Times`, `April 29, 2025 (Mainichi Japan)`: the date part and the credit. The credit
/// is one to four capitalized words, none of them a date word; None unless the rest is a
/// date line. Returns the date line's parts (see [`date_line`]) and the credit.
fn date_credit<'a>(l: &'a str, rules: &CleanRules) -> Option<(DateParts<'a>, &'a str)> {
    let l = l.trim_end();
    let (head, credit) = match l.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind('(')?;
            (&l[..open], &inner[open + 1..])
        }
        None => l.rsplit_once(", ")?,
    };
    let (head, credit) = (head.trim_end(), credit.trim());
    let words: Vec<&str> = credit.split_whitespace().collect();
    // (not initials: " date 2022-11 (FJR)")
    let name = (1..=4).contains(&words.len())
        && !(words.len() == 1 && initials_like(credit))
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '\'')))
        && !words.iter().any(|w| rules.date_words.contains(&w.trim_end_matches('.').to_lowercase()));
    if !name || !head.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((date_line(head, rules)?, credit))
}

/// A date line after the publisher's name and a separator (`STARS AND STRIPES • January 13,
/// 2025`, `Philippine Daily Inquirer / 05:07 AM June 21, 2024`): the date line's parts (see
/// [`date_line`]) and the name. The name is two to five words, capitalized or joining words
/// (`name_connectors`), none a date word; the date has a year. After a bullet or a bar the
/// name is an outlet's only under a byline (`bylined`); without one it is the author's
/// (`Jane Doe • September 13, 2023`). None otherwise.
fn credit_date<'a>(l: &'a str, rules: &CleanRules, bylined: bool) -> Option<(DateParts<'a>, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let k = l.find(['\u{2022}', '\u{00B7}', '/', '|'])?;
    if !bylined && l.as_bytes()[k] != b'/' {
        return None;
    }
    let credit = l[..k].trim();
    let rest = l[k..].trim_start_matches(['\u{2022}', '\u{00B7}', '/', '|']).trim();
    let words: Vec<&str> = credit.split(' ').collect();
    let name = (2..=5).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            (w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '\'' | '-')) && !rules.date_words.contains(&lower))
                || rules.name_connectors.contains(&lower)
        });
    let year = rest.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    if !name || !year {
        return None;
    }
    Some((date_line(rest, rules).filter(|p| p.1.is_none() && p.2.is_none())?, credit))
}

/// A header date line: `date 2022-11 (FJR)`, `Diperbarui 18 Jun 2025, 14:05 WIB`,
/// `Kompas.com - 18/06/2025, 10:00 WIB`, `Published: October 10, 2024`.
/// Returns (raw date, initials, outlet).
fn date_line<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, Option<&'a str>, Option<usize>)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let mut s = l.trim_end();
    // "... 2:41 PM  3 min read": the reading time goes
    let lower = s.to_ascii_lowercase();
    if let Some(rt) = rules.read_times.iter().find(|rt| lower.ends_with(rt.as_str())) {
        let head = s[..s.len() - rt.len()].trim_end();
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            s = head[..head.len() - digits].trim_end();
        }
    }
    let mut initials = None;
    if let Some((before, ini)) = trailing_initials(s, true) {
        if !before.is_empty() {
            initials = Some(ini);
            s = before;
        }
    }
    let mut labeled = false;
    for lab in &rules.date_labels {
        if starts_with_ci(s, lab) && !s[lab.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            s = s[lab.len()..].trim_start().trim_start_matches(':').trim_start();
            labeled = true;
            break;
        }
    }
    let mut outlet = None;
    for (form, id) in rules.outlets_starting(s) {
        if starts_with_ci(s, form) {
            let rest = s[form.len()..].trim_start();
            if let Some(r) = rest.strip_prefix(['-', '–', '—', ',', '|']) {
                s = r.trim_start();
                outlet = Some(*id);
                break;
            }
        }
    }
    // "December 22, 2022 / 6:41 PM EST / CBS News": a known outlet after a spaced slash
    if outlet.is_none() {
        if let Some((head, tail)) = s.rsplit_once(" / ") {
            if let Some(id) = outlet_of(tail.trim(), rules) {
                s = head.trim_end();
                outlet = Some(id);
            }
        }
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // "Jun 21, 2024 08:15 Asia/Jakarta": a time zone by its database name goes
    if let Some((head, zone)) = s.rsplit_once(' ') {
        if zone_name(zone) {
            s = head.trim_end();
        }
    }
    // "Apr 28, 2025 - World": a section after a dash goes (one or two capitalized words,
    // after a year or a time)
    if let Some((head, section)) = s.rsplit_once(" - ").or_else(|| s.rsplit_once(" \u{2013} ")).or_else(|| s.rsplit_once(" | ")) {
        let words: Vec<&str> = section.split_whitespace().collect();
        if (1..=2).contains(&words.len())
            && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
            && !words.iter().any(|w| rules.date_words.contains(&w.to_lowercase()))
            && head.ends_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
        {
            s = head.trim_end();
        }
    }
    // "2024/11/05 - 14:37 • News • Russian invasion of Ukraine": sections after a bullet go
    if let Some(i) = s.find(" \u{2022} ").or_else(|| s.find(" \u{b7} ")) {
        s = s[..i].trim_end();
    }
    // "January 4, 2024 12:41 PM PSTUpdated a year ago", "Published 10 Oct 2024 Updated 11
    // Oct": a second labelled date ends the first (the publication date comes first)
    if let Some(cut) = second_label(s, rules) {
        s = s[..cut].trim_end();
    }
    // "April 28, 2025, at 10:06 am (Paris), updated at 2:31 pm": a label after a comma, in
    // lower case, ends it too; the city of a clock in brackets goes
    if let Some(cut) = s.match_indices(", ").map(|(k, _)| k).find(|&k| {
        let rest = &s[k + 2..];
        rules.date_labels.iter().any(|lab| rest.len() > lab.len() && rest.is_char_boundary(lab.len()) && rest[..lab.len()].eq_ignore_ascii_case(lab) && rest.starts_with(|c: char| c.is_lowercase()) && rest[lab.len()..].starts_with(' '))
    }) {
        s = s[..cut].trim_end();
    }
    let clock_city = s.find(" (").filter(|&k| {
        let inner = s[k + 2..].strip_suffix(')').unwrap_or("");
        let before = s[..k].trim_end_matches([',']).to_ascii_lowercase();
        (before.ends_with(" am") || before.ends_with(" pm") || before.ends_with(|c: char| c.is_ascii_digit()))
            && !inner.is_empty()
            && inner.split(' ').count() <= 2
            && inner.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
    });
    if let Some(k) = clock_city {
        s = s[..k].trim_end();
    }
    let mut has_word = false;
    for t in alpha_tokens(s) {
        // (an ordinal's ending after its day: "Jun 19th 2025")
        let at = t.as_ptr() as usize - s.as_ptr() as usize;
        if matches!(t, "st" | "nd" | "rd" | "th") && s[..at].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if !rules.date_words.contains(&t.to_lowercase()) {
            return None;
        }
        has_word = true;
    }
    let b = s.as_bytes();
    let digit_sep = (1..b.len().saturating_sub(1))
        .any(|i| matches!(b[i], b'/' | b'-' | b'.' | b':') && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit());
    if !(labeled || has_word || digit_sep) {
        return None;
    }
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '-' | '–' | '—'));
    (!s.is_empty()).then_some((s, initials, outlet))
}

/// `w` is a time zone's database name (`Asia/Jakarta`, `Europe/Moscow`,
/// `America/New_York`): capitalized area and city joined by a slash.
fn zone_name(w: &str) -> bool {
    w.split_once('/').is_some_and(|(area, city)| {
        let cap = |p: &str| p.len() >= 2 && p.starts_with(|c: char| c.is_ascii_uppercase()) && p.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
        cap(area) && cap(city)
    })
}

/// Where a second date label starts inside a date line, written as in the lexicon (capital
/// first letter) after a space, a digit or a capital letter (`PSTUpdated`), with no letter
/// after it; None when there is none, or only at the start.
fn second_label(s: &str, rules: &CleanRules) -> Option<usize> {
    let b = s.as_bytes();
    let first_digit = b.iter().position(u8::is_ascii_digit)?;
    // (only capital letters after a space, a digit or a capital are candidates)
    (first_digit + 1..b.len())
        .filter(|&i| b[i].is_ascii_uppercase() && (b[i - 1] == b' ' || b[i - 1].is_ascii_digit() || b[i - 1].is_ascii_uppercase()))
        .find(|&i| {
            rules.date_labels.iter().any(|lab| {
                lab.starts_with(|c: char| c.is_uppercase())
                    && s[i..].starts_with(lab.as_str())
                    && !s[i + lab.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
        })
}

fn apply_opener(m: &OpenerMatch, rules: &CleanRules, out: &mut Cleaned) {
    if let (None, Some(site)) = (&out.outlet, &m.site) {
        out.outlet = Some(site.clone());
    }
    if let Some(id) = m.outlet {
        set_outlet(id, rules, out);
        // `Kyiv (ANTARA) -`, `SEOUL (Reuters) -` with no outlet named elsewhere: the agency's
        // own story, so the agency is also its outlet
        if rules.outlets[id].wire && out.outlet.is_none() {
            out.outlet = Some(rules.outlets[id].name.clone());
        }
    }
    if out.dateline.is_none() {
        out.dateline = m.place.clone();
    }
    // `SEOUL, Oct 10 (Reuters)`: a date; `WASHINGTON, D.C. (Reuters)`: not one.
    if out.header_date.is_none() {
        out.header_date = m.date.clone().filter(|d| d.bytes().any(|b| b.is_ascii_digit()));
    }
}

fn find_opener(l: &str, rules: &CleanRules) -> Option<OpenerMatch> {
    // (templates match in the first 160 bytes; one needing a dash is not tried on a line
    // without one there)
    let have = super::opener::punct_of(&l[..floor_boundary(l, 160)]);
    rules.openers.iter().filter(|t| t.may_match(have)).find_map(|t| t.matches(l, rules))
}

/// A credit line alone naming the publisher and the agency it draws on, joined by a word
/// of `wire_joins` (`Le Monde with AFP`): the publisher's name (one to four capitalized
/// words, or a known outlet's name) and the agency's index. None otherwise.
fn wire_credit(l: &str, rules: &CleanRules) -> Option<(String, usize)> {
    if l.len() > MAX_FURNITURE_LINE / 2 {
        return None;
    }
    rules.wire_joins.iter().find_map(|j| {
        let k = l.match_indices(j.as_str()).map(|(k, _)| k).find(|&k| k > 0 && l[..k].ends_with(' ') && l[k + j.len()..].starts_with(' '))?;
        let (name, agency) = (l[..k].trim(), l[k + j.len()..].trim());
        let wire = outlet_of(agency, rules).filter(|&id| rules.outlets[id].wire)?;
        if let Some(id) = outlet_of(name, rules) {
            return Some((rules.outlets[id].name.clone(), wire));
        }
        let words: Vec<&str> = name.split(' ').collect();
        let named = (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'')));
        named.then(|| (name.to_string(), wire))
    })
}

/// Takes a [`wire_credit`] line's publisher (unless an outlet is known) and agency; false
/// when `l` is no such line.
fn take_wire_credit(l: &str, rules: &CleanRules, out: &mut Cleaned) -> bool {
    let Some((name, wire)) = wire_credit(l, rules) else { return false };
    if out.outlet.is_none() {
        out.outlet = Some(name);
    }
    set_outlet(wire, rules, out);
    true
}

/// A byline of a name and its outlet joined by a dash, alone on its line
/// (`Novi Christiastuti - detikNews`): the name and the outlet's index.
fn dash_byline<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, usize)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let (name, outlet) = l.rsplit_once([' ', '\u{a0}']).and_then(|(a, b)| {
        let a = a.trim_end();
        let a = a.strip_suffix(['-', '\u{2013}', '\u{2014}'])?;
        Some((a.trim(), b.trim()))
    })?;
    let id = outlet_of(outlet, rules)?;
    (name.split(' ').count() <= 5 && name_like(name, rules)).then_some((name, id))
}

/// A byline of a name and its outlet in brackets, alone on its line (`Nadya Kusumawardhani
/// (The Jakarta Post)`): the name and the outlet's index.
fn paren_byline<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, usize)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let inner = l.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (name, outlet) = (inner[..open].trim(), inner[open + 1..].trim());
    let id = outlet_of(outlet, rules)?;
    ((2..=5).contains(&name.split(' ').count()) && name_like(name, rules) && !name.contains(['(', ')'])).then_some((name, id))
}

/// A byline's second line: a role and the outlet after a comma (`Seoul correspondent, BBC
/// News`, `Staff writer, The Guardian`): the outlet's index. The role is one to five words
/// without digits, at least one of them lower case (so a place, `Seoul, South Korea`, is none).
fn role_credit(l: &str, rules: &CleanRules) -> Option<usize> {
    if l.len() > MAX_FURNITURE_LINE / 2 {
        return None;
    }
    let (role, outlet) = l.rsplit_once(", ")?;
    let words: Vec<&str> = role.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len())
        && !role.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | ':' | '"'))
        && words.iter().any(|w| w.starts_with(|c: char| c.is_lowercase()));
    if !ok {
        return None;
    }
    outlet_of(outlet.trim(), rules)
}

/// The place of a line that labels where the story was reported (`dateline_labels`:
/// "Reporting from Seoul"), title-cased: one to four capitalized words, maybe a country
/// after a comma ("Reporting from Kyiv, Ukraine" gives "Kyiv"). None otherwise.
fn reporting_place(l: &str, rules: &CleanRules) -> Option<String> {
    let rest = after_label(l, &rules.dateline_labels)?.strip_prefix(' ')?;
    let place = rest.split(',').next()?.trim().trim_end_matches('.');
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalized = |w: &&str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    ((1..=4).contains(&words.len()) && words.iter().all(capitalized)).then(|| super::opener::title_case(place))
}

/// The rest of the (trimmed) line `l` after the first of `labels` it opens with, ignoring
/// ASCII case ("Updated", "Reporting from"); None when it opens with none.
fn after_label<'a>(l: &'a str, labels: &[String]) -> Option<&'a str> {
    let l = l.trim();
    labels.iter().find_map(|lab| l.get(..lab.len()).filter(|h| h.eq_ignore_ascii_case(lab)).map(|_| &l[lab.len()..]))
}

/// [`reporting_place`] of `l` as the dateline when none was found; true when `l` is such a
/// line (furniture either way).
fn take_reporting_place(l: &str, rules: &CleanRules, out: &mut Cleaned) -> bool {
    let Some(place) = reporting_place(l, rules) else { return false };
    if out.dateline.is_none() {
        out.dateline = Some(place);
    }
    true
}

/// Header: label lines, date lines, bylines, the title (and standfirst), an
/// opener alone on its line, then the opener of the first body line.
fn header(lines: &mut Vec<Cow<'_, str>>, rules: &CleanRules, out: &mut Cleaned) {
    let mut i = 0;
    let mut scanned = 0;
    let mut standfirst = false;
    // a title that ends in a full date ("Department Press Briefing – October 24, 2024")
    let mut title_date: Option<String> = None;
    // the line before was a photo credit: a caption may follow it ("KCNA VIA KNS / AFP")
    let mut after_credit = false;
    while i < lines.len() && scanned < HEADER_LINES {
        scanned += 1;
        let l: &str = &lines[i];
        if let Some(fields) = label_line(l, rules) {
            apply(fields, rules, out);
            lines.remove(i);
            continue;
        }
        if take_reporting_place(l, rules, out) {
            lines.remove(i);
            continue;
        }
        if let Some((name, id)) = dash_byline(l, rules).or_else(|| paren_byline(l, rules)) {
            take_byline(name, id, rules, out);
            lines.remove(i);
            continue;
        }
        // a credit line of the publisher and its agency ("Le Monde with AFP")
        if take_wire_credit(l, rules, out) {
            lines.remove(i);
            continue;
        }
        // a place alone before a bullet and the date ("Jakarta ● Thu, June 20, 2024")
        if take_place_date(l, rules, out) {
            lines.remove(i);
            continue;
        }
        if take_date_line(l, rules, out) {
            lines.remove(i);
            continue;
        }
        // a byline of two to four names over the date line ("Ahmad Fauzi Ramadhan" /
        // "Kamis, 14/09/2023 10:27 WIB"), or with the date after a dash ("Angga Yudha
        // Pratama - Jumat, 25 Oktober 2024")
        if out.title.is_some() && out.title.as_deref() != Some(l) {
            let byline = |n: &str| (2..=4).contains(&n.split(' ').count()) && name_like(n, rules) && n.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
            let dated = l.split_once(" - ").filter(|(n, d)| byline(n.trim()) && date_line(d.trim(), rules).is_some());
            if let Some((n, d)) = dated {
                if out.author.is_none() {
                    out.author = Some(n.trim().to_string());
                }
                take_date_line(d.trim(), rules, out);
                lines.remove(i);
                continue;
            }
            let next_date = || lines[i + 1..].iter().find(|n| !n.trim().is_empty()).is_some_and(|n| date_line(n, rules).is_some() || date_credit(n, rules).is_some());
            if byline(l) && next_date() {
                if out.author.is_none() {
                    out.author = Some(l.to_string());
                }
                lines.remove(i);
                continue;
            }
        }
        // photo captions and credits above the body ("Ilustrasi - ... ANTARA/KCNA via
        // Reuters/as.", "(Photo: KCNA/AFP via Getty Images)", a caption over its credit line)
        let next_credit = || lines[i + 1..].iter().find(|n| !n.trim().is_empty()).is_some_and(|n| credit_line(n, rules));
        let credit = credit_line(l, rules);
        // (a line opening with a dateline is the body's lead, even right under a credit:
        // "AP/NATIONAL INTELLIGENCE SERVICE" / "JAKARTA, KOMPAS — Korea Utara ...")
        // (but a caption in the form of a bare dateline is one when the line after it opens
        // with the outlet's own: "AFP/POOL" / "PUTIN DI KAZAN - Presiden Rusia ..." /
        // "TRIBUNKALTIM.CO, SEOUL - Badan Intelijen ...")
        let lead = |l: &str| match find_opener(l, rules) {
            None => false,
            Some(m) if m.outlet.is_some() || m.site.is_some() || !after_credit => true,
            Some(_) => !lines[i + 1..].iter().find(|n| !n.trim().is_empty()).and_then(|n| find_opener(n, rules)).is_some_and(|m| m.outlet.is_some() || m.site.is_some()),
        };
        if credit || caption_line(l, rules) || (out.title.is_some() && !headline_like(l) && (after_credit || next_credit()) && !lead(l)) {
            after_credit = credit;
            lines.remove(i);
            continue;
        }
        after_credit = false;
        // section breadcrumbs ("The Koreas | Security | East Asia", "The Korea Herald >
        // National > North Korea", "NK News | ANALYSIS") are no title; one that starts with
        // an outlet names it
        let crumb_sep = |c: char| matches!(c, '|' | '>' | '\u{203A}' | '\u{BB}');
        let crumbs: Vec<&str> = if out.title.is_none() && l.len() <= MAX_FURNITURE_LINE * 2 && l.contains(crumb_sep) {
            l.split(crumb_sep).map(str::trim).collect()
        } else if out.title.is_none() && l.len() <= MAX_FURNITURE_LINE && l.contains(" - ") {
            // dashes separate crumbs only after an outlet or its site ("Okezone.com - News -
            // Internasional")
            let parts: Vec<&str> = l.split(" - ").map(str::trim).collect();
            let first = parts[0];
            let site = super::opener::site_at(first).filter(|(end, _)| *end == first.len());
            if parts.len() >= 3 && (site.is_some() || outlet_of(first, rules).is_some()) && parts.iter().all(|p| p.split_whitespace().count() <= 3) {
                if let (None, Some((_, name))) = (&out.outlet, site) {
                    out.outlet = Some(name);
                }
                parts
            } else {
                Vec::new()
            }
        } else {
            Vec::new()
        };
        let short = crumbs.len() >= 2 && crumbs.iter().all(|p| !p.is_empty() && p.split_whitespace().count() <= 4);
        let first_outlet = if short { crumbs.first().and_then(|p| outlet_of(p, rules)) } else { None };
        if short && (crumbs.len() >= 3 || first_outlet.is_some()) {
            if let Some(id) = first_outlet {
                set_outlet(id, rules, out);
            }
            lines.remove(i);
            continue;
        }
        // a byline's name over its role and outlet (`Jean Mackenzie` / `Seoul correspondent,
        // BBC News`)
        if out.title.is_some() {
            if let Some(id) = role_credit(l, rules) {
                set_outlet(id, rules, out);
                lines.remove(i);
                if i > 0 && out.author.is_none() {
                    let prev: &str = &lines[i - 1];
                    if out.title.as_deref() != Some(prev) && prev.split(' ').count() <= 4 && name_like(prev, rules) && !prev.is_empty() {
                        out.author = Some(prev.to_string());
                        lines.remove(i - 1);
                        i -= 1;
                    }
                }
                continue;
            }
        }
        if headline_like(l) && i + 1 < lines.len() {
            // An opener naming an outlet is no title: "WASHINGTON (Reuters) -" alone on
            // its line, or "JAKARTA, KOMPAS.com - ..." on a line without a final period.
            if let Some(m) = find_opener(l, rules).filter(|m| m.outlet.is_some() || m.site.is_some()) {
                apply_opener(&m, rules, out);
                if m.end == l.len() {
                    lines.remove(i);
                    continue;
                }
                lines[i] = sub(&lines[i], m.end);
                break;
            }
            if out.title.is_none() {
                // (a page title that ends with its outlet after bars, maybe past a section:
                // "Zelenskyy offers to swap ... | Ukraine | The Guardian")
                let parts: Vec<&str> = l.split(" | ").map(str::trim).collect();
                let signed = (parts.len() >= 2 && parts.len() <= 3).then(|| parts.last().and_then(|p| outlet_of(p, rules))).flatten();
                if let Some(id) = signed.filter(|_| !parts[0].is_empty()) {
                    set_outlet(id, rules, out);
                    out.title = Some(parts[0].to_string());
                } else {
                    out.title = Some(l.to_string());
                }
            }
            // the title, or a line under it (`U.S. DEPARTMENT of STATE` / `Department Press
            // Briefing – October 23, 2024`)
            if title_date.is_none() {
                title_date = title_suffix_date(l, rules).map(str::to_string);
            }
            i += 1;
            continue;
        }
        // a standfirst under the title, with the byline or date line after it
        let furniture_next = lines[i + 1..]
            .iter()
            .filter(|n| !n.trim().is_empty())
            .take(2)
            .any(|n| label_line(n, rules).is_some() || date_line(n, rules).is_some() || dash_byline(n, rules).is_some());
        if out.title.is_some() && !standfirst && l.len() <= MAX_FURNITURE_LINE * 4 && furniture_next && find_opener(l, rules).is_none() {
            standfirst = true;
            i += 1;
            continue;
        }
        if let Some(m) = find_opener(l, rules) {
            apply_opener(&m, rules, out);
            lines[i] = sub(&lines[i], m.end);
        } else if out.title.is_some() {
            // a caption and its credit over a lead that opens with the outlet's own dateline
            // ("Telegram/@V_Zelenskiy" / "Tangkapan layar video ..." / "TRIBUNNEWS.COM, KYIV -
            // ...", "A wounded North Korean soldier ..." / "Security Service of Ukraine" /
            // "Kyiv, Ukraine CNN —"): that line is where the body starts
            // (each line's opener found once: a caption-like line is tried first, then up to
            // two lines after it, each a caption too until the opener)
            let caption = |t: &str| t.split_whitespace().count() <= 60 && !t.contains(['"', '\u{201C}', '\u{201D}']);
            if caption(l.trim()) {
                let ahead: Vec<usize> = (i + 1..lines.len()).filter(|&k| !lines[k].trim().is_empty()).take(2).collect();
                for k in ahead {
                    match find_opener(&lines[k], rules) {
                        Some(m) if m.outlet.is_some() || m.site.is_some() => {
                            apply_opener(&m, rules, out);
                            lines[k] = sub(&lines[k], m.end);
                            lines.drain(i..k);
                            break;
                        }
                        None if caption(lines[k].trim()) => continue,
                        _ => break,
                    }
                }
            }
        }
        break;
    }
    if out.header_date.is_none() {
        out.header_date = title_date;
    }
}

/// A photo credit alone: short, slash-separated parts (`Vladimir Smirnov/Sputnik/AFP/Getty
/// Images`, `KCNA VIA KNS / AFP`, `ANTARA/KCNA via Reuters/as`), one of them an outlet or a
/// credit word of the lexicon (`Getty Images`, `Foto`) or a social handle (`Telegram/@V_Zelenskiy`).
fn credit_line(l: &str, rules: &CleanRules) -> bool {
    let l = l.trim().trim_end_matches('.');
    if l.is_empty() || l.len() > 100 || !l.contains('/') {
        return false;
    }
    let mut parts: Vec<&str> = Vec::new();
    for p in l.split(['/', '(', ')', ':']) {
        // " via " in any ASCII case ("KCNA VIA KNS")
        let lower = p.to_ascii_lowercase();
        let mut from = 0;
        for (i, _) in lower.match_indices(" via ") {
            parts.push(&p[from..i]);
            from = i + 5;
        }
        parts.push(&p[from..]);
    }
    parts.retain(|p| !p.trim().is_empty());
    let parts: Vec<&str> = parts.into_iter().map(str::trim).collect();
    // names and agencies, not a sentence ("Kim inspects a base. (Photo: ...)")
    parts.iter().all(|p| p.split_whitespace().count() <= 5 && !p.contains(['.', ',', ';']) || p.len() <= 4)
        && parts.iter().any(|p| {
            // (a social handle is a source: "Telegram/@V_Zelenskiy", "Instagram/@setkabgoid")
            if p.len() > 2 && p.starts_with('@') && !p.contains(' ') {
                return true;
            }
            let lp = p.to_lowercase();
            rules.photo_credits.iter().any(|c| lp == *c || lp.ends_with(&format!(" {c}"))) || outlet_of(p, rules).is_some()
        })
}

/// A photo caption: it opens with a caption label (`Foto:`, `Ilustrasi -`, `Keterangan
/// gambar,`), ends with a credit in parentheses (`(Foto: KCNA/Reuters)`, `(AP Photo/Ahn
/// Young-joon)`) or after its last sentence (`... tidak disebutkan. ANTARA/KCNA via
/// Reuters/as.`), or is a credit line of its own.
fn caption_line(l: &str, rules: &CleanRules) -> bool {
    let t = l.trim();
    if caption_labeled(t, rules) || credit_line(t, rules) {
        return true;
    }
    let body = caption_body(t);
    if let Some(inner) = paren_credit(body) {
        if photo_credit(inner, rules) || (inner.contains('/') && credit_line(inner, rules)) {
            return true;
        }
    }
    body.rfind(". ").is_some_and(|i| credit_line(&body[i + 2..], rules))
}

/// A photo caption inside the body: one that opens with a caption label, or whose last
/// sentence does (`... released by Zelenskyy. Photograph: ...`), or that ends with a photo's
/// credit in parentheses (`(AP Photo/Efrem Lukatsky)`). A paragraph closing with its news
/// agencies (`... ke Vladivostok. (AFP/Reuters)`) is none.
fn body_caption(l: &str, rules: &CleanRules) -> bool {
    let t = l.trim();
    let body = t.trim_end_matches('.');
    caption_labeled(t, rules)
        || body.ends_with(')') && paren_credit(body).is_some_and(|inner| photo_credit(inner, rules))
        || memchr::memmem::rfind(t.as_bytes(), b". ").is_some_and(|i| caption_labeled(&t[i + 2..], rules))
}

/// `t` opens with a caption label (ignoring ASCII case; the labels are lower case), as a
/// whole line or before a non-alphanumeric character.
fn caption_labeled(t: &str, rules: &CleanRules) -> bool {
    let Some(first) = t.as_bytes().first().map(u8::to_ascii_lowercase) else { return false };
    rules.caption_labels.iter().any(|c| {
        c.as_bytes().first() == Some(&first)
            && t.len() >= c.len()
            && t.as_bytes()[..c.len()].eq_ignore_ascii_case(c.as_bytes())
            && t.is_char_boundary(c.len())
            && !t[c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
    })
}

/// A caption without its closing period and without an agency's notes after its credit
/// ("... (Photo by KCNA VIA KNS / AFP) / South Korea OUT / ---EDITORS NOTE--- RESTRICTED
/// TO EDITORIAL USE").
fn caption_body(t: &str) -> &str {
    let body = t.trim_end_matches('.');
    match memchr::memmem::rfind(body.as_bytes(), b") /") {
        Some(k) if body[..k].rfind('(').is_some_and(|o| !body[o..k].contains(')')) => &body[..=k],
        _ => body,
    }
}

/// What the closing parentheses of `body` hold, if it ends with one.
fn paren_credit(body: &str) -> Option<&str> {
    body.strip_suffix(')').and_then(|b| b.rfind('(').map(|i| &b[i + 1..]))
}

/// `inner` names a photo credit word (`Foto`, `AP Photo`, `Getty Images`).
fn photo_credit(inner: &str, rules: &CleanRules) -> bool {
    let li = inner.to_lowercase();
    rules.photo_credits.iter().any(|c| li.starts_with(c.as_str()) || li.contains(&format!(" {c}")))
}

/// The date a title ends with after a dash or bar, when it is a whole date with a year
/// (`Department Press Briefing – October 24, 2024`, `Rapat Dewan Keamanan PBB | 20 November
/// 2024`). None otherwise: a title that merely mentions a day is no dated title.
fn title_suffix_date<'a>(l: &'a str, rules: &CleanRules) -> Option<&'a str> {
    let cut = [" \u{2013} ", " \u{2014} ", " - ", " | "].iter().filter_map(|sep| l.rfind(sep).map(|i| i + sep.len())).max()?;
    let tail = l[cut..].trim();
    let year = tail.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    let (date, initials, outlet) = date_line(tail, rules)?;
    (year && initials.is_none() && outlet.is_none() && tail.chars().any(char::is_alphabetic)).then_some(date)
}

/// The lines above the first paragraph of the body are header too, also when the header
/// scan stopped early (site navigation, a title ending in a period): a page whose byline and
/// date come after them (`Democracy Dies in Darkness` / ... / `By X` / `September 17, 2023 at
/// 6:00 a.m. EDT` / `SEOUL — ...`). Only lines shorter than a paragraph, up to the first
/// paragraph (`LATE_PARAGRAPH` bytes or more), are looked at; date, label and caption lines
/// among them are taken, and the paragraph's opener gives the dateline when none was found.
fn late_header(lines: &mut Vec<Cow<'_, str>>, rules: &CleanRules, out: &mut Cleaned) {
    if out.header_date.is_some() && out.dateline.is_some() {
        return;
    }
    let mut i = 0;
    // (a long caption may come before the first paragraph: the opener is looked for in the
    // first two long lines)
    let mut long = 0;
    while i < lines.len() && i < LATE_HEADER_LINES {
        let l: &str = &lines[i];
        if l.len() >= LATE_PARAGRAPH {
            if out.dateline.is_some() {
                return;
            }
            // (an opener ends in a dash, a colon or a parenthesis within its first words)
            let marked = l[..floor_boundary(l, 80)].contains(['-', '\u{2013}', '\u{2014}', ':', '(']);
            if let Some(m) = marked.then(|| find_opener(l, rules)).flatten().filter(|m| m.place.is_some()) {
                apply_opener(&m, rules, out);
                lines[i] = sub(&lines[i], m.end);
                return;
            }
            long += 1;
            if long == 2 {
                return;
            }
            i += 1;
            continue;
        }
        if take_place_date(l, rules, out) {
            lines.remove(i);
            continue;
        }
        if let Some((name, id)) = paren_byline(l, rules) {
            take_byline(name, id, rules, out);
            lines.remove(i);
            continue;
        }
        if take_date_line(l, rules, out) {
            lines.remove(i);
            continue;
        }
        if take_reporting_place(l, rules, out) {
            lines.remove(i);
            continue;
        }
        if let Some(fields) = label_line(l, rules) {
            apply(fields, rules, out);
            lines.remove(i);
            continue;
        }
        if caption_line(l, rules) {
            lines.remove(i);
            continue;
        }
        // a place alone over a dash alone ("Seoul, South Korea" / "—"): the dateline
        let dash_next = lines.get(i + 1).is_some_and(|n| matches!(n.trim(), "-" | "\u{2013}" | "\u{2014}" | "--"));
        if dash_next && out.dateline.is_none() && !l.contains('.') && l.split_whitespace().count() <= 4 && name_like(&l.replace(',', ""), rules) {
            let place = l.split(',').next().unwrap_or(l).trim().to_string();
            if !place.is_empty() {
                out.dateline = Some(place);
                lines.drain(i..i + 2);
                continue;
            }
        }
        // a byline ending in its date ("Chae-won Lim and Felix Arndt November 20, 2024")
        if out.header_date.is_none() && out.author.is_none() {
            if let Some((name, date)) = byline_with_date(l, rules) {
                // (a part between slashes or bars that is an outlet's name is the publisher,
                // no author: "TOI World Desk / TIMESOFINDIA.COM / Updated: Apr 28, 2025")
                let mut parts: Vec<&str> = name.split(['/', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
                if parts.len() > 1 {
                    parts.retain(|p| match outlet_at(p, rules).filter(|&(_, n)| n == p.len()) {
                        Some((id, _)) => {
                            let slot = if rules.outlets[id].wire { &mut out.wire } else { &mut out.outlet };
                            slot.get_or_insert_with(|| rules.outlets[id].name.clone());
                            false
                        }
                        None => true,
                    });
                }
                out.author = (!parts.is_empty()).then(|| parts.join(" / "));
                out.header_date = Some(date.to_string());
                lines.remove(i);
                continue;
            }
        }
        i += 1;
    }
}

/// Takes a line of a dateline's place and the page's date ([`place_date`]) into `out`, when
/// no dateline was found before: true when taken.
fn take_place_date(l: &str, rules: &CleanRules, out: &mut Cleaned) -> bool {
    let Some((place, date)) = place_date(l, rules).or_else(|| date_place(l, rules)).or_else(|| date_dash_place(l, rules)).or_else(|| date_bar_place(l, rules)).filter(|_| out.dateline.is_none()) else {
        return false;
    };
    out.dateline = Some(super::opener::title_case(place));
    if out.header_date.is_none() {
        out.header_date = Some(date.to_string());
    }
    true
}

/// A numeric date, then the dateline's place: one to three capitalized words, maybe with
/// its country after a comma (`2025.01.13 Seoul, South Korea`): the place (before the comma)
/// and the date. None otherwise.
fn date_place<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let (date, rest) = l.trim().split_once(' ')?;
    if !date.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-')) || date.bytes().filter(u8::is_ascii_digit).count() < 6 {
        return None;
    }
    let place = rest.split(',').next()?.trim();
    let words: Vec<&str> = place.split_whitespace().collect();
    let ok = (1..=3).contains(&words.len())
        && rest.split(',').count() <= 2
        && rest.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (ok && outlet_of(place, rules).is_none() && matches!(date_line(date, rules), Some((_, None, None)))).then_some((place, date))
}

/// A date line, a dash and the dateline's place in capitals (`Published - May 17, 2024
/// 11:14 am IST - SEOUL`): the place and the date line. The place is one to three words in
/// capitals, no date word and no outlet; None otherwise.
fn date_dash_place<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let l = l.trim_end();
    let k = [" - ", " \u{2013} ", " \u{2014} "].iter().filter_map(|d| l.rfind(d).map(|k| (k, d.len()))).max()?;
    capital_place_after_date(l[..k.0].trim_end(), l[k.0 + k.1..].trim(), rules)
}

/// `place` after a date line `head`: one to three words in capitals, no date word and no
/// outlet, and `head` a date line with no initials or outlet of its own: the place and the
/// date line. None otherwise.
fn capital_place_after_date<'a>(head: &'a str, place: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    let words: Vec<&str> = place.split_whitespace().collect();
    let caps = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-'))
        && !words.iter().any(|w| rules.date_words.contains(&w.to_lowercase()));
    if !caps || !head.bytes().any(|b| b.is_ascii_digit()) || outlet_of(place, rules).is_some() {
        return None;
    }
    match date_line(head, rules) {
        Some((d, None, None)) => Some((place, d)),
        _ => None,
    }
}

/// A date line, a bar and the dateline's place in capitals, maybe a bar and a reading time
/// after it (`Jun 19th 2025|SEOUL|5 min read`, as The Economist prints it): the place and the
/// date line. The place is one to three words in capitals, no date word and no outlet; None
/// otherwise.
fn date_bar_place<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let mut parts = l.trim().split('|').map(str::trim);
    let (head, place) = (parts.next()?, parts.next()?);
    let read_time = |p: &str| {
        let lower = p.to_ascii_lowercase();
        let digits = lower.len() - lower.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && rules.read_times.iter().any(|rt| lower[digits..].trim() == rt.as_str())
    };
    if !parts.all(read_time) {
        return None;
    }
    capital_place_after_date(head, place, rules)
}

/// A byline's name (unless an author was found before) and its outlet, into `out`.
fn take_byline(name: &str, id: usize, rules: &CleanRules, out: &mut Cleaned) {
    if out.author.is_none() {
        out.author = Some(name.to_string());
    }
    set_outlet(id, rules, out);
}

/// A dateline's place, one capitalized word that is no outlet, then a bullet and a date line
/// with a calendar date (`Jakarta ● Thu, June 20, 2024`): the place and the date. None
/// otherwise; a name of several words before the bullet is left to [`byline_with_date`].
fn place_date<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE {
        return None;
    }
    let k = l.find(['\u{25CF}', '\u{2022}', '\u{00B7}'])?;
    let (place, rest) = (l[..k].trim(), l[k..].trim_start_matches(['\u{25CF}', '\u{2022}', '\u{00B7}']).trim());
    let word = !place.is_empty() && place.chars().all(char::is_alphabetic) && place.starts_with(char::is_uppercase);
    if !word || outlet_of(place, rules).is_some() || !rest.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    matches!(date_line(rest, rules), Some((_, None, None))).then_some((place, rest))
}

/// A byline followed by a full date with a year on one line, with no separator between
/// them: the name (capitalized words and connectors) and the date (a month name, a day,
/// a year, as [`date_line`] reads it). None for anything else.
fn byline_with_date<'a>(l: &'a str, rules: &CleanRules) -> Option<(&'a str, &'a str)> {
    if l.len() > MAX_FURNITURE_LINE || !l.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // the date starts at the first word from which the rest of the line is a date
    let starts = l.char_indices().filter(|&(i, c)| c.is_alphanumeric() && (i == 0 || l[..i].ends_with(' '))).map(|(i, _)| i);
    for i in starts.skip(1) {
        // (a separator may end the name: "Dimas Aryo Wicaksono • 28 April 2025 15:36")
        let (name, tail) = (l[..i].trim().trim_end_matches(['•', '·', '|', '-', '–', '—']).trim_end(), l[i..].trim());
        let year = tail.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
        if !year || name.split_whitespace().count() < 2 {
            continue;
        }
        if let Some((date, None, None)) = date_line(tail, rules) {
            if tail.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && name_like(name, rules) && !name.bytes().any(|b| b.is_ascii_digit()) {
                return Some((name, date));
            }
        }
    }
    None
}

/// How far [`late_header`] looks (lines), and how long a line must be to be a paragraph.
const LATE_HEADER_LINES: usize = 30;
const LATE_PARAGRAPH: usize = 200;

/// The publisher a copyright line names when the lexicon does not know it
/// (`Copyright © Pontianak Post. All Rights Reserved`, `© 2024 The Irish Times DAC`): one
/// to four capitalized words after the sign, the word and the year, up to a period or
/// "All rights", without a legal ending (`company_suffixes`). None when a word is a parent
/// company's (`company_words`: `Nexstar Media Inc.`) or the name is no such run of words.
fn copyright_name(l: &str, rules: &CleanRules) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let all: Vec<&str> = l.split_whitespace().collect();
    for (i, &w) in all.iter().enumerate() {
        let bare = w.trim_matches(|c: char| matches!(c, ',' | ';' | '.'));
        let lower = bare.to_lowercase();
        // (but "and" inside one company's name: "The Globe and Mail Inc.")
        let inside = || {
            all.get(i + 1).is_some_and(|n| n.starts_with(char::is_uppercase))
                && all.get(i + 2).is_some_and(|n| rules.company_suffixes.contains(&n.trim_matches(|c: char| matches!(c, ',' | ';' | '.')).to_lowercase()))
        };
        // (a legal form before the name is no name: "Copyright 2016 - 2024 PT. Bina Media Tenggara")
        if words.is_empty() && (matches!(lower.as_str(), "copyright" | "©" | "(c)" | "ⓒ" | "hak" | "cipta") || bare.bytes().all(|b| b.is_ascii_digit() || b == b'-') || rules.company_suffixes.contains(&lower)) {
            continue;
        }
        // (a second owner after "&" or "and": "Chosun Ilbo & Chosun.com")
        // (a bar ends the name: "Copyright © 2023, Los Angeles Times | Terms of Service")
        if lower == "all" || bare == "|" || (!words.is_empty() && matches!(lower.as_str(), "&" | "and" | "dan") && !inside()) {
            break;
        }
        words.push(bare);
        if w.ends_with(['.', ',', ';']) && !rules.company_suffixes.contains(&lower) {
            break;
        }
    }
    while words.last().is_some_and(|w| rules.company_suffixes.contains(&w.to_lowercase()) || w.is_empty()) {
        words.pop();
    }
    let name = (1..=4).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            (w.starts_with(|c: char| c.is_uppercase()) || (i > 0 && i + 1 < words.len() && matches!(*w, "and" | "&" | "dan")))
                && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-' | '\''))
        })
        && !words.iter().any(|w| rules.company_words.contains(&w.to_lowercase()));
    name.then(|| words.join(" "))
}

/// `w` is one e-mail address and nothing else ("englishnews@chosun.com").
fn email(w: &str) -> bool {
    let Some((user, host)) = w.split_once('@') else { return false };
    !user.is_empty() && !w.contains(char::is_whitespace) && host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && !host.contains('@')
}

/// The last sentence of `l` when it is a footer line with a rights sign or word
/// ("... are mandatory. All rights reserved © Ukrinform 2015-2024"); None otherwise.
fn rights_tail<'a>(l: &'a str, footers: &AhoCorasick) -> Option<&'a str> {
    // (the sentence the sign or word stands in: "... are mandatory. © 2025 UNIAN. All rights
    // reserved.", "... are mandatory. All rights reserved © Ukrinform 2015-2024")
    let sign = l.find(['©', 'ⓒ']).or_else(|| l.as_bytes().windows(9).position(|w| w.eq_ignore_ascii_case(b"copyright")))?;
    let at = l[..sign].rfind(". ")? + 2;
    let tail = l[at..].trim_start();
    footers.find(Input::new(tail).anchored(Anchored::Yes)).is_some().then_some(tail)
}

/// Footer: share prompts and copyright lines, lone source labels, label and
/// credit lines, trailing editor initials.
fn footer(lines: &mut Vec<Cow<'_, str>>, rules: &CleanRules, out: &mut Cleaned) {
    for _ in 0..FOOTER_LINES {
        let Some(last) = lines.last() else { break };
        let l: &str = last;
        if l.is_empty() {
            lines.pop();
            continue;
        }
        if let Some(ac) = &rules.footers {
            // (a rights notice closing a line of reprint terms stands for the line: "When
            // quoting ... hyperlinks ... are mandatory. All rights reserved © Ukrinform 2015-2024")
            let l = rights_tail(l, ac).unwrap_or(l);
            if ac.find(Input::new(l).anchored(Anchored::Yes)).is_some() && l.len() <= MAX_FURNITURE_LINE * 2 {
                // "COPYRIGHT © ANTARA 2024": the publisher of a text that names no outlet
                // (a line of topics or keywords names none)
                let lower = l.to_lowercase();
                let rights = l.contains(['©', 'ⓒ']) || lower.contains("(c)") || rules.rights_marks.iter().any(|m| lower.contains(m.as_str()));
                if rights {
                    out.rights_year = out.rights_year.max(crate::time::latest_year(l));
                }
                if out.outlet.is_none() && rights {
                    out.outlet = outlet_in(l, rules).map(|id| rules.outlets[id].name.clone()).or_else(|| copyright_name(l, rules));
                } else if rights && out.outlet.is_some() && out.outlet == out.wire {
                    // (an agency's dateline made it the outlet only for want of another: "United
                    // Nations (United States) (AFP) -" ... "Copyright © 2024 Al-Monitor, LLC")
                    // (not the agency itself in full: "Copyright 2025 United Press International")
                    let initials = |n: &str| n.split_whitespace().filter_map(|w| w.chars().next()).collect::<String>();
                    let wire = out.wire.clone().unwrap_or_default();
                    if let Some(n) = outlet_in(l, rules).map(|id| rules.outlets[id].name.clone()).or_else(|| copyright_name(l, rules)) {
                        if !initials(&n).eq_ignore_ascii_case(&wire) && !n.eq_ignore_ascii_case(&wire) {
                            out.outlet = Some(n);
                        }
                    }
                } else if rights {
                    // (a name read off a site, "KALTIMPOST.ID", takes the rights line's spacing
                    // of the same letters: "Copyright © 2024 Kaltim Post")
                    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
                    if let (Some(o), Some(n)) = (&out.outlet, copyright_name(l, rules)) {
                        if !o.contains(' ') && n.contains(' ') && squash(o) == squash(&n) {
                            out.outlet = Some(n);
                        }
                    }
                }
                lines.pop();
                continue;
            }
        }
        if let Some(fields) = label_line(l, rules) {
            apply(fields, rules, out);
            lines.pop();
            continue;
        }
        if take_wire_credit(l, rules, out) {
            lines.pop();
            continue;
        }
        // a date line closing the page ("Date 23.12.2022"); a header date goes first
        if take_date_line(l, rules, out) {
            lines.pop();
            continue;
        }
        // the desk's address over its date ("englishnews@chosun.com / Jan. 13, 2025 10:47 KST")
        let contact = email(l.trim())
            || l.split_once(" / ").is_some_and(|(m, rest)| email(m.trim()) && take_date_line(rest.trim(), rules, out));
        if contact {
            lines.pop();
            continue;
        }
        if let Some((before, ini)) = trailing_initials(l, false) {
            if out.author.is_none() {
                out.author = Some(ini.to_string());
            }
            let keep = before.len();
            let last = lines.last_mut().expect("checked");
            *last = match last {
                Cow::Borrowed(s) => Cow::Borrowed(&s[..keep]),
                Cow::Owned(s) => Cow::Owned(s[..keep].to_string()),
            };
            continue;
        }
        break;
    }
}
