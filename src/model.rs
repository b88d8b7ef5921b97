//! Small value types shared by every stage.

use chrono::NaiveDate;

/// How precise a date is. The interval `date ..= end_date` always spans the
/// whole unit (a `Month` runs from the 1st to the last day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
        }
    }
}

/// A resolved date interval, inclusive at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl DateSpan {
    pub fn day(d: NaiveDate) -> Self {
        DateSpan { start: d, end: d, precision: Precision::Day }
    }
}

/// Days since 1970-01-01, the Arrow `Date32` value of a date.
pub fn date32(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32
}

/// Converts many sorted-or-unsorted byte offsets of one text into code-point
/// offsets in one pass over the text.
pub struct CharIndex {
    /// (byte, chars) checkpoints every 64 bytes of non-ASCII text; empty for ASCII text.
    checkpoints: Vec<(usize, usize)>,
    ascii: bool,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex { checkpoints: Vec::new(), ascii: true };
        }
        // a checkpoint at the first char boundary at least 64 bytes after the last one; the
        // chars of a block are its bytes that are no UTF-8 continuation byte
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(text.len() / 64 + 2);
        let mut chars = 0usize;
        let mut b = 0usize;
        while b < bytes.len() {
            checkpoints.push((b, chars));
            let mut e = (b + 64).min(bytes.len());
            while e < bytes.len() && bytes[e] & 0xC0 == 0x80 {
                e += 1;
            }
            chars += bytes[b..e].iter().filter(|&&x| x & 0xC0 != 0x80).count();
            b = e;
        }
        checkpoints.push((text.len(), chars));
        CharIndex { checkpoints, ascii: false }
    }

    /// Code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn to_char(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        if self.ascii {
            return byte;
        }
        let i = match self.checkpoints.binary_search_by(|(b, _)| b.cmp(&byte)) {
            Ok(i) => return self.checkpoints[i].1,
            Err(i) => i - 1,
        };
        let (b0, c0) = self.checkpoints[i];
        c0 + text[b0..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let t = "“Kami” menolak — ya";
        let idx = CharIndex::new(t);
        for (b, _) in t.char_indices() {
            assert_eq!(idx.to_char(t, b), t[..b].chars().count());
        }
        assert_eq!(idx.to_char(t, t.len()), t.chars().count());
        assert_eq!(CharIndex::new("abc").to_char("abc", 2), 2);
        // many checkpoints, with 2-, 3- and 4-byte chars across the 64-byte blocks
        let long = "Rusia — “Kami” é 😀 menolak; ".repeat(40);
        let idx = CharIndex::new(&long);
        for (b, _) in long.char_indices() {
            assert_eq!(idx.to_char(&long, b), long[..b].chars().count(), "byte {b}");
        }
        assert_eq!(idx.to_char(&long, long.len()), long.chars().count());
    }

    #[test]
    fn date32_is_days_since_epoch() {
        assert_eq!(date32(NaiveDate::from_ymd_opt(1970, 1, 2).unwrap()), 1);
        assert_eq!(date32(NaiveDate::from_ymd_opt(2022, 9, 22).unwrap()), 19257);
    }
}
