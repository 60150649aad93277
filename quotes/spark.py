"""Quote extraction on Apache Spark: the same records as ``quotes extract``, at archive scale.

This is the only module that imports ``pyspark`` (``pip install 'quotes-attribution[spark]'``), and it does
so lazily, so ``import quotes.spark`` works without it; the functions need it.

One row in, one result out: every input row ends up either as its quotes (zero or more rows of
the quotes table) or as exactly one row of the errors table, never both and never neither.

Usage (``df`` has columns ``id`` and ``text``; see docs/spark.md)::

    documents = extract_documents(df)           # one row per input row: quotes array + error
    quotes_df = quotes_of(documents)            # one row per quote, record fields (docs/contract.md §2), typed
    errors_df = errors_of(documents)            # one row per bad input row, with its reason
    quotes_df, errors_df = extract_quotes_with_errors(df)   # the two above, extracted once
    quotes_df = extract_quotes(df)              # only the quotes

Extraction runs in ``mapPartitions``: the extractor (rules and lexicons) is built at most once
per partition, on the first row that needs it, and kept for the life of the Python worker
process, so reused workers build it once for many partitions. It is never built per row.

Bad rows do not fail the job. A row is an error row, with a reason in ``error``, when its text
is null, not a string (numbers, structs, …), empty or blank, bytes that are not UTF-8 text
(a ``binary`` text column is decoded exactly as ``quotes extract`` decodes a file), when the
input already carries a reason in ``error_col`` (e.g. a malformed JSON line), or when the
extractor raises on it.

The readers (``read_text_folder``, ``read_jsonl``, ``read_input``) turn the inputs of
``quotes spark-extract`` into a DataFrame of ``id``, ``text`` (and metadata) for the above.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ._version import DISTRIBUTION
from .errors import InputError, QuotesError
from .inputs import decode
from .pipeline import BACKENDS, Extractor
from .serialize import RECORD_FIELDS, quote_to_record

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

INSTALL_HINT = f"pip install '{DISTRIBUTION}[spark]'"

#: The fields of one quote row, in order: the record fields, then confidence and note.
QUOTE_FIELDS: tuple[str, ...] = (*RECORD_FIELDS, "confidence", "note")
#: Columns the functions add; input columns kept alongside must not use these names.
QUOTES_COL = "quotes"
ERROR_COL = "error"
INDEX_COL = "quote_index"
#: The column ``read_jsonl`` fills with the reason a line cannot be used (null when fine).
INPUT_ERROR_COL = "input_error"

_INT_FIELDS = frozenset({"start", "end", "mention_start", "mention_end", "cue_start", "cue_end"})
_NOT_NULL = frozenset({"start", "end", "text", "kind", "confidence"})
RESERVED_COLUMNS = frozenset({QUOTES_COL, ERROR_COL, INDEX_COL, *QUOTE_FIELDS})


def require_pyspark():
    """The ``pyspark`` module, or ImportError with the install hint."""
    try:
        import pyspark
    except ImportError as error:  # pragma: no cover - exercised without pyspark
        raise ImportError(f"pyspark is not installed: {INSTALL_HINT}") from error
    return pyspark


# --------------------------------------------------------------------------- schemas


def quote_schema() -> "StructType":
    """The typed struct of one quote: record fields (docs/contract.md §2), then ``confidence`` and ``note``."""
    require_pyspark()
    from pyspark.sql import types as T

    fields = []
    for name in QUOTE_FIELDS:
        if name in _INT_FIELDS:
            kind = T.IntegerType()
        elif name == "confidence":
            kind = T.DoubleType()
        else:
            kind = T.StringType()
        fields.append(T.StructField(name, kind, nullable=name not in _NOT_NULL))
    return T.StructType(fields)


def documents_schema(df: "DataFrame", *, id_col: str = "id", keep: Sequence[str] = ()) -> "StructType":
    """The schema of ``extract_documents``: id, kept columns, ``quotes`` array, ``error``."""
    from pyspark.sql import types as T

    by_name = {field.name: field for field in df.schema.fields}
    return T.StructType([
        T.StructField(id_col, by_name[id_col].dataType, True),
        *(T.StructField(name, by_name[name].dataType, True) for name in keep),
        T.StructField(QUOTES_COL, T.ArrayType(quote_schema(), containsNull=False), True),
        T.StructField(ERROR_COL, T.StringType(), True),
    ])


# --------------------------------------------------------------------------- per partition

_EXTRACTORS: dict[tuple[str, str | None], Extractor] = {}


def _extractor(nlp: str, stanza_dir: str | None) -> Extractor:
    """The worker process's extractor for this configuration, built on first use."""
    key = (nlp, stanza_dir)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(nlp=nlp, stanza_dir=stanza_dir)
    return _EXTRACTORS[key]


def text_problem(value: Any, source: str) -> tuple[str | None, str | None]:
    """``(text, None)`` for a usable article, else ``(None, reason)``; never raises."""
    if value is None:
        return None, "text is null"
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            return decode(bytes(value), source), None
        except InputError as error:
            return None, error.problem
    if not isinstance(value, str):
        return None, f"text is not a string (got {type(value).__name__})"
    if not value.strip():
        return None, "empty text"
    return value, None


def quote_row(quote) -> tuple:
    """One quote as a tuple in ``quote_schema`` order (values as in ``quotes extract``)."""
    record = quote_to_record(quote)
    return tuple(record.get(name) for name in QUOTE_FIELDS)


def partition_function(nlp: str = "builtin", stanza_dir: str | None = None, *,
                       has_error_col: bool = False) -> Callable[[Iterable], Iterator[tuple]]:
    """The function given to ``mapPartitions``.

    Input rows are ``(id, text, *kept[, input_error])``; output rows are
    ``(id, *kept, quotes, error)`` with exactly one of ``quotes`` and ``error`` null.
    """

    def run(rows: Iterable) -> Iterator[tuple]:
        extractor: Extractor | None = None
        for row in rows:
            values = tuple(row)
            ident, raw = values[0], values[1]
            kept = values[2:-1] if has_error_col else values[2:]
            problem = values[-1] if has_error_col else None
            text = None
            if problem is None:
                text, problem = text_problem(raw, str(ident))
            if problem is None:
                if extractor is None:
                    extractor = _extractor(nlp, stanza_dir)
                try:
                    quotes = [quote_row(q) for q in extractor.extract(text, name=str(ident))]
                except Exception as error:  # one bad article must not fail the job
                    problem = f"extraction failed: {type(error).__name__}: {error}"
                else:
                    yield (ident, *kept, quotes, None)
                    continue
            yield (ident, *kept, None, str(problem))

    return run


# --------------------------------------------------------------------------- DataFrame API


def _check_columns(df: "DataFrame", text_col: str, id_col: str, keep: Sequence[str],
                   error_col: str | None, nlp: str) -> list[str]:
    if nlp not in BACKENDS:
        raise QuotesError(f"nlp must be one of {', '.join(BACKENDS)}, got {nlp!r}")
    names = set(df.columns)
    for role, name in (("text", text_col), ("id", id_col), ("error", error_col), *(("kept", k) for k in keep)):
        if name is not None and name not in names:
            raise QuotesError(f"the input has no {role} column {name!r} (columns: {', '.join(df.columns)})")
    keep = [k for k in dict.fromkeys(keep) if k not in (id_col, text_col, error_col)]
    clashes = sorted(name for name in (id_col, *keep) if name in RESERVED_COLUMNS)
    if clashes:
        raise QuotesError(
            f"input column(s) {', '.join(clashes)} would clash with output columns; "
            "rename them or leave them out of keep"
        )
    return keep


def extract_documents(df: "DataFrame", *, text_col: str = "text", id_col: str = "id",
                      nlp: str = "builtin", stanza_dir: str | None = None,
                      keep: Sequence[str] = (), error_col: str | None = None) -> "DataFrame":
    """One row per input row: ``id_col``, the ``keep`` columns, ``quotes`` and ``error``.

    ``quotes`` is an array of ``quote_schema()`` structs in document order (empty when the
    article has no quote) and ``error`` is null; or ``quotes`` is null and ``error`` says why
    the row could not be used. ``text_col`` may be a string or a binary (UTF-8 bytes) column.
    ``error_col`` names an optional input column of reasons found while reading: rows where it
    is not null become error rows without extraction. Lazy, like every transformation.
    """
    require_pyspark()
    keep = _check_columns(df, text_col, id_col, keep, error_col, nlp)
    columns = [id_col, text_col, *keep] + ([error_col] if error_col else [])
    schema = documents_schema(df, id_col=id_col, keep=keep)
    rdd = df.select(*(column(name) for name in columns)).rdd.mapPartitions(
        partition_function(nlp, stanza_dir, has_error_col=error_col is not None)
    )
    return df.sparkSession.createDataFrame(rdd, schema, verifySchema=False)


def _kept(documents: "DataFrame") -> list[str]:
    return [name for name in documents.columns if name not in (QUOTES_COL, ERROR_COL)]


def column(name: str):
    """The column called ``name``, literally (dots and backticks in names are no syntax)."""
    from pyspark.sql import functions as F

    return F.col("`" + name.replace("`", "``") + "`")


def quotes_of(documents: "DataFrame") -> "DataFrame":
    """One row per quote of ``extract_documents``' result: id, kept columns, ``quote_index``
    (0-based position in the document), then the ``quote_schema()`` fields."""
    from pyspark.sql import functions as F

    kept = [column(name) for name in _kept(documents)]
    return (
        documents.where(F.col(ERROR_COL).isNull())
        .select(*kept, F.posexplode(QUOTES_COL).alias(INDEX_COL, "_quote"))
        .select(*kept, INDEX_COL, "_quote.*")
    )


def errors_of(documents: "DataFrame") -> "DataFrame":
    """One row per unusable input row of ``extract_documents``' result: id, kept, ``error``."""
    from pyspark.sql import functions as F

    kept = [column(name) for name in _kept(documents)]
    return documents.where(F.col(ERROR_COL).isNotNull()).select(*kept, ERROR_COL)


def extract_quotes_with_errors(df: "DataFrame", *, text_col: str = "text", id_col: str = "id",
                               nlp: str = "builtin", stanza_dir: str | None = None,
                               keep: Sequence[str] = (), error_col: str | None = None,
                               persist: bool = True) -> tuple["DataFrame", "DataFrame"]:
    """``(quotes_df, errors_df)``: ``quotes_of`` and ``errors_of`` one ``extract_documents``.

    With ``persist`` (the default) the per-document result is persisted (memory and disk), so
    using both DataFrames runs the extractor once; ``spark.catalog.clearCache()`` releases it
    (or call ``extract_documents`` yourself and ``unpersist`` it). Every input row is in
    exactly one of the two: ``quotes_df``'s distinct ids plus ``errors_df``'s rows plus the
    documents without quotes make up the input.
    """
    documents = extract_documents(df, text_col=text_col, id_col=id_col, nlp=nlp,
                                  stanza_dir=stanza_dir, keep=keep, error_col=error_col)
    if persist:
        from pyspark import StorageLevel

        documents = documents.persist(StorageLevel.MEMORY_AND_DISK)
    return quotes_of(documents), errors_of(documents)


def extract_quotes(df: "DataFrame", *, text_col: str = "text", id_col: str = "id",
                   nlp: str = "builtin", stanza_dir: str | None = None,
                   keep: Sequence[str] = ()) -> "DataFrame":
    """One row per quote: ``id_col``, the ``keep`` columns, ``quote_index`` and the
    ``quote_schema()`` fields. Bad rows are left out (use ``extract_quotes_with_errors`` or
    ``extract_documents`` to see them with their reasons); they never fail the job."""
    return quotes_of(extract_documents(df, text_col=text_col, id_col=id_col, nlp=nlp,
                                       stanza_dir=stanza_dir, keep=keep))


# --------------------------------------------------------------------------- readers


def absolute(path: str) -> str:
    """A local path made absolute against this process's working directory (the JVM's may be
    another, in a long-lived session); URIs (``hdfs://…``, ``s3a://…``) as they are."""
    return path if ":" in path.split("/", 1)[0] else os.path.abspath(path)


def _qualified(spark: "SparkSession", path: str):
    """Hadoop ``(FileSystem, qualified Path)`` of ``path`` (local, HDFS, S3A, …)."""
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(absolute(path))
    fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs, fs.makeQualified(hadoop_path)


def path_kind(spark: "SparkSession", path: str) -> str | None:
    """``"dir"``, ``"file"`` or None (missing), through Hadoop's file system."""
    fs, qualified = _qualified(spark, path)
    if not fs.exists(qualified):
        return None
    return "dir" if fs.getFileStatus(qualified).isDirectory() else "file"


def _hidden_names_conf(spark: "SparkSession") -> str | None:
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


def read_text_folder(spark: "SparkSession", path: str, *,
                     files_per_partition: int = 2000) -> "DataFrame":
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


def read_jsonl(spark: "SparkSession", path: str, *, text_col: str = "text") -> "DataFrame":
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


def input_format(spark: "SparkSession", path: str) -> str:
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


def read_input(spark: "SparkSession", path: str, *, fmt: str = "auto",
               text_col: str = "text") -> tuple["DataFrame", str | None]:
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
