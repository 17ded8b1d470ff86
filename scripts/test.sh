#!/usr/bin/env bash
# Runs every check and every test tier; exits non-zero on the first failure.
# Installs what it needs first. Usage: scripts/test.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n=== %s\n' "$*"; }

step "format: cargo fmt --check"
cargo fmt --all --check

step "lint (host): cargo clippy --workspace --all-targets"
cargo clippy --workspace --all-targets -- -D warnings
step "lint (wasm32): cargo clippy --workspace --all-targets --target wasm32-unknown-unknown"
cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
step "lint (wasm32, cut at its seams): cargo clippy --features split --target wasm32-unknown-unknown"
cargo clippy -p att-diligence --lib --features split --target wasm32-unknown-unknown -- -D warnings

step "tier 1, core and the batch reader on the host: cargo test --workspace"
cargo test --workspace

step "tier 2, browser code in headless Chromium: wasm-bindgen-test"
# The runner's timeout (default 20 s) is for the whole suite, not a test: 20 debug-build mounts
# take about 20 s on this 2-core machine. It catches a hang, never measures speed.
WASM_BINDGEN_TEST_TIMEOUT=120 \
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test browser

step "build: node scripts/build.mjs (dist/, including the single-file build)"
node scripts/build.mjs

step "tier 3, end to end in Chromium: node --test tests/e2e"
node --test --test-concurrency=1 tests/e2e/

step "tier 4, the journeys in Chromium, Firefox ESR and WebKit: node --test tests/engines"
# WebKit's MiniBrowser needs a display: Xvfb. A journey that hangs fails after 5 minutes (and
# each WebDriver command to WebKit after 90 s) rather than holding the run.
ATT_ENGINES=chromium,firefox,webkit xvfb-run -a -s "-screen 0 1280x1024x24" \
  node --test --test-concurrency=1 --test-timeout=300000 tests/engines/

step "all checks and test tiers passed"
