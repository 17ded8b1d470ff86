#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there.
# Sourced by serve.sh and test.sh (it also extends PATH), or run on its own.
# Versions are pinned in Cargo.lock and package-lock.json, nowhere else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 2 minutes)"
  # No --locked: the registry mirror may lack a locked transitive version.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# npm packages from the committed lockfile: playwright-core, puppeteer-core, selenium-webdriver,
# binaryen (wasm-opt 132), esbuild. No package downloads a browser (Debian's are used).
STAMP="$ROOT/node_modules/.att-lock-stamp"
if [ ! -f "$STAMP" ] || ! cmp -s "$ROOT/package-lock.json" "$STAMP"; then
  say "installing npm packages from package-lock.json"
  (cd "$ROOT" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp "$ROOT/package-lock.json" "$STAMP"
fi

# Debian's Chromium and ChromeDriver for the browser tests (never a downloaded browser).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

# The other two engines for the cross-engine journeys (tests/engines/): Debian's Firefox ESR
# (driven by puppeteer-core over WebDriver BiDi), and WebKitGTK's MiniBrowser (it comes with
# libwebkit2gtk-4.1-0) driven by WebKitWebDriver, under Xvfb (MiniBrowser needs a display).
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x "$MINIBROWSER" ] \
  || ! command -v xvfb-run >/dev/null; then
  say "installing Debian firefox-esr, webkit2gtk-driver, libwebkit2gtk-4.1-0 and xvfb"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth
fi

# Fonts for the screenshots the tests take: Chinese glyphs (Arabic, Cyrillic and Latin come with
# Chromium's default fonts). Without them the text is still right, but shows as boxes.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  say "installing Debian fonts-noto-cjk"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk
fi
