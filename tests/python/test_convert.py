"""Report.convert: the forms `ogi convert --to FORMAT` writes, byte for byte."""
import subprocess
import zipfile
import io

import pytest

import ogi
from conftest import REPORTS

SOURCES = ["2020_longhua-data-bureau.txt", "2024_huaian-city.txt", "2023_hongze-district.expected.json"]


def tool_output(tool, source, *args):
    return subprocess.run([tool, "convert", *args, str(REPORTS / source)], check=True, capture_output=True).stdout


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("format", ["json", "csv", "txt", "md", "html"])
def test_text_formats_are_the_tools(tool, source, format):
    assert ogi.read(REPORTS / source).convert(format).encode() == tool_output(tool, source, "--to", format)


@pytest.mark.parametrize("source", SOURCES)
def test_english_and_wide_and_without_findings_are_the_tools(tool, source):
    report = ogi.read(REPORTS / source)
    assert report.convert("md", lang="en").encode() == tool_output(tool, source, "--to", "md", "--lang", "en")
    assert report.convert("csv", wide=True).encode() == tool_output(tool, source, "--to", "csv", "--wide")
    assert report.convert("html", findings=False).encode() == tool_output(tool, source, "--to", "html", "--no-findings")


def test_docx_is_a_word_document_of_the_report():
    report = ogi.read(REPORTS / "2020_longhua-data-bureau.txt")
    docx = report.convert("docx")
    assert isinstance(docx, bytes)
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        assert "word/document.xml" in archive.namelist()
        assert "深圳市龙华区政务服务数据管理局" in archive.read("word/document.xml").decode()
    assert ogi.read(docx).to_dict()["applications"] == report.to_dict()["applications"]


def test_unknown_format_or_language_is_a_value_error():
    report = ogi.read(REPORTS / "2024_huaian-city.expected.json")
    with pytest.raises(ValueError, match="one of json, csv, txt, md, html, docx"):
        report.convert("pdf")
    with pytest.raises(ValueError, match="zh or en"):
        report.convert("md", lang="fr")
