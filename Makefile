# Otter's whole set-up is two commands on a fresh Debian 12 machine with the Rust toolchain:
#   make demo    local demo network (XMPP, IRC, SOCKS proxy, bots) and the Otter window on it
#   make check   every check and test, against real servers started on 127.0.0.1
# Both install the Debian packages they need first, and only those that are missing.

SHELL := /bin/bash
CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

# Build and test dependencies; tools/install-deps installs only what is missing.
DEBS_BUILD := build-essential pkg-config libgtk-4-dev libadwaita-1-dev libotr5-dev libgcrypt20-dev
DEBS_SERVERS := prosody inspircd atheme-services microsocks tor python3-slixmpp strace openssl util-linux iproute2
DEBS_GUI_TEST := xvfb xauth dbus at-spi2-core python3-gi gir1.2-atspi-2.0 python3-dogtail imagemagick \
	fonts-noto-core fonts-noto-cjk
DEBS_LINT := desktop-file-utils appstream apparmor
# The AppArmor test: Debian's kernel under qemu (emulated), busybox for its initramfs.
DEBS_APPARMOR_TEST := qemu-system-x86 linux-image-amd64 busybox-static apparmor cpio

.PHONY: all deps check demo run bench deb apparmor-test
all: check

deps:
	@tools/install-deps $(DEBS_BUILD) $(DEBS_SERVERS) $(DEBS_GUI_TEST) $(DEBS_LINT)

check: deps
	@tools/install-deps $(DEBS_APPARMOR_TEST)
	@tools/check

demo: deps
	@tools/demo

# Otter against the real Tor on this machine (Tails: 127.0.0.1:9050).
run:
	@tools/install-deps $(DEBS_BUILD)
	$(CARGO) run --release --locked --bin otter-chat -- --proxy 127.0.0.1:9050

# The AppArmor profile in enforce mode, in a virtual machine running Debian's kernel
# (apparmor/README.md).
apparmor-test: deps
	@tools/install-deps $(DEBS_APPARMOR_TEST)
	@tools/apparmor-test

bench: deps
	$(CARGO) bench --workspace --locked

deb:
	@echo "make deb: the Debian package is built by the packaging issue; not available yet." >&2
	@exit 2
