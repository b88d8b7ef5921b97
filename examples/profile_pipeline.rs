//! Runs the whole pipeline on the given paths (for `perf record` / callgrind).
//!
//! ```text
//! RAYON_NUM_THREADS=1 cargo run --release --example profile_pipeline -- <path> [<path> ...]
//! ```
//! Prints the rows of each table, a digest of its values (equal digests = equal tables,
//! whatever the buffer layout: for checking that an optimization changes nothing) and
//! the wall time. `PART_BYTES` sets the table part size; `DIGEST_COLUMNS=1` prints a
//! digest per column.
use std::path::Path;
use std::time::Instant;

use _core::pipeline::{expand_paths, run, Engine, Options};
use std::path::PathBuf;
use chrono::NaiveDate;

fn main() {
    // as the Python module does at import
    #[cfg(feature = "mimalloc")]
    _core::alloc::configure();
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
        println!("{name}: {} rows, {} batches, {:.1} MB, digest {:016x}", t.num_rows(), t.batches.len(), bytes as f64 / 1e6, table_digest(t));
        if std::env::var_os("DIGEST_COLUMNS").is_some() {
            for c in t.schema.columns {
                println!("  {name}.{}: {:016x}", c.name, digest(t, c.name));
            }
        }
    }
    println!("tables: {:.1} MB", total as f64 / 1e6);
    println!("seconds: {secs:.3}");
}

/// xxh3 of the column digests: equal for equal tables, however they are split in batches.
fn table_digest(t: &_core::tables::Table) -> u64 {
    let all: Vec<u8> = t.schema.columns.iter().flat_map(|c| digest(t, c.name).to_le_bytes()).collect();
    xxhash_rust::xxh3::xxh3_64(&all)
}

/// xxh3 of every value of one column, batch by batch (logical values).
fn digest(t: &_core::tables::Table, column: &str) -> u64 {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Float32Type, Int32Type, Int64Type, Int8Type};
    use arrow_array::Array;
    use arrow_schema::DataType;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for b in &t.batches {
        for (f, c) in b.schema().fields().iter().zip(b.columns()) {
            if f.name() != column {
                continue;
            }
            for i in 0..c.len() {
                if c.is_null(i) {
                    h.update(b"\xffnull");
                    continue;
                }
                let v: String = match c.data_type() {
                    DataType::Utf8View => c.as_string_view().value(i).to_string(),
                    DataType::Int64 => c.as_primitive::<Int64Type>().value(i).to_string(),
                    DataType::Int32 => c.as_primitive::<Int32Type>().value(i).to_string(),
                    DataType::Int8 => c.as_primitive::<Int8Type>().value(i).to_string(),
                    DataType::Float32 => c.as_primitive::<Float32Type>().value(i).to_string(),
                    DataType::Date32 => c.as_primitive::<Date32Type>().value(i).to_string(),
                    DataType::Boolean => c.as_boolean().value(i).to_string(),
                    DataType::LargeList(_) => {
                        let l = c.as_list::<i64>().value(i);
                        let l = l.as_string_view();
                        l.iter().map(|x| x.unwrap_or("")).collect::<Vec<_>>().join("\u{1}")
                    }
                    other => panic!("no digest for {other}"),
                };
                h.update(v.as_bytes());
                h.update(b"\0");
            }
        }
    }
    h.digest()
}
