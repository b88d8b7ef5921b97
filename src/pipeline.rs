//! ingest -> clean -> time -> extract -> tables, one document at a time, in
//! parallel (rayon). Every record ends as one `documents` row or one `errors`
//! row; a panic inside a stage is caught per document and becomes an
//! `internal` error row, never a crash.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use arrow_array::builder::StringViewBuilder;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_buffer::Buffer;
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::clean::{self, CleanRules, Cleaned};
use crate::error::{Error, ErrorKind, Result};
use crate::extract::{self, DocInput, Extraction, Extractor};
use crate::ingest::{self, ErrorRow, ReadOptions, Record};
use crate::lexicon::Lexicon;
use crate::model::{CharIndex, DateSpan};
use crate::dedup::Signature;
use crate::tables::{schema, Table, TableBuilder, V};
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
        lexicon.check_complete()?;
        Ok(Engine {
            clean: CleanRules::new(&lexicon)?,
            dates: DateRules::new(&lexicon)?,
            extractor: Extractor::new(&lexicon),
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
    /// Clean text per table part (see [`PART_BYTES`]). Results do not depend on it.
    pub part_bytes: usize,
}

impl Options {
    /// Default options with `today` as the year-inference bound.
    pub fn new(today: NaiveDate) -> Self {
        Options { read: ReadOptions::default(), reference: None, today, strict: false, chunk: 512, part_bytes: PART_BYTES }
    }
}

/// Runs `f` on `pool` when given, else on rayon's current pool.
fn on<R: Send>(pool: Option<&rayon::ThreadPool>, f: impl FnOnce() -> R + Send) -> R {
    match pool {
        Some(p) => p.install(f),
        None => f(),
    }
}

/// Every table of a corpus, each as record batches built part by part.
#[derive(Debug, Clone)]
pub struct Tables {
    pub documents: Table,
    pub sentences: Table,
    pub dates: Table,
    pub mentions: Table,
    pub quotes: Table,
    pub stances: Table,
    pub errors: Table,
}

impl Tables {
    /// (name, table) pairs in the order of `tables::schema::ALL`.
    pub fn named(&self) -> [(&'static str, &Table); 7] {
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
    /// MinHash signature of the clean text, for near-duplicate clusters.
    pub signature: Signature,
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
/// id is taken too), first occurrence unchanged. Returns the indices renamed.
fn unique_ids(ids: &mut [String]) -> Vec<usize> {
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::with_capacity(ids.len());
    let mut repeats: Vec<usize> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if !used.insert(id.clone()) {
            repeats.push(i);
        }
    }
    let mut next: HashMap<String, usize> = HashMap::new();
    for &i in &repeats {
        let base = ids[i].clone();
        let n = next.entry(base.clone()).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{base}#{n}");
            if used.insert(candidate.clone()) {
                ids[i] = candidate;
                break;
            }
        }
    }
    repeats
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
            updated_date: cleaned.updated_date.as_deref(),
            field_date,
            rights_year: cleaned.rights_year,
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
    let signature = crate::dedup::signature(&cleaned.text);
    DocOut { record, cleaned, dates, extraction, signature }
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
    let mut acc = Acc { builder: Builder::default(), pending: Vec::new(), pending_bytes: 0, ready: None };
    let mut done = 0;
    for group in files.chunks(chunk) {
        let (records, read_errors) = on(pool, || read_files(group, opts))?;
        errors.extend(read_errors);
        acc.process(engine, records, opts, pool, &mut errors)?;
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
        acc.process(engine, checked, opts, pool, &mut errors)?;
        progress(done, total)?;
    }
    acc.flush(pool);
    Ok(on(pool, || acc.builder.finish(&errors)))
}

/// Clean text per table part: processed documents become Arrow batches (and are
/// dropped) every this many bytes, so the peak memory of a run is its tables plus
/// one part of processed documents.
pub const PART_BYTES: usize = 4 << 20;

/// Processed documents waiting to become a part.
struct Acc {
    builder: Builder,
    pending: Vec<DocOut>,
    pending_bytes: usize,
    /// A full part, built while the next slice is processed.
    ready: Option<Vec<DocOut>>,
}

impl Acc {
    /// Processes records in slices of about [`PART_BYTES`] (so the raw text of a big
    /// step is released as it goes). A full part becomes tables while the next slice is
    /// processed (one rayon join), so that no thread waits for the table build.
    fn process(&mut self, engine: &Engine, records: Vec<Record>, opts: &Options, pool: Option<&rayon::ThreadPool>, errors: &mut Vec<ErrorRow>) -> Result<()> {
        let mut rest = records.into_iter().peekable();
        while rest.peek().is_some() {
            let mut slice = Vec::new();
            let mut bytes = 0;
            while let Some(r) = rest.peek() {
                if !slice.is_empty() && bytes + r.text.len() > opts.part_bytes {
                    break;
                }
                bytes += r.text.len();
                slice.extend(rest.next());
            }
            let ready = self.ready.take();
            let builder = &mut self.builder;
            let ((), done) = on(pool, || {
                rayon::join(
                    || {
                        if let Some(docs) = ready {
                            builder.add(docs)
                        }
                    },
                    || process_all(engine, slice, opts),
                )
            });
            let (d, e) = done?;
            errors.extend(e);
            self.pending_bytes += d.iter().map(|d| d.cleaned.text.len()).sum::<usize>();
            self.pending.extend(d);
            if self.pending_bytes >= opts.part_bytes {
                self.ready = Some(std::mem::take(&mut self.pending));
                self.pending_bytes = 0;
            }
        }
        Ok(())
    }

    /// Builds whatever is left (the ready part, then the pending documents).
    fn flush(&mut self, pool: Option<&rayon::ThreadPool>) {
        for docs in [self.ready.take(), Some(std::mem::take(&mut self.pending))].into_iter().flatten() {
            if !docs.is_empty() {
                on(pool, || self.builder.add(docs));
            }
        }
        self.pending_bytes = 0;
    }
}

/// The child tables, in the order of [`Part::counts`].
const CHILDREN: usize = 5;

/// Tables built part by part; [`Builder::finish`] makes doc ids unique and sets
/// `documents.cluster_id` over the whole corpus.
#[derive(Default)]
pub struct Builder {
    parts: Vec<PartTables>,
    ids: Vec<String>,
    sigs: Vec<Signature>,
}

/// One part of every table.
struct PartTables {
    documents: RecordBatch,
    /// sentences, dates, mentions, quotes, stances
    children: [RecordBatch; CHILDREN],
    /// Per child table: rows of each document (to rename doc ids).
    counts: [Vec<u32>; CHILDREN],
}

/// Largest shared text block of a part.
const BLOCK_BYTES: usize = 1 << 30;

/// A string column with `ids[i]` for every `i` of `rows`.
fn id_column(ids: &[String], rows: impl Iterator<Item = usize>) -> ArrayRef {
    let mut b = StringViewBuilder::new().with_deduplicate_strings();
    for i in rows {
        b.append_value(&ids[i]);
    }
    Arc::new(b.finish())
}

impl Builder {
    /// Turns processed documents into one part of every table (tables built in parallel).
    pub fn add(&mut self, mut docs: Vec<DocOut>) {
        if docs.is_empty() {
            return;
        }
        let (documents, children, counts) = build_part(&docs);
        self.parts.push(PartTables { documents, children, counts });
        for d in &mut docs {
            self.ids.push(std::mem::take(&mut d.record.doc_id));
            self.sigs.push(d.signature.take());
        }
    }

    /// Every table. Doc ids repeated across the corpus are renamed (`x#2`) in every
    /// table; `documents.cluster_id` names each near-duplicate cluster's first member.
    /// Parts are finished in parallel.
    pub fn finish(self, errors: &[ErrorRow]) -> Tables {
        let Builder { parts, mut ids, sigs } = self;
        let renamed = unique_ids(&mut ids);
        let cluster = crate::dedup::clusters_of(&sigs);
        drop(sigs);
        let mut is_renamed = vec![false; ids.len()];
        for &i in &renamed {
            is_renamed[i] = true;
        }
        let id_at = schema::DOCUMENTS.columns.iter().position(|c| c.name == "doc_id").expect("documents.doc_id");
        let cluster_at = schema::DOCUMENTS.columns.iter().position(|c| c.name == "cluster_id").expect("documents.cluster_id");
        let mut starts = Vec::with_capacity(parts.len());
        let mut n = 0;
        for p in &parts {
            starts.push(n);
            n += p.documents.num_rows();
        }
        let (ids, cluster, is_renamed) = (&ids, &cluster, &is_renamed);
        let done: Vec<(RecordBatch, [RecordBatch; CHILDREN])> = parts
            .into_par_iter()
            .zip(starts)
            .map(|(p, start)| {
                let n = p.documents.num_rows();
                let any = is_renamed[start..start + n].iter().any(|&r| r);
                let mut cols = p.documents.columns().to_vec();
                cols[cluster_at] = id_column(ids, (start..start + n).map(|i| cluster[i]));
                if any {
                    cols[id_at] = id_column(ids, start..start + n);
                }
                let documents = RecordBatch::try_new(p.documents.schema(), cols).expect("same schema");
                let children = if any {
                    let mut t = 0;
                    p.children.map(|b| {
                        let rows = (start..start + n).zip(&p.counts[t]).flat_map(|(i, &k)| std::iter::repeat_n(i, k as usize));
                        t += 1;
                        let mut cols = b.columns().to_vec();
                        cols[0] = id_column(ids, rows);
                        RecordBatch::try_new(b.schema(), cols).expect("same schema")
                    })
                } else {
                    p.children
                };
                (documents, children)
            })
            .collect();
        let mut new_docs = Vec::with_capacity(done.len());
        let mut new_children: [Vec<RecordBatch>; CHILDREN] = Default::default();
        for (d, ch) in done {
            new_docs.push(d);
            for (t, b) in new_children.iter_mut().zip(ch) {
                t.push(b);
            }
        }
        let mut te = TableBuilder::new(&schema::ERRORS);
        for e in errors {
            te.push(&[V::S(Some(&e.path)), V::I(e.record.map(|r| r as i64)), V::S(Some(e.kind.as_str())), V::S(Some(&e.message))]);
        }
        let [ts, tdt, tm, tq, tst] = new_children;
        Tables {
            documents: Table::new(&schema::DOCUMENTS, new_docs),
            sentences: Table::new(&schema::SENTENCES, ts),
            dates: Table::new(&schema::DATES, tdt),
            mentions: Table::new(&schema::MENTIONS, tm),
            quotes: Table::new(&schema::QUOTES, tq),
            stances: Table::new(&schema::STANCES, tst),
            errors: Table::new(&schema::ERRORS, if te.is_empty() { Vec::new() } else { vec![te.finish()] }),
        }
    }
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
    let mut b = Builder::default();
    b.add(docs.to_vec());
    b.finish(errors)
}

fn sentence_rows(d: &DocOut) -> usize {
    d.cleaned.sentences.len()
}
fn date_rows(d: &DocOut) -> usize {
    d.dates.matches.len()
}
fn mention_rows(d: &DocOut) -> usize {
    d.extraction.mentions.len()
}
fn quote_rows(d: &DocOut) -> usize {
    d.extraction.quotes.len()
}
fn stance_rows(d: &DocOut) -> usize {
    d.extraction.stances.len()
}

/// Rows of a document in each child table, in the order of [`PartTables::children`]:
/// the builders' capacities and the counts used to rename doc ids.
const CHILD_ROWS: [fn(&DocOut) -> usize; CHILDREN] = [sentence_rows, date_rows, mention_rows, quote_rows, stance_rows];

/// Where a document's clean text and id sit in the part's shared blocks.
#[derive(Clone, Copy)]
struct Loc {
    block: u32,
    text: u32,
    id: u32,
}

/// One part of every table from `docs`: documents (with `cluster_id` still to be
/// set), the child tables and their rows per document. Every text column (document
/// text, sentences, surfaces, quotes, evidence) and `doc_id` are views into one
/// shared copy of the documents' clean text and ids.
fn build_part(docs: &[DocOut]) -> (RecordBatch, [RecordBatch; CHILDREN], [Vec<u32>; CHILDREN]) {
    let mut blocks: Vec<Buffer> = Vec::new();
    let mut locs: Vec<Loc> = Vec::with_capacity(docs.len());
    let total: usize = docs.iter().map(|d| d.cleaned.text.len() + d.record.doc_id.len()).sum();
    let mut cur: Vec<u8> = Vec::with_capacity(total.min(BLOCK_BYTES));
    for d in docs {
        let need = d.cleaned.text.len() + d.record.doc_id.len();
        if !cur.is_empty() && cur.len() + need > BLOCK_BYTES {
            blocks.push(Buffer::from_vec(std::mem::take(&mut cur)));
        }
        let text = cur.len() as u32;
        cur.extend_from_slice(d.cleaned.text.as_bytes());
        let id = cur.len() as u32;
        cur.extend_from_slice(d.record.doc_id.as_bytes());
        locs.push(Loc { block: blocks.len() as u32, text, id });
    }
    blocks.push(Buffer::from_vec(cur));
    let idx: Vec<CharIndex> = docs.par_iter().map(|d| CharIndex::new(&d.cleaned.text)).collect();
    let p = Part { docs, blocks: &blocks, locs: &locs, idx: &idx };
    let ((documents, (sentences, dates)), (mentions, (quotes, stances))) = rayon::join(
        || rayon::join(|| p.documents(), || rayon::join(|| p.sentences(), || p.dates())),
        || rayon::join(|| p.mentions(), || rayon::join(|| p.quotes(), || p.stances())),
    );
    let counts = CHILD_ROWS.map(|rows| docs.iter().map(|d| rows(d) as u32).collect());
    (documents, [sentences, dates, mentions, quotes, stances], counts)
}

/// The inputs of one part, shared by the table builders.
struct Part<'a> {
    docs: &'a [DocOut],
    blocks: &'a [Buffer],
    locs: &'a [Loc],
    idx: &'a [CharIndex],
}

impl<'a> Part<'a> {
    /// Table `t` of the part: `rows(d)` rows per document, pushed by `each(builder, index, d)`.
    fn table(&self, t: &'static schema::TableSchema, rows: fn(&DocOut) -> usize, each: impl Fn(&mut TableBuilder, usize, &'a DocOut)) -> RecordBatch {
        let mut b = TableBuilder::with_blocks(t, self.docs.iter().map(rows).sum(), self.blocks);
        for (di, d) in self.docs.iter().enumerate() {
            each(&mut b, di, d);
        }
        b.finish()
    }

    /// The document's id, as a view.
    fn id(&self, di: usize) -> V<'a> {
        let l = self.locs[di];
        V::T(l.block, l.id, self.docs[di].record.doc_id.len() as u32)
    }

    /// `text[s..e]` of document `di`, as a view (a copy if the span is not on char boundaries).
    fn span(&self, di: usize, s: usize, e: usize) -> V<'a> {
        let text = self.docs[di].cleaned.text.as_str();
        if s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            let l = self.locs[di];
            V::T(l.block, l.text + s as u32, (e - s) as u32)
        } else {
            V::S(Some(""))
        }
    }

    /// Code-point offset of byte `b` of document `di`.
    fn ch(&self, di: usize, b: usize) -> V<'a> {
        V::I(Some(self.idx[di].to_char(&self.docs[di].cleaned.text, b) as i64))
    }

    fn documents(&self) -> RecordBatch {
        self.table(&schema::DOCUMENTS, |_| 1, |td, di, d| {
            let text = d.cleaned.text.as_str();
            let c = &d.cleaned;
            let (pd, pde, pdp) = span_dates(d.dates.pub_date);
            let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
            td.push(&[
                self.id(di),
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
                self.span(di, 0, text.len()),
                V::I(Some(c.sentences.len() as i64)),
                self.ch(di, text.len()),
                V::S(Some(&hash)),
                // cluster_id: set over the whole corpus by `Builder::finish`
                self.id(di),
                V::S(d.record.encoding_issue.as_deref()),
            ]);
        })
    }

    fn sentences(&self) -> RecordBatch {
        self.table(&schema::SENTENCES, sentence_rows, |ts, di, d| {
            for (i, &(s, e)) in d.cleaned.sentences.iter().enumerate() {
                let (sd, sde, sdp) = span_dates(d.dates.sentence_dates.get(i).copied().flatten());
                ts.push(&[self.id(di), V::I(Some(i as i64)), self.ch(di, s), self.ch(di, e), self.span(di, s, e), V::D(sd), V::D(sde), V::S(sdp)]);
            }
        })
    }

    fn dates(&self) -> RecordBatch {
        self.table(&schema::DATES, date_rows, |tdt, di, d| {
            for (si, m) in &d.dates.matches {
                let (md, mde, mdp) = span_dates(m.span);
                tdt.push(&[
                    self.id(di),
                    V::I(Some(*si as i64)),
                    self.ch(di, m.start),
                    self.ch(di, m.end),
                    self.span(di, m.start, m.end),
                    V::D(md),
                    V::D(mde),
                    V::S(mdp),
                    V::B(m.relative),
                    V::B(m.weekday_conflict),
                ]);
            }
        })
    }

    fn mentions(&self) -> RecordBatch {
        self.table(&schema::MENTIONS, mention_rows, |tm, di, d| {
            for m in &d.extraction.mentions {
                tm.push(&[
                    self.id(di),
                    V::I(Some(m.sentence as i64)),
                    self.ch(di, m.start),
                    self.ch(di, m.end),
                    self.span(di, m.start, m.end),
                    V::S(Some(&m.actor_id)),
                    V::S(m.country.as_deref()),
                    V::S(Some(m.kind)),
                ]);
            }
        })
    }

    fn quotes(&self) -> RecordBatch {
        self.table(&schema::QUOTES, quote_rows, |tq, di, d| {
            for q in &d.extraction.quotes {
                tq.push(&[
                    self.id(di),
                    V::I(Some(q.sentence as i64)),
                    self.ch(di, q.start),
                    self.ch(di, q.end),
                    self.span(di, q.start, q.end),
                    V::S(q.speaker_id.as_deref()),
                    V::S(q.country.as_deref()),
                    V::S(Some(&q.cue)),
                    V::B(q.direct),
                ]);
            }
        })
    }

    fn stances(&self) -> RecordBatch {
        self.table(&schema::STANCES, stance_rows, |tst, di, d| {
            for s in &d.extraction.stances {
                let (sd, sde, sdp) = span_dates(s.date);
                tst.push(&[
                    self.id(di),
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
                    self.span(di, s.start, s.end),
                    self.ch(di, s.start),
                    self.ch(di, s.end),
                    V::F(s.confidence),
                ]);
            }
        })
    }
}

/// `klaim.find_dates`: every temporal expression in each text.
/// `reference` anchors relative expressions; without it they stay unresolved.
pub fn find_dates_table(engine: &Engine, texts: &[String], reference: Option<NaiveDate>, language: Option<&str>) -> RecordBatch {
    // (no reference, no bound: a weekday with a day and month is found with a null date,
    // never given a year from the current date)
    let anchor = Anchor { date: reference, bound: reference };
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

    fn seeds(part_bytes: usize) -> Tables {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut opts = Options::new(day("2026-11-24"));
        opts.part_bytes = part_bytes;
        opts.chunk = 2;
        let files = expand_paths(&[dir], &["txt"]).unwrap().0;
        // every seed twice: the copies' ids repeat across parts and must be renamed in every table
        let twice: Vec<PathBuf> = files.iter().chain(files.iter()).cloned().collect();
        run(Engine::default_ref(), &twice, Vec::new(), Vec::new(), &opts, None, &mut |_, _| Ok(())).unwrap()
    }

    #[test]
    fn parts_do_not_change_the_tables() {
        let one = seeds(usize::MAX);
        let many = seeds(1);
        assert_eq!(one.documents.batches.len(), 1);
        assert_eq!(many.documents.batches.len(), 10, "one part per document");
        for ((name, a), (_, b)) in one.named().into_iter().zip(many.named()) {
            assert_eq!(a.num_rows(), b.num_rows(), "{name}");
            for c in a.schema.columns.iter().filter(|c| c.dtype == schema::DType::Str) {
                assert_eq!(a.strings(c.name), b.strings(c.name), "{name}.{}", c.name);
            }
        }
        // renamed copies: `x#2` in documents and in the child tables, clustered with `x`
        let ids = many.documents.strings("doc_id").unwrap();
        let clusters = many.documents.strings("cluster_id").unwrap();
        assert_eq!(ids.iter().filter(|i| i.as_deref().is_some_and(|i| i.ends_with("#2"))).count(), 5);
        for (id, c) in ids.iter().zip(&clusters).skip(5) {
            assert_eq!(format!("{}#2", c.as_deref().unwrap()), id.clone().unwrap());
        }
        let sent_ids = many.sentences.strings("doc_id").unwrap();
        let n_first: usize = many.sentences.batches[..5].iter().map(|b| b.num_rows()).sum();
        assert!(sent_ids[..n_first].iter().all(|i| !i.as_deref().unwrap().contains('#')));
        assert!(sent_ids[n_first..].iter().all(|i| i.as_deref().unwrap().ends_with("#2")));
    }

    #[test]
    fn child_text_columns_share_the_documents_text() {
        use arrow_array::cast::AsArray;
        let t = seeds(usize::MAX);
        let buffers = |table: &Table, col: &str| -> Vec<*const u8> {
            let a = table.batches[0].column_by_name(col).unwrap();
            a.as_string_view().data_buffers().iter().map(|b| b.as_ptr()).collect()
        };
        let docs = buffers(&t.documents, "text");
        assert_eq!(docs.len(), 1);
        for (table, col) in [(&t.sentences, "text"), (&t.mentions, "surface"), (&t.quotes, "text"), (&t.stances, "evidence"), (&t.dates, "surface")] {
            assert_eq!(buffers(table, col), docs, "{col} copies the text");
        }
        // and the views read the right text
        let text = t.documents.strings("text").unwrap();
        let first = t.sentences.strings("text").unwrap()[0].clone().unwrap();
        assert!(text[0].as_deref().unwrap().starts_with(&first));
    }
}
