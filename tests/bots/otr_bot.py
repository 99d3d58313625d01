#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An XMPP peer that speaks OTR with real libotr, for Otter's integration tests.

slixmpp under Debian's /usr/bin/python3; libotr (Debian's libotr.so.5) through the ctypes layer
of tests/otr/peer.py, imported as a module (not Otter's wrapper: it is the reference side). Like
xmpp_bot.py it is the *remote* party: it connects straight to the server's address over
STARTTLS and verifies the certificate against the test CA and the XMPP domain.

OTR: policy opportunistic (v2 and v3, whitespace tag, AKE started on a whitespace tag or a
query, error start). The libotr user name of a peer is its bare JID; whatever libotr wants
injected goes as a chat message to the full JID (resource) the peer last wrote from. Its key,
instance tag and known fingerprints live in --otr-dir (generated there if missing, else loaded).

Every chat body that arrives goes through otrl_message_receiving. Text libotr yields (decrypted,
or plaintext) gets the answer "echo: <text>" through otrl_message_sending, so it is encrypted when
the session is private and plaintext (with the whitespace tag while OTR is not refused)
otherwise, except text that starts with "plain: ": the rest goes back as it is, in plaintext,
past libotr (a contact whose software leaks plaintext into a private conversation; logged as
"sent_plain"), and text that starts with "later: ": echoed at once and once more LATER_SECONDS
later as "echo again: <text>" (the bot talks while the other side stays silent, which is when
libotr sends heartbeats), and text that starts with "end: ": not echoed, the bot ends the private
conversation (libotr's disconnect message; logged as "ended"), and text that starts with
"burst: ": answered with "burst 1" and "burst 2" back to back instead of the echo. Plaintext
that arrives while the session is private is logged with
"unencrypted_while_private": true and NOT echoed. An SMP question (or a request for the shared
secret) is answered with --smp-answer (default: $OTR_BOT_SMP_ANSWER, else "otter").

Log: one compact JSON object per line, flushed at once, so a test can poll it:

    {"type":"fingerprint","hex":"<40 hex>"}            own fingerprint, first line
    {"type":"ready"}                                   logged in, presence sent
    {"type":"wire","direction":"in"|"out","jid":full jid,"body_prefix":first 16 chars,
     "body":whole body}                                every chat body received or sent
    {"type":"received","from":full jid,"text":s,"encrypted":bool}
                                                       text libotr yielded ("encrypted": it came
                                                       in an OTR data message); plaintext while
                                                       private also has
                                                       "unencrypted_while_private":true
    {"type":"sent","to":full jid,"text":"echo: ..."}   an echo handed to libotr (before its wire)
    {"type":"sent_plain","to":full jid,"text":s}       the rest of a "plain: " text, sent as is
    {"type":"gone_secure","peer":bare jid,"fingerprint":"<40 hex>"|null}
    {"type":"gone_insecure"} / {"type":"still_secure"}
    {"type":"new_fingerprint","peer":bare jid,"fingerprint":hex}
    {"type":"smp_question","question":s|null}          asked (null: asked for the shared secret)
    {"type":"smp","result":"succeeded"|"failed"|"aborted"|"error"}
    {"type":"finished","peer":bare jid}                the peer ended the OTR session
    {"type":"otr_event","event":name,"message":s|null} other libotr message events
    {"type":"send_error","error":n}
    {"type":"subscribe"|"subscribed"|...,"from":bare jid}
    {"type":"fatal","text":s}                          just before exiting on a failure

--resource names the bot's device (XMPP resource; a second bot with the same JID and another
resource and --otr-dir is the same contact on a second device, with its own OTR instance);
--priority is its presence priority (a message to the bare JID reaches the highest); --hello-to
JID makes it write --hello-text to JID through libotr once online (whitespace-tagged plaintext
under the opportunistic policy: the other side may start OTR with this device).

Subscription requests are accepted and returned (slixmpp's roster defaults, as xmpp_bot.py).
"""

import argparse
import ctypes
import json
import logging
import os
import sys
from ctypes import POINTER, c_void_p

import slixmpp
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "otr"))
import peer as otr  # noqa: E402  tests/otr/peer.py: the ctypes layer over libotr.so.5

lib = otr.lib
lib.otrl_message_poll.argtypes = [c_void_p, POINTER(otr.Ops), c_void_p]
lib.otrl_message_poll.restype = None

SUBSCRIPTION_TYPES = ("subscribe", "subscribed", "unsubscribe", "unsubscribed")
# otrl_message_sending: the instance the last message came from (see the libotr notes: with a
# stale session to an earlier instance of the same peer, OTRL_INSTAG_BEST can pick the wrong one).
INSTAG_RECENT_RECEIVED = 3
OTR_DATA_PREFIXES = ("?OTR:", "?OTR|", "?OTR,")  # a data message, whole or fragmented
PLAIN_COMMAND = "plain: "  # decrypted text starting so is answered in plaintext, not echoed
LATER_COMMAND = "later: "  # decrypted text starting so is echoed again LATER_SECONDS later
LATER_SECONDS = 62  # past libotr's HEARTBEAT_INTERVAL (60 s)
END_COMMAND = "end: "  # decrypted text starting so makes the bot end the OTR session (not echoed)
BURST_COMMAND = "burst: "  # decrypted text starting so is answered with two messages at once
MSG_EVENTS = {
    1: "encryption_required", 2: "encryption_error", 3: "connection_ended", 4: "setup_error",
    5: "msg_reflected", 6: "msg_resent", 7: "rcvdmsg_not_in_private", 8: "rcvdmsg_unreadable",
    9: "rcvdmsg_malformed", 10: "log_heartbeat_rcvd", 11: "log_heartbeat_sent",
    12: "rcvdmsg_general_err", 14: "rcvdmsg_unrecognized",
    15: "rcvdmsg_for_other_instance",
}

# ConnContext / Fingerprint of libotr 4.1.1 on a 64-bit build (offsets taken from the installed
# headers with offsetof). Only used to read the active fingerprint; checked at run time against
# a field libotr sets itself (fingerprint_root.context == the context), else not trusted.
CTX_USERNAME = 24
CTX_FINGERPRINT_ROOT = 352
CTX_ACTIVE_FINGERPRINT = 392
FP_FINGERPRINT = 16
FP_CONTEXT = 24


def read_ptr(address):
    return ctypes.c_void_p.from_address(address).value


def active_fingerprint(context):
    """The hex fingerprint of the peer's key in a secure context, or None if not readable."""
    if not context or ctypes.sizeof(c_void_p) != 8:
        return None
    if read_ptr(context + CTX_FINGERPRINT_ROOT + FP_CONTEXT) != context:
        return None  # not the layout we expect: do not guess
    fingerprint = read_ptr(context + CTX_ACTIVE_FINGERPRINT)
    if not fingerprint:
        return None
    raw = read_ptr(fingerprint + FP_FINGERPRINT)
    return ctypes.string_at(raw, 20).hex() if raw else None


def context_username(context):
    raw = read_ptr(context + CTX_USERNAME) if context else None
    return ctypes.string_at(raw).decode("utf-8", "replace") if raw else None


class OtrPeer(otr.Peer):
    """peer.py's Peer, its output (the module-level `out`) turned into events for the bot."""

    def send_reply(self, to, message):
        """Like Peer.send, to the most recently heard instance. True if libotr or we sent it."""
        newmsg = c_void_p()
        err = lib.otrl_message_sending(
            self.us, ctypes.byref(self.ops), None, self.account, self.protocol, to.encode(),
            INSTAG_RECENT_RECEIVED, message.encode(), None, ctypes.byref(newmsg),
            otr.FRAGMENT_SEND_ALL, None, None, None)
        if newmsg.value:
            # Replaced (encrypted, tagged, or refused): libotr injected whatever is to go out.
            lib.otrl_message_free(newmsg)
        elif err == 0:
            otr.out({"inject": message, "to": to})  # unchanged plaintext goes out as typed
        if err:
            otr.out({"send_error": err})

    def poll(self):
        lib.otrl_message_poll(self.us, ctypes.byref(self.ops), None)


class Bot(slixmpp.ClientXMPP):
    def __init__(self, args):
        jid = args.jid + ("/" + args.resource if args.resource else "")
        super().__init__(jid, args.password)
        self.args = args
        self.log_file = open(args.log, "a", encoding="utf-8")
        self.ca_certs = args.ca
        self.default_domain = args.server_name
        self.roster.auto_authorize = True
        self.roster.auto_subscribe = True
        self.full_jid_of = {}  # bare JID (libotr user name) -> full JID it last wrote from
        self.events = []  # what libotr said during the current call, handled after it returns
        self.timer = None
        self.timer_interval = 0

        os.makedirs(args.otr_dir, exist_ok=True)
        otr.out = self.events.append  # peer.py's callbacks report through this function
        self.otr = OtrPeer(args.otr_dir, slixmpp.JID(args.jid).bare, "xmpp")
        self.otr.smp_answer = args.smp_answer
        self.drain()
        self.log(type="fingerprint", hex=self.otr.own_fingerprint())

        self.register_plugin("xep_0030")
        self.register_plugin("xep_0199")
        self.register_plugin("xep_0203")
        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("failed_auth", lambda _: self.fatal("authentication failed"))
        self.add_event_handler("connection_failed", lambda e: self.fatal(f"connection failed: {e}"))
        self.add_event_handler("ssl_invalid_chain", lambda e: self.fatal(f"invalid certificate: {e}"))
        self.add_event_handler("stream_error", lambda e: self.fatal(f"stream error: {e['condition']}"))
        self.add_event_handler("disconnected", lambda r: self.fatal(f"disconnected: {r}"))
        self.register_handler(
            Callback("otr every message", MatchXPath("{jabber:client}message"), self.on_message)
        )
        self.register_handler(
            Callback("log subscriptions", MatchXPath("{jabber:client}presence"), self.on_presence)
        )

    async def get_dns_records(self, domain, port=None):
        return []  # the address given, no resolver (otter.test resolves only inside the proxy)

    def log(self, **event):
        self.log_file.write(json.dumps(event, separators=(",", ":"), ensure_ascii=False) + "\n")
        self.log_file.flush()

    def fatal(self, text):
        self.log(type="fatal", text=str(text))
        print(f"otr_bot: {text}", file=sys.stderr, flush=True)
        os._exit(1)  # as xmpp_bot.py: no asyncio unwinding with a half-closed TLS transport

    async def on_session_start(self, _event):
        await self.get_roster()
        self.send_presence(ppriority=self.args.priority)
        self.log(type="ready")
        if self.args.hello_to:
            self.log(type="sent", to=self.args.hello_to, text=self.args.hello_text)
            self.otr.send_reply(self.args.hello_to, self.args.hello_text)
            self.drain()

    def on_presence(self, pres):
        if pres["type"] in SUBSCRIPTION_TYPES:
            self.log(type=pres["type"], **{"from": str(pres["from"].bare)})

    # -- XMPP <-> libotr ----------------------------------------------------------------------

    def send_wire(self, bare, body):
        if not body:
            return  # libotr hands "" when sending is refused (session finished): nothing to send
        to = self.full_jid_of.get(bare, bare)
        self.log(type="wire", direction="out", jid=to, body_prefix=body[:16], body=body)
        self.send_message(mto=to, mbody=body, mtype="chat")

    def on_message(self, msg):
        mtype = msg["type"] or "normal"
        body = msg.xml.find("{jabber:client}body")
        if mtype not in ("chat", "normal") or body is None or not body.text:
            return
        if msg.xml.find("{urn:xmpp:delay}delay") is not None:
            return  # offline storage replay: not part of a live OTR exchange
        sender = msg["from"]
        if sender.bare == self.boundjid.bare:
            return
        wire = body.text
        self.log(type="wire", direction="in", jid=str(sender), body_prefix=wire[:16], body=wire)
        self.full_jid_of[sender.bare] = str(sender)
        self.otr.recv(sender.bare, wire)
        replies = self.drain(sender=sender, wire=wire)
        for text in replies:
            if text.startswith(BURST_COMMAND):
                for reply in ("burst 1", "burst 2"):
                    self.log(type="sent", to=str(sender), text=reply)
                    self.otr.send_reply(sender.bare, reply)
                    self.drain(sender=sender)
                continue
            if text.startswith(END_COMMAND):
                self.log(type="ended", peer=sender.bare)
                self.otr.handle({"cmd": "end", "to": sender.bare})
                self.drain(sender=sender)
                continue
            if text.startswith(PLAIN_COMMAND):
                # A contact whose software sends plaintext in the middle of a private
                # conversation: past libotr, straight onto the wire.
                # "\\q" stands for "?": text typed with "?OTR?" in it never reaches the bot as
                # typed (the sender's libotr turns it into its query message).
                raw = text[len(PLAIN_COMMAND):].replace("\\q", "?")
                self.log(type="sent_plain", to=str(sender), text=raw)
                self.send_wire(sender.bare, raw)
                continue
            self.log(type="sent", to=str(sender), text="echo: " + text)
            self.otr.send_reply(sender.bare, "echo: " + text)
            self.drain(sender=sender)
            if text.startswith(LATER_COMMAND):
                self.loop.call_later(LATER_SECONDS, self.echo_again, sender, text)

    def echo_again(self, sender, text):
        self.log(type="sent", to=str(sender), text="echo again: " + text)
        self.otr.send_reply(sender.bare, "echo again: " + text)
        self.drain(sender=sender)

    def drain(self, sender=None, wire=None):
        """Runs what callbacks deferred, then acts on what libotr reported. Returns texts to echo."""
        self.otr.run_deferred()
        replies = []
        while self.events:
            event = self.events.pop(0)
            if "inject" in event:
                self.send_wire(event["to"], event["inject"])
            elif "received" in event:
                if event.get("unencrypted"):
                    self.log(type="received", **{"from": str(sender)}, text=event["received"],
                             encrypted=False, unencrypted_while_private=True)
                else:
                    encrypted = bool(wire) and wire.startswith(OTR_DATA_PREFIXES)
                    self.log(type="received", **{"from": str(sender)}, text=event["received"],
                             encrypted=encrypted)
                    if event["received"]:
                        replies.append(event["received"])
            elif "secure" in event:
                if event["secure"]:
                    # Read at once, still inside libotr's gone_secure (memory only, no libotr call).
                    context = self.otr.secure_context
                    self.log(type="gone_secure", peer=context_username(context),
                             fingerprint=active_fingerprint(context))
                else:
                    self.log(type="gone_insecure")
            elif "still_secure" in event:
                self.log(type="still_secure")
            elif "new_fingerprint" in event:
                self.log(type="new_fingerprint", peer=event.get("peer"),
                         fingerprint=event["new_fingerprint"])
            elif "smp_question" in event:
                self.log(type="smp_question", question=event["smp_question"])
            elif "smp_asked_secret" in event:
                self.log(type="smp_question", question=None)
            elif "smp" in event:
                self.log(type="smp", result=event["smp"])
            elif "finished" in event:
                self.log(type="finished", peer=sender.bare if sender else None)
            elif "timer" in event:
                self.set_timer(event["timer"])
            elif "send_error" in event:
                self.log(type="send_error", error=event["send_error"])
            elif "msg_event" in event:
                if event["msg_event"] != "create_privkey":
                    self.log(type="otr_event",
                             event=MSG_EVENTS.get(event["msg_event"], event["msg_event"]),
                             message=event.get("message"))
            elif "peer_fingerprint" in event or "smp_progress" in event:
                pass  # peer.py's file dump after going secure / SMP steps: not needed here
            else:
                self.log(type="otr_other", event=event)
        return replies

    # -- libotr's timer (heartbeats, session expiry) ------------------------------------------

    def set_timer(self, interval):
        self.timer_interval = interval
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if interval > 0:
            self.timer = self.loop.call_later(interval, self.on_timer)

    def on_timer(self):
        self.timer = None
        self.otr.poll()
        self.drain()
        if self.timer is None and self.timer_interval > 0:
            self.timer = self.loop.call_later(self.timer_interval, self.on_timer)


def main():
    parser = argparse.ArgumentParser(description="Scripted OTR peer over XMPP for Otter's tests.")
    parser.add_argument("--host", default="127.0.0.1", help="address to connect to (not a name)")
    parser.add_argument("--port", type=int, required=True, help="STARTTLS (c2s) port")
    parser.add_argument("--server-name", required=True, help="name the certificate must carry")
    parser.add_argument("--ca", required=True, help="the only trust anchor")
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--otr-dir", required=True, help="libotr key, instance tag, fingerprints")
    parser.add_argument("--resource", default="", help="this device's XMPP resource")
    parser.add_argument("--priority", type=int, default=0, help="presence priority")
    parser.add_argument("--hello-to", default="", help="bare JID to write to once online")
    parser.add_argument("--hello-text", default="hello", help="what to write to --hello-to")
    parser.add_argument("--smp-answer", default=os.environ.get("OTR_BOT_SMP_ANSWER", "otter"))
    parser.add_argument("--log", required=True, help="JSON lines (see the module docstring)")
    parser.add_argument("--debug", action="store_true", help="slixmpp debug output on stderr")
    args = parser.parse_args()

    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    bot = Bot(args)
    bot.connect(address=(args.host, args.port), use_ssl=False, force_starttls=True)
    bot.loop.run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
