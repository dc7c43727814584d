"""ogi: China's 政府信息公开工作年度报告 (Open Government Information annual reports) for Python.

Read a report from any form it is published in (PDF, Word, text, web page, Markdown) or from its JSON
(ogi-report/1), validate it against the official tables' rules, convert it, and put many into a pandas DataFrame:

    >>> import ogi
    >>> report = ogi.read("2020_longhua-data-bureau.txt")
    >>> report.validate().corrections
    [Correction(path='/applications/outcomes/unable_to_provide/not_held/total', ...)]
    >>> frame = ogi.to_frame(ogi.read_folder("reports", jobs=2).reports)

Everything is done by the C++ library (the ogi tool's own); this package only calls it.
"""
from __future__ import annotations

import builtins
import errno
import io
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Union

from . import _ogi
from ._ogi import Correction, Finding, Inferred, JsonError, Report, Validation

__version__: str = _ogi.__version__

__all__ = [
    "Correction", "DecodeError", "Error", "Finding", "Folder", "ImportError", "Inferred", "JsonError", "Report",
    "Validation", "read", "read_folder", "to_frame",
]


class Error(Exception):
    """An input that gives no report. source: the path read (or '<bytes>'); messages: every message, located
    ('path:line: …' for a text, 'path: /pointer: …' for JSON); str() is the messages, one per line."""

    def __init__(self, source: str, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.source = source
        self.messages = list(messages)


class ImportError(Error):  # noqa: A001 (ogi.ImportError, as the issue names it; builtins.ImportError is apart)
    """A published report's text, page or document from which no report could be read. findings: every finding
    of the importer (IMP-… rules), each with the line of the text where it has one."""

    def __init__(self, source: str, messages: list[str], findings: list[Finding]) -> None:
        super().__init__(source, messages)
        self.findings = list(findings)


class DecodeError(Error):
    """A JSON document that is not a valid ogi-report/1 report. errors: every problem of the document, each at
    its JSON pointer (and, for a syntax error, its line and column)."""

    def __init__(self, source: str, messages: list[str], errors: list[JsonError]) -> None:
        super().__init__(source, messages)
        self.errors = list(errors)


def _raise_or_return(outcome: Union[Report, _ogi.Failure]) -> Report:
    if isinstance(outcome, Report):
        return outcome
    raise _error(outcome)


def _error(failure: _ogi.Failure) -> Error:
    if failure.kind == "decode":
        return DecodeError(failure.source, failure.messages, failure.json_errors)
    if failure.kind == "import":
        return ImportError(failure.source, failure.messages, failure.findings)
    return Error(failure.source, failure.messages)


def read(source: Union[str, os.PathLike, bytes, bytearray, memoryview], *, name: Optional[str] = None) -> Report:
    """Reads one report: a path, or the bytes of a file.

    JSON (ogi-report/1) is decoded when the name ends .json or the content looks like JSON; anything else is
    imported by its content: a PDF, a Word document (.docx), a report's text in any encoding, its web page (HTML)
    or Markdown. name: what bytes are called in messages (and whether they are named .json).

    Raises ogi.DecodeError for JSON that is not a valid report, ogi.ImportError for anything else that holds no
    report, OSError for a file that cannot be opened.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _raise_or_return(_ogi.read_bytes(bytes(source), name if name is not None else "<bytes>"))
    path = os.fspath(source)
    with builtins.open(path, "rb") as f:
        data = f.read()
    return _raise_or_return(_ogi.read_bytes(data, name if name is not None else path))


@dataclass
class Folder:
    """What read_folder read: the reports, and an ogi.Error for each file that gave none (or part of the folder
    that could not be read), each in the order of the files' names."""

    reports: list[Report] = field(default_factory=list)
    errors: list[Error] = field(default_factory=list)


def read_folder(path: Union[str, os.PathLike], jobs: Optional[int] = None,
                progress: Optional[Callable[[int, int], None]] = None) -> Folder:
    """Reads every report file below a folder (named .json, .txt, .htm, .html, .md, .pdf, .docx, .doc or .wps, any
    case; what a file is, is told by its content) on jobs threads (default: one per core) with the GIL released.
    The library's folder walk follows symbolic links, except back into a folder being walked; what it cannot read
    (a link to nothing, a loop, a folder it may not open) is an ogi.Error among the errors. FileNotFoundError for a
    path that does not exist. As the ogi tool does, it keeps freed heap memory in the process for the
    next report (up to 32 MiB) instead of giving it back to the system after each.

    progress(done, total), when given, is called on this thread after each file; an exception it raises stops the
    run and propagates, as Ctrl-C (KeyboardInterrupt) does.
    """
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    path = os.fspath(path)
    if not os.path.exists(path):
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    found = _ogi.report_files(path)
    outcomes = iter(_ogi.read_files([p for p, problem in found if not problem], jobs or 0, progress))
    folder = Folder()
    for p, problem in found:
        if problem:
            folder.errors.append(Error(p, [problem]))
            continue
        outcome = next(outcomes)
        if isinstance(outcome, Report):
            folder.reports.append(outcome)
        else:
            folder.errors.append(_error(outcome))
    return folder


def to_frame(reports: Union[Report, Iterable[Report]], *, wide: bool = False):
    """The tidy pandas DataFrame of reports: one row per cell of the tables, the columns of `ogi convert --to csv`

        agency, year, edition, section, row_key, column_key, row_label, column_label, value, unit

    with the official labels; value is the figure as a float (NaN for a blank cell; money in its unit, '元' or
    '万元'), the other columns text ('' where the CSV is empty) and year an int. wide=True: one row per row of the
    application matrix (三), its seven columns side by side, as `ogi convert --to csv --wide`.
    Needs pandas (Debian python3-pandas).
    """
    try:
        import pandas
    except builtins.ImportError as e:
        raise builtins.ImportError("ogi.to_frame needs pandas (Debian: apt-get install python3-pandas)") from e
    reports = [reports] if isinstance(reports, Report) else list(reports)
    text = _ogi.render_csv(reports, wide)
    columns = text.split("\r\n", 1)[0].split(",")
    figures = columns[5:] if wide else ["value"]  # the CSV's own columns: figures follow agency … row_label
    dtype = {c: "float64" if c in figures else "int64" if c == "year" else "str" for c in columns}
    return pandas.read_csv(io.StringIO(text), dtype=dtype, keep_default_na=False, na_values={c: [""] for c in figures})
