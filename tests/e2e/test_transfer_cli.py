"""``kliping import`` and ``kliping export``, the real command against a loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from data.exports import builders
from data.exports.builders import Sample


class Kliping:
    """Runs ``python -m reader --library L …`` with a private HOME and log folder."""

    def __init__(self, tmp_path: Path, name: str = "library") -> None:
        self.library = tmp_path / name
        self.env = {
            **os.environ,
            "HOME": str(tmp_path / "home"),
            "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
            "KLIPING_LOG_DIR": str(tmp_path / "logs"),
            "KLIPING_READ_TIMEOUT": "1",
            "KLIPING_TOTAL_TIMEOUT": "3",
        }
        self.env.pop("KLIPING_LIBRARY", None)

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "reader", "--library", str(self.library), *args]
        return subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=90)

    def articles(self) -> list[dict[str, object]]:
        listed = self("list", "--json")
        assert listed.returncode == 0, listed.stderr
        return json.loads(listed.stdout)


@pytest.fixture
def kliping(tmp_path: Path) -> Kliping:
    return Kliping(tmp_path)


def test_import_pocket_export_reports_failures_and_resumes(kliping, http_server, tmp_path):
    samples = builders.odd_samples(http_server.url, ["en-harbourledger-solar", "ja-hokuriku-sake"])
    gone = Sample(http_server.url("/status/404"), "Gone, but kept", tags=["lost"])
    export = builders.pocket_zip(tmp_path / "pocket.zip", [*samples, gone])

    first = kliping("import", str(export))

    assert first.returncode == 1  # something could not be fetched
    assert f"failed: {gone.url}:" in first.stderr and "404" in first.stderr
    assert "2 saved" in first.stdout and "1 kept as links only" in first.stdout
    assert "run the same import again" in first.stdout
    rows = {r["url"]: r for r in kliping.articles()}
    assert rows[gone.url]["status"] == "link-only" and rows[gone.url]["title"] == gone.title
    assert rows[samples[1].url]["is_archived"] is True

    second = kliping("import", str(export), "--no-fetch")

    assert second.returncode == 0, second.stderr
    assert "0 saved, 3 already in the library" in second.stdout
    assert len(kliping.articles()) == 3


def test_import_unknown_file_is_one_clear_line(kliping, tmp_path):
    bad = tmp_path / "part_000000.csv"
    bad.write_text('title,url\n"unclosed,https://x.org\n', encoding="utf-8")
    result = kliping("import", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith("kliping: ") and "part_000000.csv line 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_every_format_and_bring_the_library_back(kliping, http_server, tmp_path):
    for name in ["fr-courrier-bibliotheques", "zh-jiangnan-shuzi"]:
        added = kliping("add", http_server.url(f"/pages/{name}.html"), "--tag", "voyage")
        assert added.returncode == 0, added.stderr
    out = tmp_path / "out"

    book = kliping("export", "--format", "epub", "--tag", "voyage", "-o", str(out / "v.epub"))
    assert book.returncode == 0, book.stderr
    with zipfile.ZipFile(out / "v.epub") as zf:
        assert zf.namelist()[0] == "mimetype"
    page = kliping("export", "--format", "html", "1", "-o", str(out) + "/")
    assert page.returncode == 0, page.stderr
    assert Path(page.stdout.strip()).suffix == ".html"
    notes = kliping("export", "--format", "markdown", "--all", "--separate", "-o", str(out / "md"))
    assert notes.returncode == 0, notes.stderr
    assert len(notes.stdout.split("\n")) - 1 == 2
    found = kliping("export", "-f", "html", "--search", "bibliothèques", "-o", str(out / "s"))
    assert found.returncode == 0, found.stderr
    nothing = kliping("export", "-f", "html")
    assert nothing.returncode == 2 and "say what to export" in nothing.stderr

    backup = kliping("export", "--format", "json", "--all", "-o", str(out / "backup.json"))
    assert backup.returncode == 0, backup.stderr
    other = Kliping(tmp_path, "restored")
    restored = other("import", str(out / "backup.json"))
    assert restored.returncode == 0, restored.stderr
    assert "2 saved" in restored.stdout
    assert other.articles() == kliping.articles()
