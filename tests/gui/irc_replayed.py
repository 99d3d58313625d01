#!/usr/bin/python3
"""Lines a server replays with their IRCv3 `server-time` (as a bouncer does) show as past
ones, on the day they were written: a private message, and a channel line marked "earlier".
The server is `openssl s_server`, scripted here; the window reaches it through the proxy.

    irc_replayed.py PORT CERT CHAIN KEY TIMEOUT_SECONDS
"""
import atexit
import queue
import subprocess
import sys
import threading
import time

from otter_atspi import containing, press, type_into, wait_for

STAMP = "@time=2020-01-01T12:00:00.000Z"


class Server:
    def __init__(self, port, cert, chain, key):
        self.process = subprocess.Popen(
            ["openssl", "s_server", "-accept", f"127.0.0.1:{port}", "-cert", cert,
             "-cert_chain", chain, "-key", key, "-naccept", "1", "-crlf"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, errors="replace")
        # However the script ends (a failed step exits), the server goes with it.
        atexit.register(self.process.kill)
        self.lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\r\n"))

    def until(self, start, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if line.startswith(start):
                return
        print(f"step failed: the client's {start!r}; server saw {self.seen!r}", file=sys.stderr)
        sys.exit(1)

    def say(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()


def main():
    port, cert, chain, key, timeout = sys.argv[1:6]
    timeout = float(timeout)
    server = Server(port, cert, chain, key)
    server.until("ACCEPT", timeout)
    press("Connect", timeout)
    server.until("CAP LS", timeout)
    server.say(":irc.otter.test CAP * LS :server-time")
    server.until("CAP REQ :server-time", timeout)
    server.say(":irc.otter.test CAP * ACK :server-time")
    server.until("CAP END", timeout)
    server.say(":irc.otter.test 001 alice :Welcome alice!a@otter.test")
    wait_for("network online", containing("Online"), timeout)
    server.say(f"{STAMP} :eve!e@h PRIVMSG alice :kept for you")
    wait_for("the replayed private message", containing("eve: kept for you"), timeout)
    wait_for("its day, in 2020", containing("2020"), timeout)

    press("Join a room…", timeout)
    type_into("The channel's name on this network", "#otter", timeout)
    press("Join room", timeout)
    server.until("JOIN #otter", timeout)
    server.say(":alice!a@otter.test JOIN #otter")
    server.say(":irc.otter.test 353 alice = #otter :alice eve")
    server.say(":irc.otter.test 366 alice #otter :End of /NAMES list.")
    wait_for("two people in the channel", containing("2 people here"), timeout)
    server.say(f"{STAMP} :eve!e@h PRIVMSG #otter :from the log")
    server.say(":eve!e@h PRIVMSG #otter :said now")
    wait_for("the replayed line, as history", containing("eve (earlier): from the log"), timeout)
    wait_for("the live line, as it is", containing("eve: said now"), timeout)
    print("irc replayed: private and channel lines shown as past ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
