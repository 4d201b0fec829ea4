"""auditor: finds the leftovers of machine translation in news articles.

>>> import auditor
>>> report = auditor.audit("りんごは今日、新型iPhoneを発表した。", lang="ja")
>>> [f.rule for f in report.findings]
['entity.brand-literal']
"""

from __future__ import annotations

from auditor import regex_cache  # noqa: F401  # first: installs itself before any module compiles its patterns

# Imported eagerly so that the function `audit` wins over the module of the same
# name. This is cheap: rule families and lexicons load on first use.
from auditor.audit import Report, audit, audit_many
from auditor.document import Document
from auditor.findings import Finding

__version__ = "0.1.0"
__all__ = ["Document", "Finding", "Report", "audit", "audit_many"]
