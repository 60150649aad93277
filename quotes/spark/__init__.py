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

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._version import DISTRIBUTION
from ..errors import InputError, QuotesError
from ..inputs import decode
from ..pipeline import BACKENDS, Extractor
from ..serialize import RECORD_FIELDS, quote_to_record
from .inputs import (  # noqa: F401
    INPUT_ERROR_COL,
    INPUT_FORMATS,
    absolute,
    input_format,
    path_kind,
    read_input,
    read_jsonl,  # re-exported: the readers of Spark inputs
    read_text_folder,
)

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

INSTALL_HINT = f"pip install '{DISTRIBUTION}[spark]'"

#: The fields of one quote row, in order: the record fields, then confidence and note.
QUOTE_FIELDS: tuple[str, ...] = (*RECORD_FIELDS, "confidence", "note")
#: Columns the functions add; input columns kept alongside must not use these names.
QUOTES_COL = "quotes"
ERROR_COL = "error"
INDEX_COL = "quote_index"


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


def quote_schema() -> StructType:
    """The typed struct of one quote: record fields (docs/contract.md §2), then ``confidence`` and ``note``."""
    require_pyspark()
    from pyspark.sql import types as T

    fields = []
    for name in QUOTE_FIELDS:
        kind: T.DataType
        if name in _INT_FIELDS:
            kind = T.IntegerType()
        elif name == "confidence":
            kind = T.DoubleType()
        else:
            kind = T.StringType()
        fields.append(T.StructField(name, kind, nullable=name not in _NOT_NULL))
    return T.StructType(fields)


def documents_schema(df: DataFrame, *, id_col: str = "id", keep: Sequence[str] = ()) -> StructType:
    """The schema of ``extract_documents``: id, kept columns, ``quotes`` array, ``error``."""
    from pyspark.sql import types as T

    by_name = {field.name: field for field in df.schema.fields}
    return T.StructType([
        T.StructField(id_col, by_name[id_col].dataType, True),
        *(T.StructField(name, by_name[name].dataType, True) for name in keep),
        T.StructField(QUOTES_COL, T.ArrayType(quote_schema(), containsNull=False), True),
        T.StructField(ERROR_COL, T.StringType(), True),
    ])


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
                assert text is not None  # a usable article has its text
                try:
                    quotes = [quote_row(q) for q in extractor.extract(text, name=str(ident))]
                except Exception as error:  # one bad article must not fail the job
                    problem = f"extraction failed: {type(error).__name__}: {error}"
                else:
                    yield (ident, *kept, quotes, None)
                    continue
            yield (ident, *kept, None, str(problem))

    return run


def _check_columns(df: DataFrame, text_col: str, id_col: str, keep: Sequence[str],
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


def extract_documents(df: DataFrame, *, text_col: str = "text", id_col: str = "id",
                      nlp: str = "builtin", stanza_dir: str | None = None,
                      keep: Sequence[str] = (), error_col: str | None = None) -> DataFrame:
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


def _kept(documents: DataFrame) -> list[str]:
    return [name for name in documents.columns if name not in (QUOTES_COL, ERROR_COL)]


def column(name: str):
    """The column called ``name``, literally (dots and backticks in names are no syntax)."""
    from pyspark.sql import functions as F

    return F.col("`" + name.replace("`", "``") + "`")


def quotes_of(documents: DataFrame) -> DataFrame:
    """One row per quote of ``extract_documents``' result: id, kept columns, ``quote_index``
    (0-based position in the document), then the ``quote_schema()`` fields."""
    from pyspark.sql import functions as F

    kept = [column(name) for name in _kept(documents)]
    return (
        documents.where(F.col(ERROR_COL).isNull())
        .select(*kept, F.posexplode(QUOTES_COL).alias(INDEX_COL, "_quote"))
        .select(*kept, INDEX_COL, "_quote.*")
    )


def errors_of(documents: DataFrame) -> DataFrame:
    """One row per unusable input row of ``extract_documents``' result: id, kept, ``error``."""
    from pyspark.sql import functions as F

    kept = [column(name) for name in _kept(documents)]
    return documents.where(F.col(ERROR_COL).isNotNull()).select(*kept, ERROR_COL)


def extract_quotes_with_errors(df: DataFrame, *, text_col: str = "text", id_col: str = "id",
                               nlp: str = "builtin", stanza_dir: str | None = None,
                               keep: Sequence[str] = (), error_col: str | None = None,
                               persist: bool = True) -> tuple[DataFrame, DataFrame]:
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


def extract_quotes(df: DataFrame, *, text_col: str = "text", id_col: str = "id",
                   nlp: str = "builtin", stanza_dir: str | None = None,
                   keep: Sequence[str] = ()) -> DataFrame:
    """One row per quote: ``id_col``, the ``keep`` columns, ``quote_index`` and the
    ``quote_schema()`` fields. Bad rows are left out (use ``extract_quotes_with_errors`` or
    ``extract_documents`` to see them with their reasons); they never fail the job."""
    return quotes_of(extract_documents(df, text_col=text_col, id_col=id_col, nlp=nlp,
                                       stanza_dir=stanza_dir, keep=keep))
