#![doc = include_str!("../README.md")]

mod bind;
mod bookmarks;
mod client;
mod element;
mod error;
mod form;
mod iq;
mod jid;
mod message;
mod presence;
mod register;
mod room;
mod roster;
mod sasl;
mod services;
mod sm;
mod stream;

pub use bookmarks::{Bookmark, BookmarkStore, MAX_BOOKMARKS};
pub use client::{
    Action, Client, ClientConfig, CloseReason, KEEPALIVE_IDLE, KEEPALIVE_TIMEOUT, TlsMode,
    XmppEvent,
};
pub use error::{RestrictedXml, XmppError};
pub use form::{
    DataForm, FieldAnswer, FieldKind, FormField, FormOption, MAX_FIELD_OPTIONS,
    MAX_FIELD_VALUE_BYTES, MAX_FIELD_VALUES, MAX_FORM_FIELDS,
};
pub use jid::{Jid, JidError};
pub use message::{ActivitySharing, ChatState, DelayedDelivery};
pub use presence::{MAX_STATUS_BYTES, OwnPresence, Show};
pub use register::{MAX_SERVER_TEXT_BYTES, RegistrationRefusal, UnsupportedForm};
pub use room::{
    Affiliation, History, Invitation, LeftReason, MAX_INVITATION_PASSWORD_BYTES, MAX_NICK_BYTES,
    MAX_OCCUPANTS, MAX_REASON_BYTES, MAX_ROOMS, MAX_SUBJECT_BYTES, Moderation, Occupant,
    OccupantChange, Role, RoomBody, RoomError, RoomFacts, RoomRequest, SELF_PING_IDLE,
    SELF_PING_TIMEOUT,
};
pub use roster::{
    MAX_CONTACT_GROUPS, MAX_CONTACT_NAME_BYTES, MAX_GROUP_NAME_BYTES, MAX_ROSTER_ITEMS, RosterItem,
    Subscription, clean_groups,
};
pub use sasl::{ChannelBindingData, SaslMechanism};
pub use sm::{MAX_UNACKNOWLEDGED, Resumption};
pub use stream::{MAX_ATTRIBUTES, MAX_DEPTH, MAX_STANZA_BYTES, MAX_STANZA_ELEMENTS};
