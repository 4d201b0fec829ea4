"""find_word (auditor/analysis/name_forms.py): str.find by the places of the word's first character."""

import pytest

from auditor.analysis.name_forms import find_word


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("りんごはりんごジュースを", "りんご", 0),
        ("りんごはりんごジュースを", "りんご", 1),
        ("ののののののののののの林檎の木", "の木", 0),  # more places of の than it tries one by one
        ("ののののののののののの林檎", "の木", 0),
        ("アップル", "", 2),
        ("アップル", "ル", 0),
        ("", "アップル", 0),
        ("Apple and apple", "apple", 0),
    ],
)
def test_find_word_is_str_find(text: str, word: str, start: int) -> None:
    assert find_word(text, word, start) == text.find(word, start)
