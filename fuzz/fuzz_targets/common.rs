//! Shared by the fuzz targets; mirrors `src/reliability_tests.rs` (`run_target`),
//! which replays every crasher kept under `tests/fuzz_regressions/<target>/`.
//! Input layout: the first byte picks options, the rest is the text (lossy UTF-8).
#![allow(dead_code)]

use std::path::Path;

use _core::clean::Cleaned;
use _core::ingest::{self, ReadOptions, Record};
use _core::pipeline::{self, Engine, Options};
use _core::time::DateMatch;
use chrono::NaiveDate;

pub fn split(data: &[u8]) -> (u8, String) {
    match data.split_first() {
        Some((&b, rest)) => (b, String::from_utf8_lossy(rest).into_owned()),
        None => (0, String::new()),
    }
}

#[allow(unused_imports)]
pub use _core::fuzzing::{anchor, lang};

pub fn engine() -> &'static Engine {
    Engine::default_ref()
}

fn span(text: &str, what: &str, s: usize, e: usize) {
    assert!(s <= e && e <= text.len(), "{what}: span {s}..{e} outside text of {} bytes", text.len());
    assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what}: span {s}..{e} not on char boundaries");
}

pub fn check_cleaned(c: &Cleaned) {
    let mut prev = 0;
    for (i, &(s, e)) in c.sentences.iter().enumerate() {
        span(&c.text, &format!("sentence {i}"), s, e);
        assert!(s >= prev, "sentence {i} overlaps the previous one");
        prev = e;
    }
}

pub fn check_dates(text: &str, ms: &[DateMatch]) {
    for m in ms {
        span(text, "date", m.start, m.end);
        if let Some(sp) = m.span {
            assert!(sp.start <= sp.end, "date interval {sp:?}");
        }
    }
}

pub fn opts(reference: Option<NaiveDate>) -> Options {
    Options { reference, ..Options::new(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()) }
}

pub fn process(text: String, date: Option<&str>, reference: Option<NaiveDate>) {
    let rec = Record { doc_id: "d".into(), path: "<fuzz>".into(), text, date: date.map(str::to_string), ..Default::default() };
    let out = pipeline::process(engine(), rec, &opts(reference));
    check_cleaned(&out.cleaned);
    let text = out.cleaned.text.as_str();
    let n = out.cleaned.sentences.len();
    assert_eq!(out.dates.sentence_dates.len(), n);
    check_dates(text, &out.dates.matches.iter().map(|(_, m)| m.clone()).collect::<Vec<_>>());
    for m in &out.extraction.mentions {
        span(text, "mention", m.start, m.end);
        assert!(m.sentence < n);
    }
    for q in &out.extraction.quotes {
        span(text, "quote", q.start, q.end);
        assert!(q.sentence < n);
    }
    for s in &out.extraction.stances {
        span(text, "stance", s.start, s.end);
        assert!(s.sentence < n);
    }
    let t = pipeline::build_tables(std::slice::from_ref(&out), &[]);
    assert_eq!(t.documents.num_rows(), 1);
}

pub fn ingest(data: &[u8]) {
    let o = ReadOptions { max_doc_bytes: 4096, ..Default::default() };
    for name in ["f.txt", "f.jsonl", "f.json", "f.csv", "f.tsv"] {
        let (d, e) = ingest::read_bytes(name, Path::new(name), data, &o);
        assert!(d.len() + e.len() >= 1, "{name}: nothing accounted");
        let whole = e.iter().filter(|r| r.record.is_none()).count() + d.iter().filter(|r| r.record.is_none()).count();
        if whole > 0 {
            assert_eq!(d.len() + e.len(), 1, "{name}: a whole-file row beside others");
        } else {
            let mut nums: Vec<u64> = d.iter().filter_map(|r| r.record).chain(e.iter().filter_map(|r| r.record)).collect();
            nums.sort_unstable();
            let n = nums.len();
            nums.dedup();
            assert_eq!(nums.len(), n, "{name}: a record number twice");
        }
        for r in d {
            assert!(r.text.len() <= o.max_doc_bytes && !r.text.trim().is_empty());
            process(r.text, r.date.as_deref(), None);
        }
    }
}
