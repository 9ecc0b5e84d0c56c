"""Where releases that cannot be published are kept, with the reason.

One JSON file per input (named after the release id, or the source when no id could be read)
holding the reason, the source, the SHACL report when there is one, and the raw text, so that
nothing is lost and the release can be fixed and ingested again. A release that is later stored
successfully has its quarantine entry removed.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .iris import release_slug, short_hash


@dataclass(frozen=True)
class QuarantineEntry:
    source: str
    reason: str
    id: str | None = None
    report: str | None = None
    text: str | None = None


class Quarantine:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _file(self, release_id: str | None, source: str) -> Path:
        name = release_slug(release_id) if release_id else f"unidentified-{short_hash(source)}"
        return self.path / f"{name}.json"

    def put(self, entry: QuarantineEntry) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        target = self._file(entry.id, entry.source)
        partial = target.with_suffix(".json.tmp")
        partial.write_text(json.dumps(asdict(entry), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, target)
        return target

    def release(self, release_id: str, source: str = "") -> None:
        """Forget a release's entry: it has been stored."""
        self._file(release_id, source).unlink(missing_ok=True)

    def entries(self) -> list[QuarantineEntry]:
        if not self.path.is_dir():
            return []
        return [
            QuarantineEntry(**json.loads(f.read_text(encoding="utf-8")))
            for f in sorted(self.path.glob("*.json"))
        ]
