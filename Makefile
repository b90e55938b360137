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
test: deps unit standards publish-ssh print-check slides

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

# Release packages (README, "Install"): one static release build in $(DIST_BUILD), reused by both.
# dist: dist/vista-VERSION-linux-x86_64.tar.gz; deb: dist/vista_VERSION_amd64.deb. The checks run
# the tarball's binary with Swift and cmark-gfm hidden, and install and remove the package.
VERSION = $(shell sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/VistaCLI/VistaVersion.swift)
DIST_BUILD ?= .build/dist
.PHONY: static-release dist deb dist-check deb-check

static-release: deps
	@scripts/install-deps.sh binutils dpkg-dev
	scripts/dist/static-build.sh $(DIST_BUILD)

dist: static-release
	scripts/dist/tarball.sh $(DIST_BUILD) $(VERSION)

deb: static-release
	scripts/dist/deb.sh $(DIST_BUILD) $(VERSION)

dist-check: dist
	timeout 600 scripts/dist/check-tarball.sh dist/vista-$(VERSION)-linux-x86_64.tar.gz $(VERSION)

deb-check: deb
	timeout 600 scripts/dist/check-deb.sh dist/vista_$(VERSION)_amd64.deb $(VERSION)

# Slides (docs/CONTENT.md, "Slides and speaker notes"): every deck of the example stepped through
# with the keyboard in headless Chromium at 1280x720 and 1920x1080 (no overflow, no text under
# 18 px), and the speaker notes in no file of the site but in the presenter view of `vista serve`.
.PHONY: slides
SLIDES_SITE ?= .build/slides-site

slides: build
	$(VISTA) build --content $(CONTENT) --output $(SLIDES_SITE) --base-url $(BASE_PATH)
	scripts/slides/run.sh $(SLIDES_SITE) $(BASE_PATH)
	scripts/slides/check-notes.sh $(VISTA) $(CONTENT)


# The .xlsx workbooks and SQLite databases of the tests and the example, written by openpyxl and
# Python's sqlite3 (Tests/VistaContentTests/Fixtures/xlsx/make-workbooks.py). Commit what it writes.
.PHONY: data-fixtures
data-fixtures:
	@scripts/install-deps.sh python3-openpyxl
	/usr/bin/python3 Tests/VistaContentTests/Fixtures/xlsx/make-workbooks.py Tests/VistaContentTests/Fixtures/xlsx Content/metrics
	for case in xlsx-missing-sheet xlsx-bad-range; do cp Tests/VistaContentTests/Fixtures/xlsx/hours.xlsx Tests/VistaSiteTests/Fixtures/broken/$$case/metrics/report-hours.xlsx; done
	cp Tests/VistaContentTests/Fixtures/xlsx/bad-cell.xlsx Tests/VistaSiteTests/Fixtures/broken/xlsx-text-where-a-number-belongs/metrics/report-hours.xlsx
	for case in sqlite-write-statement sqlite-bad-query; do cp Tests/VistaContentTests/Fixtures/xlsx/ops.sqlite Tests/VistaSiteTests/Fixtures/broken/$$case/metrics/report-hours.sqlite; done
