#!/usr/bin/env bash
# Sets up and runs ParIndex. Until the web app exists this computes the bundled sample province, Tỉnh Mẫu:
# the departments' ranking for 2024 and 2025 (with the change from 2024, following the 2025 merger and rename),
# and prints the 2025 table. Results are written to ./out/.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null || { echo "dotnet SDK not found: install the .NET 10 SDK" >&2; exit 1; }
dotnet build src/ParIndex -c Release -nologo -v quiet -o .build/parindex >/dev/null
parindex() { dotnet .build/parindex/parindex.dll "$@"; }

mkdir -p out
s=samples/tinh-mau
for group in so xa; do
  framework=samples/frameworks/$([ $group = so ] && echo so-nganh || echo xa-phuong).json
  parindex compute --framework "$framework" --units $s/units-$group-2024.csv --scores $s/scores-$group-2024.csv --out out/$group-2024.csv
  parindex compute --framework "$framework" --units $s/units-$group-2025.csv --scores $s/scores-$group-2025.csv \
    --previous out/$group-2024.csv --lineage $s/lineage.csv --out out/$group-2025.json
  parindex compute --framework "$framework" --units $s/units-$group-2025.csv --scores $s/scores-$group-2025.csv \
    --previous out/$group-2024.csv --lineage $s/lineage.csv --out out/$group-2025.xlsx
done
parindex compute --framework samples/frameworks/so-nganh.json --units $s/units-so-2025.csv --scores $s/scores-so-2025.csv \
  --previous out/so-2024.csv --lineage $s/lineage.csv --format table
echo
echo "Kết quả đầy đủ / full results: out/ (CSV, JSON, XLSX). Vì sao một đơn vị được số điểm này / why a unit has its score:"
echo "  dotnet .build/parindex/parindex.dll explain --framework samples/frameworks/so-nganh.json --scores $s/scores-so-2025.csv --unit SNV"
