//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and a
//! Windows-1252 fallback for invalid UTF-8; binary files are refused.

/// Decoded text and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// 1-based numbers of the lines that were decoded as Windows-1252 when the
    /// file was decoded line by line (tabular files); empty otherwise.
    pub bad_lines: Vec<u64>,
    /// None for clean UTF-8 (BOM or not); otherwise what was done, e.g.
    /// "utf-16le", "windows-1252", "nul-bytes-removed".
    pub issue: Option<String>,
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"PAR1", "a Parquet file"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3\x00", "a SQLite database"),
];

/// Whether the bytes start like a known binary format (image, archive, PDF ...).
pub fn has_binary_magic(bytes: &[u8]) -> bool {
    MAGIC.iter().any(|(m, _)| bytes.starts_with(m))
}

/// Decodes a file's bytes.
///
/// Returns `Err(message)` for binary content (known magic numbers, or many NUL
/// or control bytes). Invalid UTF-8 is decoded as Windows-1252 (which also
/// covers Latin-1 text) and flagged, never dropped. A few NUL bytes in
/// otherwise good text are removed and flagged.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode_utf8_or_fallback(rest);
    }
    for (bom, enc) in [(&b"\xff\xfe"[..], encoding_rs::UTF_16LE), (&b"\xfe\xff"[..], encoding_rs::UTF_16BE)] {
        if bytes.starts_with(bom) {
            let (text, _, had_errors) = enc.decode(bytes);
            let name = enc.name().to_ascii_lowercase();
            let issue = if had_errors { format!("{name} with invalid sequences replaced") } else { name };
            return Ok(Decoded { text: text.into_owned(), issue: Some(issue), bad_lines: Vec::new() });
        }
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(format!("binary file ({what}), not text"));
        }
    }
    decode_utf8_or_fallback(bytes)
}

fn decode_utf8_or_fallback(bytes: &[u8]) -> Result<Decoded, String> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0))
        .count();
    if !sample.is_empty() && ((nul > 2 && nul * 100 > sample.len()) || (nul + control) * 10 > sample.len()) {
        return Err(format!(
            "binary file ({} NUL and {} control bytes in the first {} bytes), not text",
            nul,
            control,
            sample.len()
        ));
    }
    let has_nul = bytes.contains(&0);
    let (text, issue) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            // no BOM sniffing: a line or a body after a BOM that starts with 0xFF 0xFE is
            // Windows-1252 text, not UTF-16
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Some("windows-1252".to_string()))
        }
    };
    if has_nul {
        let cleaned: String = text.chars().filter(|&c| c != '\0').collect();
        let issue = Some(match issue {
            Some(i) => format!("{i}; nul-bytes-removed"),
            None => "nul-bytes-removed".to_string(),
        });
        return Ok(Decoded { text: cleaned, issue, bad_lines: Vec::new() });
    }
    Ok(Decoded { text, issue, bad_lines: Vec::new() })
}

/// Like [`decode`], but invalid UTF-8 is handled line by line: good lines stay
/// UTF-8 and only the bad ones are decoded as Windows-1252 and listed in
/// `bad_lines`, so one Latin-1 record in a JSONL or CSV file does not garble the others.
pub fn decode_lines(bytes: &[u8]) -> Result<Decoded, String> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") || std::str::from_utf8(body).is_ok() {
        return decode(bytes);
    }
    // Binary checks first, on the whole file.
    let probe = decode(bytes)?;
    let mut text = String::with_capacity(body.len() + body.len() / 8);
    let mut bad_lines = Vec::new();
    for (i, line) in body.split_inclusive(|&b| b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(line);
                text.push_str(&s);
                bad_lines.push(i as u64 + 1);
            }
        }
    }
    let text = if text.contains('\0') { text.replace('\0', "") } else { text };
    Ok(Decoded { text, issue: probe.issue, bad_lines })
}
