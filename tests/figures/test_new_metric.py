"""A metric added through the lexicon alone: a new dossier state is one YAML line, no Python."""
from __future__ import annotations

import importlib

from analysis.figures import nouns
from analysis.text import lexicon
from figure_fixtures import facts

TEXT = "Trong quý, có 40 hồ sơ bị trả lại do thiếu giấy tờ."


def test_a_dossier_state_added_to_the_lexicon_becomes_a_metric(tmp_path, monkeypatch):
    assert ("dossiers_returned", 40) not in facts(TEXT)
    for path in lexicon.lexicon_dir().glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = (tmp_path / "dossiers.yml").read_text(encoding="utf-8")
    assert data.count("\nkinds:\n") == 1
    (tmp_path / "dossiers.yml").write_text(data.replace("\nkinds:\n", "\nkinds:\n  - returned: [bị trả lại]\n"),
                                           encoding="utf-8")
    monkeypatch.setattr(lexicon, "lexicon_dir", lambda: tmp_path)
    lexicon.load.cache_clear()
    lexicon.pattern.cache_clear()
    try:
        importlib.reload(nouns)
        assert ("dossiers_returned", 40) in facts(TEXT)
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()
        lexicon.pattern.cache_clear()
        importlib.reload(nouns)
    assert ("dossiers_returned", 40) not in facts(TEXT)
