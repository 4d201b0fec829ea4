"""Source ↔ target sentence alignment: two documents in, sentence pairs out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pair:
    """One alignment link: ``source.text[src_start:src_end]`` ↔ ``target.text[tgt_start:tgt_end]``.

    A side with no sentences is empty (``start == end``, at the position where the missing
    sentence would be): a 1-0 link is a source sentence with no translation (an omission),
    a 0-1 link a target sentence with no source (an addition). ``src_count``/``tgt_count``
    say how many sentences each side joins (1-2, 2-1 links); ``confidence`` is in [0, 1].
    """

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    confidence: float = 1.0
    src_count: int = 1
    tgt_count: int = 1

    @property
    def kind(self) -> str:
        return f"{self.src_count}-{self.tgt_count}"

    def as_dict(self) -> dict[str, object]:
        return {
            "src_start": self.src_start,
            "src_end": self.src_end,
            "tgt_start": self.tgt_start,
            "tgt_end": self.tgt_end,
            "kind": self.kind,
            "confidence": round(self.confidence, 4),
        }
