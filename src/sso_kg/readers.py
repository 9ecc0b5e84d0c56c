"""Read releases from files, folders and JSON-lines corpora.

Every input yields either a :class:`Release` or a :class:`ReadFailure` that says why it could
not be read: nothing is dropped silently, and one bad file or line never stops the others.

Layouts understood:

* **plain text** (the Social Security Office's own releases): the headline on the first line,
  the body after it;
* **thaigov.go.th** (site title line ``รัฐบาลไทย-<category>-<title>``, a date line such as
  ``วันอังคารที่ 25 สิงหาคม 2563``, sometimes ``[25/08/2563]`` and ``พิมพ์``, the headline, the
  body, ``ที่มา : <url>``); detected by its site title line or its ``ที่มา`` line;
* **JSON lines** (``.jsonl``, ``.jsonl.gz``): one ``{"id", "text"}`` record a line, each text in
  either layout above.

Text is UTF-8, or Thai in TIS-620 / Windows-874, which older Thai government systems still
write: bytes that are not UTF-8 are read as Windows-874 (a superset of TIS-620) when that
gives Thai text, and refused otherwise. An HTML page, a binary file or a text larger than any
release (:data:`MAX_RELEASE_BYTES`) is refused with its reason.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .release import Release
from .thai.dates import parse_date
from .thai.normalize import collapse_spaces, normalize_text

TEXT_SUFFIXES = {".txt"}
MAX_RELEASE_BYTES = 2_000_000
"""The largest release text taken: three times the largest of the 63,241 releases of the
thaigov.go.th corpus (675 kB); a larger one is a dump or a mistake, not a press release."""
_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LETTER = re.compile(r"[^\W\d_]")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")

# The site title line: "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>", or without the news category.
_SITE_TITLE = re.compile(r"^รัฐบาลไทย-(?:(?P<category>ข่าว[^-\n]{0,40})-)?(?P<title>.*)$")
_SOURCE_LINE = re.compile(r"^ที่มา\s*:?\s*(?P<url>https?://\S+)\s*$", re.MULTILINE)
_FURNITURE = re.compile(r"^(?:พิมพ์|\[?[\d๐-๙]{1,2}/[\d๐-๙]{1,2}/[\d๐-๙]{4}\]?|\*+)$")
# How far down a thaigov release its own date line may stand (site title, blank lines, date).
_DATE_LINE_WINDOW = 8


@dataclass(frozen=True)
class ReadFailure:
    """An input that is not a release, and why: it goes to the quarantine, never nowhere."""

    source: str
    reason: str
    id: str | None = None
    raw: str | None = None


ReadResult = Release | ReadFailure


def parse_release(text: str, release_id: str, source: str = "") -> ReadResult:
    """One release from its text, in whichever layout it is written."""
    # At most 4 bytes a character: only a long text needs counting its bytes.
    if len(text) > MAX_RELEASE_BYTES // 4:
        failure = _too_large(len(text.encode("utf-8")), release_id, source, text)
        if failure is not None:
            return failure
    text = normalize_text(text)
    if not text.strip():
        return ReadFailure(source, "empty release: no text", release_id)
    if "\x00" in text:
        return ReadFailure(source, "binary content, not text", release_id)
    if _HTML.match(text):
        return ReadFailure(source, "an HTML page, not the text of a release", release_id, raw=text)
    lines = text.split("\n")
    if _SITE_TITLE.match(lines[0]) or _SOURCE_LINE.search(text):
        return _parse_thaigov(text, lines, release_id, source)
    return _parse_plain(text, lines, release_id, source)


def _parse_plain(text: str, lines: list[str], release_id: str, source: str) -> ReadResult:
    title = collapse_spaces(lines[0])
    # The body is the whole text: the headline states facts too (the guideline counts them).
    return Release(id=release_id, text=text, title=title, source=source, body_start=0)


def _parse_thaigov(text: str, lines: list[str], release_id: str, source: str) -> ReadResult:
    site = _SITE_TITLE.match(lines[0])
    title = collapse_spaces(site.group("title")) if site else ""
    # Skip the site title line: it is page furniture, not the release's own words.
    offset = len(lines[0]) + 1 if site else 0
    date = None
    index = 1 if site else 0
    for i in range(index, min(len(lines), index + _DATE_LINE_WINDOW)):
        line = lines[i]
        if not line:
            continue
        parsed = parse_date(line)
        if parsed is not None:
            date = parsed
            index = i + 1
            break
    # After the date line: optional numeric date and "print" furniture, then the headline.
    while index < len(lines) and (not lines[index] or _FURNITURE.match(lines[index])):
        index += 1
    if index < len(lines) and not title:
        title = collapse_spaces(lines[index])
    if not title:
        return ReadFailure(source, "no headline found", release_id)
    url_match = _SOURCE_LINE.search(text)
    return Release(
        id=release_id,
        text=text,
        title=title,
        date=date,
        url=url_match.group("url") if url_match else None,
        source=source,
        body_start=offset,
    )


def _too_large(size: int, release_id: str | None, source: str, text: str | None = None) -> ReadFailure | None:
    if size <= MAX_RELEASE_BYTES:
        return None
    return ReadFailure(
        source,
        f"too large for a release: {size / 1e6:.1f} MB (the limit is {MAX_RELEASE_BYTES / 1e6:g} MB)",
        release_id,
        raw=text[:10_000] if text else None,  # the start, enough to see what it is
    )


def decode_text(raw: bytes) -> str:
    """The text of a release's bytes: UTF-8, or else Thai in Windows-874 / TIS-620.

    Raises UnicodeDecodeError (with the reason) for bytes that are neither."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        try:
            text = raw.decode("cp874")
        except UnicodeDecodeError:
            raise error from None
        letters = len(_LETTER.findall(text))
        # Windows-874 maps nearly every byte to something: take it only when what comes out
        # reads as Thai (most letters Thai), not as noise from some other encoding.
        if letters and len(_THAI.findall(text)) >= 0.5 * letters:
            return text
        raise error from None


def read_text_file(path: Path) -> ReadResult:
    """A release file; its identifier is the file's stem."""
    try:
        size = path.stat().st_size
        if (failure := _too_large(size, path.stem, str(path))) is not None:
            return failure
        raw = path.read_bytes()
    except OSError as error:
        return ReadFailure(str(path), f"cannot read file: {error.strerror}", path.stem)
    try:
        text = decode_text(raw)
    except UnicodeDecodeError as error:
        reason = f"neither UTF-8 nor Thai TIS-620/Windows-874 text: {error.reason} at byte {error.start}"
        return ReadFailure(str(path), reason, path.stem)
    return parse_release(text, path.stem, str(path))


def read_jsonl(path: Path, meter: InputMeter | None = None) -> Iterator[ReadResult]:
    """Records of a JSON-lines corpus (gzipped or not); a bad line is a failure of its own,
    and the lines after it are read on."""
    try:
        with path.open("rb") as raw:
            lines = gzip.GzipFile(fileobj=raw) if path.name.endswith(".gz") else raw
            for number, line in enumerate(lines, start=1):
                if meter is not None:
                    meter.at(raw.tell())
                if not line.strip():
                    continue
                yield _record(line, f"{path}:{number}")
    except (OSError, EOFError, zlib.error) as error:
        yield ReadFailure(str(path), f"corpus unreadable after some records: {error}")


def _record(line: bytes, source: str) -> ReadResult:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        reason = f"JSON line is not UTF-8: {error.reason} at byte {error.start}"
        return ReadFailure(source, reason, raw=line[:10_000].decode("utf-8", "replace"))
    return _json_record(text, source)


def _json_record(line: str, source: str) -> ReadResult:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return ReadFailure(source, f"malformed JSON line: {error.msg} at column {error.colno}", raw=line)
    if not isinstance(record, dict):
        return ReadFailure(source, "JSON line is not an object", raw=line)
    release_id, text = record.get("id"), record.get("text")
    if not isinstance(release_id, str) or not release_id.strip():
        return ReadFailure(source, 'record has no "id" string', raw=line)
    if not isinstance(text, str):
        return ReadFailure(source, 'record has no "text" string', release_id.strip(), raw=line)
    return parse_release(text, release_id.strip(), source)


def is_corpus(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


class InputMeter:
    """How much of the input has been read, in bytes of the files as they are on disk
    (compressed bytes for a .gz corpus): what a progress bar needs for its ETA."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.total = sum(p.stat().st_size for p in _input_files(paths))
        self._finished = 0
        self._current = 0

    def at(self, position: int) -> None:
        self._current = position

    def file_done(self, size: int) -> None:
        self._finished += size
        self._current = 0

    @property
    def done(self) -> int:
        return self._finished + self._current

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 1.0


def _input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files a list of paths names, in reading order (folders recursively, by name)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            yield from (p for p in files if p.suffix in TEXT_SUFFIXES or is_corpus(p))
        elif path.is_file():
            yield path


def read_paths(paths: Iterable[Path], meter: InputMeter | None = None) -> Iterator[ReadResult]:
    """Every release under the given files and folders (folders read recursively, in name order)."""
    for path in paths:
        if path.is_dir():
            yield from read_paths(_input_files([path]), meter)
        elif is_corpus(path):
            yield from read_jsonl(path, meter)
            if meter is not None:
                meter.file_done(path.stat().st_size)
        elif path.is_file():
            yield read_text_file(path)
            if meter is not None:
                meter.file_done(path.stat().st_size)
        else:
            yield ReadFailure(str(path), "no such file or folder")
