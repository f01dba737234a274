#!/usr/bin/env bash
# Web load bench (bench/README.md, "Web: public ranking page and autosave"). Everything stays on 127.0.0.0/8:
#  1. publishes parindex (Release), makes a fresh SQLite database in a temp folder, migrates it, loads the demo
#     province, adds the bench's editors with `parindex user add`, and starts `parindex serve` (Production);
#  2. saves the public ranking page `/` to a file, serves it with nginx (bench/web/nginx.conf) on another port, and
#     runs wrk against the app and then nginx;
#  3. runs bench/ParIndex.WebBench: USERS editors autosave through the htmx handler for AUTOSAVE_SECONDS.
# Before measuring it waits (up to 15 minutes) for the 1-minute load to fall below 4, and records the load of each
# phase. Installs wrk and nginx with apt-get if they are missing. Prints a Markdown results table.
# Knobs (environment): USERS=100 AUTOSAVE_SECONDS=60 PAUSE_MAX_MS=2000 WRK_ARGS="-t2 -c64 -d20s" MAX_LOAD=4
#                      LOAD_WAIT_SECONDS=900 APP_LOG_LEVEL=Warning KEEP=1 (keep the temp folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
USERS=${USERS:-100}
AUTOSAVE_SECONDS=${AUTOSAVE_SECONDS:-60}
PAUSE_MAX_MS=${PAUSE_MAX_MS:-2000}
WRK_ARGS=${WRK_ARGS:--t2 -c64 -d20s}
MAX_LOAD=${MAX_LOAD:-4}
LOAD_WAIT_SECONDS=${LOAD_WAIT_SECONDS:-900}

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---- tools -----------------------------------------------------------------------------------------------------
NGINX=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if ! command -v wrk >/dev/null || [ -z "$NGINX" ]; then
  [ "$(id -u)" = 0 ] || { echo "wrk and nginx are needed: apt-get install wrk nginx (as root)" >&2; exit 1; }
  say "installing wrk and nginx (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends wrk nginx >&2
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi
command -v dotnet >/dev/null || { echo "dotnet SDK not found: install the .NET 10 SDK" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

WORK=$(mktemp -d /tmp/parindex-web-bench.XXXXXX)
SERVE_PID="" NGINX_PID="" LOAD_PID=""
cleanup() {
  for pid in $LOAD_PID $NGINX_PID $SERVE_PID; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# ---- 1. the application on a fresh database --------------------------------------------------------------------
say "building (Release)"
dotnet publish src/ParIndex -c Release -nologo -v quiet -o .build/bench-web/parindex >/dev/null
dotnet build bench/ParIndex.WebBench -c Release -nologo -v quiet -o .build/bench-web/client >/dev/null
DB="Data Source=$WORK/bench.db"
export Evidence__Root="$WORK/evidence" DataProtection__Keys="$WORK/keys"
parindex() { dotnet "$ROOT/.build/bench-web/parindex/parindex.dll" "$@" --connection "$DB"; }

say "database in $WORK: migrate, demo load"
parindex db migrate >/dev/null
parindex demo load --samples samples --evidence "$WORK/evidence" >"$WORK/demo.txt"

# The demo's year in progress must be in self-assessment with its deadline ahead; otherwise make one with the CLI.
period_row() {
  parindex period list | awk -F'|' -v now="$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d%H%M)" '
    NR > 2 && $5 ~ /SelfAssessment/ {
      gsub(/^ +| +$/, "", $8); split($8, d, /[\/ :]/);
      closes = sprintf("%04d%02d%02d%02d%02d", d[3], d[2], d[1], d[4], d[5]);
      if (closes > now) { gsub(/ /, "", $2); print $2; exit } }'
}
PERIOD=$(period_row)
if [ -z "$PERIOD" ]; then
  say "no period in self-assessment with an open deadline: creating one with the CLI"
  year=$(date +%Y)
  framework=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["code"])' samples/frameworks/so-nganh.json)
  parindex period create --year "$year" --name "Thử tải $(date +%s)" --framework "$framework" \
    --self-assessment-opens "$(date -d '-1 day' +%Y-%m-%dT%H:%M)" --self-assessment-closes "$(date -d '+60 days' +%Y-%m-%dT%H:%M)" \
    --appraisal-closes "$(date -d '+90 days' +%Y-%m-%dT%H:%M)" --appeals-close "$(date -d '+105 days' +%Y-%m-%dT%H:%M)" \
    --finalisation-due "$(date -d '+120 days' +%Y-%m-%dT%H:%M)" >&2
  id=$(parindex period list | awk -F'|' '/Thử tải/ { gsub(/ /, "", $2); print $2 }' | tail -n1)
  parindex period open --period "$id" >&2
  PERIOD=$(period_row)
fi
[ -n "$PERIOD" ] || { echo "could not get a period in self-assessment" >&2; exit 1; }
say "period $PERIOD is in self-assessment"

# The demo's year in progress assesses the departments of units-so-2025.csv; STC has already submitted (read-only).
mapfile -t UNITS < <(tail -n +2 samples/tinh-mau/units-so-2025.csv | cut -d, -f1 | grep -vx STC)
PASSWORD="Bench$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')Aa1"
export PARINDEX_BENCH_PASSWORD=$PASSWORD
say "adding $USERS editors over ${#UNITS[@]} units (parindex user add)"
: >"$WORK/users.csv"
for ((i = 0; i < USERS; i++)); do
  unit=${UNITS[i % ${#UNITS[@]}]}
  area=$((i / ${#UNITS[@]}))
  printf '%s\n' "$PASSWORD" | parindex user add --name "bench.e$i" --password-stdin --role UnitEditor --unit "$unit" \
    --display-name "Cán bộ thử tải $i" >/dev/null
  echo "bench.e$i,$area" >>"$WORK/users.csv"
done

PORT=$(free_port)
SITE="http://127.0.0.1:$PORT"
# As shipped, the app logs its own messages at Information and ASP.NET Core/EF Core at Warning: here into serve.log.
# APP_LOG_LEVEL=Warning runs it quieter.
if [ -n "${APP_LOG_LEVEL:-}" ]; then export Logging__LogLevel__Default="$APP_LOG_LEVEL"; fi
ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
  dotnet "$ROOT/.build/bench-web/parindex/parindex.dll" serve --urls "$SITE" --connection "$DB" >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 120); do curl -fs -o /dev/null "$SITE/" && break; sleep 0.5; done
curl -fs -o /dev/null "$SITE/" || { echo "parindex serve did not answer on $SITE/" >&2; tail -n 20 "$WORK/serve.log" >&2; exit 1; }
say "parindex serve on $SITE"

# ---- 2. the same page from nginx -------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/site" "$WORK/nginx/logs" "$WORK/nginx/temp"
curl -fs -o "$WORK/nginx/site/index.html" "$SITE/"
grep -q '</html>' "$WORK/nginx/site/index.html" || { echo "the saved page is not a whole HTML page" >&2; exit 1; }
NGINX_PORT=$(free_port)
sed "s/@PORT@/$NGINX_PORT/" bench/web/nginx.conf >"$WORK/nginx/nginx.conf"
user_directive=""
[ "$(id -u)" = 0 ] && user_directive="user root;"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g "daemon off; pid $WORK/nginx/nginx.pid; $user_directive" &
NGINX_PID=$!
for _ in $(seq 40); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.25; done
cmp -s <(curl -fs "http://127.0.0.1:$NGINX_PORT/") "$WORK/nginx/site/index.html" || { echo "nginx does not serve the page" >&2; exit 1; }
say "nginx on 127.0.0.1:$NGINX_PORT serves the saved page ($(stat -c %s "$WORK/nginx/site/index.html") bytes)"

# ---- load ------------------------------------------------------------------------------------------------------
load1() { cut -d' ' -f1 /proc/loadavg; }
waited=0
while awk -v l="$(load1)" -v m="$MAX_LOAD" 'BEGIN { exit !(l >= m) }'; do
  if [ "$waited" -ge "$LOAD_WAIT_SECONDS" ]; then say "load still $(load1) after ${waited} s: measuring anyway"; break; fi
  say "1-minute load $(load1) ≥ $MAX_LOAD: waiting ($waited s so far)"
  sleep 30; waited=$((waited + 30))
done
START_LOAD=$(load1)
say "measuring (1-minute load $START_LOAD, waited $waited s)"
# Every 5 s, the 1-minute load with the phase it falls in.
PHASE_FILE="$WORK/phase"
echo setup >"$PHASE_FILE"
(while sleep 5; do echo "$(cat "$PHASE_FILE") $(load1)"; done) >>"$WORK/load.txt" &
LOAD_PID=$!
phase() { echo "$1" >"$PHASE_FILE"; echo "$1 $(load1)" >>"$WORK/load.txt"; }
load_range() { awk -v p="$1" '$1 == p { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 } END { printf "%s–%s", min, max }' "$WORK/load.txt"; }

# wrk's "Requests/sec", 50 % and 99 % latencies (in ms), and non-2xx/socket errors.
run_wrk() {
  local name=$1 url=$2 out="$WORK/wrk-$1.txt"
  phase "$name"
  # shellcheck disable=SC2086
  wrk $WRK_ARGS --latency "$url" >"$out"
  phase idle
  sleep 5
  cat "$out" >&2
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ *50%/ { p50 = ms($2) } /^ *99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 }
    /requests in/ { requests = $1 } /Non-2xx/ { errors += $NF } /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %.2f %.2f %d\n", name, requests, rps, p50, p99, errors + 0 }' "$out"
}

say "warming up both servers (wrk -d5s, not recorded)"
phase warmup
wrk -t2 -c64 -d5s "$SITE/" >/dev/null
wrk -t2 -c64 -d5s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
say "wrk $WRK_ARGS against parindex /"
APP=$(run_wrk app "$SITE/")
say "wrk $WRK_ARGS against nginx (the same page as a static file)"
NGINX_RESULT=$(run_wrk nginx "http://127.0.0.1:$NGINX_PORT/")

# ---- 3. autosave -----------------------------------------------------------------------------------------------
say "autosave: $USERS users, ${AUTOSAVE_SECONDS} s, pauses 0–$PAUSE_MAX_MS ms"
phase signin
AUTOSAVE=$(dotnet .build/bench-web/client/ParIndex.WebBench.dll --site "$SITE" --period "$PERIOD" --users "$WORK/users.csv" \
  --seconds "$AUTOSAVE_SECONDS" --pause-max-ms "$PAUSE_MAX_MS" 2> >(while IFS= read -r line; do
    printf "%s\n" "$line" | tee -a "$WORK/autosave.log" >&2
    case $line in *"autosaving for"*) phase autosave ;; esac
  done) || true)
phase idle
[ -n "$AUTOSAVE" ] || { echo "the autosave client gave no result" >&2; tail -n 20 "$WORK/autosave.log" "$WORK/serve.log" >&2; exit 1; }
echo "$AUTOSAVE" >&2

# ---- results ---------------------------------------------------------------------------------------------------
commas() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }
get() { echo "$AUTOSAVE" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
read -r _ app_n app_rps app_p50 app_p99 app_err <<<"$APP"
read -r _ ngx_n ngx_rps ngx_p50 ngx_p99 ngx_err <<<"$NGINX_RESULT"
ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.2f", a / n }')
page_met=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "met" : "not met") }')
save_met=$(awk -v p="$(get p99)" -v e="$(get errors)" 'BEGIN { print (p < 50 && e == 0 ? "met" : "not met") }')
DATE=$(date -u +%Y-%m-%d)
{
  echo
  echo "| date | server | requests | req/s | p50 | p99 | errors | load |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '| %s | parindex `/` (output cache) | %s | %s | %.2f ms | %.2f ms | %s | %s |\n' "$DATE" "$(commas "$app_n")" "$(commas "${app_rps%.*}")" "$app_p50" "$app_p99" "$app_err" "$(load_range app)"
  printf '| %s | nginx, same page as a file | %s | %s | %.2f ms | %.2f ms | %s | %s |\n' "$DATE" "$(commas "$ngx_n")" "$(commas "${ngx_rps%.*}")" "$ngx_p50" "$ngx_p99" "$ngx_err" "$(load_range nginx)"
  echo
  echo "parindex ÷ nginx = $ratio (target ≥ 0.50: $page_met)"
  echo
  echo "| date | users | pause | seconds | saves | errors | saves/s | p50 | p95 | p99 | max | load |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '| %s | %s | 0–%s ms | %s | %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s |\n' "$DATE" "$(get users)" "$(commas "$PAUSE_MAX_MS")" \
    "$(get seconds)" "$(commas "$(get saves)")" "$(get errors)" "$(get rps)" "$(commas "$(get p50)")" "$(commas "$(get p95)")" "$(commas "$(get p99)")" "$(commas "$(get max)")" "$(load_range autosave)"
  echo
  echo "autosave p99 < 50 ms with 0 errors: $save_met"
  echo
  echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/Mem:/ { print $2 }') GiB;" \
    "$(dotnet --version | sed 's/^/.NET SDK /'), $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), $(wrk -v 2>&1 | head -n1 | awk '{ print $1, $2 }');" \
    "log level ${APP_LOG_LEVEL:-as shipped (appsettings.json)}; load before measuring $START_LOAD (waited $waited s); sign-in phase load $(load_range signin)."
} | tee "$WORK/results.md"
