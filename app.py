"""The editor's app: upload or paste an article, see its findings in place, export them.

    streamlit run app.py        # or: python3 dev.py app

Thin over the library: reading (auditor.readers), auditing (auditor.audit), the HTML views
(auditor.view) and the exports (auditor.export). Reading and auditing are cached on the content
and the options, so changing a filter only redraws. A first visit shows the built-in sample.
"""

from __future__ import annotations

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
from auditor.export import finding_rows, to_csv, to_json
from auditor.findings import SEVERITIES
from auditor.inputs import Input, Upload
from auditor.readers import MAX_BYTES, ReadError
from auditor.readers.bilingual import BILINGUAL_FORMATS

SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE = SAMPLES / "tech-partnership-ja.txt"
SAMPLE_SOURCE = SAMPLES / "tech-partnership-en.txt"  # shown side by side when it exists
TEXT_TYPES = ["txt", "md", "markdown", "html", "htm"]
ARTICLE_TYPES = TEXT_TYPES + sorted(ext.lstrip(".") for ext in BILINGUAL_FORMATS)
AUTO = "auto"


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


def pick_input(label: str, key: str, types: list[str], help_text: str) -> tuple[bytes | str | None, str]:
    """An uploader and a text box; the upload wins. Returns (content, name) or (None, "")."""
    upload = st.file_uploader(f"Upload the {label}", type=types, key=f"{key}_file", help=help_text)
    pasted = st.text_area(f"… or paste the {label}", key=f"{key}_text", height=120)
    if upload is not None:
        return upload.getvalue(), upload.name
    if pasted.strip():
        return pasted, f"pasted {label}"
    return None, ""


def inputs() -> tuple[bytes | str | None, str, bytes | str | None, str, bytes | str | None, str]:
    with st.expander("Your article: upload or paste it, with its source and a reference if you have them"):
        left, middle, right = st.columns(3)
        with left:
            article, name = pick_input(
                "article",
                "article",
                ARTICLE_TYPES,
                "Text, Markdown or HTML; XLIFF, TMX, PO or TSV for a bilingual file",
            )
        with middle:
            source, source_name = pick_input(
                "source (optional)", "source", TEXT_TYPES, "The text the article translates: adds cross-checks"
            )
        with right:
            reference, reference_name = pick_input(
                "reference (optional)", "reference", TEXT_TYPES, "A human translation: adds BLEU and chrF"
            )
    return article, name, source, source_name, reference, reference_name


def too_big(data: bytes | str | None, name: str) -> str:
    # Checked before the cache, which would hash the whole upload first.
    if isinstance(data, bytes) and len(data) > MAX_BYTES:
        return f"{name}: larger than the {MAX_BYTES >> 20} MB limit ({len(data) / (1 << 20):.1f} MB)"
    return ""


def summary(report: auditor.Report, shown: list) -> None:
    """The numbers beside a chart of the findings shown, per category and severity."""
    score = report.score
    numbers, chart_column = st.columns([1, 3])
    numbers.metric("Findings shown", f"{len(shown)} of {len(report.findings)}")
    numbers.metric("MQM score", f"{score.score:.1f}", help=f"0-100, higher is better. {score.signature}")
    if report.reference:
        for name in ("BLEU", "chrF"):
            metric = report.reference.scores.get(name)
            numbers.metric(name, f"{metric.score:.1f}", help=f"Against the reference. {metric.signature}")
    counts = view.counts_by_category(shown)
    if counts:
        chart = pd.DataFrame.from_dict(counts, orient="index")[list(SEVERITIES)]
        chart.index.name = "category"
        with chart_column:
            st.bar_chart(chart, horizontal=True, color=["#9ecae1", "#fdae6b", "#de2d26"], height=90 + 22 * len(counts))


def main() -> None:
    st.set_page_config(page_title="auditor: MT leftovers", page_icon="🔎", layout="wide")
    st.title("auditor: machine-translation leftovers in news")
    article, name, source, source_name, reference, reference_name = inputs()
    if article is None:
        article, name = SAMPLE.read_bytes(), SAMPLE.name
        if source is None and SAMPLE_SOURCE.is_file():
            source, source_name = SAMPLE_SOURCE.read_bytes(), SAMPLE_SOURCE.name
        st.info(f"Showing the built-in sample article `{SAMPLE.name}`. Open **Your article** above to audit your own.")

    with st.sidebar:
        st.header("Publication settings")
        upload = st.file_uploader("auditor.toml", type=["toml"], key="config", help="Your house style and rules")
        config, config_name = (upload.getvalue(), upload.name) if upload is not None else (None, "")
        problem = configuration(config, config_name)[1]
        if problem:
            st.error(problem)
        st.caption(
            f"In effect: `{config_name}`" if config and not problem else "In effect: the defaults (no settings file)"
        )
        st.header("Language")
        problem = too_big(article, name)
        loaded = Loaded(None, error=problem) if problem else load(article, name)
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
        st.error(f"Could not read the article. {loaded.error}")
        return
    source_error, reference_error = too_big(source, source_name), too_big(reference, reference_name)
    report, errors = run_audit(
        article,
        name,
        lang,
        None if source_error else source,
        source_name,
        None if reference_error else reference,
        reference_name,
        config,
        config_name,
    )
    for message in [m for m in (source_error, reference_error) if m] + errors:
        st.warning(message)
    if loaded.note:
        st.caption(loaded.note)
    if report is None:
        st.error(f"Could not read the article. {' '.join(errors)}")
        return
    doc = report.document

    with st.sidebar:
        st.header("Filters")
        categories = st.multiselect("Category", sorted(report.by_category()), placeholder="all categories")
        severities = st.multiselect("Severity", list(SEVERITIES), placeholder="all severities")
        rules = st.multiselect("Rule", sorted(report.by_rule()), placeholder="all rules")
    shown = view.filter_findings(report.findings, categories, severities, rules)
    visible = view.filtered_report(report, shown)

    st.caption(
        f"**{doc.doc_id}** · {len(doc.text):,} characters · language `{doc.lang}`"
        + (f" · source: {len(doc.source.text):,} characters" if doc.source is not None else "")
    )
    summary(report, shown)

    tabs = ["Article"] + (["Side by side"] if doc.source is not None else []) + (["Reference"] * bool(report.reference))
    panes = dict(zip(tabs, st.tabs(tabs), strict=True))
    with panes["Article"]:
        text_column, list_column = st.columns([3, 2])
        with text_column:
            st.html(view.STYLE + view.legend_html(view.counts_by_category(shown)))
            st.html(f'<div class="auditor-text">{view.highlight_html(doc.text, shown)}</div>')
        with list_column:
            columns = ("line", "severity", "category", "rule", "excerpt", "message", "suggestion")
            rows = [{"#": number} | {k: row[k] for k in columns} for number, row in enumerate(finding_rows(visible), 1)]
            st.dataframe(pd.DataFrame(rows), hide_index=True, height=600, key="findings")
    if "Side by side" in panes:
        with panes["Side by side"]:
            pairs: tuple[Pair, ...] = Analysis(doc).alignment
            st.caption(
                f"{len(pairs)} aligned pairs: source on the left, the article on the right, link kind and confidence."
            )
            assert doc.source is not None  # the tab exists only with a source
            st.html(view.STYLE + view.pairs_html(doc.source.text, doc.text, list(pairs), shown))
    if "Reference" in panes:
        with panes["Reference"]:
            assert report.reference is not None  # the tab exists only with a reference
            for metric in report.reference.scores.document:
                st.caption(str(metric))
            st.dataframe(pd.DataFrame(view.reference_rows(report)), hide_index=True)

    stem = Path(doc.doc_id).stem.replace(" ", "-") or "article"
    left, right = st.columns(2)
    label = "all" if len(shown) == len(report.findings) else f"{len(shown)} shown"
    left.download_button(f"Download CSV ({label})", to_csv([visible]), f"{stem}-findings.csv", "text/csv")
    right.download_button(f"Download JSON ({label})", to_json([visible]), f"{stem}-findings.json", "application/json")


main()
