"""Checked facts the stages look up: provinces and their aliases (provinces: gazetteer, text, URL and typed-name lookup), national targets (targets), the metric catalogue (catalogue)."""
