#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh [LUPDATE]: are translations/*.ts up to date with the console's
# sources? Runs lupdate (as the update_translations target does) on copies and compares.
# A tr() text added since the last update shows as a new unfinished entry, one removed as
# a vanished entry. Prints what differs and how to fix it, and exits 1 for a stale file
# (the translations_uptodate test). SWITCHBOARD_STRICT_TRANSLATIONS=0 only warns, for a
# work in progress; tests/ui/tst_translations checks the committed files' entries too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
if [ ! -x "$lupdate" ]; then
    echo "check-translations: $lupdate not found (install qt6-l10n-tools)" >&2
    exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-ts.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The same sources as app/switchboard/CMakeLists.txt gives qt_add_translations.
cd "$root"
mapfile -t sources < <(find ui -name "*.cpp" -o -name "*.h" | sort; echo app/switchboard/main.cpp; echo app/switchboard/language.cpp)
stale=0
for ts in translations/switchboard_*.ts; do
    cp "$ts" "$work/"
    copy=$work/$(basename "$ts")
    "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$copy" >/dev/null
    if ! cmp -s "$ts" "$copy"; then
        stale=1
        echo "== $ts is not up to date with the sources:"
        diff -u "$ts" "$copy" | grep '^[-+] *<source>' | sed 's#^-#  removed from the sources: #; s#^+#  new in the sources, untranslated: #; s#</*source>##g' || true
    fi
done
if [ "$stale" -eq 0 ]; then
    echo "check-translations: every .ts file is up to date"
    exit 0
fi
echo "Fix: cmake --build BUILD --target update_translations, translate the unfinished entries (Qt Linguist), commit translations/."
if [ "${SWITCHBOARD_STRICT_TRANSLATIONS:-1}" != 0 ]; then
    exit 1
fi
echo "check-translations: WARNING only (SWITCHBOARD_STRICT_TRANSLATIONS=0)"
