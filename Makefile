# figcheck — one entry point for developers and CI (README.md, "The two commands").
#   make build   wasm package, CLI, unpacked extension (extension/, its scripts bundled from extension/src/) and demo (www/)
#   make demo    build, then serve the demo on http://127.0.0.1:$(PORT)
#   make test    every test: Rust, wasm (Node + headless Chromium), extension and demo end to end
#   make bench   the benchmark tables: native, wasm under Node and in Chromium, the extension on a page,
#                the CLI's pairs, the Python binding and Spark against the CLI (benches/frontends.py),
#                then one table of their key figures against the performance targets, and
#                docs/benchmarks.md written from them all
#                (setup-test: the browser benchmarks need Chromium)
#   make realnews the extension as a reader meets it on real news (../shared/realnews, 930 pages,
#                16 languages): red marks a page and planted slips caught, in Chromium and by the CLI
#                (benches/realnews.mjs; ARGS="--pages 30 --slips 10 -v" for a quick look)
# Each target installs what it needs (scripts/setup.sh) and is quick when it is there.

PORT ?= 8080
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_PACK_FLAGS := --target web --release --out-dir pkg --out-name figcheck --no-pack

.PHONY: build setup setup-test wasm cli js extension www demo test test-rust test-wasm test-js test-python test-spark python lint accept bench realnews zip clean

build: setup wasm cli extension www

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

wasm: setup
	wasm-pack build $(WASM_PACK_FLAGS) --no-default-features
	@rm -f pkg/.gitignore
	@node scripts/npm-package.mjs

cli:
	cargo build --release --bin figcheck

# The extension's scripts, bundled from extension/src/ by esbuild, and js/lib/ copied for the demo (www/lib/).
js: setup
	node scripts/build-js.mjs

extension: wasm js
	@mkdir -p extension/wasm
	cp pkg/figcheck.js pkg/figcheck_bg.wasm pkg/figcheck.d.ts extension/wasm/
	rm -rf extension/wasm/snippets && cp -r pkg/snippets extension/wasm/

www: wasm js
	@mkdir -p www/pkg
	cp pkg/figcheck.js pkg/figcheck_bg.wasm pkg/figcheck.d.ts www/pkg/
	rm -rf www/pkg/snippets && cp -r pkg/snippets www/pkg/

demo: build
	@echo "figcheck demo on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

test: setup-test build
	$(MAKE) --no-print-directory test-rust test-wasm test-js test-python test-spark lint accept

test-rust:
	cargo fmt --check
	cargo test --release
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings

test-wasm:
	wasm-pack test --node --release --no-default-features --test web
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome --release --no-default-features --test web

test-js:
	node_modules/.bin/tsc -p tsconfig.json
	node scripts/build-js.mjs --check
	node --test tests/js/

# The Python binding (python/): its wheel built and installed into the test venv (target/py,
# made by scripts/setup.sh test), then its tests; they compare with the CLI's output.
PY := target/py/bin/python
python:
	rm -rf target/wheels/python
	VIRTUAL_ENV=$(CURDIR)/target/py target/py/bin/maturin build --release --quiet -m python/Cargo.toml -o target/wheels/python
	target/py/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/python/figcheck-*.whl

test-python: cli python
	cargo fmt --manifest-path python/Cargo.toml --check
	cargo clippy --release --manifest-path python/Cargo.toml --all-targets -- -D warnings
	cargo test --release --manifest-path python/Cargo.toml
	FIGCHECK_CLI=$(CURDIR)/target/release/figcheck $(PY) -m pytest -q python/tests

# The Spark example (examples/spark/) in local mode, its findings against the CLI's.
test-spark: cli python
	PYSPARK_PYTHON=$(CURDIR)/$(PY) FIGCHECK_CLI=$(CURDIR)/target/release/figcheck $(PY) -m pytest -q -p no:cacheprovider examples/spark

lint:
	node scripts/lint-no-html.mjs

accept: cli
	if [ -x ../shared/accept/run ]; then bash ../shared/accept/run; else echo "accept: ../shared/accept not found, skipped"; fi

# Each benchmark's table is kept beside its key figures (target/bench-results/NAME.txt);
# the summary writes docs/benchmarks.md from them: that page is never edited by hand.
# make realnews's figures (realnews.*) are kept across make bench, shown with their own date.
BENCH_OUT := target/bench-results
bench: setup-test build
	mkdir -p $(BENCH_OUT) && find $(BENCH_OUT) -mindepth 1 -maxdepth 1 ! -name 'realnews.*' -exec rm -rf {} +
	set -o pipefail; cargo bench --bench extract | tee $(BENCH_OUT)/native.txt
	set -o pipefail; node benches/wasm-node.mjs | tee $(BENCH_OUT)/node.txt
	set -o pipefail; scripts/node-lts.sh benches/wasm-node.mjs --as node-lts | tee $(BENCH_OUT)/node-lts.txt
	set -o pipefail; node benches/fresh-engine.mjs | tee $(BENCH_OUT)/fresh-engine.txt
	set -o pipefail; node benches/wasm-browser.mjs | tee $(BENCH_OUT)/browser.txt
	set -o pipefail; node benches/extension-page.mjs | tee $(BENCH_OUT)/extension.txt
	$(MAKE) --no-print-directory python
	set -o pipefail; PYSPARK_PYTHON=$(CURDIR)/$(PY) FIGCHECK_CLI=$(CURDIR)/target/release/figcheck $(PY) benches/frontends.py | tee $(BENCH_OUT)/frontends.txt
	node benches/summary.mjs --write docs/benchmarks.md

realnews: setup-test build
	@mkdir -p $(BENCH_OUT)
	set -o pipefail; node benches/realnews.mjs $(ARGS) | tee $(BENCH_OUT)/realnews.txt

zip: extension
	scripts/pack-extension.sh

clean:
	cargo clean
	rm -rf pkg extension/wasm www/pkg target/ext-zips
