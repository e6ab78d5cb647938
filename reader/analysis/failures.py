"""What the analysis could not do: raised by default, recorded on request.

A library that swallows its errors hands back a result that looks complete
and is not. So every place in the pipeline that can lose part of the result
reports the failure here: under `errors="raise"` (the default, and what the
test suite uses) it propagates; under `errors="record"` (the reader) it is
kept as a `Problem` on the `Analysis`, and the rest of the text is analysed.
Running out of memory always propagates: nothing after it can be trusted.
"""

from __future__ import annotations

from typing import Literal

from reader.analysis.model import Problem, Stage

#: How `analyze` treats a failure inside the pipeline.
Errors = Literal["raise", "record"]
ERRORS: tuple[Errors, ...] = ("raise", "record")


class Failures:
    """The failures of one analysis, in the order they happened."""

    __slots__ = ("found", "raising")

    def __init__(self, errors: Errors) -> None:
        if errors not in ERRORS:
            raise ValueError(f"errors must be one of {', '.join(ERRORS)}, not {errors!r}")
        self.raising = errors == "raise"
        self.found: list[Problem] = []

    def record(self, stage: Stage, start: int | None, exc: Exception, lost: str) -> None:
        """Keep `exc` as a problem, or raise it again when failures are raised.

        `lost` says in words what the result lacks because of it.
        """
        if self.raising or isinstance(exc, MemoryError):
            raise exc
        detail = " ".join(str(exc).split())[:200]
        where = "" if start is None else f" at offset {start}"
        message = f"{lost}{where}: {type(exc).__name__}" + (f": {detail}" if detail else "")
        self.found.append(Problem(stage, start, type(exc).__name__, message))

    def note(self, stage: Stage, start: int | None, message: str) -> None:
        """Keep a bound the analysis reached: part of the text was not read.

        Not an error (nothing failed, and it is never raised), but the result
        is not the whole story, so it is recorded all the same.
        """
        self.found.append(Problem(stage, start, "LimitReached", message))
