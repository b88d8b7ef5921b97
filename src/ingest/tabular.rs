//! JSONL, JSON and CSV records, read by column name.

use std::path::Path;

use serde_json::Value;

use super::{check_record, Decoded, ErrorRow, ReadOptions, Record};
use crate::error::ErrorKind;

/// Column names to look for, per field, first match wins (case-insensitive).
pub const DEFAULT_COLUMNS: &[(&str, &[&str])] = &[
    ("text", &["text", "content", "body", "isi", "isi_berita", "article", "article_text", "full_text", "konten", "berita", "story", "content_text"]),
    ("id", &["id", "doc_id", "article_id", "guid", "uid", "_id"]),
    ("date", &["date", "pub_date", "published", "published_at", "publish_date", "publication_date", "datetime", "tanggal", "tanggal_publikasi", "tanggal_terbit", "waktu", "created_at", "timestamp"]),
    ("title", &["title", "headline", "judul", "judul_berita"]),
    ("outlet", &["outlet", "source", "sumber", "media", "publisher", "site", "source_name", "portal"]),
    ("url", &["url", "link", "permalink", "source_url"]),
];

/// An explicit mapping from klaim's fields to the input's column names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    pub text: Option<String>,
    pub id: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

impl ColumnMap {
    fn explicit(&self, field: &str) -> Option<&str> {
        match field {
            "text" => self.text.as_deref(),
            "id" => self.id.as_deref(),
            "date" => self.date.as_deref(),
            "title" => self.title.as_deref(),
            "outlet" => self.outlet.as_deref(),
            "url" => self.url.as_deref(),
            _ => None,
        }
    }

    /// Picks the column for `field` among `names`: the explicit mapping when given
    /// (must exist), else the first default present.
    pub fn resolve<'a>(&self, field: &str, names: &'a [String]) -> Result<Option<&'a str>, String> {
        if let Some(want) = self.explicit(field) {
            return names
                .iter()
                .find(|n| n.as_str() == want)
                .map(|n| Some(n.as_str()))
                .ok_or_else(|| format!("the {field} column {want:?} is not among the columns {}", show(names)));
        }
        let defaults = DEFAULT_COLUMNS.iter().find(|(f, _)| *f == field).map(|(_, d)| *d).unwrap_or(&[]);
        for d in defaults {
            if let Some(n) = names.iter().find(|n| n.eq_ignore_ascii_case(d)) {
                return Ok(Some(n.as_str()));
            }
        }
        Ok(None)
    }

    /// Names of the text columns tried, for error messages.
    pub fn text_candidates(&self) -> String {
        match &self.text {
            Some(t) => format!("{t:?}"),
            None => DEFAULT_COLUMNS[0].1.join(", "),
        }
    }
}

fn show(names: &[String]) -> String {
    if names.is_empty() {
        return "(none)".into();
    }
    names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ")
}

fn file_name(path: &Path, shown: &str) -> String {
    path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| shown.to_string())
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

/// Builds a record from one JSON object; `n` is its 1-based number.
fn from_object(
    obj: &serde_json::Map<String, Value>,
    shown: &str,
    fname: &str,
    n: u64,
    decoded: &Decoded,
    opts: &ReadOptions,
) -> Result<Record, ErrorRow> {
    let names: Vec<String> = obj.keys().cloned().collect();
    let err = |msg: String| ErrorRow::new(shown, Some(n), ErrorKind::Record, msg);
    let col = |field: &str| opts.columns.resolve(field, &names).map_err(&err);
    let text_col = col("text")?.ok_or_else(|| {
        err(format!(
            "no text field: looked for {}; the record has {} (pass columns={{\"text\": ...}})",
            opts.columns.text_candidates(),
            show(&names)
        ))
    })?;
    let text = match &obj[text_col] {
        Value::String(s) => s.clone(),
        Value::Null => return Err(err(format!("text field {text_col:?} is null"))),
        other => return Err(err(format!("text field {text_col:?} is not a string but {}", kind_of(other)))),
    };
    let get = |field: &str| -> Result<Option<String>, ErrorRow> { Ok(col(field)?.and_then(|c| scalar(&obj[c]))) };
    let doc_id = get("id")?.unwrap_or_else(|| format!("{fname}:{n}"));
    let rec = Record {
        doc_id,
        path: shown.to_string(),
        record: Some(n),
        text,
        title: get("title")?,
        date: get("date")?,
        outlet: get("outlet")?,
        url: get("url")?,
        encoding_issue: issue_for(decoded, n, n),
    };
    check_record(rec, opts)
}

/// The encoding issue of a record on lines `first..=last` (1-based): per line
/// when the file was decoded line by line, else the whole file's.
fn issue_for(decoded: &Decoded, first: u64, last: u64) -> Option<String> {
    if decoded.bad_lines.is_empty() {
        return decoded.issue.clone();
    }
    let hit = decoded.bad_lines.iter().any(|&l| l >= first && l <= last);
    hit.then(|| "windows-1252".to_string())
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn push(out: &mut (Vec<Record>, Vec<ErrorRow>), r: Result<Record, ErrorRow>) {
    match r {
        Ok(rec) => out.0.push(rec),
        Err(e) => out.1.push(e),
    }
}

/// Lines ended by LF, CRLF or a lone CR (old Mac files): JSON text never holds a raw CR,
/// so a CR inside a line can only end one.
fn json_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

/// One JSON object per line (LF, CRLF or CR); blank lines are not records.
pub fn read_jsonl(shown: &str, path: &Path, decoded: &Decoded, opts: &ReadOptions) -> (Vec<Record>, Vec<ErrorRow>) {
    let fname = file_name(path, shown);
    let mut out = (Vec::new(), Vec::new());
    for (i, line) in json_lines(&decoded.text).enumerate() {
        let n = i as u64 + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let r = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(obj)) => from_object(&obj, shown, &fname, n, decoded, opts),
            Ok(other) => Err(ErrorRow::new(shown, Some(n), ErrorKind::Record, format!("line is {}, not a JSON object", kind_of(&other)))),
            Err(e) => Err(ErrorRow::new(shown, Some(n), ErrorKind::Record, format!("invalid JSON: {e}"))),
        };
        push(&mut out, r);
    }
    if out.0.is_empty() && out.1.is_empty() {
        out.1.push(ErrorRow::new(shown, None, ErrorKind::Record, "file holds no records"));
    }
    out
}

/// A JSON array of objects, an object holding such an array under a usual key
/// (`articles`, `data`, `items`, `documents`, `records`, `results`), or one object.
pub fn read_json(shown: &str, path: &Path, decoded: &Decoded, opts: &ReadOptions) -> (Vec<Record>, Vec<ErrorRow>) {
    let fname = file_name(path, shown);
    let value: Value = match serde_json::from_str(&decoded.text) {
        Ok(v) => v,
        Err(e) => return (Vec::new(), vec![ErrorRow::new(shown, None, ErrorKind::Record, format!("invalid JSON: {e}"))]),
    };
    let items: Vec<Value> = match value {
        Value::Array(a) => a,
        Value::Object(mut obj) => {
            let key = ["articles", "data", "items", "documents", "records", "results", "news"]
                .into_iter()
                .find(|k| obj.get(*k).is_some_and(Value::is_array));
            match key {
                Some(k) => match obj.remove(k) {
                    Some(Value::Array(a)) => a,
                    _ => Vec::new(),
                },
                None => vec![Value::Object(obj)],
            }
        }
        other => {
            return (
                Vec::new(),
                vec![ErrorRow::new(shown, None, ErrorKind::Record, format!("JSON file holds {}, not articles", kind_of(&other)))],
            )
        }
    };
    let mut out = (Vec::new(), Vec::new());
    for (i, item) in items.iter().enumerate() {
        let n = i as u64 + 1;
        let r = match item {
            Value::Object(obj) => from_object(obj, shown, &fname, n, decoded, opts),
            other => Err(ErrorRow::new(shown, Some(n), ErrorKind::Record, format!("element is {}, not a JSON object", kind_of(other)))),
        };
        push(&mut out, r);
    }
    if out.0.is_empty() && out.1.is_empty() {
        out.1.push(ErrorRow::new(shown, None, ErrorKind::Record, "file holds no records"));
    }
    out
}

/// CSV (or TSV by extension) with a header row.
pub fn read_csv(shown: &str, path: &Path, decoded: &Decoded, opts: &ReadOptions) -> (Vec<Record>, Vec<ErrorRow>) {
    let fname = file_name(path, shown);
    let tsv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .from_reader(decoded.text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(e) => return (Vec::new(), vec![ErrorRow::new(shown, None, ErrorKind::Record, format!("cannot read the CSV header: {e}"))]),
    };
    let file_err = |msg: String| (Vec::new(), vec![ErrorRow::new(shown, None, ErrorKind::Record, msg)]);
    let text_col = match opts.columns.resolve("text", &headers) {
        Ok(Some(c)) => c.to_string(),
        Ok(None) => {
            return file_err(format!(
                "no text column: looked for {}; the header has {} (pass columns={{\"text\": ...}})",
                opts.columns.text_candidates(),
                show(&headers)
            ))
        }
        Err(e) => return file_err(e),
    };
    let idx = |field: &str| -> Result<Option<usize>, String> {
        Ok(opts.columns.resolve(field, &headers)?.and_then(|c| headers.iter().position(|h| h == c)))
    };
    let cols = (|| -> Result<_, String> {
        Ok((idx("id")?, idx("date")?, idx("title")?, idx("outlet")?, idx("url")?))
    })();
    let (id_i, date_i, title_i, outlet_i, url_i) = match cols {
        Ok(c) => c,
        Err(e) => return file_err(e),
    };
    let text_i = headers.iter().position(|h| *h == text_col).unwrap_or(0);
    let mut out = (Vec::new(), Vec::new());
    for (i, row) in rdr.records().enumerate() {
        let n = i as u64 + 1;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                out.1.push(ErrorRow::new(shown, Some(n), ErrorKind::Record, format!("malformed CSV row: {e}")));
                continue;
            }
        };
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(str::to_string).filter(|s| !s.is_empty());
        let first_line = row.position().map(|p| p.line()).unwrap_or(0);
        let last_line = first_line + row.iter().map(|f| f.matches('\n').count() as u64).sum::<u64>();
        let Some(text) = row.get(text_i) else {
            out.1.push(ErrorRow::new(shown, Some(n), ErrorKind::Record, format!("row has {} fields, no text column {text_col:?}", row.len())));
            continue;
        };
        let rec = Record {
            doc_id: get(id_i).unwrap_or_else(|| format!("{fname}:{n}")),
            path: shown.to_string(),
            record: Some(n),
            text: text.to_string(),
            title: get(title_i),
            date: get(date_i),
            outlet: get(outlet_i),
            url: get(url_i),
            encoding_issue: issue_for(decoded, first_line, last_line),
        };
        push(&mut out, check_record(rec, opts));
    }
    if out.0.is_empty() && out.1.is_empty() {
        out.1.push(ErrorRow::new(shown, None, ErrorKind::Record, "CSV file holds a header but no rows"));
    }
    out
}
