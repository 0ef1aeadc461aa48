#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run.sh [switchboard flags]: installs what is missing, builds, and starts the
# console on the embedded SQLite default. Flags are passed on, e.g. --listen 127.0.0.1:0.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" default
exec "$root/build/app/switchboard/switchboard" "$@"
