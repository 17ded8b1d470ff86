#!/usr/bin/env bash
# Builds the widget and serves it on http://127.0.0.1:8080/ (the standalone page) and
# /embed.html (the embedding demo), under the strict CSP. Installs what it needs first.
# After a change, stop it and run it again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
node scripts/build.mjs
exec node scripts/serve.mjs "${PORT:-8080}"
