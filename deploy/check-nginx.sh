#!/usr/bin/env bash
# Tests deploy/nginx-parindex.conf against running ParIndex nodes on loopback: starts two parindex nodes on a scratch
# SQLite database, puts the site file (ports, upstreams and a throw-away self-signed certificate substituted for the
# deployment's) in a private nginx, runs `nginx -t`, then sends real requests through it: the HTTP → HTTPS redirect,
# /health/ready proxied with the app's X-Request-Id, HSTS, static-file caching, the upload size limit, both nodes
# answering, and with one node killed every request still answered by the other (passive checks and
# proxy_next_upstream). Installs nginx with apt-get if missing (as root). Uses PARINDEX_DLL, else the Release build of
# src/ParIndex (built if absent). Exit 0 when all pass.
set -euo pipefail
cd "$(dirname "$0")/.."

. deploy/nginx-front.sh
DLL=${PARINDEX_DLL:-src/ParIndex/bin/Release/net10.0/parindex.dll}
[ -f "$DLL" ] || dotnet build src/ParIndex -c Release -nologo -v quiet >&2

WORK=$(mktemp -d)
APP_PID=""; APP2_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$APP2_PID" ] && kill "$APP2_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
fail() { echo "check-nginx: FAILED: $*" >&2; [ -f "$WORK/error.log" ] && tail -n 20 "$WORK/error.log" >&2; exit 1; }

APP_PORT=$(free_port); APP2_PORT=$(free_port)
settings=(--connection "Data Source=$WORK/parindex.db" "--Evidence:Root=$WORK/evidence" "--DataProtection:Keys=$WORK/keys")
dotnet "$DLL" db migrate "${settings[@]}" >/dev/null
dotnet "$DLL" serve --urls "http://127.0.0.1:$APP_PORT" "${settings[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!
dotnet "$DLL" serve --urls "http://127.0.0.1:$APP2_PORT" "${settings[@]}" "--Logging:LogLevel:Microsoft.AspNetCore.Hosting=Information" >"$WORK/app2.log" 2>&1 &
APP2_PID=$!
for port in "$APP_PORT" "$APP2_PORT"; do
  for _ in $(seq 150); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 0.2; done
  curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" || { cat "$WORK/app.log" "$WORK/app2.log" >&2; fail "parindex did not start on $port"; }
done

nginx_front "$APP_PORT" "$APP2_PORT"
redirect=$(curl "${resolve[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "http://parindex.example.gov.vn:$HTTP_PORT/ket-qua")
[[ $redirect == "301 https://parindex.example.gov.vn"*"/ket-qua" ]] || fail "HTTP is not redirected to HTTPS ($redirect)"
ready=$(curl "${resolve[@]}" -D "$WORK/ready.headers" "$https/health/ready")
[[ $ready == *'"status":"Healthy"'* ]] || fail "/health/ready through nginx: $ready"
grep -qi '^x-request-id: ' "$WORK/ready.headers" || fail "no X-Request-Id through nginx"
grep -qi '^strict-transport-security: max-age=31536000' "$WORK/ready.headers" || fail "no HSTS header"
static=$(curl "${resolve[@]}" -o /dev/null -D - "$https/css/site.css?v=abc" | tr -d '\r')
grep -qi '^cache-control: public, max-age=31536000, immutable' <<<"$static" || fail "versioned static files are not cached: $static"
grep -qi '^content-security-policy: ' <<<"$static" || fail "the app's security headers do not pass through"
# A body over the evidence limit but within 512 MB reaches the app (which answers a form with its own page; this one,
# with no sign-in token, it refuses itself: its X-Request-Id shows who answered); a larger one is refused by nginx with
# the app's page for 413.
truncate -s 54000000 "$WORK/54mb"; truncate -s 540000000 "$WORK/540mb"
curl "${resolve[@]}" -o /dev/null -D "$WORK/54mb.headers" -X POST -T "$WORK/54mb" -H 'Content-Type: application/octet-stream' "$https/dang-nhap" || true
grep -qi '^x-request-id: ' "$WORK/54mb.headers" || fail "a 54 MB body did not reach the app: $(head -n 1 "$WORK/54mb.headers")"
big=$(curl "${resolve[@]}" -o "$WORK/540mb.html" -w '%{http_code}' -X POST -T "$WORK/540mb" -H 'Content-Type: application/octet-stream' "$https/dang-nhap" || true)
[ "$big" = 413 ] || fail "a 540 MB body was not refused with 413 (got $big)"
grep -q "Tệp quá lớn (413)" "$WORK/540mb.html" || fail "a 540 MB body did not get the page saying the file is too large: $(head -c 300 "$WORK/540mb.html")"
[ "$(curl "${resolve[@]}" -o /dev/null -w '%{http_code}' "$https/metrics")" = 404 ] || fail "/metrics is reachable through nginx"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/metrics")" = 200 ] || fail "a node does not serve /metrics to its scraper"

# Both nodes serve (round robin), then node 2 is killed: every request is still answered, by node 1.
grep -q "127.0.0.1:$APP2_PORT" "$WORK/site.conf" || fail "the second upstream node was not substituted"
before=$(grep -c "/health/live" "$WORK/app2.log" || true)
for _ in 1 2 3 4; do curl "${resolve[@]}" -o /dev/null "$https/health/live"; done
[ "$(grep -c "/health/live" "$WORK/app2.log" || true)" -gt "$before" ] || fail "the second node got none of 4 requests: $(tail -n 5 "$WORK/app2.log")"
kill -9 "$APP2_PID"; wait "$APP2_PID" 2>/dev/null || true; APP2_PID=""
codes=""
for _ in $(seq 10); do codes+=$(curl "${resolve[@]}" -o /dev/null -w '%{http_code} ' "$https/health/ready"); done
[ "$codes" = "$(printf '200 %.0s' $(seq 10))" ] || fail "with one node killed, requests through nginx answered: $codes"
grep -q "127.0.0.1:$APP2_PORT" "$WORK/error.log" || fail "nginx never tried the killed node (no passive check happened)"
echo "check-nginx: OK (nginx -t; redirect, proxied health with X-Request-Id, HSTS, static caching, 54 MB body answered by the app, 540 MB refused with its 413 page, /metrics only on the nodes; one of two nodes killed: 10/10 requests answered)"
