#!/usr/bin/env bash
# Coverage-guided fuzzing of AzNormalize with SharpFuzz and AFL++ (docs/reliability.md).
#
#   tests/AzNormalize.Fuzz/fuzz.sh [SECONDS]     # default 600; findings in artifacts/fuzz/findings
#   tests/AzNormalize.Fuzz/fuzz.sh replay FILE…  # run inputs once, in process (a crash afl-fuzz found)
#   AZNORM_FUZZ_CRASHES_ONLY=1 …                 # exceptions and edits only, not idempotence (CI's short run)
#   AZNORM_FUZZ_OUT=DIR …                        # where the build and findings go (default artifacts/fuzz)
#   AZNORM_FUZZ_JOBS=2 …                         # one afl-fuzz per core (a main and secondaries)
#   AZNORM_FUZZ_NO_BUILD=1 …                     # publish the solution's Release build as it is (CI's run, from a test)
#
# Installs Debian's afl++ and the sharpfuzz tool when missing. Publishes this project, instruments AzNormalize.dll and
# aznorm.dll (the targets' own code and the runtime are not instrumented), and runs afl-fuzz over the seed corpus in
# tests/AzNormalize.Fuzz/corpus: the first byte of an input picks one of 12 targets (tokenizer, default fix, fix with edits
# and full layout, weights loader, context-model text loader, layout repair, lexicon artifact, context artifact, frequency
# and word lists, aznorm.json read by `aznorm check`, JSON Lines through `aznorm fix --input-format jsonl`, fix with
# protected spans), the rest is its input. `dotnet AzNormalize.Fuzz.dll seeds DIR` rewrites the seeds the library makes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${AZNORM_FUZZ_OUT:-$repo/artifacts/fuzz}"
bin="$out/bin"

if [ "${1:-}" != "replay" ] && ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null 2>&1; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

if [ "${1:-}" = "replay" ]; then
  # Replays run the uninstrumented build: the instrumented one needs afl-fuzz's shared memory.
  shift
  dotnet publish "$here/AzNormalize.Fuzz.csproj" -c Release -o "$out/replay" --nologo -v quiet
  exec dotnet "$out/replay/AzNormalize.Fuzz.dll" "$@"
fi

rm -rf "$bin"
# AZNORM_FUZZ_NO_BUILD=1 (the test that runs this in CI): publish what the solution's Release build made, build nothing.
dotnet publish "$here/AzNormalize.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet ${AZNORM_FUZZ_NO_BUILD:+--no-build}
# The library and the command-line tool (aznorm.dll: the aznorm.json and JSON Lines targets run through it).
sharpfuzz "$bin/AzNormalize.dll"
sharpfuzz "$bin/aznorm.dll"

seconds="${1:-600}"
rm -rf "$out/findings"
mkdir -p "$out/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export DOTNET_TieredPGO=0
jobs="${AZNORM_FUZZ_JOBS:-1}"
if [ "$jobs" -le 1 ]; then
  # On a loaded machine afl-fuzz sometimes aborts at its first dry run with "No instrumentation detected" (the first
  # seed's run left the coverage map empty) before fuzzing anything: it then writes no fuzzer_stats, and is started again,
  # at most five times in all, after a pause that grows (5, 10, 15, 20 s: the tests beside it end meanwhile; one CI run
  # saw three attempts in a row fail). A crash or a hang is never retried: afl-fuzz writes its stats whenever it has fuzzed.
  for attempt in 1 2 3 4 5; do
    afl-fuzz -V "$seconds" -t 10000 -m none -i "$here/corpus" -o "$out/findings" -- dotnet "$bin/AzNormalize.Fuzz.dll" || true
    if compgen -G "$out/findings/*/fuzzer_stats" >/dev/null; then
      break
    fi
    echo "fuzz.sh: afl-fuzz stopped before fuzzing (attempt $attempt of 5)" >&2
    rm -rf "$out/findings"
    mkdir -p "$out/findings"
    if [ "$attempt" -lt 5 ]; then
      sleep $((5 * attempt))
    fi
  done
else
  # One main instance and jobs-1 secondaries sharing the findings folder (one core each).
  # The secondaries start once the main instance has run its seeds (started together, one once saw no instrumentation).
  for n in $(seq 2 "$jobs"); do
    (sleep $((20 * (n - 1))); afl-fuzz -S "secondary$n" -V "$seconds" -t 10000 -m none -i "$here/corpus" -o "$out/findings" -- dotnet "$bin/AzNormalize.Fuzz.dll" > "$out/secondary$n.log" 2>&1) &
  done
  afl-fuzz -M main -V "$seconds" -t 10000 -m none -i "$here/corpus" -o "$out/findings" -- dotnet "$bin/AzNormalize.Fuzz.dll" || true
  wait
fi

if ! compgen -G "$out/findings/*/fuzzer_stats" >/dev/null; then
  echo "fuzz.sh: afl-fuzz never started fuzzing (no fuzzer_stats in $out/findings)" >&2
  exit 2
fi

total=0
crashes=0
for stats in "$out"/findings/*/fuzzer_stats; do
  echo "${stats%/fuzzer_stats}:"
  grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
  total=$((total + $(grep '^execs_done' "$stats" | awk '{print $3}')))
  crashes=$((crashes + $(grep '^saved_crashes' "$stats" | awk '{print $3}')))
done
echo "executions in all: $total; crashes saved: $crashes"
[ "$crashes" = "0" ] || { echo "afl-fuzz found $crashes crashes: $out/findings/*/crashes" >&2; exit 1; }
