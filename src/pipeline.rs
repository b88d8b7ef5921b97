//! ingest -> clean -> time -> extract -> tables, one document at a time, in
//! parallel (rayon). Every record ends as one `documents` row or one `errors`
//! row; a panic inside a stage is caught per document and becomes an
//! `internal` error row, never a crash.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use arrow_array::RecordBatch;
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::clean::{self, CleanRules, Cleaned};
use crate::error::{Error, ErrorKind, Result};
use crate::extract::{self, DocInput, Extraction, Extractor};
use crate::ingest::{self, ErrorRow, ReadOptions, Record};
use crate::lexicon::Lexicon;
use crate::model::{CharIndex, DateSpan};
use crate::tables::{schema, TableBuilder, V};
use crate::time::{self, Anchor, DateRules, DocDateInput, DocDates};

/// A lexicon compiled for every stage. Build once, use for many corpora.
#[derive(Debug, Clone)]
pub struct Engine {
    pub lexicon: Arc<Lexicon>,
    pub clean: CleanRules,
    pub dates: DateRules,
    pub extractor: Extractor,
}

impl Engine {
    /// Compiles `lexicon` for every stage; fails when the lexicon's data cannot be compiled.
    pub fn new(lexicon: Lexicon) -> Result<Engine> {
        Ok(Engine {
            clean: CleanRules::new(&lexicon)?,
            dates: DateRules::new(&lexicon)?,
            extractor: Extractor::new(&lexicon)?,
            lexicon: Arc::new(lexicon),
        })
    }

    /// The engine of the default lexicon, compiled once.
    pub fn default_ref() -> &'static Engine {
        static E: OnceLock<Engine> = OnceLock::new();
        E.get_or_init(|| Engine::new(Lexicon::default_ref().clone()).expect("default lexicon compiles"))
    }
}

/// How a corpus is read.
#[derive(Debug, Clone)]
pub struct Options {
    pub read: ReadOptions,
    /// Anchor for relative dates when a document has no publication date.
    pub reference: Option<NaiveDate>,
    /// Today's date: only an upper bound for inferring a missing year.
    pub today: NaiveDate,
    /// Fail on the first unreadable input instead of recording it in `errors`.
    pub strict: bool,
    /// Files (or in-memory records) per step; between steps `run` reports progress
    /// and may be interrupted. Results do not depend on it.
    pub chunk: usize,
}

impl Options {
    /// Default options with `today` as the year-inference bound.
    pub fn new(today: NaiveDate) -> Self {
        Options { read: ReadOptions::default(), reference: None, today, strict: false, chunk: 512 }
    }
}

/// Runs `f` on `pool` when given, else on rayon's current pool.
fn on<R: Send>(pool: Option<&rayon::ThreadPool>, f: impl FnOnce() -> R + Send) -> R {
    match pool {
        Some(p) => p.install(f),
        None => f(),
    }
}

/// Every table of a corpus.
#[derive(Debug, Clone)]
pub struct Tables {
    pub documents: RecordBatch,
    pub sentences: RecordBatch,
    pub dates: RecordBatch,
    pub mentions: RecordBatch,
    pub quotes: RecordBatch,
    pub stances: RecordBatch,
    pub errors: RecordBatch,
}

impl Tables {
    /// (name, batch) pairs in the order of `tables::schema::ALL`.
    pub fn named(&self) -> [(&'static str, &RecordBatch); 7] {
        [
            ("documents", &self.documents),
            ("sentences", &self.sentences),
            ("dates", &self.dates),
            ("mentions", &self.mentions),
            ("quotes", &self.quotes),
            ("stances", &self.stances),
            ("errors", &self.errors),
        ]
    }
}

/// One processed document.
#[derive(Debug, Clone)]
pub struct DocOut {
    pub record: Record,
    pub cleaned: Cleaned,
    pub dates: DocDates,
    pub extraction: Extraction,
}

/// Expands directories (recursively, `.txt .jsonl .ndjson .json .csv .tsv`) into
/// files. A path that does not exist is an `ErrorKind::NotFound` error.
pub fn expand_paths(paths: &[PathBuf], extensions: &[&str]) -> Result<(Vec<PathBuf>, Vec<ErrorRow>)> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if !p.exists() && p.symlink_metadata().is_err() {
            return Err(Error::new(ErrorKind::NotFound, format!("no such file or directory: {}", p.display())));
        }
        if p.is_dir() {
            let (f, e) = ingest::discover(p, extensions);
            files.extend(f);
            errors.extend(e);
        } else {
            files.push(p.clone());
        }
    }
    Ok((files, errors))
}

/// Reads files in parallel. In strict mode the first problem is returned as an error.
pub fn read_files(files: &[PathBuf], opts: &Options) -> Result<(Vec<Record>, Vec<ErrorRow>)> {
    let parts: Vec<(Vec<Record>, Vec<ErrorRow>)> = files
        .par_iter()
        .map(|p| {
            catch_unwind(AssertUnwindSafe(|| ingest::read_file(p, &opts.read))).unwrap_or_else(|_| {
                (Vec::new(), vec![ErrorRow::new(&p.display().to_string(), None, ErrorKind::Internal, "internal error while reading (a bug: please report it)")])
            })
        })
        .collect();
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (r, e) in parts {
        records.extend(r);
        errors.extend(e);
    }
    if opts.strict {
        if let Some(e) = errors.first() {
            return Err(e.to_error());
        }
    }
    Ok((records, errors))
}

/// Makes doc ids unique: a repeated `x` becomes `x#2` (or `x#3` ... when that
/// id is taken too), first occurrence unchanged.
fn unique_ids(records: &mut [Record]) {
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::with_capacity(records.len());
    let mut repeats: Vec<usize> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        if !used.insert(r.doc_id.clone()) {
            repeats.push(i);
        }
    }
    let mut next: HashMap<String, usize> = HashMap::new();
    for i in repeats {
        let base = records[i].doc_id.clone();
        let n = next.entry(base.clone()).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{base}#{n}");
            if used.insert(candidate.clone()) {
                records[i].doc_id = candidate;
                break;
            }
        }
    }
}

/// Cleans, dates and extracts one record.
pub fn process(engine: &Engine, mut record: Record, opts: &Options) -> DocOut {
    let mut cleaned = clean::clean(&record.text, &engine.clean);
    // The raw text is not needed any more: only the clean text is kept.
    record.text = String::new();
    if record.title.is_some() {
        cleaned.title = record.title.clone();
    }
    if record.outlet.is_some() {
        cleaned.outlet = record.outlet.clone();
    }
    let field_date = record.date.as_deref().and_then(|d| time::parse_date_field(d, &engine.dates));
    let dates = time::date_document(
        &DocDateInput {
            text: &cleaned.text,
            sentences: &cleaned.sentences,
            language: cleaned.language.as_deref(),
            header_date: cleaned.header_date.as_deref(),
            field_date,
            reference: opts.reference,
            today: opts.today,
        },
        &engine.dates,
    );
    let mut extraction = extract::extract(
        &DocInput { text: &cleaned.text, sentences: &cleaned.sentences, language: cleaned.language.as_deref(), dates: &dates },
        &engine.extractor,
    );
    set_event_dates(&mut extraction, &dates);
    DocOut { record, cleaned, dates, extraction }
}

/// The claimed event's date, kept apart from the statement's: a second resolved
/// date expression in the stance's evidence whose interval does not hold the
/// statement date (`said on Friday that the shells were shipped in September`).
fn set_event_dates(ex: &mut Extraction, dates: &DocDates) {
    for st in &mut ex.stances {
        if st.event_date.is_some() {
            continue;
        }
        let inside = dates.matches.iter().filter(|(si, m)| *si == st.sentence && m.start >= st.start && m.end <= st.end);
        let resolved: Vec<DateSpan> = inside.filter_map(|(_, m)| m.span).collect();
        if resolved.len() < 2 {
            continue;
        }
        st.event_date = resolved
            .into_iter()
            .find(|sp| st.date.is_none_or(|d| !(sp.start <= d.start && d.start <= sp.end)));
    }
}

/// Processes records in parallel; a panic in one document becomes its error row.
pub fn process_all(engine: &Engine, records: Vec<Record>, opts: &Options) -> Result<(Vec<DocOut>, Vec<ErrorRow>)> {
    let results: Vec<std::result::Result<DocOut, ErrorRow>> = records
        .into_par_iter()
        .map(|rec| {
            let (path, n, id) = (rec.path.clone(), rec.record, rec.doc_id.clone());
            catch_unwind(AssertUnwindSafe(|| process(engine, rec, opts))).map_err(|_| {
                ErrorRow::new(&path, n, ErrorKind::Internal, format!("internal error while processing document {id:?} (a bug: please report it)"))
            })
        })
        .collect();
    let mut docs = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => {
                if opts.strict {
                    return Err(e.to_error());
                }
                errors.push(e)
            }
        }
    }
    Ok((docs, errors))
}

/// The whole job: files and in-memory records to tables.
///
/// Works in steps of `opts.chunk` inputs, each read and processed in parallel on
/// `pool`; after each step, on the calling thread, `progress(done, total)` is
/// called and its error (an interrupt, say) stops the run. Doc ids are made
/// unique and near-duplicate clusters found over the whole corpus at the end.
pub fn run(
    engine: &Engine,
    files: &[PathBuf],
    extra: Vec<Record>,
    pre_errors: Vec<ErrorRow>,
    opts: &Options,
    pool: Option<&rayon::ThreadPool>,
    progress: &mut dyn FnMut(usize, usize) -> Result<()>,
) -> Result<Tables> {
    if opts.strict {
        if let Some(e) = pre_errors.first() {
            return Err(e.to_error());
        }
    }
    let chunk = opts.chunk.max(1);
    let total = files.len() + extra.len();
    let mut errors = pre_errors;
    let mut docs: Vec<DocOut> = Vec::new();
    let mut done = 0;
    for group in files.chunks(chunk) {
        let (records, read_errors) = on(pool, || read_files(group, opts))?;
        errors.extend(read_errors);
        let (d, e) = on(pool, || process_all(engine, records, opts))?;
        docs.extend(d);
        errors.extend(e);
        done += group.len();
        progress(done, total)?;
    }
    let mut extra = extra.into_iter().peekable();
    while extra.peek().is_some() {
        let mut checked = Vec::with_capacity(chunk);
        for r in extra.by_ref().take(chunk) {
            done += 1;
            match ingest::check_record(r, &opts.read) {
                Ok(r) => checked.push(r),
                Err(e) if opts.strict => return Err(e.to_error()),
                Err(e) => errors.push(e),
            }
        }
        let (d, e) = on(pool, || process_all(engine, checked, opts))?;
        docs.extend(d);
        errors.extend(e);
        progress(done, total)?;
    }
    let mut records: Vec<Record> = docs.iter_mut().map(|d| std::mem::take(&mut d.record)).collect();
    unique_ids(&mut records);
    for (d, r) in docs.iter_mut().zip(records) {
        d.record = r;
    }
    Ok(on(pool, || build_tables(&docs, &errors)))
}

fn span_dates(s: Option<DateSpan>) -> (Option<NaiveDate>, Option<NaiveDate>, Option<&'static str>) {
    match s {
        Some(s) => (Some(s.start), Some(s.end), Some(s.precision.as_str())),
        None => (None, None, None),
    }
}

/// Builds every table from processed documents and error rows.
///
/// `documents.cluster_id` groups near-duplicate copies among `docs` (see [`crate::dedup`]).
pub fn build_tables(docs: &[DocOut], errors: &[ErrorRow]) -> Tables {
    let texts: Vec<&str> = docs.iter().map(|d| d.cleaned.text.as_str()).collect();
    let cluster = crate::dedup::clusters(&texts);
    let mut td = TableBuilder::new(&schema::DOCUMENTS);
    let mut ts = TableBuilder::new(&schema::SENTENCES);
    let mut tdt = TableBuilder::new(&schema::DATES);
    let mut tm = TableBuilder::new(&schema::MENTIONS);
    let mut tq = TableBuilder::new(&schema::QUOTES);
    let mut tst = TableBuilder::new(&schema::STANCES);
    let mut te = TableBuilder::new(&schema::ERRORS);
    for (di, d) in docs.iter().enumerate() {
        let text = d.cleaned.text.as_str();
        let idx = CharIndex::new(text);
        let ch = |b: usize| V::I(Some(idx.to_char(text, b) as i64));
        let id = Some(d.record.doc_id.as_str());
        let c = &d.cleaned;
        let (pd, pde, pdp) = span_dates(d.dates.pub_date);
        let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
        td.push(&[
            V::S(id),
            V::S(Some(&d.record.path)),
            V::I(d.record.record.map(|r| r as i64)),
            V::S(c.language.as_deref()),
            V::S(c.title.as_deref()),
            V::S(c.outlet.as_deref()),
            V::S(c.wire.as_deref()),
            V::S(c.editor.as_deref()),
            V::S(c.author.as_deref()),
            V::S(c.dateline.as_deref()),
            V::S(d.record.url.as_deref()),
            V::D(pd),
            V::D(pde),
            V::S(pdp),
            V::D(d.dates.anchor),
            V::S(Some(text)),
            V::I(Some(c.sentences.len() as i64)),
            ch(text.len()),
            V::S(Some(&hash)),
            V::S(Some(docs[cluster[di]].record.doc_id.as_str())),
            V::S(d.record.encoding_issue.as_deref()),
        ]);
        for (i, &(s, e)) in c.sentences.iter().enumerate() {
            let (sd, sde, sdp) = span_dates(d.dates.sentence_dates.get(i).copied().flatten());
            ts.push(&[V::S(id), V::I(Some(i as i64)), ch(s), ch(e), V::S(text.get(s..e)), V::D(sd), V::D(sde), V::S(sdp)]);
        }
        for (si, m) in &d.dates.matches {
            let (md, mde, mdp) = span_dates(m.span);
            tdt.push(&[
                V::S(id),
                V::I(Some(*si as i64)),
                ch(m.start),
                ch(m.end),
                V::S(text.get(m.start..m.end)),
                V::D(md),
                V::D(mde),
                V::S(mdp),
                V::B(m.relative),
                V::B(m.weekday_conflict),
            ]);
        }
        let ex = &d.extraction;
        for m in &ex.mentions {
            tm.push(&[
                V::S(id),
                V::I(Some(m.sentence as i64)),
                ch(m.start),
                ch(m.end),
                V::S(text.get(m.start..m.end)),
                V::S(Some(&m.actor_id)),
                V::S(m.country.as_deref()),
                V::S(Some(m.kind)),
            ]);
        }
        for q in &ex.quotes {
            tq.push(&[
                V::S(id),
                V::I(Some(q.sentence as i64)),
                ch(q.start),
                ch(q.end),
                V::S(text.get(q.start..q.end)),
                V::S(q.speaker_id.as_deref()),
                V::S(q.country.as_deref()),
                V::S(Some(&q.cue)),
                V::B(q.direct),
            ]);
        }
        for s in &ex.stances {
            let (sd, sde, sdp) = span_dates(s.date);
            tst.push(&[
                V::S(id),
                V::I(Some(s.sentence as i64)),
                V::S(s.speaker_id.as_deref()),
                V::S(Some(&s.speaker).filter(|x| !x.is_empty()).map(|x| x.as_str())),
                V::S(s.country.as_deref()),
                V::S(Some(&s.claim)),
                V::S(Some(s.stance.as_str())),
                V::I(Some(s.stance.polarity() as i64)),
                V::D(sd),
                V::D(sde),
                V::S(sdp),
                V::D(s.event_date.map(|e| e.start)),
                V::L(&s.via),
                V::S(Some(&s.cue)),
                V::S(text.get(s.start..s.end)),
                ch(s.start),
                ch(s.end),
                V::F(s.confidence),
            ]);
        }
    }
    for e in errors {
        te.push(&[V::S(Some(&e.path)), V::I(e.record.map(|r| r as i64)), V::S(Some(e.kind.as_str())), V::S(Some(&e.message))]);
    }
    Tables {
        documents: td.finish(),
        sentences: ts.finish(),
        dates: tdt.finish(),
        mentions: tm.finish(),
        quotes: tq.finish(),
        stances: tst.finish(),
        errors: te.finish(),
    }
}

/// `klaim.find_dates`: every temporal expression in each text.
/// `reference` anchors relative expressions; without it they stay unresolved.
pub fn find_dates_table(engine: &Engine, texts: &[String], reference: Option<NaiveDate>, language: Option<&str>, today: NaiveDate) -> RecordBatch {
    let anchor = Anchor { date: reference, bound: Some(reference.unwrap_or(today)) };
    let found: Vec<Vec<time::DateMatch>> = texts
        .par_iter()
        .map(|t| catch_unwind(AssertUnwindSafe(|| time::find_dates(t, language, anchor, &engine.dates))).unwrap_or_default())
        .collect();
    let mut b = TableBuilder::new(&schema::FOUND_DATES);
    for (i, (t, ms)) in texts.iter().zip(&found).enumerate() {
        let idx = CharIndex::new(t);
        for m in ms {
            let (d, de, dp) = span_dates(m.span);
            b.push(&[
                V::I(Some(i as i64)),
                V::I(Some(idx.to_char(t, m.start) as i64)),
                V::I(Some(idx.to_char(t, m.end) as i64)),
                V::S(t.get(m.start..m.end)),
                V::D(d),
                V::D(de),
                V::S(dp),
                V::B(m.relative),
                V::B(m.weekday_conflict),
            ]);
        }
    }
    b.finish()
}

/// Convenience for Rust callers and tests: read paths with the default engine.
pub fn read_paths(paths: &[&Path], opts: &Options) -> Result<Tables> {
    let owned: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    let (files, errs) = expand_paths(&owned, &["txt", "jsonl", "ndjson", "json", "csv", "tsv"])?;
    run(Engine::default_ref(), &files, Vec::new(), errs, opts, None, &mut |_, _| Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn statement_and_event_dates_are_kept_apart() {
        let mut opts = Options::new(day("2026-11-24"));
        opts.reference = Some(day("2023-10-21"));
        let text = "The White House said on Friday that North Korea shipped artillery shells to Russia in September.";
        let rec = Record { doc_id: "d".into(), path: "<t>".into(), text: text.into(), ..Default::default() };
        let out = process(Engine::default_ref(), rec, &opts);
        let st = out.extraction.stances.iter().find(|s| s.country.as_deref() == Some("USA")).expect("a USA stance");
        assert_eq!(st.date.map(|d| d.start), Some(day("2023-10-20")));
        let ev = st.event_date.expect("event date");
        assert_eq!((ev.start, ev.end), (day("2023-09-01"), day("2023-09-30")));
        // one date only: it is the statement's, no event date
        let rec = Record { doc_id: "d".into(), path: "<t>".into(), text: "The White House said on Friday that North Korea shipped shells to Russia.".into(), ..Default::default() };
        let out = process(Engine::default_ref(), rec, &opts);
        assert!(out.extraction.stances.iter().all(|s| s.event_date.is_none()));
    }

    #[test]
    fn every_record_is_a_document_or_an_error_and_ids_are_unique() {
        let opts = Options::new(day("2026-11-24"));
        let recs: Vec<Record> = ["x", "x", "x#2", "y"]
            .iter()
            .map(|id| Record { doc_id: id.to_string(), path: "p".into(), text: if *id == "y" { " ".into() } else { "Korea Utara membantah.".into() }, ..Default::default() })
            .collect();
        let mut steps = Vec::new();
        let t = run(Engine::default_ref(), &[], recs, Vec::new(), &Options { chunk: 2, ..opts.clone() }, None, &mut |d, n| {
            steps.push((d, n));
            Ok(())
        })
        .unwrap();
        assert_eq!((t.documents.num_rows(), t.errors.num_rows()), (3, 1));
        assert_eq!(steps, vec![(2, 4), (4, 4)]);
        let stop = run(Engine::default_ref(), &[], vec![Record { text: "a b".into(), ..Default::default() }], Vec::new(), &opts, None, &mut |_, _| {
            Err(Error::new(ErrorKind::Internal, "interrupted"))
        });
        assert!(stop.is_err());
    }
}
