#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test.sh [ctest args]: installs what is missing, builds with warnings as errors,
# starts what the tests need (a private D-Bus session with gnome-keyring for the
# real OS keychain, a private PostgreSQL for the tests labelled postgres, the
# offscreen Qt platform for widgets) and runs every test.
# Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" ci

export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1
cd "$root"
exec "$root/scripts/with-postgres.sh" "$root/scripts/with-keychain.sh" ctest --test-dir "$root/build-ci" --output-on-failure --timeout 900 "$@"
