//! Bad and good inputs: every record ends as a `Record` or an `ErrorRow`.

use std::path::Path;

use super::*;

fn read(name: &str, bytes: &[u8]) -> (Vec<Record>, Vec<ErrorRow>) {
    read_bytes(name, Path::new(name), bytes, &ReadOptions::default())
}

/// (file name, bytes, documents expected, errors expected, substring of the first error or encoding issue)
const CASES: &[(&str, &[u8], usize, usize, &str)] = &[
    ("a.txt", b"Korea Utara membantah.", 1, 0, ""),
    ("empty.txt", b"", 0, 1, "empty"),
    ("blank.txt", b"  \n\t \r\n ", 0, 1, "whitespace"),
    ("cp1252.txt", b"Caf\xe9 \x93quoted\x94 text", 1, 0, "windows-1252"),
    ("bom.txt", b"\xef\xbb\xbfHello world.", 1, 0, ""),
    ("utf16.txt", b"\xff\xfeH\x00i\x00!\x00", 1, 0, "utf-16le"),
    ("utf16be.txt", b"\xfe\xff\x00H\x00i", 1, 0, "utf-16be"),
    ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0, 1, "PNG"),
    ("z.txt", b"PK\x03\x04\x14\x00\x00\x00", 0, 1, "ZIP"),
    ("bin.txt", b"\x00\x01\x02\x03\x00\x00\x00\x05\x06\x07abc", 0, 1, "binary"),
    ("nul.txt", b"Some text with one\x00 NUL byte in a long enough sentence to be text, yes indeed it is.", 1, 0, "nul-bytes-removed"),
    ("ok.jsonl", b"{\"text\": \"one\"}\n\n{\"content\": \"two\", \"id\": 7}\n", 2, 0, ""),
    ("bad.jsonl", b"{\"text\": \"one\"}\n{not json\n{\"text\": \"three\"}\n", 2, 1, "bad.jsonl:2"),
    ("crlf.jsonl", b"{\"text\": \"one\"}\r\n{not json\r\n{\"text\": \"three\"}\r\n", 2, 1, "crlf.jsonl:2"),
    ("mac.jsonl", b"{\"text\": \"one\"}\r{not json\r{\"text\": \"three\"}\r", 2, 1, "mac.jsonl:2"),
    ("notext.jsonl", b"{\"title\": \"x\"}\n", 0, 1, "no text field"),
    ("nulltext.jsonl", b"{\"text\": null}\n", 0, 1, "null"),
    ("arr.jsonl", b"[1,2]\n", 0, 1, "not a JSON object"),
    // a bad line that starts like a UTF-16 BOM is Windows-1252, and keeps its line end
    ("bomline.jsonl", b"\n\xff\xfe\n\x00      !\n{\"text\": \"three\"}\n", 1, 2, "bomline.jsonl:2"),
    ("a.json", b"[{\"isi\": \"satu\"}, {\"isi\": \"dua\"}, 3]", 2, 1, "not a JSON object"),
    ("wrapped.json", b"{\"articles\": [{\"body\": \"x\"}]}", 1, 0, ""),
    ("broken.json", b"[{\"text\": ", 0, 1, "invalid JSON"),
    ("ok.csv", b"id,text,date\n1,\"Hello, world\",2022-11-08\n2,second,\n", 2, 0, ""),
    ("notext.csv", b"id,judul\n1,x\n", 0, 1, "no text column"),
    ("short.csv", b"id,text\n1\n2,ok\n", 1, 1, "no text column"),
    ("header.csv", b"id,text\n", 0, 1, "no rows"),
];

#[test]
fn every_record_is_a_document_or_an_error() {
    for &(name, bytes, docs, errs, want) in CASES {
        let (d, e) = read(name, bytes);
        assert_eq!((d.len(), e.len()), (docs, errs), "{name}: docs {d:?} errors {e:?}");
        if !want.is_empty() {
            let got = e
                .first()
                .map(|e| e.to_error().message)
                .or_else(|| d.first().and_then(|r| r.encoding_issue.clone()))
                .unwrap_or_default();
            assert!(got.contains(want), "{name}: {got:?} lacks {want:?}");
        }
    }
}

#[test]
fn ids_and_fields_come_from_columns() {
    let (d, _) = read("x.jsonl", b"{\"text\": \"one\"}\n{\"content\": \"two\", \"id\": 7, \"tanggal\": \"8/11/2022\", \"judul\": \"J\"}\n");
    assert_eq!(d[0].doc_id, "x.jsonl:1");
    assert_eq!(d[1].doc_id, "7");
    assert_eq!(d[1].date.as_deref(), Some("8/11/2022"));
    assert_eq!(d[1].title.as_deref(), Some("J"));
    let opts = ReadOptions {
        columns: ColumnMap { text: Some("isi_berita".into()), date: Some("tgl".into()), ..Default::default() },
        ..Default::default()
    };
    let (d, e) = read_bytes("m.csv", Path::new("m.csv"), b"isi_berita,tgl\nabc,2024-01-02\n", &opts);
    assert!(e.is_empty(), "{e:?}");
    assert_eq!((d[0].text.as_str(), d[0].date.as_deref()), ("abc", Some("2024-01-02")));
    let (d, e) = read_bytes("m.csv", Path::new("m.csv"), b"text,tgl\nabc,2024-01-02\n", &opts);
    assert!(d.is_empty() && e[0].message.contains("\"isi_berita\" is not among"), "{e:?}");
}

#[test]
fn oversized_documents_are_errors_not_truncated() {
    let opts = ReadOptions { max_doc_bytes: 10, ..Default::default() };
    let (d, e) = read_bytes("big.txt", Path::new("big.txt"), b"0123456789 too long", &opts);
    assert!(d.is_empty());
    assert_eq!(e[0].kind, ErrorKind::TooLarge);
    assert!(e[0].message.contains("19 bytes"), "{}", e[0].message);
}

#[test]
fn txt_doc_id_is_the_file_stem() {
    let (d, _) = read_bytes("dir/000_abc.txt", Path::new("dir/000_abc.txt"), b"x y", &ReadOptions::default());
    assert_eq!(d[0].doc_id, "000_abc");
    assert_eq!(d[0].record, None);
}

#[test]
fn one_latin1_line_does_not_garble_the_others() {
    let bytes = b"{\"id\": \"a\", \"text\": \"\xe2\x80\x9cKami\xe2\x80\x9d membantah\"}\n{\"id\": \"b\", \"text\": \"caf\xe9\"}\n";
    let (d, e) = read("mixed.jsonl", bytes);
    assert!(e.is_empty(), "{e:?}");
    assert_eq!((d[0].text.as_str(), d[0].encoding_issue.as_deref()), ("\u{201c}Kami\u{201d} membantah", None));
    assert_eq!((d[1].text.as_str(), d[1].encoding_issue.as_deref()), ("caf\u{e9}", Some("windows-1252")));
    let (d, _) = read("mixed.csv", b"id,text\n1,\"multi\nline \xe9\"\n2,fine\n");
    assert_eq!(d[0].encoding_issue.as_deref(), Some("windows-1252"));
    assert_eq!(d[1].encoding_issue.as_deref(), None);
}
