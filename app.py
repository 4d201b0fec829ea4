"""The editor's app: review an article's findings beside its text, fix them, export the result.

    streamlit run app.py        # or: python3 dev.py app

The review screen puts the article first: the highlighted text beside the list of findings (critical
and major first, the many findings of one rule grouped), each with Accept, Reject and Apply fix;
clicking an entry marks its span in the text, clicking a highlight selects its entry and opens its
note. "Apply safe fixes" applies the safe fixes of the findings shown; the corrected article, its diff, the review
log (CSV, with each decision) and the findings (XLSX, CSV, JSON) download from the toolbar above.

Thin over the library: reading (auditor.inputs), auditing (auditor.audit), the review order and
decisions (auditor.review), fixing (auditor.fix), the HTML views (auditor.view) and the exports
(auditor.export). Reading and auditing are cached on the content and the options, so a filter or a
decision only redraws. A first visit shows the built-in sample.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

import auditor
from auditor import inputs as loader
from auditor import view
from auditor.analysis.context import Analysis
from auditor.config import ConfigError, Settings, settings_from_bytes
from auditor.document import UNDETERMINED, Document, Pair
from auditor.export import review_log_csv, to_csv, to_json, xlsx_bytes
from auditor.findings import SAFE, SEVERITIES, Finding
from auditor.fix import FixResult, apply_fixes, unified_diff
from auditor.inputs import Input, Upload
from auditor.readers import MAX_BYTES, ReadError
from auditor.readers.bilingual import BILINGUAL_FORMATS
from auditor.review import ACCEPTED, FIXED, REJECTED, Entry, finding_key, review_entries

SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE = SAMPLES / "tech-partnership-ja.txt"
SAMPLE_SETTINGS = SAMPLES / "auditor.toml"
SAMPLE_SOURCE = SAMPLES / "tech-partnership-en.txt"  # shown side by side when it exists
TEXT_TYPES = ["txt", "md", "markdown", "html", "htm"]
ARTICLE_TYPES = TEXT_TYPES + sorted(ext.lstrip(".") for ext in BILINGUAL_FORMATS)
AUTO = "auto"
PANE_HEIGHT = 540  # the article and the list scroll side by side in panes this tall (px): both fit a 1280×800 screen
MEMBERS_SHOWN = 25  # a group's findings listed at a time when it is opened
# The page's own layout: less space above the content, compact entries and buttons.
APP_STYLE = """<style>
.block-container { padding-top: 3.4rem !important; padding-bottom: 1rem !important; }
.auditor-head { font-size: 0.95rem; line-height: 1.4; }
.auditor-head b.name { font-size: 1.05rem; }
.auditor-head .muted { color: #666; }
[class*="st-key-entry-"] { cursor: pointer; gap: 0.3rem !important; }
[class*="st-key-entry-"].auditor-selected { outline: 3px solid #1a73e8; border-radius: 0.5rem; }
[class*="st-key-entry-"] button { min-height: 1.7rem; padding: 0 0.6rem; font-size: 0.8rem; }
[class*="st-key-entry-"] button p { font-size: 0.8rem; }
.st-key-toolbar button { min-height: 2.1rem; }
/* The panes fill the rest of the screen, whatever its height (PANE_HEIGHT where :has is not supported). */
body { --article-pane: max(300px, calc(100vh - 355px)); --findings-pane: max(334px, calc(100vh - 298px));
  --corrected-pane: max(300px, calc(100vh - 300px)); }
div:has(> .st-key-article-pane) { flex-basis: var(--article-pane) !important; height: var(--article-pane) !important; }
div:has(> .st-key-findings-pane) { flex-basis: var(--findings-pane) !important;
  height: var(--findings-pane) !important; }
div:has(> .st-key-corrected-pane) { flex-basis: var(--corrected-pane) !important;
  height: var(--corrected-pane) !important; }
</style>"""


@dataclass
class Loaded:
    """An input as read: the document (with its source and pairs for a bilingual file), or why not."""

    doc: Document | None
    detected: str = UNDETERMINED
    error: str = ""
    note: str = ""


def as_input(data: bytes | str, name: str) -> Input:
    """An upload (bytes) or a pasted text (str) as the loader takes it."""
    return Upload(data, name) if isinstance(data, bytes) else data


@st.cache_data(show_spinner=False, max_entries=32)
def load(data: bytes | str, name: str) -> Loaded:
    """Read an upload (bytes) or a pasted text (str); cached on the content and the name."""
    try:
        jobs = loader.load(as_input(data, name), doc_id=None if isinstance(data, bytes) else name)
    except ReadError as error:
        return Loaded(None, error=str(error))
    doc = jobs[0].doc  # with its source and the file's pairs, for a bilingual file
    note = "; ".join(jobs[0].warnings)
    if len(jobs) > 1:
        note = f"{len(jobs)} documents in the file; showing the first ({doc.doc_id}). " + note
    if not doc.text.strip():
        return Loaded(None, error=f"{name}: no text in it")
    return Loaded(doc, doc.lang, note=note)


@st.cache_data(show_spinner=False, max_entries=8)
def configuration(data: bytes | None, name: str) -> tuple[Settings, str]:
    """The publication's settings from an uploaded auditor.toml (defaults without one), or why not."""
    if data is None:
        return Settings(), ""
    try:
        return settings_from_bytes(data, name), ""
    except ConfigError as error:
        return Settings(), str(error)


@st.cache_data(show_spinner="Auditing…", max_entries=32)
def run_audit(
    article: bytes | str,
    name: str,
    lang: str,
    source: bytes | str | None = None,
    source_name: str = "",
    reference: bytes | str | None = None,
    reference_name: str = "",
    config: bytes | None = None,
    config_name: str = "",
) -> tuple[auditor.Report | None, list[str]]:
    """Read and audit; cached on the contents and options, so a rerun with the same inputs never audits again."""
    errors: list[str] = []
    settings, problem = configuration(config, config_name)
    if problem:
        errors.append(f"The settings file was left out: {problem}")
    extra: dict[str, Input] = {}
    for data, label, kind in ((source, source_name, "source"), (reference, reference_name, "reference")):
        if data is None:
            continue
        other = load(data, label)
        if other.doc is None:
            errors.append(f"The {kind} was left out: {other.error}")
        else:
            extra[kind] = as_input(data, label)
    try:
        jobs = loader.load(
            as_input(article, name),
            settings=settings,
            lang=lang,
            doc_id=None if isinstance(article, bytes) else name,
            **extra,  # type: ignore[arg-type]
        )
    except ReadError as error:
        return None, [str(error)]
    return jobs[0].run(), errors + list(jobs[0].warnings)


def pick_upload(label: str, key: str, types: list[str], help_text: str) -> tuple[bytes | None, str]:
    upload = st.file_uploader(label, type=types, key=key, help=help_text)
    return (upload.getvalue(), upload.name) if upload is not None else (None, "")


@dataclass
class Given:
    """What the editor gave: the article, its source and reference (each an upload's bytes or a pasted str, with
    a name), and the publication's settings file."""

    article: bytes | str | None = None
    name: str = ""
    source: bytes | str | None = None
    source_name: str = ""
    reference: bytes | str | None = None
    reference_name: str = ""
    config: bytes | None = None
    config_name: str = ""


def inputs(label: str) -> Given:
    """Uploads (an upload wins) and pasted texts, audited when the Audit button is pressed; the settings file."""
    given = Given()
    with st.expander(label):
        columns = st.columns(4)
        uploads = (
            ("article", "Upload the article", ARTICLE_TYPES, "Text, Markdown or HTML; XLIFF, TMX, PO or TSV for pairs"),
            ("source", "… its source (optional)", TEXT_TYPES, "The text the article translates: adds cross-checks"),
            ("reference", "… a reference (optional)", TEXT_TYPES, "A human translation: adds BLEU and chrF"),
        )
        found = {}
        for column, (key, label_text, types, help_text) in zip(columns, uploads, strict=False):
            with column:
                found[key] = pick_upload(label_text, f"{key}_file", types, help_text)
        with columns[3]:
            given.config, given.config_name = pick_upload(
                "Publication settings (auditor.toml)",
                "config",
                ["toml"],
                "Your house style and rules: an auditor.toml (a learned house style is written as one)",
            )
        with st.form("paste", border=False):
            areas = st.columns(3)
            pasted = {}
            for column, key in zip(areas, ("article", "source", "reference"), strict=True):
                with column:
                    pasted[key] = st.text_area(f"… or paste the {key}", key=f"{key}_text", height=100)
            st.form_submit_button("Audit the pasted text", type="primary", key="audit")
    for key in ("article", "source", "reference"):
        upload, name = found[key]
        data: bytes | str | None = upload
        if upload is None and pasted[key].strip():
            data, name = pasted[key], f"pasted {key}"
        setattr(given, key, data)
        setattr(given, "name" if key == "article" else f"{key}_name", name)
    return given


def too_big(data: bytes | str | None, name: str) -> str:
    # Checked before the cache, which would hash the whole upload first.
    if isinstance(data, bytes) and len(data) > MAX_BYTES:
        return f"{name}: larger than the {MAX_BYTES >> 20} MB limit ({len(data) / (1 << 20):.1f} MB)"
    return ""


# --- the review: decisions kept per document in the session ---------------------------------------------------


def document_key(doc: Document) -> str:
    digest = hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return f"{doc.doc_id}:{doc.lang}:{digest}"


def decisions_of(key: str) -> dict[str, str]:
    """finding_key → accepted, rejected or fixed, for the document ``key`` (kept while the session lasts)."""
    store: dict[str, dict[str, str]] = st.session_state.setdefault("decisions", {})
    return store.setdefault(key, {})


def decide(key: str, findings: tuple[str, ...], decision: str) -> None:
    """Give ``findings`` the decision; when they all have it already, take it back (the button is a toggle)."""
    decisions = decisions_of(key)
    if all(decisions.get(found) == decision for found in findings):
        for found in findings:
            decisions.pop(found, None)
    else:
        decisions.update(dict.fromkeys(findings, decision))


def apply_safe(key: str, findings: tuple[str, ...]) -> None:
    """Fix every finding with a safe fix that has no decision yet (one rejected or accepted stays so)."""
    decisions = decisions_of(key)
    for found in findings:
        decisions.setdefault(found, FIXED)


def toggle_group(name: str) -> None:
    opened: set[str] = st.session_state.setdefault("open_groups", set())
    opened.symmetric_difference_update({name})


def corrected(report: auditor.Report, decisions: dict[str, str]) -> FixResult:
    """The article with the fixes the editor chose (safe or unsafe: the editor has looked at them)."""
    chosen = [f for f in report.findings if decisions.get(finding_key(f)) == FIXED]
    return apply_fixes(report.document.text, chosen, unsafe=True)


def corrected_file(doc: Document, text: str) -> tuple[bytes, str]:
    """The corrected article as a file: a text file keeps its encoding (and its name, -corrected); other inputs
    (an HTML page's text, a bilingual file's target) become UTF-8 text."""
    stem = Path(doc.doc_id).stem.replace(" ", "-") or "article"
    suffix = Path(doc.doc_id).suffix if doc.source_format in ("txt", "md") and Path(doc.doc_id).suffix else ".txt"
    encoding = doc.encoding if doc.source_format in ("txt", "md") and doc.encoding else "utf-8"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # a fix brought a character the file's encoding cannot hold
        data = text.encode("utf-8")
    return data, f"{stem}-corrected{suffix}"


# --- the screen -------------------------------------------------------------------------------------------------


def header(
    given: Given, report: auditor.Report | None, doc: Document | None, config_problem: str, sample: bool = False
) -> None:
    parts = ['<b class="name">auditor</b> <span class="muted">machine-translation leftovers</span>']
    if doc is not None:
        note = ' <span class="muted">(the built-in sample: open <b>Article</b> below for your own)</span>'
        parts.append(f"<b>{html.escape(doc.doc_id)}</b>" + (note if sample else ""))
        parts.append(f"{len(doc.text):,} characters · language <code>{html.escape(doc.lang)}</code>")
        if doc.source is not None:
            parts.append(f"source: {len(doc.source.text):,} characters")
    settings = (
        f"settings: <code>{html.escape(given.config_name)}</code>"
        if given.config and not config_problem
        else "settings: the defaults (no auditor.toml)"
    )
    parts.append(settings)
    if report is not None:
        counts = report.by_severity()
        found = ", ".join(f"{counts[name]} {name}" for name in reversed(SEVERITIES) if counts.get(name))
        parts.append(f"MQM score <b>{report.score.score:.1f}</b> · {len(report.findings)} findings ({found or 'none'})")
    st.html(f'<div class="auditor-head">{" · ".join(parts)}</div>')


def toolbar(report: auditor.Report, shown: list[Finding], visible: auditor.Report, key: str) -> FixResult:
    doc = report.document
    decisions = decisions_of(key)
    safe = tuple(finding_key(f) for f in shown if f.fix == SAFE and finding_key(f) not in decisions)
    result = corrected(report, decisions)
    stem = Path(doc.doc_id).stem.replace(" ", "-") or "article"
    snapshot = dict(decisions)
    data, corrected_name = corrected_file(doc, result.text)
    label = "all" if len(shown) == len(report.findings) else f"{len(shown)} shown"
    # The files are made when a button is pressed (a callable), not on every redraw; pressing one does not rerun.
    with st.container(horizontal=True, key="toolbar", vertical_alignment="center"):
        st.button(
            f"Apply safe fixes ({len(safe)})",
            key="apply_safe",
            type="primary",
            disabled=not safe,
            on_click=apply_safe,
            args=(key, safe),
            help="Spaces, widths, invisible characters, an address restored from the source: fixes that cannot "
            "change what the text says. Only the findings shown (the filters decide) are fixed; rejected "
            "findings stay as they are.",
        )
        st.download_button(
            f"Corrected article ({len(result.applied)} fixes)",
            data,
            corrected_name,
            "text/plain",
            key="download_corrected",
            on_click="ignore",
        )
        st.download_button(
            "Review log (CSV)",
            lambda: review_log_csv([report], snapshot),
            f"{stem}-review.csv",
            "text/csv",
            key="download_review",
            on_click="ignore",
            help="Every finding with its decision (accepted, rejected, fixed, undecided) next to the contract fields",
        )
        st.download_button(
            f"XLSX ({label})",
            lambda: xlsx_bytes([visible], snapshot),
            f"{stem}-findings.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="download_xlsx",
            on_click="ignore",
            help="For a spreadsheet (Excel, LibreOffice): every cell text as it is, with the decisions",
        )
        st.download_button(
            f"CSV ({label})",
            lambda: to_csv([visible]),
            f"{stem}-findings.csv",
            "text/csv",
            key="download_csv",
            on_click="ignore",
            help="For programs: the contract fields, injection-safe",
        )
        st.download_button(
            f"JSON ({label})",
            lambda: to_json([visible]),
            f"{stem}-findings.json",
            "application/json",
            key="download_json",
            on_click="ignore",
        )
    return result


def entry_buttons(key: str, name: str, findings: tuple[Finding, ...], decision: str) -> None:
    keys = tuple(finding_key(f) for f in findings)
    many = len(findings) > 1
    fixable = tuple(finding_key(f) for f in findings if f.fix)
    with st.container(horizontal=True, gap="small"):
        for value, text in ((ACCEPTED, "Accept"), (REJECTED, "Reject")):
            st.button(
                f"{text} all" if many else text,
                key=f"{value}-{name}",
                type="primary" if decision == value else "secondary",
                on_click=decide,
                args=(key, keys, value),
            )
        if fixable:
            unsafe = any(f.fix != SAFE for f in findings if f.fix)
            st.button(
                f"Apply {len(fixable)} fixes" if many else "Apply fix",
                key=f"fixed-{name}",
                type="primary" if decision == FIXED else "secondary",
                on_click=decide,
                args=(key, fixable, FIXED),
                help="An unsafe fix: read the suggestion before applying it" if unsafe else "A safe fix",
            )


def entry_decision(entry: Entry, decisions: dict[str, str]) -> str:
    values = {decisions.get(finding_key(f), "") for f in entry.findings}
    return values.pop() if len(values) == 1 else ("mixed" if values - {""} else "")


def review_list(report: auditor.Report, shown: list[Finding], key: str) -> None:
    decisions = decisions_of(key)
    doc = report.document
    entries = review_entries(shown)
    if not entries:
        st.caption("No findings to review" + (" with these filters." if report.findings else "."))
    opened: set[str] = st.session_state.setdefault("open_groups", set())
    for index, entry in enumerate(entries):
        decision = entry_decision(entry, decisions)
        with st.container(border=True, key=f"entry-{index}"):
            st.html(view.entry_html(entry, doc.line_of(entry.first.start), decision))
            entry_buttons(key, str(index), entry.findings, decision)
            if entry.grouped:
                group = f"{key}|{entry.rule}|{entry.severity}"
                is_open = group in opened
                st.button(
                    "Hide each" if is_open else f"Show each ({entry.count})",
                    key=f"open-{index}",
                    type="tertiary",
                    on_click=toggle_group,
                    args=(group,),
                )
                if is_open:
                    for place, (number, finding) in enumerate(
                        zip(entry.numbers[:MEMBERS_SHOWN], entry.findings[:MEMBERS_SHOWN], strict=True)
                    ):
                        single = Entry((number,), (finding,))
                        own = decisions.get(finding_key(finding), "")
                        with st.container(border=True, key=f"entry-{index}-{place}"):
                            st.html(view.entry_html(single, doc.line_of(finding.start), own))
                            entry_buttons(key, f"{index}-{place}", (finding,), own)
                    if entry.count > MEMBERS_SHOWN:
                        st.caption(f"… and {entry.count - MEMBERS_SHOWN} more: narrow the list with the filters.")


def summary(report: auditor.Report, shown: list[Finding]) -> None:
    """The numbers, and the findings shown per category and severity."""
    score = report.score
    columns = st.columns(4)
    columns[0].metric("Findings shown", f"{len(shown)} of {len(report.findings)}")
    columns[1].metric("MQM score", f"{score.score:.1f}", help=f"0-100, higher is better. {score.signature}")
    if report.reference:
        for column, name in zip(columns[2:], ("BLEU", "chrF"), strict=True):
            metric = report.reference.scores.get(name)
            column.metric(name, f"{metric.score:.1f}", help=f"Against the reference. {metric.signature}")
    counts = view.counts_by_category(shown)
    if counts:
        st.html(view.summary_html(counts))
    st.caption(f"MQM: {score.signature}")


def corrected_view(report: auditor.Report, result: FixResult) -> None:
    doc = report.document
    overlapping = [f for f, why in result.skipped if why == "overlaps another fix"]
    if not result.applied:
        st.info("Nothing is fixed yet: press **Apply safe fixes**, or **Apply fix** on a finding in the list.")
        return
    st.caption(
        f"{len(result.applied)} fixes applied: struck out in red, what was there; in green, what replaces it."
        + (f" {len(overlapping)} overlap another fix and wait for the next round." if overlapping else "")
    )
    with st.container(height=PANE_HEIGHT, key="corrected-pane"):
        st.html(view.fixes_html(doc.text, result.applied))
    with st.expander("Unified diff"):
        st.code(unified_diff(doc.text, result.text, doc.doc_id), language="diff")


def main() -> None:
    st.set_page_config(
        page_title="auditor: MT leftovers", page_icon="🔎", layout="wide", initial_sidebar_state="collapsed"
    )
    st.html(view.STYLE + APP_STYLE)  # styles only: no space taken
    head = st.container()
    given = inputs("Article: upload or paste your own, with its source, a reference and your settings")
    if given.article is None:
        given.article, given.name = SAMPLE.read_bytes(), SAMPLE.name
        if given.source is None and SAMPLE_SOURCE.is_file():
            given.source, given.source_name = SAMPLE_SOURCE.read_bytes(), SAMPLE_SOURCE.name
        if given.config is None and SAMPLE_SETTINGS.is_file():  # the sample's publication and its house style
            given.config, given.config_name = SAMPLE_SETTINGS.read_bytes(), "samples/auditor.toml"
    config_problem = configuration(given.config, given.config_name)[1]
    if config_problem:
        st.error(config_problem)

    with st.sidebar:
        st.header("Language")
        problem = too_big(given.article, given.name)
        loaded = Loaded(None, error=problem) if problem else load(given.article, given.name)
        choices = view.language_choices()
        detected = loaded.detected if loaded.detected in choices else "ja"
        lang = st.selectbox(
            "Target language",
            [AUTO, *choices],
            format_func=lambda code: f"detected: {choices[detected]}" if code == AUTO else f"{choices[code]} ({code})",
            key="lang",
        )
        lang = detected if lang == AUTO else lang

    if loaded.doc is None:
        with head:
            header(given, None, None, config_problem)
        st.error(f"Could not read the article. {loaded.error}")
        return
    source_error = too_big(given.source, given.source_name)
    reference_error = too_big(given.reference, given.reference_name)
    report, errors = run_audit(
        given.article,
        given.name,
        lang,
        None if source_error else given.source,
        given.source_name,
        None if reference_error else given.reference,
        given.reference_name,
        given.config,
        given.config_name,
    )
    for message in [m for m in (source_error, reference_error) if m] + errors:
        st.warning(message)
    if loaded.note:
        st.caption(loaded.note)
    if report is None:
        with head:
            header(given, None, None, config_problem)
        st.error(f"Could not read the article. {' '.join(errors)}")
        return
    doc = report.document
    with head:
        sample = given.name == SAMPLE.name and isinstance(given.article, bytes)
        header(given, report, doc, config_problem, sample=sample)

    with st.sidebar:
        st.header("Filters")
        categories = st.multiselect("Category", sorted(report.by_category()), placeholder="all categories")
        severities = st.multiselect("Severity", list(SEVERITIES), placeholder="all severities")
        rules = st.multiselect("Rule", sorted(report.by_rule()), placeholder="all rules")
    shown = view.filter_findings(report.findings, categories, severities, rules)
    visible = view.filtered_report(report, shown)
    key = document_key(doc)
    result = toolbar(report, shown, visible, key)
    decisions = decisions_of(key)

    tabs = ["Review", "Corrected text"]
    tabs += ["Side by side"] if doc.source is not None else []
    tabs += ["Summary"] + (["Reference"] * bool(report.reference))
    panes = dict(zip(tabs, st.tabs(tabs), strict=True))
    with panes["Review"]:
        text_column, list_column = st.columns([3, 2], gap="medium")
        with text_column:
            st.html(view.legend_html(view.counts_by_category(shown)))
            numbered = {n: decisions[k] for n, f in enumerate(shown, 1) if (k := finding_key(f)) in decisions}
            with st.container(height=PANE_HEIGHT, key="article-pane"):
                st.html(
                    f'<div class="auditor-text">{view.highlight_html(doc.text, shown, decisions=numbered)}</div>'
                    + view.notes_html(shown)
                )
        with list_column, st.container(height=PANE_HEIGHT + 34, key="findings-pane"):
            review_list(report, shown, key)
    with panes["Corrected text"]:
        corrected_view(report, result)
    if "Side by side" in panes:
        with panes["Side by side"]:
            pairs: tuple[Pair, ...] = Analysis(doc).alignment
            st.caption(
                f"{len(pairs)} aligned pairs: source on the left, the article on the right, link kind and confidence."
            )
            assert doc.source is not None  # the tab exists only with a source
            st.html(view.pairs_html(doc.source.text, doc.text, list(pairs), shown))
    with panes["Summary"]:
        summary(report, shown)
    if "Reference" in panes:
        with panes["Reference"]:
            assert report.reference is not None  # the tab exists only with a reference
            for metric in report.reference.scores.document:
                st.caption(str(metric))
            st.dataframe(pd.DataFrame(view.reference_rows(report)), hide_index=True)
    st.html(view.REVIEW_SCRIPT, unsafe_allow_javascript=True)


main()
