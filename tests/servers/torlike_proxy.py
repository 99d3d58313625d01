#!/usr/bin/python3
"""A small SOCKS5 proxy that stands in for Tor's routing in the tests, and logs every request.

Started by `tests/servers/torlike` (see there and tests/servers/README.md); standard library
only, run with Debian's /usr/bin/python3.

    torlike_proxy.py --port PORT --log DIR/torlike/requests.jsonl

What it copies from Tor, because Otter's SOCKS client must cope with exactly that:
- Offered username/password (0x02), it picks it over "no authentication" (0x00), and accepts
  any pair, as Tor does (Tor uses the pair only to isolate circuits). Tests read back the pair
  from the log to check that Otter isolates accounts.
- It never resolves a name: the test names map to 127.0.0.1 from a fixed table, any other name
  gets 0x04 (host unreachable). So a test cannot pass by accident through the machine's
  resolver, and a name Otter should never have sent is visible in the log.

What it does differently from Tor, on purpose: an IP literal of 127.0.0.1 is relayed (Tor
refuses private addresses with 0x01); other IP literals get 0x02 (not allowed by ruleset).

`blackhole.otter.test` is accepted and then never answered, so a test can check that the
client bounds its own wait for the CONNECT reply (real Tor can take up to SocksTimeout, 120 s
by default, before it replies).

Log: one JSON object per line, written and flushed as soon as the proxy decides its reply, e.g.
{"methods":[0,2],"method":2,"username":"u","password":"p","cmd":1,"atyp":3,
 "host":"otter.test","port":5222,"reply":0}
Keys that the handshake did not reach are null; "reply" is null for blackhole.otter.test (no
reply sent). A handshake that breaks off after the greeting adds "error" with the reason. A
connection that closes before sending a greeting (like `start`'s readiness check) is not
logged.
"""

import argparse
import asyncio
import ipaddress
import json
import signal
import socket
import sys

# The names the test servers answer for; everything else is unreachable. Compared without
# regard to case (DNS names are case-insensitive); the log keeps the name as sent.
TEST_NAMES = {
    "otter.test",
    "conference.otter.test",
    "anon.otter.test",
    "irc.otter.test",
    "ngircd.otter.test",
    "selfsigned.otter.test",
    "expired.otter.test",
    "wrongname.otter.test",
}
BLACKHOLE = "blackhole.otter.test"
LOOPBACK = "127.0.0.1"

# RFC 1928 and RFC 1929 constants.
VERSION = 0x05
AUTH_VERSION = 0x01
NO_AUTH = 0x00
USER_PASS = 0x02
NO_ACCEPTABLE = 0xFF
CMD_CONNECT = 0x01
ATYP_IPV4 = 0x01
ATYP_DOMAIN = 0x03
ATYP_IPV6 = 0x04
REP_SUCCEEDED = 0x00
REP_GENERAL_FAILURE = 0x01
REP_NOT_ALLOWED = 0x02
REP_HOST_UNREACHABLE = 0x04
REP_CONNECTION_REFUSED = 0x05
REP_TTL_EXPIRED = 0x06
REP_COMMAND_NOT_SUPPORTED = 0x07
REP_ATYP_NOT_SUPPORTED = 0x08

# A handshake that stalls this long is dropped, so a broken client cannot pin a task forever.
# Not applied to blackhole.otter.test, which must stay silent as long as the client waits.
HANDSHAKE_TIMEOUT = 30
# Connecting to a test server on loopback is instant; this only bounds a pathological case.
CONNECT_TIMEOUT = 10
RELAY_CHUNK = 65536


class Handshake(Exception):
    """The client broke the protocol or went away; the message goes to the log."""


class RequestLog:
    """Appends one JSON line per request and flushes at once: a test reads the file while the
    proxy runs, and a proxy stopped with SIGTERM must not lose lines in a buffer."""

    def __init__(self, path):
        self._file = open(path, "a", encoding="utf-8")

    def write(self, entry):
        self._file.write(json.dumps(entry, separators=(",", ":")) + "\n")
        self._file.flush()


def text(raw):
    # Names and credentials are bytes on the wire; a non-UTF-8 one is still logged, escaped,
    # rather than breaking the proxy.
    return raw.decode("utf-8", errors="backslashreplace")


async def read_exact(reader, n, what):
    try:
        return await reader.readexactly(n)
    except asyncio.IncompleteReadError as e:
        raise Handshake(f"client closed during {what} ({len(e.partial)} of {n} bytes)") from None


def reply(code):
    # BND.ADDR 0.0.0.0:0, as Tor sends: the client learns nothing about the exit side.
    return bytes([VERSION, code, 0x00, ATYP_IPV4, 0, 0, 0, 0, 0, 0])


async def negotiate(reader, writer, entry):
    """Greeting, method choice and (if chosen) username/password. Returns False when the
    connection closed before a greeting (nothing to log)."""
    first = await reader.read(1)
    if not first:
        return False
    if first[0] != VERSION:
        raise Handshake(f"not SOCKS5 (version byte {first[0]:#04x})")
    (count,) = await read_exact(reader, 1, "greeting")
    methods = list(await read_exact(reader, count, "greeting"))
    entry["methods"] = methods
    if USER_PASS in methods:
        method = USER_PASS
    elif NO_AUTH in methods:
        method = NO_AUTH
    else:
        method = NO_ACCEPTABLE
    entry["method"] = method
    writer.write(bytes([VERSION, method]))
    await writer.drain()
    if method == NO_ACCEPTABLE:
        raise Handshake("no acceptable authentication method offered")
    if method == USER_PASS:
        (auth_version,) = await read_exact(reader, 1, "username/password")
        if auth_version != AUTH_VERSION:
            raise Handshake(f"username/password version {auth_version:#04x}")
        (ulen,) = await read_exact(reader, 1, "username/password")
        username = await read_exact(reader, ulen, "username/password")
        (plen,) = await read_exact(reader, 1, "username/password")
        password = await read_exact(reader, plen, "username/password")
        entry["username"] = text(username)
        entry["password"] = text(password)
        # Any pair is accepted, as Tor does.
        writer.write(bytes([AUTH_VERSION, 0x00]))
        await writer.drain()
    return True


async def read_request(reader, entry):
    """The request; returns the address type's target as (kind, value)."""
    version, cmd, _rsv, atyp = await read_exact(reader, 4, "request")
    if version != VERSION:
        raise Handshake(f"request version {version:#04x}")
    entry["cmd"] = cmd
    entry["atyp"] = atyp
    if atyp == ATYP_IPV4:
        host = socket.inet_ntop(socket.AF_INET, await read_exact(reader, 4, "request"))
    elif atyp == ATYP_IPV6:
        host = socket.inet_ntop(socket.AF_INET6, await read_exact(reader, 16, "request"))
    elif atyp == ATYP_DOMAIN:
        (length,) = await read_exact(reader, 1, "request")
        host = text(await read_exact(reader, length, "request"))
    else:
        # Unknown address type: the length of the address is unknown too, so nothing more can
        # be read; reply and close.
        return None
    entry["host"] = host
    entry["port"] = int.from_bytes(await read_exact(reader, 2, "request"), "big")
    return host


def decide(entry, host):
    """The reply code this request gets before any connection is tried, or None to connect to
    127.0.0.1. Never calls a resolver."""
    if entry["cmd"] != CMD_CONNECT:
        # Includes Tor's RESOLVE (0xF0) and RESOLVE_PTR (0xF1): Otter must never ask for them.
        return REP_COMMAND_NOT_SUPPORTED
    atyp = entry["atyp"]
    if atyp == ATYP_DOMAIN:
        return None if host.lower() in TEST_NAMES else REP_HOST_UNREACHABLE
    if atyp in (ATYP_IPV4, ATYP_IPV6):
        return None if ipaddress.ip_address(host) == ipaddress.ip_address(LOOPBACK) else REP_NOT_ALLOWED
    return REP_ATYP_NOT_SUPPORTED


async def open_target(port):
    """Connects to 127.0.0.1:port; returns (reply code, streams or None)."""
    try:
        streams = await asyncio.wait_for(
            asyncio.open_connection(LOOPBACK, port), timeout=CONNECT_TIMEOUT
        )
        return REP_SUCCEEDED, streams
    except ConnectionRefusedError:
        return REP_CONNECTION_REFUSED, None
    except asyncio.TimeoutError:
        return REP_TTL_EXPIRED, None
    except OSError:
        return REP_GENERAL_FAILURE, None


async def pump(reader, writer):
    """One direction of the relay; True when it ended with a clean EOF. EOF is passed on as a
    half-close, so a client that shuts down its sending side still gets the rest of the
    answer."""
    try:
        while True:
            data = await reader.read(RELAY_CHUNK)
            if not data:
                break
            writer.write(data)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
        return True
    except (ConnectionError, OSError):
        return False


async def relay(client_reader, client_writer, target_reader, target_writer):
    up = asyncio.ensure_future(pump(client_reader, target_writer))
    down = asyncio.ensure_future(pump(target_reader, client_writer))
    pending = {up, down}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        if not all(task.result() for task in done):
            # A reset on one side: close both, which ends the other direction's read with
            # EOF instead of leaving it waiting on a peer that may never speak again.
            client_writer.close()
            target_writer.close()
    target_writer.close()


async def serve_client(reader, writer, log):
    entry = {
        "methods": None,
        "method": None,
        "username": None,
        "password": None,
        "cmd": None,
        "atyp": None,
        "host": None,
        "port": None,
        "reply": None,
    }
    logged = False
    try:
        try:
            if not await asyncio.wait_for(negotiate(reader, writer, entry), HANDSHAKE_TIMEOUT):
                return
            host = await asyncio.wait_for(read_request(reader, entry), HANDSHAKE_TIMEOUT)
        except asyncio.TimeoutError:
            raise Handshake("handshake timed out") from None

        if entry["atyp"] == ATYP_DOMAIN and host.lower() == BLACKHOLE and entry["cmd"] == CMD_CONNECT:
            # Accepted and never answered: log now (the test reads the log while the client
            # waits), then hold the connection until the client gives up.
            log.write(entry)
            logged = True
            while await reader.read(RELAY_CHUNK):
                pass
            return

        code = decide(entry, host)
        streams = None
        if code is None:
            code, streams = await open_target(entry["port"])
        entry["reply"] = code
        log.write(entry)
        logged = True
        writer.write(reply(code))
        await writer.drain()
        if streams is not None:
            await relay(reader, writer, *streams)
    except Handshake as e:
        if not logged:
            entry["error"] = str(e)
            log.write(entry)
            logged = True
    except (ConnectionError, OSError) as e:
        if not logged:
            entry["error"] = f"{type(e).__name__}: {e}"
            log.write(entry)
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()

    log = RequestLog(args.log)
    server = await asyncio.start_server(
        lambda r, w: serve_client(r, w, log), host=LOOPBACK, port=args.port
    )
    # SIGTERM ends the server cleanly (the log is flushed line by line anyway).
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"listening on {LOOPBACK}:{args.port}", flush=True)
    await stop.wait()
    # No wait_closed(): relays still open would hold it up. asyncio.run() cancels them.
    server.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
