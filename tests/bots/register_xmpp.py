#!/usr/bin/python3
"""Creates an XMPP account by in-band registration (XEP-0077), as a user of any client would,
then stays online for a while; the window tests use it to make an address exist after
Otter's message to it bounced (the test server keeps nothing for offline users: a message to
one bounces too).

    register_xmpp.py --port P --server-name otter.test --ca CA --jid newbie@otter.test \
        --password PW [--stay SECONDS]

Prints "online" once it can receive, then "received: BODY" for each chat message, and ends
after SECONDS (default 0). Connects straight to 127.0.0.1 (no name look-up) and verifies the
certificate against CA. Exit status 0 when the server accepted the registration.
"""

import argparse
import asyncio
import sys

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout


class Registrar(slixmpp.ClientXMPP):
    def __init__(self, args):
        super().__init__(args.jid, args.password)
        self.args = args
        self.ca_certs = args.ca
        self.default_domain = args.server_name
        self.ok = False
        self.register_plugin("xep_0077")
        self["xep_0077"].force_registration = True
        # slixmpp 1.8 holds back every stanza until a session exists; registration comes
        # before there is one.
        self._always_send_everything = True
        self.add_event_handler("register", self.register)
        self.add_event_handler("session_start", self.online)
        self.add_event_handler("message", self.received)
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def online(self, _event):
        self.send_presence()
        print("online", flush=True)
        await asyncio.sleep(self.args.stay)
        self.disconnect()

    def received(self, message):
        if message["type"] in ("chat", "normal") and message["body"]:
            print(f"received: {message['body']}", flush=True)

    async def register(self, _form):
        iq = self.Iq()
        iq["type"] = "set"
        iq["register"]["username"] = self.boundjid.user
        iq["register"]["password"] = self.password
        try:
            await iq.send()
            self.ok = True
        except (IqError, IqTimeout) as problem:
            print(f"registration refused: {problem}", file=sys.stderr)
            self.disconnect()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--server-name", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--stay", type=float, default=0.0)
    args = parser.parse_args()
    registrar = Registrar(args)
    registrar.connect(address=(args.host, args.port), use_ssl=False, force_starttls=True)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.wait_for(registrar.disconnected, timeout=15 + args.stay))
    return 0 if registrar.ok else 1


if __name__ == "__main__":
    sys.exit(main())
