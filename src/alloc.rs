//! The global allocator of the Python build: mimalloc, called the way the standard
//! library calls `malloc`.
//!
//! The `mimalloc` crate's allocator sends every request through `mi_malloc_aligned`, whose
//! alignment checks cost about as much as the allocation itself (callgrind, 1,000 news
//! articles: 1.76 M allocations, 83 M instructions). Every mimalloc block is aligned to at
//! least the machine word, so requests that need no more than that go to `mi_malloc`,
//! `mi_zalloc` and `mi_realloc` directly, as `std::alloc::System` does with `malloc`; the
//! rest (Arrow buffers ask for 64 or 128 bytes) keep the aligned calls.
//!
//! mimalloc is built without transparent huge pages (the `no_thp` feature of
//! `libmimalloc-sys`): by default it marks its arenas `MADV_HUGEPAGE`, so the kernel zeroes
//! 2 MiB at the first touch of each, and in a virtual machine whose host backs guest memory
//! lazily every one of those bytes costs a host fault. On the 100 MB benchmark corpus
//! (`bench/ab.py`, one thread, eager, three alternated pairs on the 2-core VM): 15.9-16.7
//! CPU-s with huge pages, 11.2-12.6 without, of which system time 4.6-5.1 s against
//! 0.7-0.8 s; peak RSS 689 MB against 605 MB; the same stances. Turning the run-time
//! option `allow_thp` off in [`configure`] instead did not help (the profile driver still
//! took 2 MiB faults): the first arena is mapped by an allocation made before it runs.

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::{c_int, c_long, c_void};
use libmimalloc_sys as mi;

unsafe extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
    fn mi_collect(force: bool);
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (v3 `mimalloc.h`).
const OPTION_PURGE_DELAY: c_int = 15;

/// How long freed memory stays with the allocator before it goes back to the OS:
/// 10 s instead of mimalloc's 1 s.
const PURGE_DELAY_MS: c_long = 10_000;

/// Keeps freed memory for [`PURGE_DELAY_MS`] before returning it to the OS, unless the
/// user set `MIMALLOC_PURGE_DELAY`. A run frees one part's working memory while the next
/// part allocates as much; returned to the OS after 1 s, it comes back as fresh pages the
/// kernel must zero again. On the 100 MB benchmark corpus (one thread, eager, two
/// alternated pairs): 51-57 k minor page faults with the 1 s default, 17 k with this;
/// system time 1.6-2.2 s against 1.4-1.6 s. Idle memory is still returned, 10 s later.
pub fn configure() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: setting an option is a plain store mimalloc allows at any time.
        unsafe { mi_option_set(OPTION_PURGE_DELAY, PURGE_DELAY_MS) }
    }
}

/// Returns the freed memory mimalloc holds to the OS now, without waiting for the purge
/// delay (`mi_collect(true)`). For the pause between two batches of a stream: the last
/// batch's working memory is free, and the next batch would otherwise find it still
/// mapped beside what it maps afresh. Costs one pass over the allocator's free pages.
pub fn collect() {
    // SAFETY: mi_collect only returns free pages; no block in use is touched.
    unsafe { mi_collect(true) }
}

/// The alignment every mimalloc block has.
const WORD: usize = core::mem::size_of::<usize>();

/// mimalloc as the global allocator (see the module documentation).
pub struct Mimalloc;

// SAFETY: every pointer returned comes from mimalloc with at least `layout.align()`
// alignment (mimalloc's blocks are word-aligned; larger alignments use the aligned calls)
// and `layout.size()` bytes, or is null on failure; `dealloc` and `realloc` only receive
// pointers this allocator returned, which `mi_free` and `mi_realloc*` accept.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi::mi_malloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi::mi_zalloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8 }
        } else {
            unsafe { mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8 }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{configure, Mimalloc, OPTION_PURGE_DELAY, PURGE_DELAY_MS};
    use core::alloc::{GlobalAlloc, Layout};
    use core::ffi::{c_int, c_long};

    unsafe extern "C" {
        fn mi_option_get(option: c_int) -> c_long;
    }

    #[test]
    fn purge_delay_is_the_option_set() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // mimalloc v3's default purge delay is 1000 ms: the index names that option
        let before = unsafe { mi_option_get(OPTION_PURGE_DELAY) };
        assert!(before == 1000 || before == PURGE_DELAY_MS, "{before}");
        configure();
        assert_eq!(unsafe { mi_option_get(OPTION_PURGE_DELAY) }, PURGE_DELAY_MS);
    }

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        // (size, align): word-aligned requests take the plain calls, larger ones the
        // aligned calls; each block is written whole, grown, checked and freed.
        let cases = [(1, 1), (7, 1), (8, 8), (24, 8), (3, 2), (40, 16), (100, 64), (1 << 20, 128)];
        for (size, align) in cases {
            let layout = Layout::from_size_align(size, align).unwrap();
            unsafe {
                let p = Mimalloc.alloc(layout);
                assert!(!p.is_null() && p as usize % align == 0, "{size}/{align}");
                p.write_bytes(0xA5, size);
                let q = Mimalloc.realloc(p, layout, size * 3);
                assert!(!q.is_null() && q as usize % align == 0, "{size}/{align} grown");
                assert!((0..size).all(|i| *q.add(i) == 0xA5), "{size}/{align} kept its bytes");
                Mimalloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                let z = Mimalloc.alloc_zeroed(layout);
                assert!(!z.is_null() && z as usize % align == 0, "{size}/{align} zeroed");
                assert!((0..size).all(|i| *z.add(i) == 0), "{size}/{align} is zero");
                Mimalloc.dealloc(z, layout);
            }
        }
    }
}
