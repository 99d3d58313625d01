#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An IRC peer that speaks OTR with real libotr, for Otter's integration tests.

The IRC twin of otr_bot.py: standard library only under Debian's /usr/bin/python3, libotr
(Debian's libotr.so.5) through the ctypes layer of tests/otr/peer.py, imported as a module (not
Otter's wrapper: it is the reference side). Like irc_bot.py it is the *remote* party: it connects
straight to the server's address over TLS, verifies the certificate against the test CA and the
server's name, and logs in with SASL PLAIN. With --register it first registers its nick with
NickServ on a connection of its own (a nick already registered is fine: SASL then decides).

OTR: policy opportunistic (v2 and v3). The libotr user name of a peer is its nick; whatever
libotr wants injected goes out as one PRIVMSG per piece. libotr fragments to the room one
PRIVMSG leaves once the server relays it with our prefix (`:nick!user@host PRIVMSG peer :`, the
user and host read back with WHOIS), so no line the peer receives exceeds IRC's 512 bytes.

Every private PRIVMSG goes through otrl_message_receiving. Text libotr yields gets the answer
"echo: <text>" through otrl_message_sending (encrypted when the session is private); plaintext
that arrives while private is logged with "unencrypted_while_private": true and not echoed. An
SMP question (or a request for the shared secret) is answered with --smp-answer.

Over IRC an OTR query's explanation ("... has requested an Off-the-Record private
conversation ...") comes as plain PRIVMSGs after the "?OTRv23?" line, one per line of text. A
person would not answer them; an echo (whitespace-tagged) would start a second key exchange
across the first. So plaintext from a peer is not echoed for QUERY_QUIET seconds after its
query (logged with "echoed": false); --answer-query-text (or $IRC_OTR_BOT_ANSWER_QUERY_TEXT=1)
echoes them anyway, to reproduce that crossing. --type-during-exchange TEXT (or
$IRC_OTR_BOT_TYPE_DURING_EXCHANGE) sends TEXT right after answering a query, through libotr, so
whitespace-tagged while the key exchange runs (a person typing as the exchange starts).

Log: one compact JSON object per line (UTF-8), flushed at once, so a test can poll it:

    {"type":"fingerprint","hex":"<40 hex>"}            own fingerprint, first line
    {"type":"ready","nick":n,"max_message_size":m}     logged in; m: what libotr fragments to
    {"type":"wire","direction":"in"|"out","peer":nick,"line_bytes":n,"body_prefix":first 16
     chars,"body":whole text}                           every private PRIVMSG; line_bytes counts
                                                       the whole line with its CR LF: as relayed
                                                       for "in", as we send it for "out"
    {"type":"received","from":nick,"text":s,"encrypted":bool}
    {"type":"sent","to":nick,"text":"echo: ..."}       an echo handed to libotr (before its wire)
    {"type":"gone_secure","peer":nick,"fingerprint":"<40 hex>"|null}
    {"type":"gone_insecure"} / {"type":"still_secure"}
    {"type":"new_fingerprint","peer":nick,"fingerprint":hex}
    {"type":"smp_question","question":s|null}
    {"type":"smp","result":"succeeded"|"failed"|"aborted"|"error"}
    {"type":"finished","peer":nick}                    the peer ended the OTR session
    {"type":"otr_event","event":name,"message":s|null}
    {"type":"send_error","error":n}
    {"type":"notice","from":nick,"text":s}             NOTICEs to us (never answered)
    {"type":"fatal","text":s}                          just before exiting on a failure
"""

import argparse
import base64
import ctypes
import json
import os
import signal
import socket
import ssl
import sys
import time
from ctypes import POINTER, c_void_p

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "otr"))
import peer as otr  # noqa: E402  tests/otr/peer.py: the ctypes layer over libotr.so.5

lib = otr.lib
lib.otrl_message_poll.argtypes = [c_void_p, POINTER(otr.Ops), c_void_p]
lib.otrl_message_poll.restype = None

# RFC 1459: 512 bytes with the CR LF.
MAX_LINE = 512
# Room kept free in every relayed line, in case the server shows us with a longer host than
# WHOIS did (a cloak set later).
SAFETY = 16
INSTAG_RECENT_RECEIVED = 3
# Seconds after a peer's OTR query during which its plaintext is not echoed (see above).
QUERY_QUIET = 5.0
OTR_DATA_PREFIXES = ("?OTR:", "?OTR|", "?OTR,")
MSG_EVENTS = {
    1: "encryption_required", 2: "encryption_error", 3: "connection_ended", 4: "setup_error",
    5: "msg_reflected", 6: "msg_resent", 7: "rcvdmsg_not_in_private", 8: "rcvdmsg_unreadable",
    9: "rcvdmsg_malformed", 12: "rcvdmsg_general_err", 14: "rcvdmsg_unrecognized",
    15: "rcvdmsg_for_other_instance",
}

# ConnContext / Fingerprint of libotr 4.1.1 on a 64-bit build, as in otr_bot.py: read only
# when a field libotr sets itself (fingerprint_root.context) confirms the layout.
CTX_USERNAME = 24
CTX_FINGERPRINT_ROOT = 352
CTX_ACTIVE_FINGERPRINT = 392
FP_FINGERPRINT = 16
FP_CONTEXT = 24


class Fatal(Exception):
    pass


def read_ptr(address):
    return ctypes.c_void_p.from_address(address).value


def active_fingerprint(context):
    if not context or ctypes.sizeof(c_void_p) != 8:
        return None
    if read_ptr(context + CTX_FINGERPRINT_ROOT + FP_CONTEXT) != context:
        return None
    fingerprint = read_ptr(context + CTX_ACTIVE_FINGERPRINT)
    if not fingerprint:
        return None
    raw = read_ptr(fingerprint + FP_FINGERPRINT)
    return ctypes.string_at(raw, 20).hex() if raw else None


def context_username(context):
    raw = read_ptr(context + CTX_USERNAME) if context else None
    return ctypes.string_at(raw).decode("utf-8", "replace") if raw else None


def parse(line):
    """Splits an IRC line into (source nick, source user@host, command, params)."""
    if line.startswith("@"):
        _, _, line = line.partition(" ")
    source, userhost = "", ""
    if line.startswith(":"):
        prefix, _, line = line.partition(" ")
        source, _, userhost = prefix[1:].partition("!")
    line, sep, trailing = line.partition(" :")
    params = line.split()
    command = params.pop(0).upper() if params else ""
    if sep:
        params.append(trailing)
    return source, userhost, command, params


class OtrPeer(otr.Peer):
    def send_reply(self, to, message):
        """Like Peer.send, to the most recently heard instance."""
        newmsg = c_void_p()
        err = lib.otrl_message_sending(
            self.us, ctypes.byref(self.ops), None, self.account, self.protocol, to.encode(),
            INSTAG_RECENT_RECEIVED, message.encode(), None, ctypes.byref(newmsg),
            otr.FRAGMENT_SEND_ALL, None, None, None)
        if newmsg.value:
            lib.otrl_message_free(newmsg)
        elif err == 0:
            otr.out({"inject": message, "to": to})
        if err:
            otr.out({"send_error": err})

    def poll(self):
        lib.otrl_message_poll(self.us, ctypes.byref(self.ops), None)


class Connection:
    def __init__(self, args, nick):
        self.nick = nick
        ctx = ssl.create_default_context(cafile=args.ca)
        raw = socket.create_connection((args.host, args.port), timeout=30)
        self.sock = ctx.wrap_socket(raw, server_hostname=args.server_name)
        self.buf = b""

    def send(self, line):
        data = line.encode("utf-8", "surrogateescape") + b"\r\n"
        if len(data) > MAX_LINE:
            raise Fatal(f"refusing to send a {len(data)}-byte line")
        self.sock.sendall(data)
        return len(data)

    def read_line(self, timeout=None):
        """One line as (text, bytes on the wire with its CR LF), or None on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buf:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.sock.settimeout(left)
            else:
                self.sock.settimeout(None)
            try:
                data = self.sock.recv(4096)
            except (socket.timeout, ssl.SSLWantReadError):
                return None
            if not data:
                raise Fatal("server closed the connection")
            self.buf += data
        raw, self.buf = self.buf.split(b"\n", 1)
        size = len(raw) + 1
        return raw.rstrip(b"\r").decode("utf-8", "surrogateescape"), size

    def close(self):
        try:
            self.send("QUIT :bye")
            self.sock.close()
        except (OSError, Fatal):
            pass


def register(args, log):
    """Registers args.nick with NickServ on a plain (no SASL) TLS connection, then quits."""
    conn = Connection(args, args.nick)
    deadline = time.monotonic() + 20
    try:
        conn.send(f"NICK {args.nick}")
        conn.send(f"USER {args.nick} 0 * :Otter OTR test bot")
        while time.monotonic() < deadline:
            got = conn.read_line(timeout=deadline - time.monotonic())
            if got is None:
                break
            line = got[0]
            source, _, command, params = parse(line)
            if command == "PING":
                conn.send("PONG :" + (params[-1] if params else ""))
            elif command == "001":
                conn.send(f"PRIVMSG NickServ :REGISTER {args.password} {args.nick}@otter.test")
            elif command == "433":
                raise Fatal(f"nick {args.nick} is in use")
            elif command == "NOTICE" and source.lower() == "nickserv" and params:
                text = params[-1]
                if "registered to" in text or "is already registered" in text:
                    log(type="registered", nick=args.nick)
                    return
        raise Fatal("NickServ did not confirm the registration")
    finally:
        conn.close()


class Bot:
    def __init__(self, args):
        self.args = args
        self.nick = args.nick
        self.log_file = open(args.log, "a", encoding="utf-8")
        self.conn = None
        self.userhost = None  # our user@host as the server relays it
        self.authenticated = False
        self.ready = False
        self.events = []
        self.timer_interval = 0
        self.timer_due = None
        self.quiet_until = {}  # nick -> time.monotonic() until which plaintext is not echoed

        os.makedirs(args.otr_dir, exist_ok=True)
        otr.out = self.events.append  # peer.py's callbacks report through this function
        self.otr = OtrPeer(args.otr_dir, args.nick, "prpl-irc")
        self.otr.smp_answer = args.smp_answer
        self.drain()
        self.log(type="fingerprint", hex=self.otr.own_fingerprint())

    def log(self, **event):
        self.log_file.write(json.dumps(event, separators=(",", ":"), ensure_ascii=False) + "\n")
        self.log_file.flush()

    # -- the room libotr may use -------------------------------------------------------------

    def room_for(self, peer):
        """Text bytes one PRIVMSG to `peer` can carry once relayed with our prefix."""
        userhost = self.userhost or f"{self.nick}@{'x' * 63}"
        prefix = f":{self.nick}!{userhost} PRIVMSG {peer} :"
        return MAX_LINE - 2 - len(prefix.encode()) - SAFETY

    def set_room(self, peer):
        # peer.py's max_message_size callback answers self.max_size; set per peer before
        # every libotr call that may send to it.
        self.otr.max_size = self.room_for(peer)

    # -- IRC ----------------------------------------------------------------------------------

    def run(self):
        self.conn = Connection(self.args, self.nick)
        self.conn.send("CAP LS 302")
        self.conn.send(f"NICK {self.nick}")
        self.conn.send(f"USER {self.nick} 0 * :Otter OTR test bot")
        caps = set()
        while True:
            timeout = None
            if self.timer_due is not None:
                timeout = max(0.0, self.timer_due - time.monotonic())
            got = self.conn.read_line(timeout)
            if got is None:
                self.on_timer()
                continue
            line, size = got
            source, userhost, command, params = parse(line)
            if command == "PING":
                self.conn.send("PONG :" + (params[-1] if params else ""))
            elif command == "CAP":
                self.on_cap(params, caps)
            elif command == "AUTHENTICATE":
                if params and params[0] == "+":
                    token = f"{self.nick}\0{self.nick}\0{self.args.password}"
                    self.conn.send("AUTHENTICATE " + base64.b64encode(token.encode()).decode())
            elif command == "903":
                self.authenticated = True
                self.conn.send("CAP END")
            elif command in ("902", "904", "905", "906", "908"):
                raise Fatal(f"SASL failed: {line}")
            elif command == "001":
                self.nick = params[0]
                if not self.authenticated:
                    raise Fatal("registered without SASL")
                self.conn.send(f"WHOIS {self.nick}")
            elif command == "311" and len(params) >= 4 and params[1].lower() == self.nick.lower():
                self.userhost = f"{params[2]}@{params[3]}"
                if not self.ready:
                    self.ready = True
                    self.log(type="ready", nick=self.nick,
                             max_message_size=self.room_for("x" * 30))
            elif command == "396" and len(params) >= 2 and self.userhost:
                # The server changed the host it shows us under.
                user = self.userhost.split("@", 1)[0]
                self.userhost = f"{user}@{params[1]}"
            elif command == "433" and not self.authenticated:
                raise Fatal(f"nick {self.nick} is in use")
            elif command == "ERROR":
                raise Fatal(line)
            elif command == "NOTICE" and len(params) >= 2:
                self.log(type="notice", **{"from": source}, text=printable(params[1]))
            elif command == "PRIVMSG" and len(params) >= 2:
                self.on_privmsg(source, params[0], params[1], size)

    def on_cap(self, params, caps):
        sub = params[1].upper() if len(params) > 1 else ""
        if sub == "LS":
            caps.update(c.split("=", 1)[0] for c in params[-1].split())
            if len(params) >= 4 and params[2] == "*":
                return
            if "sasl" not in caps:
                raise Fatal("server does not offer SASL")
            self.conn.send("CAP REQ :sasl")
        elif sub == "ACK" and "sasl" in params[-1].split():
            self.conn.send("AUTHENTICATE PLAIN")
        elif sub == "NAK":
            raise Fatal("server refused the sasl capability")

    def on_privmsg(self, source, target, text, size):
        if not source or "." in source or target.lower() != self.nick.lower():
            return  # server messages and channels: not part of a private conversation
        wire = printable(text)
        self.log(type="wire", direction="in", peer=source, line_bytes=size,
                 body_prefix=wire[:16], body=wire)
        if text.startswith("\x01"):
            return  # CTCP: not for libotr
        is_query = wire.startswith("?OTRv") or wire.startswith("?OTR?")
        if is_query and not self.args.answer_query_text:
            self.quiet_until[source] = time.monotonic() + QUERY_QUIET
        self.set_room(source)
        self.otr.recv(source, wire)
        replies = self.drain(peer=source, wire=wire)
        if is_query and self.args.type_during_exchange:
            # A person typing just after their software answered the query: not private
            # yet, so libotr tags the text, and it reaches the peer mid-exchange.
            self.log(type="sent", to=source, text=self.args.type_during_exchange)
            self.otr.send_reply(source, self.args.type_during_exchange)
            self.drain(peer=source)
        for reply in replies:
            self.log(type="sent", to=source, text="echo: " + reply)
            self.set_room(source)
            self.otr.send_reply(source, "echo: " + reply)
            self.drain(peer=source)

    def send_wire(self, peer, body):
        if not body:
            return  # libotr hands "" when sending is refused (session finished)
        prefix = f"PRIVMSG {peer} :"
        room = MAX_LINE - 2 - len(prefix.encode())
        relayed_room = self.room_for(peer)
        data = body.encode("utf-8")
        # libotr fragments its own messages to the room; plaintext it passes through (a long
        # plain echo) is cut here on character boundaries, one PRIVMSG per piece.
        while data:
            piece = data[:min(room, relayed_room)].decode("utf-8", "ignore")
            if not piece:
                raise Fatal("cannot cut the message on a character boundary")
            size = self.conn.send(prefix + piece)
            self.log(type="wire", direction="out", peer=peer, line_bytes=size,
                     body_prefix=piece[:16], body=piece)
            data = data[len(piece.encode("utf-8")):]

    def drain(self, peer=None, wire=None):
        """Runs what callbacks deferred, then acts on what libotr reported; the texts to echo."""
        self.otr.run_deferred()
        replies = []
        while self.events:
            event = self.events.pop(0)
            if "inject" in event:
                self.send_wire(event["to"], event["inject"])
            elif "received" in event:
                if event.get("unencrypted"):
                    self.log(type="received", **{"from": peer}, text=event["received"],
                             encrypted=False, unencrypted_while_private=True)
                else:
                    encrypted = bool(wire) and wire.startswith(OTR_DATA_PREFIXES)
                    quiet = self.quiet_until.get(peer, 0) > time.monotonic()
                    if encrypted or not quiet:
                        self.log(type="received", **{"from": peer}, text=event["received"],
                                 encrypted=encrypted)
                        if event["received"]:
                            replies.append(event["received"])
                    else:
                        self.log(type="received", **{"from": peer}, text=event["received"],
                                 encrypted=False, echoed=False)
            elif "secure" in event:
                if event["secure"]:
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
                self.log(type="finished", peer=peer)
            elif "timer" in event:
                self.timer_interval = event["timer"]
                self.timer_due = (time.monotonic() + self.timer_interval
                                  if self.timer_interval > 0 else None)
            elif "send_error" in event:
                self.log(type="send_error", error=event["send_error"])
            elif "msg_event" in event:
                if event["msg_event"] != "create_privkey":
                    self.log(type="otr_event",
                             event=MSG_EVENTS.get(event["msg_event"], event["msg_event"]),
                             message=event.get("message"))
            elif "peer_fingerprint" in event or "smp_progress" in event:
                pass
            else:
                self.log(type="otr_other", event=event)
        return replies

    def on_timer(self):
        self.timer_due = None
        self.otr.poll()
        self.drain()
        if self.timer_due is None and self.timer_interval > 0:
            self.timer_due = time.monotonic() + self.timer_interval

    def quit(self):
        if self.conn is not None:
            self.conn.close()


def printable(text):
    """Invalid UTF-8 becomes U+FFFD: JSON readers refuse lone surrogates."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description="Scripted OTR peer over IRC for Otter's tests.")
    parser.add_argument("--host", default="127.0.0.1", help="address to connect to (not a name)")
    parser.add_argument("--port", type=int, required=True, help="TLS port")
    parser.add_argument("--server-name", required=True, help="name the certificate must carry")
    parser.add_argument("--ca", required=True, help="the only trust anchor")
    parser.add_argument("--nick", required=True, help="nick, also the SASL account name")
    parser.add_argument("--password", required=True)
    parser.add_argument("--register", action="store_true",
                        help="register the nick with NickServ first")
    parser.add_argument("--otr-dir", required=True, help="libotr key, instance tag, fingerprints")
    parser.add_argument("--smp-answer", default=os.environ.get("IRC_OTR_BOT_SMP_ANSWER", "otter"))
    parser.add_argument("--log", required=True, help="JSON lines (see the module docstring)")
    parser.add_argument("--answer-query-text", action="store_true",
                        default=os.environ.get("IRC_OTR_BOT_ANSWER_QUERY_TEXT") == "1",
                        help="echo the plain lines that follow an OTR query too")
    parser.add_argument("--type-during-exchange", metavar="TEXT",
                        default=os.environ.get("IRC_OTR_BOT_TYPE_DURING_EXCHANGE", ""),
                        help="after answering an OTR query, send TEXT (whitespace-tagged)")
    args = parser.parse_args()

    def on_term(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    bot = Bot(args)
    try:
        if args.register:
            register(args, bot.log)
        bot.run()
    except (Fatal, OSError, ssl.SSLError) as e:
        bot.log(type="fatal", text=str(e))
        print(f"irc_otr_bot: {e}", file=sys.stderr, flush=True)
        return 1
    finally:
        bot.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
