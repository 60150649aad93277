"""One small error hierarchy.  The library raises, only the CLI turns errors into exit codes."""


class QuotesError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(QuotesError, ValueError):
    """An input document cannot be read as a UTF-8 text article."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class SpanError(QuotesError, ValueError):
    """Offsets and text of a span disagree with each other or with their document."""


class GoldenFormatError(QuotesError, ValueError):
    """A golden (or prediction) JSON file does not follow docs/contract.md §5."""

    def __init__(self, source: str, problem: str, *, record: int | None = None):
        self.source = source
        self.record = record
        self.problem = problem
        where = f"{source}: record {record}" if record is not None else source
        super().__init__(f"{where}: {problem}")


class BackendUnavailable(QuotesError, RuntimeError):
    """The requested NLP backend (or its models) cannot be used on this machine."""


class StoreError(QuotesError, RuntimeError):
    """The quote database is missing, corrupt or not a quotes database."""


class AmbiguousName(QuotesError, LookupError):
    """A name asked for (``quotes search --speaker``) fits several speakers of the archive."""

    def __init__(self, name: str, candidates: list[tuple[str, int]]):
        self.name = name
        self.candidates = candidates  # (speaker, quotes), most quoted first
        listed = "; ".join(f"{speaker} ({count} quote{'' if count == 1 else 's'})" for speaker, count in candidates)
        super().__init__(f"‘{name}’ fits {len(candidates)} speakers: {listed}")


class OutputError(QuotesError, OSError):
    """An output file cannot be written (a directory, a missing folder, a full disk), or would
    overwrite one of the inputs."""
