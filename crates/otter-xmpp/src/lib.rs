#![doc = include_str!("../README.md")]

mod bind;
mod client;
mod element;
mod error;
mod iq;
mod jid;
mod message;
mod presence;
mod roster;
mod sasl;
mod stream;

pub use client::{Action, Client, ClientConfig, CloseReason, TlsMode, XmppEvent};
pub use error::{RestrictedXml, XmppError};
pub use jid::{Jid, JidError};
pub use message::DelayedDelivery;
pub use presence::Show;
pub use roster::{RosterItem, Subscription};
pub use sasl::{ChannelBindingData, SaslMechanism};
pub use stream::{MAX_ATTRIBUTES, MAX_DEPTH, MAX_STANZA_BYTES, MAX_STANZA_ELEMENTS};
