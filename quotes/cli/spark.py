"""``quotes spark-extract``: quote records for a whole archive, on Apache Spark.

pyspark is imported only when the command runs (through ``quotes.spark``), so the command is
listed, and says how to install it, on machines without the ``spark`` extra.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from .._version import DISTRIBUTION
from ..errors import QuotesError
from .common import error, extracting_command

EXAMPLE = """examples:
  quotes spark-extract articles/ out/                   # folder of .txt -> out/quotes, out/errors (Parquet)
  quotes spark-extract archive.jsonl out/ --format jsonl --partitions 64
  quotes spark-extract s3a://bucket/archive.parquet s3a://bucket/quotes --master spark://host:7077

INPUT: a folder of .txt (recursively; id = the folder as given, then the path inside it, as
`quotes extract` names documents), a JSON Lines file or folder (fields id, text, any others kept as columns),
or Parquet (columns id, text, any others kept). OUTPUT/quotes holds one row per quote (id,
kept columns, quote_index, the record fields, confidence, note); OUTPUT/errors one row per input
row that could not be used (id, kept columns, error). Exit 0 when the job ran (error rows are
part of the output; --strict makes them exit 1), 2 on bad usage or when Spark fails.
"""

LOG_LEVELS = ("ERROR", "WARN", "INFO")

_LOG4J = """\
rootLogger.level = {level}
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{{yy/MM/dd HH:mm:ss}} %p %c{{1}}: %m%n
logger.gateway.name = org.apache.spark.api.python.PythonGatewayServer
logger.gateway.level = {level}
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "spark-extract", help="extract quotes from an archive on Apache Spark",
        description=f"Extract quote records with Apache Spark (pip install '{DISTRIBUTION}[spark]'): "
        "the same records as `quotes extract`, one row per quote, at archive scale.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", metavar="INPUT", help="folder of .txt, JSON Lines or Parquet")
    parser.add_argument("output", metavar="OUTPUT", help="output folder: OUTPUT/quotes and OUTPUT/errors")
    parser.add_argument("--master", metavar="URL", default=None,
                        help="Spark master (default: local[*], or spark-submit's when run under it)")
    parser.add_argument("--partitions", type=int, metavar="N", default=None,
                        help="repartition the input into N partitions (default: Spark's split, "
                        "at least one per core)")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet",
                        help="output format (default parquet)")
    parser.add_argument("--input-format", choices=("auto", "txt", "jsonl", "parquet"), default="auto",
                        help="default: by extension (.jsonl/.json/.ndjson, .parquet), else by "
                        "what the folder holds")
    parser.add_argument("--id-col", default="id", metavar="NAME", help="id column of JSONL/Parquet (default id)")
    parser.add_argument("--text-col", default="text", metavar="NAME",
                        help="text column of JSONL/Parquet (default text)")
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there are error rows")
    parser.add_argument("--log-level", choices=LOG_LEVELS, default="ERROR",
                        help="Spark's log level (default ERROR)")
    extracting_command(parser, run, batch=False)


def _session(args: argparse.Namespace):
    """``(spark, owned)``: the active session if there is one, else a new one we stop after."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.sparkContext.setLogLevel(args.log_level)
        return active, False
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit / pyspark
    master = args.master or (None if under_submit else "local[*]")
    builder = SparkSession.builder.appName("quotes spark-extract").config(
        "spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # Workers must run this interpreter, the one quotes is installed in (pyspark's default
        # is whatever `python3` is on PATH).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    config = None
    if not under_submit:
        # Quiet from the JVM's first line on; setLogLevel below only acts once it is up.
        config = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below; the JVM reads the file later)
            "w", prefix="quotes-log4j2-", suffix=".properties", delete=False)
        with config:
            config.write(_LOG4J.format(level=args.log_level.lower()))
        builder = builder.config("spark.driver.extraJavaOptions",
                                 f"-Dlog4j2.configurationFile=file:{config.name}")
    try:
        spark = builder.getOrCreate()
    finally:
        if config is not None:
            os.unlink(config.name)
    spark.sparkContext.setLogLevel(args.log_level)
    return spark, True


def run(args: argparse.Namespace) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        error(f"pyspark is not installed: pip install '{DISTRIBUTION}[spark]'")
        return 2
    if args.partitions is not None and args.partitions < 1:
        error("--partitions must be at least 1")
        return 2
    started = time.perf_counter()
    try:
        spark, owned = _session(args)
    except Exception as problem:  # no Java, bad master URL, …
        error(f"cannot start Spark: {_first_line(problem)}")
        return 2
    try:
        return _run(spark, args, started)
    except QuotesError:
        raise
    except Exception as problem:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if not isinstance(problem, (PySparkException, Py4JError)):
            raise
        error(f"Spark failed: {_first_line(problem)}")
        return 2
    finally:
        if owned:
            spark.stop()


def _first_line(problem: BaseException) -> str:
    text = str(problem).strip()
    return (text.splitlines() or [type(problem).__name__])[0]


def _run(spark, args: argparse.Namespace, started: float) -> int:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from .. import spark as qs

    if qs.path_kind(spark, args.output) is not None and not args.overwrite:
        error(f"{args.output} exists (use --overwrite to replace it)")
        return 2
    fmt = args.input_format
    if fmt == "auto":
        fmt = qs.input_format(spark, args.input)
    df, error_col = qs.read_input(spark, args.input, fmt=fmt, text_col=args.text_col)
    id_col, text_col = ("id", "text") if fmt == "txt" else (args.id_col, args.text_col)
    for role, name in (("id", id_col), ("text", text_col)):
        if name not in df.columns:
            error(f"{args.input}: no {role} column {name!r} (columns: {', '.join(df.columns)}; "
                  f"see --{role}-col)")
            return 2
    keep = []
    for name in df.columns:
        if name in (id_col, text_col, error_col):
            continue
        if name in qs.RESERVED_COLUMNS:
            print(f"quotes: warning: input column {name!r} left out: it clashes with an output column",
                  file=sys.stderr)
            continue
        keep.append(name)

    wanted = args.partitions or spark.sparkContext.defaultParallelism
    if args.partitions or df.rdd.getNumPartitions() < wanted:
        df = df.repartition(wanted)

    documents = qs.extract_documents(df, text_col=text_col, id_col=id_col, nlp=args.nlp,
                                     stanza_dir=args.stanza_dir, keep=keep, error_col=error_col)
    documents = documents.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        quotes = qs.quotes_of(documents).sortWithinPartitions(qs.column(id_col), qs.INDEX_COL)
        errors = qs.errors_of(documents)
        base = qs.absolute(args.output).rstrip("/")
        for frame, name in ((quotes, "quotes"), (errors, "errors")):
            writer = frame.write.mode("overwrite" if args.overwrite else "errorifexists")
            if args.format == "parquet":
                writer.parquet(f"{base}/{name}")
            else:
                writer.option("ignoreNullFields", "false").json(f"{base}/{name}")
        totals = documents.agg(
            F.count(F.lit(1)).alias("rows"),
            F.count(qs.ERROR_COL).alias("errors"),
            F.sum(F.when(F.col(qs.ERROR_COL).isNull(), F.size(qs.QUOTES_COL)).otherwise(0)).alias("quotes"),
        ).first()
        assert totals is not None  # an aggregate has one row
    finally:
        documents.unpersist()
    rows, errors_n, quotes_n = totals["rows"], totals["errors"], totals["quotes"] or 0
    seconds = time.perf_counter() - started
    print(f"quotes: {rows - errors_n} documents, {quotes_n} quotes, {errors_n} error rows, "
          f"{seconds:.2f} s", file=sys.stderr)
    return 1 if args.strict and errors_n else 0
