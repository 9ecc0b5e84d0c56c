#!/usr/bin/env python3
"""Build ``data/provinces.csv``: the 77 Thai provinces and Pattaya, with the names in use.

    PYTHAINLP_OFFLINE=1 python data/build_provinces.py

Codes and English names come from pycountry's ISO 3166-2 data, Thai names from its Thai
translation, cross-checked against the province list that ships with pythainlp; where the two
disagree or pycountry has no Thai name, pythainlp's spelling wins and the other spelling is kept
as an alias. ``ALIASES_TH`` and ``ALIASES_EN`` are the reviewed part: other forms that releases
use for one province only (see ``provinces.md``). The script fails rather than write a table
with a province missing or a name unaccounted for.
"""

from __future__ import annotations

import csv
import gettext
import sys
from pathlib import Path

import pycountry
from pythainlp.corpus import provinces as pythainlp_provinces

OUT = Path(__file__).with_name("provinces.csv")

# Other Thai forms in use, each naming one province and nothing else. Short forms that are also
# common words or given names (อุบล, อุดร, ประจวบ, สุพรรณ, กาญจน์) are only taken with ฯ.
ALIASES_TH = {
    "TH-10": ["กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม"],
    "TH-14": ["อยุธยา"],
    "TH-30": ["โคราช"],
    "TH-34": ["อุบลฯ"],
    "TH-41": ["อุดรฯ"],
    "TH-77": ["ประจวบฯ"],
    "TH-80": ["นครศรีฯ"],
    "TH-84": ["สุราษฎร์ฯ", "สุราษฎร์"],
    "TH-S": ["เมืองพัทยา"],
}
# English spellings in use besides pycountry's and pythainlp's.
ALIASES_EN = {
    "TH-10": ["Bangkok"],
    "TH-14": ["Ayutthaya"],
    "TH-30": ["Korat"],
    "TH-33": ["Sisaket"],
    "TH-39": ["Nong Bua Lamphu"],
    "TH-82": ["Phang Nga", "Phang-nga"],
    "TH-S": ["Pattaya"],
}
PYCOUNTRY = f"pycountry {pycountry.__version__} ISO 3166-2:TH"
PYTHAINLP = "pythainlp thailand_provinces_th.csv"


def joined(name: str) -> str | None:
    """'Chon Buri' -> 'Chonburi': how English texts usually write two-word names."""
    words = name.split()
    return words[0] + words[1].lower() if len(words) == 2 else None


def build() -> list[dict[str, str]]:
    thai = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["th"])
    by_en = {p["name_en"]: p for p in pythainlp_provinces(details=True)}
    by_th = {p["name_th"]: p for p in pythainlp_provinces(details=True)}
    used: set[str] = set()
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="TH"), key=lambda s: s.code):
        iso_th = thai.gettext(sub.name)
        iso_th = None if iso_th == sub.name else iso_th
        ours = by_th.get(iso_th or "") or by_en.get(sub.name)
        if ours is None and sub.code == "TH-10":
            ours = by_en["Bangkok"]
        if ours is None and sub.code != "TH-S":  # pythainlp lists the 77 provinces, not Pattaya
            sys.exit(f"no pythainlp province for {sub.code} {sub.name}")
        sources = [PYCOUNTRY]
        name_th = iso_th
        aliases_th = list(ALIASES_TH.get(sub.code, []))
        if ours is not None:
            used.add(ours["name_th"])
            if name_th != ours["name_th"]:
                if name_th:
                    aliases_th.insert(0, name_th)
                name_th = ours["name_th"]
                sources.append(f"{PYTHAINLP} (name_th)")
            else:
                sources.append(f"{PYTHAINLP} (agrees)")
        if not name_th:
            sys.exit(f"no Thai name for {sub.code}")
        aliases_en = []
        for name in [ours and ours["name_en"], joined(sub.name), *ALIASES_EN.get(sub.code, [])]:
            if name and name != sub.name and name not in aliases_en:
                aliases_en.append(name)
        rows.append(
            {
                "code": sub.code,
                "name_th": name_th,
                "name_en": sub.name,
                "aliases_th": "|".join(aliases_th),
                "aliases_en": "|".join(aliases_en),
                "source": "; ".join(sources),
            }
        )
    missing = set(by_th) - used
    if missing or len(rows) != 78:
        sys.exit(f"unmatched pythainlp provinces {sorted(missing)} or wrong count {len(rows)}")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
