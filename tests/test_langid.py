"""Source-language detection for bilingual audits."""

from __future__ import annotations

import pytest

from auditor.languages.detect import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The company said on Monday that its shares rose five percent after the report.", "en"),
        ("Das Unternehmen teilte am Montag mit, dass seine Aktien nach dem Bericht gestiegen sind.", "de"),
        ("Společnost v pondělí oznámila, že její akcie po zprávě vzrostly.", "cs"),
        ("東京で新しい駅が開業し、初日から多くの利用者が訪れた。", "ja"),
        ("公司今天发布了新型汽车", "zh"),  # Han without kana
        ("서울에서 새 역이 문을 열었다.", "ko"),
        ("Компания сообщила о росте продаж.", "ru"),
        ("?? 12 !!", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code
