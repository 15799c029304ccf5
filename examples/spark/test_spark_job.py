"""The Spark example in local mode: its findings equal the CLI's on the same
pairs, from JSON lines and from Parquet; bad rows become error rows, nothing
lost. Run by `make test-spark` (PYSPARK_PYTHON: the venv's python)."""

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

sys.path.insert(0, os.path.dirname(__file__))
import figcheck_job as job  # noqa: E402
from sample_pairs import make_pairs  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("FIGCHECK_CLI", os.path.join(ROOT, "target", "release", "figcheck"))

def cli_rows(pairs, path):
    """The CLI's findings of the pairs, as the job's rows, offsets turned from bytes into code points."""
    out = subprocess.run([CLI, "pairs", "--json", path], capture_output=True, check=True).stdout.decode()
    texts = {p["id"]: p for p in pairs}
    rows = []
    for line in out.splitlines()[:-1]:
        r = json.loads(line)
        for row in job.pair_rows(r):
            p = texts[r["id"]]
            for key, side in (("", "target"), ("other_", "source")):
                if row["kind"] == "only_in_source" and key == "":
                    side = "source"
                if row[key + "start"] is not None:
                    b = p[side].encode()
                    row[key + "start"] = len(b[:row[key + "start"]].decode())
                    row[key + "end"] = len(b[:row[key + "end"]].decode())
            rows.append(row)
    return rows


def key(r):
    return tuple("" if v is None else str(v) for v in r.values())


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession
    s = (SparkSession.builder.master("local[2]").appName("figcheck test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield s
    s.stop()


def test_pairs_equal_the_cli_from_jsonl_and_parquet(spark, tmp_path):
    pairs = make_pairs(1200)
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    parquet = tmp_path / "pairs.parquet"
    pq.write_table(pa.Table.from_pylist(pairs), parquet)
    expected = sorted(cli_rows(pairs, str(jsonl)), key=key)
    kinds = {r["slip_kind"] for r in expected}
    assert {"magnitude_word", "digits_power_of_ten", "swapped_digits", "other"} <= kinds, kinds
    assert {r["kind"] for r in expected} >= {"aligned"}
    for src, name in ((jsonl, "from-jsonl"), (parquet, "from-parquet")):
        job.run(spark, "pairs", str(src), str(tmp_path / name))
        got = sorted(pq.read_table(tmp_path / name).to_pylist(), key=key)
        assert len(got) == len(expected)
        assert got == expected


def test_articles(spark, tmp_path):
    arts = [
        {"id": 1, "text": "A avaliação da xAI chegou a 2 trilhões de dólares. Depois, a avaliação da xAI foi de 200 bilhões de dólares.", "lang": "pt"},
        {"id": 2, "text": "The plant draws 150 MW.", "lang": None},
    ]
    pq.write_table(pa.Table.from_pylist(arts), tmp_path / "a.parquet")
    job.run(spark, "articles", str(tmp_path / "a.parquet"), str(tmp_path / "out"))
    got = sorted(pq.read_table(tmp_path / "out").to_pylist(), key=lambda r: (r["id"], r["start"]))
    assert [(r["id"], r["kind"], r["verdict"], r["text"], r["other_text"]) for r in got] == [
        ("1", "aligned", "conflict", "2 trilhões de dólares", "200 bilhões de dólares"),
        ("1", "aligned", "conflict", "200 bilhões de dólares", "2 trilhões de dólares"),
    ]
    t = arts[0]["text"]
    assert all(t[r["start"]:r["end"]] == r["text"] and t[r["other_start"]:r["other_end"]] == r["other_text"] for r in got)


def test_bad_input_becomes_error_rows(spark, tmp_path):
    en, pt = "The firm paid $140 million.", "A empresa pagou 140 bilhões de dólares."
    big_target = "Nada a declarar, ção. " * (10_000_000 // 24) + pt
    lines = [
        json.dumps({"id": "good", "source": en, "target": pt}).encode(),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
        b"{\"id\": \"bad-utf8\", \"source\": \"2 bilh\xf5es\", \"target\": \"x\"}",
        json.dumps({"id": "no-target", "source": en}).encode(),
        json.dumps({"id": "bad-lang", "source": en, "target": pt, "source_lang": "xx"}).encode(),
        json.dumps({"id": "big", "source": en, "target": big_target, "target_lang": "pt"}, ensure_ascii=False).encode(),
    ]
    (tmp_path / "bad.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    job.run(spark, "pairs", str(tmp_path / "bad.jsonl"), str(tmp_path / "out"))
    got = pq.read_table(tmp_path / "out").to_pylist()
    by_id = {}
    for r in got:
        by_id.setdefault(r["id"], []).append(r)
    # The good pair and the 10 MB one: their slip, offsets in code points.
    for pid, target in (("good", pt), ("big", big_target)):
        (r,) = by_id[pid]
        assert (r["kind"], r["slip_kind"], r["power"]) == ("aligned", "magnitude_word", 3)
        assert target[r["start"]:r["end"]] == "140 bilhões de dólares"
    # Spark keeps a line of invalid UTF-8 as a corrupt record, bytes as they are: one error row.
    assert [r["explanation"] for r in by_id[None] if "UTF-8" in r["explanation"]] == []
    assert [r["explanation"] for r in by_id["no-target"]] == ["figcheck: no target"]
    (r,) = by_id["bad-lang"]
    assert r["kind"] == "error" and "unknown language 'xx'" in r["explanation"]
    # The binary line and the invalid UTF-8 one: an error row each, with no id (Spark could not read one).
    assert [(r["kind"], r["explanation"]) for r in by_id[None]] == [("error", "figcheck: unreadable input row (not a JSON object)")] * 2
    assert "bad-utf8" not in by_id
    assert len(got) == 6


def test_binary_column_is_text_when_utf8_else_an_error_row(spark, tmp_path):
    src = pa.array([b"\xff\xfe 2 billion", "It cost 2 billion euros.".encode()], pa.binary())
    t = pa.table({"id": ["b", "ok"], "source": src, "target": ["2 mil milhões", "Custou 2 mil milhões de euros."], "target_lang": [None, "pt-PT"]})
    pq.write_table(t, tmp_path / "b.parquet")
    job.run(spark, "pairs", str(tmp_path / "b.parquet"), str(tmp_path / "out"))
    r, ok = sorted(pq.read_table(tmp_path / "out").to_pylist(), key=lambda r: r["id"])
    assert (ok["id"], ok["kind"], ok["verdict"], ok["text"], ok["other_text"]) == ("ok", "aligned", "agree", "2 mil milhões de euros", "2 billion euros")
    assert (r["id"], r["kind"], r["explanation"]) == ("b", "error", "figcheck: source is not UTF-8 text")
