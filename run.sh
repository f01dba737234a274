#!/usr/bin/env bash
# Sets up and starts ParIndex on its embedded default: SQLite under ./data, the demo province, http://127.0.0.1:5080.
# The first run creates the database and loads the demo (two published years and one in progress) and prints the
# demo accounts; later runs keep the data and only apply new migrations.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null || { echo "dotnet SDK not found: install the .NET 10 SDK" >&2; exit 1; }
dotnet publish src/ParIndex -c Release -nologo -v quiet -o .build/parindex >/dev/null
parindex() { dotnet .build/parindex/parindex.dll "$@"; }

mkdir -p data
fresh=false
[ -f data/parindex.db ] || fresh=true
parindex db migrate
if $fresh; then
  echo "Đang nạp tỉnh mẫu / loading the demo province (about half a minute)…"
  parindex demo load --samples samples --evidence data/evidence | tee data/demo-accounts.txt
else
  [ -f data/demo-accounts.txt ] && cat data/demo-accounts.txt
fi
echo
echo "ParIndex: http://127.0.0.1:5080  (Ctrl+C để dừng / to stop; dữ liệu trong ./data được giữ lại / data in ./data is kept)"
exec dotnet .build/parindex/parindex.dll serve --urls http://127.0.0.1:5080
