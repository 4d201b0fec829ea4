"""Chinese: written without spaces in Han characters; GB18030 and Big5 files still circulate."""

from __future__ import annotations

from auditor.languages import LanguagePack
from auditor.languages.scripts import KANJI

PACK = LanguagePack(
    code="zh",
    name="Chinese",
    letters=KANJI,
    spaced=False,
    sentence_ends="。！？；",
    brackets="「」『』（）【】“”‘’《》",
    legacy_codecs=("gb18030", "big5"),
    bleu=(("BLEU", "zh"),),
)
