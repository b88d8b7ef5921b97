//! Embeds the default lexicon: every `*.toml` under `python/klaim/data/lexicon/`
//! becomes part of `Lexicon::default()`, so adding a default data file needs no
//! code change.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("python/klaim/data/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    files.sort();
    let mut out = String::from("/// (file name, contents) of the default lexicon files.\npub static DEFAULT_FILES: &[(&str, &str)] = &[\n");
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let abs = fs::canonicalize(p).expect("canonical path");
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            p.file_name().unwrap().to_string_lossy(),
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("default_lexicon.rs");
    fs::write(dest, out).expect("write default_lexicon.rs");
}
