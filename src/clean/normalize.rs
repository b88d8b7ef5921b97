//! Unicode and whitespace normalization.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Characters that are invisible in text and only break words: the byte-order
/// mark / zero-width no-break space, zero-width space, word joiner, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{2060}' | '\u{00AD}')
}

/// Line breaks: LF, CR (CRLF gives an empty line, dropped), NEL, line and
/// paragraph separators, vertical tab and form feed.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}')
}

/// Normalizes raw text: Unicode NFC; BOM, zero-width characters and control
/// characters removed; every run of spaces, tabs and other Unicode spaces
/// (NBSP ...) folded to one ASCII space; lines trimmed; blank lines dropped.
/// Lines are joined with `"\n"`; the result has no leading or trailing
/// whitespace, and its only whitespace characters are `' '` and `'\n'`.
/// Quotes and dashes are kept as written. Never fails; linear time.
pub fn normalize(raw: &str) -> String {
    let nfc: std::borrow::Cow<str> = if raw.is_ascii() {
        raw.into()
    } else {
        match is_nfc_quick(raw.chars()) {
            IsNormalized::Yes => raw.into(),
            _ => raw.nfc().collect::<String>().into(),
        }
    };
    let s: &str = &nfc;
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // Pending separators are written lazily, before the next visible char, so
    // lines are trimmed and blank lines vanish without a second pass.
    let mut pending_space = false;
    let mut pending_newline = false;
    let mut line_has_content = false;
    let mut i = 0;
    while i < b.len() {
        // A run of visible characters is copied in one go.
        let start = i;
        while i < b.len() {
            let x = b[i];
            if x > b' ' && x < 0x7f {
                i += 1;
                continue;
            }
            // one space between visible ASCII chars is what the folding would write anyway
            if x == b' ' && i > start && b.get(i + 1).is_some_and(|&y| y > b' ' && y < 0x7f) {
                i += 2;
                continue;
            }
            if x < 0x80 {
                break;
            }
            let Some(c) = s[i..].chars().next() else { break };
            if is_line_break(c) || c.is_whitespace() || c.is_control() || is_invisible(c) {
                break;
            }
            i += c.len_utf8();
        }
        if i > start {
            if pending_newline {
                out.push('\n');
                pending_newline = false;
            } else if pending_space {
                out.push(' ');
            }
            pending_space = false;
            line_has_content = true;
            out.push_str(&s[start..i]);
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        if is_line_break(c) {
            if line_has_content {
                pending_newline = true;
            }
            pending_space = false;
            line_has_content = false;
        } else if c.is_whitespace() {
            pending_space = line_has_content;
        }
        // Anything else here is a control or invisible character: dropped.
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{is_invisible, is_line_break, normalize};
    use unicode_normalization::UnicodeNormalization;

    /// The contract, written plainly: NFC; invisible and control characters dropped; lines
    /// split at line breaks; in each line the whitespace-separated words joined by one
    /// space; empty lines dropped.
    fn reference(raw: &str) -> String {
        let nfc: String = raw.nfc().collect();
        let kept: String = nfc.chars().filter(|&c| is_line_break(c) || c.is_whitespace() || !(c.is_control() || is_invisible(c))).collect();
        kept.split(is_line_break)
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn table() {
        // (raw, normalized)
        let cases = [
            ("Kim berkata  hari ini", "Kim berkata hari ini"),
            ("a b c", "a b c"),
            ("  a\tb \u{A0}c  ", "a b c"),
            ("a \nb", "a\nb"),
            ("a\r\n\r\nb", "a\nb"),
            ("x é y", "x é y"),
            ("Ko\u{200B}rea", "Korea"),
            ("e\u{301}", "\u{E9}"),
            ("a\u{7}b", "ab"),
            ("Baca Juga: X\n\n\nGedung Putih", "Baca Juga: X\nGedung Putih"),
            ("", ""),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize(raw), want, "{raw:?}");
            assert_eq!(reference(raw), want, "reference on {raw:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_plain_contract(raw in "[a-c .,\\t\\n\\r\u{A0}\u{200B}\u{7}é\u{301}\u{2028}]{0,40}") {
            proptest::prop_assert_eq!(normalize(&raw), reference(&raw));
        }
    }
}
