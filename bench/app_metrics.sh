#!/usr/bin/env bash
# Measures the desktop app (issue 3, item 10) under Xvfb:
#   - time from launch to the first frame (the app prints "sajag: first frame" on stderr when
#     SAJAG_REPORT_FIRST_FRAME=1 is set; this script timestamps that line),
#   - idle CPU over 10 s on the Check screen and on the Result screen (from /proc/PID/stat),
#   - resident memory (VmRSS) after a check of a demo number,
#   - the size of the stripped release binary.
# Needs: xvfb-run, xdotool. Usage: bench/app_metrics.sh [path/to/release/sajag]
set -euo pipefail

BIN=${1:-${CARGO_TARGET_DIR:-target}/release/sajag}
[ -x "$BIN" ] || { echo "no binary at $BIN; build with: cargo build --release" >&2; exit 2; }
BIN=$(realpath "$BIN")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
BIN=$1; WORK=$2
export SAJAG_CONFIG_DIR=$WORK/config SAJAG_REPORT_FIRST_FRAME=1
TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle_cpu() { # PID SECONDS -> percent of one core
    local a b; a=$(cpu_ticks "$1"); sleep "$2"; b=$(cpu_ticks "$1")
    awk -v d=$((b - a)) -v t="$TICK" -v s="$2" 'BEGIN { printf "%.2f", 100 * d / (t * s) }'
}
start=$(date +%s%N)
"$BIN" 2> "$WORK/err" > /dev/null &
PID=$!
for _ in $(seq 1 3000); do
    grep -q "first frame" "$WORK/err" 2>/dev/null && break
    sleep 0.005
done
first=$(date +%s%N)
grep -q "first frame" "$WORK/err" || { echo "no first frame; stderr:" >&2; cat "$WORK/err" >&2; exit 1; }
echo "first_frame_ms $(( (first - start) / 1000000 ))"
sleep 2
echo "idle_cpu_check_screen_pct $(idle_cpu $PID 10)"
WID=$(xdotool search --name '^Sajag$' | head -1)
xdotool windowfocus --sync "$WID"
xdotool mousemove --window "$WID" 300 180 click 1
xdotool type --delay 20 "+91 98765 43210"
xdotool key --window "$WID" Return
sleep 3
echo "rss_after_check_mib $(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' /proc/$PID/status)"
# How much of that is the graphics driver (under Xvfb: Mesa's software renderer, LLVM included).
echo "rss_of_which_graphics_driver_mib $(awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 }
    /^Rss:/ && name ~ /LLVM|dri|vulkan|mesa|libGL|libEGL|libgallium/ { kb += $2 }
    END { printf "%.1f", kb / 1024 }' /proc/$PID/smaps)"
xdotool mousemove --window "$WID" 890 750   # park the pointer away from widgets
sleep 1
echo "idle_cpu_result_screen_pct $(idle_cpu $PID 10)"
kill $PID
wait $PID 2>/dev/null || true
# Privacy: the number typed above must appear nowhere the app wrote to.
if grep -rqE '9876543210|98765 43210' "$WORK/config" "$WORK/err"; then
    echo "privacy FAIL: the typed number was found in the config dir or the app's output"; exit 1
fi
echo "privacy ok (config dir and stderr scanned for the typed number)"
INNER
chmod +x "$WORK/inner.sh"

echo "machine $(uname -sm); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "renderer wgpu under Xvfb (software: $(ls /usr/share/vulkan/icd.d 2>/dev/null | tr '\n' ' '))"
xvfb-run -a -s "-screen 0 1280x860x24" "$WORK/inner.sh" "$BIN" "$WORK" 2>/dev/null
echo "binary_bytes $(stat -c %s "$BIN") ($(file -b "$BIN" | grep -o 'stripped\|not stripped'))"
