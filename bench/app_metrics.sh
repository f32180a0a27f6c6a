#!/usr/bin/env bash
# Measures the desktop app (issue 3, item 10) under Xvfb, side by side with a bare eframe window
# (examples/bare_window.rs: the same eframe features and renderer, an empty panel; issue 13,
# item 7), in the same run:
#   - time from launch to the first frame (each prints "… first frame" on stderr when
#     SAJAG_REPORT_FIRST_FRAME=1 is set; this script timestamps that line),
#   - idle CPU over 10 s (the app: on the Check screen and on the Result screen; from /proc/PID/stat),
#   - resident memory (VmRSS): the app's on the Check screen and after a check of a demo number,
#     the bare window's after the same idle time, and where it sits (/proc/PID/smaps: the graphics
#     driver, the program's own file, anonymous memory such as the heap, other libraries),
#   - each of the app's figures as a ratio to the bare window's,
#   - the size of the stripped release binary.
# Needs: xvfb-run, xdotool. Build both first:
#   cargo build --release --bin sajag --example bare_window
# Usage: bench/app_metrics.sh [path/to/release/sajag [path/to/release/examples/bare_window]]
set -euo pipefail

TARGET=${CARGO_TARGET_DIR:-target}
BIN=${1:-$TARGET/release/sajag}
BARE=${2:-$TARGET/release/examples/bare_window}
for b in "$BIN" "$BARE"; do
    [ -x "$b" ] || { echo "no binary at $b; build with: cargo build --release --bin sajag --example bare_window" >&2; exit 2; }
done
BIN=$(realpath "$BIN")
BARE=$(realpath "$BARE")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
BIN=$1; BARE=$2; WORK=$3
export SAJAG_CONFIG_DIR=$WORK/config SAJAG_REPORT_FIRST_FRAME=1
TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle_cpu() { # PID SECONDS -> percent of one core
    local a b; a=$(cpu_ticks "$1"); sleep "$2"; b=$(cpu_ticks "$1")
    awk -v d=$((b - a)) -v t="$TICK" -v s="$2" 'BEGIN { printf "%.2f", 100 * d / (t * s) }'
}
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# PREFIX PID PROGRAM: the resident memory by where it is mapped from, in MiB.
rss_parts() {
    awk -v p="$1" -v prog="$3" '
        /^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6) ? $6 : "" }
        /^Rss:/ {
            if (name ~ /LLVM|dri|vulkan|mesa|libGL|libEGL|libgallium|swrast|lvp/) k = "graphics_driver"
            else if (name == prog) k = "program_file"
            else if (name == "" || name ~ /^\[(heap|anon)/) k = "anonymous"
            else k = "other_files"
            kb[k] += $2
        }
        END { for (k in kb) printf "%s_rss_%s_mib %.1f\n", p, k, kb[k] / 1024 }' "/proc/$2/smaps" | sort
}
# NAME BINARY PATTERN -> starts it, waits for its first frame; sets PID, prints first_frame_ms.
launch() {
    local start first
    start=$(date +%s%N)
    "$2" 2> "$WORK/$1.err" > /dev/null &
    PID=$!
    for _ in $(seq 1 3000); do
        grep -q "first frame" "$WORK/$1.err" 2>/dev/null && break
        sleep 0.005
    done
    first=$(date +%s%N)
    grep -q "first frame" "$WORK/$1.err" || { echo "$1: no first frame; stderr:" >&2; cat "$WORK/$1.err" >&2; exit 1; }
    echo "$1_first_frame_ms $(( (first - start) / 1000000 ))"
}

launch bare "$BARE"
sleep 2
echo "bare_idle_cpu_pct $(idle_cpu $PID 10)"
echo "bare_rss_mib $(rss $PID)"
rss_parts bare $PID "$BARE"
kill $PID; wait $PID 2>/dev/null || true

launch app "$BIN"
sleep 2
echo "app_idle_cpu_check_screen_pct $(idle_cpu $PID 10)"
echo "app_rss_check_screen_mib $(rss $PID)"
WID=$(xdotool search --name '^Sajag$' | head -1)
xdotool windowfocus --sync "$WID"
xdotool mousemove --window "$WID" 300 180 click 1
xdotool type --delay 20 "+91 98765 43210"
xdotool key --window "$WID" Return
sleep 3
echo "app_rss_after_check_mib $(rss $PID)"
rss_parts app $PID "$BIN"
xdotool mousemove --window "$WID" 890 750   # park the pointer away from widgets
sleep 1
echo "app_idle_cpu_result_screen_pct $(idle_cpu $PID 10)"
kill $PID
wait $PID 2>/dev/null || true
# Privacy: the number typed above must appear nowhere the app wrote to.
if grep -rqE '9876543210|98765 43210' "$WORK/config" "$WORK/app.err"; then
    echo "privacy FAIL: the typed number was found in the config dir or the app's output"; exit 1
fi
echo "privacy ok (config dir and stderr scanned for the typed number)"
INNER
chmod +x "$WORK/inner.sh"

echo "machine $(uname -sm); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "renderer wgpu under Xvfb (software: $(ls /usr/share/vulkan/icd.d 2>/dev/null | tr '\n' ' '))"
xvfb-run -a -s "-screen 0 1280x860x24" "$WORK/inner.sh" "$BIN" "$BARE" "$WORK" 2>/dev/null | tee "$WORK/figures"
echo "binary_bytes $(stat -c %s "$BIN") ($(file -b "$BIN" | grep -o 'stripped\|not stripped')); bare_window $(stat -c %s "$BARE")"
# The app against the bare window (goal of issue 13: RSS <= 1.15x, first frame <= 0.3 s).
awk '
    { v[$1] = $2 }
    function ratio(a, b) { return (v[b] > 0) ? sprintf("%.2f", v[a] / v[b]) : "n/a (bare is 0)" }
    END {
        print "ratio_first_frame " ratio("app_first_frame_ms", "bare_first_frame_ms")
        print "ratio_idle_cpu_check_screen " ratio("app_idle_cpu_check_screen_pct", "bare_idle_cpu_pct")
        print "ratio_rss_check_screen " ratio("app_rss_check_screen_mib", "bare_rss_mib")
        print "ratio_rss_after_check " ratio("app_rss_after_check_mib", "bare_rss_mib")
        printf "rss_difference_after_check_mib %.1f (anonymous %+.1f, program file %+.1f, graphics driver %+.1f, other files %+.1f)\n",
            v["app_rss_after_check_mib"] - v["bare_rss_mib"],
            v["app_rss_anonymous_mib"] - v["bare_rss_anonymous_mib"],
            v["app_rss_program_file_mib"] - v["bare_rss_program_file_mib"],
            v["app_rss_graphics_driver_mib"] - v["bare_rss_graphics_driver_mib"],
            v["app_rss_other_files_mib"] - v["bare_rss_other_files_mib"]
    }' "$WORK/figures"
