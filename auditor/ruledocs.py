"""The rule documentation, generated from the rules themselves (as ruff does).

`auditor rules` prints it and README's rule table is made by it, so the docs
cannot drift from the code.
"""

from __future__ import annotations

import json
import unicodedata

from auditor.config import Settings
from auditor.lexicons import Lexicon
from auditor.rules import Rule, all_rules
from auditor.rules.base import HOW_HEADING, WHY_HEADING


def rule_entries(settings: Settings, lang: str) -> list[dict[str, object]]:
    """Every rule as a dict, with whether it runs on a ``lang`` article under ``settings``.

    ``summary`` is the rule's short title; ``what``, ``why`` and ``how`` are its docstring's parts (one sentence on
    what it finds, why it matters, how it decides: see ``Rule.doc_sections``).
    """
    from auditor.audit import lexicon_for

    lexicon = lexicon_for(settings, lang)
    entries = []
    for rule in all_rules():
        sections = rule.doc_sections()
        entries.append(
            {
                "id": rule.id,
                "category": rule.category,
                "severity": settings.severity.get(rule.id, rule.severity),
                "default_severity": rule.severity,
                "languages": sorted(rule.languages) if rule.languages else ["any"],
                "active": rule.available(lang, lexicon) and settings.enabled(rule.id),
                "unavailable": _unavailable(rule, lang, lexicon),
                "summary": rule.summary,
                "fix": rule.fix,
                "options": [
                    {"name": o.name, "type": o.kind.__name__, "default": o.default, "help": o.help}
                    for o in rule.options
                ],
                "configured": settings.rule_options.get(rule.id, {}),
                "what": sections["summary"],
                "why": sections["why"],
                "how": sections["how"],
                "bad": rule.bad,
                "good": rule.good,
            }
        )
    return entries


def _unavailable(rule: type[Rule], lang: str, lexicon: Lexicon) -> str:
    """Why ``rule`` does not run on a ``lang`` article whatever the selection, or "" when it can."""
    if not rule.applies_to(lang):
        return f"for {', '.join(sorted(rule.languages or ()))} only"
    missing = rule.missing_tables(lexicon)
    if missing:
        return f"the {lang} lexicon has no {', '.join(missing)} table"
    needs = rule.missing_from_pack(lang)
    if needs:
        return f"the {lang} language pack has no {', '.join(needs)}"
    return ""


def render(settings: Settings, fmt: str = "text", lang: str = "ja") -> str:
    """The rules for a ``lang`` article, as text, JSON or a Markdown table."""
    entries = rule_entries(settings, lang)
    if fmt == "json":
        return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return markdown_table(entries)
    out = []
    for entry in entries:
        state = "active" if entry["active"] else "inactive"
        if entry["unavailable"]:
            state += f": {entry['unavailable']}"
        out.append(f"{entry['id']}  [{entry['category']}, {entry['severity']}, fix: {entry['fix']}, {state}]")
        out.append(f"  {entry['summary']}")
        out.append(f"  {entry['what']}")
        for heading, key in ((WHY_HEADING, "why"), (HOW_HEADING, "how")):
            out.append(f"  {heading}")
            out.extend(f"    {line}" if line else "" for line in str(entry[key]).splitlines())
        if entry["options"]:
            out.append(f"  Options, set in [tool.auditor.rules.\"{entry['id']}\"]:")
        for option in entry["options"]:  # type: ignore[attr-defined]
            configured = entry["configured"].get(option["name"])  # type: ignore[attr-defined]
            value = f", configured: {configured!r}" if configured is not None else ""
            kind, default = option["type"], option["default"]
            out.append(f"    {option['name']} ({kind}, default {default!r}{value}): {option['help']}")
        out.append(f"  bad:  {entry['bad']}")
        out.append(f"  good: {entry['good']}")
        out.append("")
    active = sum(1 for entry in entries if entry["active"])
    where = f" (configuration: {settings.path})" if settings.path else ""
    out.append(f"{len(entries)} rules, {active} active for '{lang}'{where}")
    return "\n".join(out) + "\n"


def markdown_table(entries: list[dict[str, object]]) -> str:
    lines = ["| rule | category | severity | fix | what it finds | bad → good |", "|---|---|---|---|---|---|"]
    for entry in entries:
        example = f"{_cell(entry['bad'])} → {_cell(entry['good'])}"
        lines.append(
            f"| `{entry['id']}` | {entry['category']} | {entry['default_severity']} | {entry['fix']} "
            f"| {entry['summary']} | {example} |"
        )
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    text = str(value).replace("|", "\\|").replace("\n", "⏎")
    # Invisible and direction-changing characters (a rule's own examples) are shown by name: a Markdown page
    # must not hide or reorder its text.
    return "".join(f"⟨U+{ord(char):04X}⟩" if unicodedata.category(char) == "Cf" else char for char in text)
