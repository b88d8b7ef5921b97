//! Readers: files and records in, [`Record`]s and [`ErrorRow`]s out.
//!
//! Accounting contract: every input record (a `.txt` file, a JSONL line, a JSON
//! array element, a CSV row, a frame row) ends as exactly one `Record` or one
//! `ErrorRow`. A file that cannot be read at all (binary, undecodable, missing
//! text column) is one `ErrorRow` with `record = None`.

mod decode;
mod tabular;

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind};

pub use decode::{decode, decode_lines, Decoded};
pub use tabular::{ColumnMap, DEFAULT_COLUMNS};

/// One article as read, before cleaning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub doc_id: String,
    pub path: String,
    /// 1-based line (JSONL), element (JSON) or data row (CSV) number; None for a whole file.
    pub record: Option<u64>,
    pub text: String,
    pub title: Option<String>,
    /// Raw date field of a tabular record, parsed later by the date engine.
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Set when the bytes were not valid UTF-8 and were decoded another way (e.g. "windows-1252").
    pub encoding_issue: Option<String>,
}

/// One input that could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    pub path: String,
    pub record: Option<u64>,
    pub kind: ErrorKind,
    pub message: String,
}

impl ErrorRow {
    pub fn new(path: &str, record: Option<u64>, kind: ErrorKind, message: impl Into<String>) -> Self {
        ErrorRow { path: path.to_string(), record, kind, message: message.into() }
    }

    /// The error as a core [`Error`] (for strict mode).
    pub fn to_error(&self) -> Error {
        let at = match self.record {
            Some(r) => format!("{}:{}", self.path, r),
            None => self.path.clone(),
        };
        Error::new(self.kind, format!("{at}: {}", self.message))
    }
}

/// Reading options.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub columns: ColumnMap,
    /// Documents larger than this (bytes of text) are errors, never truncated.
    pub max_doc_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { columns: ColumnMap::default(), max_doc_bytes: 10 * 1024 * 1024 }
    }
}

/// File formats klaim reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Txt,
    Jsonl,
    Json,
    Csv,
}

impl Format {
    /// The format of a path by its extension (case-insensitive); None for others
    /// (Parquet is read on the Python side and arrives as records).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Txt),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            "csv" | "tsv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Reads one file into records and errors. Never panics and never fails as a
/// whole: I/O and format problems become `ErrorRow`s.
pub fn read_file(path: &Path, opts: &ReadOptions) -> (Vec<Record>, Vec<ErrorRow>) {
    let shown = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return (Vec::new(), vec![ErrorRow::new(&shown, None, ErrorKind::Io, "not a regular file (a directory, FIFO, socket or device); skipped")]);
        }
        _ => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let kind = if e.kind() == std::io::ErrorKind::NotFound { ErrorKind::NotFound } else { ErrorKind::Io };
            return (Vec::new(), vec![ErrorRow::new(&shown, None, kind, format!("cannot read file: {e}"))]);
        }
    };
    // Fast path without a copy: a clean UTF-8 text file (no BOM, no NUL) becomes its String as is.
    if Format::of(path).unwrap_or(Format::Txt) == Format::Txt && !bytes.starts_with(b"\xef\xbb\xbf") && !decode::has_binary_magic(&bytes) && !bytes.contains(&0) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| shown.clone());
                let rec = Record { doc_id: stem, path: shown, text, ..Default::default() };
                return match check_record(rec, opts) {
                    Ok(r) => (vec![r], Vec::new()),
                    Err(e) => (Vec::new(), vec![e]),
                };
            }
            Err(e) => return read_bytes(&shown, path, e.as_bytes(), opts),
        }
    }
    read_bytes(&shown, path, &bytes, opts)
}

/// Like [`read_file`] for bytes already in memory; `path` gives the name and format.
pub fn read_bytes(shown: &str, path: &Path, bytes: &[u8], opts: &ReadOptions) -> (Vec<Record>, Vec<ErrorRow>) {
    let format = Format::of(path).unwrap_or(Format::Txt);
    let decoded = match if matches!(format, Format::Jsonl | Format::Csv) { decode_lines(bytes) } else { decode(bytes) } {
        Ok(d) => d,
        Err(msg) => return (Vec::new(), vec![ErrorRow::new(shown, None, ErrorKind::Decode, msg)]),
    };
    match format {
        Format::Txt => {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| shown.to_string());
            let rec = Record {
                doc_id: stem,
                path: shown.to_string(),
                record: None,
                text: decoded.text,
                encoding_issue: decoded.issue,
                ..Default::default()
            };
            match check_record(rec, opts) {
                Ok(r) => (vec![r], Vec::new()),
                Err(e) => (Vec::new(), vec![e]),
            }
        }
        Format::Jsonl => tabular::read_jsonl(shown, path, &decoded, opts),
        Format::Json => tabular::read_json(shown, path, &decoded, opts),
        Format::Csv => tabular::read_csv(shown, path, &decoded, opts),
    }
}

/// Rejects empty and oversized records; passes the others through.
pub fn check_record(rec: Record, opts: &ReadOptions) -> Result<Record, ErrorRow> {
    if rec.text.len() > opts.max_doc_bytes {
        return Err(ErrorRow::new(
            &rec.path,
            rec.record,
            ErrorKind::TooLarge,
            format!(
                "document is {} bytes, over the limit of {} bytes (raise max_doc_bytes to read it)",
                rec.text.len(),
                opts.max_doc_bytes
            ),
        ));
    }
    if rec.text.trim().is_empty() {
        let what = if rec.text.is_empty() { "empty" } else { "only whitespace" };
        return Err(ErrorRow::new(&rec.path, rec.record, ErrorKind::Record, format!("text is {what}")));
    }
    Ok(rec)
}

/// Lists the readable files under `root` (recursively, sorted, symlink loops
/// broken), with the paths that could not be listed as errors.
pub fn discover(root: &Path, extensions: &[&str]) -> (Vec<PathBuf>, Vec<ErrorRow>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let canon = match std::fs::canonicalize(&dir) {
            Ok(c) => c,
            Err(e) => {
                errors.push(ErrorRow::new(&dir.display().to_string(), None, ErrorKind::Io, format!("cannot open directory: {e}")));
                continue;
            }
        };
        if !seen.insert(canon) {
            continue; // a symlink loop or a second link to a directory already read
        }
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) => {
                errors.push(ErrorRow::new(&dir.display().to_string(), None, ErrorKind::Io, format!("cannot list directory: {e}")));
                continue;
            }
        };
        // The entry's type comes with the listing on most file systems; only symlinks (and
        // entries whose type the listing lacks) cost a `stat`, which follows the link.
        let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> =
            rd.filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok().filter(|t| !t.is_symlink())))).collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (p, listed) in entries {
            let kind = match listed {
                Some(t) => t,
                None => match std::fs::metadata(&p) {
                    Ok(m) => m.file_type(),
                    Err(e) => {
                        errors.push(ErrorRow::new(&p.display().to_string(), None, ErrorKind::Io, format!("cannot stat: {e}")));
                        continue;
                    }
                },
            };
            let wanted = p
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| extensions.iter().any(|e| e.eq_ignore_ascii_case(x)));
            if kind.is_dir() {
                stack.push(p);
            } else if wanted && !kind.is_file() {
                errors.push(ErrorRow::new(&p.display().to_string(), None, ErrorKind::Io, "not a regular file (FIFO, socket or device); skipped"));
            } else if wanted {
                files.push(p);
            }
        }
    }
    files.sort();
    (files, errors)
}

#[cfg(test)]
mod tests;
