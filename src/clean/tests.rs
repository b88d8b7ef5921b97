//! Tests of the cleaner.
use super::*;

#[test]
fn dump_seeds() {
    let r = CleanRules::default_ref();
    for raw in [
        include_str!("../../corpus/000_41a5ee3b61c58a9c.txt"),
        include_str!("../../corpus/001_ed4e84306170659b.txt"),
        include_str!("../../corpus/002_9bc54f710414059f.txt"),
        include_str!("../../corpus/003_57fa5d84563b21c3.txt"),
        include_str!("../../corpus/004_3a2ed5cd9f139673.txt"),
    ] {
        let c = clean(raw, r);
        println!("==== title={:?} outlet={:?} wire={:?} editor={:?} author={:?} dateline={:?} hd={:?} lang={:?} n={}",
            c.title, c.outlet, c.wire, c.editor, c.author, c.dateline, c.header_date, c.language, c.sentences.len());
        for (i, &(s, e)) in c.sentences.iter().enumerate() {
            println!("  [{i}] {}", &c.text[s..e]);
        }
    }
}
