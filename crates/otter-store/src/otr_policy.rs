//! How much OTR each account and contact uses, as the user set it.

use otter_types::AccountId;
use sqlx::Row as _;

use crate::error::StoreError;
use crate::store::{Store, db_id};

/// A stored OTR policy (the store speaks its own words so it needs no OTR crate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredOtrPolicy {
    /// Never use OTR.
    Never,
    /// Offer OTR and use it when the contact can.
    Opportunistic,
    /// Never send plaintext.
    Required,
}

impl StoredOtrPolicy {
    fn as_db(self) -> &'static str {
        match self {
            Self::Never => "never",
            Self::Opportunistic => "opportunistic",
            Self::Required => "required",
        }
    }

    fn from_db(text: &str) -> Result<Option<Self>, StoreError> {
        match text {
            "" => Ok(None),
            "never" => Ok(Some(Self::Never)),
            "opportunistic" => Ok(Some(Self::Opportunistic)),
            "required" => Ok(Some(Self::Required)),
            _ => Err(StoreError::BadValue { what: "OTR policy" }),
        }
    }
}

impl Store {
    /// Sets an account's policy.
    pub async fn set_account_otr_policy(
        &self,
        account: AccountId,
        policy: StoredOtrPolicy,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET otr_policy = ? WHERE id = ?")
            .bind(policy.as_db())
            .bind(db_id(account)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every account's policy.
    pub async fn account_otr_policies(
        &self,
    ) -> Result<Vec<(AccountId, StoredOtrPolicy)>, StoreError> {
        let rows = sqlx::query("SELECT id, otr_policy FROM accounts ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let id = account_id(row.try_get("id")?)?;
                let policy = StoredOtrPolicy::from_db(row.try_get("otr_policy")?)?
                    .ok_or(StoreError::BadValue { what: "OTR policy" })?;
                Ok((id, policy))
            })
            .collect()
    }

    /// Sets a contact's own policy (`None`: follow the account), adding the contact if the
    /// account did not list it yet.
    pub async fn set_contact_otr_policy(
        &self,
        account: AccountId,
        address: &str,
        policy: Option<StoredOtrPolicy>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO contacts (account_id, address, otr_policy) VALUES (?, ?, ?) \
             ON CONFLICT (account_id, address) DO UPDATE SET otr_policy = excluded.otr_policy",
        )
        .bind(db_id(account)?)
        .bind(address)
        .bind(policy.map_or("", StoredOtrPolicy::as_db))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every contact that has a policy of its own: (account, address, policy).
    pub async fn contact_otr_policies(
        &self,
    ) -> Result<Vec<(AccountId, String, StoredOtrPolicy)>, StoreError> {
        let rows = sqlx::query(
            "SELECT account_id, address, otr_policy FROM contacts WHERE otr_policy != '' \
             ORDER BY account_id, address",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id = account_id(row.try_get("account_id")?)?;
                let policy = StoredOtrPolicy::from_db(row.try_get("otr_policy")?)?
                    .ok_or(StoreError::BadValue { what: "OTR policy" })?;
                Ok((id, row.try_get("address")?, policy))
            })
            .collect()
    }
}

fn account_id(raw: i64) -> Result<AccountId, StoreError> {
    u64::try_from(raw)
        .map(AccountId)
        .map_err(|_| StoreError::BadValue { what: "account id" })
}
