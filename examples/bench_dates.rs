//! Times `klaim`'s date finder and runs the date test cases, for
//! `bench/dates/compare.py`.
//!
//! ```text
//! cargo run --release --example bench_dates -- bench <text-file> <lang> [anchor YYYY-MM-DD] [repeats]
//! cargo run --release --example bench_dates -- cases <cases.jsonl>
//! ```
//! `bench` prints one JSON object: bytes, matches, seconds (best of `repeats`), mb_per_s.
//! `cases` prints one JSON line per case: the matches found (surface, start, end, precision).
use std::time::Instant;

use _core::lexicon::Lexicon;
use _core::time::{find_dates, Anchor, DateRules};
use chrono::NaiveDate;

fn anchor_of(s: &str) -> Anchor {
    let d = |x: &str| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok();
    if s.is_empty() {
        Anchor::default()
    } else if let Some(b) = s.strip_prefix('~') {
        Anchor { date: None, bound: d(b) }
    } else {
        Anchor { date: d(s), bound: d(s) }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rules = DateRules::new(Lexicon::default_ref()).expect("default date rules");
    match args.get(1).map(String::as_str) {
        Some("bench") => {
            let text = std::fs::read_to_string(&args[2]).expect("read text");
            let lang = args.get(3).map(String::as_str).filter(|l| *l != "-");
            let anchor = anchor_of(args.get(4).map(String::as_str).unwrap_or("2022-11-08"));
            let repeats: usize = args.get(5).and_then(|r| r.parse().ok()).unwrap_or(5);
            let mut best = f64::INFINITY;
            let mut n = 0;
            for _ in 0..repeats.max(1) {
                let t = Instant::now();
                let found = find_dates(&text, lang, anchor, &rules);
                best = best.min(t.elapsed().as_secs_f64());
                n = found.len();
            }
            let mb = text.len() as f64 / 1e6;
            println!(
                "{}",
                serde_json::json!({"bytes": text.len(), "matches": n, "seconds": best, "mb_per_s": mb / best})
            );
        }
        Some("cases") => {
            let data = std::fs::read_to_string(&args[2]).expect("read cases");
            for line in data.lines().filter(|l| !l.trim().is_empty()) {
                let c: serde_json::Value = serde_json::from_str(line).expect("case json");
                let text = c["text"].as_str().unwrap_or_default();
                let found = find_dates(text, c["lang"].as_str(), anchor_of(c["anchor"].as_str().unwrap_or("")), &rules);
                let ms: Vec<_> = found
                    .iter()
                    .map(|m| {
                        serde_json::json!({
                            "surface": &text[m.start..m.end],
                            "start": m.span.map(|s| s.start.to_string()),
                            "end": m.span.map(|s| s.end.to_string()),
                            "precision": m.span.map(|s| s.precision.as_str()),
                            "weekday_conflict": m.weekday_conflict,
                        })
                    })
                    .collect();
                println!("{}", serde_json::json!({ "matches": ms }));
            }
        }
        _ => {
            eprintln!("usage: bench_dates bench <file> <lang|-> [anchor] [repeats] | cases <cases.jsonl>");
            std::process::exit(2);
        }
    }
}
