#![doc = include_str!("../README.md")]

mod account_task;
mod api;
mod engine;
mod irc_driver;
mod names;
mod private;
mod xmpp_driver;

pub use api::{
    AccountChanges, AccountSettings, Availability, CertificatePrompt, Command, ConnectionStatus,
    ConversationPrivacy, CoreConfig, CoreHandle, CoreStopped, Event, EventStream, HeldReason,
    KeyGenerationState, ListedRoom, LoggedLine, MAX_CONTACT_GROUPS, MAX_GROUP_NAME_BYTES,
    OccupantChange, PasswordChoice, ProfileProblem, Protocol, RegistrationFailure,
    RegistrationProblem, RoomAffiliation, RoomBan, RoomBookmark, RoomErrorKind, RoomFacts,
    RoomForm, RoomFormAnswer, RoomFormField, RoomFormFieldKind, RoomFormOption, RoomLeftReason,
    RoomModeChange, RoomModeration, RoomOccupant, RoomRequestKind, RoomRole, Security, StartError,
    TorStatus, UserPresence, WhoInfo, WhoPerson, WhoisInfo, set_profile_aside, start,
};
pub use engine::random_irc_nick;
pub use names::{RandomNameError, random_account_name};
pub use otter_net::SocksProxy;
pub use otter_otr::OtrPolicy;
pub use otter_types as types;
