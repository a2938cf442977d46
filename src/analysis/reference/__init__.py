"""Checked facts the stages look up: provinces and their aliases (provinces, lookup), national targets (targets), the metric catalogue (catalogue)."""
