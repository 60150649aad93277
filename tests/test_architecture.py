"""The layout of the package: small modules that say what they hold, stages behind one pipeline.

Issue 17: no module over 400 lines; every module's first line says what it holds; no private
name imported from another module; ``import quotes`` loads the pipeline and none of the store,
report, Spark or stanza; language data in ``quotes/data/`` read through the lexicon; the
README's architecture section names the pipeline's modules as they are.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "quotes"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 400


def module_name(path) -> str:
    return str(path.relative_to(ROOT).with_suffix("")).replace("/", ".")


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_modules_are_small_and_say_what_they_hold(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_LINES, f"{module_name(path)} has {text.count(chr(10))} lines"
    first = text.splitlines()[0]
    assert first.startswith('"""') and len(first.strip('"').strip()) > 10, f"{module_name(path)}: {first!r}"
    assert ast.get_docstring(ast.parse(text)), module_name(path)


def private_imports(path) -> list[str]:
    """``from .other import _private`` inside the package (a private name used by another module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("quotes")):
            found += [f"{node.module}.{alias.name}" for alias in node.names
                      if alias.name.startswith("_") and not alias.name.startswith("__")]
    return found


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_private_name_is_imported_from_another_module(path):
    assert private_imports(path) == []


def test_import_quotes_loads_the_pipeline_and_nothing_around_it():
    probe = ("import sys, quotes\n"
             "quotes.extract('Lavrov said that the talks were useful.')\n"
             "print(' '.join(sorted(m for m in sys.modules if m.startswith(('quotes', 'stanza', 'pyspark')))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=ROOT).stdout.split()
    assert "quotes.pipeline.resolve" in loaded
    around = [m for m in loaded if m.startswith(("quotes.store", "quotes.report", "quotes.spark", "quotes.cli",
                                                 "quotes.stanza_backend", "stanza", "pyspark", "quotes.score"))]
    assert around == []


# words of a list in code: a frozenset of at least four lower-case words written out
WORD_LIST = re.compile(r"frozenset\(\s*(?:\{|\")(?:\"?[a-z’'-]+\"?[ ,]+){4,}")


@pytest.mark.parametrize("path", sorted((PACKAGE / "pipeline").glob("*.py")), ids=module_name)
def test_the_rules_read_their_word_lists_from_the_lexicon(path):
    assert not WORD_LIST.search(path.read_text(encoding="utf-8")), (
        f"{module_name(path)}: a word list in code; put it in quotes/data/rule_words.tsv")


def test_the_readme_architecture_names_every_stage_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Architecture"):]
    section = section[:section.index("\n## ", 3)]
    named = set(re.findall(r"`(\w+)\.py`", section))
    modules = {path.stem for path in (PACKAGE / "pipeline").glob("*.py")} - {"__init__"}
    assert modules <= named, f"not in the README's architecture: {sorted(modules - named)}"
    assert named <= modules | {path.stem for path in PACKAGE.glob("*.py")}, sorted(named - modules)
