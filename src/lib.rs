//! klaim core: reads news articles, cleans them, finds dates, actors, quotes,
//! claims and stances, and builds Arrow tables.
//!
//! Stages (see DESIGN.md): `ingest` -> `clean` -> `time` -> `extract` -> `tables`,
//! driven document-parallel by [`pipeline`]. Everything here is plain Rust; the
//! only pyo3 code lives in `python/` behind the `python` feature.
//!
//! Offsets inside the core are byte offsets into the clean text; the `tables`
//! stage converts them to code-point offsets (Python string indices).

pub mod clean;
pub mod dedup;
pub mod error;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod tables;
pub mod time;

#[cfg(test)]
mod reliability_tests;

#[cfg(feature = "mimalloc")]
pub mod alloc;
#[cfg(feature = "python")]
mod python;

/// With the `mimalloc` feature (on in the Python build), mimalloc serves every
/// allocation of the core. Arrow buffers handed to Python are freed through their
/// release callbacks, by this same allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

pub use error::{Error, ErrorKind, Result};
