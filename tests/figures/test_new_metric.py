"""A metric added through the lexicon alone: a new dossier state is one YAML line, no Python.

Run in a fresh interpreter, so the patterns compiled from the temporary lexicon never meet other tests."""
from __future__ import annotations

import json
import subprocess
import sys

from analysis.text import lexicon

TEXT = "Trong quý, có 40 hồ sơ tạm dừng giải quyết do thiếu giấy tờ."
PROBE = """
import json, pathlib, sys
from analysis.text import lexicon
folder = sys.argv[1]
if folder:
    lexicon.lexicon_dir = lambda: pathlib.Path(folder)
from analysis.figures.extract import extract_text
df = extract_text(sys.argv[2], "t")
print(json.dumps(list(zip(df["metric"], df["value"]))))
"""


def _facts(folder: str) -> list[list]:
    out = subprocess.run([sys.executable, "-c", PROBE, folder, TEXT], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_a_dossier_state_added_to_the_lexicon_becomes_a_metric(tmp_path):
    for path in lexicon.lexicon_dir().glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = (tmp_path / "dossiers.yml").read_text(encoding="utf-8")
    assert data.count("\nkinds:\n") == 1
    (tmp_path / "dossiers.yml").write_text(data.replace("\nkinds:\n", "\nkinds:\n  - suspended: [tạm dừng giải quyết]\n"),
                                           encoding="utf-8")
    assert ["dossiers_suspended", 40.0] not in _facts("")
    assert ["dossiers_suspended", 40.0] in _facts(str(tmp_path))
