//! The audited FFI boundary to libotr. Every `unsafe` of Otter is in this file.
#![expect(unsafe_code, reason = "the one audited FFI module of the workspace")]

use std::ffi::{CStr, c_char, c_uint};

unsafe extern "C" {
    // proto.h: the OTRL_INIT macro calls this with the header version; we pass ours.
    fn otrl_init(ver_major: c_uint, ver_minor: c_uint, ver_sub: c_uint) -> c_uint;
    fn otrl_version() -> *const c_char;
}

/// `otrl_init`; zero means the library accepts the version we were written for.
pub(crate) fn init(major: u32, minor: u32, sub: u32) -> Result<(), u32> {
    // SAFETY: otrl_init takes three integers and only initialises libgcrypt and libotr's
    // globals; it may be called more than once.
    let status = unsafe { otrl_init(major, minor, sub) };
    if status == 0 { Ok(()) } else { Err(status) }
}

/// `otrl_version`, copied into an owned string.
pub(crate) fn version() -> String {
    // SAFETY: otrl_version returns a pointer to a static NUL-terminated string literal inside
    // libotr, valid for the life of the process; we only read it.
    let raw = unsafe { otrl_version() };
    if raw.is_null() {
        return String::new();
    }
    // SAFETY: non-null, NUL-terminated, static (see above).
    unsafe { CStr::from_ptr(raw) }
        .to_string_lossy()
        .into_owned()
}
