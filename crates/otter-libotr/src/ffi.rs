//! The audited FFI boundary to libotr. Every `unsafe` of Otter is in this file.
//!
//! What this module guarantees to the rest of the crate:
//! - [`Otr`] owns one `OtrlUserState` and the callback state handed to libotr as `opdata`;
//!   every libotr call goes through a `&mut self` method, so calls never overlap and no Rust
//!   reference to the callback state is alive while C runs.
//! - The callbacks ([`OPS`]) never call libotr: they copy what libotr tells them into
//!   [`Callbacks`] and return. They cannot unwind into C: their bodies cannot panic, and each
//!   runs inside `catch_unwind` anyway, returning a safe default.
//! - `ConnContext` and `Fingerprint` fields are read only at the offsets that `build/layout.c`
//!   printed from the installed headers; the hand-written ops table is checked against those
//!   offsets at compile time.
//! - Every string libotr returns is copied into Rust memory and freed with the libotr function
//!   that owns it (`otrl_message_free`, `otrl_tlv_free`, `free` for the query text).
#![expect(unsafe_code, reason = "the one audited FFI module of the workspace")]

use std::ffi::{CStr, CString, c_char, c_int, c_uchar, c_uint, c_ushort, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::{self, NonNull};

use crate::callbacks::{Callbacks, ContextInfo, Record};

/// Sizes and offsets printed by `build/layout.c` from the installed headers.
mod layout {
    include!(concat!(env!("OUT_DIR"), "/layout.rs"));
}

/// `gcry_error_t`: zero is success.
pub(crate) type GcryError = c_uint;
/// `otrl_instag_t`.
pub(crate) type Instag = c_uint;

/// `OTRL_INSTAG_MASTER`.
pub(crate) const INSTAG_MASTER: Instag = 0;
/// `OTRL_INSTAG_BEST`: libotr picks the most secure instance.
pub(crate) const INSTAG_BEST: Instag = 1;
/// `OTRL_MIN_VALID_INSTAG`: tags below this are meta tags.
pub(crate) const MIN_VALID_INSTAG: Instag = 0x100;

/// `OTRL_FRAGMENT_SEND_ALL`.
const FRAGMENT_SEND_ALL: c_uint = 1;
/// `OTRL_TLV_DISCONNECTED`.
const TLV_DISCONNECTED: c_ushort = 0x0001;
/// `OTRL_MSGTYPE_QUERY` (from `otrl_proto_message_type`).
pub(crate) const MSGTYPE_QUERY: c_uint = 2;

/// `struct s_OtrlUserState`, opaque to Rust.
#[repr(C)]
struct UserStateRaw {
    _opaque: [u8; 0],
}

/// `ConnContext`, opaque; fields are read at the offsets of `layout`.
#[repr(C)]
struct ConnContext {
    _opaque: [u8; 0],
}

/// `Fingerprint`, opaque; fields are read at the offsets of `layout`.
#[repr(C)]
struct FingerprintRaw {
    _opaque: [u8; 0],
}

/// `OtrlTLV`, opaque: only passed to `otrl_tlv_find` and `otrl_tlv_free`.
#[repr(C)]
struct Tlv {
    _opaque: [u8; 0],
}

type OpData = *mut c_void;

/// `OtrlMessageAppOps` of libotr 4.1.1: 24 function pointers in this order (NULL allowed for
/// the optional ones). Checked against the installed header below.
#[repr(C)]
struct MessageAppOps {
    policy: Option<extern "C" fn(OpData, *mut ConnContext) -> c_uint>,
    create_privkey: Option<extern "C" fn(OpData, *const c_char, *const c_char)>,
    is_logged_in:
        Option<extern "C" fn(OpData, *const c_char, *const c_char, *const c_char) -> c_int>,
    inject_message:
        Option<extern "C" fn(OpData, *const c_char, *const c_char, *const c_char, *const c_char)>,
    update_context_list: Option<extern "C" fn(OpData)>,
    new_fingerprint: Option<
        extern "C" fn(
            OpData,
            *mut UserStateRaw,
            *const c_char,
            *const c_char,
            *const c_char,
            *mut c_uchar,
        ),
    >,
    write_fingerprints: Option<extern "C" fn(OpData)>,
    gone_secure: Option<extern "C" fn(OpData, *mut ConnContext)>,
    gone_insecure: Option<extern "C" fn(OpData, *mut ConnContext)>,
    still_secure: Option<extern "C" fn(OpData, *mut ConnContext, c_int)>,
    max_message_size: Option<extern "C" fn(OpData, *mut ConnContext) -> c_int>,
    account_name: Option<extern "C" fn(OpData, *const c_char, *const c_char) -> *const c_char>,
    account_name_free: Option<extern "C" fn(OpData, *const c_char)>,
    received_symkey: Option<
        extern "C" fn(OpData, *mut ConnContext, c_uint, *const c_uchar, usize, *const c_uchar),
    >,
    otr_error_message: Option<extern "C" fn(OpData, *mut ConnContext, c_uint) -> *const c_char>,
    otr_error_message_free: Option<extern "C" fn(OpData, *const c_char)>,
    resent_msg_prefix: Option<extern "C" fn(OpData, *mut ConnContext) -> *const c_char>,
    resent_msg_prefix_free: Option<extern "C" fn(OpData, *const c_char)>,
    handle_smp_event:
        Option<extern "C" fn(OpData, c_uint, *mut ConnContext, c_ushort, *mut c_char)>,
    handle_msg_event:
        Option<extern "C" fn(OpData, c_uint, *mut ConnContext, *const c_char, GcryError)>,
    create_instag: Option<extern "C" fn(OpData, *const c_char, *const c_char)>,
    convert_msg:
        Option<extern "C" fn(OpData, *mut ConnContext, c_uint, *mut *mut c_char, *const c_char)>,
    convert_free: Option<extern "C" fn(OpData, *mut ConnContext, *mut c_char)>,
    timer_control: Option<extern "C" fn(OpData, c_uint)>,
}

// The mirror must match the installed header exactly: checked when the crate compiles.
const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<MessageAppOps>() == layout::OPS_SIZE);
    assert!(offset_of!(MessageAppOps, policy) == layout::OPS_POLICY);
    assert!(offset_of!(MessageAppOps, create_privkey) == layout::OPS_CREATE_PRIVKEY);
    assert!(offset_of!(MessageAppOps, is_logged_in) == layout::OPS_IS_LOGGED_IN);
    assert!(offset_of!(MessageAppOps, inject_message) == layout::OPS_INJECT_MESSAGE);
    assert!(offset_of!(MessageAppOps, update_context_list) == layout::OPS_UPDATE_CONTEXT_LIST);
    assert!(offset_of!(MessageAppOps, new_fingerprint) == layout::OPS_NEW_FINGERPRINT);
    assert!(offset_of!(MessageAppOps, write_fingerprints) == layout::OPS_WRITE_FINGERPRINTS);
    assert!(offset_of!(MessageAppOps, gone_secure) == layout::OPS_GONE_SECURE);
    assert!(offset_of!(MessageAppOps, gone_insecure) == layout::OPS_GONE_INSECURE);
    assert!(offset_of!(MessageAppOps, still_secure) == layout::OPS_STILL_SECURE);
    assert!(offset_of!(MessageAppOps, max_message_size) == layout::OPS_MAX_MESSAGE_SIZE);
    assert!(offset_of!(MessageAppOps, account_name) == layout::OPS_ACCOUNT_NAME);
    assert!(offset_of!(MessageAppOps, account_name_free) == layout::OPS_ACCOUNT_NAME_FREE);
    assert!(offset_of!(MessageAppOps, received_symkey) == layout::OPS_RECEIVED_SYMKEY);
    assert!(offset_of!(MessageAppOps, otr_error_message) == layout::OPS_OTR_ERROR_MESSAGE);
    assert!(
        offset_of!(MessageAppOps, otr_error_message_free) == layout::OPS_OTR_ERROR_MESSAGE_FREE
    );
    assert!(offset_of!(MessageAppOps, resent_msg_prefix) == layout::OPS_RESENT_MSG_PREFIX);
    assert!(
        offset_of!(MessageAppOps, resent_msg_prefix_free) == layout::OPS_RESENT_MSG_PREFIX_FREE
    );
    assert!(offset_of!(MessageAppOps, handle_smp_event) == layout::OPS_HANDLE_SMP_EVENT);
    assert!(offset_of!(MessageAppOps, handle_msg_event) == layout::OPS_HANDLE_MSG_EVENT);
    assert!(offset_of!(MessageAppOps, create_instag) == layout::OPS_CREATE_INSTAG);
    assert!(offset_of!(MessageAppOps, convert_msg) == layout::OPS_CONVERT_MSG);
    assert!(offset_of!(MessageAppOps, convert_free) == layout::OPS_CONVERT_FREE);
    assert!(offset_of!(MessageAppOps, timer_control) == layout::OPS_TIMER_CONTROL);
    // The scalar types read from ConnContext, and the enum and error types of the callbacks.
    assert!(layout::MSGSTATE_SIZE == size_of::<c_uint>());
    assert!(layout::AUTHSTATE_SIZE == size_of::<c_uint>());
    assert!(layout::INSTAG_SIZE == size_of::<Instag>());
    assert!(layout::UINT_SIZE == size_of::<c_uint>());
    assert!(layout::GCRY_ERROR_SIZE == size_of::<GcryError>());
    assert!(layout::SMP_EVENT_SIZE == size_of::<c_uint>());
    assert!(layout::MSG_EVENT_SIZE == size_of::<c_uint>());
    assert!(layout::FRAGMENT_POLICY_SIZE == size_of::<c_uint>());
    assert!(layout::ERRCODE_SIZE == size_of::<c_uint>());
    assert!(layout::POINTER_SIZE == size_of::<*const c_void>());
};

unsafe extern "C" {
    fn otrl_init(ver_major: c_uint, ver_minor: c_uint, ver_sub: c_uint) -> GcryError;
    fn otrl_version() -> *const c_char;
    fn otrl_userstate_create() -> *mut UserStateRaw;
    fn otrl_userstate_free(us: *mut UserStateRaw);
    fn otrl_privkey_read(us: *mut UserStateRaw, filename: *const c_char) -> GcryError;
    fn otrl_privkey_generate(
        us: *mut UserStateRaw,
        filename: *const c_char,
        accountname: *const c_char,
        protocol: *const c_char,
    ) -> GcryError;
    fn otrl_privkey_fingerprint(
        us: *mut UserStateRaw,
        fingerprint: *mut c_char,
        accountname: *const c_char,
        protocol: *const c_char,
    ) -> *mut c_char;
    fn otrl_privkey_fingerprint_raw(
        us: *mut UserStateRaw,
        hash: *mut c_uchar,
        accountname: *const c_char,
        protocol: *const c_char,
    ) -> *mut c_uchar;
    fn otrl_privkey_read_fingerprints(
        us: *mut UserStateRaw,
        filename: *const c_char,
        add_app_data: Option<extern "C" fn(*mut c_void, *mut ConnContext)>,
        data: *mut c_void,
    ) -> GcryError;
    fn otrl_privkey_write_fingerprints(us: *mut UserStateRaw, filename: *const c_char)
    -> GcryError;
    fn otrl_instag_read(us: *mut UserStateRaw, filename: *const c_char) -> GcryError;
    fn otrl_instag_generate(
        us: *mut UserStateRaw,
        filename: *const c_char,
        accountname: *const c_char,
        protocol: *const c_char,
    ) -> GcryError;
    fn otrl_instag_find(
        us: *mut UserStateRaw,
        accountname: *const c_char,
        protocol: *const c_char,
    ) -> *mut c_void;
    fn otrl_message_sending(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        accountname: *const c_char,
        protocol: *const c_char,
        recipient: *const c_char,
        instag: Instag,
        original_msg: *const c_char,
        tlvs: *mut Tlv,
        messagep: *mut *mut c_char,
        frag_policy: c_uint,
        contextp: *mut *mut ConnContext,
        add_appdata: Option<extern "C" fn(*mut c_void, *mut ConnContext)>,
        data: *mut c_void,
    ) -> GcryError;
    fn otrl_message_receiving(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        accountname: *const c_char,
        protocol: *const c_char,
        sender: *const c_char,
        message: *const c_char,
        newmessagep: *mut *mut c_char,
        tlvsp: *mut *mut Tlv,
        contextp: *mut *mut ConnContext,
        add_appdata: Option<extern "C" fn(*mut c_void, *mut ConnContext)>,
        data: *mut c_void,
    ) -> c_int;
    fn otrl_message_free(message: *mut c_char);
    fn otrl_message_disconnect_all_instances(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        accountname: *const c_char,
        protocol: *const c_char,
        username: *const c_char,
    );
    fn otrl_message_initiate_smp(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        context: *mut ConnContext,
        secret: *const c_uchar,
        secretlen: usize,
    );
    fn otrl_message_initiate_smp_q(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        context: *mut ConnContext,
        question: *const c_char,
        secret: *const c_uchar,
        secretlen: usize,
    );
    fn otrl_message_respond_smp(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        context: *mut ConnContext,
        secret: *const c_uchar,
        secretlen: usize,
    );
    fn otrl_message_abort_smp(
        us: *mut UserStateRaw,
        ops: *const MessageAppOps,
        opdata: OpData,
        context: *mut ConnContext,
    );
    fn otrl_message_poll(us: *mut UserStateRaw, ops: *const MessageAppOps, opdata: OpData);
    fn otrl_context_find(
        us: *mut UserStateRaw,
        user: *const c_char,
        accountname: *const c_char,
        protocol: *const c_char,
        their_instance: Instag,
        add_if_missing: c_int,
        addedp: *mut c_int,
        add_app_data: Option<extern "C" fn(*mut c_void, *mut ConnContext)>,
        data: *mut c_void,
    ) -> *mut ConnContext;
    fn otrl_context_find_fingerprint(
        context: *mut ConnContext,
        fingerprint: *mut c_uchar,
        add_if_missing: c_int,
        addedp: *mut c_int,
    ) -> *mut FingerprintRaw;
    fn otrl_context_set_trust(fprint: *mut FingerprintRaw, trust: *const c_char);
    fn otrl_proto_default_query_msg(ourname: *const c_char, policy: c_uint) -> *mut c_char;
    fn otrl_proto_message_type(message: *const c_char) -> c_uint;
    fn otrl_tlv_find(tlvs: *mut Tlv, tlv_type: c_ushort) -> *mut Tlv;
    fn otrl_tlv_free(tlv: *mut Tlv);
}

unsafe extern "C" {
    // libc: frees the string otrl_proto_default_query_msg returns (it is malloc'd).
    fn free(ptr: *mut c_void);
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
    // SAFETY: NULL or a static NUL-terminated string (see above).
    unsafe { copy_c_string(raw) }.unwrap_or_default()
}

/// `otrl_proto_default_query_msg`: libotr's fixed English query text for `policy`, copied.
pub(crate) fn default_query_msg(account: &CStr, policy: u32) -> Option<String> {
    // SAFETY: `account` is a valid NUL-terminated string for the duration of the call; libotr
    // returns a malloc'd string or NULL, which we own.
    let raw = unsafe { otrl_proto_default_query_msg(account.as_ptr(), policy) };
    // SAFETY: raw is NULL or a NUL-terminated string libotr just allocated.
    let text = unsafe { copy_c_string(raw) };
    if !raw.is_null() {
        // SAFETY: raw was allocated with malloc by libotr and is freed once, here.
        unsafe { free(raw.cast()) };
    }
    text
}

/// `otrl_proto_message_type`: libotr's classification of a message by its header.
pub(crate) fn message_type(message: &CStr) -> u32 {
    // SAFETY: `message` is a valid NUL-terminated string; the function only reads it.
    unsafe { otrl_proto_message_type(message.as_ptr()) }
}

/// Copies a C string (lossily, as libotr passes on whatever bytes a peer sent).
///
/// # Safety
/// `raw` is NULL or points to a NUL-terminated string valid for the duration of the call.
unsafe fn copy_c_string(raw: *const c_char) -> Option<String> {
    if raw.is_null() {
        return None;
    }
    // SAFETY: non-null and NUL-terminated per this function's contract.
    let text = unsafe { CStr::from_ptr(raw) };
    // The strict check first: it is much faster than the lossy one on valid text, which is
    // nearly all text (every encrypted message passes through here).
    Some(match text.to_str() {
        Ok(valid) => valid.to_owned(),
        Err(_) => text.to_string_lossy().into_owned(),
    })
}

/// Reads a field of type `T` at `offset` bytes into the struct at `base`.
///
/// # Safety
/// `base` points to a live struct whose field at `offset` (from `layout`) has type `T`.
unsafe fn read_field<T: Copy>(base: *const u8, offset: usize) -> T {
    // SAFETY: per this function's contract the address is inside the live struct and holds
    // a T; read_unaligned avoids assuming more alignment than the header guarantees.
    unsafe { ptr::read_unaligned(base.add(offset).cast::<T>()) }
}

/// Copies what the crate needs from a `ConnContext`.
///
/// # Safety
/// `context` is NULL or a live `ConnContext` of the userstate in use (libotr passes only
/// those to callbacks and returns only those from `otrl_context_find`).
unsafe fn context_info(context: *const ConnContext) -> Option<ContextInfo> {
    if context.is_null() {
        return None;
    }
    let base = context.cast::<u8>();
    // SAFETY: offsets come from the installed headers (layout.rs) and the context is live.
    let (username, their_instance, msgstate, active, protocol_version) = unsafe {
        (
            read_field::<*const c_char>(base, layout::CONTEXT_USERNAME),
            read_field::<Instag>(base, layout::CONTEXT_THEIR_INSTANCE),
            read_field::<c_uint>(base, layout::CONTEXT_MSGSTATE),
            read_field::<*const FingerprintRaw>(base, layout::CONTEXT_ACTIVE_FINGERPRINT),
            read_field::<c_uint>(base, layout::CONTEXT_PROTOCOL_VERSION),
        )
    };
    let (fingerprint, trust) = if active.is_null() {
        (None, None)
    } else {
        let fp_base = active.cast::<u8>();
        // SAFETY: active_fingerprint points into the context's live fingerprint list.
        let (hash, trust) = unsafe {
            (
                read_field::<*const c_uchar>(fp_base, layout::FINGERPRINT_FINGERPRINT),
                read_field::<*const c_char>(fp_base, layout::FINGERPRINT_TRUST),
            )
        };
        let hash = if hash.is_null() {
            None
        } else {
            let mut bytes = [0u8; 20];
            // SAFETY: a non-NULL Fingerprint.fingerprint holds 20 bytes (a SHA-1 digest).
            unsafe { ptr::copy_nonoverlapping(hash, bytes.as_mut_ptr(), bytes.len()) };
            Some(bytes)
        };
        // SAFETY: trust is NULL or a NUL-terminated string owned by the fingerprint.
        (hash, unsafe { copy_c_string(trust) })
    };
    Some(ContextInfo {
        // SAFETY: username is a NUL-terminated string owned by the context.
        username: unsafe { copy_c_string(username) }.unwrap_or_default(),
        their_instance,
        msgstate,
        protocol_version,
        fingerprint,
        trust: trust.unwrap_or_default(),
    })
}

/// Runs a callback body with the callback state, catching any panic (a second wall: the
/// bodies are written not to panic) and returning `default` instead.
fn with_callbacks<R>(opdata: OpData, default: R, body: impl FnOnce(&mut Callbacks) -> R) -> R {
    if opdata.is_null() {
        return default;
    }
    // SAFETY: opdata is the Box<Callbacks> pointer that Otr passes with every libotr call; it
    // lives until Otr drops, after libotr's last call. libotr calls back on the calling
    // thread and never concurrently, and no Rust reference to the callbacks is alive during a
    // libotr call (Otr's methods hold none across it), so this &mut is unique.
    let callbacks = unsafe { &mut *opdata.cast::<Callbacks>() };
    catch_unwind(AssertUnwindSafe(|| body(callbacks))).unwrap_or(default)
}

/// The peer name of a context, borrowed: libotr asks for the policy and the size limit
/// several times per message, so these callbacks copy nothing.
///
/// # Safety
/// `context` is NULL or a live `ConnContext` of the userstate in use, and the result is used
/// only while libotr's callback runs.
unsafe fn context_username<'a>(context: *const ConnContext) -> Option<std::borrow::Cow<'a, str>> {
    if context.is_null() {
        return None;
    }
    // SAFETY: per this function's contract the context is live; the offset is checked
    // against the installed headers at build time.
    let username =
        unsafe { read_field::<*const c_char>(context.cast::<u8>(), layout::CONTEXT_USERNAME) };
    if username.is_null() {
        return None;
    }
    // SAFETY: a context's username is a NUL-terminated string it owns for its lifetime.
    let username = unsafe { CStr::from_ptr(username) };
    Some(match username.to_str() {
        Ok(valid) => std::borrow::Cow::Borrowed(valid),
        Err(_) => username.to_string_lossy(),
    })
}

extern "C" fn cb_policy(opdata: OpData, context: *mut ConnContext) -> c_uint {
    // SAFETY: libotr passes a live context of this userstate (or NULL), valid during the call.
    let peer = unsafe { context_username(context) };
    with_callbacks(opdata, 0, |cb| cb.policy_for(peer.as_deref()))
}

extern "C" fn cb_create_privkey(opdata: OpData, _account: *const c_char, _protocol: *const c_char) {
    with_callbacks(opdata, (), |cb| cb.record(Record::PrivateKeyNeeded));
}

extern "C" fn cb_is_logged_in(
    _opdata: OpData,
    _account: *const c_char,
    _protocol: *const c_char,
    _recipient: *const c_char,
) -> c_int {
    // "Yes": libotr then sends the disconnect TLV when we end a session. Whether anything is
    // really sent is decided by the caller, who receives it as an injected message.
    1
}

extern "C" fn cb_inject_message(
    opdata: OpData,
    _account: *const c_char,
    _protocol: *const c_char,
    recipient: *const c_char,
    message: *const c_char,
) {
    // SAFETY: libotr passes NUL-terminated strings valid for this call.
    let (recipient, message) = unsafe { (copy_c_string(recipient), copy_c_string(message)) };
    with_callbacks(opdata, (), |cb| {
        cb.record(Record::Inject {
            recipient: recipient.unwrap_or_default(),
            message: message.unwrap_or_default(),
        });
    });
}

extern "C" fn cb_new_fingerprint(
    opdata: OpData,
    _us: *mut UserStateRaw,
    _account: *const c_char,
    _protocol: *const c_char,
    username: *const c_char,
    fingerprint: *mut c_uchar,
) {
    // SAFETY: username is NUL-terminated; fingerprint points to 20 bytes (message.h).
    let username = unsafe { copy_c_string(username) }.unwrap_or_default();
    let mut bytes = [0u8; 20];
    if !fingerprint.is_null() {
        // SAFETY: see above; the buffer is 20 bytes long.
        unsafe { ptr::copy_nonoverlapping(fingerprint, bytes.as_mut_ptr(), bytes.len()) };
    }
    with_callbacks(opdata, (), |cb| {
        cb.record(Record::NewFingerprint {
            username,
            fingerprint: bytes,
        });
    });
}

extern "C" fn cb_write_fingerprints(opdata: OpData) {
    with_callbacks(opdata, (), |cb| cb.record(Record::WriteFingerprints));
}

extern "C" fn cb_gone_secure(opdata: OpData, context: *mut ConnContext) {
    // SAFETY: libotr passes a live context of this userstate.
    let info = unsafe { context_info(context) };
    with_callbacks(opdata, (), |cb| {
        if let Some(info) = info {
            cb.record(Record::GoneSecure(info));
        }
    });
}

extern "C" fn cb_gone_insecure(opdata: OpData, context: *mut ConnContext) {
    // SAFETY: libotr passes a live context of this userstate.
    let info = unsafe { context_info(context) };
    with_callbacks(opdata, (), |cb| {
        if let Some(info) = info {
            cb.record(Record::GoneInsecure(info));
        }
    });
}

extern "C" fn cb_still_secure(opdata: OpData, context: *mut ConnContext, _is_reply: c_int) {
    // SAFETY: libotr passes a live context of this userstate.
    let info = unsafe { context_info(context) };
    with_callbacks(opdata, (), |cb| {
        if let Some(info) = info {
            cb.record(Record::StillSecure(info));
        }
    });
}

extern "C" fn cb_max_message_size(opdata: OpData, context: *mut ConnContext) -> c_int {
    // SAFETY: libotr passes a live context of this userstate, valid during the call.
    let peer = unsafe { context_username(context) };
    with_callbacks(opdata, 0, |cb| cb.max_message_size_for(peer.as_deref()))
}

// Wire-visible error texts: fixed English, the same words pidgin-otr sends (never translated,
// so they do not reveal the user's language). Static: libotr frees nothing we return, as
// otr_error_message_free is NULL.
static ERROR_ENCRYPTION: &CStr = c"Error occurred encrypting message.";
static ERROR_NOT_IN_PRIVATE: &CStr =
    c"You sent encrypted data to somebody who was not expecting it.";
static ERROR_UNREADABLE: &CStr = c"You transmitted an unreadable encrypted message.";
static ERROR_MALFORMED: &CStr = c"You transmitted a malformed data message.";

extern "C" fn cb_otr_error_message(
    _opdata: OpData,
    _context: *mut ConnContext,
    code: c_uint,
) -> *const c_char {
    match code {
        1 => ERROR_ENCRYPTION.as_ptr(),
        2 => ERROR_NOT_IN_PRIVATE.as_ptr(),
        3 => ERROR_UNREADABLE.as_ptr(),
        _ => ERROR_MALFORMED.as_ptr(),
    }
}

extern "C" fn cb_handle_smp_event(
    opdata: OpData,
    event: c_uint,
    context: *mut ConnContext,
    progress: c_ushort,
    question: *mut c_char,
) {
    // SAFETY: libotr passes a live context and a NUL-terminated question or NULL.
    let (info, question) = unsafe { (context_info(context), copy_c_string(question)) };
    with_callbacks(opdata, (), |cb| {
        if let Some(context) = info {
            cb.record(Record::Smp {
                event,
                context,
                progress,
                question,
            });
        }
    });
}

extern "C" fn cb_handle_msg_event(
    opdata: OpData,
    event: c_uint,
    context: *mut ConnContext,
    message: *const c_char,
    error: GcryError,
) {
    // SAFETY: libotr passes a live context (or NULL) and a NUL-terminated message or NULL.
    let (info, message) = unsafe { (context_info(context), copy_c_string(message)) };
    with_callbacks(opdata, (), |cb| {
        cb.record(Record::MessageEvent {
            event,
            context: info,
            message,
            error,
        });
    });
}

extern "C" fn cb_create_instag(opdata: OpData, _account: *const c_char, _protocol: *const c_char) {
    with_callbacks(opdata, (), |cb| cb.record(Record::InstanceTagNeeded));
}

extern "C" fn cb_timer_control(opdata: OpData, interval: c_uint) {
    with_callbacks(opdata, (), |cb| cb.record(Record::TimerControl(interval)));
}

/// The callbacks libotr gets. Optional ones we do not need are NULL: account_name(_free)
/// (unused by libotr 4.1.1), received_symkey, resent_msg_prefix(_free) (libotr's default
/// "[resent]" is fixed English), convert_msg/convert_free, update_context_list,
/// otr_error_message_free (our error texts are static).
static OPS: MessageAppOps = MessageAppOps {
    policy: Some(cb_policy),
    create_privkey: Some(cb_create_privkey),
    is_logged_in: Some(cb_is_logged_in),
    inject_message: Some(cb_inject_message),
    update_context_list: None,
    new_fingerprint: Some(cb_new_fingerprint),
    write_fingerprints: Some(cb_write_fingerprints),
    gone_secure: Some(cb_gone_secure),
    gone_insecure: Some(cb_gone_insecure),
    still_secure: Some(cb_still_secure),
    max_message_size: Some(cb_max_message_size),
    account_name: None,
    account_name_free: None,
    received_symkey: None,
    otr_error_message: Some(cb_otr_error_message),
    otr_error_message_free: None,
    resent_msg_prefix: None,
    resent_msg_prefix_free: None,
    handle_smp_event: Some(cb_handle_smp_event),
    handle_msg_event: Some(cb_handle_msg_event),
    create_instag: Some(cb_create_instag),
    convert_msg: None,
    convert_free: None,
    timer_control: Some(cb_timer_control),
};

/// The account a userstate speaks for, as C strings.
pub(crate) struct Names {
    pub(crate) account: CString,
    pub(crate) protocol: CString,
}

/// What `otrl_message_sending` did.
pub(crate) struct Sent {
    /// Non-zero: libotr failed; nothing may be sent in plaintext instead.
    pub(crate) error: GcryError,
    /// libotr replaced the message (and injected the replacement through the callbacks).
    pub(crate) replaced: bool,
}

/// What `otrl_message_receiving` did.
pub(crate) struct Receipt {
    /// A protocol message (or one libotr reported through an event): show nothing.
    pub(crate) ignore: bool,
    /// The text to show instead of the received one (decrypted or tag stripped).
    pub(crate) message: Option<String>,
    /// The peer ended the private conversation (disconnect TLV).
    pub(crate) disconnected: bool,
    /// The context the message was received in.
    pub(crate) context: Option<ContextInfo>,
}

/// One libotr userstate and the state its callbacks write to. Not `Send`: libotr state
/// stays on the thread that made it (raw pointers make this type `!Send` and `!Sync`).
pub(crate) struct Otr {
    us: NonNull<UserStateRaw>,
    callbacks: NonNull<Callbacks>,
}

impl Otr {
    /// `otrl_userstate_create`; `None` if libotr could not allocate.
    pub(crate) fn new(callbacks: Callbacks) -> Option<Self> {
        // SAFETY: no arguments; returns a new userstate we own, or NULL.
        let us = NonNull::new(unsafe { otrl_userstate_create() })?;
        let callbacks = NonNull::from(Box::leak(Box::new(callbacks)));
        Some(Self { us, callbacks })
    }

    /// The callback state, between libotr calls.
    pub(crate) fn callbacks(&mut self) -> &mut Callbacks {
        // SAFETY: the box is live until drop; &mut self guarantees no libotr call (and so no
        // callback) is running and no other reference exists.
        unsafe { self.callbacks.as_mut() }
    }

    fn us(&self) -> *mut UserStateRaw {
        self.us.as_ptr()
    }

    fn opdata(&self) -> OpData {
        self.callbacks.as_ptr().cast()
    }

    /// `otrl_privkey_read`: loads every key in the file into the userstate.
    pub(crate) fn privkey_read(&mut self, path: &CStr) -> GcryError {
        // SAFETY: live userstate; path is NUL-terminated; libotr copies what it keeps.
        unsafe { otrl_privkey_read(self.us(), path.as_ptr()) }
    }

    /// `otrl_privkey_generate`: makes a DSA key and rewrites the file with every key.
    pub(crate) fn privkey_generate(&mut self, path: &CStr, names: &Names) -> GcryError {
        // SAFETY: live userstate; all strings NUL-terminated and only read during the call.
        unsafe {
            otrl_privkey_generate(
                self.us(),
                path.as_ptr(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
            )
        }
    }

    /// `otrl_privkey_fingerprint_raw`: the SHA-1 of our public key, if we have a key.
    pub(crate) fn own_fingerprint(&mut self, names: &Names) -> Option<[u8; 20]> {
        let mut hash = [0u8; 20];
        // SAFETY: live userstate; hash is a 20-byte buffer libotr writes into; strings are
        // NUL-terminated. The result is `hash` or NULL (no key).
        let result = unsafe {
            otrl_privkey_fingerprint_raw(
                self.us(),
                hash.as_mut_ptr(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
            )
        };
        (!result.is_null()).then_some(hash)
    }

    /// `otrl_privkey_fingerprint`: libotr's own human form of our fingerprint.
    pub(crate) fn own_fingerprint_human(&mut self, names: &Names) -> Option<String> {
        let mut human = [0 as c_char; 45]; // OTRL_PRIVKEY_FPRINT_HUMAN_LEN
        // SAFETY: live userstate; `human` has the 45 bytes the header asks for; libotr writes
        // a NUL-terminated string into it and returns it, or NULL without a key.
        let result = unsafe {
            otrl_privkey_fingerprint(
                self.us(),
                human.as_mut_ptr(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
            )
        };
        if result.is_null() {
            return None;
        }
        // SAFETY: libotr wrote a NUL-terminated string into our buffer.
        unsafe { copy_c_string(human.as_ptr()) }
    }

    /// `otrl_privkey_read_fingerprints` (no application data).
    pub(crate) fn read_fingerprints(&mut self, path: &CStr) -> GcryError {
        // SAFETY: live userstate; path NUL-terminated; no add_app_data callback.
        unsafe { otrl_privkey_read_fingerprints(self.us(), path.as_ptr(), None, ptr::null_mut()) }
    }

    /// `otrl_privkey_write_fingerprints`.
    pub(crate) fn write_fingerprints(&mut self, path: &CStr) -> GcryError {
        // SAFETY: live userstate; path NUL-terminated.
        unsafe { otrl_privkey_write_fingerprints(self.us(), path.as_ptr()) }
    }

    /// `otrl_instag_read`.
    pub(crate) fn instag_read(&mut self, path: &CStr) -> GcryError {
        // SAFETY: live userstate; path NUL-terminated.
        unsafe { otrl_instag_read(self.us(), path.as_ptr()) }
    }

    /// `otrl_instag_generate`: makes our instance tag and rewrites the file.
    pub(crate) fn instag_generate(&mut self, path: &CStr, names: &Names) -> GcryError {
        // SAFETY: live userstate; strings NUL-terminated.
        unsafe {
            otrl_instag_generate(
                self.us(),
                path.as_ptr(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
            )
        }
    }

    /// `otrl_instag_find`: whether we have an instance tag for the account.
    pub(crate) fn has_instag(&mut self, names: &Names) -> bool {
        // SAFETY: live userstate; strings NUL-terminated; the result is only compared to NULL.
        let found =
            unsafe { otrl_instag_find(self.us(), names.account.as_ptr(), names.protocol.as_ptr()) };
        !found.is_null()
    }

    /// `otrl_message_sending` with `OTRL_FRAGMENT_SEND_ALL`: what libotr sends is injected
    /// through the callbacks; the returned copy is only freed.
    pub(crate) fn sending(
        &mut self,
        names: &Names,
        recipient: &CStr,
        instag: Instag,
        message: &CStr,
    ) -> Sent {
        let mut newmessage: *mut c_char = ptr::null_mut();
        // SAFETY: live userstate; OPS is static; opdata is our live callback box; strings
        // NUL-terminated; newmessage is a valid out-pointer; no TLVs, no context out-pointer,
        // no add_appdata.
        let error = unsafe {
            otrl_message_sending(
                self.us(),
                &OPS,
                self.opdata(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
                recipient.as_ptr(),
                instag,
                message.as_ptr(),
                ptr::null_mut(),
                &mut newmessage,
                FRAGMENT_SEND_ALL,
                ptr::null_mut(),
                None,
                ptr::null_mut(),
            )
        };
        let replaced = !newmessage.is_null();
        if replaced {
            // SAFETY: libotr allocated it for us; freed once with its own function.
            unsafe { otrl_message_free(newmessage) };
        }
        Sent { error, replaced }
    }

    /// `otrl_message_receiving`; TLVs are inspected for the disconnect TLV and freed.
    pub(crate) fn receiving(&mut self, names: &Names, sender: &CStr, message: &CStr) -> Receipt {
        let mut newmessage: *mut c_char = ptr::null_mut();
        let mut tlvs: *mut Tlv = ptr::null_mut();
        let mut context: *mut ConnContext = ptr::null_mut();
        // SAFETY: as for sending; tlvs and context are valid out-pointers.
        let ignore = unsafe {
            otrl_message_receiving(
                self.us(),
                &OPS,
                self.opdata(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
                sender.as_ptr(),
                message.as_ptr(),
                &mut newmessage,
                &mut tlvs,
                &mut context,
                None,
                ptr::null_mut(),
            )
        };
        // SAFETY: newmessage is NULL or a string libotr allocated for us.
        let message = unsafe { copy_c_string(newmessage) };
        if !newmessage.is_null() {
            // SAFETY: allocated by libotr, freed once with its own function.
            unsafe { otrl_message_free(newmessage) };
        }
        let mut disconnected = false;
        if !tlvs.is_null() {
            // SAFETY: tlvs is the chain libotr gave us; otrl_tlv_find only reads it.
            disconnected = !unsafe { otrl_tlv_find(tlvs, TLV_DISCONNECTED) }.is_null();
            // SAFETY: we own the chain and free it once.
            unsafe { otrl_tlv_free(tlvs) };
        }
        Receipt {
            ignore: ignore != 0,
            message,
            disconnected,
            // SAFETY: NULL or a live context of this userstate.
            context: unsafe { context_info(context) },
        }
    }

    /// `otrl_message_disconnect_all_instances`: sends the disconnect TLV to every encrypted
    /// instance of `user` and puts them all back to plaintext.
    pub(crate) fn disconnect(&mut self, names: &Names, user: &CStr) {
        // SAFETY: live userstate, static OPS, live opdata, NUL-terminated strings.
        unsafe {
            otrl_message_disconnect_all_instances(
                self.us(),
                &OPS,
                self.opdata(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
                user.as_ptr(),
            );
        }
    }

    fn find_context(&mut self, names: &Names, user: &CStr, instance: Instag) -> *mut ConnContext {
        // SAFETY: live userstate; strings NUL-terminated; add_if_missing = 0, so nothing is
        // created and no callback runs. Returns a context owned by the userstate, or NULL.
        unsafe {
            otrl_context_find(
                self.us(),
                user.as_ptr(),
                names.account.as_ptr(),
                names.protocol.as_ptr(),
                instance,
                0,
                ptr::null_mut(),
                None,
                ptr::null_mut(),
            )
        }
    }

    /// Whether a key exchange with `user` is under way, or a private conversation is up, on
    /// any of its instances: the master context and its children (libotr keeps a peer's
    /// contexts next to each other in the userstate's list, the master first).
    pub(crate) fn exchanging_or_private(&mut self, names: &Names, user: &CStr) -> bool {
        let master = self.find_context(names, user, INSTAG_MASTER);
        let mut context = master;
        while !context.is_null() {
            let base = context.cast::<u8>();
            // SAFETY: `context` is the master found above or a `next` of a live context of
            // this userstate (libotr's list, not changed while we hold `&mut self` and make
            // no libotr call); offsets come from the installed headers (layout.rs).
            let (owner, authstate, msgstate, next) = unsafe {
                (
                    read_field::<*const ConnContext>(base, layout::CONTEXT_M_CONTEXT),
                    read_field::<c_uint>(base, layout::CONTEXT_AUTHSTATE),
                    read_field::<c_uint>(base, layout::CONTEXT_MSGSTATE),
                    read_field::<*mut ConnContext>(base, layout::CONTEXT_NEXT),
                )
            };
            if context != master && owner != master.cast_const() {
                break;
            }
            // OTRL_AUTHSTATE_NONE is 0; OTRL_MSGSTATE_ENCRYPTED is 1.
            if authstate != 0 || msgstate == 1 {
                return true;
            }
            context = next;
        }
        false
    }

    /// `otrl_context_find` without creating: a copy of the context's state.
    pub(crate) fn context(
        &mut self,
        names: &Names,
        user: &CStr,
        instance: Instag,
    ) -> Option<ContextInfo> {
        let context = self.find_context(names, user, instance);
        // SAFETY: NULL or a live context of this userstate.
        unsafe { context_info(context) }
    }

    /// `otrl_message_initiate_smp(_q)`. False if there is no such context. libotr itself
    /// does nothing unless the context is encrypted.
    pub(crate) fn smp_start(
        &mut self,
        names: &Names,
        user: &CStr,
        instance: Instag,
        question: Option<&CStr>,
        secret: &[u8],
    ) -> bool {
        let context = self.find_context(names, user, instance);
        if context.is_null() {
            return false;
        }
        match question {
            // SAFETY: live userstate and context, static OPS, live opdata; the secret slice
            // and question are only read during the call (libotr hashes the secret).
            Some(question) => unsafe {
                otrl_message_initiate_smp_q(
                    self.us(),
                    &OPS,
                    self.opdata(),
                    context,
                    question.as_ptr(),
                    secret.as_ptr(),
                    secret.len(),
                );
            },
            // SAFETY: as above.
            None => unsafe {
                otrl_message_initiate_smp(
                    self.us(),
                    &OPS,
                    self.opdata(),
                    context,
                    secret.as_ptr(),
                    secret.len(),
                );
            },
        }
        true
    }

    /// `otrl_message_respond_smp`. False if there is no such context.
    pub(crate) fn smp_respond(
        &mut self,
        names: &Names,
        user: &CStr,
        instance: Instag,
        secret: &[u8],
    ) -> bool {
        let context = self.find_context(names, user, instance);
        if context.is_null() {
            return false;
        }
        // SAFETY: live userstate and context, static OPS, live opdata; secret only read.
        unsafe {
            otrl_message_respond_smp(
                self.us(),
                &OPS,
                self.opdata(),
                context,
                secret.as_ptr(),
                secret.len(),
            );
        }
        true
    }

    /// `otrl_message_abort_smp`. False if there is no such context.
    pub(crate) fn smp_abort(&mut self, names: &Names, user: &CStr, instance: Instag) -> bool {
        let context = self.find_context(names, user, instance);
        if context.is_null() {
            return false;
        }
        // SAFETY: live userstate and context (every context has its smstate), static OPS,
        // live opdata.
        unsafe { otrl_message_abort_smp(self.us(), &OPS, self.opdata(), context) };
        true
    }

    /// `otrl_context_set_trust` on `user`'s known fingerprint. False if unknown.
    pub(crate) fn set_trust(
        &mut self,
        names: &Names,
        user: &CStr,
        fingerprint: &[u8; 20],
        trust: &CStr,
    ) -> bool {
        let context = self.find_context(names, user, INSTAG_MASTER);
        if context.is_null() {
            return false;
        }
        let mut hash = *fingerprint;
        // SAFETY: live master context; hash is 20 bytes; add_if_missing = 0.
        let found = unsafe {
            otrl_context_find_fingerprint(context, hash.as_mut_ptr(), 0, ptr::null_mut())
        };
        if found.is_null() {
            return false;
        }
        // SAFETY: live fingerprint of this userstate; libotr copies the trust string.
        unsafe { otrl_context_set_trust(found, trust.as_ptr()) };
        true
    }

    /// `otrl_message_poll`: libotr's periodic clean-up (asked for through timer_control).
    pub(crate) fn poll(&mut self) {
        // SAFETY: live userstate, static OPS, live opdata.
        unsafe { otrl_message_poll(self.us(), &OPS, self.opdata()) };
    }
}

impl Drop for Otr {
    fn drop(&mut self) {
        // SAFETY: we own the userstate and free it once; no libotr call runs (we have
        // &mut self), so no callback can use the callback box freed next.
        unsafe { otrl_userstate_free(self.us()) };
        // SAFETY: the box was leaked in `new` and is reclaimed once, after libotr's last use.
        drop(unsafe { Box::from_raw(self.callbacks.as_ptr()) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ops_table_has_the_24_fields_of_libotr_4_1_1() {
        assert_eq!(layout::OPS_SIZE, 24 * size_of::<Option<extern "C" fn()>>());
        assert_eq!(layout::OPS_TIMER_CONTROL, 23 * layout::POINTER_SIZE);
    }

    #[test]
    fn query_text_is_libotrs_fixed_english() {
        let text = default_query_msg(c"alice@example.org", 0x06).unwrap();
        assert!(text.starts_with("?OTRv23?"), "{text}");
        assert!(text.contains("Off-the-Record"), "{text}");
    }
}
