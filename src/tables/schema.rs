//! Every column name and dtype of every table, in one place.
//!
//! Offsets (`start`, `end`) are code-point offsets (Python string indices) into
//! `documents.text`, end exclusive. Dates are Arrow `Date32`; intervals are
//! inclusive (`date ..= end_date`).

/// Column types, as Arrow types that polars takes without copying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    /// `Utf8View` (polars `String`).
    Str,
    Int64,
    Int32,
    Int8,
    Float32,
    Bool,
    /// `Date32` (polars `Date`).
    Date,
    /// `LargeList<Utf8View>` (polars `List[String]`).
    StrList,
}

impl DType {
    pub fn name(self) -> &'static str {
        match self {
            DType::Str => "str",
            DType::Int64 => "i64",
            DType::Int32 => "i32",
            DType::Int8 => "i8",
            DType::Float32 => "f32",
            DType::Bool => "bool",
            DType::Date => "date",
            DType::StrList => "list[str]",
        }
    }
}

/// A column: name, type, whether it can be null, and what it holds.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub dtype: DType,
    pub nullable: bool,
    pub doc: &'static str,
}

const fn c(name: &'static str, dtype: DType, nullable: bool, doc: &'static str) -> Column {
    Column { name, dtype, nullable, doc }
}

use DType::*;

/// A table's name and columns.
#[derive(Debug, Clone, Copy)]
pub struct TableSchema {
    pub name: &'static str,
    pub doc: &'static str,
    pub columns: &'static [Column],
}

pub static DOCUMENTS: TableSchema = TableSchema {
    name: "documents",
    doc: "one row per article",
    columns: &[
        c("doc_id", Str, false, "file stem for .txt; the id column or <file>:<record> otherwise"),
        c("path", Str, false, "the file it came from"),
        c("record", Int64, true, "1-based line/row/element number in a tabular file; null for .txt"),
        c("language", Str, true, "ISO 639-1 code, null when unsure"),
        c("title", Str, true, "headline (title column, or a headline line at the top)"),
        c("outlet", Str, true, "publishing outlet (KONTAN.CO.ID -> Kontan; a news agency credited in the dateline of a text naming no other outlet)"),
        c("wire", Str, true, "news agency credited as the source (Sumber: Reuters)"),
        c("editor", Str, true, "editor named in the furniture"),
        c("author", Str, true, "author or initials (FJR, ft/ah)"),
        c("dateline", Str, true, "place of the dateline (Pyongyang)"),
        c("url", Str, true, "url column of the input"),
        c("pub_date", Date, true, "publication date: start of its window; null when the text gives none"),
        c("pub_date_end", Date, true, "end of the publication date window (inclusive)"),
        c("pub_date_precision", Str, true, "day, week, month or year"),
        c("anchor_date", Date, true, "the day relative dates were resolved against"),
        c("text", Str, false, "the clean body; every offset points into it"),
        c("n_sentences", Int32, false, "number of sentences"),
        c("n_chars", Int64, false, "length of text in code points"),
        c("content_hash", Str, false, "xxh3-64 of the clean text, hex"),
        c("cluster_id", Str, false, "doc_id of the first copy of this story among its near-duplicates (itself when unique)"),
        c("encoding_issue", Str, true, "how undecodable bytes were handled (windows-1252, utf-16le ...), null if clean"),
    ],
};

pub static SENTENCES: TableSchema = TableSchema {
    name: "sentences",
    doc: "one row per sentence",
    columns: &[
        c("doc_id", Str, false, "document"),
        c("sentence_id", Int32, false, "0-based index in the document"),
        c("start", Int64, false, "code-point offset into documents.text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("text", Str, false, "the sentence"),
        c("date", Date, true, "the date its statement refers to (own expression, else the reporting date)"),
        c("date_end", Date, true, "end of that date's window"),
        c("date_precision", Str, true, "day, week, month or year"),
    ],
};

pub static DATES: TableSchema = TableSchema {
    name: "dates",
    doc: "one row per temporal expression",
    columns: &[
        c("doc_id", Str, false, "document"),
        c("sentence_id", Int32, false, "sentence"),
        c("start", Int64, false, "code-point offset into documents.text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("surface", Str, false, "the expression as written"),
        c("date", Date, true, "start of the interval; null when unresolved"),
        c("end_date", Date, true, "end of the interval (inclusive)"),
        c("precision", Str, true, "day, week, month, quarter or year"),
        c("relative", Bool, false, "resolved against the anchor (pekan lalu, on Thursday)"),
        c("weekday_conflict", Bool, false, "the weekday written contradicts the date (kept as written)"),
    ],
};

pub static MENTIONS: TableSchema = TableSchema {
    name: "mentions",
    doc: "one row per actor mention",
    columns: &[
        c("doc_id", Str, false, "document"),
        c("sentence_id", Int32, false, "sentence"),
        c("start", Int64, false, "code-point offset into documents.text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("surface", Str, false, "as written"),
        c("actor_id", Str, false, "lexicon id (PRK, john_kirby, KCNA)"),
        c("country", Str, true, "state or IGO the actor speaks for"),
        c("kind", Str, false, "state, igo, person, organization or media"),
    ],
};

pub static QUOTES: TableSchema = TableSchema {
    name: "quotes",
    doc: "one row per statement (direct quote or reported speech)",
    columns: &[
        c("doc_id", Str, false, "document"),
        c("sentence_id", Int32, false, "sentence where it starts"),
        c("start", Int64, false, "code-point offset into documents.text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("text", Str, false, "the statement"),
        c("speaker_id", Str, true, "lexicon id of the speaker"),
        c("country", Str, true, "state or IGO the speaker speaks for"),
        c("cue", Str, false, "reporting verb or phrase"),
        c("direct", Bool, false, "a direct quote (true) or reported speech"),
    ],
};

pub static STANCES: TableSchema = TableSchema {
    name: "stances",
    doc: "one row per (statement, claim): who asserts, denies or hedges what",
    columns: &[
        c("doc_id", Str, false, "document"),
        c("sentence_id", Int32, false, "sentence"),
        c("speaker_id", Str, true, "lexicon id of the speaker; null for the writer or an unknown speaker"),
        c("speaker", Str, true, "the speaker as written, most specific form"),
        c("country", Str, true, "state or IGO the speaker speaks for; null for non-state voices"),
        c("claim", Str, false, "claim id"),
        c("stance", Str, false, "assert, deny or hedge"),
        c("polarity", Int8, false, "+1 assert, -1 deny, 0 hedge"),
        c("date", Date, true, "when the statement was made (start of its window)"),
        c("date_end", Date, true, "end of the statement date window"),
        c("date_precision", Str, true, "day, week, month or year"),
        c("event_date", Date, true, "when the claimed event happened, where the sentence says"),
        c("via", StrList, false, "relays the statement came through (state media, wires)"),
        c("cue", Str, false, "the cue that decided the stance"),
        c("evidence", Str, false, "the sentence or quote"),
        c("start", Int64, false, "code-point offset of the evidence into documents.text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("confidence", Float32, false, "rule confidence, 0..1"),
    ],
};

pub static ERRORS: TableSchema = TableSchema {
    name: "errors",
    doc: "one row per input that could not become a document",
    columns: &[
        c("path", Str, false, "file"),
        c("record", Int64, true, "1-based line/row/element number; null for a whole file"),
        c("kind", Str, false, "not_found, io, decode, record, too_large, internal"),
        c("message", Str, false, "what went wrong"),
    ],
};

pub static FOUND_DATES: TableSchema = TableSchema {
    name: "found_dates",
    doc: "klaim.find_dates: one row per temporal expression in a list of texts",
    columns: &[
        c("text_id", Int64, false, "index into the list of texts"),
        c("start", Int64, false, "code-point offset into the text"),
        c("end", Int64, false, "end offset, exclusive"),
        c("surface", Str, false, "the expression as written"),
        c("date", Date, true, "start of the interval; null when unresolved"),
        c("end_date", Date, true, "end of the interval (inclusive)"),
        c("precision", Str, true, "day, week, month, quarter or year"),
        c("relative", Bool, false, "resolved against the reference date"),
        c("weekday_conflict", Bool, false, "the weekday written contradicts the date"),
    ],
};

/// Every table klaim builds, in the order of `pipeline::Tables`.
pub static ALL: [&TableSchema; 8] = [&DOCUMENTS, &SENTENCES, &DATES, &MENTIONS, &QUOTES, &STANCES, &ERRORS, &FOUND_DATES];
