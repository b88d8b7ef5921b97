//! How fuzz inputs pick a language and an anchor: shared by the cargo-fuzz
//! targets (`fuzz/`) and the regression tests that replay their inputs.

use chrono::NaiveDate;

use crate::time::Anchor;

/// A language code (or none, or one without data) from the low bits of `b`.
pub fn lang(b: u8) -> Option<&'static str> {
    [None, Some("id"), Some("en"), Some("xx")][(b & 3) as usize]
}

/// An anchor from bits 2-3 of `b`: none, an ordinary day, or the extremes of the calendar.
pub fn anchor(b: u8) -> Anchor {
    let day = match (b >> 2) & 3 {
        0 => None,
        1 => NaiveDate::from_ymd_opt(2022, 9, 22),
        2 => NaiveDate::from_ymd_opt(1, 1, 1),
        _ => NaiveDate::from_ymd_opt(9999, 12, 31),
    };
    Anchor { date: day, bound: day.or(NaiveDate::from_ymd_opt(2026, 1, 15)) }
}
