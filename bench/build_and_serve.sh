#!/usr/bin/env bash
# Build and serve benchmark (not a test): prints figures, asserts nothing.
#
#   bench/build_and_serve.sh [ROWS] [MEMORY_MB] [REQUESTS] [CONNECTIONS] [BLINDED_ROWS]
#
# 1. generates a messy synthetic dump of ROWS rows (mobile + PAN columns, every common spelling),
# 2. builds it with `sajag-index build --memory-mb MEMORY_MB` and prints rows/s and peak RSS,
# 2b. builds the first BLINDED_ROWS rows in plain and in blinded mode, for the cost of blinding,
# 3. serves the index live and, through nginx, as a static export, and puts the same fixed-count
#    load (REQUESTS range requests over CONNECTIONS keep-alive connections) on each; prints both
#    req/s and their ratio.
# Needs: nginx (Debian nginx-light), GNU time (Debian time). Scratch goes to bench/out/ and /dev/shm.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000000}
MEM=${2:-256}
REQUESTS=${3:-200000}
CONNS=${4:-32}
BLINDED_ROWS=${5:-1000000}
OUT=bench/out
mkdir -p "$OUT"
command -v /usr/bin/time >/dev/null || { echo "install GNU time (apt-get install time)"; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "install nginx (apt-get install nginx-light)"; exit 1; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cargo build --release --quiet --bin sajag-index --example messy_dump --example loadgen
BIN=target/release

if [ ! -s "$OUT/messy-$ROWS.csv" ]; then
  echo "== generating $ROWS rows"
  $BIN/examples/messy_dump "$ROWS" "$OUT/messy-$ROWS.csv"
fi
ls -l "$OUT/messy-$ROWS.csv" | awk '{printf "dump: %.0f MB\n", $5/1e6}'
cat > "$OUT/manifest.toml" <<TOML
[[breach]]
slug = "bench"
title = "Benchmark (synthetic)"
date = "2021-01-01"
data_classes = ["name", "mobile", "pan"]
description = "Synthetic benchmark data."
synthetic = true
[[breach.input]]
path = "messy-$ROWS.csv"
mobile_column = "mobile"
pan_column = "pan"
TOML

echo "== build (--memory-mb $MEM)"
/usr/bin/time -v $BIN/sajag-index build "$OUT/manifest.toml" --out "$OUT/bench.sajag" --memory-mb "$MEM" --force --json \
  > "$OUT/build.json" 2> "$OUT/build.time"
python3 - "$OUT/build.json" "$OUT/build.time" "$MEM" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[1])); t = open(sys.argv[2]).read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
wall = r["seconds"]
print(f"rows read      {r['rows_read']:>12,}")
print(f"values valid   {r['values_valid']:>12,}  rejected {r['values_rejected']:,} {r['rejected']}")
print(f"unique entries {r['unique_entries']:>12,}  duplicates {r['duplicates']:,}  sorted runs {r['sorted_runs']}")
print(f"build time     {wall:>12.2f} s   -> {r['rows_read']/wall:,.0f} rows/s end to end")
print(f"peak RSS       {rss:>12.0f} MB  (cap {sys.argv[3]} MB + 100 MB = {int(sys.argv[3])+100} MB)")
PY

echo "== blinded build of the first $BLINDED_ROWS rows (OPRF per value) vs plain"
head -n $((BLINDED_ROWS + 1)) "$OUT/messy-$ROWS.csv" > "$OUT/blinded-input.csv"
sed "s/messy-$ROWS.csv/blinded-input.csv/" "$OUT/manifest.toml" > "$OUT/manifest-blinded.toml"
[ -s "$OUT/bench.key" ] || $BIN/sajag-index keygen --out "$OUT/bench.key" > /dev/null 2>&1
$BIN/sajag-index build "$OUT/manifest-blinded.toml" --out "$OUT/subset-plain.sajag" --force --json > "$OUT/subset-plain.json"
$BIN/sajag-index build "$OUT/manifest-blinded.toml" --out "$OUT/subset-blinded.sajag" --force --json \
  --mode blinded --key "$OUT/bench.key" > "$OUT/subset-blinded.json"
python3 - "$OUT/subset-plain.json" "$OUT/subset-blinded.json" <<'PY'
import json, sys
p, b = (json.load(open(f)) for f in sys.argv[1:3])
rp, rb = p["rows_read"] / p["seconds"], b["rows_read"] / b["seconds"]
print(f"plain   {p['rows_read']:,} rows ({p['values_valid']:,} values) in {p['seconds']:.2f} s -> {rp:,.0f} rows/s")
print(f"blinded {b['rows_read']:,} rows ({b['values_valid']:,} values) in {b['seconds']:.2f} s -> {rb:,.0f} rows/s"
      f"  ({rp / rb:.0f}x slower: one OPRF evaluation per value)")
PY

echo "== export"
EXPORT_PARENT=$( [ -d /dev/shm ] && mktemp -d /dev/shm/sajag-bench.XXXX || mktemp -d "$OUT/export.XXXX" )
chmod 755 "$EXPORT_PARENT"
trap 'rm -rf "$EXPORT_PARENT"; kill $SERVER_PID $NGINX_PID 2>/dev/null || true' EXIT
SERVER_PID=; NGINX_PID=
start=$(date +%s.%N)
$BIN/sajag-index export "$OUT/bench.sajag" --to "$EXPORT_PARENT/export" 2>/dev/null
echo "export: $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s to $EXPORT_PARENT"

echo "== serve: $REQUESTS requests over $CONNS connections, each server alone on the machine"
$BIN/sajag-index serve "$OUT/bench.sajag" --listen 127.0.0.1:18080 > "$OUT/serve.log" 2>&1 &
SERVER_PID=$!
cat > "$OUT/nginx.conf" <<NGX
daemon off;
worker_processes $(nproc);
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  types { application/json json; }
  default_type text/plain;
  server {
    listen 127.0.0.1:18081;
    root $EXPORT_PARENT/export;
    location /v1/range/ { add_header Cache-Control "public, max-age=604800"; }
  }
}
NGX
sleep 1
$BIN/examples/loadgen http://127.0.0.1:18080/ 20000 "$CONNS" > /dev/null   # warm-up
LIVE=$($BIN/examples/loadgen http://127.0.0.1:18080/ "$REQUESTS" "$CONNS")
kill $SERVER_PID; wait $SERVER_PID 2>/dev/null || true; SERVER_PID=
"$NGINX" -c "$PWD/$OUT/nginx.conf" -p "$PWD/$OUT" &
NGINX_PID=$!
sleep 1
$BIN/examples/loadgen http://127.0.0.1:18081/ 20000 "$CONNS" > /dev/null   # warm-up (file cache)
STATIC=$($BIN/examples/loadgen http://127.0.0.1:18081/ "$REQUESTS" "$CONNS")
kill $NGINX_PID; wait $NGINX_PID 2>/dev/null || true; NGINX_PID=
echo "sajag-index serve: $LIVE"
echo "nginx (export):    $STATIC"
python3 - "$LIVE" "$STATIC" <<'PY'
import sys, re
rate = lambda s: float(re.search(r"req_per_s=(\d+)", s).group(1))
print(f"ratio serve/nginx: {rate(sys.argv[1]) / rate(sys.argv[2]):.2f}")
PY
