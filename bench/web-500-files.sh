#!/usr/bin/env bash
# Benchmark (issue 9): 500 documents posted through the HTTP API until all are done — 350 copies of
# seed 002 and 150 PDFs (the corpus PDFs copied round-robin), each made distinct (uploads are
# deduplicated by content hash) by a trailing line: a sentence for the text copies, a PDF comment
# after %%EOF (which readers ignore) for the PDFs. Measures the throughput of the web application
# (upload included) against one CLI `check` run over the same files (goal: ratio ≥ 0.8), and the
# server time of a document page with about 50 findings (goal < 300 ms): seed 000, with 39 findings
# the most of any document in ../shared, uploaded as a batch of its own.
# Usage: bash bench/web-500-files.sh   (from anywhere; needs curl, jq and bc)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-5097}
base=http://127.0.0.1:$port
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

seed=../shared/seeds/002_a09f27210693bbb5.txt
[ -f "$seed" ] || seed=examples/sample-final-accounts-2023.txt
mapfile -t pdfs < <(find ../shared/corpus -name '*.pdf' 2>/dev/null | sort)
mkdir "$work/in"
text_copies=$([ ${#pdfs[@]} -gt 0 ] && echo 350 || echo 500)
for i in $(seq -w 1 "$text_copies"); do
  { cat "$seed"; printf '\n本文件为基准测试副本 %s。\n' "$i"; } >"$work/in/seed-$i.txt"
done
for i in $(seq 0 $((500 - text_copies - 1))); do
  { cat "${pdfs[$((i % ${#pdfs[@]}))]}"; printf '\n%% benchmark copy %03d\n' "$i"; } >"$work/in/pdf-$(printf %03d "$i").pdf"
done
[ "$(sha256sum "$work"/in/* | cut -d' ' -f1 | sort -u | wc -l)" -eq 500 ] || { echo "the 500 files are not distinct" >&2; exit 1; }

echo "building (Release, ReadyToRun)…" >&2
cli=$(bash bench/publish-cli.sh "$work/cli")
dotnet publish src/FiscalAudit.Web -c Release -r "linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')" --self-contained false \
  -p:PublishReadyToRun=true -o "$work/web" -v q -nologo >"$work/web.log"

# The CLI over the same files (best of two, after a warm-up that fills the file cache).
dotnet "$cli" check "$work/in" >/dev/null 2>&1 || true
# CPU seconds (user + system) are counted too: unlike the wall time they hardly change when the machine is busy.
cli_best=
cli_cpu=
for run in 1 2; do
  start=$(date +%s.%N)
  cpu=$( (dotnet "$cli" check "$work/in" >/dev/null 2>&1 || true; times) | tail -n 1 | sed -E 's/([0-9]+)m([0-9.]+)s/\1*60+\2/g; s/ /+/' | bc)
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc); echo "cli run $run: ${t}s, ${cpu} CPU-s" >&2
  echo "  load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  if [ -z "$cli_best" ] || [ "$(echo "$t < $cli_best" | bc)" -eq 1 ]; then cli_best=$t; fi
  if [ -z "$cli_cpu" ] || [ "$(echo "$cpu < $cli_cpu" | bc)" -eq 1 ]; then cli_cpu=$cpu; fi
done

# The web application on an empty data folder, as published, with its default workers (one per core).
# Every call carries the administrator's bearer token.
password=bench-admin-password
FISCALAUDIT_DATA="$work/data" FISCALAUDIT_ADMIN_PASSWORD=$password FiscalAudit__SeedExamples=false ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$work/web/FiscalAudit.Web.dll" --urls "$base" >"$work/web-run.log" 2>&1 &
server=$!
alive() { kill -0 "$server" 2>/dev/null || { echo "the web application stopped:" >&2; tail -n 20 "$work/web-run.log" >&2; exit 1; }; }
until curl -sf "$base/login" >/dev/null; do alive; sleep 0.5; done
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/auth/token" | jq -r .token)
auth=(-H "Authorization: Bearer $token")

form=(); for f in "$work"/in/*; do form+=(-F "files=@$f"); done
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server/stat"; }
cpu_before=$(server_cpu)
start=$(date +%s.%N)
batch=$(curl -sf "${auth[@]}" "${form[@]}" "$base/api/batches" | jq -r .id)
uploaded=$(date +%s.%N)
until [ "$(curl -sf "${auth[@]}" "$base/api/batches/$batch" | jq -r .status)" = done ]; do alive; sleep 0.5; done
end=$(date +%s.%N)
web_cpu=$(echo "$(server_cpu) - $cpu_before" | bc)
web=$(echo "$end - $start" | bc)
echo "web run: ${web}s, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
curl -sf "${auth[@]}" "$base/api/batches/$batch" >"$work/batch.json"
done_count=$(jq '[.documents[] | select(.status == "done")] | length' "$work/batch.json")

# The document page: median server time of 20 requests after 3 warm-ups.
page_file=../shared/seeds/000_72b116550151504e.txt
[ -f "$page_file" ] || page_file=$seed
page_batch=$(curl -sf "${auth[@]}" -F "files=@$page_file" "$base/api/batches" | jq -r .id)
until [ "$(curl -sf "${auth[@]}" "$base/api/batches/$page_batch" | jq -r .status)" = done ]; do alive; sleep 0.5; done
doc=$(curl -sf "${auth[@]}" "$base/api/batches/$page_batch" | jq -r '.documents[0].id')
findings=$(curl -sf "${auth[@]}" "$base/api/documents/$doc" | jq '.findings | length')
for i in 1 2 3; do curl -sf "${auth[@]}" -o /dev/null "$base/documents/$doc"; done
page_ms=$(for i in $(seq 20); do curl -sf "${auth[@]}" -o /dev/null -w '%{time_starttransfer}\n' "$base/documents/$doc"; done | sort -n | sed -n 10p)
page_ms=$(echo "$page_ms * 1000" | bc)

echo "web: 500 files posted and checked in ${web}s ($(echo "scale=1; 500 / $web" | bc) files/s; $done_count done; the upload request took $(echo "$uploaded - $start" | bc)s)"
echo "cli: one check run over the same files in ${cli_best}s ($(echo "scale=1; 500 / $cli_best" | bc) files/s)"
echo "throughput ratio web/cli: $(echo "scale=3; $cli_best / $web" | bc) (goal ≥ 0.8)"
echo "CPU time: web ${web_cpu} s, cli ${cli_cpu} s: ratio cli/web $(echo "scale=3; $cli_cpu / $web_cpu" | bc) (steadier than the wall time on a busy machine)"
echo "document page with $findings findings ($(basename "$page_file")): median server time ${page_ms} ms (goal < 300 ms)"
echo "$(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg)"
