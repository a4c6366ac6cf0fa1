#!/usr/bin/env bash
# Builds the CLI the way the benchmarks run it and prints the path of FiscalAudit.Cli.dll.
# ReadyToRun (ahead-of-time compiled, so start-up does not JIT PdfPig and the recognisers) when the
# NuGet feed has the crossgen2 pack for this machine; otherwise a plain Release build.
# Usage: cli=$(bash bench/publish-cli.sh OUT_DIR)   (from the repository root)
set -euo pipefail
out=$1
rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
if dotnet publish src/FiscalAudit.Cli -c Release -r "$rid" --self-contained false \
     -p:PublishReadyToRun=true -o "$out" -v q -nologo >"$out.log" 2>&1; then
  echo "$out/FiscalAudit.Cli.dll"
else
  echo "ReadyToRun publish failed (see $out.log); using a plain Release build" >&2
  dotnet build src/FiscalAudit.Cli -c Release -v q -nologo >/dev/null
  echo "src/FiscalAudit.Cli/bin/Release/net10.0/FiscalAudit.Cli.dll"
fi
