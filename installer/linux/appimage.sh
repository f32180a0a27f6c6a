#!/usr/bin/env bash
# Builds an AppImage from a release binary:
#   installer/linux/appimage.sh [path/to/sajag]   (default target/release/sajag)
#     -> target/installer/Sajag-<version>-x86_64.AppImage
#
# Needs appimagetool, on PATH or named by $APPIMAGETOOL: the release workflow downloads it from
# https://github.com/AppImage/appimagetool/releases (this build machine cannot). The AppImage carries
# only the binary and its desktop metadata: sajag links nothing but glibc, and the window-system and
# GL libraries it opens at run time (X11, xkbcommon, Wayland, EGL/Mesa) are the host's, as with every
# AppImage (they are on the AppImage exclude list). Build on the oldest glibc you want to support.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-target/release/sajag}
tool=${APPIMAGETOOL:-appimagetool}
command -v "$tool" >/dev/null || { echo "appimage.sh: appimagetool not found (set APPIMAGETOOL)" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

appdir=target/installer/Sajag.AppDir
rm -rf "$appdir"
install -Dm755 "$binary" "$appdir/usr/bin/sajag"
install -Dm644 installer/linux/in.sajag.Sajag.desktop "$appdir/usr/share/applications/in.sajag.Sajag.desktop"
install -Dm644 installer/linux/in.sajag.Sajag.metainfo.xml "$appdir/usr/share/metainfo/in.sajag.Sajag.metainfo.xml"
install -Dm644 assets/icon/sajag.svg "$appdir/usr/share/icons/hicolor/scalable/apps/in.sajag.Sajag.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "assets/icon/png/sajag-$size.png" "$appdir/usr/share/icons/hicolor/${size}x$size/apps/in.sajag.Sajag.png"
done
install -Dm644 installer/licenses/Apache-2.0.txt "$appdir/usr/share/doc/sajag/LICENSE-Apache-2.0.txt"
install -Dm644 assets/fonts/OFL.txt "$appdir/usr/share/doc/sajag/OFL.txt"
# The AppImage's own entry points: AppRun, one .desktop file and its icon at the top.
ln -s usr/bin/sajag "$appdir/AppRun"
cp installer/linux/in.sajag.Sajag.desktop "$appdir/in.sajag.Sajag.desktop"
cp assets/icon/png/sajag-256.png "$appdir/in.sajag.Sajag.png"
ln -s in.sajag.Sajag.png "$appdir/.DirIcon"

out=target/installer/Sajag-$version-x86_64.AppImage
ARCH=x86_64 VERSION=$version "$tool" "$appdir" "$out"
ls -l "$out"
