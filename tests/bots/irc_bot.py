#!/usr/bin/python3
"""A scripted IRC peer for Otter's integration tests.

Connects over TLS (verified against the test CA and the server's name), logs in with SASL
PLAIN (or, with --no-sasl, registers with its nick alone, for servers without services), joins
channels, and writes what it receives to a log file as one JSON object per line,
so a test can assert on what really arrived at the other end:

    {"type":"ready"}                                  after SASL success and every JOIN
    {"type":"caps","offered":[...]}                   what CAP LS offered
    {"type":"privmsg","from":nick,"target":t,"text":s}
    {"type":"notice","from":nick,"target":t,"text":s}
    {"type":"join","from":nick,"channel":c}
    {"type":"invite","from":nick,"channel":c}         then it joins c
    {"type":"kick","from":nick,"channel":c,"target":nick,"reason":s}
    {"type":"error","text":s}                         just before exiting on a failure

It answers, so a test can also check the way back: a private PRIVMSG gets "echo: <text>"
(CTCP requests get nothing), and a channel message starting with "<nick>:" gets
"echo: <rest>" in that channel. Notices are never answered, as IRC requires. In a channel,
"<nick>: topic <text>" sets the channel's topic, "<nick>: voice <who>" gives voice, and
"<nick>: kill <who>" drops that user's connection from the server side (the bot opers up with
--oper-password at start; the test server lets it KILL), and "<nick>: invite <channel>" joins
that channel and invites the asker to it.

Standard library only, for Debian's /usr/bin/python3.
"""

import argparse
import base64
import json
import signal
import socket
import ssl
import sys

# RFC 1459 line limit including CRLF; longer echoes would be cut by the server anyway, but
# cutting here keeps multi-byte characters whole.
MAX_LINE = 510


class Fatal(Exception):
    pass


def parse(line):
    """Splits an IRC line into (tags, source nick, command, params)."""
    tags = {}
    if line.startswith("@"):
        raw_tags, _, line = line.partition(" ")
        for item in raw_tags[1:].split(";"):
            key, _, value = item.partition("=")
            tags[key] = value
    source = ""
    if line.startswith(":"):
        prefix, _, line = line.partition(" ")
        source = prefix[1:].split("!", 1)[0]
    line, sep, trailing = line.partition(" :")
    params = line.split()
    command = params.pop(0).upper() if params else ""
    if sep:
        params.append(trailing)
    return tags, source, command, params


class Bot:
    def __init__(self, args):
        self.args = args
        self.nick = args.nick
        self.log_file = open(args.log, "a", encoding="utf-8")
        self.sock = None
        self.buf = b""
        self.pending_joins = {c.lower() for c in args.join}
        self.authenticated = False
        self.ready = False

    def log(self, **event):
        # Compact and ASCII-only, so a reader can grep for '"type":"ready"' and every byte
        # sequence survives; flushed at once because tests poll the file while the bot runs.
        self.log_file.write(json.dumps(event, separators=(",", ":")) + "\n")
        self.log_file.flush()

    def send(self, line):
        data = line.encode("utf-8", "surrogateescape")
        self.sock.sendall(data[:MAX_LINE] + b"\r\n")

    def say(self, target, text):
        prefix = f"PRIVMSG {target} :"
        room = MAX_LINE - len(prefix.encode())
        data = text.encode("utf-8", "surrogateescape")
        if len(data) > room:
            # Cut on a character boundary so the echo stays valid UTF-8.
            data = data[:room].decode("utf-8", "ignore").encode("utf-8")
        self.send(prefix + data.decode("utf-8", "surrogateescape"))

    def connect(self):
        ctx = ssl.create_default_context(cafile=self.args.ca)
        raw = socket.create_connection((self.args.host, self.args.port), timeout=30)
        self.sock = ctx.wrap_socket(raw, server_hostname=self.args.server_name)
        # Blocking reads from here on: the bot idles until the server says something.
        self.sock.settimeout(None)
        self.send("CAP LS 302")
        self.send(f"NICK {self.nick}")
        self.send(f"USER {self.nick} 0 * :Otter test bot")

    def lines(self):
        while True:
            while b"\n" not in self.buf:
                data = self.sock.recv(4096)
                if not data:
                    raise Fatal("server closed the connection")
                self.buf += data
            raw, self.buf = self.buf.split(b"\n", 1)
            # Keep the original bytes (surrogateescape) so an echo repeats them exactly.
            yield raw.rstrip(b"\r").decode("utf-8", "surrogateescape")

    def run(self):
        self.connect()
        caps = set()
        for line in self.lines():
            tags, source, command, params = parse(line)
            if command == "PING":
                self.send("PONG :" + (params[-1] if params else ""))
            elif command == "CAP":
                self.on_cap(params, caps)
            elif command == "AUTHENTICATE":
                if params and params[0] == "+":
                    token = f"{self.nick}\0{self.nick}\0{self.args.password}"
                    self.send("AUTHENTICATE " + base64.b64encode(token.encode()).decode())
            elif command == "903":
                self.authenticated = True
                self.send("CAP END")
            elif command in ("902", "904", "905", "906", "908"):
                raise Fatal(f"SASL failed: {line}")
            elif command == "001":
                self.nick = params[0]
                if not self.authenticated and not self.args.no_sasl:
                    raise Fatal("registered without SASL")
                if self.args.oper_password:
                    self.send(f"OPER {self.nick} {self.args.oper_password}")
                for channel in self.args.join:
                    self.send(f"JOIN {channel}")
                self.check_ready()
            elif command in ("491", "464"):
                raise Fatal(f"OPER refused: {line}")
            elif command == "381":
                self.log(type="oper")
            elif command in ("403", "405", "471", "473", "474", "475", "477"):
                raise Fatal(f"could not join: {line}")
            elif command == "433" and not self.authenticated and not self.ready:
                raise Fatal(f"nick {self.nick} is in use")
            elif command == "ERROR":
                raise Fatal(line)
            elif command == "JOIN" and params:
                self.log(type="join", **{"from": source}, channel=printable(params[0]))
                if source.lower() == self.nick.lower():
                    self.pending_joins.discard(params[0].lower())
                    self.check_ready()
            elif command == "INVITE" and len(params) >= 2:
                self.log(type="invite", **{"from": source}, channel=printable(params[1]))
                self.send(f"JOIN {params[1]}")
            elif command == "KICK" and len(params) >= 2:
                self.log(
                    type="kick",
                    **{"from": source},
                    channel=printable(params[0]),
                    target=printable(params[1]),
                    reason=printable(params[2]) if len(params) > 2 else None,
                )
            elif command in ("PRIVMSG", "NOTICE") and len(params) >= 2:
                self.on_message(command, source, params[0], params[1])

    def on_cap(self, params, caps):
        sub = params[1].upper() if len(params) > 1 else ""
        if sub == "LS":
            # "CAP * LS * :..." marks a continued list (CAP LS 302).
            caps.update(c.split("=", 1)[0] for c in params[-1].split())
            if len(params) >= 4 and params[2] == "*":
                return
            self.log(type="caps", offered=sorted(caps))
            if self.args.no_sasl:
                self.send("CAP END")
                return
            if "sasl" not in caps:
                raise Fatal("server does not offer SASL")
            self.send("CAP REQ :sasl")
        elif sub == "ACK" and "sasl" in params[-1].split():
            self.send("AUTHENTICATE PLAIN")
        elif sub == "NAK":
            raise Fatal("server refused the sasl capability")

    def check_ready(self):
        logged_in = self.authenticated or self.args.no_sasl
        if not self.ready and logged_in and not self.pending_joins:
            self.ready = True
            self.log(type="ready")

    def on_message(self, command, source, target, text):
        self.log(type=command.lower(), **{"from": source}, target=printable(target),
                 text=printable(text))
        if command != "PRIVMSG" or not source or "." in source:
            return  # never answer notices or server messages
        if target.lower() == self.nick.lower():
            if not text.startswith("\x01"):
                self.say(source, "echo: " + text)
        elif target[:1] in "#&+!":
            prefix = self.nick.lower() + ":"
            if text.lower().startswith(prefix):
                request = text[len(prefix):].lstrip(" ")
                verb, _, rest = request.partition(" ")
                if verb == "topic":
                    self.send(f"TOPIC {target} :{rest}")
                elif verb == "voice":
                    self.send(f"MODE {target} +v {rest}")
                elif verb == "kill":
                    self.send(f"KILL {rest} :requested by the test")
                elif verb == "invite" and rest[:1] in "#&" and " " not in rest:
                    # Opens the channel (so it may invite to it) and invites the asker.
                    self.send(f"JOIN {rest}")
                    self.send(f"INVITE {source} {rest}")
                elif verb == "inviteother" and rest and " " not in rest:
                    # Someone else into this channel: its members hear of it (invite-notify).
                    self.send(f"INVITE {rest} {target}")
                else:
                    self.say(target, "echo: " + request)

    def quit(self):
        if self.sock is not None:
            try:
                self.send("QUIT :bye")
                self.sock.close()
            except OSError:
                pass


def printable(text):
    """The text for the JSON log: invalid UTF-8 becomes U+FFFD, because JSON readers refuse
    the lone surrogates that surrogateescape would otherwise leave in the string."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--server-name", required=True,
                        help="name to send in SNI and to verify in the certificate")
    parser.add_argument("--ca", required=True, help="CA certificate (PEM) to trust")
    parser.add_argument("--nick", required=True, help="nick, also the SASL account name")
    parser.add_argument("--password", default="")
    parser.add_argument("--no-sasl", action="store_true",
                        help="register without logging in (a server without services)")
    parser.add_argument("--log", required=True, help="JSON-lines file to append to")
    parser.add_argument("--join", action="append", default=[], metavar="CHANNEL")
    parser.add_argument("--oper-password", default="",
                        help="become an IRC operator with this password after registering")
    args = parser.parse_args()
    if not args.no_sasl and not args.password:
        parser.error("--password is needed unless --no-sasl is given")

    bot = Bot(args)

    def on_term(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        bot.run()
    except (Fatal, OSError, ssl.SSLError) as e:
        bot.log(type="error", text=str(e))
        print(f"irc_bot: {e}", file=sys.stderr)
        return 1
    finally:
        bot.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
