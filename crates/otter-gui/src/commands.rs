//! What a line typed in a composer means: text to send, or one of the protocols' commands
//! (`/join`, `/kick`, …), turned into what Otter does for it.
//!
//! A line that starts with `/` is never sent as text unless it is `/me` (an action, which both
//! protocols carry as text: XEP-0245, and the IRC driver's CTCP ACTION) or starts with `//`
//! (the escape for a line that really begins with a slash). A command Otter does not know, or
//! cannot do (yet), becomes a line in the conversation saying so: a mistyped `/jion` must not
//! reach everyone in a room.

use otter_core::types::{AccountId, MessageText};
use otter_core::{Availability, Command, RoomModeration, UserPresence};

use crate::i18n::tr;

/// What a typed line is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Typed {
    /// Send this text as a message (`/me …` included).
    Text(String),
    /// Do this.
    Request(Request),
    /// Do nothing, and say why.
    Problem(Problem),
}

/// A command, with its words.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Request {
    /// `/join ROOM [PASSWORD]`.
    Join {
        room: String,
        password: Option<String>,
    },
    /// `/part [ROOM]` (or `/leave`): the room typed in, unless one is named.
    Part { room: Option<String> },
    /// `/msg WHO TEXT` sends at once; `/query WHO [TEXT]` opens the conversation.
    Message { peer: String, text: Option<String> },
    /// `/kick NICK [REASON]` and `/ban NICK [REASON]`.
    Moderate {
        nick: String,
        action: RoomModeration,
        reason: Option<String>,
    },
    /// `/invite ADDRESS [REASON]`, to the room typed in.
    Invite {
        invitee: String,
        reason: Option<String>,
    },
    /// `/away [MESSAGE]`; without a message, back to available.
    Away { message: Option<String> },
    /// `/quit`: disconnect the account of this conversation.
    Quit,
    /// `/topic TEXT`: the room's subject (the channel's topic).
    Topic { text: String },
    /// `/nick NICK`: another nick in this room (on IRC, on the whole network).
    Nick { nick: String },
    /// `/clear`: empty this window; what is kept on disk stays.
    Clear,
    /// `/whois NICK` (IRC): what the network says about a nick, shown where it was asked.
    Whois { nick: String },
    /// `/who #channel` or `/who NICK` (IRC): who is there, shown where it was asked.
    Who { target: String },
    /// `/mode` (the channel's modes), `/mode +b` (its bans), `/mode MODES [ARGS]` (change
    /// them, as an operator); IRC channels.
    Mode { change: Option<String> },
    /// `/raw LINE` (or `/quote`), IRC: one line as typed, after a confirmation.
    Raw { line: String },
}

impl Request {
    /// The command, if only IRC has it (XMPP has no WHOIS or channel modes).
    pub(crate) fn irc_only(&self) -> Option<&'static str> {
        match self {
            Self::Whois { .. } => Some("/whois"),
            Self::Who { .. } => Some("/who"),
            Self::Mode { .. } => Some("/mode"),
            Self::Raw { .. } => Some("/raw"),
            _ => None,
        }
    }
}

/// Why a line did nothing; `command` is the command as typed, e.g. `/jion`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    Unknown {
        command: String,
    },
    /// A command of the protocols that Otter cannot carry out (here).
    Unsupported {
        command: String,
    },
    /// Words are missing; `example` shows the form.
    Incomplete {
        command: String,
        example: &'static str,
    },
    /// It acts on a room, and this is not one.
    RoomOnly {
        command: String,
    },
    /// A `/raw` line Otter does not send.
    RawRefused(RawProblem),
}

/// Why a `/raw` line is not sent (the network checks again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawProblem {
    /// A line break or NUL would smuggle in a second line.
    ControlCharacter,
    /// Over the 510 bytes of an IRC line.
    TooLong,
    /// A message or notice to a nick would pass by the private-conversation (OTR) gate.
    PrivateMessage,
    /// Tags or a source at the start, which clients do not send.
    Prefixed,
}

/// The longest `/raw` line, in bytes: an IRC line's 512 without CR LF.
const MAX_RAW_BYTES: usize = 510;

/// What is wrong with a `/raw` line, if anything (the same rules as the IRC client's, which
/// checks again with the network's channel prefixes).
fn raw_problem(line: &str) -> Option<RawProblem> {
    if line.contains(['\r', '\n', '\0']) {
        return Some(RawProblem::ControlCharacter);
    }
    if line.len() > MAX_RAW_BYTES {
        return Some(RawProblem::TooLong);
    }
    if line.starts_with(['@', ':']) {
        return Some(RawProblem::Prefixed);
    }
    let mut words = line.split_whitespace();
    let command = words.next().unwrap_or_default().to_ascii_uppercase();
    let to_channels = |targets: &str| {
        !targets.is_empty()
            && targets.split(',').all(|target| {
                target
                    .trim_start_matches(['~', '&', '@', '%', '+'])
                    .starts_with(['#', '&'])
            })
    };
    match command.as_str() {
        "PRIVMSG" | "NOTICE" if !to_channels(words.next().unwrap_or_default()) => {
            Some(RawProblem::PrivateMessage)
        }
        "CPRIVMSG" | "CNOTICE" => Some(RawProblem::PrivateMessage),
        _ => None,
    }
}

impl Problem {
    /// The line shown in the conversation, in the user's language.
    pub(crate) fn words(&self) -> String {
        match self {
            Self::Unknown { command } => tr::command_unknown(command.as_str()),
            Self::Unsupported { command } => tr::command_unsupported(command.as_str()),
            Self::Incomplete { command, example } => {
                tr::command_incomplete(command.as_str(), *example)
            }
            Self::RoomOnly { command } => tr::command_room_only(command.as_str()),
            Self::RawRefused(RawProblem::ControlCharacter) => tr::command_raw_control(),
            Self::RawRefused(RawProblem::TooLong) => tr::command_raw_too_long(),
            Self::RawRefused(RawProblem::PrivateMessage) => tr::command_raw_private(),
            Self::RawRefused(RawProblem::Prefixed) => tr::command_raw_prefixed(),
        }
    }
}

/// The commands of the protocols that Otter's core has no way to do yet: said so, never sent.
const UNSUPPORTED: &[&str] = &[];

/// The first word and the rest, trimmed.
fn split_word(text: &str) -> (&str, Option<&str>) {
    let text = text.trim();
    match text.split_once(char::is_whitespace) {
        Some((word, rest)) => {
            let rest = rest.trim();
            (word, (!rest.is_empty()).then_some(rest))
        }
        None => (text, None),
    }
}

/// Reads a typed line.
pub(crate) fn parse(line: &str) -> Typed {
    let Some(after_slash) = line.strip_prefix('/') else {
        return Typed::Text(line.to_owned());
    };
    if after_slash.starts_with('/') {
        return Typed::Text(after_slash.to_owned());
    }
    let (name, rest) = split_word(after_slash);
    let lower = name.to_lowercase();
    let command = format!("/{name}");
    let incomplete = |example: &'static str| {
        Typed::Problem(Problem::Incomplete {
            command: command.clone(),
            example,
        })
    };
    let request = match lower.as_str() {
        // Sent as typed: both protocols read "/me " as an action.
        "me" => {
            return match rest {
                // Spelt as the protocols read it, however it was typed.
                Some(action) => Typed::Text(format!("/me {action}")),
                None => incomplete("/me waves"),
            };
        }
        "join" | "j" => match rest.map(split_word) {
            Some((room, password)) => Request::Join {
                room: room.to_owned(),
                password: password.map(str::to_owned),
            },
            None => return incomplete("/join #otter"),
        },
        "part" | "leave" => Request::Part {
            room: rest.map(|r| split_word(r).0.to_owned()),
        },
        "msg" | "query" => match rest.map(split_word) {
            Some((peer, text)) if lower == "query" || text.is_some() => Request::Message {
                peer: peer.to_owned(),
                text: text.map(str::to_owned),
            },
            _ if lower == "msg" => return incomplete("/msg alice hello"),
            _ => return incomplete("/query alice"),
        },
        "kick" | "ban" => match rest.map(split_word) {
            Some((nick, reason)) => Request::Moderate {
                nick: nick.to_owned(),
                action: if lower == "kick" {
                    RoomModeration::Kick
                } else {
                    RoomModeration::Ban
                },
                reason: reason.map(str::to_owned),
            },
            None if lower == "kick" => return incomplete("/kick alice"),
            None => return incomplete("/ban alice"),
        },
        "invite" => match rest.map(split_word) {
            Some((invitee, reason)) => Request::Invite {
                invitee: invitee.to_owned(),
                reason: reason.map(str::to_owned),
            },
            None => return incomplete("/invite alice@example.org"),
        },
        "away" => Request::Away {
            message: rest.map(str::to_owned),
        },
        "quit" | "disconnect" => Request::Quit,
        "topic" => match rest {
            Some(text) => Request::Topic {
                text: text.to_owned(),
            },
            None => return incomplete("/topic Release day"),
        },
        "nick" => match rest.map(split_word) {
            Some((nick, None)) => Request::Nick {
                nick: nick.to_owned(),
            },
            _ => return incomplete("/nick alice"),
        },
        "clear" => Request::Clear,
        "whois" => match rest.map(split_word) {
            Some((nick, None)) => Request::Whois {
                nick: nick.to_owned(),
            },
            _ => return incomplete("/whois alice"),
        },
        "who" => match rest.map(split_word) {
            Some((target, None)) => Request::Who {
                target: target.to_owned(),
            },
            _ => return incomplete("/who #otter"),
        },
        "raw" | "quote" => match rest {
            Some(line) => Request::Raw {
                line: line.to_owned(),
            },
            None => return incomplete("/raw VERSION"),
        },
        "mode" => Request::Mode {
            change: rest.map(str::to_owned),
        },
        other if UNSUPPORTED.contains(&other) => {
            return Typed::Problem(Problem::Unsupported { command });
        }
        _ => return Typed::Problem(Problem::Unknown { command }),
    };
    Typed::Request(request)
}

/// Where a line was typed.
#[derive(Debug, Clone)]
pub(crate) enum Place {
    Conversation { account: AccountId },
    Room { account: AccountId, room: String },
}

impl Place {
    pub(crate) fn account(&self) -> AccountId {
        match self {
            Self::Conversation { account, .. } | Self::Room { account, .. } => *account,
        }
    }
}

/// What the window does for a request.
#[derive(Debug)]
pub(crate) enum Action {
    /// Hand this to the core.
    Core(Command),
    /// Join through the rooms module, which shows the room once joined.
    Join {
        account: AccountId,
        room: String,
        password: Option<String>,
    },
    /// Open the conversation with `peer` and, once open, send `text`.
    Open {
        account: AccountId,
        peer: String,
        text: Option<String>,
    },
    /// Empty the window the line was typed in.
    Clear,
    /// Ask about `nick`, and show the answer where it was asked.
    Whois { account: AccountId, nick: String },
    /// Ask who is in a channel or uses a nick, and show the answer where it was asked.
    Who { account: AccountId, target: String },
    /// Send a line as typed, once the user confirmed (once per run) that it is unchecked.
    Raw { account: AccountId, line: String },
}

/// What a request typed at `place` does, or why it cannot.
pub(crate) fn plan(request: Request, place: &Place) -> Result<Action, Problem> {
    let account = place.account();
    let reason = |reason: Option<String>| reason.map(MessageText::new);
    Ok(match request {
        Request::Join { room, password } => Action::Join {
            account,
            room,
            password,
        },
        Request::Part { room } => match (room, place) {
            (Some(room), _) => Action::Core(Command::LeaveRoom { account, room }),
            (None, Place::Room { room, .. }) => Action::Core(Command::LeaveRoom {
                account,
                room: room.clone(),
            }),
            (None, Place::Conversation { .. }) => {
                return Err(Problem::RoomOnly {
                    command: "/part".to_owned(),
                });
            }
        },
        Request::Message { peer, text } => Action::Open {
            account,
            peer,
            text,
        },
        Request::Moderate {
            nick,
            action,
            reason: why,
        } => {
            let command = match action {
                RoomModeration::Ban => "/ban",
                _ => "/kick",
            }
            .to_owned();
            let Place::Room { room, .. } = place else {
                return Err(Problem::RoomOnly { command });
            };
            Action::Core(Command::ModerateRoom {
                account,
                room: room.clone(),
                nick,
                action,
                reason: reason(why),
            })
        }
        Request::Invite {
            invitee,
            reason: why,
        } => {
            let command = "/invite".to_owned();
            let Place::Room { room, .. } = place else {
                return Err(Problem::RoomOnly { command });
            };
            Action::Core(Command::InviteToRoom {
                account,
                room: room.clone(),
                invitee,
                reason: reason(why),
            })
        }
        Request::Away { message } => Action::Core(Command::SetPresence(UserPresence {
            availability: if message.is_some() {
                Availability::Away
            } else {
                Availability::Available
            },
            status: reason(message),
        })),
        Request::Quit => Action::Core(Command::Disconnect { account }),
        Request::Topic { text } => {
            let Place::Room { room, .. } = place else {
                return Err(Problem::RoomOnly {
                    command: "/topic".to_owned(),
                });
            };
            Action::Core(Command::SetRoomSubject {
                account,
                room: room.clone(),
                subject: MessageText::new(text),
            })
        }
        // A nick belongs to a room (XMPP) or to the connection, which a room names (IRC).
        Request::Nick { nick } => {
            let Place::Room { room, .. } = place else {
                return Err(Problem::RoomOnly {
                    command: "/nick".to_owned(),
                });
            };
            Action::Core(Command::ChangeRoomNick {
                account,
                room: room.clone(),
                nick,
            })
        }
        Request::Clear => Action::Clear,
        Request::Whois { nick } => Action::Whois { account, nick },
        Request::Who { target } => Action::Who { account, target },
        Request::Raw { line } => match raw_problem(&line) {
            Some(problem) => return Err(Problem::RawRefused(problem)),
            None => Action::Raw { account, line },
        },
        Request::Mode { change } => {
            let Place::Room { room, .. } = place else {
                return Err(Problem::RoomOnly {
                    command: "/mode".to_owned(),
                });
            };
            let room = room.clone();
            match change.as_deref().map(split_word) {
                None => Action::Core(Command::ShowRoomModes { account, room }),
                Some(("+b" | "b", None)) => Action::Core(Command::ListRoomBans { account, room }),
                Some((modes, args)) => Action::Core(Command::SetRoomModes {
                    account,
                    room,
                    modes: modes.to_owned(),
                    args: args
                        .map(|args| args.split_whitespace().map(str::to_owned).collect())
                        .unwrap_or_default(),
                }),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(line: &str) -> Request {
        match parse(line) {
            Typed::Request(request) => request,
            other => panic!("{line:?} gave {other:?}"),
        }
    }

    #[test]
    fn plain_lines_me_and_the_double_slash_are_text() {
        assert_eq!(parse("hello"), Typed::Text("hello".into()));
        assert_eq!(parse("/me waves"), Typed::Text("/me waves".into()));
        assert_eq!(parse("/ME  waves"), Typed::Text("/me waves".into()));
        assert_eq!(parse("//etc/hosts"), Typed::Text("/etc/hosts".into()));
        assert_eq!(
            parse(" /not a command"),
            Typed::Text(" /not a command".into())
        );
    }

    #[test]
    fn an_unknown_command_is_never_text() {
        assert_eq!(
            parse("/jion #otter"),
            Typed::Problem(Problem::Unknown {
                command: "/jion".into()
            })
        );
        assert!(matches!(
            parse("/raw"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
        assert!(matches!(
            parse("/whois"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
        assert!(matches!(
            parse("/who"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
        assert!(matches!(
            parse("/me"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
        assert!(matches!(
            parse("/msg alice"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
        assert!(matches!(
            parse("/kick"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
    }

    #[test]
    fn commands_take_their_words() {
        assert_eq!(
            request("/join #otter key"),
            Request::Join {
                room: "#otter".into(),
                password: Some("key".into())
            }
        );
        assert_eq!(request("/part"), Request::Part { room: None });
        assert_eq!(
            request("/msg bob  hello there "),
            Request::Message {
                peer: "bob".into(),
                text: Some("hello there".into())
            }
        );
        assert_eq!(
            request("/query bob"),
            Request::Message {
                peer: "bob".into(),
                text: None
            }
        );
        assert_eq!(
            request("/KICK eve spam"),
            Request::Moderate {
                nick: "eve".into(),
                action: RoomModeration::Kick,
                reason: Some("spam".into())
            }
        );
        assert_eq!(request("/away"), Request::Away { message: None });
        assert_eq!(request("/quit"), Request::Quit);
        assert_eq!(
            request("/topic  Release day "),
            Request::Topic {
                text: "Release day".into()
            }
        );
        assert!(matches!(
            parse("/nick two words"),
            Typed::Problem(Problem::Incomplete { .. })
        ));
    }

    #[test]
    fn room_commands_need_a_room() {
        let conversation = Place::Conversation {
            account: AccountId(1),
        };
        let irc_room = Place::Room {
            account: AccountId(2),
            room: "#otter".into(),
        };
        let xmpp_room = Place::Room {
            account: AccountId(1),
            room: "r@conference.example.org".into(),
        };
        assert!(matches!(
            plan(request("/kick eve"), &conversation),
            Err(Problem::RoomOnly { .. })
        ));
        assert!(matches!(
            plan(request("/ban eve"), &irc_room),
            Ok(Action::Core(Command::ModerateRoom {
                action: RoomModeration::Ban,
                ..
            }))
        ));
        assert!(matches!(
            plan(request("/topic Release day"), &irc_room),
            Ok(Action::Core(Command::SetRoomSubject { room, .. })) if room == "#otter"
        ));
        assert!(matches!(
            plan(request("/nick alicia"), &xmpp_room),
            Ok(Action::Core(Command::ChangeRoomNick { nick, .. })) if nick == "alicia"
        ));
        assert!(matches!(
            plan(request("/nick alicia"), &conversation),
            Err(Problem::RoomOnly { .. })
        ));
        assert!(matches!(
            plan(request("/clear"), &conversation),
            Ok(Action::Clear)
        ));
        assert!(matches!(
            plan(request("/kick eve"), &xmpp_room),
            Ok(Action::Core(Command::ModerateRoom { nick, .. })) if nick == "eve"
        ));
        assert!(matches!(
            plan(request("/part"), &irc_room),
            Ok(Action::Core(Command::LeaveRoom { room, .. })) if room == "#otter"
        ));
        assert!(matches!(
            plan(request("/part"), &conversation),
            Err(Problem::RoomOnly { .. })
        ));
        assert!(matches!(
            plan(request("/whois Bot"), &conversation),
            Ok(Action::Whois { nick, .. }) if nick == "Bot"
        ));
        assert!(matches!(
            plan(request("/who #otter"), &conversation),
            Ok(Action::Who { target, .. }) if target == "#otter"
        ));
        assert!(matches!(
            plan(request("/mode"), &irc_room),
            Ok(Action::Core(Command::ShowRoomModes { room, .. })) if room == "#otter"
        ));
        assert!(matches!(
            plan(request("/mode +b"), &irc_room),
            Ok(Action::Core(Command::ListRoomBans { .. }))
        ));
        assert!(matches!(
            plan(request("/mode +kl  sekrit 10"), &irc_room),
            Ok(Action::Core(Command::SetRoomModes { modes, args, .. }))
                if modes == "+kl" && args == ["sekrit", "10"]
        ));
        assert!(matches!(
            plan(request("/mode +m"), &conversation),
            Err(Problem::RoomOnly { .. })
        ));
        assert!(matches!(
            plan(request("/raw VERSION"), &conversation),
            Ok(Action::Raw { line, .. }) if line == "VERSION"
        ));
        assert!(matches!(
            plan(request("/quote privmsg #otter,@#cats :hi"), &irc_room),
            Ok(Action::Raw { .. })
        ));
        for (line, problem) in [
            ("/raw PRIVMSG alice :hi", RawProblem::PrivateMessage),
            ("/raw notice Alice :hi", RawProblem::PrivateMessage),
            ("/raw PRIVMSG #otter,alice :hi", RawProblem::PrivateMessage),
            ("/raw CPRIVMSG alice #otter :hi", RawProblem::PrivateMessage),
            ("/raw @a=b PRIVMSG #otter :hi", RawProblem::Prefixed),
            ("/raw JOIN #a\u{0}", RawProblem::ControlCharacter),
        ] {
            assert_eq!(
                plan(request(line), &irc_room).err(),
                Some(Problem::RawRefused(problem)),
                "{line}"
            );
        }
        let long = format!("/raw PING {}", "x".repeat(MAX_RAW_BYTES));
        assert_eq!(
            plan(request(&long), &irc_room).err(),
            Some(Problem::RawRefused(RawProblem::TooLong))
        );
        assert!(matches!(
            plan(request("/quit"), &irc_room),
            Ok(Action::Core(Command::Disconnect { account })) if account == AccountId(2)
        ));
    }
}
