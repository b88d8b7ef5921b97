//! Near-duplicate detection: syndicated copies of one story across outlets.
//!
//! Each document's clean text becomes a set of word 3-shingles (lower-cased,
//! letters and digits only), summarized by a 64-value MinHash signature.
//! Locality-sensitive hashing (32 bands of 2 rows) proposes candidate pairs;
//! a pair joins one cluster when its estimated Jaccard similarity is at least
//! [`THRESHOLD`]. Clusters are the connected components (union-find), named by
//! their first member in input order, so the result does not depend on the
//! thread count.

use std::collections::HashMap;

use rayon::prelude::*;

const HASHES: usize = 64;
const BANDS: usize = 32;
const ROWS: usize = HASHES / BANDS;
const SHINGLE: usize = 3;
/// Words of a document that enter its signature: a news story's copies share
/// their opening, and the bound keeps a huge document cheap.
const MAX_WORDS: usize = 4000;
/// Estimated Jaccard similarity of shingle sets above which two documents are copies.
pub const THRESHOLD: f64 = 0.45;

/// A MinHash signature; `None` for texts too short to compare.
pub type Signature = Option<[u64; HASHES]>;

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer: a fast, well-distributed 64-bit permutation.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The MinHash signature of a text's word 3-shingles (None under 8 words).
pub fn signature(text: &str) -> Signature {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(|w| {
            let lower = w.to_lowercase();
            xxhash_rust::xxh3::xxh3_64(lower.as_bytes())
        })
        .collect();
    if words.len() < 8 {
        return None;
    }
    let mut sig = [u64::MAX; HASHES];
    for win in words.windows(SHINGLE) {
        let base = win.iter().fold(0u64, |acc, &w| mix(acc.rotate_left(21) ^ w));
        // 64 hash functions from two mixes (h_i = a + i*b), not 64 full mixes.
        let a = mix(base);
        let b = mix(base ^ 0x9e37_79b9_7f4a_7c15) | 1;
        for (i, slot) in sig.iter_mut().enumerate() {
            *slot = (*slot).min(a.wrapping_add((i as u64).wrapping_mul(b)));
        }
    }
    Some(sig)
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u64; HASHES], b: &[u64; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// For each text, the index of the first text of its cluster (itself when unique).
pub fn clusters(texts: &[&str]) -> Vec<usize> {
    let sigs: Vec<Signature> = texts.par_iter().map(|t| signature(t)).collect();
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    for band in 0..BANDS {
        let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, s) in sigs.iter().enumerate() {
            if let Some(s) = s {
                let key = s[band * ROWS..(band + 1) * ROWS].iter().fold(band as u64, |acc, &v| mix(acc ^ v));
                buckets.entry(key).or_default().push(i);
            }
        }
        for members in buckets.values() {
            let first = members[0];
            for &j in &members[1..] {
                let (a, b) = (find(&mut parent, first), find(&mut parent, j));
                if a == b {
                    continue;
                }
                if let (Some(x), Some(y)) = (&sigs[first], &sigs[j]) {
                    if similarity(x, y) >= THRESHOLD {
                        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                        parent[hi] = lo;
                    }
                }
            }
        }
    }
    (0..texts.len()).map(|i| find(&mut parent, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "North Korea on Thursday denied that it had supplied weapons or ammunition to Russia, \
        saying it had never exported arms to Moscow and had no plans to do so, according to a statement \
        carried by the state news agency KCNA. The United States had said earlier this month that Russia \
        was buying millions of rockets and artillery shells from North Korea for the war in Ukraine.";

    #[test]
    fn copies_cluster_and_other_stories_do_not() {
        // A reprint with an outlet's opener and a trimmed last sentence.
        let reprint = format!("SEOUL (Reuters) - {}", &STORY[..STORY.len() - 40]);
        // A light rewrite: a few words changed, as an editor or a translation engine would.
        let rewrite = STORY
            .replace("on Thursday denied", "denied on Thursday")
            .replace("state news agency", "official news agency")
            .replace("millions of", "millions of")
            .replace("earlier this month", "this month");
        let other = "Russia sent a train with thirty Orlov horses to Pyongyang, reopening the border for the \
            first time in two and a half years, the railway company said on November 2 in a statement.";
        let short = "Too short.";
        let texts = [STORY, reprint.as_str(), rewrite.as_str(), other, short, other];
        let c = clusters(&texts);
        assert_eq!(c, vec![0, 0, 0, 3, 4, 3]);
    }

    #[test]
    fn similarity_of_identical_texts_is_one() {
        let s = signature(STORY).unwrap();
        assert_eq!(similarity(&s, &s), 1.0);
        assert!(signature("a b c").is_none());
    }
}
