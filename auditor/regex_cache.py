"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode (``__pycache__/*.pyc``).

Python's ``re`` compiles a pattern to a list of integers (the program its C engine runs); turning a character class
of kanji (``[一-鿿]``, 20,000 characters) into that program walks every character of it in Python, and the auditor
compiles some hundred such patterns at every start: a third of a one-article run (0.1 s of 0.3). ``install`` makes
``re`` look a pattern's program up in ``__pycache__/regex.<python>.<engine>.marshal`` first, keyed by the pattern's
exact text and flags, and the program is handed to the same C constructor ``re`` itself calls: the compiled pattern
is the same object it would have built. A run that compiled a pattern the file lacks writes the file back at exit
(unless Python is told not to write bytecode): the programs this run used, then the file's others that one of the
last ``_MAX_AGE`` writing runs used, at most ``_KEPT`` in all; a run that found every pattern there writes nothing.
So the file holds what the last few writing runs needed, not everything ever compiled (a batch of news articles
uses ~430 patterns, ~0.4 MB; the test suite ~2,700, of which the first 1,000 are kept, and those only it uses leave
after three writing runs that use none), and a start reads ~1 µs a pattern. The file's name holds the interpreter's
cache tag, its full version and the engine's version, so another Python, even another patch release, never reads
it. Anything unexpected (an unreadable file, a damaged entry, which the engine's own check of a program refuses, a
Python whose ``re`` works otherwise) leaves ``re`` compiling as usual, and ``AUDITOR_REGEX_CACHE=0`` in the
environment turns the cache off.

The lookup stands in ``re``'s compiler for the whole process once ``auditor`` is imported, since the rules' patterns
are compiled at import and on first need; patterns of other libraries then come from the same file, unchanged.
"""

from __future__ import annotations

import atexit
import marshal
import os
import platform
import re
import sys
import tempfile
from array import array
from itertools import islice
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own modules (3.11 to 3.13)
except ImportError:  # pragma: no cover - another Python
    _sre = None

# Entries kept in the file at most: those this run used first, in the order it first used them, then the file's
# others. Every run of news, dense and sample articles together uses ~510; the test suite, ~2,700 (pytest's own too).
_KEPT = 1000
_MAX_AGE = 3  # writing runs an entry may go unused before a write leaves it out
_FORMAT = 2  # the file holds (_FORMAT, entries, ages); a bare dict of entries is the first format's
_Key = tuple[str | bytes, int]
_entries: dict[_Key, tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]] = {}
_ages: dict[_Key, int] = {}  # how many writing runs ago each of the file's entries was last used
_used: dict[_Key, None] = {}  # the entries this run used, in the order of their first use
_added = False
_path: Path | None = None
_original: Any = None


def _program(pattern: str | bytes, flags: int) -> Any:
    """What ``re._compiler.compile`` does, keeping its program for the file."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _compile(pattern: Any, flags: int = 0) -> Any:
    global _added
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    entry = _entries.get(key)
    try:
        if entry is None:
            all_flags, code, groups, groupindex, indexgroup = _program(pattern, int(flags))
            _entries[key] = (all_flags, array("I", code).tobytes(), groups, groupindex, indexgroup)
            _added = True
        else:
            all_flags, packed, groups, groupindex, indexgroup = entry
            code = array("I")
            code.frombytes(packed)
            code = code.tolist()
        compiled = _sre.compile(pattern, all_flags, code, groups, dict(groupindex), indexgroup)
    except re.error:
        raise  # a bad pattern: the same error re gives
    except Exception:  # a damaged entry (the engine checks each program) or another re: compile as re does
        _entries.pop(key, None)
        return _original(pattern, flags)
    _used[key] = None
    return compiled


def _write() -> None:
    if not _added or _path is None or sys.dont_write_bytecode:
        return
    kept = {key: _entries[key] for key in islice(_used, _KEPT)}
    ages = dict.fromkeys(kept, 0)
    for key, entry in _entries.items():
        if len(kept) >= _KEPT:
            break
        age = _ages.get(key, 0) + 1
        if key not in kept and age <= _MAX_AGE:
            kept[key] = entry
            ages[key] = age
    try:
        _path.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=_path.parent, prefix=_path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            marshal.dump((_FORMAT, kept, ages), out)  # the keys are written once (marshal refers back to them)
        os.chmod(temporary, 0o644)
        os.replace(temporary, _path)
    except (OSError, ValueError):
        pass


def install() -> None:
    """Look compiled patterns up in the file from here on (once per process; a no-op where ``re`` differs)."""
    global _original, _path
    if _original is not None or _sre is None or array("I").itemsize != 4 or _sre.CODESIZE != 4:
        return
    if os.environ.get("AUDITOR_REGEX_CACHE", "1") == "0":
        return  # turned off: every pattern compiled by re itself
    if getattr(_compiler, "compile", None) is None or not hasattr(_compiler, "_code"):
        return
    name = f"regex.{sys.implementation.cache_tag}.{platform.python_version()}.{_sre.MAGIC}.marshal"
    _path = Path(__file__).parent / "__pycache__" / name
    try:
        loaded = marshal.loads(_path.read_bytes())
        if isinstance(loaded, tuple) and len(loaded) == 3 and loaded[0] == _FORMAT:
            _entries.update(loaded[1])
            _ages.update(loaded[2])
        elif isinstance(loaded, dict):  # the first format: no ages (all count as used by the last write)
            _entries.update(loaded)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_write)


install()
