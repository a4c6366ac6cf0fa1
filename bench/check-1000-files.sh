#!/usr/bin/env bash
# Benchmark (issue 8): 1000 files in one `check` run — 700 copies of seed 002 and 300 PDFs (the corpus
# PDFs copied round-robin). Measures the peak memory (target < 1 GB), the time until the first result
# is printed (target < 2 s) and the total time, against the same run of a baseline commit (target:
# within 10 % of it). Usage: bash bench/check-1000-files.sh [BASELINE_REF]   (default: 61926ee, the
# engine before streaming results). Needs /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline_ref=${1:-61926ee}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

seed=../shared/seeds/002_a09f27210693bbb5.txt
[ -f "$seed" ] || seed=examples/sample-final-accounts-2023.txt
mapfile -t pdfs < <(find ../shared/corpus -name '*.pdf' 2>/dev/null | sort)
mkdir "$work/in"
for i in $(seq -w 1 700); do cp "$seed" "$work/in/seed-$i.txt"; done
if [ ${#pdfs[@]} -gt 0 ]; then
  for i in $(seq 0 299); do cp "${pdfs[$((i % ${#pdfs[@]}))]}" "$work/in/pdf-$(printf %03d "$i").pdf"; done
else
  for i in $(seq -w 701 1000); do cp "$seed" "$work/in/seed-$i.txt"; done
fi

cli=$(bash bench/publish-cli.sh "$work/cli")
git worktree add -q --detach "$work/baseline" "$baseline_ref"
base_cli=$( (cd "$work/baseline" && bash bench/publish-cli.sh "$work/base-cli") )

# One run: prints "total_s first_result_s peak_MB".
measure() {
  local dll=$1 start first
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" dotnet "$dll" check "$work/in" 2>/dev/null \
    | { IFS= read -r _; first=$(date +%s.%N); cat >/dev/null; echo "$first" >"$work/first"; } || true
  local end; end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(echo "$(cat "$work/first") - $start" | bc) $(( $(tail -n 1 "$work/rss") / 1024 ))"
}

best() { sort -n | head -n 1; }
measure "$base_cli" >/dev/null; measure "$cli" >/dev/null   # warm-up (file cache)
for run in 1 2 3; do   # alternate, so both see the same machine load
  measure "$base_cli" >>"$work/baseline.runs"
  measure "$cli" >>"$work/current.runs"
done
for name in baseline current; do
  echo "$name ($( [ "$name" = baseline ] && echo "$baseline_ref" || git rev-parse --short HEAD )): total/first/peak per run:"
  sed 's/^/  /' "$work/$name.runs"
done
b=$(cut -d' ' -f1 "$work/baseline.runs" | best)
c=$(cut -d' ' -f1 "$work/current.runs" | best)
first=$(cut -d' ' -f2 "$work/current.runs" | best)
peak=$(cut -d' ' -f3 "$work/current.runs" | sort -n | tail -n 1)
echo "best total: current ${c}s vs baseline ${b}s (ratio $(echo "scale=3; $c / $b" | bc); target ≤ 1.10)"
echo "first result after ${first}s (target < 2 s); peak memory ${peak} MB (target < 1024 MB)"
echo "$(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg)"
