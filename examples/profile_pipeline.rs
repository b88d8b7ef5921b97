//! Runs the whole pipeline on the given paths (for `perf record` / callgrind).
//!
//! ```text
//! RAYON_NUM_THREADS=1 cargo run --release --example profile_pipeline -- <path> [<path> ...]
//! ```
//! Prints the rows of each table and the wall time. `PART_BYTES` sets the table part size.
use std::path::Path;
use std::time::Instant;

use _core::pipeline::{expand_paths, run, Engine, Options};
use std::path::PathBuf;
use chrono::NaiveDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<PathBuf> = args.iter().map(|a| Path::new(a).to_path_buf()).collect();
    let mut opts = Options::new(NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"));
    if let Some(p) = std::env::var("PART_BYTES").ok().and_then(|v| v.parse().ok()) {
        opts.part_bytes = p;
    }
    let t = Instant::now();
    let (files, errs) = expand_paths(&paths, &["txt", "jsonl"]).expect("paths");
    let tables = run(Engine::default_ref(), &files, Vec::new(), errs, &opts, None, &mut |_, _| Ok(())).expect("read");
    let secs = t.elapsed().as_secs_f64();
    let mut seen = std::collections::HashSet::new();
    let mut total = 0usize;
    for (name, t) in tables.named() {
        // bytes of distinct buffers (shared text counted once)
        let mut bytes = 0usize;
        for b in &t.batches {
            for c in b.columns() {
                let mut stack = vec![c.to_data()];
                while let Some(d) = stack.pop() {
                    for buf in d.buffers() {
                        if seen.insert(buf.as_ptr() as usize) {
                            bytes += buf.capacity();
                        }
                    }
                    if let Some(n) = d.nulls() {
                        bytes += n.buffer().capacity();
                    }
                    stack.extend(d.child_data().iter().cloned());
                }
            }
        }
        total += bytes;
        println!("{name}: {} rows, {} batches, {:.1} MB", t.num_rows(), t.batches.len(), bytes as f64 / 1e6);
    }
    println!("tables: {:.1} MB", total as f64 / 1e6);
    println!("seconds: {secs:.3}");
}
