"""quotes on Apache Spark: same records as ``quotes extract``, bad rows as error rows, the CLI.

One local[2] SparkSession (the ``spark`` fixture of conftest.py, skipped where pyspark or Java is
missing) serves the whole module; inputs are the five golden articles and a handful of bad rows,
so the module stays within a minute or two on 2 cores.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark (the spark extra) is not installed")

from pyspark.sql import types as T  # noqa: E402

from quotes import spark as qs  # noqa: E402
from quotes.serialize import RECORD_FIELDS  # noqa: E402

FIELDS = (*RECORD_FIELDS, "confidence", "note")
INVALID_UTF8 = b"Lavrov said \xff\xfe that it was over."


# --------------------------------------------------------------------------- helpers


def cli_records(run_cli, *paths) -> list[tuple]:
    """``quotes extract --format jsonl`` as sorted (file name, SPEC record…) tuples: compared with
    Spark runs over copies of the articles, so documents are keyed by file name."""
    result = run_cli("extract", *paths, "--format", "jsonl")
    assert result.code == 0, result.err
    records = []
    for line in result.out.splitlines():
        document = json.loads(line)
        for record in document["quotes"]:
            records.append((Path(document["document"]).name, *(record.get(name) for name in FIELDS)))
    return sorted(records, key=_order)


def spark_records(rows, id_col: str = "id") -> list[tuple]:
    return sorted(((Path(row[id_col]).name, *(row[name] for name in FIELDS)) for row in rows), key=_order)


def _order(record: tuple):
    """By document, start, end, then every other field (None first)."""
    return (str(record[0]), record[1], record[2], tuple((v is not None, str(v)) for v in record[3:]))


def golden_texts(golden_dir: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(golden_dir.glob("*.txt"))}


def read_json_dir(path: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(path.glob("part-*")) for line in
            part.read_text(encoding="utf-8").splitlines() if line.strip()]


# --------------------------------------------------------------------------- library


def test_quote_schema_is_typed_and_complete():
    schema = qs.quote_schema()
    assert tuple(schema.fieldNames()) == FIELDS
    types = {field.name: field.dataType for field in schema.fields}
    assert types["start"] == T.IntegerType() and types["cue_end"] == T.IntegerType()
    assert types["confidence"] == T.DoubleType() and types["speaker"] == T.StringType()
    assert not schema["text"].nullable and schema["mention"].nullable


def test_spark_equals_cli_on_golden_articles(spark, golden_dir, run_cli):
    expected = cli_records(run_cli, golden_dir)
    assert expected, "the golden articles hold quotes"

    # From a folder of .txt, read as bytes like `quotes extract` reads files.
    df, error_col = qs.read_input(spark, str(golden_dir))
    quotes_df, errors_df = qs.extract_quotes_with_errors(df, error_col=error_col)
    rows = quotes_df.collect()
    assert spark_records(rows) == expected
    assert errors_df.count() == 0

    # From a DataFrame of strings, through the plain API, over more partitions than documents.
    texts = golden_texts(golden_dir)
    strings = spark.createDataFrame(sorted(texts.items()), "id string, text string").repartition(3)
    assert spark_records(qs.extract_quotes(strings).collect()) == expected

    # quote_index is the position in document order; text is the slice at start:end.
    by_document: dict[str, list] = {}
    for row in rows:
        by_document.setdefault(row["id"], []).append(row)
        assert texts[Path(row["id"]).name][row["start"]:row["end"]] == row["text"]
    for document_rows in by_document.values():
        ordered = sorted(document_rows, key=lambda r: r["quote_index"])
        assert [r["quote_index"] for r in ordered] == list(range(len(ordered)))
        assert [(r["start"], r["end"]) for r in ordered] == sorted((r["start"], r["end"]) for r in ordered)
    assert quotes_df.schema[qs.INDEX_COL].dataType == T.IntegerType()


def test_bad_rows_become_error_rows_and_none_is_lost(spark, golden_dir):
    good = next(iter(golden_texts(golden_dir).values()))
    rows = [("good", good, "a"), ("no-quotes", "The weather was fine.", "b"), ("empty", "", "c"),
            ("blank", " \n\t", "d"), ("null", None, "e")]
    df = spark.createDataFrame(rows, "id string, text string, source string")
    documents = qs.extract_documents(df, keep=["source"]).collect()
    assert len(documents) == len(rows)
    assert all((d["quotes"] is None) != (d["error"] is None) for d in documents)
    errors = {d["id"]: d["error"] for d in documents if d["error"] is not None}
    assert errors == {"empty": "empty text", "blank": "empty text", "null": "text is null"}
    assert {d["id"]: d["source"] for d in documents} == {r[0]: r[2] for r in rows}

    quotes_df, errors_df = qs.extract_quotes_with_errors(df, keep=["source"])
    assert quotes_df.select("id").distinct().count() + errors_df.count() == 4  # no-quotes has none
    assert sorted(errors_df.columns) == ["error", "id", "source"]
    assert "source" in quotes_df.columns

    # Non-string text: a typed column of numbers, or a struct, is an error for every row.
    numbers = spark.createDataFrame([(1, 42), (2, None)], "id int, text int")
    found = {r["id"]: r["error"] for r in qs.errors_of(qs.extract_documents(numbers)).collect()}
    assert found == {1: "text is not a string (got int)", 2: "text is null"}

    # A binary text column is decoded as `quotes extract` decodes a file.
    raw = spark.createDataFrame(
        [("ok", bytearray(good.encode())), ("bad", bytearray(INVALID_UTF8)), ("nul", bytearray(b"a\x00b"))],
        "id string, text binary")
    found = {r["id"]: r["error"] for r in qs.extract_documents(raw).collect()}
    assert found["ok"] is None
    assert found["bad"].startswith("invalid UTF-8 at byte 12")
    assert found["nul"].startswith("binary file")


def test_input_reasons_and_bad_arguments(spark):
    df = spark.createDataFrame([("a", "Lavrov said that it was over.", "line 3 is not JSON")],
                               "id string, text string, why string")
    [row] = qs.extract_documents(df, error_col="why").collect()
    assert row["error"] == "line 3 is not JSON" and row["quotes"] is None
    with pytest.raises(qs.QuotesError, match="no text column 'body'"):
        qs.extract_quotes(df, text_col="body")
    with pytest.raises(qs.QuotesError, match="nlp must be one of"):
        qs.extract_quotes(df, nlp="spacy")
    clash = spark.createDataFrame([("a", "x", "k")], "id string, text string, kind string")
    with pytest.raises(qs.QuotesError, match="kind"):
        qs.extract_quotes(clash, keep=["kind"])


def test_one_extractor_per_partition_never_per_row(monkeypatch):
    built = []

    class Counting(qs.Extractor):
        def __init__(self, **kwargs):
            built.append(kwargs)
            super().__init__(**kwargs)

    monkeypatch.setattr(qs, "Extractor", Counting)
    monkeypatch.setattr(qs, "_EXTRACTORS", {})
    run = qs.partition_function("builtin")
    rows = [("a", "Lavrov said that it was over."), ("b", "Blinken said that it was not."), ("c", None)]
    out = list(run(iter(rows)))
    assert [r[0] for r in out] == ["a", "b", "c"] and out[2][-1] == "text is null"
    assert len(built) == 1
    list(run(iter(rows)))  # a second partition in the same worker reuses it
    assert len(built) == 1
    monkeypatch.setattr(qs, "_EXTRACTORS", {})
    assert [r[-1] for r in run(iter([("x", ""), ("y", None)]))] == ["empty text", "text is null"]
    assert len(built) == 1  # a partition of bad rows builds none


def test_text_folder_reader_keeps_every_file(spark, golden_dir, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    name = sorted(golden_dir.glob("*.txt"))[0]
    shutil.copy(name, folder / "sub" / name.name)
    shutil.copy(name, folder / "_underscore.txt")
    (folder / "bad.txt").write_bytes(INVALID_UTF8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"\n \n")
    (folder / "notes.md").write_text("not an article")
    df, error_col = qs.read_input(spark, str(folder))
    documents = qs.extract_documents(df, error_col=error_col).collect()
    assert sorted(d["id"] for d in documents) == sorted(
        f"{folder}/{inside}" for inside in ["sub/" + name.name, "_underscore.txt", "bad.txt", "empty.txt", "blank.txt"])
    errors = {d["id"]: d["error"] for d in documents if d["error"]}
    assert sorted(errors) == [f"{folder}/bad.txt", f"{folder}/blank.txt", f"{folder}/empty.txt"]
    assert errors[f"{folder}/bad.txt"].startswith("invalid UTF-8")
    assert errors[f"{folder}/empty.txt"].startswith("empty file")


def test_relative_folder_names_documents_as_quotes_extract_does(spark, golden_dir, run_cli, tmp_path, monkeypatch):
    """`quotes spark-extract articles/ out/`, the documentation's own form, run from the folder
    above (Hadoop lists a relative folder's files under another URI spelling than its own)."""
    shutil.copytree(golden_dir, tmp_path / "articles", ignore=shutil.ignore_patterns("*.json", "*.md"))
    monkeypatch.chdir(tmp_path)
    result = run_cli("spark-extract", "articles/", "out/", "--format", "jsonl")
    assert result.code == 0, result.err
    extracted = run_cli("extract", "articles/", "--format", "jsonl")
    cli_ids = {json.loads(line)["document"] for line in extracted.out.splitlines()}
    assert {record["id"] for record in read_json_dir(Path("out/quotes"))} == cli_ids
    assert all(name.startswith("articles/") for name in cli_ids) and len(cli_ids) == 5


def test_jsonl_reader_reports_mixed_types(spark, tmp_path):
    lines = [
        {"id": "ok", "text": "Lavrov said that Washington now had the initiative.", "outlet": "x"},
        {"id": "number", "text": 42, "outlet": "y"},
        {"id": "object", "text": {"body": "hi"}},
        {"id": "null", "text": None},
        {"id": "missing"},
        {"id": "empty", "text": ""},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([json.dumps(line) for line in lines] + ["{not json", "", "[1, 2]"]) + "\n")
    df, error_col = qs.read_input(spark, str(path))
    documents = qs.extract_documents(df, error_col=error_col, keep=["outlet"]).collect()
    assert len(documents) == len(lines) + 2  # the blank line is not a row
    errors = {d["id"]: d["error"] for d in documents if d["error"]}
    assert errors.pop(None, None) is not None  # malformed lines have no id
    assert errors == {
        "number": "text is not a string (got JSON number)",
        "object": "text is not a string (got JSON object)",
        "null": "text is null",
        "missing": "JSON line has no 'text' field",
        "empty": "empty text",
    }
    [ok] = [d for d in documents if d["id"] == "ok"]
    assert ok["outlet"] == "x" and ok["quotes"][0]["text"] == "Washington now had the initiative"
    reasons = sorted(d["error"] for d in documents if d["id"] is None)
    assert reasons[0].startswith("JSON line is not an object") and reasons[1].startswith("malformed JSON")


# --------------------------------------------------------------------------- CLI


def _summary(err: str) -> str:
    [line] = [line for line in err.splitlines() if line.startswith("quotes: ") and " documents, " in line]
    return line


def test_cli_text_folder_to_parquet(spark, golden_dir, run_cli, tmp_path):
    expected = cli_records(run_cli, golden_dir)
    folder = tmp_path / "in"
    shutil.copytree(golden_dir, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    (folder / "broken.txt").write_bytes(INVALID_UTF8)
    out = tmp_path / "out"
    result = run_cli("spark-extract", folder, out, "--partitions", "3")
    assert result.code == 0, result.err
    summary = _summary(result.err)
    assert summary.startswith(f"quotes: 5 documents, {len(expected)} quotes, 1 error rows, ")
    assert spark_records(spark.read.parquet(str(out / "quotes")).collect()) == expected
    [error] = spark.read.parquet(str(out / "errors")).collect()
    assert error["id"] == f"{folder}/broken.txt" and error["error"].startswith("invalid UTF-8")

    again = run_cli("spark-extract", folder, out)
    assert again.code == 2 and "exists" in again.err
    strict = run_cli("spark-extract", folder, out, "--overwrite", "--strict")
    assert strict.code == 1


def test_cli_jsonl_and_parquet_inputs(spark, golden_dir, run_cli, tmp_path):
    expected = cli_records(run_cli, golden_dir)
    texts = golden_texts(golden_dir)
    rows = [{"id": name, "text": text, "outlet": f"outlet-{i}", "meta.src": "wire"}
            for i, (name, text) in enumerate(texts.items())]
    bad = [{"id": "n", "text": 7, "outlet": "z"}, {"id": "e", "text": "", "outlet": "z"}]
    source = tmp_path / "archive.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows + bad), encoding="utf-8")

    out = tmp_path / "from-jsonl"
    result = run_cli("spark-extract", source, out, "--format", "jsonl")
    assert result.code == 0, result.err
    assert _summary(result.err).startswith(f"quotes: 5 documents, {len(expected)} quotes, 2 error rows, ")
    records = read_json_dir(out / "quotes")
    assert all(set(FIELDS) <= set(record) for record in records)  # nulls written, not dropped
    assert spark_records(records) == expected
    outlets = {r["id"]: r["outlet"] for r in rows}
    assert all(record["outlet"] == outlets[record["id"]] for record in records)
    assert all(record["meta.src"] == "wire" for record in records)  # dotted names are kept as is
    assert {r["id"]: r["error"] for r in read_json_dir(out / "errors")} == {
        "n": "text is not a string (got JSON number)", "e": "empty text"}

    parquet = tmp_path / "archive.parquet"
    spark.createDataFrame([(r["id"], r["text"], r["outlet"]) for r in rows] + [("null", None, "z")],
                          "doc string, body string, outlet string").write.parquet(str(parquet))
    out = tmp_path / "from-parquet"
    result = run_cli("spark-extract", parquet, out, "--id-col", "doc", "--text-col", "body")
    assert result.code == 0, result.err
    assert spark_records(spark.read.parquet(str(out / "quotes")).collect(), "doc") == expected
    assert [(r["doc"], r["error"]) for r in spark.read.parquet(str(out / "errors")).collect()] == [
        ("null", "text is null")]


def test_cli_usage_errors(spark, run_cli, tmp_path, monkeypatch):
    missing = run_cli("spark-extract", tmp_path / "nowhere", tmp_path / "out")
    assert missing.code == 2 and "no such file or directory" in missing.err
    (tmp_path / "empty").mkdir()
    nothing = run_cli("spark-extract", tmp_path / "empty", tmp_path / "out")
    assert nothing.code == 2 and "no .txt files" in nothing.err
    monkeypatch.setitem(sys.modules, "pyspark", None)  # as if the extra were not installed
    absent = run_cli("spark-extract", tmp_path / "empty", tmp_path / "out")
    assert absent.code == 2
    assert absent.err.strip() == "quotes: error: pyspark is not installed: pip install 'quotes-attribution[spark]'"
