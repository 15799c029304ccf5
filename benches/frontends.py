"""figcheck beyond the browser, timed on one generated set of segment pairs
(examples/spark/sample_pairs.py): the CLI's `pairs` against its `extract` on
the same bytes, the Python binding against the CLI, and the Spark job in
local mode on one core against the CLI (issue 20's targets: Python >= 80 %,
Spark >= 50 % of the CLI's pairs a second).

    FIGCHECK_CLI=target/release/figcheck target/py/bin/python benches/frontends.py [--pairs N] [--no-spark]

Each figure is the best of three runs (Spark: of two, after one to warm the
JVM); the machine's load is printed first: timing on a shared machine is noisy,
compare the ratios of one run.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "examples", "spark"))

import sample_pairs  # noqa: E402


def best(f, runs=3):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        out.append(time.perf_counter() - t)
    return min(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=20000)
    ap.add_argument("--no-spark", action="store_true")
    a = ap.parse_args()
    cli = os.environ.get("FIGCHECK_CLI", os.path.join(ROOT, "target", "release", "figcheck"))
    pairs = sample_pairs.make_pairs(a.pairs)
    tmp = tempfile.mkdtemp(prefix="figcheck-bench-")
    jsonl = os.path.join(tmp, "pairs.jsonl")
    sample_pairs.write(pairs, jsonl)
    # The same text for extract: each pair's source and target, a line each.
    text = os.path.join(tmp, "text.txt")
    with open(text, "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(p["source"] + "\n" + p["target"] + "\n")
    mb = os.path.getsize(jsonl) / 1e6
    load = os.getloadavg()[0]
    print("figcheck front ends (best of 3; Spark best of 2 after a warm-up)")
    print(f"machine: {os.cpu_count()} cores, load {load:.2f}; {len(pairs)} pairs, {mb:.2f} MB of JSON lines")
    print(f"{'front end':<34}{'s':>9}{'pairs/s':>12}{'MB/s':>9}{'of CLI pairs':>14}")

    def run_cli(args):
        subprocess.run([cli] + args, check=True, stdout=subprocess.DEVNULL)

    t_extract = best(lambda: run_cli(["extract", "--json", text]))
    t_cli = best(lambda: run_cli(["pairs", "--json", jsonl]))
    text_mb = os.path.getsize(text) / 1e6
    rows = [("CLI extract, the same text", t_extract, None, text_mb), ("CLI pairs --json", t_cli, 1.0, mb)]

    import figcheck

    def py():
        for _ in figcheck.pairs(pairs):
            pass

    t_py = best(py)
    rows.append(("Python figcheck.pairs", t_py, t_cli / t_py, mb))

    if not a.no_spark:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession
        import figcheck_job

        spark = SparkSession.builder.master("local[1]").appName("figcheck bench").config("spark.ui.enabled", "false").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            out = os.path.join(tmp, "findings.parquet")
            go = lambda: figcheck_job.run(spark, "pairs", jsonl, out)  # noqa: E731
            go()
            t_spark = best(go, runs=2)
        finally:
            spark.stop()
        rows.append(("Spark local[1] (one core)", t_spark, t_cli / t_spark, mb))

    for name, t, ratio, size in rows:
        r = "" if ratio is None else f"{ratio * 100:.0f} %"
        print(f"{name:<34}{t:>9.3f}{len(pairs) / t:>12.0f}{size / t:>9.2f}{r:>14}")


if __name__ == "__main__":
    main()
