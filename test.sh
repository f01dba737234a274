#!/usr/bin/env bash
# Installs what the tests need, runs every test project and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null || { echo "dotnet SDK not found: install the .NET 10 SDK" >&2; echo "0 passed, 1 failed"; exit 1; }

# PostgreSQL: the App tests run every use case on SQLite and on a private PostgreSQL server on 127.0.0.1.
if ! PARINDEX_TEST_POSTGRES=$(bash tests/start-postgres.sh | tail -n 1); then
  echo "could not start PostgreSQL for the tests" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export PARINDEX_TEST_POSTGRES

# Browser tests (tests/ParIndex.Web.Tests) drive Debian's Chromium through Playwright, never Playwright's own download;
# Noto Sans draws every Vietnamese diacritic in their screenshots.
if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ]; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-noto-core; } >&2; then
    echo "could not install chromium and fonts-noto-core for the browser tests" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi
export PARINDEX_CHROMIUM=${PARINDEX_CHROMIUM:-/usr/bin/chromium}

# Report tests: LibreOffice headless reads the analysis workbook back as CSV; poppler's pdftotext and pdftoppm read
# the printed PDF reports.
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui poppler-utils; } >&2; then
    echo "could not install libreoffice-calc-nogui and poppler-utils for the report tests" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# Metrics test: Debian's Prometheus scrapes a running node and is asked for the counters back.
if ! command -v prometheus >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus; } >&2; then
    echo "could not install prometheus for the metrics test" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

if ! dotnet build ParIndex.slnx -c Release -nologo -v quiet; then
  echo "build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
status=0
for project in tests/*/*.csproj; do
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$log" || status=1
done

# The nginx site in deploy/ in front of the built app (about 15 s; installs nginx if missing): one more check in the totals.
nginx_check=0
timeout 180 bash deploy/check-nginx.sh || nginx_check=1

summary() { grep -E "(Passed|Failed)! +- +Failed:" "$log" | sed -E "s/.*$1: +([0-9]+).*/\1/" | awk '{s+=$1} END {print s+0}'; }
passed=$(summary Passed); failed=$(summary Failed); skipped=$(summary Skipped)
projects=$(ls tests/*/*.csproj | wc -l)
reported=$(grep -cE "(Passed|Failed)! +- +Failed:" "$log")
rm -f "$log"
echo "browser test screenshots and failure traces: tests/ParIndex.Web.Tests/bin/Release/net10.0/artifacts"
if [ "$reported" -lt "$projects" ]; then
  echo "$((projects - reported)) test project(s) reported no results" >&2
  failed=$((failed + projects - reported)); status=1
fi
passed=$((passed + 1 - nginx_check)); failed=$((failed + nginx_check))
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
