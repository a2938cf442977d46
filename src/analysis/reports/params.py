"""Notebook parameters checked against the types their `parameters` cell declares (`# type: Optional[int]`),
so `merged_2025="no"` or `year_min=2018.7` stops with one clear line instead of meaning something else.

Used by the batch before a notebook runs (batch.check_parameters) and by each notebook's first code cell
(`check_notebook(...)`), so a notebook run by hand or by plain papermill is checked too."""
from __future__ import annotations

import ast
import json
import re
from collections.abc import Mapping
from pathlib import Path

from ..config import NOTEBOOKS_DIR

_TYPE_COMMENT = re.compile(r"#\s*type:\s*(\S+)")
_SIMPLE = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "list": (list, tuple),
           "dict": (dict,)}


class ParameterTypeError(ValueError):
    """A notebook parameter whose value does not have the declared type (or a required one left empty)."""


def type_problem(name: str, value: object, declared: str) -> str | None:
    """Why value does not fit the declared type name ("str", "Optional[int]", "bool", …), or None when it does.
    Unknown type names accept anything. A bool is not an int, and 2018.7 is not an int."""
    declared = (declared or "").replace(" ", "")
    optional = declared.startswith("Optional[") and declared.endswith("]")
    base = declared[len("Optional["):-1] if optional else declared
    if value is None:
        return None if optional or base not in _SIMPLE else f"{name} is required ({base}); got None"
    kinds = _SIMPLE.get(base.split("[")[0].lower())
    if kinds is None:
        return None
    if isinstance(value, bool) and base != "bool":
        ok = False
    else:
        ok = isinstance(value, kinds)
    if ok and base == "str" and not str(value).strip():
        return f"{name} is required (str); got an empty string"
    if ok:
        return None
    return f"{name} must be {declared}; got {value!r} ({type(value).__name__})"


def declared_types(notebook: Path) -> dict[str, tuple[str, object]]:
    """{name: (declared type name, default value)} from the notebook's cell tagged `parameters`."""
    cells = json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]
    out: dict[str, tuple[str, object]] = {}
    for cell in cells:
        if cell.get("cell_type") != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        for line in "".join(cell["source"]).splitlines():
            try:
                tree = ast.parse(line.split("#", 1)[0].strip() or "pass")
            except SyntaxError:
                continue
            if tree.body and isinstance(tree.body[0], ast.Assign) and isinstance(tree.body[0].targets[0], ast.Name):
                m = _TYPE_COMMENT.search(line)
                try:
                    default = ast.literal_eval(tree.body[0].value)
                except ValueError:
                    default = None
                out[tree.body[0].targets[0].id] = (m.group(1) if m else "", default)
    return out


def problems(values: Mapping[str, object], types: Mapping[str, str]) -> list[str]:
    """Every value that does not fit its declared type (names not declared are not checked here)."""
    return [p for name, value in values.items() if name in types
            for p in [type_problem(name, value, types[name])] if p]


def check_notebook(notebook: str, values: Mapping[str, object]) -> None:
    """In a notebook's first code cell: `check_notebook("02_adoption_ratios.ipynb", globals())` raises one
    ParameterTypeError naming every parameter of the wrong type."""
    path = Path(notebook) if Path(notebook).is_file() else NOTEBOOKS_DIR / notebook
    types = {name: declared for name, (declared, _) in declared_types(path).items()}
    found = problems({name: values[name] for name in types if name in values}, types)
    if found:
        raise ParameterTypeError(f"{Path(notebook).name}: " + "; ".join(found))
