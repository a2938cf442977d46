"""Stage 3, figures -> ratio tables: qualifiers (bounds), build (ratios.csv), audit (consistency.csv), stats (comparisons.csv)."""
