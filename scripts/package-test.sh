#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# package-test.sh [BUILD_DIR]: builds the .deb (cpack -G DEB), installs it with apt (which
# resolves its dependencies), checks what it installed (binaries, desktop entry, AppStream
# metainfo, icons, systemd unit installed but not enabled, its user, the SQL drivers),
# runs switchboardd --version and a signed delivery from the installed daemon to the
# installed receiver, then removes and purges the package and checks it is all gone.
#
# BUILD_DIR (default build-pkg) is configured with CMAKE_INSTALL_PREFIX=/usr; an existing
# build directory (test.sh passes build-ci) is reused, so only the packaging is new work.
# Needs root, apt-get and dpkg. Without them: exits 77 (skipped) on a developer's machine,
# 1 with CI=true, where a packaging test that did not run must not pass as one that did.
# Exits 0 when every check passed, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-pkg}
case "$build" in /*) ;; *) build=$root/$build ;; esac

missing=()
[ "$(id -u)" -eq 0 ] || missing+=("root")
for tool in apt-get dpkg dpkg-deb dpkg-shlibdeps cpack desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "${CI:-}" = true ]; then
        echo "package-test: FAILED: cannot run without: ${missing[*]} (CI=true: a packaging test that cannot run fails)" >&2
        exit 1
    fi
    echo "package-test: not run: needs ${missing[*]}" >&2
    exit 77
fi

failures=0
passes=0
pass() { echo "  ok    $*"; passes=$((passes + 1)); }
fail() { echo "  FAIL  $*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-package.XXXXXX")
chmod 755 "$work"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

echo "== build the package in $build"
fresh=()
if [ ! -f "$build/CMakeCache.txt" ]; then
    # A new build directory builds what goes into the package and nothing else: cpack builds "all".
    fresh=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWITCHBOARD_BUILD_TESTS=OFF -DSWITCHBOARD_BUILD_BENCH=OFF)
fi
cmake -S "$root" -B "$build" "${fresh[@]}" -DCMAKE_INSTALL_PREFIX=/usr >"$work/configure.log" 2>&1 \
    || { cat "$work/configure.log" >&2; echo "package-test: FAILED: configure" >&2; exit 1; }
cmake --build "$build" --target switchboard switchboardd -j "$(nproc)" >"$work/build.log" 2>&1 \
    || { tail -50 "$work/build.log" >&2; echo "package-test: FAILED: build" >&2; exit 1; }
rm -f "$build"/switchboard_*.deb
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; echo "package-test: FAILED: cpack" >&2; exit 1; }
debs=("$build"/switchboard_*.deb)
[ -f "${debs[0]}" ] || { echo "package-test: FAILED: cpack made no switchboard_*.deb" >&2; exit 1; }
deb=$work/$(basename "${debs[0]}")
cp "${debs[0]}" "$deb"
chmod 644 "$deb" # apt's download sandbox reads it as _apt
echo "   $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Depends:/p;/Recommends:/p' | sed 's/^/   /'

echo "== package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#')
for f in /usr/bin/switchboard /usr/bin/switchboardd \
    /usr/share/applications/switchboard.desktop \
    /usr/lib/systemd/system/switchboardd.service /usr/lib/sysusers.d/switchboard.conf \
    /etc/default/switchboardd /usr/share/doc/switchboard/operations.md \
    /usr/share/doc/switchboard/troubleshooting.md /usr/share/icons/hicolor/scalable/apps/switchboard.svg; do
    if grep -qx "$f" <<<"$contents"; then pass "contains $f"; else fail "contains $f"; fi
done
for size in 16 22 24 32 48 64 128 256; do
    f=/usr/share/icons/hicolor/${size}x${size}/apps/switchboard.png
    if grep -qx "$f" <<<"$contents"; then pass "contains $f"; else fail "contains $f"; fi
done
if grep -q '^/usr/share/metainfo/.*\.metainfo\.xml$' <<<"$contents"; then pass "contains AppStream metainfo"; else fail "contains AppStream metainfo"; fi
control=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6gui6 libqt6keychain1 libqt6core6 libqt6httpserver6; do
    if grep -q "$dep" <<<"$control"; then pass "depends on $dep"; else fail "depends on $dep"; fi
done
if dpkg-deb --contents "$deb" | awk '{print $6}' | grep -Eq '/(tst_|bench_)'; then fail "no test binaries in the package"; else pass "no test binaries in the package"; fi

echo "== install with apt"
if dpkg-query -W -f='${Status}' switchboard 2>/dev/null | grep -q "installed\|config-files"; then
    echo "   switchboard was installed already: purging it first"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq switchboard >"$work/purge0.log" 2>&1 || true
fi
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    echo "package-test: FAILED: apt-get install $deb" >&2
    exit 1
fi
pass "apt-get install ./$(basename "$deb")"
check "dpkg says installed" sh -c "dpkg-query -W -f='\${Status}' switchboard | grep -q 'install ok installed'"
for f in /usr/bin/switchboard /usr/bin/switchboardd; do
    check "$f is executable" test -x "$f"
    if ldd "$f" | grep -q "not found"; then fail "$f: every shared library found"; else pass "$f: every shared library found"; fi
done
check "desktop-file-validate is clean" desktop-file-validate /usr/share/applications/switchboard.desktop
for m in /usr/share/metainfo/*switchboard*.metainfo.xml; do
    check "appstreamcli validate $(basename "$m")" appstreamcli validate --no-net "$m"
done
check "system user switchboard exists" getent passwd switchboard
check "the unit is installed" test -f /usr/lib/systemd/system/switchboardd.service
if ls /etc/systemd/system/*.wants/switchboardd.service >/dev/null 2>&1; then
    fail "the unit is not enabled"
else
    pass "the unit is not enabled"
fi
unit=/usr/lib/systemd/system/switchboardd.service
for opt in "User=switchboard" "NoNewPrivileges=yes" "ProtectSystem=strict" "StateDirectory=switchboard" \
    "--secrets-file /var/lib/switchboard/" "--data-dir /var/lib/switchboard"; do
    if grep -q -- "$opt" "$unit"; then pass "unit has $opt"; else fail "unit has $opt"; fi
done
if command -v systemd-analyze >/dev/null 2>&1; then
    # verify loads the unit offline; it needs no running systemd.
    if systemd-analyze verify "$unit" >"$work/verify.log" 2>&1; then
        pass "systemd-analyze verify switchboardd.service"
    else
        fail "systemd-analyze verify switchboardd.service: $(cat "$work/verify.log")"
    fi
fi
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/"$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"/qt6/plugins)
for p in sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so platforms/libqxcb.so; do
    check "Qt plugin $p is present" test -f "$plugins/$p"
done

echo "== run the installed binaries"
version=$(/usr/bin/switchboardd --version 2>&1 || true)
if grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version"; then pass "switchboardd --version: $version"; else fail "switchboardd --version: $version"; fi
console=$(QT_QPA_PLATFORM=offscreen /usr/bin/switchboard --version 2>&1 || true)
if grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$console"; then pass "switchboard --version: $console"; else fail "switchboard --version: $console"; fi
# The translations are compiled into the console: its --help speaks the language asked for.
for pair in "de:Betriebskonsole" "es:consola de operaciones" "fr:console d'exploitation"; do
    lang=${pair%%:*} expect=${pair#*:}
    help=$(QT_QPA_PLATFORM=offscreen HOME="$work" /usr/bin/switchboard --language "$lang" --help 2>&1 || true)
    if grep -q "$expect" <<<"$help"; then pass "switchboard --language $lang --help is translated"; else fail "switchboard --language $lang --help is translated: $(head -3 <<<"$help")"; fi
done

# A smoke delivery, run as the service runs: the switchboard user, a secrets file instead
# of a keychain, a private data directory (not /var/lib/switchboard, which stays untouched).
data=$work/data
mkdir -p "$data/state"
chown -R switchboard:switchboard "$data"
secret="whsec_$(head -c 24 /dev/urandom | base64)"
token="sbt_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
as_service() { runuser -u switchboard -- env SWITCHBOARD_API_TOKEN="$token" HOME="$data" "$@"; }

as_service /usr/bin/switchboardd receiver --listen 127.0.0.1:0 --secret "$secret" \
    >"$work/receiver.out" 2>"$work/receiver.err" &
pids+=($!)
receiver_url=""
for _ in $(seq 1 100); do
    receiver_url=$(sed -n 's#.*listening on \(http://[^ ]*\)#\1#p' "$work/receiver.err" | head -1)
    [ -n "$receiver_url" ] && break
    sleep 0.1
done
[ -n "$receiver_url" ] && pass "installed receiver listens on $receiver_url" || fail "installed receiver started: $(cat "$work/receiver.err")"

as_service /usr/bin/switchboardd --data-dir "$data/state" --secrets-file "$data/state/secrets.json" \
    --listen 127.0.0.1:0 --log-format text >"$work/daemon.out" 2>"$work/daemon.err" &
pids+=($!)
api=""
for _ in $(seq 1 150); do
    [ -s "$data/state/listen.addr" ] && api=$(tr -d '[:space:]' <"$data/state/listen.addr") && break
    sleep 0.1
done
case "$api" in http*) ;; ?*) api="http://$api" ;; esac
if [ -n "$api" ] && curl -fsS "$api/healthz" >/dev/null 2>&1; then
    pass "installed switchboardd answers $api/healthz"
else
    fail "installed switchboardd started: $(tail -5 "$work/daemon.err")"
fi

delivered=""
if [ -n "$api" ] && [ -n "$receiver_url" ]; then
    auth=(-H "Authorization: Bearer $token" -H "Content-Type: application/json")
    curl -fsS -X PUT "$api/v1/endpoints/smoke" "${auth[@]}" \
        -d "{\"url\": \"${receiver_url%/}/hooks\", \"event_types\": [\"*\"]}" >"$work/endpoint.json" 2>&1 \
        && pass "PUT /v1/endpoints/smoke" || fail "PUT /v1/endpoints/smoke: $(cat "$work/endpoint.json")"
    code=$(curl -sS -o "$work/secret.json" -w '%{http_code}' -X PUT "$api/v1/endpoints/smoke/secret" "${auth[@]}" \
        -d "{\"secret\": \"$secret\"}" || true)
    [ "$code" = 204 ] && pass "PUT /v1/endpoints/smoke/secret" || fail "PUT /v1/endpoints/smoke/secret: $code $(cat "$work/secret.json")"
    curl -fsS -X POST "$api/v1/messages?wait_ms=5000" "${auth[@]}" -H "Idempotency-Key: package-smoke-1" \
        -d '{"event_type": "call.completed", "call_id": "call_pkg", "payload": {"duration_s": 42}}' \
        >"$work/message.json" 2>&1 || true
    msg=$(sed -n 's/.*"id":"\(msg_[^"]*\)".*/\1/p' "$work/message.json" | head -1)
    for _ in $(seq 1 100); do
        if [ -n "$msg" ] && curl -fsS "$api/v1/messages/$msg" "${auth[@]}" 2>/dev/null | grep -q '"status":"delivered"'; then
            delivered=yes
            break
        fi
        sleep 0.1
    done
    [ -n "$delivered" ] && pass "message $msg delivered" || fail "message delivered: $(cat "$work/message.json")"
    if grep -q "\"webhook_id\":\"$msg\"" "$work/receiver.out" && grep -q '"standard_webhooks":"valid"' "$work/receiver.out"; then
        pass "the receiver got it with a valid Standard Webhooks signature"
    else
        fail "the receiver got a signed delivery: $(cat "$work/receiver.out")"
    fi
    # operations.md's backup, with the daemon running: VACUUM INTO reads one snapshot, WAL included.
    if command -v sqlite3 >/dev/null 2>&1; then
        if as_service sqlite3 -cmd '.timeout 10000' "$data/state/switchboard.db" "VACUUM INTO '$data/backup.db'" >"$work/backup.log" 2>&1 \
            && [ "$(sqlite3 "$data/backup.db" 'PRAGMA integrity_check')" = ok ] \
            && [ "$(sqlite3 "$data/backup.db" "SELECT count(*) FROM messages WHERE id = '$msg'")" = 1 ]; then
            pass "VACUUM INTO backup of the live database holds message $msg"
        else
            fail "VACUUM INTO backup of the live database: $(cat "$work/backup.log")"
        fi
    elif [ "${CI:-}" = true ]; then
        fail "sqlite3 is installed (scripts/install-deps.sh installs it) for the backup check"
    fi
    check "the secrets file is 0600 and the switchboard user's" \
        sh -c "[ \"\$(stat -c '%a %U' '$data/state/secrets.json')\" = '600 switchboard' ]"
fi
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
pids=()

echo "== the service as its unit starts it"
# No systemd runs here (PID 1 is not systemd), so the unit's own settings are
# applied by hand, as systemd would: its User, UMask, Environment and
# EnvironmentFile, the StateDirectory with its mode, then ExecStart word for
# word; the admin's SWITCHBOARDD_ARGS picks a free port. Stopped with its KillSignal.
unit_value() { sed -n "s/^$1=//p" "$unit" | tail -1; }
svc_user=$(unit_value User)
state=/var/lib/$(unit_value StateDirectory)
exec_start=$(unit_value ExecStart)
svc_umask=$(unit_value UMask)
install -d -m "$(unit_value StateDirectoryMode)" -o "$svc_user" -g "$(unit_value Group)" "$state"
svc_env=$(unit_value Environment)
svc_out=$work/service.err
(
    set -a
    # shellcheck disable=SC1091
    . /etc/default/switchboardd
    set +a
    SWITCHBOARDD_ARGS="--listen 127.0.0.1:0"
    umask "$svc_umask"
    # shellcheck disable=SC2086 # the unit's $SWITCHBOARDD_ARGS is split on spaces, as systemd splits it
    exec runuser -u "$svc_user" -- env "$svc_env" SWITCHBOARDD_ARGS="$SWITCHBOARDD_ARGS" \
        ${exec_start//\$SWITCHBOARDD_ARGS/$SWITCHBOARDD_ARGS}
) 2>"$svc_out" &
svc_pid=$!
pids+=($svc_pid)
svc_api=""
for _ in $(seq 1 150); do
    [ -s "$state/listen.addr" ] && svc_api=$(tr -d '[:space:]' <"$state/listen.addr") && break
    sleep 0.1
done
case "$svc_api" in http*) ;; ?*) svc_api="http://$svc_api" ;; esac
if [ -n "$svc_api" ] && curl -fsS "$svc_api/healthz" >/dev/null 2>&1; then
    pass "the unit's ExecStart, run as $svc_user, answers $svc_api/healthz"
else
    fail "the unit's ExecStart started: $(tail -5 "$svc_out")"
fi
check "the service keeps its database in $state, owned by $svc_user" \
    sh -c "[ \"\$(stat -c '%U' '$state/switchboard.db')\" = '$svc_user' ]"
check "the service's files follow UMask=$svc_umask (no access for others)" \
    sh -c "[ -z \"\$(find '$state' -perm /o=rwx -print -quit)\" ]"
check "the service made its API token in the 0600 secrets file" \
    sh -c "[ \"\$(stat -c '%a' '$state/secrets.json')\" = 600 ] && grep -q . '$state/secrets.json'"
# systemd signals the service's own process (runuser would end the session instead).
daemon_pid=$(pgrep -u "$svc_user" -f -- "--data-dir $state" | head -1 || true)
[ -n "$daemon_pid" ] && kill -TERM "$daemon_pid" 2>/dev/null || kill -TERM "$svc_pid" 2>/dev/null || true
svc_status=0
wait "$svc_pid" 2>/dev/null || svc_status=$?
pids=()
if [ "$svc_status" -eq 0 ] && grep -q 'stopped' "$svc_out"; then
    pass "SIGTERM (the unit's KillSignal) stops it cleanly"
else
    fail "SIGTERM stops it cleanly: exit $svc_status, $(tail -3 "$svc_out")"
fi

echo "== remove"
if DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq switchboard >"$work/remove.log" 2>&1; then
    pass "apt-get remove -y switchboard"
else
    fail "apt-get remove -y switchboard: $(cat "$work/remove.log")"
fi
for f in /usr/bin/switchboard /usr/bin/switchboardd /usr/lib/systemd/system/switchboardd.service \
    /usr/share/applications/switchboard.desktop; do
    check "$f is gone" test ! -e "$f"
done
check "the conffile /etc/default/switchboardd stays after remove" test -f /etc/default/switchboardd
if DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq switchboard >"$work/purge.log" 2>&1; then
    pass "apt-get purge -y switchboard"
else
    fail "apt-get purge -y switchboard: $(cat "$work/purge.log")"
fi
check "/etc/default/switchboardd is gone after purge" test ! -e /etc/default/switchboardd
check "purge deletes the state directory /var/lib/switchboard" test ! -e /var/lib/switchboard
check "dpkg no longer knows switchboard" sh -c "! dpkg-query -W -f='\${Status}' switchboard 2>/dev/null | grep -q 'installed\|config-files'"

echo "package-test: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
