#!/usr/bin/env bash
# Packs extension/ into one zip per browser in target/ext-zips/:
#   figcheck-chrome-VERSION.zip   background as a service worker only
#   figcheck-firefox-VERSION.zip  background as module scripts (event page) only
# The source tree keeps both keys so that it loads unpacked in either browser;
# each zip drops the key its browser would warn about. The scripts' sources (src/) stay out:
# the zips hold the scripts make extension bundled from them. Run `make extension` first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext="$root/extension"
out="$root/target/ext-zips"
for f in wasm/figcheck.js wasm/figcheck_bg.wasm wasm/snippets manifest.json background.js content.js wake.js popup.js options.js; do
  [ -e "$ext/$f" ] || { echo "pack-extension: extension/$f is missing; run 'make extension' first" >&2; exit 2; }
done
mkdir -p "$out"
python3 - "$ext" "$out" <<'PY'
import json, os, sys, zipfile
ext, out = sys.argv[1], sys.argv[2]
base = json.load(open(os.path.join(ext, "manifest.json"), encoding="utf-8"))
skip = {os.path.join("icons", "make-icons.mjs"), "README.md"}
files = []
for d, dirs, names in os.walk(ext):
    dirs[:] = sorted(x for x in dirs if not x.startswith(".") and not (d == ext and x == "src"))
    for n in sorted(names):
        rel = os.path.relpath(os.path.join(d, n), ext)
        if n.startswith(".") or rel in skip or rel == "manifest.json" or rel.endswith(".d.ts"):
            continue
        files.append(rel)
for browser in ("chrome", "firefox"):
    m = json.loads(json.dumps(base))
    if browser == "chrome":
        m["background"].pop("scripts", None)
        m.pop("browser_specific_settings", None)
    else:
        m["background"].pop("service_worker", None)
    path = os.path.join(out, f"figcheck-{browser}-{m['version']}.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("manifest.json", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, json.dumps(m, indent=2, ensure_ascii=False) + "\n")
        for rel in files:
            info = zipfile.ZipInfo(rel.replace(os.sep, "/"), date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(ext, rel), "rb") as f:
                z.writestr(info, f.read())
    print(f"pack-extension: {os.path.relpath(path)} ({len(files) + 1} files)")
PY
