//! Conversation history, for the conversations the user asked to keep, and only those.
//!
//! Nothing here can write a message without a [`LoggingPermit`], and only a
//! [`LoggingChoice`] read from the profile (or just set by the user) can make one, for its
//! own conversation. Private (OTR) messages need a second, separate yes. The history has its
//! own database file, created on the first permitted write; deleted messages are overwritten
//! (`secure_delete`) and deleting all history removes the file.

use std::path::{Path, PathBuf};
use std::str::FromStr as _;

use otter_types::{AccountId, MessageText};
use sqlx::Row as _;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::error::StoreError;
use crate::profile::ProfileDir;
use crate::store::{Store, db_id};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./history_migrations");

const HISTORY_FILE: &str = "history.db";

/// The most messages `History::recent` returns.
pub const MAX_RECENT: u32 = 500;

/// What the user chose for one contact's conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggingChoice {
    account: AccountId,
    peer: String,
    include_private: bool,
}

impl LoggingChoice {
    /// The account of the conversation.
    pub fn account(&self) -> AccountId {
        self.account
    }

    /// The contact of the conversation.
    pub fn peer(&self) -> &str {
        &self.peer
    }

    /// Whether private (OTR) messages are kept too.
    pub fn include_private(&self) -> bool {
        self.include_private
    }

    /// The permission to keep one message of this conversation: none for a private message
    /// unless the user allowed those as well.
    pub fn permit(&self, private: bool) -> Option<LoggingPermit<'_>> {
        (!private || self.include_private).then_some(LoggingPermit { choice: self })
    }
}

/// Permission to keep one message of one conversation.
#[derive(Debug)]
pub struct LoggingPermit<'a> {
    choice: &'a LoggingChoice,
}

/// How a logged message travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoggedEncryption {
    /// OTR, verified contact.
    Verified,
    /// OTR, unverified contact.
    Unverified,
    /// Not encrypted end to end.
    None,
}

impl LoggedEncryption {
    fn as_db(self) -> &'static str {
        match self {
            Self::Verified => "verified",
            Self::Unverified => "unverified",
            Self::None => "none",
        }
    }

    fn from_db(text: &str) -> Result<Self, StoreError> {
        match text {
            "verified" => Ok(Self::Verified),
            "unverified" => Ok(Self::Unverified),
            "none" => Ok(Self::None),
            _ => Err(StoreError::BadValue { what: "encryption" }),
        }
    }
}

/// One kept message.
#[derive(Debug, Clone)]
pub struct LoggedMessage {
    /// Sent by the user (else received).
    pub outgoing: bool,
    /// How it travelled.
    pub encryption: LoggedEncryption,
    /// The text.
    pub text: MessageText,
    /// When, in Unix seconds.
    pub at: i64,
}

/// The history database, open.
#[derive(Debug)]
pub struct History {
    pool: SqlitePool,
    file: PathBuf,
}

impl History {
    /// Opens the history if it exists (`None` when nothing was ever kept).
    pub async fn open_existing(profile: &ProfileDir) -> Result<Option<Self>, StoreError> {
        if !profile.path().join(HISTORY_FILE).exists() {
            return Ok(None);
        }
        Self::open_or_create(profile).await.map(Some)
    }

    /// Opens the history, creating its file (0600) on first use.
    pub async fn open_or_create(profile: &ProfileDir) -> Result<Self, StoreError> {
        let file = profile.ensure_private_file(HISTORY_FILE)?;
        let pool = connect(&file).await?;
        MIGRATOR.run(&pool).await.map_err(|error| match error {
            sqlx::migrate::MigrateError::VersionMissing(found) => StoreError::NewerSchema { found },
            other => StoreError::Corrupt(other.to_string()),
        })?;
        Ok(Self { pool, file })
    }

    /// Keeps one message of the permit's conversation.
    pub async fn append(
        &self,
        permit: LoggingPermit<'_>,
        outgoing: bool,
        encryption: LoggedEncryption,
        text: &MessageText,
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO messages (account_id, peer, outgoing, encryption, text, at) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(db_id(permit.choice.account)?)
        .bind(&permit.choice.peer)
        .bind(i64::from(outgoing))
        .bind(encryption.as_db())
        .bind(text.reveal())
        .bind(at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The last `limit` (at most `MAX_RECENT`) messages with `peer`, oldest first.
    pub async fn recent(
        &self,
        account: AccountId,
        peer: &str,
        limit: u32,
    ) -> Result<Vec<LoggedMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT outgoing, encryption, text, at FROM ( \
               SELECT id, outgoing, encryption, text, at FROM messages \
               WHERE account_id = ? AND peer = ? ORDER BY id DESC LIMIT ?) ORDER BY id",
        )
        .bind(db_id(account)?)
        .bind(peer)
        .bind(i64::from(limit.min(MAX_RECENT)))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(LoggedMessage {
                    outgoing: row.try_get::<i64, _>("outgoing")? != 0,
                    encryption: LoggedEncryption::from_db(row.try_get("encryption")?)?,
                    text: MessageText::new(row.try_get::<String, _>("text")?),
                    at: row.try_get("at")?,
                })
            })
            .collect()
    }

    /// Deletes the history with `peer`; the deleted text is overwritten on disk.
    pub async fn delete_conversation(
        &self,
        account: AccountId,
        peer: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM messages WHERE account_id = ? AND peer = ?")
            .bind(db_id(account)?)
            .bind(peer)
            .execute(&self.pool)
            .await?;
        // Move the overwritten pages out of the write-ahead log and empty it.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes all history: the database and its journal files are removed.
    pub async fn delete_all(self) -> Result<(), StoreError> {
        self.pool.close().await;
        remove_history_files(&self.file)
    }
}

fn remove_history_files(file: &Path) -> Result<(), StoreError> {
    for suffix in ["", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", file.display()));
        match std::fs::remove_file(&path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
            _ => {}
        }
    }
    Ok(())
}

async fn connect(file: &Path) -> Result<SqlitePool, StoreError> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(file)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // Deleted history is overwritten with zeros, not just unlinked from the b-tree.
        .pragma("secure_delete", "ON");
    Ok(SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await?)
}

impl Store {
    /// Turns logging on or off for one contact's conversation (private messages only with
    /// `include_private`), adding the contact if the account did not list it yet.
    pub async fn set_logging(
        &self,
        account: AccountId,
        peer: &str,
        enabled: bool,
        include_private: bool,
    ) -> Result<Option<LoggingChoice>, StoreError> {
        let include_private = enabled && include_private;
        sqlx::query(
            "INSERT INTO contacts (account_id, address, logging, log_private) VALUES (?, ?, ?, ?) \
             ON CONFLICT (account_id, address) DO UPDATE \
             SET logging = excluded.logging, log_private = excluded.log_private",
        )
        .bind(db_id(account)?)
        .bind(peer)
        .bind(i64::from(enabled))
        .bind(i64::from(include_private))
        .execute(&self.pool)
        .await?;
        Ok(enabled.then(|| LoggingChoice {
            account,
            peer: peer.to_owned(),
            include_private,
        }))
    }

    /// Every conversation the user chose to keep.
    pub async fn logging_choices(&self) -> Result<Vec<LoggingChoice>, StoreError> {
        let rows = sqlx::query(
            "SELECT account_id, address, log_private FROM contacts WHERE logging = 1 \
             ORDER BY account_id, address",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let raw: i64 = row.try_get("account_id")?;
                Ok(LoggingChoice {
                    account: AccountId(
                        u64::try_from(raw)
                            .map_err(|_| StoreError::BadValue { what: "account id" })?,
                    ),
                    peer: row.try_get("address")?,
                    include_private: row.try_get::<i64, _>("log_private")? != 0,
                })
            })
            .collect()
    }
}
