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
/// whitespace. Quotes and dashes are kept as written. Never fails.
pub fn normalize(raw: &str) -> String {
    let nfc: std::borrow::Cow<str> = match is_nfc_quick(raw.chars()) {
        IsNormalized::Yes => raw.into(),
        _ => raw.nfc().collect::<String>().into(),
    };
    let mut out = String::with_capacity(nfc.len());
    // Pending separators are written lazily, before the next visible char, so
    // lines are trimmed and blank lines vanish without a second pass.
    let mut pending_space = false;
    let mut pending_newline = false;
    let mut line_has_content = false;
    for c in nfc.chars() {
        if c.is_ascii_graphic() {
            // fast path
        } else if is_line_break(c) {
            if line_has_content {
                pending_newline = true;
            }
            pending_space = false;
            line_has_content = false;
            continue;
        } else if c.is_whitespace() {
            pending_space = line_has_content;
            continue;
        } else if c.is_control() || is_invisible(c) {
            continue;
        }
        if pending_newline {
            out.push('\n');
            pending_newline = false;
        } else if pending_space {
            out.push(' ');
        }
        pending_space = false;
        line_has_content = true;
        out.push(c);
    }
    out
}
