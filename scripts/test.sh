#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test.sh [ctest args]: installs what is missing, builds with warnings as errors,
# starts what the tests need (a private D-Bus session with gnome-keyring for the
# real OS keychain, a private PostgreSQL for the tests labelled postgres, the
# offscreen Qt platform for widgets) and runs every test.
# Then, as root, the package test: build the .deb, apt install it, smoke-test it, remove it.
# Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" ci

export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1
# The screenshot test functions run too (into a scratch directory, not docs/screenshots):
# a page that cannot be shown and grabbed fails here instead of being skipped.
shots=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-shots.XXXXXX")
trap 'rm -rf "$shots"' EXIT
export SWITCHBOARD_SCREENSHOT_DIR=${SWITCHBOARD_SCREENSHOT_DIR:-$shots}
cd "$root"
status=0
"$root/scripts/with-postgres.sh" "$root/scripts/with-keychain.sh" ctest --test-dir "$root/build-ci" --output-on-failure --timeout 900 "$@" || status=$?

# A short libFuzzer run of the untrusted-input paths (function arguments and templates,
# inbound signature headers), built with clang and the sanitizers; longer runs on demand:
# scripts/fuzz.sh 600.
"$root/scripts/fuzz.sh" "${SWITCHBOARD_FUZZ_SECONDS:-10}" || status=1

# The .deb, installed with apt and run from where it lands (scripts/package-test.sh). It
# installs and removes a system package, so it runs as root only; CI runs as root, and a
# packaging test that cannot run there fails. SWITCHBOARD_SKIP_PACKAGE_TEST=1 leaves it out.
if [ "${SWITCHBOARD_SKIP_PACKAGE_TEST:-}" = 1 ]; then
    echo "test.sh: package test not run (SWITCHBOARD_SKIP_PACKAGE_TEST=1)"
elif [ "$(id -u)" -ne 0 ] && [ "${CI:-}" != true ]; then
    echo "test.sh: package test not run: it installs a .deb; run as root for it (scripts/package-test.sh)"
else
    "$root/scripts/package-test.sh" "$root/build-ci" || status=1
fi
exit "$status"
