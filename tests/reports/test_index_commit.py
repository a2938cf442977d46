"""The index records the project's git commit (or, outside a git checkout, its version) beside the packages."""
from __future__ import annotations

import importlib.metadata
import shutil
import subprocess

import pytest

from analysis.config import ROOT
from analysis.reports.index import project_commit, render_index, versions_with_commit


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
def test_the_commit_of_a_git_checkout_is_its_short_hash():
    short = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.strip()
    assert project_commit(ROOT).startswith(short)


def test_outside_a_git_checkout_the_package_version_is_shown(tmp_path):
    assert project_commit(tmp_path) == f"phiên bản {importlib.metadata.version('vn-egov-analysis')}"


def test_the_index_shows_the_commit_beside_the_package_versions(tmp_path):
    versions = versions_with_commit(tmp_path)
    page = render_index([], [], versions)
    table = page[page.index('<table id="versions">'):]
    assert "<td>mã nguồn dự án (git commit)</td>" in table and project_commit(tmp_path) in table
    assert "<td>pandas</td>" in table
