#!/usr/bin/python3
"""Sends one chat message as a user of the test server, then disconnects: a contact writing
while Otter shows another conversation. With --room, joins that room as --nick and says
--body to everyone there instead.

    send_message.py --port P --server-name otter.test --ca CA --jid bob@otter.test \
        --password PW (--to alice@otter.test | --room otter@conference.otter.test) --body TEXT \
        [--written-days-ago N]

With --written-days-ago, the chat message carries a XEP-0203 delay stamp of noon (local time)
N days ago, as a server's stored message does.

Connects straight to 127.0.0.1 (no name look-up), verifies the certificate against CA, and
logs in with its own resource, so a bot already online as the same user stays online.
"""

import argparse
import asyncio
import datetime
import sys

import slixmpp


class Sender(slixmpp.ClientXMPP):
    def __init__(self, args):
        super().__init__(args.jid + "/send-message", args.password)
        self.args = args
        self.ca_certs = args.ca
        self.default_domain = args.server_name
        self.ok = False
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("failed_auth", lambda _: self.disconnect())
        self.register_plugin("xep_0045")
        self.register_plugin("xep_0203")

    async def start(self, _event):
        self.send_presence()
        if self.args.room:
            self.plugin["xep_0045"].join_muc(self.args.room, self.args.nick)
            # The room sends its occupants and history first; speak once in.
            await asyncio.sleep(1.5)
            self.send_message(mto=self.args.room, mbody=self.args.body, mtype="groupchat")
        elif self.args.written_days_ago is not None:
            message = self.make_message(mto=self.args.to, mbody=self.args.body, mtype="chat")
            noon = datetime.datetime.now().astimezone().replace(
                hour=12, minute=0, second=0, microsecond=0
            ) - datetime.timedelta(days=self.args.written_days_ago)
            message["delay"]["stamp"] = noon.astimezone(datetime.timezone.utc)
            message.send()
        else:
            self.send_message(mto=self.args.to, mbody=self.args.body, mtype="chat")
        # Let the server take the stanza before the stream closes.
        await asyncio.sleep(0.5)
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
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--to")
    target.add_argument("--room")
    parser.add_argument("--nick", default="sender")
    parser.add_argument("--body", required=True)
    parser.add_argument("--written-days-ago", type=int)
    args = parser.parse_args()
    sender = Sender(args)
    sender.connect(address=(args.host, args.port), use_ssl=False, force_starttls=True)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.wait_for(sender.disconnected, timeout=15))
    return 0 if sender.ok else 1


if __name__ == "__main__":
    sys.exit(main())
