#!/usr/bin/env bash
# Refreshes the committed pictures: the ones the user guides show (docs/images/, walking each
# guide's steps: tests/e2e/guides.test.mjs) and the screens of the changed views at three widths
# in three languages (docs/images/screens/, shown by docs/screens.md: tests/e2e/screens.test.mjs).
# The test command writes the same pictures to tests/e2e/artifacts/ (ignored) instead. Builds
# dist/ first. Review the changed pictures with `git diff --stat docs/images` and commit the
# ones that should change. Usage: scripts/refresh-images.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
node scripts/build.mjs
ATT_REFRESH_IMAGES=1 node --test --test-concurrency=1 tests/e2e/guides.test.mjs
ATT_REFRESH_IMAGES=1 node --test --test-concurrency=1 tests/e2e/screens.test.mjs
