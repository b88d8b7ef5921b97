//! Runs the whole pipeline on the given paths (for `perf record` / callgrind).
//!
//! ```text
//! RAYON_NUM_THREADS=1 cargo run --release --example profile_pipeline -- <path> [<path> ...]
//! ```
//! Prints the rows of each table and the wall time.
use std::path::Path;
use std::time::Instant;

use _core::pipeline::{read_paths, Options};
use chrono::NaiveDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<&Path> = args.iter().map(Path::new).collect();
    let opts = Options::new(NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"));
    let t = Instant::now();
    let tables = read_paths(&paths, &opts).expect("read");
    let secs = t.elapsed().as_secs_f64();
    for (name, b) in tables.named() {
        println!("{name}: {} rows", b.num_rows());
    }
    println!("seconds: {secs:.3}");
}
