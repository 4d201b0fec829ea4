"""The shape the design promises: immutable documents, analyses that cannot go stale, and an import graph with
no cycle and no rule importing another rule."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from auditor import audit
from auditor.document import Document, Pair

PACKAGE = Path(__file__).resolve().parent.parent / "auditor"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of auditor/ → the auditor modules it imports anywhere (top level, functions, TYPE_CHECKING)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package, up level - 1 packages
                    parts = package.split(".")
                    base = ".".join([*parts[: len(parts) - node.level + 1], base]).strip(".")
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            else:
                continue
            for target in targets:
                # "from auditor.rules import base" names a module; "from auditor.rules.base import Rule" a symbol.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
        graph[name] = found
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_import_graph_has_no_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 40 and "auditor.document" in graph
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])


def test_a_cycle_would_be_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_rule_imports_another_rule() -> None:
    for module, targets in import_graph().items():
        if module.startswith("auditor.rules.") and module != "auditor.rules.base":
            rules = {t for t in targets if t.startswith("auditor.rules") and t != "auditor.rules.base"}
            assert not rules, f"{module} imports {sorted(rules)}: shared analysis belongs in auditor/analysis"


def test_only_the_front_ends_import_rules() -> None:
    """Shared analysis, languages, lexicons and readers never reach up into the rules."""
    for module, targets in import_graph().items():
        if module.startswith(("auditor.analysis", "auditor.languages", "auditor.lexicons", "auditor.readers")):
            assert not any(t.startswith("auditor.rules") for t in targets), module
        if module == "auditor.document":  # the base type: it reads data and how its language is written
            allowed = {"auditor.lexicons", "auditor.lexicons.schema", "auditor.languages"}
            assert targets <= allowed, f"document.py imports {sorted(targets)}"


def test_documents_are_immutable() -> None:
    doc = Document("本文だ。", lang="ja")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.lang = "en"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.meta["x"] = "y"  # type: ignore[index]
    source = Document("Text.", lang="en")
    paired = doc.with_source(source, [Pair(0, 5, 0, 4)])
    assert (paired.source, paired.pairs, doc.source, doc.pairs) == (source, (Pair(0, 5, 0, 4),), None, None)
    assert doc.with_lang("ja") is doc and doc.with_lang("zh").lang == "zh" and doc.lang == "ja"


def test_a_reused_document_gives_what_a_fresh_one_gives() -> None:
    """The reproduction of issue 13: audit one document with source A, then with source B."""
    target = "アカウントは@abcと@xyzと@qqqの三つだ。"
    source_a, source_b = "The accounts are @abc, @xyz and @qqq.", "The accounts are @abd and @xyz."
    doc = Document(target, lang="ja")
    first = audit(doc, source=source_a)
    reused = audit(doc, source=source_b)
    fresh = audit(Document(target, lang="ja"), source=source_b)
    assert [f.as_dict() for f in reused.findings] == [f.as_dict() for f in fresh.findings]
    altered = [(f.excerpt, f.suggestion) for f in reused.findings if f.rule == "source.address-altered"]
    assert altered == [("@abc", "@abd")]
    assert first.document.source is not None and first.document.source.text == source_a
    assert doc.source is None  # audit() never changed the document it was given


def test_a_reused_document_with_another_lexicon_gives_what_a_fresh_one_gives() -> None:
    from auditor.config import settings_from_mapping

    text = "極光は新製品を発表し、株価が上がった。"
    acme = {"brand": "Acme", "literals": ["極光"], "proper": ["アクメ"]}
    house = settings_from_mapping({"lexicon": {"brands": [acme]}})
    doc = Document(text, lang="ja")
    assert [f.excerpt for f in audit(doc, settings=house).findings if f.rule == "entity.brand-literal"] == ["極光"]
    assert [f.rule for f in audit(doc).findings if f.rule == "entity.brand-literal"] == []
