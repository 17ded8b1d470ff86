#!/usr/bin/env bash
# Refreshes the pictures the user guides show (docs/images/): builds dist/, then walks each
# guide's steps (tests/e2e/guides.test.mjs) writing its pictures into docs/images/ instead of
# tests/e2e/artifacts/guides/. Review the changed pictures with `git diff --stat docs/images`
# and commit the ones that should change. Usage: scripts/refresh-images.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
node scripts/build.mjs
ATT_REFRESH_IMAGES=1 node --test --test-concurrency=1 tests/e2e/guides.test.mjs
