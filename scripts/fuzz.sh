#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fuzz.sh [SECONDS]: builds the libFuzzer targets with clang (address and
# undefined-behaviour sanitizers) in build-fuzz/ and runs each for SECONDS
# (default 30) on a copy of its seed corpus. Exits non-zero on a crash.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
cd "$root"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DSWITCHBOARD_BUILD_FUZZERS=ON -DSWITCHBOARD_BUILD_TESTS=OFF -DSWITCHBOARD_BUILD_UI=OFF >/dev/null
targets=(fuzz_functions fuzz_verifiers fuzz_inbound fuzz_framing)
cmake --build build-fuzz --target "${targets[@]}" -j "$(nproc)"
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    cp "$root/tests/fuzz/corpus/$target/"* "$work/"
    echo "== $target for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=8192 \
        -artifact_prefix="build-fuzz/$target-" "$work" 2>&1 | tail -3
    rm -rf "$work"
done
