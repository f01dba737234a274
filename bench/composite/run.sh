#!/usr/bin/env bash
# Whole-process times of `parindex composite` Monte Carlo runs, one thread and every core, with the load beside them,
# then COINr's per-replication cost of the same weight uncertainty in the same hour (if COINr is installed: R_LIBS).
# Usage (from the repo root, after `dotnet build src/ParIndex -c Release`): bash bench/composite/run.sh [REPEATS]
set -euo pipefail
repeats=${1:-2}
exe="dotnet src/ParIndex/bin/Release/net10.0/parindex.dll"
coinr=tests/ParIndex.App.Tests/Composite/Coinr
tmp=$(mktemp -d)
python3 bench/composite/make-large.py "$tmp"
run() { # name, threads, args...
  local name=$1 threads=$2; shift 2
  /usr/bin/time -f "$name threads=$threads: %e s elapsed, %U s user, %S s sys, %M KB" $exe composite "$@" --threads "$threads" --out "$tmp/out.csv"
}
for r in $(seq "$repeats"); do
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "parindex --help: %e s elapsed, %U s user" $exe --help > /dev/null
  for t in 1 0; do
    run "ASEM N=20000" $t --meta $coinr/imeta.csv --data $coinr/treated.csv --uncertainty 20000 --noise 2:0.25,3:0.25
    run "1000x200 N=1000" $t --meta "$tmp/large-meta.csv" --data "$tmp/large-data.csv" --uncertainty 1000 --noise 2:0.25,3:0.25
    run "1000x200 N=10000" $t --meta "$tmp/large-meta.csv" --data "$tmp/large-data.csv" --uncertainty 10000 --noise 2:0.25,3:0.25
  done
done
if Rscript -e 'library(COINr)' > /dev/null 2>&1; then
  Rscript bench/composite/coinr-asem.R 100
  Rscript bench/composite/coinr-large.R "$tmp" 5
fi
rm -rf "$tmp"
