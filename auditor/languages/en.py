"""English: Latin script with spaces; the source language of most wire copy."""

from __future__ import annotations

from auditor.languages import LanguagePack

PACK = LanguagePack(
    code="en",
    name="English",
    numbers="auditor.analysis.quantities:english_numbers",
    skeleton="auditor.languages.translit:skeleton",
)
