# Vista: the two commands a newcomer needs are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site

.PHONY: all deps build release site serve test unit clean standards screenshots bench print-check

all: site

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product vista

site: release
	.build/release/vista build --content $(CONTENT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html in a browser, or publish $(OUTPUT)/ to a web server."

serve: release
	.build/release/vista serve --content $(CONTENT)

# The whole test suite: the Swift tests, then the standards checks of built sites.
test: deps unit standards publish-ssh print-check

# The Swift tests only.
unit: deps
	$(SWIFT) test

# Standards: the example site built under a sub-path, checked with the Nu HTML Checker,
# nginx + LinkChecker and axe-core in headless Chromium (scripts/standards/README.md).
STANDARDS_SITE ?= .build/standards-site
BASE_PATH ?= /proposals/demo/
VISTA ?= .build/debug/vista

standards: build
	$(VISTA) build --content $(CONTENT) --output $(STANDARDS_SITE) --base-url $(BASE_PATH)
	scripts/standards/run.sh $(STANDARDS_SITE) $(BASE_PATH)
	$(VISTA) build --content Tests/VistaSiteTests/Fixtures/harbor --output $(STANDARDS_SITE)-harbor --base-url /intranet/harbor/
	scripts/standards/run.sh $(STANDARDS_SITE)-harbor /intranet/harbor/

# Print (scripts/print/run.sh): every example proposal printed to A4 by `vista export`, its page count
# printed and checked (reporting-task-force ≤ 4, others ≤ 3); the headline saving found in the PDF;
# the one-file HTML export opened alone in headless Chromium.
print-check: build
	scripts/print/run.sh $(VISTA) $(CONTENT)

# PNGs of the main pages at 1280 and 390 px and a printed proposal, into Screenshots/.
screenshots: build
	$(VISTA) build --content $(CONTENT) --output $(STANDARDS_SITE) --base-url $(BASE_PATH)
	scripts/screenshots/run.sh $(STANDARDS_SITE) Screenshots

# The benchmark: a 10,000-page synthetic site built by vista and by Hugo, side by side.
bench: release
	@scripts/install-deps.sh hugo time
	scripts/bench/run.sh .build/release/vista

clean:
	rm -rf .build $(OUTPUT)

# Reliability (docs/PUBLISHING.md, Fuzz/): the documented nginx example served from a site that
# `vista publish` placed, and the libFuzzer targets, each for FUZZ_SECONDS (fuzz-ci: 10 s each).
.PHONY: publish-check fuzz fuzz-ci
FUZZ_SECONDS ?= 60

publish-check: build
	scripts/publish/check-nginx-example.sh $(VISTA)

fuzz: deps
	scripts/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-ci: deps
	scripts/fuzz/run.sh 10

# Publishing over SSH (docs/PUBLISHING.md): a real sshd on a loopback port with keys made for the
# test, nginx serving the remote folder; first publish, a publish while pages are read, rollback,
# uploads stopped half-way, two publishes at once. At most 10 minutes.
.PHONY: publish-ssh
publish-ssh: build
	timeout 600 scripts/publish/check-ssh.sh $(VISTA)


# The .xlsx workbooks and SQLite databases of the tests and the example, written by openpyxl and
# Python's sqlite3 (Tests/VistaContentTests/Fixtures/xlsx/make-workbooks.py). Commit what it writes.
.PHONY: data-fixtures
data-fixtures:
	@scripts/install-deps.sh python3-openpyxl
	/usr/bin/python3 Tests/VistaContentTests/Fixtures/xlsx/make-workbooks.py Tests/VistaContentTests/Fixtures/xlsx Content/metrics
	for case in xlsx-missing-sheet xlsx-bad-range; do cp Tests/VistaContentTests/Fixtures/xlsx/hours.xlsx Tests/VistaSiteTests/Fixtures/broken/$$case/metrics/report-hours.xlsx; done
	cp Tests/VistaContentTests/Fixtures/xlsx/bad-cell.xlsx Tests/VistaSiteTests/Fixtures/broken/xlsx-text-where-a-number-belongs/metrics/report-hours.xlsx
	for case in sqlite-write-statement sqlite-bad-query; do cp Tests/VistaContentTests/Fixtures/xlsx/ops.sqlite Tests/VistaSiteTests/Fixtures/broken/$$case/metrics/report-hours.sqlite; done
