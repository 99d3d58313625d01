#![doc = include_str!("../README.md")]

mod error;
mod history;
mod otr_policy;
mod pidgin;
mod profile;
mod store;

pub use error::{PermissionProblem, StoreError};
pub use history::{
    History, LoggedEncryption, LoggedMessage, LoggingChoice, LoggingPermit, MAX_RECENT,
};
pub use otr_policy::StoredOtrPolicy;
pub use pidgin::{
    OtrImport, PidginAccount, PidginContact, PidginProfile, PidginRoom, read_pidgin_otr,
    read_pidgin_profile,
};
pub use profile::ProfileDir;
pub use store::{AccountEdit, AccountRecord, NewAccount, PasswordChange, Protocol, Store};
