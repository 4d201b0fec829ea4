"""The one error readers raise."""

from __future__ import annotations


class ReadError(ValueError):
    """A file that cannot be read as an article, with a one-line reason.

    The message always starts with the file name, so a CLI can print it as is:
    ``article.txt: not text (looks like a PNG image)``.
    """
