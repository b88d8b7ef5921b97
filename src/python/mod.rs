//! The binding: the only module that uses pyo3. Every function converts its
//! arguments, releases the GIL (`py.detach`) for the work, and maps
//! [`crate::Error`] once to the Python exception hierarchy in `klaim._errors`.
//! Tables leave as Arrow C streams (`__arrow_c_stream__`), without copying.

use std::ffi::CString;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{RecordBatch, RecordBatchIterator};
use chrono::NaiveDate;
use pyo3::exceptions::{PyFileNotFoundError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict};

use crate::error::{Error, ErrorKind};
use crate::ingest::{ColumnMap, ErrorRow, ReadOptions, Record};
use crate::lexicon::Lexicon;
use crate::pipeline::{self, Engine, Options};
use crate::tables::{schema, Table};

/// Maps a core error to its Python exception (classes live in `klaim._errors`).
fn to_py(py: Python<'_>, e: Error) -> PyErr {
    let class = match e.kind {
        ErrorKind::NotFound => return PyFileNotFoundError::new_err(e.message),
        ErrorKind::Invalid => return PyValueError::new_err(e.message),
        ErrorKind::Io => "ReadError",
        ErrorKind::Decode => "DecodeError",
        ErrorKind::Record | ErrorKind::TooLarge => "RecordError",
        ErrorKind::Lexicon => "LexiconError",
        ErrorKind::Internal => "KlaimError",
    };
    match py.import("klaim._errors").and_then(|m| m.getattr(class)) {
        Ok(cls) => PyErr::from_value(cls.call1((e.message.clone(),)).unwrap_or_else(|err| err.into_value(py).into_bound(py).into_any())),
        Err(err) => err,
    }
}

fn parse_day(s: Option<&str>, what: &str) -> PyResult<Option<NaiveDate>> {
    s.map(|s| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| PyValueError::new_err(format!("{what} must be an ISO date (YYYY-MM-DD), got {s:?}")))
    })
    .transpose()
}

/// An Arrow table leaving Rust. `polars.DataFrame(table)` takes it without copying.
#[pyclass(module = "klaim._core", frozen, name = "Table")]
pub struct PyTable {
    table: Table,
}

#[pymethods]
impl PyTable {
    /// The Arrow PyCapsule stream interface.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(&self, py: Python<'py>, requested_schema: Option<Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema; // the schema is fixed; consumers cast if they must
        let schema = crate::tables::arrow_schema(self.table.schema);
        let reader = RecordBatchIterator::new(self.table.export().into_iter().map(Ok), schema);
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new(py, stream, Some(CString::new("arrow_array_stream").expect("no NUL")))
    }

    #[getter]
    fn name(&self) -> &'static str {
        self.table.schema.name
    }

    #[getter]
    fn num_rows(&self) -> usize {
        self.table.num_rows()
    }

    /// Number of record batches (polars chunks) the table leaves as.
    #[getter]
    fn num_batches(&self) -> usize {
        self.table.export().len()
    }

    fn __len__(&self) -> usize {
        self.table.num_rows()
    }

    fn __repr__(&self) -> String {
        format!("<klaim._core.Table {} with {} rows>", self.table.schema.name, self.table.num_rows())
    }
}

/// A validated lexicon (immutable; `extended` returns a new one).
#[pyclass(module = "klaim._core", frozen, name = "Lexicon")]
pub struct PyLexicon {
    lex: Arc<Lexicon>,
    /// Compiled on first use; the default lexicon's is the process-wide
    /// [`Engine::default_ref`], so every `Lexicon.default()` shares one compile.
    engine: OnceLock<Result<Engine, Error>>,
    default: bool,
}

impl PyLexicon {
    fn wrap(lex: Lexicon) -> Self {
        PyLexicon { lex: Arc::new(lex), engine: OnceLock::new(), default: false }
    }
    fn engine(&self) -> Result<&Engine, Error> {
        if self.default {
            return Ok(Engine::default_ref());
        }
        self.engine.get_or_init(|| Engine::new((*self.lex).clone())).as_ref().map_err(Clone::clone)
    }
}

#[pymethods]
impl PyLexicon {
    /// The lexicon that ships with klaim.
    #[staticmethod]
    fn default() -> Self {
        PyLexicon { default: true, ..PyLexicon::wrap(Lexicon::default_ref().clone()) }
    }

    /// Reads and validates a lexicon TOML file.
    #[staticmethod]
    fn from_toml(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        py.detach(|| Lexicon::from_file(&path)).map(PyLexicon::wrap).map_err(|e| to_py(py, e))
    }

    /// Parses lexicon TOML text; `origin` names it in errors.
    #[staticmethod]
    #[pyo3(signature = (text, origin="<string>"))]
    fn from_str(py: Python<'_>, text: &str, origin: &str) -> PyResult<Self> {
        Lexicon::from_toml_str(text, origin).map(PyLexicon::wrap).map_err(|e| to_py(py, e))
    }

    /// A new lexicon with `other` added to this one.
    fn extended(&self, py: Python<'_>, other: &PyLexicon) -> PyResult<Self> {
        let mut lex = (*self.lex).clone();
        lex.extend((*other.lex).clone()).map_err(|e| to_py(py, e))?;
        Ok(PyLexicon::wrap(lex))
    }

    /// Compiles the lexicon for every stage now (it is otherwise compiled on first use).
    fn compile(&self, py: Python<'_>) -> PyResult<()> {
        py.detach(|| self.engine().map(|_| ())).map_err(|e| to_py(py, e))
    }

    /// Actors as (id, name, kind, country, aliases as {lang: [alias]}) tuples.
    #[allow(clippy::type_complexity)]
    fn actors(&self) -> Vec<(String, String, &'static str, Option<String>, std::collections::BTreeMap<String, Vec<String>>)> {
        self.lex.actors.iter().map(|a| (a.id.clone(), a.name.clone(), a.kind.as_str(), a.country.clone(), a.aliases.clone())).collect()
    }

    /// Claims as (id, description) tuples.
    fn claims(&self) -> Vec<(String, String)> {
        self.lex.claims.iter().map(|c| (c.id().to_string(), c.description.clone())).collect()
    }

    /// Language codes with data.
    fn languages(&self) -> Vec<String> {
        self.lex.languages.keys().cloned().collect()
    }

    /// Files it was built from.
    fn sources(&self) -> Vec<String> {
        self.lex.sources.clone()
    }
}

fn pool(threads: Option<usize>) -> Result<Arc<rayon::ThreadPool>, Error> {
    // One pool per thread count, reused across calls (threads and their malloc
    // arenas stay warm), and rebuilt in a forked child, whose copy of the pool
    // has no threads: that keeps multiprocessing users safe.
    static POOLS: std::sync::Mutex<Vec<(u32, usize, Arc<rayon::ThreadPool>)>> = std::sync::Mutex::new(Vec::new());
    // threads=None: rayon's default (RAYON_NUM_THREADS, else one per core), keyed 0.
    let n = threads.map_or(0, |t| t.max(1));
    let pid = std::process::id();
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    if pools.iter().any(|(p, _, _)| *p != pid) {
        // A forked child: the parent's pools have no threads here; never touch them again.
        let stale: Vec<_> = pools.drain(..).filter(|(p, _, _)| *p != pid).collect();
        std::mem::forget(stale);
    }
    if let Some((_, _, pool)) = pools.iter().find(|(_, k, _)| *k == n) {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n) // 0 = rayon's default
        .thread_name(|i| format!("klaim-{i}"))
        .build()
        .map_err(|e| Error::new(ErrorKind::Internal, format!("cannot start {n} threads: {e}")))?;
    let pool = Arc::new(pool);
    pools.push((pid, n, pool.clone()));
    Ok(pool)
}

fn tables_dict<'py>(py: Python<'py>, t: pipeline::Tables) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (name, table) in t.named() {
        d.set_item(name, PyTable { table: table.clone() })?;
    }
    Ok(d)
}

fn column_map(columns: Option<std::collections::HashMap<String, String>>) -> PyResult<ColumnMap> {
    let mut m = ColumnMap::default();
    for (k, v) in columns.unwrap_or_default() {
        let slot = match k.as_str() {
            "text" => &mut m.text,
            "id" => &mut m.id,
            "date" => &mut m.date,
            "title" => &mut m.title,
            "outlet" => &mut m.outlet,
            "url" => &mut m.url,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown key {other:?} in columns; valid keys: text, id, date, title, outlet, url"
                )))
            }
        };
        *slot = Some(v);
    }
    Ok(m)
}

/// Records built on the Python side (Parquet files, DataFrames), column-wise.
#[derive(FromPyObject)]
struct PyRecords {
    #[pyo3(item)]
    doc_id: Vec<String>,
    #[pyo3(item)]
    path: Vec<String>,
    #[pyo3(item)]
    record: Vec<Option<u64>>,
    #[pyo3(item)]
    text: Vec<Option<String>>,
    #[pyo3(item)]
    title: Vec<Option<String>>,
    #[pyo3(item)]
    date: Vec<Option<String>>,
    #[pyo3(item)]
    outlet: Vec<Option<String>>,
    #[pyo3(item)]
    url: Vec<Option<String>>,
}

impl PyRecords {
    fn into_records(self) -> PyResult<(Vec<Record>, Vec<ErrorRow>)> {
        let n = self.doc_id.len();
        let lens = [self.path.len(), self.record.len(), self.text.len(), self.title.len(), self.date.len(), self.outlet.len(), self.url.len()];
        if lens.iter().any(|&l| l != n) {
            return Err(PyValueError::new_err("records: every column must have the same length"));
        }
        let mut recs = Vec::with_capacity(n);
        let mut errs = Vec::new();
        let cols = self.doc_id.into_iter().zip(self.path).zip(self.record).zip(self.text).zip(self.title).zip(self.date).zip(self.outlet).zip(self.url);
        for (((((((doc_id, path), record), text), title), date), outlet), url) in cols {
            match text {
                Some(text) => recs.push(Record { doc_id, path, record, text, title, date, outlet, url, encoding_issue: None }),
                None => errs.push(ErrorRow::new(&path, record, ErrorKind::Record, "text is null")),
            }
        }
        Ok((recs, errs))
    }
}

/// The largest `max_doc_bytes`: a document's clean text becomes one Arrow string view.
const MAX_DOC_BYTES: usize = 1 << 31;

/// An error row as Python sees it: (path, record, kind, message).
type PyErrorRow = (String, Option<u64>, String, String);

/// Expands files and directories into the files to read, plus listing errors
/// as (path, record, kind, message). A missing path raises FileNotFoundError.
#[pyfunction]
fn expand_paths(py: Python<'_>, paths: Vec<PathBuf>, extensions: Vec<String>) -> PyResult<(Vec<String>, Vec<PyErrorRow>)> {
    let ext: Vec<&str> = extensions.iter().map(String::as_str).collect();
    let (files, errs) = py.detach(|| pipeline::expand_paths(&paths, &ext)).map_err(|e| to_py(py, e))?;
    Ok((
        files.into_iter().map(|p| p.display().to_string()).collect(),
        errs.into_iter().map(|e| (e.path, e.record, e.kind.as_str().to_string(), e.message)).collect(),
    ))
}

/// Reads files and records into every table (dict of name -> Table).
#[pyfunction]
#[pyo3(signature = (files, records=None, errors=None, *, lexicon=None, columns=None, reference=None, today, strict=false, threads=None, max_doc_bytes=10485760, progress=None, chunk=512))]
#[allow(clippy::too_many_arguments)]
fn read<'py>(
    py: Python<'py>,
    files: Vec<PathBuf>,
    records: Option<PyRecords>,
    errors: Option<Vec<PyErrorRow>>,
    lexicon: Option<Bound<'py, PyLexicon>>,
    columns: Option<std::collections::HashMap<String, String>>,
    reference: Option<String>,
    today: String,
    strict: bool,
    threads: Option<usize>,
    max_doc_bytes: usize,
    progress: Option<Py<PyAny>>,
    chunk: usize,
) -> PyResult<Bound<'py, PyDict>> {
    if max_doc_bytes > MAX_DOC_BYTES {
        return Err(PyValueError::new_err(format!(
            "max_doc_bytes is at most {MAX_DOC_BYTES} (2 GiB: a document's text is one Arrow string), got {max_doc_bytes}"
        )));
    }
    let opts = Options {
        read: ReadOptions { columns: column_map(columns)?, max_doc_bytes },
        reference: parse_day(reference.as_deref(), "reference_date")?,
        today: parse_day(Some(&today), "today")?.expect("given"),
        strict,
        chunk,
        part_bytes: pipeline::PART_BYTES,
    };
    let (extra, mut pre) = match records {
        Some(r) => r.into_records()?,
        None => (Vec::new(), Vec::new()),
    };
    for (path, record, kind, message) in errors.unwrap_or_default() {
        let k = match kind.as_str() {
            "decode" => ErrorKind::Decode,
            "record" => ErrorKind::Record,
            "too_large" => ErrorKind::TooLarge,
            "not_found" => ErrorKind::NotFound,
            _ => ErrorKind::Io,
        };
        pre.push(ErrorRow::new(&path, record, k, message));
    }
    let lex = lexicon.as_ref().map(|l| l.get());
    // Between steps, on this (the calling) thread: Ctrl-C is noticed and the
    // progress callback runs. A Python exception stops the run and is re-raised.
    let mut raised: Option<PyErr> = None;
    let result = py.detach(|| -> Result<pipeline::Tables, Error> {
        let engine = match lex {
            Some(l) => l.engine()?,
            None => Engine::default_ref(),
        };
        let pool = pool(threads)?;
        let mut step = |done: usize, total: usize| -> Result<(), Error> {
            Python::attach(|py| {
                let r = py.check_signals().and_then(|_| match &progress {
                    Some(cb) => cb.call1(py, (done, total)).map(|_| ()),
                    None => Ok(()),
                });
                r.map_err(|e| {
                    raised = Some(e);
                    Error::new(ErrorKind::Internal, "interrupted")
                })
            })
        };
        pipeline::run(engine, &files, extra, pre, &opts, Some(&pool), &mut step)
    });
    if let Some(e) = raised {
        return Err(e);
    }
    tables_dict(py, result.map_err(|e| to_py(py, e))?)
}

/// `klaim.find_dates` backend.
#[pyfunction]
#[pyo3(signature = (texts, *, reference=None, language=None, lexicon=None))]
fn find_dates(
    py: Python<'_>,
    texts: Vec<String>,
    reference: Option<String>,
    language: Option<String>,
    lexicon: Option<Bound<'_, PyLexicon>>,
) -> PyResult<PyTable> {
    let reference = parse_day(reference.as_deref(), "reference")?;
    let lex = lexicon.as_ref().map(|l| l.get());
    let batch = py
        .detach(|| -> Result<RecordBatch, Error> {
            let engine = match lex {
                Some(l) => l.engine()?,
                None => Engine::default_ref(),
            };
            let pool = pool(None)?;
            Ok(pool.install(|| pipeline::find_dates_table(engine, &texts, reference, language.as_deref())))
        })
        .map_err(|e| to_py(py, e))?;
    Ok(PyTable { table: Table::new(&schema::FOUND_DATES, vec![batch]) })
}

/// Returns the memory the allocator holds freed to the operating system (mimalloc's
/// `mi_collect`); does nothing in a build without mimalloc. `scan_corpus` calls it
/// between batches, so that a finished batch's working memory does not stay mapped for
/// the allocator's purge delay while the next batch runs.
#[pyfunction]
fn release_memory(py: Python<'_>) {
    py.detach(|| {
        #[cfg(feature = "mimalloc")]
        crate::alloc::collect();
    })
}

/// Every table's columns: {table: [(name, dtype, nullable, doc)]}.
#[pyfunction]
fn schemas() -> std::collections::BTreeMap<&'static str, Vec<(&'static str, &'static str, bool, &'static str)>> {
    schema::ALL.iter().map(|t| (t.name, t.columns.iter().map(|c| (c.name, c.dtype.name(), c.nullable, c.doc)).collect())).collect()
}

/// The column names tried for each field of a tabular input, in order
/// (the one list, `ingest::DEFAULT_COLUMNS`, also used for Parquet and frames).
#[pyfunction]
fn default_columns() -> std::collections::BTreeMap<&'static str, Vec<&'static str>> {
    crate::ingest::DEFAULT_COLUMNS.iter().map(|(field, names)| (*field, names.to_vec())).collect()
}

/// Empty tables with the right schema (for empty corpora and tests).
#[pyfunction]
fn empty_table(name: &str) -> PyResult<PyTable> {
    let t = schema::ALL
        .iter()
        .find(|t| t.name == name)
        .ok_or_else(|| PyValueError::new_err(format!("no table named {name:?}")))?;
    Ok(PyTable { table: Table::empty(t) })
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    #[cfg(feature = "mimalloc")]
    crate::alloc::configure();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyTable>()?;
    m.add_class::<PyLexicon>()?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(expand_paths, m)?)?;
    m.add_function(wrap_pyfunction!(find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(schemas, m)?)?;
    m.add_function(wrap_pyfunction!(release_memory, m)?)?;
    m.add_function(wrap_pyfunction!(default_columns, m)?)?;
    m.add_function(wrap_pyfunction!(empty_table, m)?)?;
    Ok(())
}
