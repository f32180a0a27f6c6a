#!/usr/bin/env bash
# Assembles Sajag.app around a built macOS binary and, on macOS, packs it into a .dmg.
#
#   installer/macos/bundle.sh <path/to/sajag> <arch-label>   e.g. target/aarch64-apple-darwin/release/sajag arm64
#     -> target/installer/Sajag.app and target/installer/sajag-<version>-macos-<arch-label>.dmg
#
# Build the binary first, on a Mac (the release workflow does this on macos-14 and macos-15-intel):
#   MACOSX_DEPLOYMENT_TARGET=11.0 cargo build --release --locked --target aarch64-apple-darwin --bin sajag
# Only the .dmg step needs macOS (hdiutil); the .app is assembled anywhere. The app is not signed or
# notarised (README: Install, macOS). With SIGN_IDENTITY set, the bundle is signed with it.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <path/to/sajag binary> <arch label, e.g. arm64 or x86_64>" >&2
  exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
arch=$2
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "bundle.sh: no version in Cargo.toml" >&2; exit 1; }

out=target/installer
app=$out/Sajag.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
sed "s/@VERSION@/$version/g" installer/macos/Info.plist > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"
cp "$binary" "$app/Contents/MacOS/sajag"
chmod 755 "$app/Contents/MacOS/sajag"
cp assets/icon/sajag.icns "$app/Contents/Resources/sajag.icns"
cp installer/licenses/Apache-2.0.txt "$app/Contents/Resources/LICENSE-Apache-2.0.txt"
cp assets/fonts/OFL.txt "$app/Contents/Resources/OFL.txt"
if command -v plutil >/dev/null; then plutil -lint "$app/Contents/Info.plist"; fi
echo "bundle.sh: $app ($version)"

if ! command -v hdiutil >/dev/null; then
  echo "bundle.sh: hdiutil is macOS-only; skipping the .dmg"
  exit 0
fi
if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --sign "$SIGN_IDENTITY" "$app"
else
  # An ad-hoc signature: Apple silicon refuses to run arm64 code with no signature at all.
  codesign --force --deep --sign - "$app"
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
cp installer/licenses/Apache-2.0.txt "$stage/LICENSE-Apache-2.0.txt"
dmg=$out/sajag-$version-macos-$arch.dmg
rm -f "$dmg"
hdiutil create -volname "Sajag $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
ls -l "$dmg"
