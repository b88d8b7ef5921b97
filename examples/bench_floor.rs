//! The floor for `bench/run`: read every file of a corpus and make one
//! Aho-Corasick pass over it with every lexicon term (actor aliases, cues,
//! claim terms), ASCII case-insensitive, leftmost-longest, counting matches.
//! Anything klaim does costs at least this much.
//!
//!     cargo run --release --example bench_floor -- TERMS_FILE THREADS PATH...
//!
//! TERMS_FILE has one term per line. Prints one JSON line:
//! `{"files":..,"bytes":..,"matches":..,"seconds":..,"build_seconds":..}`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;

fn walk(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p).expect("readable dir").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for e in entries {
            walk(&e, out);
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: bench_floor TERMS_FILE THREADS PATH...");
        std::process::exit(2);
    }
    let terms: Vec<String> = std::fs::read_to_string(&args[0])
        .expect("terms file")
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect();
    let threads: usize = args[1].parse().expect("THREADS is a number");
    let t0 = Instant::now();
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&terms)
        .expect("automaton builds");
    let build_seconds = t0.elapsed().as_secs_f64();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
    let t = Instant::now();
    let mut files = Vec::new();
    for p in &args[2..] {
        walk(Path::new(p), &mut files);
    }
    let (bytes, matches) = pool.install(|| {
        files
            .par_iter()
            .map(|f| {
                let data = std::fs::read(f).expect("readable file");
                let n = ac.find_iter(&data).count();
                (data.len(), n)
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    let seconds = t.elapsed().as_secs_f64();
    println!(
        "{{\"files\":{},\"bytes\":{},\"matches\":{},\"terms\":{},\"seconds\":{:.6},\"build_seconds\":{:.6}}}",
        files.len(),
        bytes,
        matches,
        terms.len(),
        seconds,
        build_seconds
    );
}
