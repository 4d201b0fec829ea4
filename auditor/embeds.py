"""Placeholder: flattened social-media embed detection is being written."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EmbedBlock:
    start: int
    end: int
    platform: str
    evidence: str


def find_embed_blocks(doc) -> list[EmbedBlock]:
    return []
