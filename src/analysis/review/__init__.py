"""Review and corrections: the analyst's fixes to the figures table (corrections), what to check first (queue),
the sentence of a figure with its number (evidence) and the on-screen review (widgets)."""
