#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# validate-metadata.sh DESKTOP METAINFO UNIT: the desktop entry passes desktop-file-validate,
# the AppStream metainfo passes appstreamcli validate (no network), and the systemd unit
# has the hardening and state directory the service relies on (systemd-analyze verify too,
# where it exists). Without the validators: exits 77 (skipped), or 1 with CI=true.
set -uo pipefail
desktop=$1 metainfo=$2 unit=$3

missing=()
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "${CI:-}" = true ]; then
        echo "FAILED: ${missing[*]} missing (scripts/install-deps.sh installs desktop-file-utils and appstream)" >&2
        exit 1
    fi
    echo "skipped: ${missing[*]} missing" >&2
    exit 77
fi

failures=0
run() { # run DESCRIPTION COMMAND...
    local what=$1; shift
    local out
    if out=$("$@" 2>&1); then
        echo "ok    $what"
    else
        echo "FAIL  $what:" >&2
        echo "$out" >&2
        failures=$((failures + 1))
    fi
}
# desktop-file-validate exits 0 on hints too: treat any output as a failure, hints included.
run "desktop-file-validate $(basename "$desktop")" sh -c 'out=$(desktop-file-validate "$1" 2>&1); echo "$out"; [ -z "$out" ]' _ "$desktop"
run "appstreamcli validate $(basename "$metainfo")" appstreamcli validate --no-net "$metainfo"
for opt in "User=switchboard" "NoNewPrivileges=yes" "ProtectSystem=strict" "StateDirectory=switchboard" \
    "--data-dir /var/lib/switchboard" "--secrets-file /var/lib/switchboard/"; do
    run "unit has $opt" grep -q -- "$opt" "$unit"
done
run "unit can be enabled by an operator (WantedBy=multi-user.target)" grep -q "^WantedBy=multi-user.target" "$unit"
if command -v systemd-analyze >/dev/null 2>&1; then
    # verify checks that ExecStart's binary exists: it does only once installed.
    binary=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")
    if [ -x "$binary" ]; then
        run "systemd-analyze verify $(basename "$unit")" systemd-analyze verify "$unit"
    fi
fi
[ "$failures" -eq 0 ]
