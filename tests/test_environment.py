"""pyproject.toml is the one place dependencies are declared; environment.yml must install the same set."""
import re
import tomllib

from conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r): r.replace(" ", "") for r in project["dependencies"]}
    conda = {}
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    for line in text[text.index("dependencies:"):].splitlines()[1:]:
        m = re.match(r"\s*-\s+([A-Za-z0-9_.\-]+)(.*)$", line)
        if m and m.group(1) not in ("python", "pip", "-e") and not line.strip().startswith("- pip:"):
            conda[_name(m.group(1))] = (m.group(1) + m.group(2)).replace(" ", "")
    assert conda == declared
    assert "python=3.11" in (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "-e .[dev]" in (ROOT / "environment.yml").read_text(encoding="utf-8")
