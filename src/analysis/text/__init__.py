"""Stage 1, bytes -> text -> number spans: decoding and cleaning (clean), Vietnamese numbers (numbers), time expressions (periods)."""
