//! What can go wrong with the profile on disk.

use std::path::PathBuf;

use otter_types::ErrorKind;

/// Why the profile directory is not safe to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PermissionProblem {
    /// Other users could read or change it (mode allows group or others).
    OpenToOthers {
        /// The mode found.
        mode: u32,
    },
    /// It belongs to another user.
    OwnedByAnotherUser,
    /// It is not a directory.
    NotADirectory,
}

/// The profile could not be opened or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The profile directory's permissions would expose it (the user's or an attacker's
    /// doing); Otter refuses to use it rather than leak or trust it.
    #[error("the profile {path} is not private to this user ({problem:?})")]
    ProfileUnsafe {
        /// The directory.
        path: PathBuf,
        /// What is wrong.
        problem: PermissionProblem,
    },
    /// The database was written by a newer Otter; opening it could lose data.
    #[error("the profile was written by a newer version of Otter (schema {found})")]
    NewerSchema {
        /// The newest migration found in the database.
        found: i64,
    },
    /// The database file is damaged or not a database.
    #[error("the profile database is damaged: {0}")]
    Corrupt(String),
    /// The file system refused.
    #[error("the profile could not be read or written: {0}")]
    Io(#[from] std::io::Error),
    /// SQLite refused.
    #[error("the profile database failed: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored value is not what this version writes (a bug, or editing by hand).
    #[error("the profile holds an unreadable {what}")]
    BadValue {
        /// Which value.
        what: &'static str,
    },
}

impl StoreError {
    /// How the user interface should classify this.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::StorageFailed
    }
}
