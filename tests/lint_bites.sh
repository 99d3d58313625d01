#!/bin/bash
# Proves that the workspace's clippy configuration bites: a scratch copy of the workspace with a
# direct TCP connect (and, separately, a local DNS look-up) added to a protocol crate must fail
# clippy with "disallowed method", while the unmodified copy passes.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd -P)
scratch=$(mktemp -d -t otter-lint-bites-XXXXXX)
trap 'rm -rf "$scratch"' EXIT

# Only the crates otter-xmpp needs (with its test helpers), plus the workspace files that
# configure clippy.
copy() {
    mkdir -p "$scratch/$1"
    (cd "$top/$1" && git ls-files --cached --others --exclude-standard -z . | xargs -0 -I{} cp --parents {} "$scratch/$1/")
}
copy crates/otter-types
copy crates/otter-otr
copy crates/otter-xmpp
copy tests/testkit
cp "$top/clippy.toml" "$top/rustfmt.toml" "$top/Cargo.lock" "$scratch/"
# The scratch workspace has just those crates; everything else of the manifest stays.
sed -e '/^members = \[/,/^\]/c members = ["crates/otter-types", "crates/otter-otr", "crates/otter-xmpp", "tests/testkit"]' \
    "$top/Cargo.toml" >"$scratch/Cargo.toml"

export CARGO_TARGET_DIR=$scratch/target
run_clippy() { (cd "$scratch" && cargo clippy --quiet -p otter-xmpp -- -D warnings 2>&1); }

if ! out=$(run_clippy); then
    echo "lint-bites: the unmodified copy already fails clippy:" >&2
    echo "$out" >&2
    exit 1
fi

lib=$scratch/crates/otter-xmpp/src/lib.rs
cp "$lib" "$lib.orig"
leaks=(
    '/// A leak.
pub fn leak() -> std::io::Result<std::net::TcpStream> { std::net::TcpStream::connect("192.0.2.1:5222") }'
    '/// A leak.
pub fn leak() -> std::io::Result<()> { use std::net::ToSocketAddrs as _; ("otter.test", 5222).to_socket_addrs().map(drop) }'
)
for leak in "${leaks[@]}"; do
    cp "$lib.orig" "$lib"
    printf '\n%s\n' "$leak" >>"$lib"
    if out=$(run_clippy); then
        echo "lint-bites: clippy accepted a leak in otter-xmpp: $leak" >&2
        exit 1
    fi
    if ! grep -q 'disallowed method' <<<"$out"; then
        echo "lint-bites: clippy failed, but not with 'disallowed method':" >&2
        echo "$out" >&2
        exit 1
    fi
done
echo "lint-bites: clippy refuses a TCP connect and a DNS look-up in otter-xmpp"
