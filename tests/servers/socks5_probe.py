#!/usr/bin/python3
"""Connect through a SOCKS5 proxy *by name* and, unless --no-tls, complete a verified TLS
handshake; exit 0 on success, non-zero with a one-line reason otherwise.

For manual checks of the test network and for `tests/servers/socks start`, which uses it to prove
that the proxy resolves the test names (nothing else on the machine can). Standard library only,
run with Debian's /usr/bin/python3.

    socks5_probe.py --env DIR/env otter.test "$XMPP_DIRECT_TLS_PORT"
    socks5_probe.py --env DIR/env --xmpp-starttls otter.test "$XMPP_STARTTLS_PORT"
    socks5_probe.py --proxy-port 1080 --no-tls otter.test 1080

The name is always sent to the proxy (ATYP 3), never resolved here: a probe that resolved
locally would prove nothing about the proxy.
"""

import argparse
import socket
import ssl
import sys

# RFC 1928 replies, plus Tor's extended errors (ExtendedErrors), so a failure reads as a reason.
REPLIES = {
    0x01: "general SOCKS server failure",
    0x02: "connection not allowed by ruleset",
    0x03: "network unreachable",
    0x04: "host unreachable (the proxy could not resolve or reach the name)",
    0x05: "connection refused",
    0x06: "TTL expired",
    0x07: "command not supported",
    0x08: "address type not supported",
    0xF0: "onion service descriptor can not be found",
    0xF1: "onion service descriptor is invalid",
    0xF2: "onion service introduction failed",
    0xF3: "onion service rendezvous failed",
    0xF4: "onion service missing client authorization",
    0xF5: "onion service wrong client authorization",
    0xF6: "onion service invalid address",
    0xF7: "onion service introduction timed out",
}


class ProbeError(Exception):
    pass


def read_env(path):
    """DIR/env as written by the services: KEY=value lines, values possibly double-quoted."""
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            env[key] = value
    return env


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ProbeError(f"proxy closed the connection after {len(data)} of {n} bytes")
        data += chunk
    return data


def socks5_connect(proxy, host, port, user, password, timeout):
    sock = socket.create_connection(proxy, timeout=timeout)
    try:
        methods = [0x02] if user is not None else [0x00]
        sock.sendall(bytes([0x05, len(methods)] + methods))
        version, method = recv_exact(sock, 2)
        if version != 0x05:
            raise ProbeError(f"not a SOCKS5 proxy (version byte {version:#x})")
        if method == 0xFF:
            raise ProbeError("proxy accepted none of the offered authentication methods")
        if method not in methods:
            raise ProbeError(f"proxy chose method {method:#x}, which was not offered")
        if method == 0x02:
            u, p = user.encode(), password.encode()
            sock.sendall(bytes([0x01, len(u)]) + u + bytes([len(p)]) + p)
            _, status = recv_exact(sock, 2)
            if status != 0x00:
                raise ProbeError(f"proxy refused the username/password (status {status:#x})")
        name = host.encode("idna")
        if not 0 < len(name) < 256:
            raise ProbeError(f"name {host!r} cannot be sent in a SOCKS5 request")
        sock.sendall(bytes([0x05, 0x01, 0x00, 0x03, len(name)]) + name + port.to_bytes(2, "big"))
        version, reply, _, atyp = recv_exact(sock, 4)
        if reply != 0x00:
            reason = REPLIES.get(reply, "unknown reply")
            raise ProbeError(f"proxy refused CONNECT {host}:{port}: {reason} ({reply:#04x})")
        # Skip the bound address; its length depends on its type.
        if atyp == 0x01:
            recv_exact(sock, 4 + 2)
        elif atyp == 0x04:
            recv_exact(sock, 16 + 2)
        elif atyp == 0x03:
            recv_exact(sock, recv_exact(sock, 1)[0] + 2)
        else:
            raise ProbeError(f"proxy replied with unknown address type {atyp:#x}")
        return sock
    except BaseException:
        sock.close()
        raise


def xmpp_starttls(sock, domain):
    """Just enough of RFC 6120 to reach the TLS handshake on a STARTTLS port."""
    sock.sendall(
        (
            "<?xml version='1.0'?><stream:stream to='%s' version='1.0' "
            "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" % domain
        ).encode()
    )
    buf = b""
    while b"</stream:features>" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise ProbeError("server closed the stream before its features: " + buf.decode(errors="replace"))
        buf += chunk
    if b"urn:ietf:params:xml:ns:xmpp-tls" not in buf:
        raise ProbeError("server does not offer STARTTLS")
    sock.sendall(b"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
    buf = b""
    while b"/>" not in buf and b"</proceed>" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise ProbeError("server closed the stream after <starttls/>")
        buf += chunk
    if b"<proceed" not in buf:
        raise ProbeError("server did not proceed with STARTTLS: " + buf.decode(errors="replace"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("host", help="name to CONNECT to, sent to the proxy unresolved")
    parser.add_argument("port", type=int)
    parser.add_argument("--env", help="DIR/env: defaults for --proxy-port (SOCKS_PORT) and --ca (CA_CERT)")
    parser.add_argument("--proxy-host", default="127.0.0.1")
    parser.add_argument("--proxy-port", type=int)
    parser.add_argument("--user", help="offer only username/password authentication")
    parser.add_argument("--password", default="")
    parser.add_argument("--ca", help="the only trust anchor for the TLS handshake")
    parser.add_argument("--server-name", help="name the certificate must carry (default: host)")
    parser.add_argument("--no-tls", action="store_true", help="stop once the proxy has connected")
    parser.add_argument("--xmpp-starttls", action="store_true",
                        help="negotiate XMPP STARTTLS (domain = server name) before the handshake")
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()

    env = read_env(args.env) if args.env else {}
    proxy_port = args.proxy_port or (int(env["SOCKS_PORT"]) if "SOCKS_PORT" in env else None)
    if proxy_port is None:
        parser.error("--proxy-port or an --env with SOCKS_PORT is required")
    ca = args.ca or env.get("CA_CERT")
    server_name = args.server_name or args.host
    if not args.no_tls and not ca:
        parser.error("--ca or an --env with CA_CERT is required for the TLS handshake")

    try:
        sock = socks5_connect((args.proxy_host, proxy_port), args.host, args.port,
                              args.user, args.password, args.timeout)
        if args.no_tls:
            sock.close()
            print(f"ok: proxy {args.proxy_host}:{proxy_port} connected to {args.host}:{args.port}")
            return 0
        if args.xmpp_starttls:
            xmpp_starttls(sock, server_name)
        # Only the test CA: the system store must not make a wrong certificate pass.
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.load_verify_locations(cafile=ca)
        with context.wrap_socket(sock, server_hostname=server_name) as tls:
            subject = dict(x[0] for x in tls.getpeercert()["subject"])
            print(f"ok: {args.host}:{args.port} via proxy {args.proxy_host}:{proxy_port}: "
                  f"{tls.version()}, certificate CN={subject.get('commonName')} verified for {server_name}")
        return 0
    except (ProbeError, OSError, ssl.SSLError) as e:
        print(f"socks5_probe: {args.host}:{args.port}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
