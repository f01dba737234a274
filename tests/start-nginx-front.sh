#!/usr/bin/env bash
# For tests that run their own parindex nodes: puts the nginx site of deploy/ (deploy/nginx-front.sh) in front of two
# nodes on loopback and prints its HTTPS port; nginx keeps running in WORK until `tests/start-nginx-front.sh --stop WORK`.
#   tests/start-nginx-front.sh WORK APP_PORT APP2_PORT
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --stop ]; then
  WORK=$2
  [ -f "$WORK/nginx.pid" ] && kill -TERM "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  exit 0
fi

WORK=$1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
fail() { echo "nginx front: FAILED: $*" >&2; [ -f "$WORK/error.log" ] && tail -n 20 "$WORK/error.log" >&2; exit 1; }
. deploy/nginx-front.sh
# nginx runs on after this script: its output goes to a file, so the caller's pipes close when the script ends.
nginx_front "$2" "$3" >"$WORK/nginx.out" 2>&1 </dev/null
[ -f "$WORK/nginx.pid" ] || fail "nginx did not start: $(cat "$WORK/nginx.out")"
echo "$HTTPS_PORT"
