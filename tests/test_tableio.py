"""tableio: atomic writes publish tables with the permissions a new file gets under the umask."""
from __future__ import annotations

import os
import stat

import pandas as pd
import pytest

from analysis.reports.staging import Staging
from analysis.tableio import AtomicDir, current_umask, write_table, write_text


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_current_umask_reads_the_process_umask(umask_022):
    assert current_umask() == 0o022
    os.umask(0o027)
    assert current_umask() == 0o027


@pytest.mark.parametrize("name", ["t.csv", "t.parquet"])
def test_tables_and_pages_get_0644_under_umask_022(tmp_path, umask_022, name):
    write_table(pd.DataFrame({"a": [1]}), tmp_path / "data" / name)
    write_text("<p>x</p>", tmp_path / "page.html")
    assert _mode(tmp_path / "data" / name) == 0o644
    assert _mode(tmp_path / "page.html") == 0o644
    assert not [p for p in (tmp_path / "data").iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_stricter_umask_is_respected(tmp_path):
    old = os.umask(0o077)
    try:
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "t.csv") == 0o600


def test_a_dataset_folder_and_a_published_staging_folder_get_0755(tmp_path, umask_022):
    folder = AtomicDir(tmp_path / "figures")
    pd.DataFrame({"a": [1]}).to_parquet(folder.tmp / "part-00000.parquet")
    folder.commit()
    assert _mode(tmp_path / "figures") == 0o755
    out = tmp_path / "reports"
    with Staging(out) as stage:
        os.chmod(stage.path, 0o700)
        write_table(pd.DataFrame({"a": [1]}), stage.path / "data" / "ratios.csv")
        stage.publish()
    assert _mode(out) == 0o755 and _mode(out / "data") == 0o755 and _mode(out / "data" / "ratios.csv") == 0o644


def test_files_carried_over_from_an_older_batch_get_the_normal_mode(tmp_path, umask_022):
    from analysis.reports.incremental import carry_over

    (tmp_path / "old" / "data").mkdir(parents=True)
    (tmp_path / "old" / "data" / "ratios.csv").write_text("a\n")
    os.chmod(tmp_path / "old" / "data" / "ratios.csv", 0o600)  # as mkstemp left it before this fix
    carry_over(tmp_path / "old", tmp_path / "new", ["data/ratios.csv"])
    assert _mode(tmp_path / "new" / "data" / "ratios.csv") == 0o644
