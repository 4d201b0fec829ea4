"""Every rule docstring has the same shape (as ruff's rule docs do), and the checker catches each defect."""

from __future__ import annotations

import pytest

from auditor.rules import all_rules
from auditor.rules.base import Option, Rule

RULES = all_rules()


def doc_problems(rule: type[Rule]) -> list[str]:
    """What is wrong with ``rule``'s documentation; empty when nothing is."""
    problems = []
    try:
        sections = rule.doc_sections()
    except ValueError as error:
        problems.append(str(error))
    else:
        if not sections["summary"].endswith("."):
            problems.append(f"the summary line does not end with a full stop: {sections['summary']!r}")
    problems.extend(f"option {option.name!r} has no help" for option in rule.options if not option.help.strip())
    return problems


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_docstring_has_the_fixed_shape(rule):
    assert doc_problems(rule) == []


def test_sections_are_the_docstring_parts_in_order():
    sections = rule_with(SHAPED).doc_sections()
    assert sections == {
        "summary": "Finds a thing.",
        "why": "Readers see it.",
        "how": "It flags the thing:\n\n- one case;\n  more of it\n- another.",
    }


def rule_with(doc: str, options: tuple[Option, ...] = ()) -> type[Rule]:
    return type("Fake", (Rule,), {"__doc__": doc, "id": "fake.rule", "options": options})


SHAPED = """Finds a thing.

    Why it matters:
        Readers see it.

    How it decides:
        It flags the thing:

        - one case;
          more of it
        - another.
    """


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (SHAPED.replace("    Why it matters:\n", ""), "heading 'Why it matters:' once, not 0 times"),
        (SHAPED.replace("    How it decides:\n", ""), "heading 'How it decides:' once, not 0 times"),
        (SHAPED + "\n    How it decides:\n        Again.\n", "heading 'How it decides:' once, not 2 times"),
        (SHAPED.replace("Why it matters:", "Why:"), "heading 'Why it matters:' once, not 0 times"),
        (SHAPED.replace("Finds a thing.\n", "Finds a thing\n    over two lines.\n"), "one-line summary"),
        (SHAPED.replace("Finds a thing.\n\n", "Finds a thing.\n"), "one-line summary"),
        (SHAPED.replace("Finds a thing.", "Finds a thing"), "does not end with a full stop"),
        (SHAPED.replace("        Readers see it.\n", ""), "'why' part is empty"),
        (SHAPED[: SHAPED.index("        It flags")], "'how' part is empty"),
        (
            "Finds a thing.\n\nHow it decides:\n    Like so.\n\nWhy it matters:\n    Because.\n",
            "followed by a blank line and 'Why it matters:'",
        ),
        ("", "docstring is missing"),
    ],
)
def test_a_misshapen_docstring_is_caught(doc: str, expected: str):
    problems = doc_problems(rule_with(doc))
    assert len(problems) == 1 and expected in problems[0], problems


def test_an_option_without_help_is_caught():
    assert doc_problems(rule_with(SHAPED, (Option("marks", str, "?!", " "),))) == ["option 'marks' has no help"]
    assert doc_problems(rule_with(SHAPED, (Option("marks", str, "?!", "Which marks count."),))) == []


def test_rule_listing_prints_the_sections():
    from auditor.config import Settings
    from auditor.ruledocs import render, rule_entries

    entries = {entry["id"]: entry for entry in rule_entries(Settings(), "ja")}
    for rule in RULES:
        sections = rule.doc_sections()
        entry = entries[rule.id]
        assert (entry["what"], entry["why"], entry["how"]) == (sections["summary"], sections["why"], sections["how"])
    text = render(Settings(), "text")
    assert text.count("  Why it matters:\n") == text.count("  How it decides:\n") == len(RULES)
