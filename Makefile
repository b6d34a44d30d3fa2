# Conveniences over scripts/ (which need nothing but bash and Python 3.11).
.PHONY: run test bench

run:
	scripts/run

test:
	scripts/test

bench:
	.venv/bin/python bench/bench_tick.py
	.venv/bin/python bench/bench_send.py
