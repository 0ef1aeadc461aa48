#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keychain.sh COMMAND [ARG...]
# Runs COMMAND inside a private D-Bus session with an unlocked gnome-keyring (a
# real Secret Service), headless, without touching the user's own keyring; then
# removes it all and exits with COMMAND's exit code. For example:
#   scripts/with-keychain.sh ctest --test-dir build --output-on-failure
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install the dbus and gnome-keyring packages" >&2
        exit 127
    fi
done

run=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-keychain.XXXXXX")
trap 'rm -rf "$run"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$run/home" "$run/xdg"
chmod 700 "$run/xdg"

# The keyring keeps its files under HOME and its control socket under
# XDG_RUNTIME_DIR: both private to this run. The daemon ends with the session bus.
status=0
HOME="$run/home" XDG_RUNTIME_DIR="$run/xdg" dbus-run-session -- bash -c '
    # An empty password line, not an empty stdin: with nothing to read, the
    # daemon waits for a prompt nobody sees and the login keyring never appears.
    if ! echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "with-keychain.sh: gnome-keyring-daemon did not start" >&2
        exit 125
    fi
    exec "$@"
' with-keychain.sh "$@" || status=$?
exit "$status"
