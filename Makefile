# Two entry points for a fresh Debian 12 machine with Python 3.11:
#   make run   - set up and start the bench (embedded SQLite, demo data offered on first start)
#   make test  - set up (Debian packages included) and run the whole test suite
#   make test-clocks - the whole suite again under shifted clocks and time zones (CLOCKS picks the moments)
#   make dist  - the wheel and sdist, and the Debian packages inspector-bench and inspector-hub, into dist/
#   make deb-check - (root) installs dist/'s .deb files with apt, starts them from the installed files, purges them
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Runtime libraries Qt needs on a bare Debian, plus the tools the tests use as independent readers. libdrm2 is
# for Qt Multimedia's FFmpeg plugin (the bench camera); it also comes with mesa, named here so it stays.
APT_RUNTIME := libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-shape0 libpulse0 libpulse-mainloop-glib0 libdrm2 fonts-dejavu-core
APT_DIST    := dh-virtualenv debhelper dpkg-dev python3-venv build-essential
APT_TEST    := xvfb xdotool imagemagick poppler-utils zbar-tools postgresql faketime desktop-file-utils

.PHONY: run test test-clocks bench setup apt-runtime apt-test services dist deb-check clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || bash .ci/apt-install.sh python3-venv python3-pip
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test]' --config-settings editable_mode=compat  # a .pth path entry: no import hook at start-up
	touch $@

setup: $(VENV)/.installed
	$(PY) -m ui.common.catalogues   # the window's .qm catalogues, built from resources/translations/*.ts

apt-runtime:
	@bash .ci/apt-install.sh $(APT_RUNTIME)

apt-test: apt-runtime
	@bash .ci/apt-install.sh $(APT_TEST)

# The real services the tests print and sync through: CUPS with its PDF printer, and PostgreSQL for the hub.
services:
	$(SUDO) bash .ci/cups-setup.sh
	$(SUDO) bash .ci/postgres-setup.sh

run: apt-runtime setup
	$(PY) main.py $(ARGS)

test: apt-test setup services
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Month and year ends, 29 February, daylight-saving nights, UTC+14 and UTC-12 at midnight: tests/shifted_clocks.sh
# lists them; CLOCKS="2028-02-29T23:59:30@UTC ..." runs only those.
test-clocks: apt-test setup services
	PYTEST_ARGS="$(PYTEST_ARGS)" bash tests/shifted_clocks.sh $(CLOCKS)

bench: apt-test setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks $(BENCH_ARGS)

# The wheel carries resources/ with the .qm catalogues `setup` builds. debian/rules puts it into a virtualenv per
# package, made with Debian's python3; the .deb files are written to dist/, the build trees in debian/ removed after.
dist: setup
	@bash .ci/apt-install.sh $(APT_DIST)
	rm -rf dist build
	$(PIP) install -q build
	$(PY) -m build -o dist .
	rm -rf build
	dpkg-buildpackage --build=binary --no-sign --post-clean --buildinfo-file=dist/return-inspector.buildinfo \
	    --changes-file=dist/return-inspector.changes --buildinfo-option=-udist --changes-option=-udist
	@ls -l dist

deb-check:
	$(SUDO) bash .ci/deb-check.sh

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis dist build
