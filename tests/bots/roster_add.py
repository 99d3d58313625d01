#!/usr/bin/python3
"""Adds a contact to an account's roster and asks for its presence, as a user would in any
client; used to prepare the demo profile (so Otter starts with a contact to talk to).

    roster_add.py --port P --server-name otter.test --ca CA --jid alice@otter.test \
        --password PW --contact xmppbot@otter.test --name "Echo bot" [--group G ...]

With --group (repeatable), the contact is put in those roster groups, as another client of
the same account would. With --show, nothing changes: it prints the contact's roster groups
as the server lists them, one JSON list on one line (what a second login sees).

Connects straight to 127.0.0.1 (no name look-up) and verifies the certificate against CA.
"""

import argparse
import asyncio
import json
import sys

import slixmpp


class Adder(slixmpp.ClientXMPP):
    def __init__(self, args):
        super().__init__(args.jid, args.password)
        self.args = args
        self.ca_certs = args.ca
        self.default_domain = args.server_name
        self.ok = False
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def start(self, _event):
        await self.get_roster()
        if self.args.show:
            groups = self.client_roster[self.args.contact]["groups"]
            print(json.dumps(sorted(groups)), flush=True)
            self.ok = True
            self.disconnect()
            return
        await self.update_roster(self.args.contact, name=self.args.name, groups=self.args.group)
        self.send_presence_subscription(pto=self.args.contact)
        # Long enough for the bot to accept and subscribe back.
        await asyncio.sleep(1.0)
        self.ok = True
        self.disconnect()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--server-name", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--contact", required=True)
    parser.add_argument("--name", default="")
    parser.add_argument("--group", action="append", default=[])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    adder = Adder(args)
    adder.connect(address=(args.host, args.port), use_ssl=False, force_starttls=True)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.wait_for(adder.disconnected, timeout=15))
    return 0 if adder.ok else 1


if __name__ == "__main__":
    sys.exit(main())
