# Convenience targets; each one goes through tasks.py, which builds .venv on first use.
PYTHON ?= python3

.PHONY: reports extract test lab bench clean
reports:   ## extraction, ratios and HTML reports for data/raw -> reports/
	$(PYTHON) tasks.py reports
extract:   ## figures table only -> data/processed/figures.csv
	$(PYTHON) tasks.py extract
test:      ## the whole test suite (what CI runs)
	$(PYTHON) tasks.py test
lab:       ## JupyterLab with the project's environment as kernel
	$(PYTHON) tasks.py lab
bench:     ## speed and memory benchmarks
	$(PYTHON) tasks.py bench
clean:
	rm -rf data/processed/*.csv data/processed/*.parquet reports
