#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (_, text) = common::split(data);
    common::check_cleaned(&_core::clean::clean(&text, &common::engine().clean));
});
