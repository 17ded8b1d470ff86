#!/usr/bin/env bash
# Builds the widget and serves the standalone page on http://127.0.0.1:8080/ (rebuilding on
# change). Installs what it needs first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve --release --offline
