#!/usr/bin/env bash
# Benchmark (issue 2): check 100 copies of seed 002 in one run, start-up included.
# Target: under 3 seconds on the 2-core machine. Usage: bash bench/check-seed002-x100.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seed=../shared/seeds/002_a09f27210693bbb5.txt
[ -f "$seed" ] || seed=examples/sample-final-accounts-2023.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=$(bash bench/publish-cli.sh "$work/cli")
mkdir "$work/in"
for i in $(seq -w 1 100); do cp "$seed" "$work/in/copy-$i.txt"; done
dotnet "$cli" check "$work/in" --format json --out "$work/warmup.json" >/dev/null || true
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  dotnet "$cli" check "$work/in" --format json --out "$work/out.json" >/dev/null || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $run: ${t}s"
  if [ -z "$best" ] || (( $(echo "$t < $best" | bc) )); then best=$t; fi
done
echo "best of 3: ${best}s for 100 copies of $(basename "$seed") (target < 3 s; $(nproc) cpus, load average $(cut -d" " -f1-3 /proc/loadavg))"
