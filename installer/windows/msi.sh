#!/usr/bin/env bash
# Builds the MSI from a built sajag.exe and the sajag-cli.exe beside it (installed as sajag.com)
# with wixl (apt-get install wixl):
#   installer/windows/msi.sh path/to/sajag.exe   -> target/installer/sajag-<version>-windows-x64.msi
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 path/to/sajag.exe" >&2; exit 2; fi
exe=$(realpath "$1")
cd "$(dirname "$0")/../.."
com=$(realpath --relative-to=. "$(dirname "$exe")/sajag-cli.exe")
exe=$(realpath --relative-to=. "$exe")   # wixl wants paths relative to the current folder
[ -f "$com" ] || { echo "msi.sh: $com is missing: build it with --bin sajag-cli" >&2; exit 1; }
command -v wixl >/dev/null || { echo "msi.sh: wixl is missing: apt-get install wixl" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
mkdir -p target/installer
out=target/installer/sajag-$version-windows-x64.msi
wixl -a x64 -D Version="$version" -D Binary="$exe" -D Console="$com" -D Root=. -o "$out" installer/windows/sajag.wxs
ls -l "$out"
