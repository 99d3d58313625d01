# Otter's user interface, American English: the source every translation starts from.
#
# Rules for this file and every translation (po/README.md says more):
# - Ids are kebab-case and start with the area of the window they belong to.
# - Variables ($peer, $address, ...) are inserted by Otter. Keep every variable of a
#   message, add none, and do not translate their names. Otter isolates each one
#   (Unicode FSI...PDI) so that a right-to-left name cannot reorder your sentence.
# - No markup: <b>, <a href>, ... are shown as typed, not interpreted.
# - What is sent over the network (the OTR query text and the like) is not here: it
#   stays in English on purpose, because the contact's client shows it.
# - Tone: plain words for someone who is not a computer expert, and who may be in
#   danger. Say what is and is not private; never reassure more than is true.

## Terms

# The application's name. A brand: do not translate.
-app-name = Otter

## The window

window-title = { -app-name }
# The window title while a conversation is open.
# $peer: the contact's address (for example alice@example.org or an IRC nick).
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Checking whether Tor is running…
tor-status-ready = Connected to Tor. Every connection goes through Tor, each account on its own circuit.
# Shown when the proxy Otter uses is not Tor, or is set up so that all accounts share one
# path through the network (someone watching could link the accounts).
tor-status-not-isolating = Connected to a SOCKS proxy that does not separate accounts: it may not be Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Accounts
sidebar-contacts-heading = Contacts
# Placeholder of the field where the user types an address to start a chat.
# "nick" is the IRC word for a user name.
sidebar-open-address-placeholder = Chat with… (XMPP address or IRC nick)
sidebar-open-address-tooltip = Address of a contact to chat with
# A contact in the contact list, with the name the user gave them.
# $name: that name; $address: the contact's address.
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Connect
account-disconnect-button = Disconnect
# $address: the account's address (for example alice@example.org).
account-connect-tooltip = Connect { $address } through Tor
account-status-offline = Offline
account-status-connecting = Connecting through Tor…
account-status-online = Online
# $reason: one full sentence saying what went wrong (one of the error-... messages below).
account-status-failed = Not connected: { $reason }

## Importing from Pidgin

pidgin-import-button = Import from Pidgin
# $directory: where Pidgin keeps its files, usually ~/.purple. Keep it as is.
pidgin-import-button-tooltip = Bring over your Pidgin accounts, contacts, chats and OTR keys from { $directory }
pidgin-import-dialog-title = Import from Pidgin
# "Persistent Storage" is the name of a Tails feature: use the name Tails uses in your language.
pidgin-import-dialog-body = Otter will bring over your accounts, contacts, chats, OTR keys and verified contacts. Pidgin may also have saved passwords: bring them too only if this computer's storage is encrypted (on Tails: the Persistent Storage). Pidgin's conversation logging is not copied: Otter keeps no logs unless you ask.
pidgin-import-without-passwords = Import without passwords
pidgin-import-with-passwords = Import with passwords
# Shown after an import. Each count chooses its own plural form.
# $accounts: accounts added; $skipped: accounts Otter already had;
# $contacts: contacts added; $rooms: group chats added.
pidgin-imported =
    Imported from Pidgin: { $accounts ->
        [one] { $accounts } account
       *[other] { $accounts } accounts
    } ({ $skipped } already here), { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $rooms ->
        [one] { $rooms } chat
       *[other] { $rooms } chats
    }.

## First run: the welcome, shown while there is no account

welcome-title = Welcome to { -app-name }
welcome-intro = { -app-name } connects only through Tor. Add an account to start chatting.
welcome-add-xmpp-button = Add an existing XMPP account
welcome-add-xmpp-tooltip = You already have an XMPP (Jabber) address and its password
welcome-create-xmpp-button = Create a new XMPP account
welcome-add-irc-button = Add an IRC network
welcome-add-irc-tooltip = Chat on OFTC, Libera.Chat or another IRC network with your registered nick

## Adding an account

account-dialog-xmpp-title = Add an XMPP account
account-dialog-irc-title = Add an IRC network
account-dialog-add-button = Add account
account-address-placeholder = Address, such as name@example.org
account-address-tooltip = Your XMPP address
# "nick" is the IRC word for a user name.
account-nick-placeholder = Your registered nick
account-nick-tooltip = The nick you registered on this network
account-network-tooltip = IRC network
# The choice of IRC network that lets the user type a server.
account-network-custom = Other network…
account-network-custom-placeholder = Server, such as irc.example.org
account-network-custom-tooltip = The IRC network's server name
account-password-placeholder = Password
account-password-tooltip = The account's password
account-remember-password = Remember password
account-remember-password-tooltip = Save the password in your Otter folder, so you do not type it again. On Tails, only do this with the Persistent Storage turned on. Off: you type it each time you connect.
account-advanced = Advanced
account-host-placeholder = Connect to server (optional)
account-host-tooltip = Connect to this server instead of the one in the address
account-port-placeholder = Port (optional)
account-port-tooltip = Port number on that server
account-advanced-help = Only needed if your provider told you. The name is looked up through Tor; Tor cannot look up DNS SRV records, so if your provider uses one, type its server and port here.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Type your address.
account-problem-address-form = An XMPP address looks like name@example.org: a name, "@", then the server.
account-problem-address-spaces = An address has no spaces.
account-problem-nick-empty = Type your nick.
account-problem-nick-form = A nick has no spaces or "@", and does not start with a digit or "-".
account-problem-network-empty = Type the network's server, such as irc.example.org.
account-problem-password-empty = Type the password.
account-problem-host-form = The server is a name such as xmpp.example.org, without spaces, "/" or ":".
account-problem-port-form = The port is a number from 1 to 65535.
# The IRC network must know your nick: Otter logs in with it (SASL).
account-problem-irc-password = Type the password of your registered nick: { -app-name } logs in with it.

## Rooms (group chats): never private

sidebar-rooms-heading = Rooms
rooms-join-button = Join a room…
rooms-join-tooltip = Join a group chat with one of your XMPP accounts
# A room in the sidebar. The room is joined when opened, if the user is not in it.
room-open-tooltip = Open this room (joins it if you are not in it)
room-join-dialog-title = Join a room
room-join-dialog-button = Join room
room-join-explanation = Nothing said in a room is private: everyone in it, and the server, reads every message.
room-account-tooltip = The account to join with
# Placeholder of the room address field. $example: an address on the account's server,
# such as room@conference.example.org.
room-address-placeholder = Room address, such as { $example }
room-address-tooltip = The room's address
room-nick-placeholder = Your nick in the room
room-nick-tooltip = The name others in the room see
room-password-placeholder = Room password (only if it has one)
room-password-tooltip = The room's password, if it has one
room-bookmark-check = Save in my rooms
room-autojoin-check = Join automatically when I connect
room-problem-address = A room's address looks like name@conference.example.org: a name, "@", then the server.
room-problem-nick = Type the nick you want to use in the room.
# Always shown at the top of a room. Keep it strong: a room is never private.
room-not-private-banner = Not private: everyone in this room, and the server, can read every message. Private conversations (OTR) are not possible in rooms.
room-warning-address-visible = Everyone in this room can see your real address.
room-warning-logged = This room is logged publicly: what you say may be published.
room-warning-created = You created this room.
# $nick: the nick the room gave the user instead of the one asked for.
room-warning-nick-changed = The room gave you another nick: { $nick }
# $nick: the user's nick in the room.
room-joined-as = You are in this room as { $nick }.
room-joining = Joining…
# $topic: the room's subject, as its people wrote it.
room-topic = Topic: { $topic }
room-topic-none = No topic
# $nick: who changed the topic; $topic: the new topic.
room-topic-set = { $nick } set the topic: { $topic }
# How many people are in the room, shown above the list of people.
room-occupants-count = { $count ->
    [one] { $count } person here
   *[other] { $count } people here
}
room-occupants-tooltip = People in this room
# One person in a room's list. $nick: their nick.
room-occupant-moderator = { $nick } (moderator)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (can only read)
# $nick: who wrote; $text: what they wrote.
room-message = { $nick }: { $text }
# A message from before the user joined, replayed by the room.
room-message-history = { $nick } (earlier): { $text }
# A message from the room itself. $text: what it says.
room-message-from-room = The room says: { $text }
# $nick: who joined, left or changed nick.
room-occupant-joined = { $nick } joined
room-occupant-left = { $nick } left
# $from: the old nick; $to: the new one.
room-occupant-renamed = { $from } is now { $to }
room-leave-button = Leave room
room-leave-tooltip = Leave this room; you can join it again later
room-compose-tooltip = Type a message to everyone in the room
room-left-left = You left the room.
room-left-kicked = A moderator removed you from the room.
room-left-banned = You are banned from this room.
room-left-removed = You are no longer allowed in this room.
room-left-shutdown = The room's server shut down.
room-left-destroyed = The room was closed.
room-left-too-many = This room has more people than { -app-name } can follow, so { -app-name } left it.
room-left-disconnected = You are out of the room: the account went offline.
room-error-nick-in-use = Someone in this room already uses that nick. Choose another one.
room-error-password = This room needs a password, or the password was wrong.
room-error-banned = You are banned from this room.
room-error-not-found = There is no room at this address.
room-error-members-only = Only members may join this room.
room-error-full = This room is full.
room-error-creation-refused = The server does not let you create this room.
room-error-nick-refused = The room does not accept this nick. Choose another one.
room-error-message-refused = The room did not accept your message: you may not be allowed to speak there.
# $condition: the room's own words for the problem (a technical code, in English).
room-error-other = The room refused: { $condition }
# A room's problem, at the bottom of the window. $room: the room's address; $error: one
# sentence (one of the room-error-... or room-left-... messages).
room-problem = { $room }: { $error }
room-topic-button = Change topic…
room-topic-button-tooltip = Give this room another topic, which everyone in it sees
# $room: the room's address.
room-topic-dialog-title = Topic of { $room }
room-topic-entry = New topic (empty: no topic)
room-topic-entry-tooltip = The topic everyone in the room sees
room-topic-dialog-button = Set topic
room-nick-button = Change nick…
room-nick-button-tooltip = Appear under another nick in this room
# $room: the room's address.
room-nick-dialog-title = Your nick in { $room }
room-nick-irc-explanation = On IRC your nick belongs to the whole network: it changes in every channel of this account.
room-nick-dialog-button = Use this nick
room-invite-button = Invite…
room-invite-button-tooltip = Invite someone to this room
# $room: the room's address.
room-invite-dialog-title = Invite someone to { $room }
room-invite-address = Their address, such as name@example.org
room-invite-address-tooltip = The address of the person to invite
room-reason-entry = Reason (optional)
room-invite-reason-tooltip = A few words sent with the invitation
room-invite-dialog-button = Send invitation
room-invite-problem-address = An address looks like name@example.org: a name, "@", then the server.
# $address: who was invited.
room-invite-sent = Invitation sent to { $address }.
# The name, for screen readers, of the button that opens the menu of what the user may do
# to someone in a room. $nick: that person.
room-occupant-actions = Actions for { $nick }
room-action-kick = Remove from the room
room-action-ban = Ban from the room
room-action-grant-voice = Let speak
room-action-revoke-voice = Stop from speaking
room-action-grant-moderator = Make moderator
room-action-revoke-moderator = Remove as moderator
# $nick: the person to remove.
room-kick-dialog-title = Remove { $nick } from the room?
room-kick-explanation = They can come back. Everyone in the room sees that you removed them, and your reason.
room-kick-button = Remove
# $nick: the person to ban.
room-ban-dialog-title = Ban { $nick } from the room?
room-ban-explanation = They cannot come back until an administrator lifts the ban. Everyone in the room sees that you banned them, and your reason.
room-ban-button = Ban
room-moderation-reason-tooltip = Why: everyone in the room sees it
# $nick: someone in the room whose role changed.
room-occupant-now-moderator = { $nick } is now a moderator.
room-occupant-now-participant = { $nick } may speak.
room-occupant-now-visitor = { $nick } can only read now.
# $nick: someone a moderator removed or banned.
room-occupant-kicked = { $nick } was removed from the room.
room-occupant-banned = { $nick } was banned from the room.
room-refused-configure = The room did not take its default settings, so it stays closed to others.
room-refused-kick = The room did not let you remove that person.
room-refused-ban = The room did not let you ban that person.
room-refused-voice = The room did not let you change who may speak.
room-refused-moderator = The room did not let you change who moderates.
room-refused-invite = The room did not pass your invitation on.
room-refused-destroy = The room did not let you close it.
room-refused-subject = The room did not let you change the topic.
room-refused-configuration = The room did not let you see or change its settings.
room-refused-rights = You do not have the rights for that here.
room-refused-later = Try again in a moment.
# $condition: the room's own words for the problem (a technical code, in English).
room-refused-condition = The room said: { $condition }
rooms-channels-button = IRC channels…
rooms-channels-tooltip = Search the channels of an IRC network you are connected to, and join one
room-channels-dialog-title = IRC channels
room-channels-explanation = Nothing said in a channel is private: everyone in it, and the network, reads every message.
room-channels-network-tooltip = The IRC network to search
room-channels-search-placeholder = Part of a channel's name (empty: all)
room-channels-search-tooltip = Search the network's channels by name
room-channels-search-button = Search
room-channels-no-network = Connect an IRC network first: its channels are listed through it.
room-channels-searching = Asking the network…
# How many channels matched the search.
room-channels-count = { $count ->
    [one] One channel found.
   *[other] { $count } channels found.
}
# More channels matched than Otter shows. $count: how many are shown.
room-channels-truncated = More channels match than can be shown; here are the first { $count }. Type more of the name to narrow the search.
# One channel in the list. $room: its name; $people: how many are in it; $topic: its topic.
room-channels-row = { $room } ({ $people ->
    [one] one person
   *[other] { $people } people
}): { $topic }
room-channels-join-button = Join
# The name, for screen readers, of a channel's Join button. $room: the channel.
room-channels-join = Join { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferences
prefs-button = Preferences
prefs-button-tooltip = Privacy settings and saved conversations
prefs-require-private = Require private conversations with everyone
prefs-require-private-explanation = When on, no message to a contact leaves unencrypted: it waits until the private conversation (OTR) is up. Rooms are never private and this does not change them.
# The check box starts half-set when this window does not know the saved choice.
prefs-require-private-unknown = Half-set: this window does not know whether you turned this on in an earlier session. Choose on or off.
prefs-delete-all-button = Delete all saved conversations
prefs-delete-all-tooltip = Delete every message saved on this computer, of every conversation
prefs-delete-all-confirm-title = Delete all saved conversations?
prefs-delete-all-confirm-body = Every message saved on this computer is deleted. This cannot be undone.
prefs-delete-all-confirm-button = Delete everything
# The heading of the language drop-down; its first choice follows the session's language,
# the others are each language's name in itself (not translated).
prefs-language = Language
prefs-language-system = Same as the system
# Shown once a language is chosen: the window keeps its language until the next start.
prefs-language-next-start = { -app-name } will use this language the next time it starts.
dialog-close = Close

## Dialog buttons shared by several dialogs

dialog-cancel = Cancel

## The conversation pane

conversation-none-open = No conversation open
# $peer: the contact's address.
conversation-title = Conversation with { $peer }
conversation-start-private-button = Start private conversation
conversation-end-private-button = End private conversation
conversation-verify-button = Verify contact
conversation-verify-button-tooltip = Make sure you are talking to the right person: ask a question only they can answer, or check a secret you agreed on
# A prominent warning in the conversation. $peer: the contact's address.
conversation-key-changed = Warning: { $peer } is using a different key from the one you verified. It may be a new device, or someone else. Verify your contact again before saying anything private.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Not private: messages in this conversation are not encrypted end to end. The server can read them.
# "OTR" (Off-the-Record) is the name of the encryption: do not translate it.
privacy-private-unverified = Private but unverified: messages are encrypted (OTR), but you have not verified who your contact is.
privacy-private-verified = Private and verified: messages are encrypted (OTR) and you verified your contact.
privacy-finished = Your contact ended the private conversation. Nothing you type is sent until you end it too or start a new one.
# The user marked the key the contact is using as compromised (stolen or lost): a red warning.
privacy-compromised = Not safe: you marked the key your contact uses as compromised. Nothing you type is sent. End this conversation and verify your contact again.
# The contact is signed in on several devices: the private conversation is with this one.
# $device is the name the contact's software gave the device (for example "laptop").
privacy-device = Private conversation with your contact's device “{ $device }”. Only that device can read your messages.

## Your private (OTR) key: made once per account, at its first private conversation

# Shown while the account's OTR key is being made (seconds on a slow computer). $account: the account's address.
key-generation-started = Creating your private key for { $account }… Private conversations on this account start when it is ready.
# $account: the account's address.
key-generation-finished = Your private key for { $account } is ready.
# $account: the account's address. Must say plainly that nothing private can start.
key-generation-failed = Your private key for { $account } could not be created, so no private conversation can start. Waiting messages stay unsent; the next private conversation tries again.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Keep this conversation
history-keep-tooltip = Save the messages of this conversation in your Otter folder from now on. Private (encrypted) messages are not saved. Off by default: nothing is saved unless you turn it on.
history-delete-button = Delete saved messages
history-delete-tooltip = Delete every message of this conversation that was saved on this computer
history-deleted = Saved messages deleted.

## Writing a message, under the conversation

compose-placeholder = Message
compose-tooltip = Type a message
compose-send-button = Send

## Messages in a conversation

# A message from the contact. $peer: the contact's address; $text: what they wrote.
message-received = { $peer }: { $text }
# A warning under a message that arrived unencrypted although the conversation is private or must be private; keep it strong. $peer: the contact's address.
message-received-not-private = Warning: { $peer } sent the message above unencrypted, although this conversation should be private. It was not private: the server could read it.
# A message the user wrote. "me" stands for the user. $text: what they wrote.
message-own = me: { $text }
# The user's message, not sent yet: it waits until the conversation is private.
message-own-waiting = me: { $text } (waiting for a private conversation)
message-own-held-ended = me: { $text } (not sent: your contact ended the private conversation)
message-own-held-compromised = me: { $text } (not sent: your contact's key is marked compromised)
message-own-held-offline = me: { $text } (not sent: the account is offline)
message-own-failed = me: { $text } (not sent)
# The user chose to drop a message that was waiting for a private conversation.
message-own-discarded = me: { $text } (discarded, not sent)

## The conversation pane: days, delivery, failed messages, clearing the window

# Above the first message of today.
day-today = Today
# Above the first message of yesterday. Older days show their date.
day-yesterday = Yesterday
# After a message the user wrote: a word or two saying how far it got.
delivery-waiting = Waiting
delivery-waiting-tooltip = Not sent yet: it leaves as soon as it can (for example, once the conversation is private).
delivery-sent = Sent
delivery-sent-tooltip = Sent: it left this computer.
delivery-delivered = Delivered
delivery-delivered-tooltip = Delivered: your contact's device received it.
delivery-failed = Not sent
delivery-failed-tooltip = Not sent. Retry sends it again; Discard removes it.
# Next to a message that could not be sent.
message-retry-button = Retry
message-retry-tooltip = Send this message again
message-discard-button = Discard
message-discard-tooltip = Remove this message: it was not sent
# A menu button above the conversation.
conversation-menu-button = More
conversation-menu-tooltip = More actions for this conversation
scrollback-clear-button = Clear the window
scrollback-clear-tooltip = Remove the messages shown in this conversation. Messages saved on this computer are not deleted.
scrollback-cleared = Window cleared. Messages saved on this computer were not deleted.

## How a message travelled: the tooltip of every message

security-encrypted-verified = Private: encrypted, and you verified your contact
security-encrypted-unverified = Private but unverified: encrypted, your contact is not verified yet
security-not-encrypted = Not private: the server can read this message

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verify your contact
verify-dialog-verify-button = Verify
verify-dialog-explanation = Ask a question only your contact can answer, or leave the question empty to check a secret you agreed on in person. Nobody else learns the answer, not even the server.
verify-question-placeholder = Question (optional)
verify-question-tooltip = Question for your contact
verify-secret-placeholder = Expected answer or shared secret
verify-secret-tooltip = Expected answer or shared secret
verify-fingerprints-explanation = Or compare fingerprints: read them to each other over a channel you trust (in person, or a phone call). If your contact's matches what they read, press "They match".
# $fingerprint: 40 hex digits in groups, always shown left to right.
verify-own-fingerprint = Your fingerprint: { $fingerprint }
# $fingerprint: 40 hex digits in groups, always shown left to right.
verify-contact-fingerprint = Your contact's fingerprint: { $fingerprint }
verify-fingerprint-matches-button = They match
# Marks the contact's current key as stolen or lost: nothing more is sent to it.
verify-fingerprint-compromised-button = Key is compromised
# The contact asks the user to verify. $peer: the contact's address;
# $question: the question the contact typed (in their own language).
verification-request-question = { $peer } asks you to verify: { $question }
# $peer: the contact's address.
verification-request-secret = { $peer } asks you to verify with the secret you agreed on.
verification-answer-placeholder = Your answer
verification-answer-tooltip = Your answer to the verification question
verification-answer-button = Answer
verification-succeeded = Verification succeeded: your contact gave the same answer.
verification-failed = Verification failed: the answers differ, or it was stopped. You may be talking to someone else.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = The server's certificate changed
certificate-untrusted-title = The server's certificate is not trusted
# Why a changed certificate matters. Keep the warning strong.
certificate-changed-explanation = This server showed a different certificate than the one you accepted before. Someone may be intercepting the connection. Do not connect unless the server's administrators told you the certificate changed.
# The details under the warning. Keep the line breaks.
# $explanation: one sentence, the warning above or an error-... message;
# $fingerprint: the certificate's SHA-256 fingerprint, always shown left to right;
# $subject: who the certificate was issued to; $issuer: who issued it;
# $expiry: the end of its validity (a date, as the server wrote it).
certificate-details =
    { $explanation }

    Fingerprint (SHA-256):
    { $fingerprint }

    Issued to: { $subject }
    Issued by: { $issuer }
    Valid until: { $expiry }
certificate-do-not-connect = Do not connect
certificate-trust-button = Trust this certificate

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor is not running, or does not answer as Tor should, so Otter cannot connect. Otter never connects without Tor. Start Tor (on Tails: connect to Tor) and try again.
error-server-unreachable = Tor could not reach the server. The address may be wrong, or the server may be down. Try again later.
error-certificate-untrusted = The server's certificate is not trusted. Someone may be intercepting the connection, or the server is set up without a certificate your computer knows.
error-authentication-failed = The server refused the login. Check the address and the password.
error-peer-misbehaved = The server or contact sent something Otter does not accept, so Otter stopped this connection.
error-limit-exceeded = The server or contact sent more than Otter accepts at once, so Otter stopped this connection.
error-private-session-required = This message waits for a private conversation.
error-storage-failed = Otter could not read or save its settings on this computer.
error-timed-out = This took too long. Tor may still be starting, or the network is slow. Try again in a moment.
error-internal = Something went wrong inside Otter. Please report it to the developers.

## A profile Otter cannot open (shown instead of the main window)

profile-problem-title = Otter cannot open your settings
# $folder: the profile folder, a path such as /home/amnesia/Persistent/otter-chat. Keep it as is.
profile-damaged-explanation = The file in { $folder } where Otter keeps your accounts, contacts and trusted keys is damaged.
# $folder: as above.
profile-newer-explanation = The file in { $folder } where Otter keeps your accounts, contacts and trusted keys was written by a newer version of Otter, which this version cannot read.
profile-set-aside-explanation = Otter can move it, with your private keys and any saved history, into a new folder inside that one, and start with no accounts. Nothing is deleted.
profile-set-aside-button = Move it and start with no accounts
profile-quit-button = Quit

## Unread messages and notifications

# The accessible name of a contact in the sidebar while messages from them are unread.
# $name: the contact as the sidebar shows it; $count: how many messages.
sidebar-contact-unread = { $name }, { $count ->
    [one] one unread message
   *[other] { $count } unread messages
}
# A desktop notification. By default it says only this: someone looking at the screen
# learns nothing about who wrote or what.
notification-new-message = New message
# Only when the user chose to see who wrote. $name: the contact's name or address.
notification-new-message-from = New message from { $name }
prefs-notify-sender = Say who wrote in notifications
prefs-notify-sender-explanation = When off, a notification says only “New message”, so nobody who sees your screen learns who wrote. The message itself is never shown in a notification.

## Links in messages: asked before anything opens outside Otter

link-open-title = Open this link outside Otter?
# $address: the full address of the link, shown exactly.
link-open-body = { $address } opens in your web browser, outside Otter. The browser may not connect through Tor, and the website learns that someone opened the link.
link-open-button = Open link

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Create a new account on an XMPP server, through Tor
account-dialog-create-title = Create an XMPP account
account-dialog-create-button = Create account
account-random-name-button = Random name
# The name is a pronounceable made-up word such as “bokatinemu”.
account-random-name-tooltip = Fill in a made-up name that says nothing about you, for a throwaway account
account-password-repeat-placeholder = Password again
account-password-repeat-tooltip = Type the password again, to be sure of it
account-problem-password-mismatch = The two passwords differ.
# $address: the new account's address.
registration-started = Creating { $address } on its server through Tor…
registration-succeeded = { $address } was created and added.
registration-name-taken = That name is taken on this server: choose another.
registration-not-acceptable = The server does not accept this name or this password.
registration-closed = This server does not let anyone create an account from here. Create it on the server's website (in Tor Browser), then add it.
registration-too-many = Too many accounts were created recently from this Tor exit. Try again later.
registration-cannot-show-form = The server asks for something Otter cannot show (such as a picture to decipher). Create the account on the server's website (in Tor Browser), then add it.
# Quotes the welcome-add-xmpp-button label.
registration-not-saved = The account was created, but Otter could not save it: add it with “Add an existing XMPP account”.
# $address: the new account's address; $reason: one of the error-… sentences.
registration-failed = Could not create { $address }: { $reason }

## Presence and requests

# Label of the drop-down where the user says how available they are, on every account.
sidebar-status-label = Your status
presence-available = Available
presence-away = Away
# Do not disturb.
presence-busy = Busy
presence-offline = Offline
# $peer: the address of whoever asks.
contact-request = { $peer } asks to add you as a contact and to see when you are online.
contact-request-accept = Accept
contact-request-refuse = Refuse
# $from: who invites (an address); $room: the room's address.
room-invitation = { $from } invites you to the room { $room }.
# $room: the room's address.
room-invitation-unknown = You are invited to the room { $room }.
room-invitation-join = Join
room-invitation-ignore = Ignore

## The password prompt (an account whose password is not remembered)

# $address: the account's address.
password-prompt-title = Password for { $address }
# $address: the account's address.
password-prompt-body = Type the password of { $address }. Otter keeps it only until it quits; it is not saved.

## Verification under way

verification-in-progress = Verifying your contact…
verification-stop-button = Stop verification

## How far a sent message got

# $security: one sentence saying how the message travelled (private or not).
message-state-server = { $security } The server has it.
# $security: as above. Only when the user shares receipts.
message-state-delivered = { $security } Delivered to your contact's device.
# A message the user wrote on another of their devices. $text: what they wrote.
message-own-elsewhere = me, on another device: { $text }

## The composer's commands (a line starting with "/"). Keep the commands themselves as they are.

# $command: what was typed, e.g. "/jion".
command-unknown = { $command } is not a command Otter knows. Nothing was sent. To send a line that starts with "/", begin it with "//".
# $command: a command of IRC or XMPP that Otter cannot carry out yet, e.g. "/whois".
command-unsupported = { $command } is not available here yet. Nothing was sent.
# $command: e.g. "/join"; $example: how it is written, e.g. "/join #otter".
command-incomplete = { $command } needs more words, for example: { $example }. Nothing was sent.
# $command: e.g. "/kick".
command-room-only = { $command } works only in a room. Nothing was sent.

## Typing notifications

# Above the composer. $peer: the contact's name or address.
typing-notice = { $peer } is typing…
prefs-share-typing = Share typing notifications
prefs-send-receipts = Send delivery receipts
prefs-activity-explanation = Typing notifications tell your contacts when you are writing to them; delivery receipts tell them when their messages reached this computer. Both show when you are at the keyboard. Off unless you turn them on. Rooms never get them.

## The quick switcher (Ctrl+K)

switcher-title = Go to a conversation
switcher-search-placeholder = Name or address
switcher-search-tooltip = Type part of the name or address of a contact, room or channel, then press Enter
# $name: the name shown; $address: the contact's or room's address.
switcher-row = { $name } ({ $address })
switcher-nothing = Nothing matches.

## Editing an account

account-edit-button = Edit
# $address: the account's address.
account-edit-tooltip = Change the server, port, encryption or saved password of { $address }
# $address: the account's address.
account-edit-title = Edit { $address }
account-edit-save = Save changes
account-direct-tls = Use TLS from the start (direct TLS)
account-direct-tls-tooltip = Only if your provider offers XMPP on a TLS port, usually 5223. Otherwise Otter starts TLS on the usual port (STARTTLS). Either way the connection is encrypted.
account-edit-password-remembered = Otter saves this account's password.
account-edit-password-not-remembered = Otter does not save this account's password; it asks for it at each start.
account-edit-password-keep = Leave as it is
account-edit-password-forget = Forget the password
account-edit-password-remember = Save a password
account-edit-password-tooltip = The password to save for this account

## Copy buttons and an IRC account's client certificate

copy-button = Copy
copy-done = Copied
verify-copy-own-tooltip = Copy your fingerprint
verify-copy-contact-tooltip = Copy your contact's fingerprint
client-certificate-button = Client certificate…
client-certificate-button-tooltip = Log in to this network with a certificate instead of your password
# $address: the account's address.
client-certificate-title = Client certificate for { $address }
client-certificate-explanation = Otter made a certificate for this account and keeps it with your settings. Register it with the network's services once, while you are logged in with your password: send them the command below (paste it into any conversation on this network).
# $fingerprint: 64 hex digits, always shown left to right.
client-certificate-fingerprint = Fingerprint (SHA-256): { $fingerprint }
# $command: the command to send, kept in English: the network's services expect it so.
client-certificate-command = Command: { $command }
client-certificate-copy-fingerprint = Copy the certificate's fingerprint
client-certificate-copy-command = Copy the command
client-certificate-after = From the next connection on, Otter logs in with the certificate (SASL EXTERNAL) and does not need to send your password. Whoever has a copy of Otter's settings folder can log in as you: keep it as safe as your password.

## Contact groups

# A sidebar heading over the contacts in no group; shown only once some contacts are in groups.
contacts-group-none = Other contacts
contact-group-menu = Move to group…
contact-group-menu-tooltip = Put this contact in a group of your contact list
contact-group-title = Move to a group
# $name: the contact's name or address.
contact-group-explanation = Choose a group for { $name }: type its name, or pick one of your groups below. Leave it empty for no group. Your other XMPP apps show the same groups.
contact-group-label = Group
contact-group-placeholder = No group
contact-group-tooltip = The name of the group, new or existing
contact-group-known = Your groups
contact-group-move = Move
contact-group-not-listed = Only contacts in the contact list of an XMPP account can be put in a group.

## The proxy (preferences)

prefs-proxy-expander = Proxy (advanced)
prefs-proxy-explanation = Otter connects only through Tor's SOCKS port. Unless you change it here, that is 127.0.0.1:9050, where Tails' Tor listens; Tor Browser's own Tor listens on 127.0.0.1:9150. Give an IP address and a port: Otter never looks up a name outside Tor.
# $address: an IP address and port such as 127.0.0.1:9050, shown left to right.
prefs-proxy-in-use = Otter connects through { $address }.
# $address: an IP address and port, shown left to right.
prefs-proxy-fixed = For this run Otter connects through { $address }, given when it was started. A proxy saved here applies from the next start without one.
# An example address in the proxy field: keep it as is.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = IP address and port of the SOCKS5 proxy (Tor)
prefs-proxy-use-button = Use this proxy
prefs-proxy-default-button = Back to 127.0.0.1:9050
prefs-proxy-invalid = Give an IP address and a port, such as 127.0.0.1:9150.
prefs-proxy-reconnect = Accounts connected now keep their connection until they reconnect.

## Room settings (the room's configuration form) and destroying a room. The form's own
## labels and values come from the server and are shown as they are.

room-create-heading = If this makes a new room:
room-create-defaults = Accept the default configuration
room-create-defaults-tooltip = The new room opens at once with the server's usual settings
room-create-configure = Configure the room…
room-create-configure-tooltip = Otter shows the new room's settings first; nobody else can come in until you save them
room-settings-button = Room settings…
room-settings-button-tooltip = See and change this room's settings (you own it)
# $room: the room's address.
room-form-title = Settings of { $room }
room-form-save = Save settings
room-form-new-room = This room is new: nobody else can come in until you save its settings. Cancel removes the room.
room-form-required = (required)
room-form-not-set = Not set
# $count: how many of the room's settings this dialog leaves out.
room-form-left-out = Settings not shown here: { $count }. They keep their values.
# $name: the setting, as the room names it.
room-form-problem-required = Fill in: { $name }
# $name: the setting, as the room names it.
room-form-problem-address = Not an address (name@server, one per line): { $name }
room-form-saved = The room took its new settings.
room-destroy-tool-button = Destroy room…
room-destroy-tool-tooltip = Remove everyone from this room and delete it (you own it)
# $room: the room's address.
room-destroy-dialog-title = Destroy { $room }?
room-destroy-explanation = Everyone in the room is removed and the room is gone: its name is free again for anyone to take. This cannot be undone.
room-destroy-reason-tooltip = Why: everyone in the room sees it as they are removed
room-destroy-button = Destroy room
# $room: the room that whoever closed this one named in its place.
room-left-destroyed-moved = The room was closed. Its people were asked to go to { $room } instead.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = No password: { -app-name } registers without logging in
account-irc-no-password-tooltip = For a network without accounts, or a nick you never registered. A nick that logged in before is never used without its password.
room-join-connect-first = Connect an XMPP account or an IRC network first: rooms and channels are joined through it.
room-channel-placeholder = Channel, such as #otter
room-channel-tooltip = The channel's name on this network, starting with #
room-key-placeholder = Channel key (only if it has one)
room-key-tooltip = The channel's key, if it has one
room-problem-channel = A channel's name starts with # (or &) and has no spaces or commas, such as #otter.
room-invite-nick = Their nick
room-invite-nick-tooltip = The nick of the person to invite
room-invite-problem-nick = Type their nick: no spaces, and not starting with a digit or #.
error-irc-login-needed = This nick has logged in before, so { -app-name } connects it only with its password.

## The join dialog: the account's room service

# $service: the address of the server's room service, such as conference.example.org, shown left to right.
room-service-line = Rooms on this server: { $service }
room-service-copy-tooltip = Copy the address of this server's room service

## IRC: NickServ as a fallback login
account-irc-nickserv-fallback = Identify to NickServ when the network has no SASL
account-irc-nickserv-fallback-help = Only for a network without SASL. SASL is safer: it logs you in before your nick is shown, and the password goes only to the server. With NickServ, your nick is visible before you are identified, and the password goes to whoever answers as NickServ. Never used when the network offers SASL.

## IRC: an onion service without TLS, only when allowed
account-irc-onion-plaintext = Connect without TLS (onion services only)
account-irc-onion-plaintext-warning = This onion service does not use TLS: Tor encrypts the connection to it, but the server's identity is only its onion address. Only for a network whose onion service listens without TLS; your password then goes over that connection.
account-problem-plaintext-not-onion = A connection without TLS is only for an onion service: the server name must end in .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Temporary account (no password; a new random address at each connection)
account-temporary-help = For servers that allow it: the server gives you a new address each time you connect and forgets it, with its contacts, when you disconnect.
account-temporary-server-placeholder = Server, such as example.org
account-temporary-server-tooltip = The name of a server that allows temporary accounts
account-problem-temporary-server = Type the server's name alone, such as example.org.
# $address: the address the server made up for this connection of a temporary account, shown left to right.
account-status-online-as = Online as { $address }
error-temporary-not-allowed = This server does not allow temporary accounts.

## IRCv3: netsplits and netjoins, server refusals, invitations seen in a channel

# People left together because two servers of the network lost their link. $count: how many; $first, $second: the two servers' names.
room-netsplit = { $count ->
    [one] { $count } person left: netsplit between { $first } and { $second }
   *[other] { $count } people left: netsplit between { $first } and { $second }
}
# The servers linked again after a netsplit. $count: how many came back.
room-netjoin = { $count ->
    [one] { $count } person came back
   *[other] { $count } people came back
}
# An IRC server refused a command that was not about a room. $command: the command, such as NICK; $description: the server's own words.
server-refused = The server refused { $command }: { $description }
# Someone in the channel invited another person into it. $by: who invited; $nick: who was invited.
room-invited-other = { $by } invited { $nick }

## IRC commands in the composer: /whois and /mode

# $nick: a nick on the IRC network; $mask: their user@host (over Tor, usually a cloak).
whois-user = { $nick } is { $mask }
# $nick: the nick the user asked about with /whois.
whois-not-found = No one uses the nick { $nick } on this network now.
whois-realname = Real name: { $name }
# $account: the services account (NickServ) the person is logged in to.
whois-account = Logged in as { $account }
# $channels: channel names separated by spaces, each with its status sign (@ operator, + voice).
whois-channels = Channels: { $channels }
whois-channels-truncated = Channels (the first { $count }): { $channels }
whois-server = Server: { $server }
whois-idle = Idle for { $seconds } s
whois-away = Away: { $message }
whois-secure = Connected to their server with TLS
# $modes: the channel's modes as the server writes them, such as +nt or +kl key 10.
room-modes = Channel modes: { $modes }
room-bans-none = No one is banned from { $room }.
room-bans-count = Bans in { $room }: { $count }
# $mask: who is banned, such as eve!*@*; $by: the nick of the operator who set the ban.
room-bans-entry = { $mask }, set by { $by }
room-bans-truncated = The list is longer; only the first { $count } are shown.
room-refused-modes = The channel did not let you change its modes: only its operators can.

## IRC command /raw: one line as typed, after a confirmation

# /raw is a command typed as is; 510 bytes is IRC's limit for a line.
command-raw-control = A line for /raw cannot hold a line break or NUL: it would become two commands. Nothing was sent.
command-raw-too-long = A line for /raw can be at most 510 bytes long. Nothing was sent.
command-raw-private = /raw does not send messages or notices to a person: they would bypass the private conversation (OTR). Write in their conversation instead. Nothing was sent.
command-raw-prefixed = A line for /raw starts with the command, not with @ or :. Nothing was sent.
raw-confirm-title = Send lines unchecked?
raw-confirm-body = /raw sends what you typed to the IRC network exactly as it is. { -app-name } does not check what it does: a wrong command can change your account or channels, or tell the network more than you meant. Messages to people still go only through their conversation. Until you quit, /raw lines are sent without asking again.
raw-confirm-button = Send unchecked

## IRC: someone changes a channel's modes (one line per change, however many modes it sets)

# $by: the nick of whoever changed the modes, or room-mode-by-server; $nick: whose status changed.
room-mode-op-given = { $by } makes { $nick } a channel operator.
room-mode-op-taken = { $by } removes { $nick } as channel operator.
room-mode-voice-given = { $by } lets { $nick } speak (voice).
room-mode-voice-taken = { $by } stops { $nick } from speaking (voice removed).
# $mask: who is banned, such as eve!*@*.
room-mode-ban = { $by } bans { $mask }.
room-mode-unban = { $by } lifts the ban on { $mask }.
# $modes: the changes as IRC writes them, such as +m or +o-v alice bob; a channel key is never shown.
room-mode-set = { $by } sets mode { $modes }
# $count: how many more changes the same line made, not shown.
room-mode-set-more = { $by } sets mode { $modes } and { $count } more
# Who changed a channel's modes when it was the server or its services, not a person.
room-mode-by-server = The server

## IRC command /who: who is in a channel, or who uses a nick

# $target: the channel or nick asked about with /who; $count: how many people the network listed.
who-count = { $target }: { $count } people
who-none = No one matches { $target } on this network now.
# $nick: a nick with its status sign in the channel (@ operator, + voice); $mask: their user@host; $name: their real name.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, away) { $name }
who-truncated = The list is longer; only the first { $count } are shown.
