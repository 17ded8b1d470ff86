#!/usr/bin/env bash
# Runs a committed benchmark against a fresh release build: scripts/bench.sh programme
# (or screening, size, storage, module-switch, paint-gap: the files in bench/).
# Benchmarks report figures; they never pass or fail on a timing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
node scripts/build.mjs
node "bench/${1:?usage: scripts/bench.sh NAME (a file in bench/)}.mjs"
