#!/usr/bin/env bash
# Builds the Windows installer on Linux: cross-compiles sajag.exe (the app) and sajag-cli.exe (the
# command line, installed as sajag.com) for x86_64-pc-windows-gnu, checks their subsystems, icon and
# version (check-exe.sh) and packs them with NSIS (installer/windows/sajag.nsi).
#
#   installer/windows/build.sh            -> target/installer/sajag-<version>-windows-x64-setup.exe
#
# Needs (Debian): gcc-mingw-w64-x86-64 (ring's C code), nsis (makensis); the Rust target is added
# with rustup if missing. A fresh cross release build takes ~15 min on 2 cores. Honours
# CARGO_TARGET_DIR. The release workflow builds the same installer on Windows (MSVC) instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
target=x86_64-pc-windows-gnu

for tool in x86_64-w64-mingw32-gcc makensis; do
  command -v "$tool" >/dev/null || {
    echo "build.sh: $tool is missing: apt-get install gcc-mingw-w64-x86-64 nsis" >&2
    exit 1
  }
done
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

version=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "sajag"))')
target_dir=${CARGO_TARGET_DIR:-$root/target}
case $target_dir in /*) ;; *) target_dir=$root/$target_dir ;; esac

cargo build --release --locked --target "$target" --bin sajag --bin sajag-cli
exe=$target_dir/$target/release/sajag.exe
com=$target_dir/$target/release/sajag-cli.exe
installer/windows/check-exe.sh "$exe" "$com"

mkdir -p target/installer
out=$root/target/installer/sajag-$version-windows-x64-setup.exe
makensis -V2 -DVERSION="$version" -DBINARY="$exe" -DCONSOLE="$com" -DROOT="$root" -DOUTFILE="$out" installer/windows/sajag.nsi
ls -l "$exe" "$com" "$out"
