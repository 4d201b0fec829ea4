from __future__ import annotations

import marshal
import re

import pytest

from auditor import regex_cache

PATTERNS = [
    ("[ぁ-ゖァ-ヺ㐀-䶿一-鿿豈-\ufaff々-〇]+", 0),
    (r"(?P<number>[0-9０-９]+)(?P<unit>円|ドル)?", 0),
    (r"(?i)\bapple(?=[^a-z])|Ａｐｐｌｅ", 0),
    ("りんご|みかん", re.IGNORECASE | re.MULTILINE),
    (r"(\w+)\s+\1", re.ASCII),
    (rb"[\x80-\xff]+(abc)?", 0),
    ("(?x) a b  # spaced\n c", 0),
]
TEXTS = ["りんご２０円をApple社が", "abc abc", "ＡＰＰＬＥ apple. 123ドル", "a b\nabc"]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_stored_program_compiles_to_the_pattern_re_builds(pattern, flags):
    regex_cache._entries.pop((pattern, int(flags)), None)
    fresh = regex_cache._compile(pattern, flags)  # compiled, and its program stored
    stored = regex_cache._compile(pattern, flags)  # from the stored program
    original = regex_cache._original(pattern, flags)
    assert fresh == original and stored == original  # patterns compare by flags and program
    assert (stored.groups, dict(stored.groupindex), stored.flags) == (
        original.groups,
        dict(original.groupindex),
        original.flags,
    )
    for text in TEXTS:
        subject = text.encode() if isinstance(pattern, bytes) else text
        assert [m.groups() for m in stored.finditer(subject)] == [m.groups() for m in original.finditer(subject)]


def test_programs_go_to_the_file_and_come_back(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    monkeypatch.setattr(regex_cache, "_path", path)
    monkeypatch.setattr(regex_cache, "_added", True)
    monkeypatch.setattr(regex_cache.sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regex_cache, "_used", {})  # a run that used only this pattern (the suite uses thousands)
    regex_cache._compile("[一-鿿]{2}", 0)
    regex_cache._write()
    version, entries, ages = marshal.loads(path.read_bytes())
    assert (version, entries[("[一-鿿]{2}", 0)], ages[("[一-鿿]{2}", 0)]) == (
        regex_cache._FORMAT,
        regex_cache._entries[("[一-鿿]{2}", 0)],
        0,
    )


def _fresh_cache(monkeypatch, path) -> None:
    """An empty cache that writes to ``path``, as a run that writes bytecode does."""
    monkeypatch.setattr(regex_cache, "_path", path)
    monkeypatch.setattr(regex_cache, "_added", True)
    monkeypatch.setattr(regex_cache.sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regex_cache, "_entries", {})
    monkeypatch.setattr(regex_cache, "_ages", {})
    monkeypatch.setattr(regex_cache, "_used", {})


def test_the_file_keeps_what_the_last_writing_runs_used(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    _fresh_cache(monkeypatch, path)
    old, recent = ("[一-鿿]{3}", 0), ("[ぁ-ゖ]{3}", 0)
    regex_cache._compile(*old)
    regex_cache._write()  # a run that used `old`
    for run in range(1, regex_cache._MAX_AGE + 2):  # runs that wrote the file and used only `recent`
        _, _, regex_cache._ages = marshal.loads(path.read_bytes())
        regex_cache._used.clear()
        regex_cache._compile(*recent)
        regex_cache._write()
        _, entries, ages = marshal.loads(path.read_bytes())
        assert ages[recent] == 0
        # Kept while one of the last _MAX_AGE writing runs used it, then left out.
        assert (ages.get(old) if old in entries else None) == (run if run <= regex_cache._MAX_AGE else None)


def test_re_compiles_through_the_cache():
    assert re._compiler.compile is regex_cache._compile  # type: ignore[attr-defined]
    assert re.compile("テスト[0-9]+", re.IGNORECASE).fullmatch("テスト12")


def test_a_damaged_entry_is_dropped_and_the_pattern_compiled_as_re_does():
    pattern = "[一-鿿]+株式会社"
    good = regex_cache._original(pattern, 0)
    flags, _packed, groups, groupindex, indexgroup = regex_cache._program(pattern, 0)
    regex_cache._entries[(pattern, 0)] = (flags, b"\xff\xff\xff\xff" * 3, groups, groupindex, indexgroup)
    assert regex_cache._compile(pattern, 0) == good  # the engine refuses the program: re compiles it
    assert (pattern, 0) not in regex_cache._entries


def test_a_bad_pattern_raises_re_error_as_re_does():
    with pytest.raises(re.error):
        regex_cache._compile("[一-", 0)


def test_the_file_keeps_at_most_kept_entries_first_used_first(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    _fresh_cache(monkeypatch, path)
    monkeypatch.setattr(regex_cache, "_KEPT", 2)
    for pattern in ("[一-鿿]{4}", "[ぁ-ゖ]{4}", "[ァ-ヺ]{4}"):
        regex_cache._compile(pattern, 0)
    regex_cache._write()
    _, entries, _ = marshal.loads(path.read_bytes())
    assert list(entries) == [("[一-鿿]{4}", 0), ("[ぁ-ゖ]{4}", 0)]
