#!/usr/bin/env bash
# Installs a built sajag .deb, checks it, and removes it again. Run as root on Debian (CI does):
#   installer/linux/check-deb.sh path/to/sajag_<version>-1_amd64.deb
#
# 1. On this machine: `apt-get install ./the.deb` (apt resolves Depends, then dpkg installs), the
#    installed `sajag --version` matches the package, `sajag check` finds a README demo number and
#    not 9999999999, the installed desktop entry and AppStream metainfo validate, the metainfo's newest
#    release is this version, the icons are in place; then `dpkg --purge` and nothing is left.
#    The package is purged on any exit, failed checks included (an installed sajag is removed first).
# 2. On a clean machine: a minimal Debian of the same release (debootstrap --variant=minbase, ~200 MB
#    under a temporary folder) gets the .deb with its Depends only (no Recommends) plus Xvfb, and the
#    app must draw its first frame there: proof that Depends lists everything the window needs.
#    SKIP_CLEAN_ROOT=1 skips this part.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 path/to/sajag.deb" >&2
  exit 2
fi
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export DEBIAN_FRONTEND=noninteractive
version=$(dpkg-deb --field "$deb" Version)
upstream=${version%-*}
demo_found="+91 98765 43210"   # README "Try it with the demo index"
demo_absent="9999999999"

# Runs a command with its output in a log that is shown only if it fails.
quiet() {
  local log
  log=$(mktemp)
  if "$@" >"$log" 2>&1; then rm -f "$log"; else
    local status=$?
    cat "$log" >&2
    rm -f "$log"
    echo "check-deb: failed ($status): $*" >&2
    return "$status"
  fi
}

# The demo checks: exit 1 means found, 0 not found (README).
check_demo() {
  local run=("$@") status
  set +e
  "${run[@]}" check "$demo_found" >/dev/null
  status=$?
  set -e
  [ "$status" -eq 1 ] || { echo "check-deb: '$demo_found' should be found (exit 1), got exit $status" >&2; return 1; }
  "${run[@]}" check "$demo_absent" >/dev/null ||
    { echo "check-deb: '$demo_absent' should not be found (exit 0)" >&2; return 1; }
}

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v debootstrap >/dev/null || [ -n "${SKIP_CLEAN_ROOT:-}" ] || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  echo "check-deb: installing ${need[*]}"
  quiet apt-get update
  quiet apt-get install -y --no-install-recommends "${need[@]}"
fi

# --- 1. install here, check, purge -------------------------------------------------------------
purge() { dpkg --purge sajag >/dev/null 2>&1 || true; }
trap purge EXIT
purge
echo "check-deb: apt-get install $(basename "$deb")"
quiet apt-get install -y --no-install-recommends "$deb"
[ "$(command -v sajag)" = /usr/bin/sajag ]
got=$(/usr/bin/sajag --version)
[ "$got" = "sajag $upstream" ] || { echo "check-deb: --version says '$got', package is $upstream" >&2; exit 1; }
check_demo /usr/bin/sajag
desktop-file-validate /usr/share/applications/in.sajag.Sajag.desktop
appstreamcli validate --no-net /usr/share/metainfo/in.sajag.Sajag.metainfo.xml >/dev/null ||
  { appstreamcli validate --no-net /usr/share/metainfo/in.sajag.Sajag.metainfo.xml; exit 1; }
newest=$(grep -o '<release version="[^"]*"' /usr/share/metainfo/in.sajag.Sajag.metainfo.xml | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$upstream" ] ||
  { echo "check-deb: the metainfo's newest <release> is '$newest', the package is $upstream" >&2; exit 1; }
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  [ -s "/usr/share/icons/hicolor/$size/apps/in.sajag.Sajag.png" ]
done
[ -s /usr/share/icons/hicolor/scalable/apps/in.sajag.Sajag.svg ]
[ -s /usr/share/doc/sajag/copyright ] && [ -s /usr/share/doc/sajag/OFL.txt ]
dpkg --purge sajag >/dev/null
if [ -e /usr/bin/sajag ] || [ -e /usr/share/applications/in.sajag.Sajag.desktop ] || dpkg -s sajag >/dev/null 2>&1; then
  echo "check-deb: files left after dpkg --purge" >&2
  exit 1
fi
echo "check-deb: installed $version, --version, demo check, desktop entry, metainfo, icons: ok; purged"

[ -z "${SKIP_CLEAN_ROOT:-}" ] || exit 0

# --- 2. a clean machine: minimal Debian + Depends only + Xvfb; the window must come up ----------
# shellcheck source=/dev/null
. /etc/os-release
root=$(mktemp -d /tmp/sajag-clean-root.XXXXXX)
cleanup_root() {
  umount "$root/dev/shm" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system "$root"
}
trap 'purge; cleanup_root' EXIT
echo "check-deb: debootstrap --variant=minbase $VERSION_CODENAME (a clean machine)"
quiet debootstrap --variant=minbase "$VERSION_CODENAME" "$root" http://deb.debian.org/debian
mount -t proc proc "$root/proc"
mount -t tmpfs tmpfs "$root/dev/shm"
cp "$deb" "$root/tmp/sajag.deb"
# shellcheck disable=SC2016  # a dpkg-query format, not a shell expansion
count_packages() { chroot "$root" dpkg-query -W -f '${binary:Package}\n' | wc -l; }
before=$(count_packages)
quiet chroot "$root" apt-get update
quiet chroot "$root" apt-get install -y --no-install-recommends /tmp/sajag.deb
echo "check-deb: clean machine: the .deb and its Depends added $(($(count_packages) - before)) packages to $before"
check_demo chroot "$root" /usr/bin/sajag
# Xvfb is the stand-in for a desktop's display server, not something the app depends on.
quiet chroot "$root" apt-get install -y --no-install-recommends xvfb xauth
cat > "$root/tmp/first-frame.sh" <<'SH'
#!/bin/sh
# Starts the app on a virtual display and waits (up to 60 s) for it to report its first frame.
export HOME=/tmp SAJAG_CONFIG_DIR=/tmp/sajag-config SAJAG_REPORT_FIRST_FRAME=1
sajag 2>/tmp/sajag.err &
pid=$!
for _ in $(seq 120); do
  if grep -q "first frame" /tmp/sajag.err; then kill "$pid"; wait "$pid" 2>/dev/null; exit 0; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
kill "$pid" 2>/dev/null
cat /tmp/sajag.err >&2
exit 1
SH
chmod +x "$root/tmp/first-frame.sh"
chroot "$root" xvfb-run -a -s "-screen 0 1280x1024x24" /tmp/first-frame.sh ||
  { echo "check-deb: the app did not draw a frame on the clean machine" >&2; exit 1; }
echo "check-deb: clean machine: installed with Depends only, demo check ok, the window drew its first frame"
