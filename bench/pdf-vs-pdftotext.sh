#!/usr/bin/env bash
# Benchmark: `check` over a folder of 40 final-accounts PDFs, and over a folder of the 15 budget PDFs
# copied twice (30 files), versus `pdftotext -layout` on the same files, and peak memory of `check` on a
# 300-page PDF. Targets: ratio ≤ 3 for each folder (budgets check as fast as final accounts), memory < 500 MB.
# Times are the best of three runs. Usage: bash bench/pdf-vs-pdftotext.sh   (from the repository root; ../shared must exist)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/final-accounts-pdf
budgets=../shared/corpus/budget-pdf

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
mapfile -t budget_sources < <(find "$budgets" -maxdepth 1 -name '*.pdf' | sort)
mkdir -p "$work/budgets"
for i in $(seq 1 $(( 2 * ${#budget_sources[@]} ))); do
  cp "${budget_sources[$(( (i - 1) % ${#budget_sources[@]} ))]}" "$work/budgets/copy-$(printf %02d "$i").pdf"
done

cli=(dotnet "$(bash bench/publish-cli.sh "$work/cli")")

now() { date +%s.%N; }

# Best of three runs each: other processes on the machine add noise to wall-clock times.
best() { printf '%s\n' "$@" | sort -g | head -1; }
# Sets pdftotext_s, check_s and documents for the PDFs of folder $1.
measure() {
  local pdftotext_runs=() check_runs=() start
  for run in 1 2 3; do
    start=$(now)
    for f in "$1"/*.pdf; do pdftotext -layout "$f" "$work/out.txt" 2>/dev/null; done
    pdftotext_runs+=("$(echo "$(now) - $start" | bc)")
    start=$(now)
    "${cli[@]}" check "$1" --format json >"$work/check.json" || [ $? -eq 1 ]
    check_runs+=("$(echo "$(now) - $start" | bc)")
  done
  pdftotext_s=$(best "${pdftotext_runs[@]}")
  check_s=$(best "${check_runs[@]}")
  documents=$(grep -c '^    {$' "$work/check.json")
}
measure "$work/forty"
ratio=$(echo "scale=2; $check_s / $pdftotext_s" | bc)
accounts_line="check, 40 final-accounts PDFs: ${check_s} s, pdftotext -layout ${pdftotext_s} s  (${documents} documents reported): ratio ${ratio}  (target ≤ 3)"
measure "$work/budgets"
ratio=$(echo "scale=2; $check_s / $pdftotext_s" | bc)
budgets_line="check, $(ls "$work/budgets" | wc -l) budget PDFs:        ${check_s} s, pdftotext -layout ${pdftotext_s} s  (${documents} documents reported): ratio ${ratio}  (target ≤ 3)"

# 300 pages: the three files repeated, then cut to exactly 300 pages.
qpdf --empty --pages "${sources[@]}" "${sources[@]}" "${sources[@]}" "${sources[@]}" "${sources[@]}" -- "$work/many.pdf"
qpdf "$work/many.pdf" --pages . 1-300 -- "$work/big300.pdf"
pages=$(qpdf --show-npages "$work/big300.pdf")
/usr/bin/time -v "${cli[@]}" check "$work/big300.pdf" --format json >/dev/null 2>"$work/time.txt" || [ $? -eq 1 ]
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
big_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")

echo "cpus: $(nproc), load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "$accounts_line"
echo "$budgets_line"
echo "check, ${pages}-page PDF: ${big_s}, peak RSS $((rss_kb / 1024)) MB  (target < 500 MB)"
