//! Opaque ids that cross the boundary between the core and the user interface.

/// One of the user's accounts (a login on one XMPP server or IRC network).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(pub u64);

/// One conversation as the user interface shows it: a contact or a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConversationId(pub u64);

/// Chosen by the user interface for a message it asked to send, so that later events about that
/// message (held, sent, failed) can be matched to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u64);
