"""figcheck beyond the browser, timed on generated sets of segment pairs
(examples/spark/sample_pairs.py): the CLI's `pairs` against its `extract` on
the same bytes, the Python binding against the CLI, and the Spark job in
local mode on one core against the CLI (issue 20's targets: Python >= 80 %,
Spark >= 50 % of the CLI's pairs a second).

    FIGCHECK_CLI=target/release/figcheck target/py/bin/python benches/frontends.py [--pairs N] [--spark-pairs N] [--runs N] [--no-spark]

Each figure is the median of --runs runs (5), after one to warm up. The
Python binding is timed in this process, the CLI as a process (its start,
a few ms, included). Spark's figure is the job on its own set (--spark-pairs,
100 000: at fewer, the fixed cost of a Spark job, a second or so, hides the
rate), with the session and its JVM started before the clock, set against
the CLI's on the same set: per core, as local[1] runs one task at a time.
The machine's load is printed first: timing on a shared machine is noisy;
compare the ratios of one run.
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "examples", "spark"))

import sample_pairs  # noqa: E402


RUNS = 5


def median(f, runs=None):
    """The median time of `runs` runs of f, after one to warm up."""
    f()
    out = []
    for _ in range(runs or RUNS):
        t = time.perf_counter()
        f()
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=20000)
    ap.add_argument("--spark-pairs", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=RUNS)
    ap.add_argument("--no-spark", action="store_true")
    a = ap.parse_args()

    def median_of(f):
        return median(f, a.runs)
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
    print(f"figcheck front ends (median of {a.runs} runs after a warm-up)")
    print(f"machine: {os.cpu_count()} cores, load {load:.2f}; {len(pairs)} pairs, {mb:.2f} MB of JSON lines")
    print(f"{'front end':<34}{'s':>9}{'pairs/s':>12}{'MB/s':>9}{'of CLI pairs':>14}")

    def run_cli(args):
        subprocess.run([cli] + args, check=True, stdout=subprocess.DEVNULL)

    t_extract = median_of(lambda: run_cli(["extract", "--json", text]))
    t_cli = median_of(lambda: run_cli(["pairs", "--json", jsonl]))
    text_mb = os.path.getsize(text) / 1e6
    n = len(pairs)
    rows = [("CLI extract, the same text", t_extract, None, text_mb, n), ("CLI pairs --json", t_cli, 1.0, mb, n)]

    import figcheck

    def py():
        for _ in figcheck.pairs(pairs):
            pass

    t_py = median_of(py)
    rows.append(("Python figcheck.pairs", t_py, t_cli / t_py, mb, n))

    if not a.no_spark:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession
        import figcheck_job

        big = sample_pairs.make_pairs(a.spark_pairs)
        big_jsonl = os.path.join(tmp, "spark-pairs.jsonl")
        sample_pairs.write(big, big_jsonl)
        big_mb = os.path.getsize(big_jsonl) / 1e6
        t_big_cli = median_of(lambda: run_cli(["pairs", "--json", big_jsonl]))
        spark = SparkSession.builder.master("local[1]").appName("figcheck bench").config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            out = os.path.join(tmp, "findings.parquet")
            t_spark = median_of(lambda: figcheck_job.run(spark, "pairs", big_jsonl, out))
        finally:
            spark.stop()
        rows.append((f"CLI pairs --json, {len(big)} pairs", t_big_cli, 1.0, big_mb, len(big)))
        rows.append(("Spark local[1] (one core)", t_spark, t_big_cli / t_spark, big_mb, len(big)))

    for name, t, ratio, size, count in rows:
        r = "" if ratio is None else f"{ratio * 100:.0f} %"
        print(f"{name:<34}{t:>9.3f}{count / t:>12.0f}{size / t:>9.2f}{r:>14}")

    # The key figures for benches/summary.mjs (benches/lib/results.mjs's format).
    figures = {"measured": datetime.datetime.now(datetime.timezone.utc).isoformat(), "load": load, "pairs": n,
               "runs": a.runs, "python_of_cli": t_cli / t_py}
    if not a.no_spark:
        figures.update({"spark_pairs": len(big), "spark_of_cli": t_big_cli / t_spark})
    results = os.path.join(ROOT, "target", "bench-results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "frontends.json"), "w") as f:
        json.dump(figures, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
