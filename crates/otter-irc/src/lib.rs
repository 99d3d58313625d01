#![doc = include_str!("../README.md")]

mod batch;
mod cap;
mod client;
mod error;
mod line;
mod nick;
mod sasl;
mod sts;
mod target;
mod text;

pub use batch::{BATCH_TIMEOUT, MAX_BATCH_ENTRIES, MAX_OPEN_BATCHES};
pub use cap::{MAX_OFFERED_CAPS, WANTED as WANTED_CAPABILITIES};
pub use client::{
    Action, BanEntry, ChannelModeration, Client, ClientConfig, CloseReason, DEFAULT_FLOOD_BURST,
    DEFAULT_FLOOD_INTERVAL, DEFAULT_PING_AFTER, DEFAULT_PING_TIMEOUT, IrcEvent, ListedChannel,
    MAX_AWAY_BYTES, MAX_CHANNEL_MEMBERS, MAX_CHANNELS, MAX_LISTED_BANS, MAX_LISTED_CHANNELS,
    MAX_LISTED_TOPIC_BYTES, MAX_NICK_ATTEMPTS, MAX_PENDING_LABELS, MAX_PENDING_WHOIS,
    MAX_QUEUED_LINES, MAX_RAW_LINE_BYTES, MAX_REPLY_DESCRIPTION_BYTES, MAX_SENT_TOPIC_BYTES,
    MAX_SHOWN_MODE_CHANGES, MAX_TOPIC_BYTES, MAX_WHO_ENTRIES, MAX_WHOIS_CHANNELS,
    MAX_WHOIS_FIELD_BYTES, Member, ModeChange, RawRefusal, ReplyKind, Target, WhoEntry, WhoisReply,
};
pub use error::IrcError;
pub use line::{MAX_LINE_BYTES, MAX_TAGS_BYTES};
pub use nick::{NICK_SYLLABLES, pronounceable_nick};
pub use sasl::{AUTHENTICATE_CHUNK_BYTES, SCRAM_SHA_256, Sasl};
pub use sts::{MAX_STS_DURATION, StsPolicy};
pub use target::{CaseMapping, Channel, MAX_NAME_BYTES, Nick, RoomBody};

/// Text as the interface may show it: mIRC formatting stripped, controls (but tabs) and
/// bidirectional overrides escaped as `<U+XXXX>`. Received messages already come this way; this
/// is for text that was hidden inside them, such as a message the OTR engine decrypted.
pub fn displayable_text(text: &str) -> otter_types::MessageText {
    otter_types::MessageText::new(text::for_display(text))
}
