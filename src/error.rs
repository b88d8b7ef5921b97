//! The one error type of the core. `python/` maps each [`ErrorKind`] once to a
//! named Python exception (`klaim.KlaimError` and subclasses).

use std::fmt;

/// What went wrong, coarse enough to pick a Python exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A path does not exist (-> `FileNotFoundError`).
    NotFound,
    /// Reading a file failed for another OS reason (-> `klaim.ReadError(OSError)`).
    Io,
    /// The bytes could not be decoded as text (-> `klaim.DecodeError(ValueError)`).
    Decode,
    /// A record is malformed: bad JSON, CSV, missing text column (-> `klaim.RecordError(ValueError)`).
    Record,
    /// A document is larger than the configured limit (-> `klaim.RecordError`).
    TooLarge,
    /// A lexicon file is invalid (-> `klaim.LexiconError(ValueError)`).
    Lexicon,
    /// An argument is invalid (-> `ValueError`).
    Invalid,
    /// A bug: a panic caught at the boundary (-> `klaim.KlaimError`).
    Internal,
}

impl ErrorKind {
    /// The stable name used in the `errors` table's `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::Io => "io",
            ErrorKind::Decode => "decode",
            ErrorKind::Record => "record",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Lexicon => "lexicon",
            ErrorKind::Invalid => "invalid",
            ErrorKind::Internal => "internal",
        }
    }
}

/// An error with its kind and a message meant for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }
    pub fn lexicon(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Lexicon, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Invalid, message)
    }
    pub fn record(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Record, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
