#!/usr/bin/env bash
# scripts/smoke.sh [NODE]: starts the server with NODE (default: the `node` on PATH) on a fresh embedded
# database, waits until it serves, reads a page, a cluster and the API, then stops it by its pid.
# CI runs it on the machine's Node.js 20 while the suite itself runs on Node.js 24.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE=${1:-node}
PORT=${SMOKE_PORT:-3870}
data=$(mktemp -d -t stitch-smoke.XXXXXX)
log=$data/server.log
echo "smoke: $("$NODE" --version) on port $PORT"
STITCH_DATA_DIR=$data/db PORT=$PORT STITCH_DEV_OIDC_PORT=$((PORT + 1)) LOG_LEVEL=warn \
  "$NODE" --import tsx src/main.ts >"$log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { echo "smoke: the server stopped"; cat "$log"; exit 1; }
  sleep 1
done
fail=0
for path in /readyz /en /fr /en/situations/having-a-baby /api/v1/clusters /api/v1/services; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  echo "smoke: GET $path $status"
  [ "$status" = 200 ] || fail=1
done
[ "$fail" = 0 ] || { cat "$log"; exit 1; }
