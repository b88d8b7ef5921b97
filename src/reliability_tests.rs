//! Reliability: no input makes a stage panic, every span the stages report is a
//! valid char-boundary span of the text, and every input record is accounted
//! for. Property tests (proptest) over news-like strings, hand-picked hostile
//! inputs, and the crashers the fuzzers (`fuzz/`) found, kept under
//! `tests/fuzz_regressions/<target>/`.
//!
//! `PROPTEST_CASES=20000 cargo test --target-dir target/cargo --lib reliability`
//! runs the properties longer than the default (kept small for the suite).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::clean::{self, Cleaned};
use crate::ingest::{self, ErrorRow, ReadOptions, Record};
use crate::pipeline::{self, DocOut, Engine, Options};
use crate::time::{self, Anchor, DateMatch};

// ---------------------------------------------------------------------------
// Checks shared by the properties, the fixed cases and the fuzz regressions.
// They return a message instead of panicking, so proptest can shrink.

fn span_ok(text: &str, what: &str, start: usize, end: usize) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!("{what}: span {start}..{end} is not within the text of {} bytes", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what}: span {start}..{end} is not on char boundaries"));
    }
    Ok(())
}

fn check_cleaned(c: &Cleaned) -> Result<(), String> {
    let mut prev_end = 0usize;
    for (i, &(s, e)) in c.sentences.iter().enumerate() {
        span_ok(&c.text, &format!("sentence {i}"), s, e)?;
        if s < prev_end {
            return Err(format!("sentence {i} ({s}..{e}) starts before the previous one ends ({prev_end})"));
        }
        prev_end = e;
    }
    Ok(())
}

fn check_dates(text: &str, ms: &[DateMatch]) -> Result<(), String> {
    for (i, m) in ms.iter().enumerate() {
        span_ok(text, &format!("date {i}"), m.start, m.end)?;
        if let Some(sp) = m.span {
            if sp.start > sp.end {
                return Err(format!("date {i} {:?}: interval {} > {}", &text[m.start..m.end], sp.start, sp.end));
            }
        }
    }
    Ok(())
}

fn check_doc(d: &DocOut) -> Result<(), String> {
    let c = &d.cleaned;
    check_cleaned(c)?;
    let text = c.text.as_str();
    let n = c.sentences.len();
    if d.dates.sentence_dates.len() != n {
        return Err(format!("{} sentence dates for {n} sentences", d.dates.sentence_dates.len()));
    }
    for sp in d.dates.pub_date.iter().chain(d.dates.sentence_dates.iter().flatten()) {
        if sp.start > sp.end {
            return Err(format!("date interval {} > {}", sp.start, sp.end));
        }
    }
    for (si, _) in &d.dates.matches {
        if *si >= n.max(1) {
            return Err(format!("date match in sentence {si} of {n}"));
        }
    }
    check_dates(text, &d.dates.matches.iter().map(|(_, m)| m.clone()).collect::<Vec<_>>())?;
    let ex = &d.extraction;
    for m in &ex.mentions {
        span_ok(text, &format!("mention {:?}", m.actor_id), m.start, m.end)?;
        if m.sentence >= n {
            return Err(format!("mention in sentence {} of {n}", m.sentence));
        }
    }
    for q in &ex.quotes {
        span_ok(text, "quote", q.start, q.end)?;
        if q.sentence >= n {
            return Err(format!("quote in sentence {} of {n}", q.sentence));
        }
    }
    for s in &ex.stances {
        span_ok(text, &format!("stance on {}", s.claim), s.start, s.end)?;
        if s.sentence >= n {
            return Err(format!("stance in sentence {} of {n}", s.sentence));
        }
        for sp in s.date.iter().chain(s.event_date.iter()) {
            if sp.start > sp.end {
                return Err(format!("stance date interval {} > {}", sp.start, sp.end));
            }
        }
        if !s.confidence.is_finite() {
            return Err(format!("stance confidence {}", s.confidence));
        }
    }
    Ok(())
}

fn opts(reference: Option<NaiveDate>) -> Options {
    Options {
        read: ReadOptions::default(),
        reference,
        today: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
        strict: false,
        chunk: 512,
        part_bytes: pipeline::PART_BYTES,
    }
}

fn record(text: &str, date: Option<&str>) -> Record {
    Record {
        doc_id: "d".into(),
        path: "<test>".into(),
        record: None,
        text: text.to_string(),
        date: date.map(str::to_string),
        ..Default::default()
    }
}

/// Cleans, dates and extracts `text` with the default engine, then builds the
/// tables: the whole per-document path. Returns the first violated property.
fn run_pipeline(text: &str, date: Option<&str>, reference: Option<NaiveDate>) -> Result<(), String> {
    let out = pipeline::process(Engine::default_ref(), record(text, date), &opts(reference));
    check_doc(&out)?;
    let t = pipeline::build_tables(std::slice::from_ref(&out), &[]);
    if t.documents.num_rows() != 1 || t.sentences.num_rows() != out.cleaned.sentences.len() {
        return Err(format!("tables: {} documents, {} sentences", t.documents.num_rows(), t.sentences.num_rows()));
    }
    Ok(())
}

fn run_dates(text: &str, lang: Option<&str>, anchor: Anchor) -> Result<(), String> {
    check_dates(text, &time::find_dates(text, lang, anchor, &Engine::default_ref().dates))
}

fn run_clean(text: &str) -> Result<(), String> {
    check_cleaned(&clean::clean(text, &Engine::default_ref().clean))
}

/// Accounting for one file's worth of bytes: every record number appears
/// exactly once among documents and errors, or the file is one error.
fn check_accounting(name: &str, docs: &[Record], errs: &[ErrorRow]) -> Result<(), String> {
    let whole: Vec<&ErrorRow> = errs.iter().filter(|e| e.record.is_none()).collect();
    let doc_whole = docs.iter().filter(|d| d.record.is_none()).count();
    if docs.len() + errs.len() == 0 {
        return Err(format!("{name}: no document and no error"));
    }
    if !whole.is_empty() || doc_whole > 0 {
        // A whole file: exactly one row for it.
        if docs.len() + errs.len() != 1 {
            return Err(format!("{name}: a whole-file row beside others: {} docs, {} errors {errs:?}", docs.len(), errs.len()));
        }
        return Ok(());
    }
    let mut nums: Vec<u64> = docs.iter().filter_map(|d| d.record).chain(errs.iter().filter_map(|e| e.record)).collect();
    nums.sort_unstable();
    let before = nums.len();
    nums.dedup();
    if nums.len() != before {
        return Err(format!("{name}: a record number appears twice"));
    }
    if nums.first() == Some(&0) {
        return Err(format!("{name}: record numbers are 1-based"));
    }
    Ok(())
}

fn read_named(name: &str, bytes: &[u8], opts: &ReadOptions) -> Result<(Vec<Record>, Vec<ErrorRow>), String> {
    let (d, e) = ingest::read_bytes(name, Path::new(name), bytes, opts);
    check_accounting(name, &d, &e)?;
    for r in &d {
        if r.text.len() > opts.max_doc_bytes {
            return Err(format!("{name}: a document of {} bytes passed the limit", r.text.len()));
        }
        if r.text.trim().is_empty() {
            return Err(format!("{name}: an empty document passed"));
        }
    }
    Ok((d, e))
}

/// Exact accounting for JSONL: each non-blank line is one record.
fn check_jsonl(bytes: &[u8]) -> Result<(), String> {
    let (d, e) = read_named("f.jsonl", bytes, &ReadOptions::default())?;
    let Ok(decoded) = ingest::decode(bytes) else {
        return if d.is_empty() && e.len() == 1 { Ok(()) } else { Err("undecodable JSONL not one error".into()) };
    };
    // lines end at LF, CRLF or a lone CR
    let mut split: Vec<String> = vec![String::new()];
    let mut chars = decoded.text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                split.push(String::new());
            }
            '\n' => split.push(String::new()),
            c => split.last_mut().expect("one line").push(c),
        }
    }
    let lines: Vec<u64> = split
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i as u64 + 1)
        .collect();
    if lines.is_empty() {
        return if d.is_empty() && e.len() == 1 { Ok(()) } else { Err("blank JSONL not one error".into()) };
    }
    let mut got: Vec<u64> = d.iter().filter_map(|r| r.record).chain(e.iter().filter_map(|r| r.record)).collect();
    got.sort_unstable();
    if got != lines || d.len() + e.len() != lines.len() {
        return Err(format!("JSONL lines {lines:?} but rows for {got:?}"));
    }
    Ok(())
}

/// Reads bytes as each format, then processes every record (the `ingest` fuzz target).
fn run_ingest(bytes: &[u8]) -> Result<(), String> {
    let o = ReadOptions { max_doc_bytes: 4096, ..Default::default() };
    for name in ["f.txt", "f.jsonl", "f.json", "f.csv", "f.tsv"] {
        let (d, _) = read_named(name, bytes, &o)?;
        for r in d {
            let out = pipeline::process(Engine::default_ref(), r, &opts(None));
            check_doc(&out)?;
        }
    }
    check_jsonl(bytes)
}

// ---------------------------------------------------------------------------
// Property tests.

const TOKENS: &[&str] = &[
    "Baca Juga:", "Baca juga: ", "“", "”", "‘", "’", "«", "»", "\"", "'", "„", "(22/9)", "(22/9/2022)", "(31/2)",
    "(0/0)", "(99/99/99999)", "Kamis", "Kamis (22/9)", "Senin (22/9/2022)", "Jumat", "Thursday", "on Thursday", ".",
    ". ", "!", "?", "...", "…", "KONTAN.CO.ID - ", "KONTAN.CO.ID - PYONGYANG. ", "Sumber: Reuters | Editor: Anna ",
    " date 2022-11 (FJR)", "[ft/ah]", "(AFP)", "2022", "11", "31", "0", "29", "9999999999999999999999", "-1",
    "😀", "👍🏽", "🇮🇩", "e\u{301}", "\u{301}", "\u{200d}", "\u{200b}", "مرحبا بالعالم", "שלום", "\u{202e}",
    "\u{202c}", "\r\n", "\n", "\n\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\t", " ", "  ", "\u{a0}", "\u{feff}",
    "\0", "\u{fffd}", "ﬁ", "İ", "ß", "ǅ", "Ω", "Korea Utara", "Korut", "membantah", "kata", "ujar", "menurut",
    "said", "denied", "told", "Pyongyang", "Rusia", "Russia", "North Korea", "Amerika Serikat", "AS", "U.S.",
    "Dr.", "Jl.", "No.", "pekan lalu", "last week", "kemarin", "yesterday", "besok", "tahun lalu", "bulan depan",
    "September", "Sept.", "Sep", "22 September 2022", "1 Januari", "29 Februari", "2022-02-30", "2022-13-01",
    "Q3 2022", "kuartal III", "akhir 2022", "awal bulan", "2 hari lalu", "10.000", "1,5", "pukul 14.05 WIB",
    "Diperbarui 18 Jun 2025, 14:05 WIB", "senjata", "amunisi", "Wagner", "tidak pernah", "tuduhan",
];

fn news_text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(str::to_string),
        2 => "[a-zA-Z]{1,10}",
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,6}",
    ];
    proptest::collection::vec(piece, 0..max_pieces).prop_map(|v| v.concat())
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    // What Python's datetime.date can hold: years 1 to 9999.
    (1i32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d).or_else(|| NaiveDate::from_ymd_opt(y, m, 28)).unwrap()
    })
}

fn lang() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![Just(None), Just(Some("id")), Just(Some("en")), Just(Some("xx"))]
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig { cases: cases(default), failure_persistence: None, ..ProptestConfig::default() }
}

fn ok(r: Result<(), String>) -> Result<(), TestCaseError> {
    r.map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn reliability_clean_never_panics_and_spans_are_valid(text in news_text(80)) {
        ok(run_clean(&text))?;
    }

    #[test]
    fn reliability_find_dates_without_anchor(text in news_text(60), l in lang()) {
        ok(run_dates(&text, l, Anchor::default()))?;
    }

    #[test]
    fn reliability_find_dates_with_anchor(text in news_text(60), l in lang(), day in any_day(), bound in any_day()) {
        ok(run_dates(&text, l, Anchor { date: Some(day), bound: Some(bound) }))?;
        ok(run_dates(&text, l, Anchor { date: None, bound: Some(bound) }))?;
    }

    #[test]
    fn reliability_parse_date_field_intervals(field in news_text(8)) {
        if let Some(sp) = time::parse_date_field(&field, &Engine::default_ref().dates) {
            prop_assert!(sp.start <= sp.end, "{field:?}: {sp:?}");
        }
    }

    #[test]
    fn reliability_ingest_accounts_for_every_record(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        ok(run_ingest(&bytes))?;
    }

    #[test]
    fn reliability_jsonl_accounting_is_exact(
        lines in proptest::collection::vec(prop_oneof![
            Just(String::new()),
            Just("   ".to_string()),
            news_text(6).prop_map(|t| serde_json::json!({"text": t}).to_string()),
            news_text(6).prop_map(|t| serde_json::json!({"id": 1, "content": t, "date": t}).to_string()),
            news_text(6).prop_map(|t| serde_json::json!({"text": [t]}).to_string()),
            Just("{\"text\": 1e999}".to_string()),
            Just("{\"text\": null}".to_string()),
            Just("[]".to_string()),
            Just("{\"text\": \"a\\u0000b\"}".to_string()),
            news_text(4),
        ], 0..12),
    ) {
        ok(check_jsonl(lines.join("\n").as_bytes()))?;
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn reliability_pipeline_process_default_engine(
        text in news_text(120),
        date in proptest::option::of(news_text(6)),
        reference in proptest::option::of(any_day()),
    ) {
        ok(run_pipeline(&text, date.as_deref(), reference))?;
    }
}

// ---------------------------------------------------------------------------
// Hand-picked hostile inputs.

fn hostile() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = vec![
        ("empty".into(), String::new()),
        ("nul".into(), "Korea Utara\0 membantah.\0\0 \"Tidak\0\" kata dia.".into()),
        ("lone quote".into(), "\"".into()),
        ("lone curly".into(), "“".into()),
        ("guillemets".into(), "«»«»» «Rusia» membantah «".into()),
        ("single mixes".into(), "‘’’‘ ‘Kami’ kata ’ dia‘".into()),
        ("unbalanced".into(), "Ia berkata “tidak pernah ada” senjata” “ ” ” “.".into()),
        ("rtl".into(), "\u{202e}Korea Utara membantah\u{202c} مرحبا. שלום.".into()),
        ("combining".into(), "e\u{301}\u{301}\u{301}\u{301}. \u{301}Kamis (22/9).".into()),
        ("separators".into(), "Satu.\u{2028}Dua.\u{2029}Tiga.\r\nEmpat.\rLima.\u{85}Enam.".into()),
        ("only dots".into(), ".".repeat(10_000)),
        ("only digits".into(), "9".repeat(10_000)),
        ("date soup".into(), "(99/99/99999) (0/0) (31/2) 2022-02-30 29 Februari 2023 Senin (22/9/2022) -1".into()),
        ("furniture".into(), "KONTAN.CO.ID - PYONGYANG. Baca Juga: Baca Juga: [ft/ah] Sumber: | Editor: |".into()),
        ("huge number".into(), format!("{} September {}", "9".repeat(40), "9".repeat(40))),
        ("emoji".into(), "👍🏽🇮🇩😀".repeat(1000)),
    ];
    v.push(("deep curly quotes".into(), "“".repeat(100_000)));
    v.push(("deep nested quotes".into(), format!("{}Korea Utara membantah{}", "“‘«\"".repeat(25_000), "\"»’”".repeat(25_000))));
    v.push(("long sentence".into(), "kata ".repeat(200_000)));
    v.push(("many sentences".into(), "Korea Utara membantah. ".repeat(20_000)));
    v
}

#[test]
fn reliability_hostile_texts_through_every_stage() {
    let anchor = Anchor { date: NaiveDate::from_ymd_opt(2022, 9, 22), bound: NaiveDate::from_ymd_opt(2022, 9, 22) };
    for (name, text) in hostile() {
        run_clean(&text).unwrap_or_else(|e| panic!("clean, {name}: {e}"));
        for l in [None, Some("id"), Some("en")] {
            run_dates(&text, l, anchor).unwrap_or_else(|e| panic!("find_dates, {name}: {e}"));
            run_dates(&text, l, Anchor::default()).unwrap_or_else(|e| panic!("find_dates, {name}: {e}"));
        }
        run_pipeline(&text, Some("2022-09-22"), None).unwrap_or_else(|e| panic!("pipeline, {name}: {e}"));
        run_pipeline(&text, None, None).unwrap_or_else(|e| panic!("pipeline, {name}: {e}"));
    }
}

#[test]
fn reliability_anchor_extremes() {
    let texts = ["Kamis (22/9) pekan lalu, 3 hari lalu, tahun depan, bulan lalu.", "last week on Monday, 31 December"];
    for d in [(1, 1, 1), (1, 12, 31), (9999, 12, 31), (9999, 1, 1), (2000, 2, 29)] {
        let day = NaiveDate::from_ymd_opt(d.0, d.1, d.2);
        for t in texts {
            run_dates(t, None, Anchor { date: day, bound: day }).unwrap_or_else(|e| panic!("{d:?}: {e}"));
            run_pipeline(t, None, day).unwrap_or_else(|e| panic!("{d:?}: {e}"));
            let field = format!("{:04}-{:02}-{:02}", d.0, d.1, d.2);
            run_pipeline(t, Some(&field), None).unwrap_or_else(|e| panic!("{d:?}: {e}"));
        }
    }
}

#[test]
fn reliability_malformed_records_are_rows() {
    let cases: &[(&str, &[u8], usize, usize)] = &[
        ("nul.jsonl", b"{\"text\": \"a\\u0000b c\"}\n{\"text\": \"x\", \"id\": \"\\u0000\"}\n", 2, 0),
        ("types.jsonl", b"{\"text\": 5}\n{\"text\": true}\n{\"text\": {\"a\": 1}}\n{\"text\": [\"a\", [\"b\"]]}\n", 0, 4),
        ("huge.jsonl", b"{\"text\": \"ok\", \"id\": 123456789012345678901234567890}\n{\"text\": 1e999}\n{\"text\": \"ok\", \"date\": -1e308}\n", 2, 1),
        ("idtypes.jsonl", b"{\"text\": \"ok\", \"id\": [1, [2]]}\n{\"text\": \"ok\", \"id\": {\"a\": null}}\n{\"text\": \"ok\", \"id\": null}\n", 3, 0),
        ("dup.jsonl", b"{\"text\": \"one\", \"text\": \"two\"}\n", 1, 0),
        ("deep.jsonl", format!("{{\"text\": {}{}}}\n{{\"text\": \"ok\"}}\n", "[".repeat(100_000), "]".repeat(100_000)).leak().as_bytes(), 1, 1),
        ("deep.json", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).leak().as_bytes(), 0, 1),
        ("scalar.json", b"42", 0, 1),
        ("emptyarr.json", b"{\"articles\": []}", 0, 1),
        ("nul.csv", b"id,text\n1,\"a\x00b\"\n2,ok\n", 2, 0),
        ("quotes.csv", b"id,text\n1,\"unterminated\n", 1, 0),
        ("ragged.csv", b"id,text,extra\n1,a,b,c,d\n2\n3,ok\n", 2, 1),
        ("bom.csv", b"\xef\xbb\xbftext\nhello\n", 1, 0),
        ("zip.jsonl", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", 0, 1),
        ("png.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0, 1),
        ("gif.txt", b"GIF89a\x01\x00\x01\x00\x00\xff\x00", 0, 1),
        ("pdf.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 0, 1),
    ];
    for &(name, bytes, docs, errs) in cases {
        let (d, e) = read_named(name, bytes, &ReadOptions::default()).unwrap_or_else(|m| panic!("{m}"));
        assert_eq!((d.len(), e.len()), (docs, errs), "{name}: docs {d:?} errors {e:?}");
        for r in d {
            let out = pipeline::process(Engine::default_ref(), r, &opts(None));
            check_doc(&out).unwrap_or_else(|m| panic!("{name}: {m}"));
        }
    }
    assert!(check_jsonl(b"{\"text\": \"a\"}\n\n{bad\n[1]\n{\"text\": \"\"}\n").is_ok());
}

/// The limit applies to every format, and a refused document names its size.
#[test]
fn reliability_max_doc_bytes_in_every_format() {
    let o = ReadOptions { max_doc_bytes: 100, ..Default::default() };
    let big = "x".repeat(101);
    let inputs: Vec<(&str, String)> = vec![
        ("a.txt", big.clone()),
        ("a.jsonl", serde_json::json!({"text": big}).to_string()),
        ("a.json", serde_json::json!([{"text": big}]).to_string()),
        ("a.csv", format!("text\n{big}\n")),
    ];
    for (name, data) in inputs {
        let (d, e) = read_named(name, data.as_bytes(), &o).unwrap_or_else(|m| panic!("{m}"));
        assert!(d.is_empty(), "{name}");
        assert_eq!(e.len(), 1, "{name}");
        assert_eq!(e[0].kind, crate::ErrorKind::TooLarge, "{name}");
        assert!(e[0].message.contains("101 bytes"), "{name}: {}", e[0].message);
    }
    // Exactly at the limit is fine.
    let (d, e) = read_named("b.txt", "x".repeat(100).as_bytes(), &o).unwrap();
    assert_eq!((d.len(), e.len()), (1, 0));
}

/// Two inputs with the same doc_id and a third whose id is what the second
/// would be renamed to: every doc_id in `documents` must still be unique.
#[test]
fn reliability_doc_ids_stay_unique() {
    let recs: Vec<Record> = ["x", "x", "x#2", "x#2"]
        .iter()
        .map(|id| Record { doc_id: id.to_string(), path: "p".into(), text: "Korea Utara membantah.".into(), ..Default::default() })
        .collect();
    let t = pipeline::run(Engine::default_ref(), &[], recs, Vec::new(), &opts(None), None, &mut |_, _| Ok(())).unwrap();
    let ids = t.documents.strings("doc_id").unwrap();
    let mut seen: Vec<String> = ids.iter().map(|s| s.clone().unwrap()).collect();
    assert_eq!(seen.len(), 4);
    seen.sort();
    let n = seen.len();
    seen.dedup();
    assert_eq!(seen.len(), n, "duplicate doc_ids in documents: {ids:?}");
}

// ---------------------------------------------------------------------------
// Non-regular files: reading must not block or run forever.

#[cfg(unix)]
#[test]
fn reliability_fifo_is_an_error_row_not_a_hang() {
    use std::sync::mpsc;
    use std::time::Duration;
    let dir = std::env::temp_dir().join(format!("klaim-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("feed.jsonl");
    let st = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(st.success());
    std::fs::write(dir.join("a.txt"), "Korea Utara membantah.").unwrap();
    let (tx, rx) = mpsc::channel();
    let d2 = dir.clone();
    let worker = std::thread::spawn(move || {
        let r = pipeline::read_paths(&[d2.as_path()], &opts(None));
        let _ = tx.send(r.map(|t| (t.documents.num_rows(), t.errors.num_rows())));
    });
    let got = rx.recv_timeout(Duration::from_secs(10));
    if got.is_err() {
        // Unblock the reader (open the write end, then close it) so the test ends.
        let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
        let _ = worker.join();
        let _ = std::fs::remove_dir_all(&dir);
        panic!("reading a directory holding a FIFO named feed.jsonl blocked (std::fs::read on a FIFO); non-regular files must become error rows");
    }
    let _ = worker.join();
    let _ = std::fs::remove_dir_all(&dir);
    let (docs, errs) = got.unwrap().expect("read");
    assert_eq!((docs, errs), (1, 1), "the FIFO is one error row, a.txt one document");
}

// ---------------------------------------------------------------------------
// Crashers found by the fuzzers, kept as regressions.

fn regressions(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    files.retain(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.') && n != "README.md"));
    files.sort();
    files
}

/// The fuzz targets' input layout (see `fuzz/fuzz_targets/*.rs`): the first
/// byte picks options, the rest is the text (lossy UTF-8).
fn split_input(data: &[u8]) -> (u8, String) {
    match data.split_first() {
        Some((&b, rest)) => (b, String::from_utf8_lossy(rest).into_owned()),
        None => (0, String::new()),
    }
}

/// Runs one input as the named fuzz target would.
fn run_target(target: &str, data: &[u8]) -> Result<(), String> {
    let (b, text) = split_input(data);
    match target {
        "clean" => run_clean(&text),
        "dates" => run_dates(&text, crate::fuzzing::lang(b), crate::fuzzing::anchor(b)),
        "pipeline" => {
            let day = crate::fuzzing::anchor(b).date;
            run_pipeline(&text, if b & 16 != 0 { Some("2022-09-22") } else { None }, day)
        }
        "ingest" => run_ingest(data),
        other => Err(format!("unknown fuzz target {other}")),
    }
}

#[test]
fn reliability_fuzz_regressions() {
    let mut ran = 0;
    for target in ["clean", "dates", "pipeline", "ingest"] {
        for p in regressions(target) {
            let data = std::fs::read(&p).unwrap();
            let r = std::panic::catch_unwind(|| run_target(target, &data));
            match r {
                Ok(Ok(())) => {}
                Ok(Err(m)) => panic!("{}: {m}", p.display()),
                Err(_) => panic!("{}: panicked", p.display()),
            }
            ran += 1;
        }
    }
    // The seed inputs are always there, so the reader itself is tested.
    assert!(ran >= 4, "expected the regression inputs under tests/fuzz_regressions/, ran {ran}");
}
