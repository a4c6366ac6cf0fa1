#!/usr/bin/env bash
# Benchmark: `check` over a folder of 40 corpus PDFs versus `pdftotext -layout` on the same files,
# and peak memory of `check` on a 300-page PDF. Target: ratio ≤ 3, memory < 500 MB.
# Times are the best of three runs. Usage: bash bench/pdf-vs-pdftotext.sh   (from the repository root; ../shared must exist)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/final-accounts-pdf

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$corpus" -maxdepth 1 -name '*.pdf' | sort)
mkdir -p "$work/forty"
for i in $(seq 1 40); do
  cp "${sources[$(( (i - 1) % ${#sources[@]} ))]}" "$work/forty/copy-$(printf %02d "$i").pdf"
done

cli=(dotnet "$(bash bench/publish-cli.sh "$work/cli")")

now() { date +%s.%N; }

# Best of three runs each: other processes on the machine add noise to wall-clock times.
best() { printf '%s\n' "$@" | sort -g | head -1; }
pdftotext_runs=()
check_runs=()
for run in 1 2 3; do
  start=$(now)
  for f in "$work"/forty/*.pdf; do pdftotext -layout "$f" "$work/out.txt" 2>/dev/null; done
  pdftotext_runs+=("$(echo "$(now) - $start" | bc)")
  start=$(now)
  "${cli[@]}" check "$work/forty" --format json >"$work/check.json" || [ $? -eq 1 ]
  check_runs+=("$(echo "$(now) - $start" | bc)")
done
pdftotext_s=$(best "${pdftotext_runs[@]}")
check_s=$(best "${check_runs[@]}")
documents=$(grep -c '^    {$' "$work/check.json")

# 300 pages: the three files repeated, then cut to exactly 300 pages.
qpdf --empty --pages "${sources[@]}" "${sources[@]}" "${sources[@]}" "${sources[@]}" "${sources[@]}" -- "$work/many.pdf"
qpdf "$work/many.pdf" --pages . 1-300 -- "$work/big300.pdf"
pages=$(qpdf --show-npages "$work/big300.pdf")
/usr/bin/time -v "${cli[@]}" check "$work/big300.pdf" --format json >/dev/null 2>"$work/time.txt" || [ $? -eq 1 ]
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
big_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")

ratio=$(echo "scale=2; $check_s / $pdftotext_s" | bc)
echo "cpus:                      $(nproc), load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "pdftotext -layout, 40 PDFs: ${pdftotext_s} s"
echo "check, 40 PDFs:             ${check_s} s  (${documents} documents reported)"
echo "ratio check/pdftotext:      ${ratio}  (target ≤ 3)"
echo "check, ${pages}-page PDF:       ${big_s}, peak RSS $((rss_kb / 1024)) MB  (target < 500 MB)"
