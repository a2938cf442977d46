"""Stage 2, text -> figures: cues (qualifier, status, scope), classify (which metric), extract (one article), corpus (a folder), evaluate (against gold)."""
