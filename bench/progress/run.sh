#!/bin/sh
# bench/progress/run.sh DLL_DIR MODE [DATA_DIR]: `parindex compute`, 4,000 x 100 with previous year and lineage, from the
# DataBench files in DATA_DIR (default /tmp/dp/c4k: `dotnet run -c Release --project bench/ParIndex.DataBench -- compute
# /tmp/dp/c4k --units 4000`). MODE=plain runs it with output redirected (no bar); MODE=pty runs it under script(1), a
# terminal, where the progress bar is drawn.
C=${3:-/tmp/dp/c4k}
CMD="dotnet $1/parindex.dll compute --framework $C/framework.json --scores $C/scores.csv --units $C/units.csv --previous $C/previous.csv --lineage $C/lineage.csv --out ${TMPDIR:-/tmp}/progress-bench-$$.csv"
if [ "$2" = pty ]; then TERM=xterm-256color exec script -qfec "$CMD" /dev/null; else exec $CMD >/dev/null 2>&1; fi
