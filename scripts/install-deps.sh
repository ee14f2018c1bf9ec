#!/bin/sh
# SPDX-License-Identifier: MIT
# install-deps.sh - install factwatch's build and test dependencies (Debian).
# Runs apt-get only when something is missing; needs root for that.
set -eu
pkgs="build-essential pkg-config clang libzmq3-dev libjansson-dev
libutf8proc-dev libsystemd-dev libsqlite3-dev libssl-dev libxxhash-dev
libinih-dev libxml2-dev libcmocka-dev libnats-dev nats-server scdoc python3
python3-jsonschema python3-zmq sqlite3 iproute2 procps systemd valgrind"
[ "${1:-}" = "--test" ] || pkgs=$(echo "$pkgs" | tr ' ' '\n' |
    grep -Ev '^(libcmocka-dev|nats-server|python3-jsonschema|python3-zmq|iproute2|clang|systemd|valgrind)$' | tr '\n' ' ')
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing (run as root, or install them)" >&2
    exit 1
fi
echo "install-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
