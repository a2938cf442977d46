"""The library's source: no module binds a module-level name twice. A second pattern of the same name silently
replaces the first for every function that reads it at call time (three such shadowings were found and fixed)."""
import ast

from conftest import ROOT


def rebound(source: str) -> dict[str, list[int]]:
    """Module-level names bound more than once (assignments, functions, classes) -> their line numbers."""
    lines: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines.setdefault(node.name, []).append(node.lineno)
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                lines.setdefault(target.id, []).append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_rebound_finds_a_second_pattern_and_a_redefined_function():
    source = "import re\n_WORD = re.compile('a')\ndef f():\n    return _WORD\n_WORD = re.compile('b')\ndef f():\n    pass\n"
    assert rebound(source) == {"_WORD": [2, 5], "f": [3, 6]}
    assert rebound("A = 1\nB: int = 2\ndef g():\n    A = 3\n") == {}  # (a function's own names are its own)


def test_no_module_of_the_library_binds_a_name_twice():
    found = {str(p.relative_to(ROOT)): names for p in sorted((ROOT / "src" / "analysis").rglob("*.py"))
             if (names := rebound(p.read_text(encoding="utf-8")))}
    assert found == {}
