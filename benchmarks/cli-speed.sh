#!/usr/bin/env bash
# Whole runs of aznorm for docs/benchmarks.md ("Speed: whole runs of aznorm"): the cold start on a one-line input, how time
# grows with input size (1 KB to 100 MB) for fix and check, and --jobs 1 against --jobs 2 on a folder of small files
# (with the outputs compared). Wall time and peak resident memory from GNU time. The inputs are built from the speed
# suite's texts (news and noisy, read from ../shared at run time, never committed), repeated to size.
#
# usage: benchmarks/cli-speed.sh [AZNORM...]   default: dotnet src/AzNormalize.Cli/bin/Release/net10.0/aznorm.dll
#        (build first: dotnet build -c Release; for the native build, pass the published binary's path)
#        AZNORM_SPEED_SECTIONS="cold size jobs" (the default) picks sections; AZNORM_SPEED_WORK a work folder to keep.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ $# -gt 0 ]; then aznorm=("$@"); else aznorm=(dotnet src/AzNormalize.Cli/bin/Release/net10.0/aznorm.dll); fi
if [ -n "${AZNORM_SPEED_WORK:-}" ]; then
  work="$AZNORM_SPEED_WORK"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
dotnet benchmarks/AzNormalize.Benchmarks/bin/Release/net10.0/AzNormalize.Benchmarks.dll --write-speed-texts "$work/texts" >/dev/null
cat "$work/texts/news.txt" "$work/texts/noisy.txt" > "$work/mixed.txt"

timed() { # prints "seconds KB" of one run of the command, its output thrown away; stops on an exit code other than 0 or 1
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "cli-speed.sh: '$*' exited with $status: $(head -c 300 "$work/stderr")" >&2
    exit 1
  fi
  tail -1 "$work/time"
}

sections=" ${AZNORM_SPEED_SECTIONS:-cold size jobs} "

if [[ "$sections" == *" cold "* ]]; then
echo "## cold start (one line, eleven runs each: milliseconds of wall time, peak KB; then the medians)"
echo 'Bu gün bölmә açıldı.' > "$work/line.txt"
echo 'Bu gun Azerbaycan prezidenti yeni qerar imzaladi ve bildirdi ki her sey yaxsi olacaq.' > "$work/ascii-line.txt"
for run in "fix line" "check line" "fix ascii-line"; do
  set -- $run
  times=(); peaks=()
  for i in $(seq 1 11); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/time" "${aznorm[@]}" "$1" "$work/$2.txt" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 ))); peaks+=("$(tail -1 "$work/time")")
  done
  echo "$1 $2.txt: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p) ms, peak $(printf '%s\n' "${peaks[@]}" | sort -n | sed -n 6p) KB"
done
fi

if [[ "$sections" == *" size "* ]]; then
echo "## size (seconds, peak KB)"
echo "| input | bytes | fix | fix peak | check | check peak |"
echo "|---|---:|---:|---:|---:|---:|"
for size in 1000 10000 100000 1000000 10000000 100000000; do
  file="$work/size-$size.txt"
  : > "$file"
  while [ "$(stat -c %s "$file")" -lt "$size" ]; do cat "$work/mixed.txt" >> "$file"; done
  truncate -s "$size" "$file"
  # A cut may split a UTF-8 sequence at the end: drop the broken tail (iconv -c writes the rest, and exits 1 for it), so
  # every input is valid text.
  iconv -c -f UTF-8 -t UTF-8 "$file" > "$file.ok" || true
  mv "$file.ok" "$file"
  runs=3; [ "$size" -ge 100000000 ] && runs=1
  fix=(); check=()
  for i in $(seq 1 $runs); do
    fix+=("$(timed "${aznorm[@]}" fix "$file")")
    check+=("$(timed "${aznorm[@]}" check "$file")")
  done
  # medians of the runs
  f=$(printf '%s\n' "${fix[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  c=$(printf '%s\n' "${check[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  # (the peak memory shown is that of the run with the median time)
  echo "| ${size} B | $(stat -c %s "$file") | ${f% *} s | ${f#* } KB | ${c% *} s | ${c#* } KB |"
done

fi

if [[ "$sections" == *" jobs "* ]]; then
echo "## --jobs on a folder of small files"
folder="$work/small"
rm -rf "$folder"; mkdir -p "$folder"
# About 1,000 files of about 2 KB: the mixed text four times over, cut at line ends
for i in 1 2 3 4; do cat "$work/mixed.txt"; done | awk -v dir="$folder" 'BEGIN { n = 0; size = 0; file = sprintf("%s/%04d.txt", dir, n) }
  { print > file; size += length($0) + 1; if (size > 2000) { close(file); n++; size = 0; file = sprintf("%s/%04d.txt", dir, n) } }
  END { close(file) }'
echo "files: $(ls "$folder" | wc -l), bytes: $(du -sb "$folder" | cut -f1)"
for round in 1 2 3; do
  for jobs in 1 2; do
    /usr/bin/time -f "%e %M" -o "$work/time" "${aznorm[@]}" fix "$folder" --jobs "$jobs" > "$work/out-$jobs.txt" 2>"$work/stderr" || true
    printf 'jobs %s: %s\n' "$jobs" "$(tail -1 "$work/time")"
  done
done
cmp -s "$work/out-1.txt" "$work/out-2.txt" && echo "stdout of --jobs 1 and --jobs 2: identical ($(stat -c %s "$work/out-1.txt") bytes)" || echo "stdout of --jobs 1 and --jobs 2 DIFFER"
fi
