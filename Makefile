# Homecoming. `make serve` and `make test` are all a newcomer needs; both install what is missing.
SHELL := /bin/bash
CONTENT ?= content
BASE ?= /
PORT ?= 8080
DIST ?= dist
N ?= 100000
SCALE_N ?= 1000000
OUT ?= target/content-large
FUZZ_RUNS ?= 10000000
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
CLI := target/debug/homecoming
PRERENDER := target/debug/prerender

.PHONY: setup setup-test cli prerender check build serve test test-native test-browser bench bench-directory bench-web bench-scale bench-import fuzz schemas sample content-large fmt lint clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

cli:
	@cargo build --quiet -p homecoming-cli

# The app's pages rendered natively, written into dist/ after the data (src/prerender.rs).
prerender:
	@cargo build --quiet --features prerender --bin prerender

## check: check the content (CONTENT=dir for another folder)
check: cli
	@$(CLI) check $(CONTENT)

## build: release build into dist/ (CONTENT=dir, BASE=/sub/path/)
build: setup cli prerender
	@$(CLI) check $(CONTENT)
	trunk build --release --public-url $(BASE) --dist $(DIST)
	@$(CLI) build $(CONTENT) --dist $(DIST) --base $(BASE)
	@$(PRERENDER) $(DIST) --base $(BASE)
	@$(CLI) seal $(DIST) --base $(BASE)

## serve: build, then serve at http://127.0.0.1:8080
serve: build
	@$(CLI) serve $(DIST) --port $(PORT) --base $(BASE)

## test: everything: native tests, schemas, content check, browser tests
test: setup-test lint test-native check test-browser

test-native: cli
	cargo test --workspace --quiet
	@$(CLI) schema --check
	@N=100000 OUT=target/content-large CLI=$(CLI) scripts/content-large.sh >/dev/null
	HOMECOMING_REALISTIC=target/content-large cargo test --quiet -p homecoming-build --test realistic_search -- --ignored

# The browser tests unlock the sample's alumni-only details: it is sealed under a passphrase
# made for them (a real site's comes from a CI secret, never from the repository).
test-browser: export HOMECOMING_MEMBERS_PASSPHRASE ?= sample lantern harbour rowing bell
test-browser: build
	@scripts/browser-tests.sh

## bench: sizes of the first load
bench: build
	@scripts/sizes.sh $(DIST)

## bench-directory: 100k alumni: our index vs MiniSearch and Pagefind (writes target/bench/directory.json)
bench-directory: build
	@N=$(N) scripts/bench-directory.sh

## bench-web: Lighthouse mobile profile on every route, served with brotli (writes target/bench/web.json)
bench-web: build
	@DIST=$(DIST) scripts/bench-web.sh

## bench-scale: the directory at 1,000,000 realistic alumni (SCALE_N=…), ours alone (writes target/bench/scale-N/)
bench-scale: cli
	@N=$(SCALE_N) scripts/bench-scale.sh

## bench-import: homecoming import of 100,000 realistic alumni from one CSV export, twice
bench-import: cli
	@N=$(N) scripts/bench-import.sh

## fuzz: FUZZ_RUNS (ten million) runs each of the checker, the index reader and queries; 0 panics
fuzz:
	@cargo run --quiet --profile fuzz -p homecoming-fuzz -- all --runs $(FUZZ_RUNS)

schemas: cli
	@$(CLI) schema

sample: cli
	@$(CLI) sample --out content

## content-large: N realistic alumni (Faker, 55 locales) into OUT, and their figures
content-large: cli
	@N=$(N) OUT=$(OUT) CLI=$(CLI) scripts/content-large.sh

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p homecoming-app -- -D warnings
	cargo clippy -p homecoming-app --features prerender --bins --lib -- -D warnings
	@scripts/boundaries.sh

clean:
	rm -rf $(DIST) target
