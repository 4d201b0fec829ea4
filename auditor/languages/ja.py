"""Japanese: written without spaces in kana and kanji; Shift_JIS, EUC-JP and ISO-2022-JP files still circulate."""

from __future__ import annotations

from auditor.languages import LanguagePack
from auditor.languages.scripts import KANA, KANJI

PACK = LanguagePack(
    code="ja",
    name="Japanese",
    letters=KANA + KANJI,
    spaced=False,
    # CP932 is Windows' Shift_JIS (a superset with NEC/IBM characters such as ①); the JIS X 0213 variants decode
    # characters the older tables lack. ISO-2022-JP is told by its escape sequences, before any of these.
    legacy_codecs=("cp932", "euc_jp", "shift_jis_2004", "euc_jis_2004"),
    bleu=(("BLEU", "ja-mecab"), ("BLEU-char", "char")),  # ja-mecab: sacrebleu[ja]'s MeCab + IPAdic, offline
    numbers="auditor.analysis.quantities:japanese_numbers",
    number_form="auditor.analysis.quantities:japanese_form",
    date_form="auditor.analysis.quantities:japanese_date",
    skeleton="auditor.languages.translit:skeleton",
)
