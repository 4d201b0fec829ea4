"""Bytes to text: byte-order mark, then strict UTF-8, then the legacy encodings of the language.

The decoded text is exactly what the bytes say. Line ends (CRLF stays CRLF), odd
spaces and all stay as they are, because findings point into the text by offset.
For every result, ``data.decode(result.encoding) == result.text``: the BOM codecs
(``utf-8-sig``, ``utf-16``, ``utf-32``) drop their mark themselves.

Order, cheapest and surest first:

1. a byte-order mark (UTF-32, UTF-8, UTF-16) decides;
2. known binary signatures (PNG, PDF, ZIP, ...) are refused, and so are NUL bytes unless they
   read as BOM-less UTF-16;
3. ISO-2022-JP (7-bit with escape sequences, so it would pass as UTF-8);
4. strict UTF-8, which almost never accepts text in another encoding by accident. Valid
   non-ASCII UTF-8 outranks an HTML ``<meta charset>`` (stale declarations are common);
5. the encoding the file declares, if any;
6. the legacy encodings of the language's pack (``auditor.languages``; a file whose language is not
   named is tried as Japanese, the first target language). For Japanese: CP932, EUC-JP (and their
   JIS X 0213 variants), then BOM-less UTF-16, each judged by how Japanese the decoded text looks,
   because a wrong legacy codec still decodes but gives half-width katakana, private-use or Yi soup;
   for another language (Chinese: GB18030, Big5), the first that decodes into its own letters;
7. charset-normalizer for the rest (other languages, Latin-1/CP1252, ...).

Many control bytes (0x01-0x1F but tab, line ends and ESC) refuse a file as binary before it
is accepted as UTF-8 or handed to step 7; not earlier, because UTF-16 of Japanese is full of them.

Text that is almost valid in one encoding but has a few broken bytes is refused with the
position of the first one, rather than decoded into mojibake by a guess.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from auditor.document import UNDETERMINED
from auditor.readers.errors import ReadError

SAMPLE_BYTES = 8192  # binary sniffing looks at this much, as git does
_SCORE_CHARS = 100_000  # plausibility is judged on this many decoded characters


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name; data.decode(encoding) == text


# UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Signatures with at least one byte that plain text never starts with (or an unmistakable tag).
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, or a .docx/.xlsx/.epub file"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls/.ppt)"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_SIGNATURE_STARTS = tuple(signature for signature, _ in _SIGNATURES)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV sound file", b"AVI ": "an AVI video"}

# C0 controls that text files do not contain. Tab, LF, VT, FF, CR and ESC (ISO-2022-JP) are allowed.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.02

# The Japanese pack's legacy codecs (auditor/languages/ja.py), which the scoring below is made for.
_JAPANESE_CODECS = ("cp932", "euc_jp", "shift_jis_2004", "euc_jis_2004")
_ISO2022_CODECS = ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_2004")

# Characters that make decoded text look Japanese: CJK punctuation, kana, kanji, full-width forms,
# and the symbols JIS X 0208 carries (arrows, ※, ○, box drawing, ①, ㈱, ㎞, ±, ×, ÷).
# Half-width katakana and private-use characters are left out: they are what a wrong codec produces.
# The pattern matches the non-ASCII characters outside that set: few in real Japanese, so counting is fast.
_NOT_JAPANESE = (
    r"[^\x00-\x7f\u3000-\u30ff\u31f0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
    r"\u2010-\u2bff\u00a7\u00a8\u00b0\u00b1\u00b4\u00b6\u00d7\u00f7]"
)
_KANA = r"[\u3041-\u309f\u30a0-\u30ff]"
_HIRAGANA = r"[\u3041-\u309f]"
_JAPANESE_SHARE = 0.8  # of the non-ASCII characters
_KANA_SHARE = 0.05  # Japanese prose is a third kana; kanji-only soup is what random bytes give in EUC
_CONFIDENT_SHARE = 0.98  # no wrong codec gets this close: stop trying others
# What any text, in any script, is made of; used to judge BOM-less UTF-16.
_TEXT_CHARS = (
    r"[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u052f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff"
    r"\u2000-\u2bff\u3000-\u30ff\u3130-\u318f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
_TEXT_SHARE = 0.95
_UTF16_TELLTALES = r"[\t\n\r\x20-\x7e\u3041-\u30ff]"
_UTF16_NO_NUL_HIRAGANA = 0.1  # Japanese prose is a third hiragana; a wrong guess has almost none
_NEAR_MISS_SHARE = 0.005  # at most this share of broken bytes still counts as "this encoding, damaged"

_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r"

# Labels an HTML page may declare, mapped to the codec we decode with (as browsers do: Shift_JIS
# means CP932, Latin-1 means CP1252).
_LABELS = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def decode(data: bytes, name: str, *, lang: str = UNDETERMINED, declared: str | None = None) -> Decoded:
    """Decode ``data`` (the bytes of file ``name``) without changing a character.

    ``lang`` is the expected language: for Japanese the legacy Japanese encodings are tried
    before generic detection. ``declared`` is an encoding label the file itself names
    (an HTML ``<meta charset>``). Raises ReadError for binary or undecodable data.
    """
    if not data:
        raise ReadError(f"{name}: file is empty")
    for bom, codec, body_codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(body_codec), codec)
            except UnicodeDecodeError as error:
                raise _decode_error(name, data, error, len(bom), f"{body_codec}, as its byte-order mark says") from None

    what = sniff_binary(data)
    if what:
        raise ReadError(f"{name}: not text (looks like {what})")
    sample = data[:SAMPLE_BYTES]
    if 0 in data and (0 in sample or data.count(0) * 1000 > len(data)):  # most files: one memchr, no count
        decoded = _utf16_by_nul_pattern(data)
        if decoded:
            return decoded
        raise ReadError(f"{name}: not text (binary data: it contains NUL bytes)")

    if b"\x1b" in data and data.isascii():
        _refuse_control_bytes(name, sample)
        for codec in _ISO2022_CODECS:
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue

    tried: list[str] = ["utf-8"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        _refuse_control_bytes(name, sample)
        # Valid non-ASCII UTF-8 outranks a declaration (stale <meta> tags are common; the reverse,
        # legacy bytes that happen to be valid UTF-8, practically never happens).
        named = _codec_for_label(declared)
        if named and named != "utf-8" and data.isascii():
            return Decoded(text, named)
        return Decoded(text, "utf-8")

    named = _codec_for_label(declared)
    if named and named != "utf-8":
        tried.append(named)
        try:
            return Decoded(data.decode(named), named)
        except UnicodeDecodeError:
            pass  # the declaration is wrong; detect

    legacy = _legacy_codecs(lang)
    japanese = bool(legacy) and legacy == _JAPANESE_CODECS
    if japanese:
        tried.extend(_JAPANESE_CODECS)
        decoded = _best_japanese(data) or _utf16_japanese_without_nuls(data)
        if decoded:
            return decoded
        tried.append("utf-16")
    elif legacy:
        tried.extend(legacy)
        decoded = _best_legacy(data, legacy, lang)
        if decoded:
            return decoded

    # Only now: BOM-less UTF-16 of Japanese is full of bytes 0x01-0x1F (。 is 02 30).
    _refuse_control_bytes(name, sample)
    near = _near_miss(data, ("utf-8", *_JAPANESE_CODECS) if japanese else ("utf-8",))
    if near:
        near_codec, near_error = near
        raise _decode_error(name, data, near_error, 0, f"the rest reads as {near_codec}; the file may be damaged")

    tried.append("charset detection")
    decoded = _charset_normalizer(data, lang)
    if decoded:
        return decoded
    raise _decode_error(name, data, utf8_error, 0, f"tried {', '.join(dict.fromkeys(tried))}")


def _legacy_codecs(lang: str) -> tuple[str, ...]:
    """The legacy encodings the language pack of ``lang`` names. A file whose language nobody named is tried
    as Japanese, the first target language, whose legacy encodings are the ones still met in news feeds."""
    from auditor.languages import UnknownLanguage, get_pack

    try:
        return get_pack("ja" if lang in ("", UNDETERMINED) else lang).legacy_codecs
    except UnknownLanguage:
        return ()


def _best_legacy(data: bytes, legacy: tuple[str, ...], lang: str) -> Decoded | None:
    """The first of a language's legacy codecs that decodes ``data`` strictly into text mostly in its letters."""
    from auditor.languages import get_pack

    letters = _regex(f"[{get_pack(lang).letters}]")
    for codec in legacy:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:_SCORE_CHARS]
        non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
        own = len(letters.findall(sample))
        if non_ascii and own >= _JAPANESE_SHARE * non_ascii and _text_share(sample) >= _TEXT_SHARE:
            return Decoded(text, codec)
    return None


def _refuse_control_bytes(name: str, sample: bytes) -> None:
    if not any(byte in sample for byte in _CONTROL_BYTES):
        return  # most files: a memchr for each control byte costs less than a count over every byte
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise ReadError(f"{name}: not text (binary data: {controls:,} control bytes in the first {len(sample):,})")


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like, or None."""
    if data.startswith(_SIGNATURE_STARTS):  # one call for every signature: most files are text
        for signature, what in _SIGNATURES:
            if data.startswith(signature):
                return what
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4/MOV video or HEIC image"
    return None


def _codec_for_label(label: str | None) -> str | None:
    """The codec for an encoding label as HTML declares it, or None when unknown or ignored."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    codec = {"shift_jis": "cp932", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(codec, codec)
    # A page that names its charset in ASCII is ASCII-compatible: refuses UTF-7, EBCDIC, HZ, UTF-16.
    if _ASCII_PROBE.decode(codec, errors="replace") != _ASCII_PROBE.decode("ascii"):
        return None
    return codec


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """Compiled on first use: the large character classes take ~4 ms, which UTF-8 files never need."""
    return re.compile(pattern)


def _japanese_score(text: str) -> float:
    """Share of the non-ASCII characters that belong in Japanese text (0 when implausible)."""
    sample = text[:_SCORE_CHARS]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if not non_ascii:
        return 0.0
    needed = max(1, int(_KANA_SHARE * non_ascii))
    if sum(1 for _ in islice(_regex(_KANA).finditer(sample), needed)) < needed:  # stops once enough are seen
        return 0.0
    return 1.0 - len(_regex(_NOT_JAPANESE).findall(sample)) / non_ascii


def _best_japanese(data: bytes) -> Decoded | None:
    """The legacy Japanese codec whose strict decoding looks most Japanese, if any looks enough."""
    best: Decoded | None = None
    best_score = _JAPANESE_SHARE
    for codec in _JAPANESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(text)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = Decoded(text, codec), score
        if best_score >= _CONFIDENT_SHARE:
            break
    return best


def _text_share(text: str) -> float:
    sample = text[:_SCORE_CHARS]
    return len(_regex(_TEXT_CHARS).findall(sample)) / len(sample) if sample else 0.0


def _utf16_by_nul_pattern(data: bytes) -> Decoded | None:
    """BOM-less UTF-16 (data with NULs): the byte order in which ASCII and kana read as such.

    Read in the wrong order, ASCII turns into U+xx00 and kana into U+xx30, while the few
    characters that turn into ASCII (一 is 4E 00) are far fewer.
    """
    if len(data) % 2:
        return None
    best: tuple[int, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        telltales = len(_regex(_UTF16_TELLTALES).findall(text, 0, _SCORE_CHARS))
        if best is None or telltales > best[0]:
            best = (telltales, text, codec)
    if best is None or _text_share(best[1]) < _TEXT_SHARE:
        return None
    return Decoded(best[1], best[2])


def _utf16_japanese_without_nuls(data: bytes) -> Decoded | None:
    """BOM-less UTF-16 of Japanese with no ASCII at all, so no NUL pattern to see."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:_SCORE_CHARS]
        hiragana = len(_regex(_HIRAGANA).findall(sample))
        if hiragana >= _UTF16_NO_NUL_HIRAGANA * len(sample) and _text_share(sample) >= _TEXT_SHARE:
            return Decoded(text, codec)
    return None


def _near_miss(data: bytes, codecs_to_try: tuple[str, ...]) -> tuple[str, UnicodeDecodeError] | None:
    """A codec in which the data is valid but for a few bytes, with the first decode error."""
    best: tuple[int, str, UnicodeDecodeError] | None = None
    for codec in codecs_to_try:
        try:
            data.decode(codec)
        except UnicodeDecodeError as error:
            first_error = error
        else:
            continue
        text = data.decode(codec, errors="replace")
        broken = text.count("\ufffd")
        if broken > max(1, _NEAR_MISS_SHARE * len(text)):
            continue
        if codec != "utf-8" and _japanese_score(text.replace("\ufffd", "")) < _JAPANESE_SHARE:
            continue
        if best is None or broken < best[0]:
            best = (broken, codec, first_error)
    return (best[1], best[2]) if best else None


# Single-byte Latin code pages. On short texts charset-normalizer picks among them almost at random
# (French as Baltic cp1257), so we choose by language: CP1252 unless the language says otherwise.
_LATIN_CODEPAGES = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp775", "cp850", "cp852", "mac-roman", "mac-latin2"}
    | {"iso8859-1", "iso8859-2", "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-15"}
)
_LATIN_CODEPAGE_BY_LANG = {
    **dict.fromkeys(("cs", "pl", "sk", "hu", "sl", "hr", "ro", "bs", "sq"), "cp1250"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "tr": "cp1254",
}


def _charset_normalizer(data: bytes, lang: str) -> Decoded | None:
    """Ask charset-normalizer (imported only here: most files never get this far)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    if codec.startswith(("utf-16", "utf-32")):
        return None  # real BOM-less UTF-16 was caught by its NULs or its kana above; this is a guess
    if codec in _LATIN_CODEPAGES:
        codec = _LATIN_CODEPAGE_BY_LANG.get(lang.lower()[:2], "cp1252")
    if codec == "shift_jis":
        codec = "cp932"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    # charset-normalizer always names something; control characters mean it guessed wrong.
    return Decoded(text, codec) if _text_share(text) >= _TEXT_SHARE else None


def _decode_error(name: str, data: bytes, error: UnicodeDecodeError, offset: int, detail: str) -> ReadError:
    """``name: cannot decode: invalid byte 0x83 at position 1,204 (detail)``; positions count bytes from 0."""
    position = offset + error.start
    return ReadError(f"{name}: cannot decode: invalid byte 0x{data[position]:02X} at position {position:,} ({detail})")
