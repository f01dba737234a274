#!/usr/bin/env bash
# Proves ./run.sh and ./test.sh on a fresh machine: clones this repository (its committed HEAD) into an empty temporary
# folder, runs ./run.sh until the site answers on http://127.0.0.1:$PORT (PORT=5080 unless set; then stops it), then
# runs ./test.sh there. Not part of ./test.sh (it would run itself).
# Usage: [PORT=N] tests/fresh-clone.sh [--keep]   (--keep: leave the clone)
# Needs git and curl; the first run downloads NuGet packages and may take 15–30 minutes on 2 cores.
set -uo pipefail
keep=false
[ "${1:-}" = "--keep" ] && keep=true
source_repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
port=${PORT:-5080}
export PORT=$port
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is already in use: stop what listens there first" >&2
  exit 1
fi

clone=$(mktemp -d /tmp/parindex-fresh-XXXXXX)
server=
cleanup() {
  [ -n "$server" ] && kill -- "-$server" 2>/dev/null
  if $keep; then echo "clone kept in $clone"; else rm -rf "$clone"; fi
}
trap cleanup EXIT

echo "== clone $source_repo → $clone"
git clone -q "$source_repo" "$clone" || exit 1
cd "$clone" || exit 1
[ -z "$(ls data .build 2>/dev/null)" ] || { echo "the clone is not empty of build output" >&2; exit 1; }

echo "== ./run.sh (log: $clone/run.log)"
setsid ./run.sh >run.log 2>&1 &
server=$!
answered=false
for _ in $(seq 1 1800); do
  if curl -sf -o /dev/null "http://127.0.0.1:$port/"; then answered=true; break; fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if ! $answered; then
  echo "run.sh: the site never answered on port $port" >&2
  tail -n 30 run.log >&2
  exit 1
fi
echo "run.sh: the site answers on http://127.0.0.1:$port/"
grep -q "Đang nạp tỉnh mẫu" run.log && grep -q "Đánh giá thử nghiệm 2026" run.log && echo "run.sh: the demo province was loaded, with its 2026 periods"
kill -- "-$server" 2>/dev/null
wait "$server" 2>/dev/null
server=

echo "== ./test.sh"
./test.sh 2>&1 | tee test.log | tail -n 5
status=${PIPESTATUS[0]}
echo "== fresh clone: run.sh answered; test.sh exit code $status"
exit "$status"
