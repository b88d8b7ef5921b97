//! Near-duplicate detection: syndicated copies of one story across outlets.
//!
//! Each document's clean text becomes a set of word 3-shingles (lower-cased,
//! letters and digits only), summarized by a one-permutation MinHash signature of 128 16-bit values
//! (b-bit MinHash). Locality-sensitive hashing (64 bands of 2 rows) proposes candidate pairs;
//! a pair joins one cluster when its estimated Jaccard similarity is at least
//! [`THRESHOLD`]. Clusters are the connected components (union-find), named by
//! their first member in input order, so the result does not depend on the
//! thread count.

use rayon::prelude::*;

const HASHES: usize = 128;
const BANDS: usize = 64;
const ROWS: usize = HASHES / BANDS;
const SHINGLE: usize = 3;
/// Words of a document that enter its signature: a news story's copies share
/// their opening, and the bound keeps a huge document cheap.
const MAX_WORDS: usize = 4000;
/// Estimated Jaccard similarity of shingle sets above which two documents are copies.
pub const THRESHOLD: f64 = 0.45;

/// A MinHash signature (128 values of 16 bits: b-bit MinHash); `None` for texts too short to compare.
pub type Signature = Option<Box<[u16; HASHES]>>;

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer: a fast, well-distributed 64-bit permutation.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Adds one lower-cased code point to a word's running FNV-1a hash.
fn feed(h: u64, c: u32) -> u64 {
    (h ^ c as u64).wrapping_mul(FNV_PRIME)
}

/// Hashes of the first `MAX_WORDS` words (runs of letters and digits) of `text`:
/// FNV-1a over the word's lower-cased code points, finished with `mix`. One pass,
/// no allocation.
fn word_hashes(text: &str) -> Vec<u64> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity((text.len() / 6).min(MAX_WORDS));
    let mut i = 0;
    // running hash of the current word, and whether a word is open
    let (mut h, mut open) = (FNV_OFFSET, false);
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            // (one table load gives both the test and the lower-cased byte)
            let l = LOWER_ALNUM[b as usize];
            if l != 0 {
                h = feed(h, l as u32);
                open = true;
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_alphanumeric() {
                h = c.to_lowercase().fold(h, |h, l| feed(h, l as u32));
                open = true;
                continue;
            }
        }
        if open {
            out.push(mix(h));
            (h, open) = (FNV_OFFSET, false);
            if out.len() == MAX_WORDS {
                return out;
            }
        }
    }
    if open {
        out.push(mix(h));
    }
    out
}

/// ASCII letters and digits lower-cased; 0 for every other ASCII byte.
static LOWER_ALNUM: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

/// The MinHash signature (one permutation, densified) of a text's word 3-shingles
/// (None under 8 words).
pub fn signature(text: &str) -> Signature {
    let words = word_hashes(text);
    if words.len() < 8 {
        return None;
    }
    // One-permutation MinHash: each shingle is hashed once; the top bits pick one of
    // the 128 bins, 16 bits below them compete for that bin's minimum.
    let mut sig = Box::new([u16::MAX; HASHES]);
    let mut filled = [false; HASHES];
    for win in words.windows(SHINGLE) {
        // word hashes are already mixed: rotating them by position tells the three words
        // apart, and one more mix spreads the shingle over the bins
        let h = mix(win[0].rotate_left(42) ^ win[1].rotate_left(21) ^ win[2]);
        let bin = (h >> 57) as usize;
        sig[bin] = sig[bin].min((h >> 8) as u16);
        filled[bin] = true;
    }
    // Densification by rotation: an empty bin takes the next filled bin's value
    // (circularly), shifted by the distance, so that two texts agree on it exactly
    // when they agree on that bin.
    let src = *sig;
    for j in 0..HASHES {
        if !filled[j] {
            let k = (1..HASHES).find(|k| filled[(j + k) % HASHES]).unwrap_or(0);
            sig[j] = (mix(src[(j + k) % HASHES] as u64 ^ ((k as u64) << 40)) >> 8) as u16;
        }
    }
    Some(sig)
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u16; HASHES], b: &[u16; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// For each signature, the index of the first member of its cluster (itself when unique).
pub fn clusters_of(sigs: &[Signature]) -> Vec<usize> {
    // Bands are independent: each proposes the pairs (first member of a bucket, other
    // member) whose estimated similarity passes, in parallel; the union is serial. The
    // components (and their smallest member, the name) do not depend on the order.
    let edges: Vec<Vec<(u32, u32)>> = (0..BANDS)
        .into_par_iter()
        .map(|band| {
            let mut keys: Vec<(u64, u32)> = sigs
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    let s = s.as_ref()?;
                    let key = s[band * ROWS..(band + 1) * ROWS].iter().fold(band as u64, |acc, &v| mix(acc ^ v as u64));
                    Some((key, i as u32))
                })
                .collect();
            keys.sort_unstable();
            let mut out = Vec::new();
            for bucket in keys.chunk_by(|a, b| a.0 == b.0) {
                let first = bucket[0].1;
                for &(_, j) in &bucket[1..] {
                    if let (Some(x), Some(y)) = (&sigs[first as usize], &sigs[j as usize]) {
                        if similarity(x, y) >= THRESHOLD {
                            out.push((first, j));
                        }
                    }
                }
            }
            out
        })
        .collect();
    let mut parent: Vec<usize> = (0..sigs.len()).collect();
    for (a, b) in edges.into_iter().flatten() {
        let (a, b) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            parent[hi] = lo;
        }
    }
    (0..sigs.len()).map(|i| find(&mut parent, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

/// For each text, the index of the first text of its cluster (itself when unique).
pub fn clusters(texts: &[&str]) -> Vec<usize> {
    let sigs: Vec<Signature> = texts.iter().map(|t| signature(t)).collect();
    clusters_of(&sigs)
}

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
            .replace("earlier this month", "this month");
        let other = "Russia sent a train with thirty Orlov horses to Pyongyang, reopening the border for the \
            first time in two and a half years, the railway company said on November 2 in a statement.";
        let short = "Too short.";
        let texts = [STORY, reprint.as_str(), rewrite.as_str(), other, short, other];
        let c = clusters(&texts);
        assert_eq!(c, vec![0, 0, 0, 3, 4, 3]);
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_lower_cased() {
        let cases = ["", "  ", "Korea Utara", "KOREA utara", "“Kami” menolak—ya, 2022!", "Ünter ÜBER über", "a.b,c", "x", "naïve café"];
        for t in cases {
            let expected: Vec<u64> = t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| mix(w.to_lowercase().chars().fold(FNV_OFFSET, |h, c| feed(h, c as u32))))
                .collect();
            assert_eq!(word_hashes(t), expected, "{t:?}");
        }
        assert_eq!(word_hashes(&"kata ".repeat(MAX_WORDS + 10)).len(), MAX_WORDS);
    }

    #[test]
    fn estimates_follow_the_true_jaccard_similarity() {
        let base: Vec<String> = (0..500).map(|i| format!("kata{i}")).collect();
        let shingles = |w: &[String]| -> std::collections::HashSet<String> { w.windows(3).map(|x| x.join(" ")).collect() };
        for every in [2, 3, 5, 8, 13, 30, 100] {
            let other: Vec<String> = base.iter().enumerate().map(|(i, w)| if i % every == 0 { format!("lain{i}") } else { w.clone() }).collect();
            let (a, b) = (shingles(&base), shingles(&other));
            let exact = a.intersection(&b).count() as f64 / a.union(&b).count() as f64;
            let (sa, sb) = (signature(&base.join(" ")).unwrap(), signature(&other.join(" ")).unwrap());
            let est = similarity(&sa, &sb);
            // 128 values: the standard error is at most 0.045
            assert!((est - exact).abs() < 0.15, "every {every}: exact {exact:.3}, estimate {est:.3}");
        }
    }

    /// The serial definition the parallel bands must agree with.
    fn clusters_serial(sigs: &[Signature]) -> Vec<usize> {
        let mut parent: Vec<usize> = (0..sigs.len()).collect();
        for band in 0..BANDS {
            let mut buckets: std::collections::BTreeMap<u64, Vec<usize>> = Default::default();
            for (i, s) in sigs.iter().enumerate() {
                if let Some(s) = s {
                    let key = s[band * ROWS..(band + 1) * ROWS].iter().fold(band as u64, |acc, &v| mix(acc ^ v as u64));
                    buckets.entry(key).or_default().push(i);
                }
            }
            for members in buckets.values() {
                for &j in &members[1..] {
                    let (a, b) = (find(&mut parent, members[0]), find(&mut parent, j));
                    if a != b && similarity(sigs[members[0]].as_ref().unwrap(), sigs[j].as_ref().unwrap()) >= THRESHOLD {
                        parent[a.max(b)] = a.min(b);
                    }
                }
            }
        }
        (0..sigs.len()).map(|i| find(&mut parent, i)).collect()
    }

    #[test]
    fn parallel_bands_find_the_serial_clusters() {
        // 300 texts from 40 stories, each copy with a few words changed, some too short
        let texts: Vec<String> = (0..300)
            .map(|i| {
                let story = (i * 7) % 40;
                let words: Vec<String> = (0..120)
                    .map(|w| if (w * 7 + i) % (11 + i % 30) == 0 { format!("ganti{i}x{w}") } else { format!("s{story}w{w}") })
                    .collect();
                if i % 50 == 0 { "terlalu pendek".to_string() } else { words.join(" ") }
            })
            .collect();
        let sigs: Vec<Signature> = texts.iter().map(|t| signature(t)).collect();
        let got = clusters_of(&sigs);
        assert_eq!(got, clusters_serial(&sigs));
        let distinct: std::collections::BTreeSet<usize> = got.iter().copied().collect();
        assert!(distinct.len() > 40 && distinct.len() < 200, "{} clusters", distinct.len());
    }

    #[test]
    fn similarity_of_identical_texts_is_one() {
        let s = signature(STORY).unwrap();
        assert_eq!(similarity(&s, &s), 1.0);
        assert!(signature("a b c").is_none());
    }
}
