#!/usr/bin/env bash
# Packs aznorm as a RID-specific .NET tool (.NET SDK 10): `dotnet tool install aznorm` then installs the Native AOT program
# on Linux x64 (a cold start in 30–40 ms) and the framework-dependent tool everywhere else. Three packages go to the
# output folder: aznorm (the pointer), aznorm.linux-x64 (native) and aznorm.any (framework-dependent). Native AOT
# compiles for the machine it runs on: run this on Linux x64, with clang and zlib's headers (apt-get install clang zlib1g-dev).
#
#   src/AzNormalize.Cli/pack-native-tool.sh pkg
#   dotnet tool install --global aznorm --add-source pkg
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 OUTPUT_FOLDER [extra dotnet pack arguments...]" >&2
  exit 2
fi

output=$1
shift
project="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/AzNormalize.Cli.csproj"
"${DOTNET:-dotnet}" pack "$project" -c Release -p:NativeTool=true -o "$output" "$@"
"${DOTNET:-dotnet}" pack "$project" -c Release -p:NativeTool=true -r linux-x64 -o "$output" "$@"
"${DOTNET:-dotnet}" pack "$project" -c Release -p:NativeTool=true -r any -o "$output" "$@"
