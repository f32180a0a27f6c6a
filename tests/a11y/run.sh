#!/usr/bin/env bash
# The screen-reader check (issue #13, item 6): runs the app on a real AT-SPI stack and walks what a
# screen reader sees (tests/a11y/atspi_walk.py says what it asserts).
#
# Everything is private to this run: an Xvfb display, a D-Bus session bus, the accessibility bus
# (at-spi-bus-launcher, which starts at-spi2-registryd) with org.a11y.Status.IsEnabled set — the
# switch AccessKit waits for before it exposes the app — and a temporary settings folder.
# Needs (Debian): xvfb, xdotool, dbus-daemon, at-spi2-core, python3-pyatspi (gir1.2-atspi-2.0).
# Usage: tests/a11y/run.sh [path/to/sajag]   (default: the debug build `cargo test` made)
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=${1:-${CARGO_TARGET_DIR:-target}/debug/sajag}
[ -x "$BIN" ] || { echo "a11y: no binary at $BIN (cargo build --bin sajag)" >&2; exit 2; }
WORK=$(mktemp -d)
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A free display number.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done

# A private session bus; the accessibility bus is activated on it (org.a11y.Bus).
dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 \
    3>"$WORK/bus.addr" 4>"$WORK/bus.pid"
pids+=("$(cat "$WORK/bus.pid")")
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$WORK/bus.addr")
export DBUS_SESSION_BUS_ADDRESS
unset AT_SPI_BUS_ADDRESS
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$WORK/atspi.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.05
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true \
    >/dev/null

# The app, in English, with fresh settings.
mkdir "$WORK/config"
LANG=C.UTF-8 LC_ALL=C.UTF-8 SAJAG_CONFIG_DIR="$WORK/config" "$BIN" >"$WORK/app.log" 2>&1 &
app=$!
pids+=("$app")
window=
for _ in $(seq 1 400); do
    window=$(xdotool search --pid "$app" --name '.' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "a11y: the app opened no window; its output:" >&2; cat "$WORK/app.log" >&2; exit 1; }

status=0
timeout 240 /usr/bin/python3 tests/a11y/atspi_walk.py "$app" "$window" assets/i18n/en.ftl || status=$?
if [ "$status" -ne 0 ] && [ -s "$WORK/app.log" ]; then
    echo "a11y: the app's output:"; tail -n 20 "$WORK/app.log"
fi
exit "$status"
