"""Vietnamese provincial e-government articles -> tidy figures, adoption ratios, reports."""

__version__ = "0.1.0"
