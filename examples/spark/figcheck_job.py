"""figcheck at scale: a Spark job that checks segment pairs (translations) or
articles, Arrow batch by Arrow batch (``mapInArrow``), and writes the
findings to Parquet.

    spark-submit examples/spark/figcheck_job.py pairs    IN OUT   # IN: id, source, target[, source_lang, target_lang]
    spark-submit examples/spark/figcheck_job.py articles IN OUT   # IN: id, text[, lang]

IN is Parquet (a file or a folder) or JSON lines (``.jsonl``/``.json``, or
``--format json``). Every executor needs the ``figcheck`` wheel installed
(``pip install ./python``), and PYSPARK_PYTHON set to the python that has it.

OUT is Parquet, one row per finding (``FINDINGS``): for pairs, each target
figure with its source counterpart (``verdict``, and for a slip its
``slip_kind``), and each figure found on one side only; for articles, each
figure with a counterpart in its own text (the same measure of the same
subject stated twice). Nothing is dropped silently: an input row that cannot
be read (a corrupt JSON line, a missing side, an unknown language) becomes a
row of kind ``error`` with the reason, and the rows around it go on.
"""

import argparse
import os
import sys

import pyarrow as pa

import figcheck

FINDINGS = pa.schema([
    ("id", pa.string()),
    # "aligned": a target figure and its source counterpart (pairs), or two figures of one article;
    # "only_in_source" / "only_in_target": a figure with no counterpart; "unchecked": too many
    # figures to align (the pair's figures follow as only_in rows); "error": a row that could not be read.
    ("kind", pa.string()),
    ("verdict", pa.string()),
    ("slip_kind", pa.string()),
    ("power", pa.int32()),
    ("ratio", pa.float64()),
    # The figure checked (the target's, or the article's), offsets in code points.
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("low", pa.float64()),
    ("high", pa.float64()),
    ("unit", pa.string()),
    ("lang", pa.string()),
    # Its counterpart (the source's figure, or the article's other statement).
    ("other_text", pa.string()),
    ("other_start", pa.int64()),
    ("other_end", pa.int64()),
    ("other_lang", pa.string()),
    ("explanation", pa.string()),
])


def _row(pid, kind, **kw):
    r = dict.fromkeys(FINDINGS.names)
    r.update(id=None if pid is None else str(pid), kind=kind, **kw)
    return r


def _fig(c, prefix=""):
    f = {prefix + "text": c["text"], prefix + "start": c["start"], prefix + "end": c["end"]}
    if not prefix:
        f.update(low=c["low"], high=c["high"], unit=c["unit"], lang=c["lang"])
    return f


def pair_rows(r):
    """The rows of one pair result (``figcheck.pairs``, or a line of ``figcheck pairs --json``)."""
    pid, out = r["id"], []
    for f in r["findings"]:
        slips = {s["other"]: s for s in f["slips"]}
        for i, o in enumerate(f["others"]):
            s = slips.get(i)
            out.append(_row(pid, "aligned", verdict=o["verdict"], slip_kind=s and s["kind"], power=s and s["power"],
                            ratio=o["ratio"], explanation=o["explanation"], other_lang=r["source_lang"],
                            **_fig(f), **_fig(o, "other_")))
    if r.get("unchecked"):
        out.append(_row(pid, "unchecked", explanation=r["unchecked"]))
    for c in r["only_in_source"]:
        out.append(_row(pid, "only_in_source", **_fig(c)))
    for c in r["only_in_target"]:
        out.append(_row(pid, "only_in_target", **_fig(c)))
    return out


def article_rows(pid, findings):
    out = []
    for f in findings:
        for o in f["others"]:
            out.append(_row(pid, "aligned", verdict=o["verdict"], ratio=o["ratio"], explanation=o["explanation"],
                            other_lang=f["lang"], **_fig(f), **_fig(o, "other_")))
    return out


def _col(batch, name):
    """A column as Python values; text (a string or binary column) as str, or as bytes where it is not UTF-8."""
    i = batch.schema.get_field_index(name)
    if i < 0:
        return [None] * batch.num_rows
    col = batch.column(i)
    if pa.types.is_binary(col.type) or pa.types.is_large_binary(col.type):
        return [None if v is None else _utf8(v) for v in col.to_pylist()]
    try:
        return col.to_pylist()
    except UnicodeDecodeError:
        return [None if v is None else _utf8(v) for v in col.cast(pa.binary()).to_pylist()]


def _utf8(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b


def _present(batch, name):
    """Whether each row has a value in the column (false for all when there is no such column)."""
    i = batch.schema.get_field_index(name)
    return batch.column(i).is_valid().to_pylist() if i >= 0 else [False] * batch.num_rows


def _why_not_text(fields):
    """Why a row's text fields cannot be checked, or None when they can."""
    for name, v in fields:
        if v is None:
            return f"figcheck: no {name}"
        if isinstance(v, bytes):
            return f"figcheck: {name} is not UTF-8 text"
        if not isinstance(v, str):
            return f"figcheck: {name} is not text ({type(v).__name__})"
    return None


def _lang(v):
    return v if isinstance(v, str) and v else None


def check_pairs(batches):
    """mapInArrow: Arrow batches of pairs to Arrow batches of findings.

    One call into figcheck per batch (``figcheck.pair_columns``): it reads
    the columns, checks the pairs and builds the findings' columns in bulk,
    rows as ``pair_rows`` flattens a result, a row that cannot be read an
    ``error`` row."""
    for b in batches:
        cols = figcheck.pair_columns(_col(b, "id"), _col(b, "source"), _col(b, "target"), _col(b, "source_lang"),
                                     _col(b, "target_lang"), _present(b, "_corrupt_record"))
        yield pa.RecordBatch.from_arrays([cols[n] for n in FINDINGS.names], schema=FINDINGS)


def check_articles(batches):
    """mapInArrow: Arrow batches of articles to Arrow batches of findings (each article against itself)."""
    for b in batches:
        ids, texts, langs, bad = _col(b, "id"), _col(b, "text"), _col(b, "lang"), _present(b, "_corrupt_record")
        rows = []
        for i in range(b.num_rows):
            pid = ids[i] if isinstance(ids[i], str) else None
            why = "figcheck: unreadable input row (not a JSON object)" if bad[i] else _why_not_text((("text", texts[i]),))
            if why:
                rows.append(_row(pid, "error", explanation=why))
                continue
            try:
                rows.extend(article_rows(pid, figcheck.check(texts[i], [], lang=_lang(langs[i]))))
            except (ValueError, TypeError, RuntimeError) as e:
                rows.append(_row(pid, "error", explanation=str(e)))
        yield pa.RecordBatch.from_pylist(rows, schema=FINDINGS)


def read(spark, path, fmt):
    if fmt == "json" or (fmt is None and path.endswith((".jsonl", ".json"))):
        from pyspark.sql.types import StringType, StructField, StructType
        # Every field read as a string (ids too), and a line that is no JSON object kept as _corrupt_record.
        cols = ["id", "source", "target", "source_lang", "target_lang", "text", "lang", "_corrupt_record"]
        schema = StructType([StructField(c, StringType()) for c in cols])
        return spark.read.schema(schema).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "_corrupt_record").json(path)
    return spark.read.parquet(path)


def spark_schema():
    """FINDINGS as the Spark schema mapInArrow takes."""
    from pyspark.sql.types import DoubleType, IntegerType, LongType, StringType, StructField, StructType
    types = {pa.string(): StringType(), pa.int32(): IntegerType(), pa.int64(): LongType(), pa.float64(): DoubleType()}
    return StructType([StructField(f.name, types[f.type]) for f in FINDINGS])


def run(spark, what, input, output, fmt=None):
    """Reads IN, checks each row through figcheck, writes the findings to OUT (Parquet)."""
    # The executors' Python workers import the mapping functions from this file.
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    df = read(spark, input, fmt)
    if "id" in df.columns:
        df = df.withColumn("id", df["id"].cast("string"))
    f = check_pairs if what == "pairs" else check_articles
    df.mapInArrow(f, spark_schema()).write.mode("overwrite").parquet(output)


def main(argv=None):
    ap = argparse.ArgumentParser(description="figcheck on Spark: findings of segment pairs or articles, to Parquet.")
    ap.add_argument("what", choices=["pairs", "articles"])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--format", choices=["parquet", "json"], help="the input's format (default: from its name)")
    ap.add_argument("--master", help="Spark master (default: spark-submit's; local[*] when run with python)")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(f"figcheck {args.what}")
    if args.master:
        builder = builder.master(args.master)
    for kv in args.conf:
        k, _, v = kv.partition("=")
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    try:
        run(spark, args.what, args.input, args.output, args.format)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
