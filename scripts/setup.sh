#!/usr/bin/env bash
# Installs what figcheck's build and tests need on a fresh Debian machine, and
# returns at once when everything is already there. Usage: scripts/setup.sh [build|test]
#   build: Rust wasm32 target, wasm-bindgen CLI (exact crate version), wasm-pack, npm packages
#   test:  the same, plus Debian's chromium and chromium-driver for browser tests, Java 17 for
#          Spark, and a Python venv (target/py) with python/requirements-dev.txt
set -euo pipefail
what=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen's CLI must be the exact version of the crate that Cargo.lock pins.
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock 2>/dev/null || true)
[ -n "$want" ] || want=$(grep -o 'wasm-bindgen = "=[0-9.]*"' Cargo.toml | grep -o '[0-9][0-9.]*')
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}')"
  cargo install wasm-bindgen-cli --version "$want" --locked 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "$want" --force
fi
if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack"
  cargo install wasm-pack
fi
# Debian's wasm-opt (binaryen 108) writes broken modules; wasm-pack would pick it up.
if [ -x /usr/bin/wasm-opt ] && /usr/bin/wasm-opt --version 2>/dev/null | grep -q 'version 10[0-9]'; then
  say "warning: /usr/bin/wasm-opt is Debian's binaryen 108, which breaks modules; the build does not use it"
fi

if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
  fi
fi

if [ "$what" = test ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || missing+=(fonts-wqy-microhei)
  # Spark 4 runs on Java 17 or later; the venv needs Debian's venv module.
  java -version 2>&1 | grep -Eq 'version "(1[7-9]|2[0-9])' || missing+=(openjdk-17-jre-headless)
  python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The Python binding's and the Spark example's tests: a venv with maturin, pytest, pyspark,
  # pyarrow and pandas from PyPI, installed again only when the requirements change.
  py=target/py
  if [ ! -x "$py/bin/python" ] || [ ! -f "$py/.installed" ] || [ python/requirements-dev.txt -nt "$py/.installed" ]; then
    say "installing the Python test venv ($py)"
    [ -x "$py/bin/python" ] || python3 -m venv "$py"
    "$py/bin/pip" install -q --disable-pip-version-check -r python/requirements-dev.txt
    touch "$py/.installed"
  fi
  # Firefox is driven through geckodriver (Debian 12 has no package for it).
  if ! command -v geckodriver >/dev/null 2>&1; then
    say "installing geckodriver"
    cargo install geckodriver --locked 2>/dev/null || cargo install geckodriver
  fi
fi
