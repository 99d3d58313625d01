//! The profile database.

use std::path::Path;
use std::str::FromStr as _;

use otter_types::{AccountId, CertFingerprint, Password};
use sqlx::Row as _;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::error::StoreError;
use crate::profile::ProfileDir;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

const DATABASE_FILE: &str = "otter.db";

/// Which protocol an account speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// XMPP (Jabber).
    Xmpp,
    /// IRC.
    Irc,
}

impl Protocol {
    fn as_db(self) -> &'static str {
        match self {
            Self::Xmpp => "xmpp",
            Self::Irc => "irc",
        }
    }

    fn from_db(text: &str) -> Result<Self, StoreError> {
        match text {
            "xmpp" => Ok(Self::Xmpp),
            "irc" => Ok(Self::Irc),
            _ => Err(StoreError::BadValue { what: "protocol" }),
        }
    }
}

/// An account to add.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Its protocol.
    pub protocol: Protocol,
    /// XMPP: `local@domain`; IRC: `nick@network-host`.
    pub address: String,
    /// Connect to this host instead of the address's domain ("" = the domain).
    pub server_host: String,
    /// Connect to this port (0 = the protocol's default).
    pub server_port: u16,
    /// Direct TLS instead of STARTTLS (XMPP).
    pub direct_tls: bool,
    /// IRC: NickServ `IDENTIFY` after registration where the server offers no SASL for the
    /// password (off by default).
    pub nickserv_fallback: bool,
    /// IRC: connect without TLS, allowed only to an onion service (off by default).
    pub onion_plaintext: bool,
    /// The password, stored only if `Some` (the user ticked "remember password", off by
    /// default).
    pub remembered_password: Option<Password>,
}

/// What an edit does with the remembered password.
#[derive(Debug, Clone)]
pub enum PasswordChange {
    /// Leave it as it is (remembered or not).
    Keep,
    /// Forget it: the password is erased from the database.
    Forget,
    /// Remember this password from now on.
    Remember(Password),
}

/// The settings of an account that can change after it was added. The protocol and address
/// cannot: they are who the account is, and its OTR key and trust belong to them.
#[derive(Debug, Clone)]
pub struct AccountEdit {
    /// Connect to this host instead of the address's domain ("" = the domain).
    pub server_host: String,
    /// Connect to this port (0 = the protocol's default).
    pub server_port: u16,
    /// Direct TLS instead of STARTTLS (XMPP).
    pub direct_tls: bool,
    /// IRC: NickServ `IDENTIFY` after registration where the server offers no SASL for the
    /// password (off by default).
    pub nickserv_fallback: bool,
    /// IRC: connect without TLS, allowed only to an onion service (off by default).
    pub onion_plaintext: bool,
    /// The remembered password.
    pub password: PasswordChange,
}

/// An account as stored.
#[derive(Debug, Clone)]
pub struct AccountRecord {
    /// Its id.
    pub id: AccountId,
    /// Its protocol.
    pub protocol: Protocol,
    /// Its address.
    pub address: String,
    /// Connect-host override ("" = none).
    pub server_host: String,
    /// Connect-port override (0 = none).
    pub server_port: u16,
    /// Direct TLS.
    pub direct_tls: bool,
    /// IRC: NickServ `IDENTIFY` after registration where the server offers no SASL for the
    /// password (off by default).
    pub nickserv_fallback: bool,
    /// IRC: connect without TLS, allowed only to an onion service (off by default).
    pub onion_plaintext: bool,
    /// The remembered password, if the user asked for it to be remembered.
    pub remembered_password: Option<Password>,
    /// The strongest SASL mechanism this account has used ("" = none yet).
    pub strongest_mechanism: String,
    /// IRC: the nick the user last chose ("" = the address's); the address keeps the one
    /// the account logs in with.
    pub irc_nick: String,
}

/// The open profile database.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: SqlitePool,
}

impl Store {
    /// Opens (creating if needed) the database in `profile` and brings its schema up to date.
    /// A database from a newer Otter or a damaged file is a typed error, never overwritten.
    pub async fn open(profile: &ProfileDir) -> Result<Self, StoreError> {
        let file = profile.ensure_private_file(DATABASE_FILE)?;
        let pool = connect(&file).await.map_err(classify)?;
        MIGRATOR.run(&pool).await.map_err(|error| match error {
            sqlx::migrate::MigrateError::VersionMissing(found) => StoreError::NewerSchema { found },
            sqlx::migrate::MigrateError::Execute(inner) => classify(inner),
            other => StoreError::Corrupt(other.to_string()),
        })?;
        Ok(Self { pool })
    }

    /// Moves a damaged database aside (as `otter.db.damaged-N`), so that `open` can start a
    /// fresh one without destroying the old file. Returns the new name.
    pub fn move_aside(profile: &ProfileDir) -> Result<std::path::PathBuf, StoreError> {
        let file = profile.path().join(DATABASE_FILE);
        for n in 1..1000 {
            let aside = profile.path().join(format!("{DATABASE_FILE}.damaged-{n}"));
            if !aside.exists() {
                std::fs::rename(&file, &aside)?;
                for journal in ["-wal", "-shm"] {
                    let from = profile.path().join(format!("{DATABASE_FILE}{journal}"));
                    if from.exists() {
                        std::fs::rename(from, format!("{}{journal}", aside.display()))?;
                    }
                }
                return Ok(aside);
            }
        }
        Err(StoreError::Corrupt(
            "too many damaged databases set aside".into(),
        ))
    }

    /// Closes the database, flushing the write-ahead log.
    pub async fn close(self) {
        self.pool.close().await;
    }

    /// Adds an account.
    pub async fn add_account(&self, account: &NewAccount) -> Result<AccountId, StoreError> {
        let (remember, password) = match &account.remembered_password {
            Some(password) => (1, password.reveal().to_owned()),
            None => (0, String::new()),
        };
        let result = sqlx::query(
            "INSERT INTO accounts (protocol, address, server_host, server_port, direct_tls, \
             irc_nickserv_fallback, irc_onion_plaintext, remember_password, password) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(account.protocol.as_db())
        .bind(&account.address)
        .bind(&account.server_host)
        .bind(i64::from(account.server_port))
        .bind(i64::from(account.direct_tls))
        .bind(i64::from(account.nickserv_fallback))
        .bind(i64::from(account.onion_plaintext))
        .bind(remember)
        .bind(password)
        .execute(&self.pool)
        .await?;
        let id = u64::try_from(result.last_insert_rowid())
            .map_err(|_| StoreError::BadValue { what: "account id" })?;
        Ok(AccountId(id))
    }

    /// All accounts, in the order they were added.
    pub async fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, protocol, address, server_host, server_port, direct_tls, \
             remember_password, password, strongest_mechanism, irc_nick, irc_nickserv_fallback, \
             irc_onion_plaintext FROM accounts ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let remember: i64 = row.try_get("remember_password")?;
                let password: String = row.try_get("password")?;
                Ok(AccountRecord {
                    id: AccountId(
                        u64::try_from(row.try_get::<i64, _>("id")?)
                            .map_err(|_| StoreError::BadValue { what: "account id" })?,
                    ),
                    protocol: Protocol::from_db(row.try_get("protocol")?)?,
                    address: row.try_get("address")?,
                    server_host: row.try_get("server_host")?,
                    server_port: u16::try_from(row.try_get::<i64, _>("server_port")?)
                        .map_err(|_| StoreError::BadValue { what: "port" })?,
                    direct_tls: row.try_get::<i64, _>("direct_tls")? != 0,
                    nickserv_fallback: row.try_get::<i64, _>("irc_nickserv_fallback")? != 0,
                    onion_plaintext: row.try_get::<i64, _>("irc_onion_plaintext")? != 0,
                    remembered_password: (remember != 0).then(|| Password::new(password)),
                    strongest_mechanism: row.try_get("strongest_mechanism")?,
                    irc_nick: row.try_get("irc_nick")?,
                })
            })
            .collect()
    }

    /// Changes an account's connection settings and remembered password, in one transaction.
    /// An unknown account is [`StoreError::NotFound`].
    pub async fn edit_account(&self, id: AccountId, edit: &AccountEdit) -> Result<(), StoreError> {
        let mut transaction = self.pool.begin().await?;
        let changed = sqlx::query(
            "UPDATE accounts SET server_host = ?, server_port = ?, direct_tls = ?, \
             irc_nickserv_fallback = ?, irc_onion_plaintext = ? WHERE id = ?",
        )
        .bind(&edit.server_host)
        .bind(i64::from(edit.server_port))
        .bind(i64::from(edit.direct_tls))
        .bind(i64::from(edit.nickserv_fallback))
        .bind(i64::from(edit.onion_plaintext))
        .bind(db_id(id)?)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::BadValue {
                what: "account to edit",
            });
        }
        let password = match &edit.password {
            PasswordChange::Keep => None,
            PasswordChange::Forget => Some((0, String::new())),
            PasswordChange::Remember(password) => Some((1, password.reveal().to_owned())),
        };
        if let Some((remember, password)) = password {
            sqlx::query("UPDATE accounts SET remember_password = ?, password = ? WHERE id = ?")
                .bind(remember)
                .bind(password)
                .bind(db_id(id)?)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Removes an account and everything stored for it.
    pub async fn remove_account(&self, id: AccountId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM accounts WHERE id = ?")
            .bind(db_id(id)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records the SASL mechanism an account used, so a later downgrade can be refused.
    pub async fn set_strongest_mechanism(
        &self,
        id: AccountId,
        mechanism: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET strongest_mechanism = ? WHERE id = ?")
            .bind(mechanism)
            .bind(db_id(id)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records the IRC nick the user chose, for the account's next connections ("" = the
    /// address's again).
    pub async fn set_irc_nick(&self, id: AccountId, nick: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET irc_nick = ? WHERE id = ?")
            .bind(nick)
            .bind(db_id(id)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Pins the certificate the user accepted for `host` on this account.
    pub async fn pin_certificate(
        &self,
        id: AccountId,
        host: &str,
        fingerprint: &CertFingerprint,
    ) -> Result<(), StoreError> {
        let hex: String = fingerprint
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        sqlx::query(
            "INSERT INTO pinned_certificates (account_id, host, sha256) VALUES (?, ?, ?) \
             ON CONFLICT (account_id, host) DO UPDATE SET sha256 = excluded.sha256",
        )
        .bind(db_id(id)?)
        .bind(host)
        .bind(hex)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The certificate pinned for `host` on this account, if any.
    pub async fn pinned_certificate(
        &self,
        id: AccountId,
        host: &str,
    ) -> Result<Option<CertFingerprint>, StoreError> {
        let row =
            sqlx::query("SELECT sha256 FROM pinned_certificates WHERE account_id = ? AND host = ?")
                .bind(db_id(id)?)
                .bind(host)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| {
            let hex: String = row.try_get("sha256")?;
            CertFingerprint::parse(&hex).map_err(|_| StoreError::BadValue {
                what: "certificate fingerprint",
            })
        })
        .transpose()
    }

    /// Adds a contact to an account (or updates its alias).
    pub async fn add_contact(
        &self,
        account: AccountId,
        address: &str,
        alias: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO contacts (account_id, address, alias) VALUES (?, ?, ?) \
             ON CONFLICT (account_id, address) DO UPDATE SET alias = excluded.alias",
        )
        .bind(db_id(account)?)
        .bind(address)
        .bind(alias)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// An account's contacts as (address, alias), by address.
    pub async fn contacts(&self, account: AccountId) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT address, alias FROM contacts WHERE account_id = ? ORDER BY address",
        )
        .bind(db_id(account)?)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("address")?, row.try_get("alias")?)))
            .collect()
    }

    /// Remembers a room (IRC channel, or an XMPP room kept locally) for an account.
    pub async fn add_room(
        &self,
        account: AccountId,
        name: &str,
        nick: &str,
        autojoin: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO rooms (account_id, name, nick, autojoin) VALUES (?, ?, ?, ?) \
             ON CONFLICT (account_id, name) DO UPDATE SET nick = excluded.nick, \
             autojoin = excluded.autojoin",
        )
        .bind(db_id(account)?)
        .bind(name)
        .bind(nick)
        .bind(i64::from(autojoin))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets a room of an account (nothing happens if it was not remembered).
    pub async fn remove_room(&self, account: AccountId, name: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM rooms WHERE account_id = ? AND name = ?")
            .bind(db_id(account)?)
            .bind(name)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// An account's rooms as (name, nick, autojoin), by name.
    pub async fn rooms(
        &self,
        account: AccountId,
    ) -> Result<Vec<(String, String, bool)>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, nick, autojoin FROM rooms WHERE account_id = ? ORDER BY name",
        )
        .bind(db_id(account)?)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("name")?,
                    row.try_get("nick")?,
                    row.try_get::<i64, _>("autojoin")? != 0,
                ))
            })
            .collect()
    }

    /// Remembers an IRC network's Strict Transport Security policy: until `expires_at` (Unix
    /// seconds), connections to `host` use TLS on `port`. A newer policy replaces the old one.
    pub async fn remember_sts_policy(
        &self,
        host: &str,
        port: u16,
        expires_at: u64,
    ) -> Result<(), StoreError> {
        let expires_at = i64::try_from(expires_at).map_err(|_| StoreError::BadValue {
            what: "policy expiry",
        })?;
        sqlx::query(
            "INSERT INTO irc_sts_policies (host, port, expires_at) VALUES (?, ?, ?) \
             ON CONFLICT (host) DO UPDATE SET port = excluded.port, \
             expires_at = excluded.expires_at",
        )
        .bind(host.to_ascii_lowercase())
        .bind(i64::from(port))
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets a network's policy (the server sent `duration=0`).
    pub async fn forget_sts_policy(&self, host: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM irc_sts_policies WHERE host = ?")
            .bind(host.to_ascii_lowercase())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The TLS port a policy in force at `now` (Unix seconds) requires for `host`, if any.
    pub async fn sts_port(&self, host: &str, now: u64) -> Result<Option<u16>, StoreError> {
        let now = i64::try_from(now).map_err(|_| StoreError::BadValue { what: "time" })?;
        let row =
            sqlx::query("SELECT port FROM irc_sts_policies WHERE host = ? AND expires_at > ?")
                .bind(host.to_ascii_lowercase())
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| {
            let port: i64 = row.try_get("port")?;
            u16::try_from(port).map_err(|_| StoreError::BadValue {
                what: "policy port",
            })
        })
        .transpose()
    }

    /// An application setting.
    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT value FROM settings WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| row.try_get("value")).transpose()?)
    }

    /// Changes an application setting.
    pub async fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES (?, ?) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

pub(crate) fn db_id(id: AccountId) -> Result<i64, StoreError> {
    i64::try_from(id.0).map_err(|_| StoreError::BadValue { what: "account id" })
}

async fn connect(file: &Path) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(file)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .foreign_keys(true)
        // A forgotten password or removed account is overwritten, not left in free pages.
        .pragma("secure_delete", "ON");
    // One connection: the core is single-threaded and SQLite serialises writers anyway.
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
}

/// SQLite's "not a database" and "corrupt" results become `Corrupt`; others stay database
/// errors.
fn classify(error: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &error {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), possibly extended.
        if let Some(code) = db.code().and_then(|c| c.parse::<i64>().ok())
            && matches!(code & 0xff, 11 | 26)
        {
            return StoreError::Corrupt(db.message().to_owned());
        }
    }
    StoreError::Database(error)
}
