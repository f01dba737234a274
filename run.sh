#!/usr/bin/env bash
# Sets up and starts ParIndex on its embedded default: SQLite under ./data, the demo province, http://127.0.0.1:$PORT
# (PORT=5080 unless set). The first run creates the database, loads the demo (two published years, three 2026 periods
# in self-assessment, appraisal and appeals, and a survey with links) and prints the demo accounts; later runs keep the
# data and only apply new migrations. Each step says what it does while it runs.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

port=${PORT:-5080}
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "PORT=$port is not a port number (1–65535)" >&2
  exit 1
fi
command -v dotnet >/dev/null || { echo "dotnet SDK not found: install the .NET 10 SDK" >&2; exit 1; }

started=$SECONDS
step() { echo "[$((SECONDS - started)) s] $*"; }

# The build: one line per project as it is restored and compiled; the whole log only if it fails.
mkdir -p .build
step "Biên dịch ParIndex (lần đầu tải gói NuGet, vài phút) / building ParIndex (the first time downloads NuGet packages, a few minutes)…"
if ! dotnet publish src/ParIndex -c Release -nologo -v minimal -tl:off -o .build/parindex 2>&1 | tee .build/publish.log |
    sed -unE 's#^ *Restored .*/([^/]+)\.csproj.*#    restored \1#p; s#^ *([A-Za-z.]+) -> .*#    built \1#p'; then
  cat .build/publish.log >&2
  echo "the build failed (log: .build/publish.log)" >&2
  exit 1
fi
# One-off commands start faster without the runtime's profile-guided recompilation (bench/README.md "The data path");
# the server below keeps it.
parindex() { DOTNET_TieredPGO=0 dotnet .build/parindex/parindex.dll "$@"; }

mkdir -p data
fresh=false
[ -f data/parindex.db ] || fresh=true
step "Cơ sở dữ liệu / database data/parindex.db…"
parindex db migrate
if $fresh; then
  step "Đang nạp tỉnh mẫu (khoảng một phút) / loading the demo province (about a minute)…"
  parindex demo load --samples samples --evidence data/evidence | tee data/demo-accounts.txt
else
  [ -f data/demo-accounts.txt ] && cat data/demo-accounts.txt
fi
echo
step "ParIndex: http://127.0.0.1:$port  (Ctrl+C để dừng / to stop; dữ liệu trong ./data được giữ lại / data in ./data is kept)"
exec dotnet .build/parindex/parindex.dll serve --urls "http://127.0.0.1:$port"
