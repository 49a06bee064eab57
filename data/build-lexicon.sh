#!/usr/bin/env bash
# Builds data/lexicon/az.azlex, the only data AzNormalize embeds, from Debian's tesseract-ocr-aze (Apache-2.0).
#
#   data/build-lexicon.sh            # as root on Debian 12 (installs tesseract-ocr and tesseract-ocr-aze if missing)
#
# Steps: install the packages; unpack aze.traineddata with combine_tessdata; extract the word DAWG with
# dawg2wordlist (the LSTM DAWG needs the LSTM unicharset); clean the list with tools/AzNormalize.LexiconBuilder
# (rules and counts: data/README.md), merging the shippable lists of ../shared/data (LocalDoc counts, AzeLexicon headwords,
# tesseract langdata ranks); write the artifact. The raw list is a build intermediate under artifacts/lexicon/ (gitignored)
# and is never committed, nor is anything read from ../shared/data.
# The same package versions and .NET SDK give the same artifact, byte for byte.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/artifacts/lexicon"
output="$repo/data/lexicon/az.azlex"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for package in tesseract-ocr tesseract-ocr-aze; do
  installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
    apt-get update
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

traineddata="$(ls /usr/share/tesseract-ocr/*/tessdata/aze.traineddata 2>/dev/null | head -n 1 || true)"
if [ -z "$traineddata" ]; then
  echo "aze.traineddata not found under /usr/share/tesseract-ocr/*/tessdata/" >&2
  exit 3
fi

aze_version="$(dpkg-query -W -f='${Version}' tesseract-ocr-aze)"
tesseract_version="$(dpkg-query -W -f='${Version}' tesseract-ocr)"
aze_sha256="$(sha256sum "$traineddata" | cut -d ' ' -f 1)"

rm -rf "$work"
mkdir -p "$work"
cp "$traineddata" "$work/aze.traineddata"
echo "components of $traineddata:"
combine_tessdata -d "$work/aze.traineddata" 2>&1 | sed 's/^/  /'
combine_tessdata -u "$work/aze.traineddata" "$work/aze." >"$work/combine_tessdata.log" 2>&1

# tesseract 4 models carry an LSTM word DAWG (read with the LSTM unicharset); legacy models a word DAWG.
if [ -f "$work/aze.lstm-word-dawg" ]; then
  dawg="$work/aze.lstm-word-dawg"; unicharset="$work/aze.lstm-unicharset"
elif [ -f "$work/aze.word-dawg" ]; then
  dawg="$work/aze.word-dawg"; unicharset="$work/aze.unicharset"
else
  echo "aze.traineddata holds no word DAWG" >&2
  exit 3
fi
dawg2wordlist "$unicharset" "$dawg" "$work/aze.raw-words.txt" >"$work/dawg2wordlist.log" 2>&1

source="Debian tesseract-ocr-aze $aze_version (Apache-2.0), aze.traineddata sha256 $aze_sha256, $(basename "$dawg" | sed 's/^aze\.//') extracted by dawg2wordlist from tesseract-ocr $tesseract_version"
echo "source: $source"
echo "raw words: $(wc -l <"$work/aze.raw-words.txt") in $work/aze.raw-words.txt"

# The shippable sets of ../shared/data (data/README.md): LocalDoc's counts (MIT), AzeLexicon's headwords (MIT) and
# tesseract langdata's frequency-ordered list (Apache-2.0). Read here, never copied: only the artifact is committed.
shared="${AZNORM_SHARED_DATA:-$repo/../shared/data}"
counts="$shared/localdoc-symspell-az/frequency_dictionary_az_80k.txt"
headwords="$shared/azelexicon/words.txt"
ranks="$shared/tesseract-langdata-aze/aze.wordlist"
for file in "$counts" "$headwords" "$ranks"; do
  if [ ! -f "$file" ]; then
    echo "$file not found: set AZNORM_SHARED_DATA to the shared data folder" >&2
    exit 3
  fi
  echo "$(sha256sum "$file" | cut -d ' ' -f 1)  ${file#"$shared"/}"
done
source="$source; + LocalDoc SymSpell-Azerbaijani 80k counts (MIT) sha256 $(sha256sum "$counts" | cut -c 1-16)…, AzeLexicon headwords (MIT) sha256 $(sha256sum "$headwords" | cut -c 1-16)…, tesseract langdata aze.wordlist ranks (Apache-2.0) sha256 $(sha256sum "$ranks" | cut -c 1-16)…"

dotnet run --project "$repo/tools/AzNormalize.LexiconBuilder" -c Release -- \
  --input "$work/aze.raw-words.txt" --output "$output" --source "$source" \
  --counts "$counts" --headwords "$headwords" --ranks "$ranks"

echo "artifact sha256: $(sha256sum "$output" | cut -d ' ' -f 1)"
