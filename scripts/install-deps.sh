#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Switchboard builds, runs and tests with.
# Does nothing when they are all present. Needs root (or sudo) to install packages.
set -euo pipefail

packages=(
    g++ cmake ninja-build dpkg-dev pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev
    qt6-qpa-plugins libssl-dev fonts-dejavu-core
    xvfb xauth x11-apps dbus gnome-keyring libsecret-tools
    libvalijson-dev postgresql curl clang-format clang
    desktop-file-utils appstream sqlite3 procps
    nodejs npm
)

missing=()
for p in "${packages[@]}"; do
    # node and npm from elsewhere (NodeSource bundles npm into its nodejs) will do.
    if { [ "$p" = nodejs ] && command -v node >/dev/null; } || { [ "$p" = npm ] && command -v npm >/dev/null; }; then
        continue
    fi
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The voice-agent platforms' own SDKs (and the official MCP client), which the
# platform tests sign and send with: pinned by tests/platforms/node/package-lock.json.
node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/platforms/node"
if [ ! -d "$node_dir/node_modules" ]; then
    npm ci --prefix "$node_dir" --no-audit --no-fund
fi
