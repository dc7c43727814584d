# Types of the compiled part of the package (python/ogi_module.cpp). The docstrings are the module's own, which quote
# the library's official labels: tests/python/test_stubs.py checks that every one here is the module's.
from typing import Callable, Optional, Union

__version__: str
formats: list[str]

class Finding:
    """What validation or the importer says about a report, at its cells."""
    @property
    def rule(self) -> str:
        """The stable rule ID, e.g. 'APP-ROW'."""
    @property
    def severity(self) -> str:
        """'error', 'warning' or 'notice'."""
    @property
    def paths(self) -> list[str]:
        """JSON pointers of the cells: the cell that is wrong or summarizes first (Report.label gives each one's official label path)."""
    @property
    def expected(self) -> Optional[int]:
        """The figure the rule expects, or None."""
    @property
    def actual(self) -> Optional[int]:
        """The figure as published, or None."""
    @property
    def message_zh(self) -> str:
        """The message in Chinese."""
    @property
    def message_en(self) -> str:
        """The message in English."""
    @property
    def line(self) -> Optional[int]:
        """Import findings: the line of the source text (from 1), or None."""
    @property
    def resolved_by(self) -> list[str]:
        """The paths of the corrections that resolve this finding."""
    @property
    def addends(self) -> list[str]:
        """Identities: the cells summed to give expected."""

class Correction:
    """One cell of the unique smallest change that makes the broken identities of its part of the tables hold."""
    @property
    def path(self) -> str:
        """The cell's JSON pointer."""
    @property
    def label(self) -> str:
        """The cell's official label path, e.g. '一、本年新收政府信息公开申请数量 › 总计'."""
    @property
    def reported(self) -> int:
        """The figure as published."""
    @property
    def suggested(self) -> int:
        """The figure that makes the identities hold."""

class Inferred:
    """A blank cell whose value the identities determine (never written into the report)."""
    @property
    def path(self) -> str:
        """The blank cell's JSON pointer."""
    @property
    def value(self) -> int:
        """The value the identities leave no choice about."""

class Validation:
    """Every rule of the catalogue applied to a report."""
    @property
    def findings(self) -> list[Finding]:
        """The findings, in the catalogue's order of checks."""
    @property
    def corrections(self) -> list[Correction]:
        """For each independent part of the tables whose identities are broken, its unique smallest correction, when there is one."""
    @property
    def inferred(self) -> list[Inferred]:
        """The blank cells of 三 and 四 whose value the identities determine."""
    @property
    def has_errors(self) -> bool:
        """Whether a finding is an error."""

class JsonError:
    """One problem of a JSON document, at its JSON pointer."""
    @property
    def pointer(self) -> str:
        """RFC 6901 pointer; empty for the whole document."""
    @property
    def message(self) -> str:
        """What is wrong."""
    @property
    def line(self) -> Optional[int]:
        """Syntax errors: the line where the parser stopped (from 1), or None."""
    @property
    def column(self) -> Optional[int]:
        """Syntax errors: the column in bytes (from 1), or None."""

class Failure:
    """Why an input gave no report (raised by the package as an exception)."""
    kind: str
    source: str
    messages: list[str]
    findings: list[Finding]
    json_errors: list[JsonError]

JsonValue = Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]

class Report:
    """An annual report (政府信息公开工作年度报告) of one body for one year."""
    @property
    def year(self) -> int:
        """报告年度: the year reported on."""
    @property
    def agency(self) -> str:
        """机关名称: the body that publishes the report."""
    @property
    def edition(self) -> str:
        """The edition of the tables: '2019' (国办公开办函〔2019〕60号) or '2021' (国办公开办函〔2021〕30号)."""
    @property
    def source(self) -> str:
        """The path read, or '<bytes>'."""
    @property
    def import_findings(self) -> list[Finding]:
        """What the importer said about a published report's text (each with its line); empty for JSON."""
    @property
    def encoding(self) -> str:
        """The encoding a text was read in ('UTF-8', 'GB18030', …); empty for JSON."""
    def to_json(self, pretty: bool = True) -> str:
        """The report as ogi-report/1 JSON (docs/json-contract.md)."""
    def to_dict(self) -> dict[str, JsonValue]:
        """The report's JSON as Python values: counts are ints, a blank cell None, money a dict {'value': '96171.6', 'unit': '万元'} with the decimal as published."""
    def __getitem__(self, pointer: str) -> JsonValue:
        """The value at a JSON pointer, as to_dict() has it: report['/applications/new_received/total'] (一、本年新收政府信息公开申请数量 › 总计). KeyError for a pointer the report does not have."""
    def __contains__(self, pointer: str) -> bool: ...
    def label(self, pointer: str) -> str:
        """The official label path of the part of the report at a JSON pointer, e.g. '一、本年新收政府信息公开申请数量 › 总计'. KeyError for a pointer the report's layout does not have."""
    def validate(self, previous: Optional[Report] = None) -> Validation:
        """Every rule applied to the report, plus the series rules against previous, the same body's report for the year before, when given. The import's findings are not repeated here: see import_findings."""
    def convert(self, format: str, *, lang: str = "zh", findings: bool = True, wide: bool = False) -> Union[str, bytes]:
        """The report as `ogi convert --to FORMAT` writes it: 'json', 'csv', 'txt', 'md', 'html' (str) or 'docx' (bytes). md, html, txt and docx mark the findings and corrections (in lang, 'zh' or 'en') unless findings is False; wide: the CSV's wide form."""

def read_bytes(data: bytes, source: str) -> Union[Report, Failure]:
    """A Report, or the Failure that says why there is none."""

def read_files(paths: list[str], jobs: int, progress: Optional[Callable[[int, int], None]] = None) -> list[Union[Report, Failure]]:
    """A Report or Failure for each path, read on jobs threads with the GIL released, in the order of paths."""

def report_files(path: str) -> list[tuple[str, str]]:
    """The files below a folder that may hold a report, in name order, each (path, problem): problem is empty for a file to read, else what kept part of the folder from being read."""

def render_csv(reports: list[Report], wide: bool = False) -> str:
    """The CSV of many reports: the header once, then each report's lines."""
