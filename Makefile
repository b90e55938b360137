# Vista: the two commands a newcomer needs are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site

.PHONY: all deps build release site serve test clean

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

test: deps
	$(SWIFT) test

clean:
	rm -rf .build $(OUTPUT)
