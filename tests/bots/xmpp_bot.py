#!/usr/bin/python3
"""A scripted XMPP peer for Otter's integration tests (slixmpp, Debian's /usr/bin/python3).

It is the *remote* party, so it does not go through the SOCKS proxy: it connects straight to
the server's address (no DNS lookup at all, the test names resolve nowhere but in the proxy)
and verifies the certificate against the test CA and the XMPP domain. It then sends presence,
joins a MUC room and writes everything it receives to a log file, one compact JSON object per
line, flushed at once, so a test can assert on what really arrived at the other end:

    {"type":"ready"}                                  once the room is joined
    {"type":"chat"|"normal"|"headline"|"error","from":jid,"to":jid,"id":s,"body":s|null,
     "payload":[...], "error":condition (errors only), "delayed":bool}
    {"type":"groupchat","from":room/nick,"nick":nick,"id":s,"body":s|null,"subject":s|null,
     "payload":[...],"delayed":bool}
    {"type":"presence","from":jid,"presence_type":"available"|"unavailable"|"error",
     "show":s,"status":s,"priority":n, room occupants also "nick":s,"status_codes":[n]}
    {"type":"subscribe"|"subscribed"|"unsubscribe"|"unsubscribed","from":bare jid}
    {"type":"invitation","room":bare jid,"from":jid|null,"reason":s|null,"direct":bool}
    {"type":"configured","room":bare jid}             a room the bot created, unlocked
    {"type":"room_info","room":bare jid,"name":s|null,"features":[...]}
                                                      a room joined on invitation, as its
                                                      disco#info describes it (name, muc_* features)

Room presences also carry "reason" (the item's, e.g. a kick's) and "destroyed" (true when the
room was destroyed, with "destroy_reason").
    {"type":"fatal","text":s}                         just before exiting on a failure

"payload" lists the namespaced tags of a message's children other than body/subject/thread
(chat states, receipts, carbons...), e.g. "{http://jabber.org/protocol/chatstates}active".

It answers, so a test can check the way back: a chat message with a body gets
"echo: <body>" (same type, same thread); in the room, a live (not history) message starting
with "<nick>:" gets "echo: <rest>", except "<nick>: subject <text>", which sets the room's
subject to <text>, "<nick>: kick <occupant>", which kicks that occupant (the bot created
the room, so it may), and "<nick>: mute <occupant> <seconds>", which makes that occupant a
visitor (the room refuses their messages) for that many seconds, then a participant again. A chat message "invite me to <room>" gets a direct invitation
(XEP-0249, reason "direct") to that room and, when it is the bot's own room, a mediated one
through the room (XEP-0045 §7.8.2, reason "mediated"). An invitation to a room makes the bot
join it as <nick> (after logging it), so a test can see a second occupant arrive; a room the
bot creates by joining (status 201) gets the default configuration, which unlocks it.
A chat message starting with "ask receipt" gets a XEP-0184 receipt (the bot asks nothing
otherwise) and an echo that carries <active/> (XEP-0085) and a receipt request, so a test can
see whether Otter answers. A chat message starting with "show typing" gets only a standalone
<composing/> (XEP-0085), no echo, so a test can see the window say that the bot is typing. With --say TO:TEXT (repeatable) the bot sends TEXT to TO once
logged in, in order (a second device of an account, for carbons). Subscription requests are accepted and returned. Software
version queries (XEP-0092) are not answered with data: the plugin is not loaded, so the server
gets the standard error.
"""

import argparse
import asyncio
import json
import logging
import os
import sys

import slixmpp
from xml.etree import ElementTree as ET
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

SUBSCRIPTION_TYPES = ("subscribe", "subscribed", "unsubscribe", "unsubscribed")
OWN_CHILDREN = {"body", "subject", "thread"}
MUC_USER = "{http://jabber.org/protocol/muc#user}"
CONFERENCE = "{jabber:x:conference}"
INSTANT_CONFIG = (
    "<query xmlns='http://jabber.org/protocol/muc#owner'>"
    "<x xmlns='jabber:x:data' type='submit'/></query>"
)


class Bot(slixmpp.ClientXMPP):
    def __init__(self, args):
        super().__init__(args.jid, args.password)
        self.args = args
        self.log_file = open(args.log, "a", encoding="utf-8")
        self.room = slixmpp.JID(args.room) if args.room else None
        self.nick = args.nick

        # Trust only the test CA; slixmpp then requires a valid certificate and checks its
        # name against default_domain, which stays empty when connecting to an IP address.
        self.ca_certs = args.ca
        self.default_domain = args.server_name
        # Explicit, though they are slixmpp's defaults: the tests rely on them.
        self.roster.auto_authorize = True
        self.roster.auto_subscribe = True

        self.register_plugin("xep_0030")  # disco: clients ask before they talk
        self.register_plugin("xep_0045")  # MUC
        self.register_plugin("xep_0199")  # answers pings
        self.register_plugin("xep_0203")  # delayed delivery, to tell history from live

        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("failed_auth", lambda _: self.fatal("authentication failed"))
        self.add_event_handler("connection_failed", lambda e: self.fatal(f"connection failed: {e}"))
        self.add_event_handler("ssl_invalid_chain", lambda e: self.fatal(f"invalid certificate: {e}"))
        self.add_event_handler("stream_error", lambda e: self.fatal(f"stream error: {e['condition']}"))
        self.add_event_handler("disconnected", self.on_disconnected)
        # slixmpp's own events miss stanzas a test may need to see: "message" only covers
        # messages with a body (not chat states or receipts), and "presence" skips every
        # presence from a joined room. So every message and presence stanza comes here too.
        self.register_handler(
            Callback("log every message", MatchXPath("{jabber:client}message"), self.on_message)
        )
        self.register_handler(
            Callback("log every presence", MatchXPath("{jabber:client}presence"), self.on_presence)
        )

    async def get_dns_records(self, domain, port=None):
        # The remote party connects to the address it was given and never asks a resolver:
        # otter.test resolves nowhere outside the SOCKS proxy.
        return []

    def log(self, **event):
        # Compact, so a reader can grep for '"type":"ready"'; flushed because tests poll the
        # file while the bot runs.
        self.log_file.write(json.dumps(event, separators=(",", ":")) + "\n")
        self.log_file.flush()

    def fatal(self, text):
        self.log(type="fatal", text=str(text))
        print(f"xmpp_bot: {text}", file=sys.stderr, flush=True)
        # At once, without unwinding asyncio: seen to segfault in interpreter shutdown with a
        # half-closed TLS transport, and there is nothing to clean up (the log is flushed).
        os._exit(1)

    def on_disconnected(self, reason):
        # Nobody reconnects a test's remote party behind its back: a lost connection is fatal
        # (at the end of a test the bot is killed before the server, so this is never reached).
        self.fatal(f"disconnected: {reason}")

    async def on_session_start(self, _event):
        await self.get_roster()
        self.send_presence()
        for say in self.args.say or []:
            to, text = say.split(":", 1)
            self.send_message(mto=to, mbody=text, mtype="chat")
        if self.room is None:
            self.ready()
            return
        try:
            await self.join_room(self.room)
        except Exception as e:  # PresenceError, TimeoutError
            self.fatal(f"could not join {self.room}: {e!r}")
            return
        self.ready()

    async def join_room(self, room):
        # The room is locked until configured when this join created it (status 201).
        own, *_ = await self.plugin["xep_0045"].join_muc_wait(
            room, self.nick, maxstanzas=0, timeout=10
        )
        x = own.xml.find(MUC_USER + "x")
        codes = [s.get("code") for s in x.findall(MUC_USER + "status")] if x is not None else []
        if "201" in codes:
            iq = self.make_iq_set(ito=slixmpp.JID(room).bare)
            iq.append(ET.fromstring(INSTANT_CONFIG))
            await iq.send(timeout=10)
            self.log(type="configured", room=str(slixmpp.JID(room).bare))

    async def join_invited(self, room):
        try:
            await self.join_room(room)
            info = await self.plugin["xep_0030"].get_info(jid=room, timeout=10)
            identities = info["disco_info"]["identities"]
            self.log(
                type="room_info",
                room=str(slixmpp.JID(room).bare),
                name=next((i[3] for i in identities if i[3]), None),
                features=sorted(info["disco_info"]["features"]),
            )
        except Exception as e:  # the test sees the missing presence; the bot carries on
            print(f"xmpp_bot: could not join {room}: {e!r}", file=sys.stderr, flush=True)

    def ready(self):
        self.log(type="ready")

    def on_presence(self, pres):
        ptype = pres["type"]
        if ptype in SUBSCRIPTION_TYPES:
            # Accepting and subscribing back is done by slixmpp's roster (auto_authorize,
            # auto_subscribe); only log here.
            self.log(type=ptype, **{"from": str(pres["from"].bare)})
            return
        event = {
            "type": "presence",
            "from": str(pres["from"]),
            "presence_type": ptype,
            "show": pres["show"] or None,
            "status": pres["status"] or None,
            "priority": int(pres["priority"] or 0),
        }
        muc = pres.xml.find("{http://jabber.org/protocol/muc#user}x")
        if muc is not None:
            # An occupant of a room: its nick, and the status codes (110 = this is us).
            event["nick"] = pres["from"].resource
            event["status_codes"] = sorted(
                int(status.get("code"))
                for status in muc.findall("{http://jabber.org/protocol/muc#user}status")
                if (status.get("code") or "").isdigit()
            )
            item = muc.find(MUC_USER + "item")
            reason = item.find(MUC_USER + "reason") if item is not None else None
            event["reason"] = reason.text if reason is not None else None
            destroy = muc.find(MUC_USER + "destroy")
            if destroy is not None:
                event["destroyed"] = True
                dreason = destroy.find(MUC_USER + "reason")
                event["destroy_reason"] = dreason.text if dreason is not None else None
        if ptype == "error":
            event["error"] = pres["error"]["condition"]
        self.log(**event)

    def on_message(self, msg):
        mtype = msg["type"] or "normal"
        body = msg.xml.find("{jabber:client}body")
        body = (body.text or "") if body is not None else None
        delayed = msg.xml.find("{urn:xmpp:delay}delay") is not None
        payload = [
            child.tag
            for child in msg.xml
            if child.tag.split("}")[-1] not in OWN_CHILDREN or not child.tag.startswith("{jabber:client}")
        ]
        event = {
            "type": mtype,
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "id": msg["id"] or None,
            "body": body,
            "payload": payload,
            "delayed": delayed,
        }
        if mtype == "groupchat":
            subject = msg.xml.find("{jabber:client}subject")
            event["nick"] = msg["from"].resource
            event["subject"] = (subject.text or "") if subject is not None else None
        if mtype == "error":
            event["error"] = msg["error"]["condition"]
        self.log(**event)

        if mtype not in ("groupchat", "error") and self.on_invitation(msg):
            return
        if body is None or delayed:
            return
        if mtype == "chat" and body.startswith("invite me to "):
            self.invite(msg["from"], body[len("invite me to ") :].strip())
        elif mtype == "chat" and body.startswith("show typing"):
            # A standalone chat state (XEP-0085 §5.5): the bot "starts typing" and says no more.
            typing = self.Message()
            typing["to"] = msg["from"]
            typing["type"] = "chat"
            typing.append(ET.fromstring("<composing xmlns='http://jabber.org/protocol/chatstates'/>"))
            typing.send()
        elif mtype == "chat" and body.startswith("ask receipt"):
            if msg["id"]:
                receipt = self.Message()
                receipt["to"] = msg["from"]
                receipt.append(ET.Element("{urn:xmpp:receipts}received", id=msg["id"]))
                receipt.send()
            reply = msg.reply("echo: " + body)
            reply["id"] = self.new_id()
            reply.append(ET.fromstring("<active xmlns='http://jabber.org/protocol/chatstates'/>"))
            reply.append(ET.fromstring("<request xmlns='urn:xmpp:receipts'/>"))
            reply.send()
        elif mtype == "chat":
            reply = msg.reply("echo: " + body)
            reply.send()
        elif (
            mtype == "groupchat"
            and self.room is not None
            and msg["from"].bare == self.room.bare
            and msg["from"].resource != self.nick
            and body.startswith(self.nick + ":")
        ):
            command = body[len(self.nick) + 1 :].lstrip()
            if command.startswith("subject "):
                # The bot created the room, so it owns it and may set the subject.
                self.plugin["xep_0045"].set_subject(self.room.bare, command[len("subject ") :])
            elif command.startswith("mute "):
                # "mute <occupant> <seconds>": a visitor for that long, then a participant again.
                occupant, _, seconds = command[len("mute ") :].rpartition(" ")
                asyncio.ensure_future(self.mute(occupant, float(seconds)))
            elif command.startswith("kick "):
                # Owner, hence moderator: role "none" removes the occupant (status 307).
                asyncio.ensure_future(
                    self.plugin["xep_0045"].set_role(self.room.bare, command[len("kick ") :], "none")
                )
            else:
                self.send_message(mto=self.room.bare, mbody="echo: " + command, mtype="groupchat")

    async def mute(self, occupant, seconds):
        muc = self.plugin["xep_0045"]
        await muc.set_role(self.room.bare, occupant, "visitor")
        await asyncio.sleep(seconds)
        await muc.set_role(self.room.bare, occupant, "participant")

    def on_invitation(self, msg):
        """Logs an invitation and joins its room; False when the message is none."""
        x = msg.xml.find(MUC_USER + "x")
        invite = x.find(MUC_USER + "invite") if x is not None else None
        if invite is not None:
            reason = invite.find(MUC_USER + "reason")
            room = str(msg["from"].bare)
            inviter = invite.get("from")
            reason = reason.text if reason is not None else None
            direct = False
        else:
            conference = msg.xml.find(CONFERENCE + "x")
            if conference is None or not conference.get("jid"):
                return False
            room = conference.get("jid")
            inviter = str(msg["from"])
            reason = conference.get("reason")
            direct = True
        self.log(type="invitation", room=room, **{"from": inviter}, reason=reason, direct=direct)
        asyncio.ensure_future(self.join_invited(room))
        return True

    def invite(self, to, room):
        room = slixmpp.JID(room).bare
        direct = self.Message()
        direct["to"] = to.bare
        direct.append(ET.fromstring(f"<x xmlns='jabber:x:conference' jid='{room}' reason='direct'/>"))
        direct.send()
        if self.room is not None and room == self.room.bare:
            self.plugin["xep_0045"].invite(room, to.bare, reason="mediated")


def main():
    parser = argparse.ArgumentParser(description="Scripted XMPP peer for Otter's tests.")
    parser.add_argument("--host", default="127.0.0.1", help="address to connect to (not a name)")
    parser.add_argument("--port", type=int, required=True, help="STARTTLS (c2s) port")
    parser.add_argument("--server-name", required=True, help="name the certificate must carry")
    parser.add_argument("--ca", required=True, help="the only trust anchor")
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--room", help="MUC room to join, e.g. otter@conference.otter.test")
    parser.add_argument("--nick", default="xmppbot")
    parser.add_argument("--log", required=True, help="JSON lines of what was received")
    parser.add_argument(
        "--say", action="append", help="TO:TEXT, a chat message to send once logged in (repeatable)"
    )
    parser.add_argument("--debug", action="store_true", help="slixmpp debug output on stderr")
    args = parser.parse_args()

    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    bot = Bot(args)
    # STARTTLS is mandatory (force_starttls), direct to the address: no SRV, no A lookup.
    bot.connect(address=(args.host, args.port), use_ssl=False, force_starttls=True)
    # Runs until killed (SIGTERM from `xmppbot stop`) or fatal().
    bot.loop.run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
