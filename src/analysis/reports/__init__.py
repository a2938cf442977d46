"""Stage 4, tables -> pages: labels, present and plots (used by the notebooks), batch (papermill pool), htmlexport, index."""
