# Otter's whole set-up is two commands on a fresh Debian 12 machine with the Rust toolchain:
#   make demo    local demo network (XMPP, IRC, SOCKS proxy, bots) and the Otter window on it
#   make check   every check and test, against real servers started on 127.0.0.1
# Both install the Debian packages they need first, and only those that are missing.

SHELL := /bin/bash
CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

# Build and test dependencies; tools/install-deps installs only what is missing.
DEBS_BUILD := build-essential pkg-config libgtk-4-dev libadwaita-1-dev libotr5-dev libgcrypt20-dev
DEBS_SERVERS := prosody ejabberd gsasl inspircd atheme-services ngircd microsocks tor python3-slixmpp strace openssl \
	util-linux iproute2
DEBS_GUI_TEST := xvfb xauth x11-utils dbus at-spi2-core python3-gi gir1.2-atspi-2.0 python3-dogtail imagemagick \
	fonts-noto-core fonts-noto-cjk
DEBS_LINT := desktop-file-utils appstream apparmor
# The AppArmor test: Debian's kernel under qemu (emulated), busybox for its initramfs.
DEBS_APPARMOR_TEST := qemu-system-x86 linux-image-amd64 busybox-static apparmor cpio
DEBS_DEB := debhelper dh-apparmor dpkg-dev fakeroot lintian devscripts
DEBS_DEB_TEST := mmdebstrap

.PHONY: all deps check demo run bench fuzz deb deb-test apparmor-test
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

# Protocol, OTR and window benchmarks; the window's run under Xvfb (tools/bench).
bench: deps
	@CARGO=$(CARGO) tools/bench

# The parsers under libFuzzer, each target for FUZZ_SECONDS (fuzz/README.md). Needs the nightly
# toolchain and cargo-fuzz, which a fresh machine lacks, so it is not part of `make check`.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= xmpp_stream xmpp_stanza irc_lines
# cargo-fuzz may live in the clone (cargo install cargo-fuzz --locked --root .tools).
fuzz: export PATH := $(CURDIR)/.tools/bin:$(PATH)
fuzz:
	@tools/install-deps $(DEBS_BUILD)
	@command -v cargo-fuzz >/dev/null || { echo "make fuzz needs cargo-fuzz: cargo install cargo-fuzz --locked" >&2; exit 1; }
	@rustup run nightly rustc --version >/dev/null 2>&1 || { echo "make fuzz needs the nightly toolchain: rustup toolchain install nightly" >&2; exit 1; }
	cd fuzz && for target in $(FUZZ_TARGETS); do \
		cargo +nightly fuzz run -O $$target corpus/$$target -- -max_total_time=$(FUZZ_SECONDS) \
			-jobs=1 -rss_limit_mb=1024 -timeout=10 -print_final_stats=1; status=$$?; \
		grep -E 'DONE|ERROR|SUMMARY|Test unit written|^stat::' fuzz-0.log; \
		[ $$status -eq 0 ] || exit $$status; \
	done

# The Debian package, built offline from vendored crates, into dist/; then lintian on it.
deb:
	@tools/install-deps $(DEBS_BUILD) $(DEBS_DEB)
	@tools/build-deb

# Installs dist/otter-chat_*.deb into a fresh, minimal Debian 12 system and runs it there; then
# builds the same source in a fresh Debian 13 (Tails 7) and does the same with that package.
deb-test:
	@tools/install-deps $(DEBS_DEB_TEST)
	@tools/deb-test bookworm
	@tools/build-deb-chroot trixie
	@tools/deb-test trixie
