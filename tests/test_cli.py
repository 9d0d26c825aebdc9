"""The commands that need no Prefect API: inspect and report, through the real CLI entry point."""
from __future__ import annotations

import pyarrow.parquet as pq

from conftest import SAMPLES
from pipeline.cli import main
from pipeline.dataset import write_dataset
from pipeline.process import Input, process_input


def test_inspect_shows_lines_beside_their_rows(capsys):
    sample = SAMPLES / "07_admin_flat_big5.html"
    assert main(["inspect", str(sample)]) == 0
    out = capsys.readouterr().out
    expected = process_input(Input(str(sample), str(sample))).rows
    assert expected
    for row in expected:
        assert row["duty"] in out and row["role"] in out


def test_inspect_reports_an_undecodable_file(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["inspect", str(bad)]) == 1
    assert "undecodable" in capsys.readouterr().err


def test_report_rebuilds_from_a_dataset(tmp_path, capsys):
    results = [process_input(Input(str(p), str(p))) for p in sorted(SAMPLES.iterdir())]
    write_dataset([r for res in results for r in res.rows], [res.document for res in results], tmp_path)
    assert main(["report", "--out", str(tmp_path)]) == 0
    html = (tmp_path / "dedupe_report.html").read_text(encoding="utf-8")
    n_rows = pq.read_table(tmp_path / "duties.parquet").num_rows
    assert f"{n_rows:,}" in html and "<svg" in html
