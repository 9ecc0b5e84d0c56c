"""The release: what every reader produces and every later step consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Release:
    """One press release as read from its source, before any extraction.

    ``text`` is the whole release (normalised: NFC, no zero-width characters, ``\\n`` line ends);
    every character span the extractors report is an offset into it, so a page can show the
    sentence behind a fact.
    """

    id: str
    text: str
    title: str
    date: dt.date | None = None
    url: str | None = None
    source: str = ""
    body_start: int = 0

    @property
    def body(self) -> str:
        """The text after the headline and the page furniture: what extraction reads."""
        return self.text[self.body_start :]
