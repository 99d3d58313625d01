#!/usr/bin/python3
"""The proxy in the preferences, on a window started without --proxy.

    proxy.py choose SAVED NEW TIMEOUT   the status says Tor is not running (SAVED is dead);
                                        the preferences show SAVED, take NEW, and the status
                                        line and Connect follow at once
    proxy.py kept SAVED SAVED TIMEOUT   the kept proxy is used from the start: Connect works
                                        and the preferences show it
"""
import sys

from otter_atspi import containing, nodes, press, showing, type_into, wait_for

NOT_RUNNING = "Tor is not running"
# microsocks takes any credentials without separating circuits: Otter says so.
PROXY_UP = "Connected to a SOCKS proxy that does not separate accounts"


def expander(title):
    """The showing expander titled `title` (GTK names it after its label; it is no button)."""
    def find():
        for n in nodes():
            if (n.get_name() or "") == title and showing(n) and n.get_action_iface() is not None:
                return n
        return None
    return find


def open_proxy_preferences(address, timeout):
    press("Preferences", timeout)
    node = wait_for("the proxy section", expander("Proxy (advanced)"), timeout)
    # Folded unless a proxy other than the default is kept.
    if "Use this proxy" not in [n.get_name() for n in nodes() if showing(n)]:
        node.do_action(0)
    wait_for("the proxy in use", containing("Otter connects through"), timeout)
    wait_for(f"the address {address}", containing(address), timeout)


def main():
    step, saved, new, timeout = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    if step == "choose":
        wait_for("Tor not running", containing(NOT_RUNNING), timeout)
        open_proxy_preferences(saved, timeout)
        type_into("IP address and port of the SOCKS5 proxy", "localhost:9050", timeout)
        wait_for("a name refused", containing("Give an IP address and a port"), timeout)
        type_into("IP address and port of the SOCKS5 proxy", new, timeout)
        press("Use this proxy", timeout)
        wait_for(f"now through {new}", containing(new), timeout)
        press("Close", timeout)
    wait_for("the proxy answering", containing(PROXY_UP), timeout)
    press("Connect", timeout)
    wait_for("account online", containing("Online"), timeout)
    if step == "kept":
        open_proxy_preferences(saved, timeout)
        press("Close", timeout)
    print(f"proxy {step}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
