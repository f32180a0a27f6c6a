#!/usr/bin/env bash
# Load and faults against `sajag-index serve --key` on loopback (issue #12, item 5).
#   (a) soak: mixed range GETs and evaluate POSTs at full speed: req/s, p50/p99, errors, RSS start/end
#   (b) slow: SLOW connections trickle header bytes while a normal client keeps fetching ranges
#   (c) distinct: N evaluate POSTs from distinct X-Forwarded-For addresses through the trusted proxy
#       (elements that are not points: the limiter counts them, no scalar multiplication follows)
#       127.0.0.1/32: RSS must stay under the limiter's cap plus the index
#   (d) budget: one client until 429 (with Retry-After), then another client is still served
# LOOPBACK ONLY: the server listens on 127.0.0.1 and the load generator refuses other addresses.
#
# Usage: bench/server_load.sh INDEX KEY [SOAK_SECS] [SOAK_CONNS] [SLOW] [DISTINCT] [MAX_CLIENTS]
#   SAJAG_INDEX=path/to/sajag-index (default: $CARGO_TARGET_DIR/release/sajag-index)
# Builds bench/loadgen (release, tokio only) if needed. Results: one JSON line per scenario.
set -euo pipefail

INDEX=${1:?index file}; KEY=${2:?OPRF key file}
SOAK_SECS=${3:-600}; SOAK_CONNS=${4:-32}; SLOW=${5:-5000}; DISTINCT=${6:-1000000}
MAX_CLIENTS=${7:-1000000}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=${SAJAG_INDEX:-$TARGET/release/sajag-index}
HERE=$(cd "$(dirname "$0")" && pwd)
LOADGEN=$TARGET/loadgen/release/sajag-loadgen
if [ ! -x "$LOADGEN" ]; then
    (cd "$HERE/loadgen" && CARGO_TARGET_DIR=$TARGET/loadgen cargo build --release)
fi
ulimit -n 20000

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

start_server() { # extra args...
    local log; log=$(mktemp)
    "$BIN" serve "$INDEX" --key "$KEY" --listen 127.0.0.1:0 --trust-proxy 127.0.0.1/32 \
        --max-clients "$MAX_CLIENTS" "$@" >"$log.out" 2>"$log" &
    SERVER_PID=$!
    for _ in $(seq 6000); do
        ADDR=$(sed -n 's|.*http://\([0-9.:]*\)/.*|\1|p' "$log.out")
        [ -n "$ADDR" ] && break
        sleep 0.1
    done
    [ -n "$ADDR" ] || { echo "the server did not start" >&2; cat "$log" >&2; exit 1; }
    INDEX_ID=$(curl -s "http://$ADDR/v1/manifest.json" | sed -n 's/.*"index_id": "\([0-9a-f]*\)".*/\1/p')
    SERVER_LOG=$log
}

stop_server() {
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true
    echo "server log: $(grep '^connections:' "$SERVER_LOG" | tail -1)"
}

echo "binary: $BIN"; echo "index: $INDEX ($(stat -c %s "$INDEX") bytes)"

# (a) soak. Huge burst so that evaluate POSTs measure the server, not the limiter.
start_server --burst 1000000
echo "(a) RSS at start: $(rss_kib "$SERVER_PID") KiB"
"$LOADGEN" soak "$ADDR" "$INDEX_ID" "$SOAK_SECS" "$SOAK_CONNS" 10
echo "(a) RSS at end: $(rss_kib "$SERVER_PID") KiB"
stop_server

# (b) slow connections against the default 10 s header timeout.
start_server
"$LOADGEN" slow "$ADDR" "$INDEX_ID" "$SLOW" 20
stop_server

# (c) distinct clients through the trusted proxy.
start_server
echo "(c) RSS at start: $(rss_kib "$SERVER_PID") KiB"
"$LOADGEN" distinct "$ADDR" "$DISTINCT" 16 cheap
echo "(c) RSS at end: $(rss_kib "$SERVER_PID") KiB (max-clients $MAX_CLIENTS)"
stop_server

# (d) one client over its budget, another unaffected.
start_server
"$LOADGEN" budget "$ADDR"
stop_server
