"""List marks: the glyphs that open a list's lines (a dash or dot, a box or check mark, an arrow, an emoji as fanpage
posts use them), one set every reader of lists, labels and table rows shares."""
from __future__ import annotations

import re

BULLET_GLYPHS = "-–—•+*▪●◦►»■□➤➢→✓✔✅☑☐"
# one bullet, as a regex (the emoji block too)
BULLET = "[" + re.escape(BULLET_GLYPHS) + "\U0001F300-\U0001FAFF]"
# what a label's ends may carry besides its words: spaces and bullets (for str.strip)
LABEL_EDGES = " " + BULLET_GLYPHS


def strip_bullets(label: str, more: str = "") -> str:
    """A label without the spaces, bullets (and `more` characters) at its ends: "– Hồ sơ tiếp nhận:" -> "Hồ sơ tiếp
    nhận:" (or without the colon when more=":")."""
    return label.strip(LABEL_EDGES + more)
