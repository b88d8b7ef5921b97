//! ingest -> clean -> time -> extract, one document at a time, in parallel.
