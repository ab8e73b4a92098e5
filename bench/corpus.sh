#!/usr/bin/env bash
# Times harden over a folder of templates (default: ../shared/corpus beside the checkout).
# Publishes a Release build, copies the templates to a temporary folder (the corpus is read-only),
# then times RUNS dry runs and RUNS write runs, each write on a fresh copy. Prints min and median.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus}
runs=${RUNS:-7}
[[ -d "$corpus" ]] || { echo "bench: error: template folder '$corpus' not found; pass one as the first argument" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Hardener.Cli -c Release -r "linux-$(uname -m | sed "s/x86_64/x64/; s/aarch64/arm64/")" --self-contained false -o "$work/bin" --nologo -v quiet >/dev/null
harden="$work/bin/harden"

milliseconds() { echo $(( $(date +%s%N) / 1000000 )); }

report() {
  local label=$1; shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  local min median
  min=$(head -n 1 <<<"$sorted")
  median=$(sed -n "$(( ($# + 1) / 2 ))p" <<<"$sorted")
  printf '%-10s runs=%d min=%sms median=%sms\n' "$label" "$#" "$min" "$median"
}

count=$(find "$corpus" -mindepth 2 -maxdepth 2 -name 'docker-compose.yml' | wc -l)
echo "templates: $count, machine: $(nproc) cores, $(uname -m)"

dry=()
for _ in $(seq "$runs"); do
  rm -rf "$work/templates" && cp -r "$corpus" "$work/templates" && chmod -R u+w "$work/templates"
  start=$(milliseconds)
  "$harden" --dry-run "$work/templates" >/dev/null 2>&1 || true
  dry+=($(( $(milliseconds) - start )))
done
report "dry-run" "${dry[@]}"

write=()
for _ in $(seq "$runs"); do
  rm -rf "$work/templates" && cp -r "$corpus" "$work/templates" && chmod -R u+w "$work/templates"
  start=$(milliseconds)
  "$harden" --write "$work/templates" >/dev/null 2>&1 || true
  write+=($(( $(milliseconds) - start )))
done
report "write" "${write[@]}"
