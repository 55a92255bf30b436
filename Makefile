# topics — the two commands a new user runs (see README):
#   make run    install what is missing, build in release mode, run the pipeline on the shipped samples
#   make test   run the test suite
.PHONY: run setup setup-browser setup-spark setup-postgres build install test bench bench-all bench-segment bench-import bench-documents bench-agenda bench-replies bench-serve bench-postgres clean

PACKAGES := libxml2-dev libicu-dev libsqlite3-dev libxlsxwriter-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

run: build
	mkdir -p out
	.build/release/topics extract corpora/samples -o out/samples.jsonl
	.build/release/topics extract corpora/samples --format text
	.build/release/topics extract corpora/samples/*.txt corpora/samples/*.html --kind auto -o out/documents.jsonl
	rm -f out/samples.db && .build/release/topics import corpora/samples --store out/samples.db
	.build/release/topics keywords out/documents.jsonl --top 5 --format text
	.build/release/topics run corpora/samples -o out/report

# Debian packages the C shims build against; installed only when absent.
setup:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# The Swift runtime and Foundation linked in (--static-swift-stdlib): the binary needs only the
# Debian libraries above, so `make install` copies a tool that runs where no Swift toolchain is,
# and each process starts about 10 ms sooner (no resolving of the runtime's symbols at load),
# which a batch of a few dozen pages feels.
build: setup
	swift build -c release --static-swift-stdlib --product topics

# The tool and its data, found without environment variables: PREFIX/bin/topics and
# PREFIX/share/topics/ (model, lexicon, stop words, IDF table, taxonomy). make install PREFIX=$HOME/.local
PREFIX ?= /usr/local
DATA_FILES := segmenter.model lexicon/cppcc.dict stopwords.txt idf.tsv taxonomy.yaml holidays-cn.tsv
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/topics/lexicon
	install -m 755 .build/release/topics $(DESTDIR)$(PREFIX)/bin/topics
	for f in $(DATA_FILES); do install -m 644 corpora/$$f $(DESTDIR)$(PREFIX)/share/topics/$$f; done

# The browser the HTML report is checked in. Tolerant: without it that one test is skipped.
TEST_PACKAGES := chromium fonts-noto-cjk
setup-browser:
	@missing=$$(for p in $(TEST_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) \
			|| echo "warning: could not install$$missing; the browser test of the HTML report will be skipped"; \
	fi

# Java and pyspark for the Spark job's test (integrations/spark), run for real in local mode;
# installed only when missing (pyspark is a ~320 MB wheel, see integrations/spark/README.md).
setup-spark:
	@command -v java >/dev/null || { echo "installing: openjdk-17-jre-headless"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless; }
	@python3 -c 'import pyspark' 2>/dev/null || { echo "installing: pyspark (PyPI)"; python3 -m pip install -q pyspark; }


# PostgreSQL for the tests of the PostgreSQL store: the tests start a private server of their own
# (initdb + pg_ctl in a temporary folder, a free port); installed only when absent. Under CI=true a
# missing server fails those tests; elsewhere they are skipped with the reason.
setup-postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "installing: postgresql (for the PostgreSQL store tests)"; \
		($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) \
			|| echo "warning: could not install postgresql; the PostgreSQL store tests will be skipped (and fail under CI=true)"; \
	fi

test: setup setup-browser setup-postgres setup-spark
	swift test

# Quality and speed on ../shared/corpora/extraction with the shared scorer.
bench: build
	python3 Benchmarks/extraction/score_extraction.py

# SIGHAN 2005 accuracy and speed of the segmenter (anchors: see the script's --anchors).
bench-segment: build
	python3 Benchmarks/segmentation/bench_segmentation.py

# topics import of 25 000 and 100 000 generated records into a SQLite store: records/s, peak RSS.
bench-import: build
	python3 Benchmarks/archive/bench_import.py

# Real published CPPCC documents (Benchmarks/documents/devset, rebuilt from the listed repositories
# when their mirrors are present): field accuracy and list F1.
bench-documents: build
	python3 Benchmarks/documents/score_documents.py

# The agenda on the 4 326 real hot-line messages: time, themes and hot issues.
bench-agenda: build
	python3 Benchmarks/agenda/hot_issues.py .build/release/topics --top 10
	python3 Benchmarks/agenda/taxonomy_eval.py .build/release/topics

# Reply quality: relevance AUC (true vs swapped replies), completeness on cut replies, kappa with the hand grades.
bench-replies: build
	python3 Benchmarks/replies/checks.py

# Saved theme models: NMI of documents placed by a model fitted on the other half of each dev set.
.PHONY: bench-themes
bench-themes: build
	python3 Benchmarks/clustering/assign_nmi.py

# topics serve under load: 8 clients searching a 100 000-document store for 60 s while an import writes it.
bench-serve: build
	python3 Benchmarks/serve/load_search.py

# The PostgreSQL store beside SQLite: import of 100 000 records, search latency on 1 000 000 documents.
bench-postgres: build setup-postgres
	python3 Benchmarks/archive/bench_postgres.py

# Every figure the README quotes: each benchmark's output kept with the date, the machine and the
# command in Benchmarks/results/NAME.json (Benchmarks/record.py). The anchors (rjieba, boilerpy3,
# jieba, scikit-learn) are installed from PyPI when missing.
RECORD := python3 Benchmarks/record.py
bench-all: build setup-postgres
	python3 -m pip install -q rjieba boilerpy3 jieba scikit-learn
	$(RECORD) extraction -- python3 Benchmarks/extraction/score_extraction.py
	$(RECORD) segmentation -- python3 Benchmarks/segmentation/bench_segmentation.py --versus-jieba --jobs 2 --runs 8
	$(RECORD) documents -- python3 Benchmarks/documents/score_documents.py
	$(RECORD) agenda -- python3 Benchmarks/agenda/hot_issues.py .build/release/topics --top 10
	$(RECORD) taxonomy -- python3 Benchmarks/agenda/taxonomy_eval.py .build/release/topics
	$(RECORD) replies -- python3 Benchmarks/replies/checks.py
	$(RECORD) import -- python3 Benchmarks/archive/bench_import.py
	$(RECORD) clustering -- python3 Benchmarks/clustering/bench_cluster.py Benchmarks/out/archive/records_100000.jsonl
	$(RECORD) themes -- python3 Benchmarks/clustering/assign_nmi.py
	$(RECORD) serve -- python3 Benchmarks/serve/load_search.py
	$(RECORD) postgres -- python3 Benchmarks/archive/bench_postgres.py
	$(RECORD) scale -- python3 Benchmarks/spark/bench_scale.py --n 100000
	python3 Benchmarks/summary.py --write README.md

# Issue 22: 100 000 generated messages tagged, deduplicated, assigned and ranked (topics agenda --model),
# each stage's wall and CPU seconds and peak RSS (docs/SCALING.md); N=1000000 for the million.
.PHONY: bench-scale
N ?= 100000
bench-scale: build
	python3 Benchmarks/spark/bench_scale.py --n $(N)

clean:
	rm -rf .build out Benchmarks/out
