"""Reading Spark inputs: a folder of text files, JSON Lines or Parquet, each row an article."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import QuotesError

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession


#: The column ``read_jsonl`` fills with the reason a line cannot be used (null when fine).
INPUT_ERROR_COL = "input_error"


def absolute(path: str) -> str:
    """A local path made absolute against this process's working directory (the JVM's may be
    another, in a long-lived session); URIs (``hdfs://…``, ``s3a://…``) as they are."""
    return path if ":" in path.split("/", 1)[0] else os.path.abspath(path)


def _qualified(spark: SparkSession, path: str):
    """Hadoop ``(FileSystem, qualified Path)`` of ``path`` (local, HDFS, S3A, …)."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None  # a session that is up has its gateway
    hadoop_path = jvm.org.apache.hadoop.fs.Path(absolute(path))
    fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs, fs.makeQualified(hadoop_path)


def path_kind(spark: SparkSession, path: str) -> str | None:
    """``"dir"``, ``"file"`` or None (missing), through Hadoop's file system."""
    fs, qualified = _qualified(spark, path)
    if not fs.exists(qualified):
        return None
    return "dir" if fs.getFileStatus(qualified).isDirectory() else "file"


def _hidden_names_conf(spark: SparkSession) -> str | None:
    """Spark 4's setting of which file and folder names file sources skip (None before 4)."""
    try:
        return spark.conf.get("spark.sql.files.ignoredPathSegmentRegex")
    except Exception:  # Spark 3.5: no such setting, names starting with _ or . are skipped
        return None


def _uri_form(uri: str) -> str:
    """One spelling of a URI with an empty authority: Hadoop writes a path made absolute from a
    relative one as ``file:/x`` but lists its files as ``file:///x``."""
    scheme, found, rest = uri.partition(":///")
    return f"{scheme}:/{rest}" if found and "/" not in scheme else uri


def read_text_folder(spark: SparkSession, path: str, *,
                     files_per_partition: int = 2000) -> DataFrame:
    """Every ``*.txt`` below ``path`` (recursively) as ``id`` (``path`` as given, then the name
    relative to it, as ``quotes extract`` names documents), ``text`` (the raw bytes, decoded by the extractor so
    that invalid UTF-8 becomes an error row) and ``INPUT_ERROR_COL`` (null).

    Spark's file source does not return empty files: they are found (by comparing the files
    it lists with those it reads, one cheap job over paths only) and added back as empty texts,
    so that they become error rows and none is lost. Names starting with ``_`` or ``.`` are
    read too, as ``quotes extract`` reads them (on Spark 3.5, which always skips them, not).
    Spark packs small files into many small partitions (one per few MB of "open cost"), and
    every task has a fixed cost; so the files are coalesced into at most
    ``max(2 × defaultParallelism, files / files_per_partition)`` partitions.
    Pass ``error_col=INPUT_ERROR_COL`` to the extraction functions.
    """
    import math
    from urllib.parse import unquote

    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    _, qualified = _qualified(spark, path)
    prefix = qualified.toString().rstrip("/") + "/"  # as the binaryFile ``path`` column
    uri_prefix = _uri_form(qualified.toUri().toString().rstrip("/") + "/")  # as inputFiles(), %-encoded
    conf, hidden = "spark.sql.files.ignoredPathSegmentRegex", _hidden_names_conf(spark)
    try:
        if hidden is not None:
            spark.conf.set(conf, "^$")
        raw = (spark.read.format("binaryFile").option("pathGlobFilter", "*.txt")
               .option("recursiveFileLookup", "true").load(prefix))
    finally:
        if hidden is not None:
            spark.conf.set(conf, hidden)
    listed = {unquote(name[len(uri_prefix):]) for name in map(_uri_form, raw.inputFiles())
              if name.startswith(uri_prefix)}
    if not listed:
        raise QuotesError(f"{path}: directory holds no .txt files")
    target = max(2 * spark.sparkContext.defaultParallelism, math.ceil(len(listed) / files_per_partition))
    if raw.rdd.getNumPartitions() > target:
        raw = raw.coalesce(target)
    argument = path.rstrip("/") if "://" in path else os.path.normpath(path)
    named = "" if argument == "." else argument + "/"  # the document name `quotes extract` gives
    df = raw.select(F.concat(F.lit(named), F.expr(f"substring(path, {len(prefix) + 1})")).alias("id"),
                    F.col("content").alias("text"),
                    F.lit(None).cast("string").alias(INPUT_ERROR_COL))
    read = {row[0] for row in df.select("id").collect()}
    skipped = sorted({named + name for name in listed} - read)  # empty files
    if skipped:
        schema = T.StructType([T.StructField("id", T.StringType(), True),
                               T.StructField("text", T.BinaryType(), True),
                               T.StructField(INPUT_ERROR_COL, T.StringType(), True)])
        df = df.unionByName(spark.createDataFrame([(name, bytearray(), None) for name in skipped], schema))
    return df


def _json_problem(text_col: str) -> Callable[[str], str | None]:
    def problem(line):  # no type hints: pyspark 4 would read them as a pandas UDF's
        try:
            value = json.loads(line)
        except ValueError as error:
            return f"malformed JSON line ({error}): {line[:60]!r}"
        if not isinstance(value, dict):
            return f"JSON line is not an object: {line[:60]!r}"
        if text_col not in value:
            return f"JSON line has no {text_col!r} field"
        text = value[text_col]
        if text is None or isinstance(text, str):
            return None
        kind = {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}
        return f"text is not a string (got JSON {kind.get(type(text), type(text).__name__)})"

    return problem


def read_jsonl(spark: SparkSession, path: str, *, text_col: str = "text") -> DataFrame:
    """A JSON Lines file (or folder of them): the columns of its objects, types inferred, with
    ``text_col`` a string, plus ``INPUT_ERROR_COL``: why a line cannot be used (malformed JSON,
    not an object, no text field, text not a string), null when it can. Blank lines are
    skipped. Pass ``error_col=INPUT_ERROR_COL`` to the extraction functions."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    inferred = spark.read.option("mode", "PERMISSIVE").json(absolute(path)).schema
    fields = [f for f in inferred.fields if f.name != "_corrupt_record"]
    if text_col not in {f.name for f in fields}:
        fields.append(T.StructField(text_col, T.StringType(), True))
    schema = T.StructType([
        T.StructField(f.name, T.StringType(), True) if f.name == text_col else f for f in fields
    ])
    problem = F.udf(_json_problem(text_col), T.StringType(), useArrow=False)
    lines = spark.read.text(absolute(path)).where(F.trim(F.col("value")) != "")
    parsed = lines.select(F.from_json("value", schema).alias("_row"),
                          problem("value").alias(INPUT_ERROR_COL))
    text = F.when(F.col(INPUT_ERROR_COL).isNull(), F.col("_row")[text_col])
    return parsed.select(*(text.alias(f.name) if f.name == text_col else F.col("_row")[f.name].alias(f.name)
                           for f in schema.fields), INPUT_ERROR_COL)


INPUT_FORMATS = ("auto", "txt", "jsonl", "parquet")


def input_format(spark: SparkSession, path: str) -> str:
    """``txt``, ``jsonl`` or ``parquet`` for ``path``: by extension, else a directory of
    Parquet parts is ``parquet``, of JSON Lines parts ``jsonl``, and any other ``txt``."""
    lowered = path.lower().rstrip("/")
    if lowered.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz", ".json.gz")):
        return "jsonl"
    if lowered.endswith(".parquet"):
        return "parquet"
    kind = path_kind(spark, path)
    if kind is None:
        raise QuotesError(f"{path}: no such file or directory")
    if kind == "file":
        raise QuotesError(f"{path}: cannot tell the input format; use --input-format")
    fs, qualified = _qualified(spark, path)
    names = [status.getPath().getName() for status in fs.listStatus(qualified)]
    if any(name.endswith(".parquet") for name in names):
        return "parquet"
    if any(name.endswith((".jsonl", ".json", ".ndjson")) for name in names) and not any(
            name.endswith(".txt") for name in names):
        return "jsonl"
    return "txt"


def read_input(spark: SparkSession, path: str, *, fmt: str = "auto",
               text_col: str = "text") -> tuple[DataFrame, str | None]:
    """``(df, error_col)`` for a folder of .txt, a JSON Lines file or Parquet."""
    if fmt not in INPUT_FORMATS:
        raise QuotesError(f"input format must be one of {', '.join(INPUT_FORMATS)}, got {fmt!r}")
    if fmt == "auto":
        fmt = input_format(spark, path)
    elif path_kind(spark, path) is None:
        raise QuotesError(f"{path}: no such file or directory")
    if fmt == "txt":
        return read_text_folder(spark, path), INPUT_ERROR_COL
    if fmt == "jsonl":
        return read_jsonl(spark, path, text_col=text_col), INPUT_ERROR_COL
    return spark.read.parquet(absolute(path)), None
