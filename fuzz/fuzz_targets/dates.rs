#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (b, text) = common::split(data);
    let ms = _core::time::find_dates(&text, common::lang(b), common::anchor(b), &common::engine().dates);
    common::check_dates(&text, &ms);
    if let Some(sp) = _core::time::parse_date_field(&text, &common::engine().dates) {
        assert!(sp.start <= sp.end);
    }
});
