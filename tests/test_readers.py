"""Readers: every input is a release or a failure with a reason."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from sso_kg.readers import ReadFailure, parse_release, read_jsonl, read_paths, read_text_file
from sso_kg.release import Release

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"

THAIGOV = """รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-“รมว. สุชาติ” ส่ง ที่ปรึกษารัฐมนตรี ลงพื้นที่ตรวจเยี่ยม


วันพุธที่ 21 ตุลาคม 2563
[21/10/2563]
พิมพ์
“รมว. สุชาติ” ส่ง ที่ปรึกษารัฐมนตรี ลงพื้นที่ตรวจเยี่ยม
นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้ ...

ที่มา : https://www.thaigov.go.th/news/contents/details/36132"""


def test_plain_release_takes_headline_from_first_line() -> None:
    release = read_text_file(RELEASES / "sso-2023-09-07-lertrat-award.txt")
    assert isinstance(release, Release)
    assert release.id == "sso-2023-09-07-lertrat-award"
    assert release.title.startswith("ประกันสังคม คว้ารางวัลเลิศรัฐ ปี 66")
    assert release.date is None  # the seed states no date line of its own
    assert release.url is None


def test_thaigov_layout_gives_date_url_and_headline() -> None:
    release = parse_release(THAIGOV, "thaigov-36132")
    assert isinstance(release, Release)
    assert release.date == dt.date(2020, 10, 21)
    assert release.url == "https://www.thaigov.go.th/news/contents/details/36132"
    assert release.title == "“รมว. สุชาติ” ส่ง ที่ปรึกษารัฐมนตรี ลงพื้นที่ตรวจเยี่ยม"
    # The site title line is furniture: extraction starts after it.
    assert release.body.startswith("\n\nวันพุธที่ 21")


def test_every_bundled_thaigov_release_has_date_and_url() -> None:
    for path in sorted(RELEASES.glob("thaigov-*.txt")):
        release = read_text_file(path)
        assert isinstance(release, Release), path
        assert release.date is not None, path
        assert release.url and release.url.endswith(path.stem.split("-")[1]), path


def test_text_is_normalised() -> None:
    release = parse_release("หัวข้อ\u200b ข่าว\r\nเนื้อ\u00a0\u00a0ข่าว ", "x")
    assert isinstance(release, Release)
    assert release.text == "หัวข้อ ข่าว\nเนื้อ ข่าว"


def test_bad_inputs_become_failures_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "notes.md").write_text("ignored: not a release file", encoding="utf-8")
    results = {Path(r.source).name: r for r in read_paths([tmp_path])}
    assert set(results) == {"empty.txt", "latin1.txt", "binary.txt"}
    assert all(isinstance(r, ReadFailure) for r in results.values())
    assert "empty" in results["empty.txt"].reason
    assert "neither UTF-8 nor Thai" in results["latin1.txt"].reason
    assert "binary" in results["binary.txt"].reason


def test_folders_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("หัวข้อ\nเนื้อหา", encoding="utf-8")
    (tmp_path / "two.txt").write_text(THAIGOV, encoding="utf-8")
    ids = sorted(r.id for r in read_paths([tmp_path]) if isinstance(r, Release))
    assert ids == ["one", "two"]


def test_jsonl_corpus_gzipped_with_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl.gz"
    lines = [
        json.dumps({"id": "thaigov-1", "path": "x", "text": THAIGOV}, ensure_ascii=False),
        '{"id": "thaigov-2", "text": ',  # truncated
        json.dumps({"text": "no id"}),
        json.dumps({"id": "thaigov-3", "text": ""}),
        "",
    ]
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    results = list(read_jsonl(corpus))
    assert len(results) == 4
    assert isinstance(results[0], Release) and results[0].id == "thaigov-1"
    assert results[0].date == dt.date(2020, 10, 21)
    assert isinstance(results[1], ReadFailure) and "malformed JSON" in results[1].reason
    assert results[1].source.endswith(":2")
    assert isinstance(results[2], ReadFailure) and '"id"' in results[2].reason
    assert isinstance(results[3], ReadFailure) and results[3].id == "thaigov-3"


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    [result] = list(read_paths([tmp_path / "nowhere.txt"]))
    assert isinstance(result, ReadFailure)
    assert "no such file" in result.reason


def test_site_title_without_category_and_bare_numeric_date_line() -> None:
    text = (
        "รัฐบาลไทย-PM meets with Bayer AG’s executives\n\n\nวันพฤหัสบดีที่ 6 มีนาคม 2568\n06/03/2568\nพิมพ์\n"
        "PM meets with Bayer AG’s executives\n"
        "March 5, 2025, Prime Minister Paetongtarn Shinawatra visited Bayer AG."
    )
    release = parse_release(text, "thaigov-94092")
    assert isinstance(release, Release)
    assert release.title == "PM meets with Bayer AG’s executives"
    assert release.date == dt.date(2025, 3, 6)
    headline = "PM meets with Bayer AG’s executives"
    empty_site_title = parse_release(text.replace(f"{headline}\n\n\n", "\n\n\n", 1), "x")
    assert isinstance(empty_site_title, Release)
    assert empty_site_title.title == "PM meets with Bayer AG’s executives"


# -- hardening: encodings, HTML, sizes, corpora with bad lines --------------------------------


def test_thai_in_tis620_or_windows874_is_read(tmp_path: Path) -> None:
    text = "สำนักงานประกันสังคม แจ้งข่าว\nนายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม กล่าวว่า"
    (tmp_path / "tis620.txt").write_bytes(text.encode("tis-620"))
    (tmp_path / "cp874.txt").write_bytes((text + " “ข่าว”").encode("cp874"))  # with Windows quotes
    results = {r.id: r for r in read_paths([tmp_path])}
    assert isinstance(results["tis620"], Release) and results["tis620"].text == text
    assert isinstance(results["cp874"], Release) and results["cp874"].text.startswith(text)


def test_bytes_that_are_neither_utf8_nor_thai_are_refused(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Café société, naïve façade".encode("latin-1"))
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    for result in read_paths([tmp_path]):
        assert isinstance(result, ReadFailure)
        assert "neither UTF-8 nor Thai TIS-620/Windows-874" in result.reason


def test_an_html_page_is_refused(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "<!DOCTYPE html>\n<html><head><title>รัฐบาลไทย</title></head><body>ข่าว</body></html>",
        encoding="utf-8",
    )
    [result] = list(read_paths([tmp_path]))
    assert isinstance(result, ReadFailure) and "HTML page" in result.reason


def test_a_50_mb_release_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50_000_000)  # sparse: 50 MB on paper
    [result] = list(read_paths([big]))
    assert isinstance(result, ReadFailure)
    assert result.reason == "too large for a release: 50.0 MB (the limit is 2 MB)"
    record = json.dumps({"id": "huge", "text": "ก" * 1_000_000}, ensure_ascii=False)  # 3 MB in UTF-8
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(record + "\n", encoding="utf-8")
    [failure] = list(read_jsonl(corpus))
    assert isinstance(failure, ReadFailure) and failure.id == "huge" and "too large" in failure.reason


def test_a_corpus_line_that_is_not_utf8_costs_that_line_only(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    good = [json.dumps({"id": f"r{i}", "text": THAIGOV}, ensure_ascii=False).encode() for i in (1, 3)]
    corpus.write_bytes(good[0] + b"\n" + b'{"id": "r2", "text": "\xff\xfe"}\n' + good[1] + b"\n")
    results = list(read_jsonl(corpus))
    assert [type(r).__name__ for r in results] == ["Release", "ReadFailure", "Release"]
    assert "not UTF-8" in results[1].reason and results[1].source.endswith(":2")
