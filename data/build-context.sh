#!/usr/bin/env bash
# Builds data/context/az.azctx, the context model AzNormalize embeds, from the shippable running text of ../shared/data:
# the legal codes of the Republic of Azerbaijan (public domain), TIL's news sentences (MIT), Tatoeba's sentences
# (CC BY 2.0 FR) and tesseract langdata's attested word pairs (Apache-2.0). Nothing is copied: only the counts are written.
#
#   data/build-context.sh            # after data/build-lexicon.sh (layout repair asks the embedded lexicon)
#
# The same inputs and .NET SDK give the same bytes.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${AZNORM_SHARED_DATA:-$repo/../shared/data}"
output="$repo/data/context/az.azctx"
legal="$shared/az-legal-codes/text"
news="$shared/til-xwmt-az/az-en.az"
everyday="$shared/tatoeba-az/tatoeba.aze-eng.aze"
attested="$shared/tesseract-langdata-aze/aze.word.bigrams"
for path in "$legal" "$news" "$everyday" "$attested"; do
  if [ ! -e "$path" ]; then
    echo "$path not found: set AZNORM_SHARED_DATA to the shared data folder" >&2
    exit 3
  fi
done

legal_sha="$(cd "$legal" && find . -name '*.txt' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c 1-16)"
echo "az-legal-codes/text (sha256 of the sorted per-file sha256 list): $legal_sha"
for file in "$news" "$everyday" "$attested"; do
  echo "$(sha256sum "$file" | cut -d ' ' -f 1)  ${file#"$shared"/}"
done
source="legal codes of the Republic of Azerbaijan (official texts, public domain) files-sha256 $legal_sha…; TIL xwmt az-en.az (MIT) sha256 $(sha256sum "$news" | cut -c 1-16)…; Tatoeba (CC BY 2.0 FR) sha256 $(sha256sum "$everyday" | cut -c 1-16)…; tesseract langdata aze.word.bigrams (Apache-2.0) sha256 $(sha256sum "$attested" | cut -c 1-16)…"

dotnet run --project "$repo/tools/AzNormalize.ContextBuilder" -c Release -- \
  --output "$output" --source "$source" --legal "$legal" --sentences "$news" --sentences "$everyday" \
  --attested "$attested" --min-pair "${MIN_PAIR:-2}" --min-word "${MIN_WORD:-2}"

echo "artifact sha256: $(sha256sum "$output" | cut -d ' ' -f 1)"
