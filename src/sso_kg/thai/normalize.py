"""Text normalisation shared by the readers and every extractor.

Thai releases come with zero-width spaces, non-breaking spaces, Thai digits, decomposed
vowels and Windows line ends. Readers normalise once (:func:`normalize_text`) so that every
extractor sees the same string and its character offsets stay valid; extractors use
:func:`to_arabic_digits` and :func:`collapse_spaces` on the pieces they pull out.
"""

from __future__ import annotations

import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT = re.compile("[๐-๙]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACES = re.compile(r"\s+")


def to_arabic_digits(text: str) -> str:
    """Thai digits (๐-๙) to ASCII digits; same length, so offsets are kept. (A text without
    any is returned as it is: looking for one costs a tenth of translating the text.)"""
    return text.translate(_THAI_DIGITS) if _THAI_DIGIT.search(text) else text


def normalize_text(text: str) -> str:
    """NFC, no invisible characters, ``\\n`` line ends, runs of horizontal space as one space.

    Thai digits are kept as written: a release's text is published as the agency wrote it.
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HSPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def has_thai(text: str) -> bool:
    """Whether ``text`` has a letter of the Thai block (U+0E00–U+0E7F)."""
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, trimmed: how the annotation guideline writes names."""
    return _SPACES.sub(" ", text).strip()
