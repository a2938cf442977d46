"""The review's chart: how sure the extractor is of its figures (confidence), by source, with the threshold
below which figures are put in the review queue."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..reports.plots import REPORT_WIDTH_IN, use_report_style

SOURCE_LABELS = {"extracted": "máy trích xuất", "corrected": "đã sửa tay", "added": "thêm tay"}
SOURCE_COLOURS = {"extracted": "#4C72B0", "corrected": "#DD8452", "added": "#55A868"}


def confidence_chart(figures: pd.DataFrame, below: float) -> Figure:
    """Stacked histogram of confidence per source, the review threshold as a dashed line."""
    use_report_style()
    fig, ax = plt.subplots(figsize=(REPORT_WIDTH_IN, 3.2))
    bins = np.linspace(0.0, 1.0, 21)
    confidence = pd.to_numeric(figures.get("confidence"), errors="coerce") if "confidence" in figures else None
    source = figures["source"].fillna("extracted") if "source" in figures else pd.Series("extracted", figures.index)
    bottom = np.zeros(len(bins) - 1)
    for name, label in SOURCE_LABELS.items():
        values = confidence[source == name].dropna() if confidence is not None else pd.Series(dtype=float)
        counts, _ = np.histogram(values.clip(0, 1), bins=bins)
        if counts.any():
            ax.bar(bins[:-1], counts, width=bins[1] - bins[0], bottom=bottom, align="edge",
                   color=SOURCE_COLOURS[name], edgecolor="white", label=f"{label} ({int(counts.sum())})")
            bottom += counts
    ax.axvline(float(below), color="#C44E52", linestyle="--", linewidth=1.5)
    ax.text(float(below), ax.get_ylim()[1] * 0.95, f" ngưỡng rà soát {float(below):.2f}".replace(".", ","),
            color="#C44E52", va="top", ha="left" if below < 0.8 else "right", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel("Độ tin cậy")
    ax.set_ylabel("Số liệu")
    ax.set_title("Máy chắc chắn đến đâu: độ tin cậy của các số liệu")
    if bottom.any():
        ax.legend(loc="upper left", fontsize=9)
    fig.tight_layout()
    return fig
