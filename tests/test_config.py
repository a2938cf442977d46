"""Paths and resources: found through config and importlib.resources, whether installed or from the tree."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources

import pytest
import yaml

from conftest import ROOT

from analysis import config
from analysis.reference.catalogue import catalogue


def test_resources_are_package_data_found_by_importlib():
    files = resources.files("analysis").joinpath("resources")
    assert files.joinpath("metrics.yml").is_file() and files.joinpath("labels.vi.yml").is_file()
    assert config.resource("metrics.yml").read_text(encoding="utf-8").startswith("#")


def test_paths_point_into_the_checkout():
    assert config.ROOT == ROOT
    assert (config.REFERENCE_DIR / "provinces.csv").is_file()
    assert (config.NOTEBOOKS_DIR / "01_extract_figures.ipynb").is_file()


def test_analysis_root_overrides_the_project_folder(tmp_path):
    code = "from analysis import config; print(config.ROOT); print(config.REFERENCE_DIR)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"ANALYSIS_ROOT": str(tmp_path), "PATH": ""}).stdout.split()
    assert out == [str(tmp_path.resolve()), str(tmp_path.resolve() / "data" / "reference")]


def test_the_wheel_carries_the_resources(tmp_path):
    """A non-editable install finds metrics.yml: the built wheel holds resources/ beside the code."""
    pytest.importorskip("setuptools")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip().splitlines()[-1:]}")
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "analysis/resources/metrics.yml" in names and "analysis/resources/labels.vi.yml" in names


def test_catalogue_core_metrics_match_the_contract():
    core = set(catalogue().core_metrics)
    assert len(core) == 23 and {"services_total", "ict_index_rank", "dossiers_online_level4_pct"} <= core
    assert yaml.safe_load(config.resource("metrics.yml").read_text(encoding="utf-8"))["ratios"].keys() == {
        "level4_share", "online_dossier_share", "email_use"}
