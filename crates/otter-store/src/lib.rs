#![doc = include_str!("../README.md")]

mod error;
mod profile;
mod store;

pub use error::{PermissionProblem, StoreError};
pub use profile::ProfileDir;
pub use store::{AccountRecord, NewAccount, Protocol, Store};
