#!/usr/bin/env bash
# Validates the configured .desktop file and AppStream metainfo the packages install.
# Usage: validate_desktop_metadata.sh <file.desktop> <file.metainfo.xml>
set -euo pipefail
desktop="$1" metainfo="$2"

desktop-file-validate "$desktop"
# --strict fails on warnings too; --no-net: CI has no network (URLs are not fetched).
appstreamcli validate --no-net --strict "$metainfo"

# "Open with Prospector" on a .csv needs both the MIME type and a file argument in Exec.
grep -qx 'MimeType=text/csv;' "$desktop" || { echo "FAIL: $desktop does not claim text/csv" >&2; exit 1; }
grep -qE '^Exec=prospector %[fF]$' "$desktop" || { echo "FAIL: $desktop Exec does not pass the file (%f)" >&2; exit 1; }
# The metainfo must launch this desktop file, or software centres show a different app.
id=$(basename "$desktop" .desktop)
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || { echo "FAIL: $metainfo does not launch $id.desktop" >&2; exit 1; }
echo "desktop metadata valid"
