#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (b, text) = common::split(data);
    common::process(text, if b & 16 != 0 { Some("2022-09-22") } else { None }, common::anchor(b).date);
});
