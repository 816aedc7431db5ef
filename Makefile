# The front door: `make demo` and `make test` set up everything they need on a fresh Debian 12 machine.

SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
# QGIS from Debian, plus qgis_process (package qgis) for the Processing tests and the demo;
# python3-cryptography issues the tests' throw-away certificates (tests/network_helpers.py).
SYSTEM_PACKAGES := python3-qgis qgis-providers qgis xvfb python3-venv python3-cryptography
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
PLUGIN_NAME := GemeindescanUploader

# Headless Qt everywhere; QGIS wants a private runtime dir.
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: setup system test lint lint-code lint-format vendor package serve demo bench clean fidelity

setup: $(VENV)/.installed

# dpkg answers in milliseconds, so a set-up machine skips apt entirely.
system:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Installing QGIS from Debian ($(SYSTEM_PACKAGES))"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; }

$(VENV)/.installed: requirements-dev.txt | system
	@mkdir -p -m 700 $(XDG_RUNTIME_DIR)
	@test -x $(PYTHON) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

test: setup
	$(PYTHON) -m pytest $(PYTEST_ARGS)

# `make lint` is both: the code rules, and the layout `ruff format` gives (checked, never rewritten here).
lint: lint-code lint-format

lint-code: setup
	$(VENV)/bin/ruff check .

lint-format: setup
	$(VENV)/bin/ruff format --check .

# Rebuild gemeindescan_uploader/_vendor exactly from requirements-vendor.txt.
vendor: setup
	$(PYTHON) scripts/vendor.py

# The zip a user installs with "Install from ZIP".
package: setup
	$(PYTHON) scripts/package.py --name $(PLUGIN_NAME) --output dist

clean:
	rm -rf dist build .qgis-settings .pytest_cache demo-output bench-output

# The local Gemeindescan server in the foreground (Ctrl+C stops it); its data stays in $(SERVE_DATA).
SERVE_PORT ?= 8765
SERVE_DATA ?= .local-server
serve: setup
	$(PYTHON) tests/gemeindescan_server/run.py --port $(SERVE_PORT) --data-dir $(SERVE_DATA) --human

# The whole job end to end, headless, against a local Gemeindescan server: sample project, preview,
# export, publish, update, read back. Everything it makes stays in demo-output/.
demo: setup
	$(PYTHON) scripts/demo.py --output demo-output

# Exporter speed and memory against QgsVectorFileWriter (GeoJSON), layers cached in bench-output/.
bench: setup
	$(PYTHON) bench/bench_export.py $(BENCH_ARGS)

# Optional, not in CI (it needs Chromium): how alike the web viewer and QGIS draw the cases of
# tests/fidelity/ (the harness in ../shared/fidelity; JS libraries and outputs stay in FIDELITY_HOME).
FIDELITY_TOOL ?= ../shared/fidelity
FIDELITY_HOME ?= $(HOME)/.cache/gemeindescan-fidelity
FIDELITY_SYSTEM := chromium fonts-dejavu-core
FIDELITY_NPM := mapbox.js@3.3.1 @mapbox/geo-viewport@0.4.1 playwright-core
fidelity: setup
	@dpkg -s $(FIDELITY_SYSTEM) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(FIDELITY_SYSTEM) >/dev/null; }
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends npm >/dev/null; }
	@mkdir -p $(FIDELITY_HOME)
	@test -d $(FIDELITY_HOME)/node_modules/mapbox.js || { cd $(FIDELITY_HOME) && \
	  { test -f package.json || echo '{"name":"fidelity-harness-deps","private":true,"version":"0.0.0"}' > package.json; } && \
	  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund $(FIDELITY_NPM); }
	$(PYTHON) tests/fidelity/build_cases.py $(FIDELITY_HOME)/cases >/dev/null
	$(PYTHON) tests/fidelity/export_cases.py $(FIDELITY_HOME)/cases $(FIDELITY_HOME)/snapshots
	cd $(FIDELITY_TOOL) && FIDELITY_HOME=$(FIDELITY_HOME) FIDELITY_NODE_MODULES=$(FIDELITY_HOME)/node_modules \
	  /usr/bin/python3 run.py --cases-dir $(FIDELITY_HOME)/cases --candidate-dir $(FIDELITY_HOME)/snapshots $(FIDELITY_ARGS)
