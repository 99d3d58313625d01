//! The profile directory: private to its user, or refused.

use std::fs;
use std::os::unix::fs::{
    DirBuilderExt as _, MetadataExt as _, OpenOptionsExt as _, PermissionsExt as _,
};
use std::path::{Path, PathBuf};

use crate::error::{PermissionProblem, StoreError};

/// Directories are created 0700, files 0600 (as Tails keeps Pidgin's `~/.purple`).
const DIR_MODE: u32 = 0o700;
const FILE_MODE: u32 = 0o600;

/// What `set_aside` moves: the database and its journals, the history, the OTR folder and the
/// client certificates (both filed by account number).
const SET_ASIDE: [&str; 4] = ["otter.db", "history.db", "otr", CLIENT_CERTS];

/// The folder of IRC client certificates (CertFP): `N.pem` for account N, the certificate and
/// its private key.
const CLIENT_CERTS: &str = "client-certs";

/// A profile directory that has been checked to belong to this user and be closed to others.
#[derive(Debug, Clone)]
pub struct ProfileDir {
    path: PathBuf,
}

impl ProfileDir {
    /// Opens `path`, creating it (0700) if missing. Refuses a directory that group or others
    /// may access, or that another user owns.
    pub fn open_or_create(path: &Path) -> Result<Self, StoreError> {
        if !path.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(DIR_MODE)
                .create(path)?;
        }
        let meta = fs::metadata(path)?;
        let unsafe_because = |problem| StoreError::ProfileUnsafe {
            path: path.to_owned(),
            problem,
        };
        if !meta.is_dir() {
            return Err(unsafe_because(PermissionProblem::NotADirectory));
        }
        // Our own uid, without libc: /proc/self belongs to the process's user.
        let own_uid = fs::metadata("/proc/self")?.uid();
        if meta.uid() != own_uid {
            return Err(unsafe_because(PermissionProblem::OwnedByAnotherUser));
        }
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(unsafe_because(PermissionProblem::OpenToOthers { mode }));
        }
        Ok(Self {
            path: path.to_owned(),
        })
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn client_identity_file(&self, account: otter_types::AccountId) -> PathBuf {
        self.path
            .join(CLIENT_CERTS)
            .join(format!("{}.pem", account.0))
    }

    /// The account's client certificate and key (PEM), if it has one.
    pub fn client_identity(
        &self,
        account: otter_types::AccountId,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        match fs::read(self.client_identity_file(account)) {
            Ok(pem) => Ok(Some(pem)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Keeps the account's client certificate and key, readable by the user alone (0600 in a
    /// 0700 folder). An existing one is never overwritten: the services may have it bound.
    pub fn save_client_identity(
        &self,
        account: otter_types::AccountId,
        pem: &[u8],
    ) -> Result<(), StoreError> {
        use std::io::Write as _;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(DIR_MODE)
            .create(self.path.join(CLIENT_CERTS))?;
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(self.client_identity_file(account))?;
        file.write_all(pem)?;
        file.sync_all()?;
        Ok(())
    }

    /// Deletes the account's client certificate (the account is removed).
    pub fn remove_client_identity(
        &self,
        account: otter_types::AccountId,
    ) -> Result<(), StoreError> {
        match fs::remove_file(self.client_identity_file(account)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.into()),
            _ => Ok(()),
        }
    }

    /// Moves everything Otter keeps in the profile (the database and its journals, the kept
    /// history, the OTR keys and trust) into a new private folder `set-aside-N` inside it, so
    /// that Otter can start afresh without destroying anything: a damaged database, or one a
    /// newer Otter wrote, stays there for the user (or a newer Otter) to recover. The history
    /// and the OTR files go too because they are filed by the old database's account numbers.
    /// Returns the folder.
    pub fn set_aside(&self) -> Result<PathBuf, StoreError> {
        let folder = (1..1000)
            .map(|n| self.path.join(format!("set-aside-{n}")))
            .find(|folder| !folder.exists())
            .ok_or(StoreError::BadValue {
                what: "set-aside folder (there are too many)",
            })?;
        fs::DirBuilder::new().mode(DIR_MODE).create(&folder)?;
        for entry in fs::read_dir(&self.path)? {
            let entry = entry?;
            let name = entry.file_name();
            let kept_by_otter = name
                .to_str()
                .is_some_and(|name| SET_ASIDE.iter().any(|prefix| name.starts_with(prefix)));
            if kept_by_otter {
                fs::rename(entry.path(), folder.join(&name))?;
            }
        }
        Ok(folder)
    }

    /// Creates `name` inside the profile with mode 0600 if it does not exist yet, so that
    /// SQLite (which gives its journal files the database file's mode) never makes a readable
    /// file.
    pub(crate) fn ensure_private_file(&self, name: &str) -> Result<PathBuf, StoreError> {
        let file = self.path.join(name);
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(FILE_MODE)
            .open(&file)?;
        Ok(file)
    }
}
