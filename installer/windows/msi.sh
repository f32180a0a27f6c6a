#!/usr/bin/env bash
# Builds the MSI from a built sajag.exe with wixl (apt-get install wixl):
#   installer/windows/msi.sh path/to/sajag.exe   -> target/installer/sajag-<version>-windows-x64.msi
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 path/to/sajag.exe" >&2; exit 2; fi
exe=$(realpath "$1")
cd "$(dirname "$0")/../.."
exe=$(realpath --relative-to=. "$exe")   # wixl wants paths relative to the current folder
command -v wixl >/dev/null || { echo "msi.sh: wixl is missing: apt-get install wixl" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
mkdir -p target/installer
out=target/installer/sajag-$version-windows-x64.msi
wixl -a x64 -D Version="$version" -D Binary="$exe" -D Root=. -o "$out" installer/windows/sajag.wxs
ls -l "$out"
